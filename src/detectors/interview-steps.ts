import { spanOf, type Context } from "../context.js";
import type { Span } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import {
  COLON_END_RE, DIGIT_START_RE, LETTER_OR_DIGIT_RE, LETTER_RE, LOWER_START_RE, PROSE_STEP_START_RE, SENTENCE_SPLIT_RE, STEP_ARROW_SPLIT_RE, STEP_BARE_NUMBER_RE,
  STEP_CLAUSE_SPLIT_RE, STEP_COUNT_LEAD_RE, STEP_DASH_SPLIT_RE, STEP_FINAL_STOP_RE, STEP_INLINE_NUMBER_RE, STEP_WORD_RE,
} from "../patterns.js";
import { STEP_JOINERS, STEP_LAST_WORDS, STEP_LIST_VERBS, STEP_SEQUENCE_WORDS } from "../lexicon/steps.js";
import { CLOSING_LINE_WORDS } from "../lexicon/names.js";
import { findIn, lowered } from "../fields/words.js";
import { classifySectionHeading, itemScores } from "../sections/classify.js";

/*
 * Hiring steps by their shape, wherever a posting names its process: a list, one line with arrows
 * between the steps ("Phone screen (30 min) → Technical interview (90 min) → Offer"), short lines
 * with no bullets, numbered cards ("1." / "Application review" / "Our team reads…"), a sentence that
 * tells them in order ("First a short call, then a visit on site, then a trial day") or lists them
 * after a verb or a colon ("Our process consists of a call, a case study and an offer").
 */

/** Steps with the spans of the blocks they come from. */
export interface Steps {
  items: string[];
  spans: Span[][];
}

