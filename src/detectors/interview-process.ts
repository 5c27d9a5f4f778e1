import { spanOf, type Context, type Detector } from "../context.js";
import type { Span } from "../schema.js";
import {
  CLAUSE_SEMICOLON_RE, DIGIT_START_RE, DURATION_HM_RE, LETTER_RE, LOWER_START_RE, DURATION_IN_NAME_RE, PROSE_STEP_START_RE, SENTENCE_SPLIT_RE, DURATION_PRIME_RE, DURATION_RE, DURATION_TIMES_RE, SPACE_BEFORE_PUNCT_RE, STEP_NAME_TAIL_RE, WHITESPACE_RUNS_RE,
} from "../patterns.js";
import { DURATION_PHRASES } from "../lexicon/facts.js";
import { findIn, lowered } from "../fields/words.js";
import { sectionItems } from "./lists.js";
import { classifySectionHeading, itemKind } from "../sections/classify.js";
import { dict } from "../lexicon/dict.js";

const UNIT_MINUTES: Record<string, number> = dict({
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1, minuten: 1, minutos: 1, minuti: 1, minut: 1, phút: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, heure: 60, heures: 60, stunde: 60, stunden: 60, hora: 60, horas: 60, ora: 60, ore: 60,
  godzina: 60, godziny: 60, godzin: 60, uur: 60, giờ: 60,
});

// Each written form of a duration, read once and blanked so that "3 × 30-minute" is not read again as "30-minute".
// `re` is a fresh copy of a /g template.
function take(text: string, re: RegExp, minutes: (m: RegExpExecArray) => number | null): { text: string; total: number; any: boolean } {
  let total = 0;
  let any = false;
  let out = text;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = minutes(m);
    if (n === null) continue;
    total += n;
    any = true;
    out = out.slice(0, m.index) + " ".repeat(m[0].length) + out.slice(m.index + m[0].length);
  }
  return { text: out, total, any };
}

/**
 * Sums every duration in a step: "(60 minutes) & … (60 minutes)" is 120, "1h30" 90, "3 × 30-minute
 * interviews" 90, "half an hour" 30, "20’" 20; none is null.
 */
export function durationMinutes(input: string): number | null {
  let total = 0;
  let any = false;
  let text = input;
  // "half an hour", "an hour and a half": words, longest first, blanked once read
  let hay = lowered(text);
  for (const [phrase, minutes] of DURATION_PHRASES) {
    for (let at = findIn(hay, phrase); at >= 0; at = findIn(hay, phrase, at + phrase.length)) {
      total += minutes;
      any = true;
      text = text.slice(0, at) + " ".repeat(phrase.length) + text.slice(at + phrase.length);
      hay = lowered(text);
    }
  }
  for (const [re, read] of [
    [new RegExp(DURATION_TIMES_RE.source, DURATION_TIMES_RE.flags), (m: RegExpExecArray) => Number(m[1]) * Number(m[2]) * (UNIT_MINUTES[m[3].toLowerCase()] ?? 1)],
    [new RegExp(DURATION_HM_RE.source, DURATION_HM_RE.flags), (m: RegExpExecArray) => Number(m[1]) * 60 + Number(m[2])],
    [new RegExp(DURATION_PRIME_RE.source, DURATION_PRIME_RE.flags), (m: RegExpExecArray) => Number(m[1])],
  ] as const) {
    const r = take(text, re, read);
    text = r.text;
    total += r.total;
    any ||= r.any;
  }
  const re = new RegExp(DURATION_RE.source, DURATION_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = Number(m[1].replace(",", "."));
    const unit = UNIT_MINUTES[m[2].toLowerCase()];
    if (unit === undefined || !Number.isFinite(n)) continue;
    total += n * unit;
    any = true;
  }
  return any ? Math.round(total) : null;
}

/** Interview steps in order, with their durations summed. */
export const interviewProcessDetector: Detector<"interviewProcess"> = {
  key: "interviewProcess",
  detect(ctx) {
    const listed = sectionItems(ctx, "interview-process", { paragraphs: false });
    let { items, spans } = listed.items.length ? listed : proseSteps(ctx);
    if (!items.length) ({ items, spans } = toldSteps(ctx));
    const steps = items.map((t) => ({
      name: t.replace(DURATION_IN_NAME_RE, "").replace(SPACE_BEFORE_PUNCT_RE, " $1").replace(WHITESPACE_RUNS_RE, " ").replace(STEP_NAME_TAIL_RE, "").trim(),
      durationMinutes: durationMinutes(t),
    }));
    return steps.length ? { value: steps, how: "stated", itemSpans: spans } : null;
  },
};

