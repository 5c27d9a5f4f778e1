import { HYBRID_WORDS, ONSITE_WORDS, REMOTE_WORDS } from "../lexicon/terms.js";
import type { JobPosting } from "../schema.js";
import { findPhrase } from "./words.js";

export type WorkplaceType = NonNullable<JobPosting["workplaceType"]>;

/** The workplace type a badge or label states ("On Site", "Hybrid", "Remote (EU)"); hybrid wins over remote. */
export function parseWorkplaceBadge(text: string): WorkplaceType | null {
  if (HYBRID_WORDS.some((w) => findPhrase(text, w) >= 0)) return "hybrid";
  if (ONSITE_WORDS.some((w) => findPhrase(text, w) >= 0)) return "onsite";
  if (REMOTE_WORDS.some((w) => findPhrase(text, w) >= 0)) return "remote";
  return null;
}

// Perks that mention remote work do not make a job remote: "6 weeks full remote/year",
// "work from anywhere for up to 4 weeks a year", "home office allowance".
const PERK_CONTEXT = /\b(?:weeks?|days?|per year|a year|\/year|allowance|stipend|budget|equipment|setup|set up|reimburse|workstation)\b/i;
const NEGATED = /\b(?:not|no|non|isn't|is not|cannot|can't|kein|keine|pas|sin|nicht)\b[^.]{0,24}$/i;

/**
 * The workplace type a sentence about the role states ("This is a hybrid role", "fully remote",
 * "based in our office three days a week"), ignoring perks and negations.
 */
export function parseWorkplaceStatement(sentence: string): WorkplaceType | null {
  const s = sentence;
  const hybrid = firstOf(s, HYBRID_WORDS);
  if (hybrid >= 0 && !NEGATED.test(s.slice(0, hybrid))) return "hybrid";
  if (/\b(?:\d|two|three|four|one)\s+days?\s+(?:a|per)\s+week\s+(?:in|at|from)\s+(?:the|our)\s+office\b|\bdays?\s+(?:a|per)\s+week\s+in[- ]office\b|\b(?:in|at)\s+(?:the|our)\s+\w*\s*office\s+(?:\d|two|three|four)\s+days\b/i.test(s)) return "hybrid";
  const onsite = firstOf(s, ONSITE_WORDS);
  if (onsite >= 0 && !NEGATED.test(s.slice(0, onsite))) return "onsite";
  const remote = firstOf(s, REMOTE_WORDS.filter((w) => w !== "anywhere" && w !== "distributed"));
  if (remote >= 0) {
    if (NEGATED.test(s.slice(0, remote))) return "onsite";
    if (PERK_CONTEXT.test(s.slice(remote, remote + 40)) || PERK_CONTEXT.test(s.slice(Math.max(0, remote - 24), remote))) return null;
    return "remote";
  }
  return null;
}

function firstOf(text: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    const i = findPhrase(text, w);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
