import { foundValue, spanOf, type Context, type Detection, type Detector } from "../context.js";
import { seniorityFromLevel, seniorityFromTitle, seniorityFromYears, type Seniority } from "../fields/seniority.js";
import { ROLE_WORDS } from "../lexicon/roles.js";
import {
  CAPITAL_START_RE, CLAUSE_PUNCT_RE, PERIOD_END_RE, PLURAL_OR_FEMININE_END_RE, SEN_LEVEL_ROW_RE, SEN_OPENINGS_COUNT_RE, SEN_STATEMENT_RE,
  SEN_YEARS_IN_LINE_RE, WHITESPACE_SPLIT_RE, WORD_TRAILING_PUNCT_RE,
} from "../patterns.js";
import { looksLikeTitle } from "./header-lines.js";

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
      const re = new RegExp(SEN_STATEMENT_RE.source, SEN_STATEMENT_RE.flags);
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
    if (b.type === "item" || t.length > 80 || SEN_YEARS_IN_LINE_RE.test(t) || !looksLikeTitle(t)) continue;
    // a title capitalises its words; "5+ years of experience as an architect" is a requirement
    const words = t.split(WHITESPACE_SPLIT_RE);
    if (words.filter((w) => CAPITAL_START_RE.test(w)).length * 2 < words.length) continue;
    const v = seniorityFromTitle(t);
    if (v) return { value: v, how: "stated", spans: [spanOf(b)] };
  }
  return null;
}

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
    for (const b of ctx.header) {
      const v = b.text.length <= 30 && SEN_LEVEL_ROW_RE.test(b.text) ? seniorityFromLevel(b.text) : null;
      if (v) return { value: v, how: "stated", spans: [spanOf(b)] };
    }
    const line = fromTitleLines(ctx) ?? fromStatements(ctx);
    if (line) return line;
    const exp = foundValue(ctx, "experience");
    const v = exp ? seniorityFromYears(exp.minYears, exp.maxYears) : null;
    return v ? { value: v, how: "inferred", spans: ctx.found.get("experience")?.spans } : null;
  },
};

