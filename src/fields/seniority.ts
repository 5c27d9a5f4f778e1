import { SENIORITY, SENIORITY_LEVELS } from "../lexicon/terms.js";
import type { JobPosting } from "../schema.js";
import { findPhrase } from "./words.js";

export type Seniority = NonNullable<JobPosting["seniority"]>;

/** The seniority a job title names: "Senior Backend Engineer" → senior, "VP Sales" → executive. */
export function seniorityFromTitle(title: string): Seniority | null {
  for (const [phrase, level] of SENIORITY) {
    // roman numerals and "II" only count in capitals: "Engineer II"
    if (/^i+v?$/.test(phrase)) {
      if (new RegExp(`\\b${phrase.toUpperCase()}\\b`).test(title)) return level;
      continue;
    }
    if (findPhrase(title, phrase) >= 0) return level;
  }
  return null;
}

/** The seniority an overview row states ("Mid-Senior level", "Entry level", "Senior"). */
export function seniorityFromLevel(value: string): Seniority | null {
  const v = value.trim().toLowerCase();
  return SENIORITY_LEVELS[v] ?? seniorityFromTitle(value);
}
