import { SENIORITY, SENIORITY_LEVELS, STAFF_ROLE_WORDS } from "../lexicon/terms.js";
import { NON_LETTER_SPLIT_RE, ROMAN_LEVEL_RES, SPACE_THEN_LETTER_RE } from "../patterns.js";
import type { JobPosting } from "../schema.js";
import { findPhrase } from "./words.js";

export type Seniority = NonNullable<JobPosting["seniority"]>;

const STAFF_NEXT = new Set(STAFF_ROLE_WORDS);

/**
 * The seniority a job title names: "Senior Backend Engineer" → senior, "VP Sales" → executive,
 * "Staff Software Engineer" → lead, "Engineer II" → mid, "Medior Data Engineer" → mid. An explicit
 * level outranks a role that implies one ("Senior Solution Architect" → senior, not lead).
 */
export function seniorityFromTitle(title: string): Seniority | null {
  for (const [phrase, level] of SENIORITY) {
    // roman numerals count only in capitals, "I" only at the end: "Engineer II", "Analyst I"
    const roman = ROMAN_LEVEL_RES.get(phrase);
    if (roman) {
      if (roman.test(title)) return level;
      continue;
    }
    const at = findPhrase(title, phrase);
    if (at < 0) continue;
    // "Staff Software Engineer" is a level; "Library Staff", "Staff Nurse" are not
    if (phrase === "staff") {
      const next = title.slice(at + phrase.length).trim().split(NON_LETTER_SPLIT_RE)[0]?.toLowerCase() ?? "";
      if (!STAFF_NEXT.has(next)) continue;
    }
    // "Associate Product Manager" is a level; "Warehouse Associate", "Sales Associate" are not
    if (phrase === "associate" && !SPACE_THEN_LETTER_RE.test(title.slice(at + phrase.length))) continue;
    return level;
  }
  return null;
}

/** The seniority an overview row states ("Mid-Senior level", "Entry level", "Senior"). */
export function seniorityFromLevel(value: string): Seniority | null {
  const v = value.trim().toLowerCase();
  const level = SENIORITY_LEVELS[v] ?? seniorityFromTitle(value);
  if (level) return level;
  // "specjalista (Mid / Regular)": the level's name, then its scale's words in brackets
  const open = v.indexOf("(");
  if (open <= 0 || !v.endsWith(")")) return null;
  const head = SENIORITY_LEVELS[v.slice(0, open).trim()];
  const inner = v.slice(open + 1, -1).split("/").map((p) => SENIORITY_LEVELS[p.trim()]).find((x) => x !== undefined);
  return inner ?? head ?? null;
}

/**
 * The seniority a range of years suggests when nothing names it: "0-2 years" junior, "3–5 years"
 * mid, "6-8 years" senior. A bare floor ("at least 3 years") says too little and gives null.
 */
export function seniorityFromYears(minYears: number | null, maxYears: number | null): Seniority | null {
  if (minYears === null || maxYears === null) return null;
  if (minYears < 2 && maxYears <= 3) return "junior";
  if (minYears < 5) return "mid";
  return "senior";
}
