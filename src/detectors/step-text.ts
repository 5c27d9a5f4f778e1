import {
  DIGIT_START_RE, LETTER_OR_DIGIT_RE, LETTER_RE, LOWER_START_RE, PROSE_STEP_START_RE, SENTENCE_SPLIT_RE, STEP_ARROW_SPLIT_RE, STEP_BARE_NUMBER_RE,
  STEP_CLAUSE_SPLIT_RE, STEP_COUNT_LEAD_RE, STEP_DASH_SPLIT_RE, STEP_FINAL_STOP_RE, STEP_INLINE_NUMBER_RE,
} from "../patterns.js";
import { STEP_JOINERS, STEP_LIST_VERBS, STEP_SEQUENCE_WORDS } from "../lexicon/steps.js";
import { findIn, lowered, phraseCandidates } from "../fields/words.js";
import { classifySectionHeading, itemScores } from "../sections/classify.js";

/*
 * Hiring steps in one line or sentence (src/detectors/interview-steps.ts finds the lines): arrows or
 * chevrons between them ("Phone screen (30 min) → Technical interview (90 min) → Offer"), numbers inside
 * the line ("1) Call with HR 2) Technical test"), sequence words ("First a short call, then a visit on
 * site, then a trial day"), or an enumeration after a listing verb or a lead that names the process
 * ("Our process consists of a call, a case study and an offer", "Hiring process: a, b and c").
 */

/** Longest lead before a colon that opens a chain of steps ("How it works: …"). */
const CHAIN_LEAD_MAX = 40;
/** Longest step in a chain or an enumeration. */
export const STEP_MAX = 120;
/** Longest piece of a sentence that is a list of steps by itself ("Recruiter call, hiring manager conversation, …"). */
const WHOLE_PIECE_MAX = 70;
/** Most steps a process has: more lines are a text, not a process. */
export const STEPS_MAX = 12;

const SEQUENCE = [...STEP_SEQUENCE_WORDS].sort((a, b) => b.length - a.length);

/** Whether a clause opens the next step of a sequence: "then a visit", "Danach ein Probetag", "puis un cas pratique". */
export function opensStep(clause: string): boolean {
  if (PROSE_STEP_START_RE.test(clause)) return true;
  const low = clause.toLowerCase();
  return SEQUENCE.some((w) => low.startsWith(w) && !LETTER_RE.test(low[w.length] ?? " "));
}

/** The text cut at `sep` where it stands outside round brackets ("Call (30 min, video), case study"). */
function splitOutside(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (depth === 0 && sep.includes(c)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((p) => p.trim()).filter(Boolean);
}

/** A step reads as one: it names a call, an interview, a round… (lexicon item stems), or it gives a duration. */
export function stepLike(text: string, duration: (t: string) => number | null): boolean {
  if (duration(text) !== null) return true;
  // a tie counts: "Recruiter call" opens like a duty ("Recruit and train staff") and names a call
  const scores = itemScores(text);
  const step = scores.get("interview-process") ?? 0;
  return step > 0 && [...scores.values()].every((v) => v <= step);
}

/** The text after a lead that counts or names the steps: "4 stages: A → B" gives "A → B", "Three stages—a call, …" "a call, …". */
function afterLead(text: string): string {
  const colon = text.indexOf(": ");
  if (colon > 0 && colon <= 60) {
    const lead = text.slice(0, colon);
    if (STEP_COUNT_LEAD_RE.test(lead) || classifySectionHeading(lead).cls?.kind === "interview-process") return text.slice(colon + 2).trim();
  }
  const m = STEP_COUNT_LEAD_RE.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    // "Four-stage process (3-4 weeks): …", "Three stages—…"
    const cut = [rest.indexOf(":"), rest.indexOf("—"), rest.indexOf("–")].filter((i) => i >= 0);
    if (cut.length && Math.min(...cut) <= 30) return rest.slice(Math.min(...cut) + 1).trim();
    return rest.trim();
  }
  return text;
}

/**
 * The steps of one line with arrows or chevrons between them ("Screening call → Hiring manager →
 * Case study"), or, where the context names the process, with dashes between three or more. Null when
 * the pieces are no steps (a path "ROM → U-Boot → kernel" must be told as steps by its context or words).
 */
