import { spanOf, type Context, type Detector } from "../context.js";
import {
  DIGIT_RE, DURATION_HM_RE, DURATION_IN_NAME_RE, SENTENCE_SPLIT_RE, DURATION_PRIME_RE, DURATION_RE, DURATION_TIMES_RE, SPACE_BEFORE_PUNCT_RE, STEP_BRACKET_RE, STEP_DANGLING_RE, STEP_LIST_END_RE, STEP_NAME_END_RE, STEP_NAME_TAIL_RE, WHITESPACE_RUNS_RE,
} from "../patterns.js";
import { DURATION_PHRASES } from "../lexicon/facts.js";
import { findIn, lowered, phraseCandidates } from "../fields/words.js";
import { itemKind } from "../sections/classify.js";
import { blocksToSteps, stepsUnderProcessLines, type Steps } from "./interview-steps.js";
import { chainSteps, enumerationSteps, ledSteps, withoutLeadingIcons } from "./step-text.js";
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

// The duration phrases alone, in their order, for phraseCandidates.
const DURATION_PHRASE_TEXTS = DURATION_PHRASES.map(([phrase]) => phrase);

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
  // (blanking only removes words: the first text's candidates hold every later one's)
  for (const k of phraseCandidates(hay, DURATION_PHRASE_TEXTS)) {
    const [phrase, minutes] = DURATION_PHRASES[k];
    for (let at = findIn(hay, phrase); at >= 0; at = findIn(hay, phrase, at + phrase.length)) {
      total += minutes;
      any = true;
      text = text.slice(0, at) + " ".repeat(phrase.length) + text.slice(at + phrase.length);
      hay = lowered(text);
    }
  }
  // every figure below is written with digits
  if (!DIGIT_RE.test(text)) return any ? Math.round(total) : null;
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
    let { items, spans } = sectionSteps(ctx);
    if (!items.length) ({ items, spans } = stepsUnderProcessLines(ctx, durationMinutes));
    if (!items.length) ({ items, spans } = toldSteps(ctx));
    const steps = items.map((t) => ({ name: stepName(t), durationMinutes: durationMinutes(t) }));
    const keep = steps.map((s, i) => (s.name.length > 0 ? i : -1)).filter((i) => i >= 0);
    return keep.length ? { value: keep.map((i) => steps[i]), how: "stated", itemSpans: keep.map((i) => spans[i] ?? []) } : null;
  },
};

/** A step's name: its text less the durations in brackets, the icons before it and the marks after it. */
export function stepName(text: string): string {
  const cut = withoutLeadingIcons(text)
    // "(60 minutes each)", "(ca. 1 Stunde)": an aside that gives the duration goes whole
    .replace(STEP_BRACKET_RE, (aside) => (durationMinutes(aside) !== null ? "" : aside));
  // a duration in brackets or at the end goes ("Entretien (45 min) avec…", "Cultural chat: 45 minutes"); one
  // inside a sentence stays ("un appel de 20 minutes avec la RH", "A 20-minute call")
  const named = cut.replace(DURATION_IN_NAME_RE, (m: string, ...rest: unknown[]) => {
    // (the offset is the first number after the groups, which are strings or undefined)
    const at = rest.find((x) => typeof x === "number") as number;
    return m.includes("(") || cut.slice(at + m.length).trim().length <= 1 ? "" : m;
  });
  return (named !== cut ? named.replace(STEP_DANGLING_RE, "") : named)
    .replace(SPACE_BEFORE_PUNCT_RE, " $1")
    .replace(WHITESPACE_RUNS_RE, " ")
    .replace(STEP_NAME_TAIL_RE, "")
    .replace(STEP_NAME_END_RE, "")
    .replace(STEP_LIST_END_RE, "")
    .trim();
}

/** The steps of every interview-process section, in order. */
function sectionSteps(ctx: Context): Steps {
  const out: Steps = { items: [], spans: [] };
  const sections = ctx.sections;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.kind !== "interview-process" || s.chrome) continue;
    let found = blocksToSteps(ctx, s.blocks, durationMinutes);
    // "Our hiring process" / "1." / "Application Review" / "Our Talent Partners…" / "2." / "Talent Interview" / …:
    // each card's name was split off as a heading of its own; the short sections that follow are the cards
    if (!found.items.length) {
      const cards = [...s.blocks];
      let k = i + 1;
      for (; k < sections.length && CARD_KINDS.has(sections[k].kind) && !sections[k].chrome && sections[k].heading; k++) {
        const t = sections[k];
        if (t.blocks.reduce((n, b) => n + b.text.length, 0) > CARD_TEXT_MAX) break;
        cards.push(t.heading!, ...t.blocks);
      }
      found = blocksToSteps(ctx, cards, durationMinutes);
      if (found.items.length) i = k - 1;
    }
    out.items.push(...found.items);
    out.spans.push(...found.spans);
  }
  return out;
}

// Kinds a card's name may be read as once split off as a heading ("Application Review" names how to apply).
const CARD_KINDS: ReadonlySet<string> = new Set(["interview-process", "how-to-apply", "other"]);
/** Most text under one card's name. */
const CARD_TEXT_MAX = 300;

// Sections whose prose never tells the hiring steps (a benefit, a diversity note, chrome aside).
const NO_STEPS: ReadonlySet<string> = new Set(["benefits", "diversity", "compensation", "requirements", "nice-to-have", "responsibilities"]);
// Sections where two sentences that each name a step tell the steps ("How to apply", "Selection process").
const TOLD_KINDS: ReadonlySet<string> = new Set(["how-to-apply", "interview-process"]);

/**
 * Steps told in the prose of any section when no section lists them: a chain of steps on one line
 * ("Application → Technical interview → Offer"), an enumeration after a sentence that names the
 * process ("Our hiring process is short: a 30-minute call, a technical interview, and a visit to meet
 * the team."; "L'iter di selezione comprende un colloquio con HR, …"), or two sentences in a row that
 * each name a step ("…we'll invite you for a short telephone interview. Promising applicants will then
 * complete a coding challenge.").
 */
function toldSteps(ctx: Context): Steps {
  for (const s of ctx.sections) {
    if (s.chrome) continue;
    // in the pluses or the benefits only a line led by the process's name tells steps ("Hiring Process: …")
    if (NO_STEPS.has(s.kind)) {
      for (const b of s.blocks) {
        if (b.type === "item") continue;
        for (const sentence of b.text.split(SENTENCE_SPLIT_RE)) {
          const led = ledSteps(sentence, false, durationMinutes);
          if (led) return { items: led, spans: led.map(() => [spanOf(b)]) };
        }
      }
      continue;
    }
    for (const b of s.blocks) {
      if (b.type !== "paragraph") continue;
      const chain = chainSteps(b.text, false, durationMinutes);
      if (chain) return { items: chain, spans: chain.map(() => [spanOf(b)]) };
      const sentences = b.text.split(SENTENCE_SPLIT_RE).map((t) => t.trim()).filter(Boolean);
      for (const t of sentences) {
        const steps = enumerationSteps(t, false, durationMinutes);
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
