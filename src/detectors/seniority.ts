import { foundValue, spanOf, type Context, type Detection, type Detector } from "../context.js";
import { seniorityFromLevel, seniorityFromTitle, seniorityFromYears, type Seniority } from "../fields/seniority.js";
import { ROLE_SUBJECT_VERBS, ROLE_WORDS, SENIORITY_INLINE_LABELS, SENIORITY_PROSE, SENIORITY_PROSE_CONTEXT } from "../lexicon/roles.js";
import { dict } from "../lexicon/dict.js";
import { SENIORITY_LEVELS } from "../lexicon/terms.js";
import { findIn, lowered, phraseCandidates } from "../fields/words.js";
import { inlineLabel } from "./inline-labels.js";
import {
  CAPITAL_START_RE, CLAUSE_PUNCT_RE, PERIOD_END_RE, PLURAL_OR_FEMININE_END_RE, SEN_LEVEL_ROW_RE, SEN_OPENINGS_COUNT_RE, SEN_STATEMENT_RE,
  DIGIT_RE, SEN_YEARS_IN_LINE_RE, WHITESPACE_SPLIT_RE, WORD_TRAILING_PUNCT_RE,
} from "../patterns.js";
import { looksLikeTitle, navigationEntry } from "./header-lines.js";

// perf: this module's own scanner of a global pattern, built once at load and rewound (`lastIndex = 0`) before each use;
// the loop that runs it calls nothing that runs it again
const SEN_STATEMENT_SCAN = new RegExp(SEN_STATEMENT_RE.source, SEN_STATEMENT_RE.flags);

// perf: the phrases alone, indexed once by phraseCandidates
const SENIORITY_PROSE_PHRASES = SENIORITY_PROSE.map(([phrase]) => phrase);

const ROLE_SET = new Set(ROLE_WORDS.filter((w) => !w.includes(" ")));

// "Senior Software Engineers", "Praktikantin": a role noun among the words, plural or not
function namesRole(words: readonly string[]): boolean {
  return words.some((w) => {
    const t = w.toLowerCase().replace(WORD_TRAILING_PUNCT_RE, "");
    return ROLE_SET.has(t) || ROLE_SET.has(t.replace(PLURAL_OR_FEMININE_END_RE, ""));
  });
}

/** "We're hiring a full-stack Senior Software Engineer", "As an intern, you will…": the level the prose gives the role. */
function fromStatements(ctx: Context): Detection<Seniority> | null {
  let seen = 0;
  for (const s of ctx.sections) {
    if (s.chrome || s.kind === "benefits" || s.kind === "diversity") continue;
    for (const b of s.blocks) {
      if (b.type === "heading" || ++seen > 25) continue;
      const re = SEN_STATEMENT_SCAN;
      re.lastIndex = 0;
      for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
        // the words up to the first punctuation: "intern, you will" → "intern"
        const words = (m.groups?.words ?? "").split(CLAUSE_PUNCT_RE)[0].trim().split(WHITESPACE_SPLIT_RE);
        const level = seniorityFromTitle(words.join(" "));
        if (level && namesRole(words)) return { value: level, how: "stated", spans: [spanOf(b)] };
      }
    }
    if (seen > 25) break;
  }
  return null;
}

/** A title-like line near the top that names a level: "Lead Backend Software Engineer" under the company intro. */
function fromTitleLines(ctx: Context): Detection<Seniority> | null {
  // the posting's own lines only: similar-job cards and other chrome name other roles
  const lines = ctx.sections.filter((s) => !s.chrome).flatMap((s) => (s.heading ? [s.heading, ...s.blocks] : s.blocks));
  for (const b of lines.slice(0, 40)) {
    // "Sr. Rust Engineer- 1 position.": the opening count and the full stop are not part of the title
    const t = b.text.trim().replace(SEN_OPENINGS_COUNT_RE, "").replace(PERIOD_END_RE, "");
    if (b.type === "item" || t.length > 80 || SEN_YEARS_IN_LINE_RE.test(t) || !looksLikeTitle(t) || navigationEntry(b, ctx)) continue;
    // a title capitalises its words; "5+ years of experience as an architect" is a requirement
    const words = t.split(WHITESPACE_SPLIT_RE);
    if (words.filter((w) => CAPITAL_START_RE.test(w)).length * 2 < words.length) continue;
    const v = seniorityFromTitle(t);
    if (v) return { value: v, how: "stated", spans: [spanOf(b)] };
  }
  return null;
}

// perf: the first letters of the words about levels (a word's trailing punctuation never is its first letter)
const CONTEXT_OPENERS = new Set(SENIORITY_PROSE_CONTEXT.map((w) => w[0]));
// (whether a word's first UTF-16 unit, lowered, is one of them: a word's lowercase form opens with its first unit's)
const OPENER_UNITS = new Int8Array(0x10000).fill(-1);
function opensContextWord(c: number): boolean {
  if (Number.isNaN(c)) return false;
  let v = OPENER_UNITS[c];
  if (v < 0) OPENER_UNITS[c] = v = CONTEXT_OPENERS.has(String.fromCharCode(c).toLowerCase()[0]) ? 1 : 0;
  return v === 1;
}

/**
 * The level the prose gives the job when no title names one: a level row written inline ("Nível: Pleno"),
 * "The Junior Payroll Officer will…", a level word in a sentence about levels ("níveis pleno e sênior"),
 * "an entry-level position", and last an internship contract.
 */