export function chainSteps(text: string, inProcess: boolean, duration: (t: string) => number | null): string[] | null {
  let pieces = text.split(STEP_ARROW_SPLIT_RE);
  if (pieces.length < 2 && inProcess) {
    pieces = text.split(STEP_DASH_SPLIT_RE);
    if (pieces.length < 3) return null;
  }
  if (pieces.length < 2 || pieces.length > STEPS_MAX) return null;
  pieces = pieces.map((p) => p.trim());
  pieces[0] = afterLead(pieces[0]);
  // "How it works: Application review → …": a short lead before a colon names the chain, it is no step
  const colon = pieces[0].indexOf(": ");
  if (colon > 0 && colon <= CHAIN_LEAD_MAX) pieces[0] = pieces[0].slice(colon + 2).trim();
  pieces[pieces.length - 1] = pieces[pieces.length - 1].replace(STEP_FINAL_STOP_RE, "");
  pieces = pieces.filter((p) => LETTER_RE.test(p));
  if (pieces.length < 2 || pieces.some((p) => p.length > STEP_MAX)) return null;
  if (inProcess) return pieces;
  // told anywhere, the pieces must read as steps themselves: three at least, half of them naming one
  if (pieces.length < 3) return null;
  return pieces.filter((p) => stepLike(p, duration)).length * 2 >= pieces.length ? pieces : null;
}

/**
 * Steps told in order by sequence words, sentence after sentence or clause after clause: "First, a
 * 30-minute call with our recruiter; then a technical interview. Finally, we make an offer." Each step
 * runs from its sequence word to the next; two at least.
 */
export function sequenceSteps(paragraph: string): string[] | null {
  const steps: string[] = [];
  for (const sentence of paragraph.split(SENTENCE_SPLIT_RE)) {
    const parts = sentence.split(STEP_CLAUSE_SPLIT_RE);
    // parts alternate: clause, separator, clause, …
    for (let i = 0; i < parts.length; i += 2) {
      const clause = parts[i].trim();
      if (!clause) continue;
      if (opensStep(clause)) steps.push(clause);
      else if (steps.length) steps[steps.length - 1] += (i === 0 ? " " : parts[i - 1]) + clause;
    }
  }
  return steps.length >= 2 && steps.length <= STEPS_MAX ? steps.map((s) => s.trim()) : null;
}

/**
 * The steps a sentence lists after a colon or a listing verb ("Our process: a call, a case study and
 * an offer", "L'iter comprende un colloquio con HR, un colloquio tecnico ed un colloquio finale").
 * Inside a section about the process the whole sentence may be the list ("Recruiter call, hiring
 * manager conversation, take-home assessment, and final loop").
 */
export function enumerationSteps(sentence: string, inProcess: boolean, duration: (t: string) => number | null): string[] | null {
  const text = sentence.trim();
  // perf: every way below reads an enumeration out of a part of the sentence, and an enumeration is split
  // at commas and semicolons: a sentence with neither lists nothing (most sentences of a posting)
  if (!text.includes(",") && !text.includes(";")) return null;
  const led = ledSteps(text, inProcess, duration);
  if (led) return led;
  const low = lowered(text);
  let verbs = 0;
  // (only the verbs whose words the sentence has: the others are surely not there)
  for (const k of phraseCandidates(low, STEP_LIST_VERBS)) {
    const verb = STEP_LIST_VERBS[k];
    const at = findIn(low, verb);
    if (at < 0) continue;
    verbs++;
    // the sentence must speak of the process: in its section, or by its own words before the verb
    if (!inProcess && classifySectionHeading(text.slice(0, at).trim()).cls?.kind !== "interview-process" && !namesProcess(text.slice(0, at))) continue;
    const found = enumeration(text.slice(at + verb.length), inProcess, duration);
    if (found) return found;
  }
  // the whole sentence is the list only when no verb leads into one and every piece is short (a name, not a clause)
  if (!inProcess || verbs > 0) return null;
  const whole = enumeration(afterLead(text), inProcess, duration);
  return whole && whole.length >= 3 && whole.every((p) => p.length <= WHOLE_PIECE_MAX) ? whole : null;
}

/**
 * The steps after a lead that names the process and a colon: "Hiring Process: Four stages including recruiter
 * screen, manager interview, …", "The interview process is fast: one online interview, followed by…". The
 * lead is evidence enough wherever the line stands (a run of facts, the pluses).
 */
export function ledSteps(sentence: string, inProcess: boolean, duration: (t: string) => number | null): string[] | null {
  const text = sentence.trim();
  // "Hiring Process: Four stages including recruiter screen, …", "The interview process is fast: one online
  // interview, followed by…": a lead that names the process makes what follows its steps
  const colon = text.indexOf(": ");
  const lead = colon > 0 ? text.slice(0, colon) : "";
  if (lead && (classifySectionHeading(lead).cls?.kind === "interview-process" || namesProcess(lead.split(" ").slice(0, 4).join(" ")))) {
    // (what follows must open as a list does, in lower case: "I hereby acknowledge that all interviews…" is a sentence)
    const body = withoutListingVerb(afterLead(text.slice(colon + 2)));
    const found = enumeration(body, LOWER_START_RE.test(body) || inProcess, duration);
    if (found) return found;
  }
  return null;
}


