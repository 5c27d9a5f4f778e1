import { EMPLOYMENT } from "../lexicon/terms.js";
import type { JobPosting } from "../schema.js";
import { findPhrase } from "./words.js";

export type EmploymentType = NonNullable<JobPosting["employmentType"]>;

/**
 * The employment type a badge, label or sentence states: "Full Time", "CDI", "Teilzeit",
 * "6 month contract", "Inside IR35". The most specific phrase in the text wins by list order.
 */
export function parseEmploymentType(text: string): { value: EmploymentType; start: number; end: number } | null {
  let best: { value: EmploymentType; start: number; end: number; rank: number } | null = null;
  EMPLOYMENT.forEach(([phrase, value], rank) => {
    if (best && best.rank <= rank) return;
    const i = findPhrase(text, phrase);
    if (i >= 0) best = { value, start: i, end: i + phrase.length, rank };
  });
  const b = best as { value: EmploymentType; start: number; end: number } | null;
  return b ? { value: b.value, start: b.start, end: b.end } : null;
}
