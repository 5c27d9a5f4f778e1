import { HYBRID_WORDS as BASE_HYBRID, ONSITE_WORDS as BASE_ONSITE, REMOTE_WORDS as BASE_REMOTE, WORKPLACE_NOT_ROLE } from "../lexicon/terms.js";
import { MORE_HYBRID_WORDS, MORE_ONSITE_WORDS, MORE_REMOTE_WORDS } from "../lexicon/facts.js";
import {
  ONE_DIGIT_RE, WP_BASED_AT_VENUE_RE, WP_FULL_BEFORE_RE, WP_DAYS_A_WEEK_RE, WP_HOME_WORD_RE, WP_NEGATED_BEFORE_RE, WP_NOT_REMOTE_RE, WP_OFFICE_WORD_RE,
  WP_DAYS_WORDS_A_WEEK_RE, WP_ONSITE_OCCASION_RE, WP_PARTIAL_RE, WP_PARTLY_RE, WP_PERK_CONTEXT_RE, WP_REMOTE_NEXT_RE,
} from "../patterns.js";
import type { JobPosting } from "../schema.js";
import { findIn, lowered, phraseCandidates, type Lowered } from "./words.js";
import { dict } from "../lexicon/dict.js";

export type WorkplaceType = NonNullable<JobPosting["workplaceType"]>;

const REMOTE_WORDS = [...BASE_REMOTE, ...MORE_REMOTE_WORDS];
const HYBRID_WORDS = [...BASE_HYBRID, ...MORE_HYBRID_WORDS];
const ONSITE_WORDS = [...BASE_ONSITE, ...MORE_ONSITE_WORDS];

const WEEK_DAYS: Record<string, number> = dict({
  one: 1, two: 2, three: 3, four: 4, five: 5, ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, un: 1, deux: 2, trois: 3, quatre: 4,
  cinq: 5, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5,
});
// words in prose statements: "anywhere" and "distributed" say too little outside a badge
const STATEMENT_REMOTE_WORDS = REMOTE_WORDS.filter((w) => w !== "anywhere" && w !== "distributed");
// a cheap pre-test: the first four letters of every workplace word
const HINT_STEMS = [...new Set([...REMOTE_WORDS, ...HYBRID_WORDS, ...ONSITE_WORDS].map((w) => w.toLowerCase().slice(0, 4)))];
// perf: the stems by their first character, so a sentence is read once: `HINT_STEMS.some((s) => lower.includes(s))`
const HINT_BY_FIRST = new Map<string, string[]>();
for (const stem of HINT_STEMS) {
  if (!stem) continue;
  const list = HINT_BY_FIRST.get(stem[0]);
  if (list) list.push(stem);
  else HINT_BY_FIRST.set(stem[0], [stem]);
}
const EMPTY_HINT = HINT_STEMS.includes("");

// (and a table by character code of which characters open a stem: most characters open none)
const OPENS_STEM = new Uint8Array(0x10000);
for (const first of HINT_BY_FIRST.keys()) OPENS_STEM[first.charCodeAt(0)] = 1;

// (and, finer, a table by a hash of the first two characters of every stem of two or more: most pairs of a sentence open none)
const OPENS_PAIR = new Uint8Array(0x10000);
const pairKey = (a: number, b: number) => ((a << 6) ^ b) & 0xffff;
for (const stem of HINT_STEMS) if (stem.length >= 2) OPENS_PAIR[pairKey(stem.charCodeAt(0), stem.charCodeAt(1))] = 1;
const ONE_CHARACTER_STEM = HINT_STEMS.some((s) => s.length === 1);

function hasHintStem(lower: string): boolean {
  if (EMPTY_HINT) return true;
  if (!ONE_CHARACTER_STEM) {
    // every stem has two characters or more: a place where one starts shows the pair it opens with
    for (let i = 0; i + 1 < lower.length; i++) {
      if (OPENS_PAIR[pairKey(lower.charCodeAt(i), lower.charCodeAt(i + 1))] === 0) continue;
      const list = HINT_BY_FIRST.get(lower[i]);
      if (list) for (const stem of list) if (lower.startsWith(stem, i)) return true;
    }
    return false;
  }
  for (let i = 0; i < lower.length; i++) {
    if (OPENS_STEM[lower.charCodeAt(i)] === 0) continue;
    const list = HINT_BY_FIRST.get(lower[i]);
    if (list) for (const stem of list) if (lower.startsWith(stem, i)) return true;
  }
  return false;
}