/** The text less a listing verb it opens with ("including recruiter screen, …" gives "recruiter screen, …"). */
function withoutListingVerb(text: string): string {
  const low = text.toLowerCase();
  const verb = STEP_LIST_VERBS.find((v) => low.startsWith(v + " "));
  return verb ? text.slice(verb.length + 1).trim() : text;
}

/** Whether a clause names the hiring process by a word of the lexicon ("The selection process", "L'iter di selezione"). */
function namesProcess(clause: string): boolean {
  const words = clause.trim().split(" ").slice(-5).join(" ");
  return words.length > 0 && classifySectionHeading(words).cls?.kind === "interview-process";
}

/** The items of "a, b, and c." (two at least, each short), or null. */
export function enumeration(text: string, inProcess: boolean, duration: (t: string) => number | null): string[] | null {
  const body = text.trim().replace(STEP_FINAL_STOP_RE, "");
  const parts = splitOutside(body, ",;");
  if (parts.length < 2 || parts.length > STEPS_MAX) return null;
  const last = parts[parts.length - 1];
  const joiner = STEP_JOINERS.find((j) => last.toLowerCase().startsWith(j));
  if (joiner) parts[parts.length - 1] = last.slice(joiner.length).trim();
  // "…, un colloquio tecnico ed un colloquio finale": a joiner inside the last piece parts two steps when both
  // read as steps (not after a joiner already read: "…, and final loop with case study and interviews")
  const tail = parts[parts.length - 1];
  for (const j of joiner ? [] : STEP_JOINERS) {
    const at = tail.lastIndexOf(" " + j);
    if (at <= 0) continue;
    const left = tail.slice(0, at).trim();
    const right = tail.slice(at + j.length + 1).trim();
    if (stepLike(left, duration) && stepLike(right, duration)) parts.splice(parts.length - 1, 1, left, right);
    break;
  }
  // steps are phrases ("one or more technical interviews"), not the pieces of a figure ("$46,562")
  if (!parts.every((p) => LETTER_RE.test(p) && p.length <= STEP_MAX && !STEP_BARE_NUMBER_RE.test(p))) return null;
  const naming = parts.filter((p) => stepLike(p, duration)).length;
  if (inProcess) return naming >= 1 ? parts : null;
  // outside the process's section: an enumeration inside a sentence, in lower case ("a 30-minute call"),
  // whose pieces are phrases, most of them naming a step
  if (!LOWER_START_RE.test(parts[0])) return null;
  if (!parts.every((p) => p.includes(" ") && !DIGIT_START_RE.test(p))) return null;
  return naming * 2 >= parts.length ? parts : null;
}


/** The marks that make a digit a keycap emoji ("1️⃣"): the emoji variation selector and the enclosing keycap. */
const KEYCAP_MARKS = "\uFE0F\u20E3";

/**
 * Steps numbered inside one line: "1) Call with HR 2) Technical test 3) Final interview", "1. Triagem 2.
 * Entrevista 3. Proposta" (a list may have taken the first number already). The numbers must run in order.
 */
export function inlineNumbered(text: string): string[] | null {
  const re = new RegExp(STEP_INLINE_NUMBER_RE.source, STEP_INLINE_NUMBER_RE.flags);
  const cuts: { at: number; len: number; n: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) cuts.push({ at: m.index, len: m[0].length, n: Number(m[1]) });
  if (cuts.length < 2) return null;
  // in order: 1, 2, 3… or 2, 3… after a list's own "1."
  for (let k = 1; k < cuts.length; k++) if (cuts[k].n !== cuts[k - 1].n + 1) return null;
  if (cuts[0].n > 2) return null;
  const pieces: string[] = [];
  if (cuts[0].at > 0) {
    const lead = text.slice(0, cuts[0].at).trim();
    // "Etapas: 1. …": a lead before the first number that ends in a colon names the list
    if (lead && !lead.endsWith(":")) pieces.push(lead);
  }
  cuts.forEach((c, k) => pieces.push(text.slice(c.at + c.len, k + 1 < cuts.length ? cuts[k + 1].at : text.length).trim()));
  const steps = pieces.filter((p) => LETTER_RE.test(p));
  return steps.length >= 2 && steps.every((p) => p.length <= STEP_MAX) ? steps : null;
}

/** Drops icons and bullets before a step's first letter or digit ("✍🏾 ️Inscrição", "📝 Aplicação de teste"). */
export function withoutLeadingIcons(text: string): string {
  let i = 0;
  while (i < text.length && i < 12) {
    // "1️⃣ Call with HR": a keycap emoji is a digit with marks after it
    if (LETTER_OR_DIGIT_RE.test(text[i]) && !KEYCAP_MARKS.includes(text[i + 1] ?? "")) break;
    if (text[i] === "(") break;
    i++;
  }
  return i > 0 && i < text.length ? text.slice(i) : text;
}