const NONE: Steps = { items: [], spans: [] };
/** Longest lead before a colon that opens a chain of steps ("How it works: …"). */
const CHAIN_LEAD_MAX = 40;
/** Longest step in a chain or an enumeration. */
const STEP_MAX = 120;
/** Longest line read as one step when a section's steps are lines without bullets. */
const LINE_MAX = 170;
/** Longest piece of a sentence that is a list of steps by itself ("Recruiter call, hiring manager conversation, …"). */
const WHOLE_PIECE_MAX = 70;
/** Longest line read as a step by its shortness alone, under the process's own heading. */
const SHORT_STEP = 60;
/** Most steps a process has: more lines are a text, not a process. */
const STEPS_MAX = 12;
/** Longest text read as a heading inside a section ("Our hiring process – simple, quick, human."). */
const HEADING_LINE_MAX = 90;

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
function stepLike(text: string, duration: (t: string) => number | null): boolean {
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
  const led = ledSteps(text, inProcess, duration);
  if (led) return led;
  const low = lowered(text);
  let verbs = 0;
  for (const verb of STEP_LIST_VERBS) {
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

function closingLine(text: string): boolean {
  const low = lowered(text);
  return CLOSING_LINE_WORDS.some((w) => findIn(low, w) >= 0);
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

/**
 * The steps the blocks of a process section give: its list (a list item that is a chain gives its
 * pieces), else numbered cards, a chain line, short lines, or steps told in its prose.
 */
export function blocksToSteps(ctx: Context, blocks: readonly Block[], duration: (t: string) => number | null, strict = false): Steps {
  const list = blocks.filter((b) => b.type === "item" && !ctx.labelBlocks.has(b));
  // "Recruiter call • Case study • Offer" on one line, cut into a paragraph and items by the input's repair: a short
  // paragraph right above the list that names a step itself is the first step (a lead-in names none)
  const at = list.length ? blocks.indexOf(list[0]) : -1;
  const before = at > 0 ? blocks[at - 1] : null;
  if (before && before.type === "paragraph" && before.text.length <= SHORT_STEP && !COLON_END_RE.test(before.text) && !before.text.endsWith(".") && stepLike(before.text, duration)) {
    list.unshift(before);
  }
  if (list.length > 0) {
    let end = list.length;
    while (end > 1 && closingLine(list[end - 1].text)) end--;
    const kept = list.slice(0, end);
    // a page's text keeps each line of a card layout as an item ("1." / "Application review" / "Our team reads…")
    const cards = numberedCards(blocks.filter((b) => b.type !== "heading" && !ctx.labelBlocks.has(b)), duration);
    if (cards.items.length) return cards;
    if (kept.length === 1) {
      const pieces = chainSteps(kept[0].text, true, duration) ?? sequenceSteps(kept[0].text);
      if (pieces) return { items: pieces, spans: pieces.map(() => [spanOf(kept[0])]) };
    }
    // the list's runs (items with nothing between them), while they read as steps: under a line that only may name
    // the process, half the items of a run must name a step; under the process's own heading a quarter ("Salary
    // up to £45K", "Localização: São Paulo" are facts); a run of duties after the steps is the next section's
    const taken: Block[] = [];
    for (const run of runsOf(kept, blocks)) {
      const like = run.filter((b) => stepLike(b.text, duration)).length;
      if (like * (strict ? 2 : 4) < run.length) break;
      taken.push(...run);
    }
    if (!taken.length) return NONE;
    const out: Steps = { items: [], spans: [] };
    for (const b of taken) {
      const pieces = (b.text.split(STEP_ARROW_SPLIT_RE).length >= 3 ? chainSteps(b.text, true, duration) : null) ?? inlineNumbered(b.text);
      for (const p of pieces ?? [b.text]) {
        out.items.push(p);
        out.spans.push([spanOf(b)]);
      }
    }
    return out;
  }
  const titled = headingCards(blocks, duration);
  if (titled.items.length) return titled;
  const paras = blocks.filter((b) => b.type === "paragraph" && !ctx.labelBlocks.has(b));
  if (!paras.length) return NONE;
  const cards = numberedCards(paras, duration);
  if (cards.items.length) return cards;
  // one line with arrows between the steps
  for (const b of paras) {
    if (b.text.split(STEP_ARROW_SPLIT_RE).length < 2) continue;
    const pieces = chainSteps(b.text, true, duration);
    if (pieces) return { items: pieces, spans: pieces.map(() => [spanOf(b)]) };
  }
  // one or two paragraphs, one of them a line of three steps or more between dashes ("Call – Case study – Offer")
  // or numbers ("1) Call with HR 2) Technical test 3) Final interview")
  if (paras.length <= 2) {
    for (const b of paras) {
      const pieces = b.text.length <= LINE_MAX * 2 ? chainSteps(b.text, true, duration) ?? inlineNumbered(b.text) : null;
      if (pieces) return { items: pieces, spans: pieces.map(() => [spanOf(b)]) };
    }
  }
  // short lines without bullets, a lead-in line ("Here is how it works:") aside, up to a line that heads something else
  let lines = lineRun(paras);
  // "Best of luck!", "We can't wait to meet you!": a cheer after the steps is none
  while (lines.length > 2 && lines[lines.length - 1].text.endsWith("!") && !stepLike(lines[lines.length - 1].text, duration)) lines = lines.slice(0, -1);
  if (lines.length >= 2) {
    // a short line under the process's own heading is a step's name ("Inscrição e avaliação inicial", "Offer")
    const like = lines.filter((b) => stepLike(b.text, duration) || (!strict && b.text.length <= SHORT_STEP)).length;
    if (like * 2 >= lines.length) return { items: lines.map((b) => b.text), spans: lines.map((b) => [spanOf(b)]) };
  }
  // prose: a sequence told in order, else a listing sentence
  for (const b of paras) {
    const seq = sequenceSteps(b.text);
    if (seq) return { items: seq, spans: seq.map(() => [spanOf(b)]) };
  }
  for (const b of paras) {
    for (const sentence of b.text.split(SENTENCE_SPLIT_RE)) {
      const en = enumerationSteps(sentence, true, duration);
      if (en) return { items: en, spans: en.map(() => [spanOf(b)]) };
    }
  }
  return NONE;
}

/**
 * The run of short lines a process is written as: from the first (a lead-in line ending in ":" or a
 * long one aside) to a line that heads another kind ("Why join us", "Benefits"; a closing step such
 * as "Offer" or "Angebot" is no heading), a long text, or a closing line.
 */
function lineRun(paras: readonly Block[]): Block[] {
  let from = 0;
  if (paras.length > 2 && (COLON_END_RE.test(paras[0].text) || paras[0].text.length > LINE_MAX)) from = 1;
  const out: Block[] = [];
  for (let i = from; i < paras.length && out.length < STEPS_MAX; i++) {
    const t = paras[i].text;
    if (t.length > LINE_MAX || COLON_END_RE.test(t) || closingLine(t)) break;
    // a link or a rule line names no step
    if (!STEP_WORD_RE.test(t) || t.includes("://") || t.startsWith("www.")) continue;
    const cls = t.length <= HEADING_LINE_MAX ? classifySectionHeading(t).cls : null;
    // (a line with a list's mark, "Aplicação de teste;", is a step whatever its words)
    const marked = t.endsWith(";") || t.endsWith(",") || t.endsWith(".");
    // (and it heads something only with lines after it: "Meet the team" closing the steps is the last step)
    const heads = i + 1 < paras.length;
    if (cls && !marked && heads && cls.kind !== "interview-process" && !STEP_LAST_WORDS.includes(lowered(t).lower.trim())) break;
    out.push(paras[i]);
  }
  return out;
}

/** The items cut into runs where another block stands between two of them. */
function runsOf(items: readonly Block[], blocks: readonly Block[]): Block[][] {
  const runs: Block[][] = [];
  let last = -2;
  for (const b of items) {
    const at = blocks.indexOf(b);
    if (at !== last + 1 || !runs.length) runs.push([]);
    runs[runs.length - 1].push(b);
    last = at;
  }
  return runs;
}

/**
 * Card layouts that print each step's number on its own line, then its name, then what happens:
 * "1." / "Application review" / "Our Talent Partners read…" / "2." / "Talent interview" / "A 45-minute
 * chat…". The name is the line after the number; the duration is read from the whole card.
 */
function numberedCards(paras: readonly Block[], duration: (t: string) => number | null): Steps {
  const starts = paras.map((b, i) => (STEP_BARE_NUMBER_RE.test(b.text.trim()) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2) return NONE;
  const out: Steps = { items: [], spans: [] };
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] + 1;
    const to = k + 1 < starts.length ? starts[k + 1] : Math.min(paras.length, from + 2);
    if (from >= to) continue;
    const card = paras.slice(from, to);
    const name = card[0].text;
    if (name.length > STEP_MAX) return NONE;
    const minutes = duration(card.map((b) => b.text).join(" "));
    // the name carries the card's duration so that the caller reads it back
    out.items.push(minutes !== null && duration(name) === null ? `${name} (${minutes} min)` : name);
    out.spans.push(card.map((b) => spanOf(b)));
  }
  return out.items.length >= 2 ? out : NONE;
}

/**
 * Steps as sub-headings, each over what happens in it ("### Intro call" / "A 30-minute chat with…" /
 * "### Case study" / …): the heading is the step's name; the duration is read from the whole card.
 */
function headingCards(blocks: readonly Block[], duration: (t: string) => number | null): Steps {
  const starts = blocks.map((b, i) => (b.type === "heading" ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2 || starts.length > STEPS_MAX) return NONE;
  const out: Steps = { items: [], spans: [] };
  for (let k = 0; k < starts.length; k++) {
    const head = blocks[starts[k]];
    const card = blocks.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : blocks.length);
    if (head.text.length > STEP_MAX) return NONE;
    const minutes = duration(card.map((b) => b.text).join(" "));
    out.items.push(minutes !== null && duration(head.text) === null ? `${head.text} (${minutes} min)` : head.text);
    out.spans.push(card.map((b) => spanOf(b)));
  }
  // the sub-headings must read as steps: half of them name one or give a duration
  return out.items.filter((t) => stepLike(t, duration)).length * 2 >= out.items.length ? out : NONE;
}

/** Whether a short line or heading names the hiring process, a flourish after a dash or in brackets aside ("Our Recruitment Process - simple, quick, and human."). */
export function processHeading(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > HEADING_LINE_MAX) return false;
  if (classifySectionHeading(t).cls?.kind === "interview-process") return true;
  const cuts = [t.indexOf(" ("), t.indexOf(" - "), t.indexOf(" – "), t.indexOf(" — ")].filter((i) => i > 0);
  if (!cuts.length) return false;
  const head = t.slice(0, Math.min(...cuts));
  return head.split(" ").length <= 6 && classifySectionHeading(head).cls?.kind === "interview-process";
}

/** Kinds whose headings never head a hiring process. */
const NOT_PROCESS_HEADINGS: ReadonlySet<string> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "skills", "compensation", "diversity", "teams", "interview-process"]);