/**
 * The workplace type a badge or label states ("On Site", "Hybrid", "Remote (EU)", "Homeoffice möglich",
 * "Anywhere in the World"); hybrid wins over the others, a badge naming two options is hybrid.
 */
export function parseWorkplaceBadge(text: string): WorkplaceType | null {
  const t = blankNotRole(text);
  if (firstOf(t, HYBRID_WORDS) >= 0) return "hybrid";
  const onsite = firstOf(t, ONSITE_WORDS);
  const remote = firstOf(t, REMOTE_WORDS);
  if (onsite >= 0 && remote >= 0 && !WP_NOT_REMOTE_RE.test(t)) return "hybrid";
  if (onsite >= 0) return "onsite";
  if (remote >= 0) return "remote";
  return null;
}

/**
 * The workplace type a sentence about the role states ("This is a hybrid role", "fully remote",
 * "in the office three days a week", "work from home or in-office"), ignoring perks ("work from
 * anywhere for up to 4 weeks a year"), meetings ("a daily remote stand-up"), occasions ("we meet
 * in person quarterly") and conditions ("lunch when working in-office").
 */
export function parseWorkplaceStatement(sentence: string): WorkplaceType | null {
  // a cheap pre-test: most sentences name no workplace at all
  const lower = sentence.toLowerCase();
  const based = lower.includes("based ");
  // (both day counts end in a week's word: "3 days a week", "zwei Tage pro Woche")
  const week = WEEK_WORDS.some((w) => lower.includes(w));
  if (!hasHintStem(lower) && !based && !(week && WP_DAYS_A_WEEK_RE.test(sentence))) return null;
  // perf: a sentence without a week, "based" or any workplace word as a whole word gives nothing below (blanking only removes words)
  if (!based && !week && !mayNameWorkplace(lowered(sentence))) return null;
  const s = blankNotRole(sentence);
  const days = WP_DAYS_A_WEEK_RE.exec(s) ?? WP_DAYS_WORDS_A_WEEK_RE.exec(s);
  if (days?.groups) {
    const n = ONE_DIGIT_RE.test(days.groups.n) ? Number(days.groups.n) : WEEK_DAYS[days.groups.n.toLowerCase()] ?? 0;
    if (WP_OFFICE_WORD_RE.test(s)) return n >= 5 ? "onsite" : "hybrid";
    if (WP_HOME_WORD_RE.test(s)) return n >= 5 ? "remote" : "hybrid";
  }
  const hay = lowered(s);
  const hybrid = firstOf(hay, HYBRID_WORDS);
  if (hybrid >= 0 && !negated(s, hybrid)) return "hybrid";
  const onsite = firstUsable(hay, ONSITE_WORDS, (i, w) => !WP_ONSITE_OCCASION_RE.test(s.slice(Math.max(0, i - 24), i)) && !WP_ONSITE_OCCASION_RE.test(s.slice(i + w.length, i + w.length + 24)));
  const remote = firstUsable(
    hay,
    STATEMENT_REMOTE_WORDS,
    (i, w) =>
      !WP_PERK_CONTEXT_RE.test(s.slice(i, i + w.length + 40)) &&
      !WP_PERK_CONTEXT_RE.test(s.slice(Math.max(0, i - 24), i)) &&
      // "remote shut-off valves", "remote monitoring": "remote" before a thing is not the job's place
      (w !== "remote" || WP_REMOTE_NEXT_RE.test(s.slice(i + w.length, i + w.length + 24))),
  );
  if (onsite >= 0 && remote >= 0) {
    // "not remote" is itself an on-site word; "work from home or in-office" offers both
    if (negated(s, remote) || WP_NOT_REMOTE_RE.test(s)) return "onsite";
    if (negated(s, onsite)) return "remote";
    return "hybrid";
  }
  // "partly from our office": the office is part of the week
  if (onsite >= 0 && WP_PARTLY_RE.test(s.slice(Math.max(0, onsite - 30), onsite))) return "hybrid";
  if (onsite >= 0) return negated(s, onsite) ? null : "onsite";
  // "This is a public-facing role based at Hallbrook Library": a role tied to one site
  if (remote < 0 && WP_BASED_AT_VENUE_RE.test(s)) return "onsite";
  if (remote >= 0) {
    if (negated(s, remote)) return "onsite";
    // "100% zdalnie, możliwość pracy w biurze", "fully remote, office optional": all of the week, whatever follows
    if (WP_FULL_BEFORE_RE.test(s.slice(Math.max(0, remote - 12), remote + 12))) return "remote";
    // "remote work is possible occasionally", "some days from home", "the option to work remotely": part of the week
    const near = s.slice(Math.max(0, remote - 30), remote + 50);
    const partial = WP_PARTIAL_RE.exec(near);
    return partial && !WP_ONSITE_OCCASION_RE.test(near.slice(partial.index + partial[0].length, partial.index + partial[0].length + 16)) ? "hybrid" : "remote";
  }
  return null;
}