/**
 * Steps told as prose in an interview section with no list: "First, you'll have a 30-minute call with
 * our recruiter; then a technical interview. Finally, we make an offer." Each step opens with an
 * ordinal word and runs to the next; two at least, or it is no list of steps.
 */
function proseSteps(ctx: Context): { items: string[]; spans: Span[][] } {
  const items: string[] = [];
  const spans: Span[][] = [];
  for (const s of ctx.sections) {
    if (s.kind !== "interview-process" || s.chrome) continue;
    for (const b of s.blocks) {
      if (b.type !== "paragraph") continue;
      const steps: string[] = [];
      for (const piece of b.text.split(SENTENCE_SPLIT_RE).flatMap((t) => t.split(CLAUSE_SEMICOLON_RE))) {
        const t = piece.trim();
        if (!t) continue;
        if (PROSE_STEP_START_RE.test(t)) steps.push(t);
        else if (steps.length) steps[steps.length - 1] += " " + t;
      }
      if (steps.length < 2) continue;
      for (const t of steps) {
        items.push(t);
        spans.push([spanOf(b)]);
      }
    }
  }
  return { items, spans };
}

// Sections whose prose never tells the hiring steps (a benefit, a diversity note, chrome aside).
const NO_STEPS: ReadonlySet<string> = new Set(["benefits", "diversity", "compensation", "requirements", "nice-to-have", "responsibilities"]);
// Sections where two sentences that each name a step tell the steps ("How to apply", "Selection process").
const TOLD_KINDS: ReadonlySet<string> = new Set(["how-to-apply", "interview-process"]);
/** Most characters of one step told inside a sentence. */
const TOLD_STEP_LEN = 100;
/** The small words that join the last step of an enumeration ("…, and a paid visit"). */
const JOINERS = ["and ", "und ", "et ", "y ", "e ", "en ", "i ", "or ", "then "];

/**
 * Steps told in the prose of any section when no section lists them: an enumeration after a
 * sentence that names the process ("Our hiring process is short: a 30-minute call, a technical
 * interview, and a visit to meet the team."), or two sentences in a row that each name a step
 * ("…we'll invite you for a short telephone interview. Promising applicants will then complete a
 * coding challenge.").
 */
function toldSteps(ctx: Context): { items: string[]; spans: Span[][] } {
  for (const s of ctx.sections) {
    if (s.chrome || NO_STEPS.has(s.kind)) continue;
    for (const b of s.blocks) {
      if (b.type !== "paragraph") continue;
      const sentences = b.text.split(SENTENCE_SPLIT_RE).map((t) => t.trim()).filter(Boolean);
      for (const t of sentences) {
        const colon = t.indexOf(": ");
        if (colon < 0 || classifySectionHeading(t.slice(0, colon)).cls?.kind !== "interview-process") continue;
        const steps = enumeration(t.slice(colon + 2));
        if (steps) return { items: steps, spans: steps.map(() => [spanOf(b)]) };
      }
      // two sentences naming steps: only where the posting speaks of applying or hiring
      if (!TOLD_KINDS.has(s.kind)) continue;
      for (let i = 0; i + 1 < sentences.length; i++) {
        if (itemKind(sentences[i]) !== "interview-process" || itemKind(sentences[i + 1]) !== "interview-process") continue;
        const steps = [sentences[i], sentences[i + 1]];
        for (let k = i + 2; k < sentences.length && itemKind(sentences[k]) === "interview-process"; k++) steps.push(sentences[k]);
        return { items: steps, spans: steps.map(() => [spanOf(b)]) };
      }
    }
  }
  return { items: [], spans: [] };
}

/** The items of "a, b, and c." (two at least, each short), or null. */
function enumeration(text: string): string[] | null {
  const body = text.endsWith(".") ? text.slice(0, -1) : text;
  const parts = body.split(",").map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  const joiner = JOINERS.find((j) => last.toLowerCase().startsWith(j));
  if (joiner) parts[parts.length - 1] = last.slice(joiner.length).trim();
  // steps are phrases ("one or more technical interviews"), not the pieces of a figure ("$46,562")
  // ("INTERVIEW ACKNOWLEDGMENT: I hereby acknowledge that all interviews…, will be…" is a sentence, not a list: an
  // enumeration inside a sentence opens in lower case, "a 30-minute call")
  if (!LOWER_START_RE.test(parts[0])) return null;
  if (!parts.every((p) => p.includes(" ") && LETTER_RE.test(p) && !DIGIT_START_RE.test(p) && p.length <= TOLD_STEP_LEN)) return null;
  // and most of them name a step (a call, an interview, a visit to meet the team)
  return parts.filter((p) => itemKind(p) === "interview-process").length * 2 >= parts.length ? parts : null;
}