/**
 * Steps under a line that names the process where no section was made of it: a heading the splitter
 * gave no kind for its flourish, or a short paragraph inside another section ("Le Processus de
 * Recrutement (Rapide & Humain) 🔍" over four lines). The steps run to the next heading or line of another kind.
 */
export function stepsUnderProcessLines(ctx: Context, duration: (t: string) => number | null): Steps {
  for (const s of ctx.sections) {
    if (s.chrome) continue;
    if (s.heading && !NOT_PROCESS_HEADINGS.has(s.kind) && processHeading(s.heading.text)) {
      const found = blocksToSteps(ctx, following(s.blocks, -1), duration, true);
      if (found.items.length) return found;
    }
    // (inside a list of duties a line may be a group of it, "Projekt- & Prozessunterstützung": the items
    // under it must then read as steps, which strict asks)
    for (let i = 0; i < s.blocks.length; i++) {
      const b = s.blocks[i];
      if (b.type === "item" || b.text.length > HEADING_LINE_MAX || !processHeading(b.text.replace(COLON_END_RE, ""))) continue;
      const found = blocksToSteps(ctx, following(s.blocks, i), duration, true);
      if (found.items.length) return found;
    }
  }
  return NONE;
}

/** The blocks after index `at` up to the next heading, a short line of another kind, or a long text after the first. */
function following(blocks: readonly Block[], at: number): Block[] {
  const out: Block[] = [];
  for (let i = at + 1; i < blocks.length && out.length < STEPS_MAX * 3; i++) {
    const b = blocks[i];
    if (b.type === "heading") break;
    // (a card's name after its number, "3." / "Application Review", heads nothing)
    const numbered = i > 0 && STEP_BARE_NUMBER_RE.test(blocks[i - 1].text.trim());
    if (b.type === "paragraph" && !numbered && b.text.length <= HEADING_LINE_MAX && !DIGIT_START_RE.test(b.text)) {
      const cls = classifySectionHeading(b.text.replace(COLON_END_RE, "")).cls;
      if (cls && cls.kind !== "interview-process") break;
    }
    if (out.length > 0 && b.type === "paragraph" && b.text.length > 400) break;
    out.push(b);
  }
  return out;
}