/**
 * False when no sentence of a text states a workplace: `parseWorkplaceStatement` gives null for every
 * piece the text splits into at white space (its sentences), so a block is tested once, not per sentence.
 */
export function mayStateWorkplace(text: string): boolean {
  const hay = lowered(text);
  // (a text whose lower case has another length is searched as written, its sentences may not be: no verdict)
  if (hay.lower === text && text.toLowerCase() !== text) return true;
  // each sentence's pre-test, on the whole text: a piece holds no "based ", week word or workplace word its text lacks
  // (the pieces end at white space, so their words are words of the text)
  const lower = hay.lower;
  return lower.includes("based ") || WEEK_WORDS.some((w) => lower.includes(w)) || mayNameWorkplace(hay);
}

// The words that end a count of days a week (WP_DAYS_A_WEEK_RE, WP_DAYS_WORDS_A_WEEK_RE).
const WEEK_WORDS = ["week", "woche", "semaine", "semana", "settimana"];

/** Whether any workplace word a statement reads may stand in the text (`phraseCandidates`: none means none is there). */
function mayNameWorkplace(hay: Lowered): boolean {
  return phraseCandidates(hay, STATEMENT_WORDS).length > 0;
}
// (the three lists as one: one look at the text's words instead of three)
const STATEMENT_WORDS = [...HYBRID_WORDS, ...ONSITE_WORDS, ...STATEMENT_REMOTE_WORDS];

function negated(s: string, at: number): boolean {
  return WP_NEGATED_BEFORE_RE.test(s.slice(Math.max(0, at - 40), at));
}

// "remote stand-up", "flexible working hours": blanked so their workplace word is not read
function blankNotRole(text: string): string {
  let t = text;
  let hay = lowered(t);
  // (blanking only removes words: the first text's candidates hold every later one's)
  for (const k of phraseCandidates(hay, WORKPLACE_NOT_ROLE)) {
    const p = WORKPLACE_NOT_ROLE[k];
    for (let i = findIn(hay, p); i >= 0; i = findIn(hay, p, i + p.length)) {
      t = t.slice(0, i) + " ".repeat(p.length) + t.slice(i + p.length);
      hay = lowered(t);
    }
  }
  return t;
}

function firstOf(text: string | Lowered, words: readonly string[]): number {
  return firstUsable(text, words, () => true);
}

function firstUsable(text: string | Lowered, words: readonly string[], ok: (at: number, word: string) => boolean): number {
  const hay = typeof text === "string" ? lowered(text) : text;
  let best = -1;
  for (const k of phraseCandidates(hay, words)) {
    const w = words[k];
    for (let at = findIn(hay, w); at >= 0; at = findIn(hay, w, at + w.length)) {
      if (best >= 0 && at >= best) break;
      if (ok(at, w)) {
        best = at;
        break;
      }
    }
  }
  return best;
}
