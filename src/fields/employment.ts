import { EMPLOYMENT as BASE_EMPLOYMENT, EMPLOYMENT_BADGES } from "../lexicon/terms.js";
import { MORE_EMPLOYMENT } from "../lexicon/facts.js";
import { DIGIT_RE, EMP_CONTRACT_LENGTH_RE, EMP_DAY_RATE_RE, EMP_WEEKLY_HOURS_RE, LEADING_SYMBOLS_RE } from "../patterns.js";
import type { JobPosting } from "../schema.js";
import { findIn, lowered, phraseCandidates } from "./words.js";

export type EmploymentType = NonNullable<JobPosting["employmentType"]>;

/** One employment-type phrase in a text, with its rank in the lexicon (lower is more specific). */
export interface EmploymentHit {
  value: EmploymentType;
  phrase: string;
  start: number;
  end: number;
  rank: number;
}

// The base list is ordered most specific first: each added phrase goes after the last one of its type.
const EMPLOYMENT = MORE_EMPLOYMENT.reduce((list, entry) => {
  let at = -1;
  list.forEach(([, v], i) => {
    if (v === entry[1]) at = i;
  });
  return at < 0 ? [...list, entry] : [...list.slice(0, at + 1), entry, ...list.slice(at + 1)];
}, BASE_EMPLOYMENT);

const HOURS_RANK = EMPLOYMENT.length;
const EMPLOYMENT_PHRASES = EMPLOYMENT.map(([phrase]) => phrase);

/**
 * Every employment-type phrase of a text, in reading order: "Full Time", "CDI", "Teilzeit",
 * "6 month contract", "Inside IR35", "(40 Wochenstunden)". With `glued`, a phrase may start
 * inside a word at a capital ("RemoteProductFull time", scraped badges run together).
 */
export function findEmploymentTypes(text: string, options: { glued?: boolean } = {}): EmploymentHit[] {
  const hits: EmploymentHit[] = [];
  const hay = lowered(text);
  const glued = options.glued === true;
  for (const rank of phraseCandidates(hay, EMPLOYMENT_PHRASES, glued)) {
    const [phrase, value] = EMPLOYMENT[rank];
    for (let at = findIn(hay, phrase, 0, glued); at >= 0; at = findIn(hay, phrase, at + phrase.length, glued)) {
      hits.push({ value, phrase, start: at, end: at + phrase.length, rank });
    }
  }
  // (an icon before the badge is no part of it: "⏱ Stage")
  const bare = text.trim().replace(LEADING_SYMBOLS_RE, "");
  const badge = EMPLOYMENT_BADGES[bare.toLowerCase()];
  if (badge) hits.push({ value: badge, phrase: bare, start: 0, end: text.length, rank: 0 });
  // a day rate, a contract's length and weekly hours are all written with a figure
  if (!DIGIT_RE.test(text)) return hits.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const day = EMP_DAY_RATE_RE.exec(text);
  if (day) hits.push({ value: "contract", phrase: day[0], start: day.index, end: day.index + day[0].length, rank: 0 });
  // "6 month contract" is a contractor's; a length given to a temporary or fixed-term contract keeps it temporary
  const len = EMP_CONTRACT_LENGTH_RE.exec(text);
  const fixed = len !== null && hits.some((h) => h.value === "temporary" && h.start < len.index + len[0].length && h.end > len.index);
  if (len && !fixed) hits.push({ value: "contract", phrase: len[0], start: len.index, end: len.index + len[0].length, rank: 0 });
  const hours = EMP_WEEKLY_HOURS_RE.exec(text);
  if (hours?.groups) {
    const h = Number(hours.groups.h2 ?? hours.groups.h);
    const value: EmploymentType = h >= 35 ? "full-time" : "part-time";
    if (h >= 35 || h <= 30) hits.push({ value, phrase: hours[0], start: hours.index, end: hours.index + hours[0].length, rank: HOURS_RANK });
  }
  return hits.sort((a, b) => a.start - b.start || a.rank - b.rank);
}

/**
 * The employment type a badge, label or short line states; the most specific phrase wins
 * ("Full-time, 6 month contract" → contract, "Praktikum (Vollzeit)" → internship).
 */
export function parseEmploymentType(text: string, options: { glued?: boolean } = {}): { value: EmploymentType; start: number; end: number } | null {
  const hits = findEmploymentTypes(text, options);
  if (hits.length === 0) return null;
  const best = hits.reduce((a, b) => (b.rank < a.rank ? b : a));
  return { value: best.value, start: best.start, end: best.end };
}