function fromProse(ctx: Context): Detection<Seniority> | null {
  const inline = inlineLabel(ctx, SENIORITY_INLINE_LABELS, 80);
  const fromInline = inline ? seniorityFromLevel(inline.value.split(CLAUSE_PUNCT_RE)[0]) : null;
  if (inline && fromInline) return { value: fromInline, how: "stated", spans: [spanOf(inline.block)] };
  let seen = 0;
  for (const b of ctx.blocks) {
    if (b.type === "heading" || ++seen > 40) continue;
    const words = b.text.split(WHITESPACE_SPLIT_RE);
    for (let i = 0; i < words.length - 2; i++) {
      // (perf: a word is lowered only when it may be "the" or open a word about levels, as its first letter tells)
      if (words[i].length !== 3 && !opensContextWord(words[i].charCodeAt(0))) continue;
      // "The Junior Payroll Officer will…", "As the Senior Analyst, you…"
      const w = words[i].toLowerCase();
      if (w === "the" && (i === 0 || words[i - 1].toLowerCase() === "as" || PERIOD_END_RE.test(words[i - 1]))) {
        const run: string[] = [];
        for (let k = i + 1; k < Math.min(words.length, i + 7); k++) {
          if (!CAPITAL_START_RE.test(words[k])) break;
          run.push(words[k]);
        }
        // the run is the sentence's subject: a verb follows it, or a comma closes "As the Senior Analyst,"
        const after = (words[i + 1 + run.length] ?? "").toLowerCase();
        const subject = ROLE_SUBJECT_VERBS.includes(after) || (run.length > 0 && run[run.length - 1].endsWith(","));
        const level = run.length >= 2 && subject ? seniorityFromTitle(run.join(" ")) : null;
        if (level && namesRole(run)) return { value: level, how: "stated", spans: [spanOf(b)] };
      }
      // "níveis de carreira pleno e sênior": a level word shortly after a word about levels
      if (CONTEXT_OPENERS.has(w[0]) && SENIORITY_PROSE_CONTEXT.includes(w.replace(WORD_TRAILING_PUNCT_RE, ""))) {
        for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
          const level = BRAZILIAN_LEVELS[words[k].toLowerCase().replace(WORD_TRAILING_PUNCT_RE, "")];
          if (level) return { value: level, how: "stated", spans: [spanOf(b)] };
        }
      }
    }
    // (perf: the block's own lowered form, which other detectors share, when lowering keeps its length: then its
    // lowercase text and words are the same; lowering again changes nothing)
    const lowerText = b.text.toLowerCase();
    const low = lowered(lowerText.length === b.text.length ? b.text : lowerText);
    for (const k of phraseCandidates(low, SENIORITY_PROSE_PHRASES)) {
      const [phrase, level] = SENIORITY_PROSE[k];
      if (findIn(low, phrase) >= 0) return { value: level, how: "stated", spans: [spanOf(b)] };
    }
  }
  if (foundValue(ctx, "employmentType") === "internship") return { value: "intern", how: "inferred", spans: ctx.found.get("employmentType")?.spans };
  return null;
}

const BRAZILIAN_LEVELS: Record<string, Seniority> = dict({ pleno: "mid", "sênior": "senior", senior: "senior", "júnior": "junior", junior: "junior", trainee: "junior", "estagiário": "intern", "estágio": "intern" });

// The longest experience label value read as a level ("Mid-level", "Entry level").
const LEVEL_VALUE_MAX = 30;

/**
 * Seniority from the title ("Staff", "VP", "Junior", "Medior"), else a Seniority label ("Mid-Senior
 * level"), a level badge at the top, a title-like line, the prose ("hiring a Senior Engineer",
 * "As an intern"), and last the years of experience asked for ("3–5 years" → mid).
 */
export const seniorityDetector: Detector<"seniority"> = {
  key: "seniority",
  detect(ctx) {
    const title = foundValue(ctx, "title");
    const fromTitle = title ? seniorityFromTitle(title) : null;
    if (fromTitle) return { value: fromTitle, how: "derived", spans: ctx.found.get("title")?.spans };
    const label = ctx.labels.find((l) => l.field === "seniority");
    if (label) {
      const v = seniorityFromLevel(label.value);
      if (v) return { value: v, how: "stated", spans: [spanOf(label.block)] };
    }
    // "Experience level" ⏎ "Mid-level": an experience label whose value is a level, not years
    for (const l of ctx.labels) {
      if (l.field !== "experience" || DIGIT_RE.test(l.value) || l.value.length > LEVEL_VALUE_MAX) continue;
      const v = SENIORITY_LEVELS[l.value.trim().toLowerCase()];
      if (v) return { value: v, how: "stated", spans: [spanOf(l.block)] };
    }
    for (const b of ctx.header) {
      // (a site menu's "Internships", "Ausbildung" is no level of this job)
      const v = b.text.length <= 30 && SEN_LEVEL_ROW_RE.test(b.text) && !navigationEntry(b, ctx) ? seniorityFromLevel(b.text) : null;
      if (v) return { value: v, how: "stated", spans: [spanOf(b)] };
    }
    const line = fromTitleLines(ctx) ?? fromStatements(ctx) ?? fromProse(ctx);
    if (line) return line;
    const exp = foundValue(ctx, "experience");
    const v = exp ? seniorityFromYears(exp.minYears, exp.maxYears) : null;
    return v ? { value: v, how: "inferred", spans: ctx.found.get("experience")?.spans } : null;
  },
};

