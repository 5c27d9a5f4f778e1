import { AMBIGUOUS_MONTHS, DEADLINE_WORDS, MONTHS, NUMBER_WORDS, POSTED_WORDS, RELATIVE_COMPANIONS, TODAY_WORDS, UNIT_DAYS, YESTERDAY_WORDS } from "../lexicon/dates.js";
import {
  AGO_EN_RE, AGO_HU_RE, AGO_IT_RE, AGO_PREFIX_RE, AGO_SUFFIX_RE, DATE_FILLER_RE, DATE_RANGE_JOIN_RE, IN_FUTURE_RE, PIECE_END_RE, DAY_MONTH_RE, DAY_MONTH_YEAR_RE, ISO_DATE_RE, YEAR_MONTH_DAY_RE, MONTH_DAY_RE, MONTH_DAY_YEAR_RE,
  NUMERIC_DATE_RE, DIGIT_RE, DIGITS_RE, WORD_CHAR_RE, CURLY_APOSTROPHE_RE,
} from "../patterns.js";
import { findIn, lowered, phraseCandidates } from "./words.js";

/** A date found in text: ISO `YYYY-MM-DD`, whether it was computed, and where it stood. */
export interface DateHit {
  date: string;
  relative: boolean;
  start: number;
  end: number;
}

/** Options of the absolute-date parsers. */
export interface DateOptions {
  /** read "11/12/2026" as November 12 (the posting is American) */
  monthFirst?: boolean;
  /** reference date: fills in a missing year */
  now?: Date;
  /** a missing year makes the date lie ahead of `now` (a deadline), not behind it (a posting day) */
  future?: boolean;
}

const DAY = 86_400_000;
// longest first, so "reposted" goes before "posted" could leave "re"
const COMPANIONS = [...RELATIVE_COMPANIONS].sort((a, b) => b.length - a.length);

/** Formats a UTC date as `YYYY-MM-DD`. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utcDay(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

function daysBefore(now: Date, days: number): string {
  return isoDay(new Date(utcDay(now) - days * DAY));
}

/**
 * A relative date ("11 days ago", "Posted 30+ days ago", "Reposted 2 weeks ago", "yesterday",
 * "il y a 3 jours", "vor 2 Wochen", "hace 5 días", "há 2 dias", "3 giorni fa") resolved against
 * `now` in UTC. A month counts 30 days, a year 365, as boards round them.
 */
export function parseRelativeDate(text: string, now: Date): DateHit | null {
  const m = AGO_EN_RE.exec(text) ?? AGO_IT_RE.exec(text) ?? AGO_SUFFIX_RE.exec(text) ?? AGO_HU_RE.exec(text);
  const p = m ? null : AGO_PREFIX_RE.exec(text);
  const count = m ? m[1] : p ? p[1] ?? p[2] : null;
  const unitWord = m ? m[2] : p?.[3];
  const hit = m ?? p;
  if (hit && count && unitWord) {
    const n = DIGITS_RE.test(count) ? Number(count) : NUMBER_WORDS[count.toLowerCase()] ?? 1;
    const unit = UNIT_DAYS[unitWord.toLowerCase()];
    if (unit !== undefined) return { date: daysBefore(now, n * unit), relative: true, start: hit.index, end: hit.index + hit[0].length };
  }
  const lower = text.toLowerCase().replace(CURLY_APOSTROPHE_RE, "'");
  for (const [words, days] of [[YESTERDAY_WORDS, 1], [TODAY_WORDS, 0]] as const) {
    for (const w of words) {
      const i = firstWord(lower, [w]);
      if (i >= 0 && standsAlone(lower, i, w.length, w === "new")) return { date: daysBefore(now, days), relative: true, start: i, end: i + w.length };
    }
  }
  return null;
}

// "Posted today", "yesterday• Recruiter recently active", "Heute veröffentlicht" are dates;
// "Apply today!", "Bewirb dich hier" and "Today we ship…" are not: beside the word stand only posting words.
function standsAlone(lower: string, i: number, len: number, whole: boolean): boolean {
  const strip = (s: string) => {
    let t = s;
    for (const w of COMPANIONS) t = t.split(w).join(" ");
    return t.replace(DATE_FILLER_RE, "");
  };
  const before = strip(lower.slice(0, i));
  const after = lower.slice(i + len);
  if (whole) return before === "" && after.trim() === "";
  const afterOk = PIECE_END_RE.test(after) || strip(after) === "";
  return before === "" && afterOk;
}

function valid(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1) return null;
  return isoDay(t);
}

// "Jan 15" with no year: the year that puts it just behind `now` (a posting day) or ahead of it (a deadline).
function withYear(mo: number, d: number, options: DateOptions): string | null {
  if (!options.now) return null;
  const y = options.now.getUTCFullYear();
  const date = valid(y, mo, d);
  if (!date) return null;
  const t = Date.parse(date);
  const today = utcDay(options.now);
  if (options.future) return t < today - 90 * DAY ? valid(y + 1, mo, d) : date;
  return t > today + DAY ? valid(y - 1, mo, d) : date;
}

function month(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

/**
 * An absolute date: ISO, "15 January 2027" and "January 15, 2027" with month names in six
 * languages, "20.11.2026", "20/11/2026", or "11/20/2026" (month first only when `monthFirst` is set
 * or the day cannot be a month); "Jan 15" and "15 janvier" take their year from `now`.
 */
export function parseAbsoluteDate(text: string, options: DateOptions = {}): DateHit | null {
  if (!DIGIT_RE.test(text)) return null;
  const at = (m: RegExpExecArray, date: string | null) => (date ? { date, relative: false, start: m.index, end: m.index + m[0].length } : null);
  const iso = ISO_DATE_RE.exec(text);
  const fromIso = iso ? at(iso, valid(Number(iso[1]), Number(iso[3]), Number(iso[4]))) : null;
  if (fromIso) return fromIso;
  const ymd = YEAR_MONTH_DAY_RE.exec(text);
  const fromYmd = ymd && month(ymd[2]) ? at(ymd, valid(Number(ymd[1]), month(ymd[2])!, Number(ymd[3]))) : null;
  if (fromYmd) return fromYmd;
  const dmy = DAY_MONTH_YEAR_RE.exec(text);
  const mdy = MONTH_DAY_YEAR_RE.exec(text);
  const fromDmy = dmy && month(dmy[2]) ? at(dmy, valid(Number(dmy[3]), month(dmy[2])!, Number(dmy[1]))) : null;
  const fromMdy = mdy && month(mdy[1]) ? at(mdy, valid(Number(mdy[3]), month(mdy[1])!, Number(mdy[2]))) : null;
  if (fromDmy || fromMdy) return !fromMdy || (fromDmy && fromDmy.start <= fromMdy.start) ? fromDmy : fromMdy;
  const num = NUMERIC_DATE_RE.exec(text);
  if (num) {
    let y = Number(num[4]);
    // "20/11/26", "20.11.26"; "2.10.26" reads as a version number
    // "4-20-18" (a US bulletin's Open Date) reads as a date too
    if (num[4].length === 2) y = y >= 15 && (num[2] === "/" || num[2] === "-" || num[1].length === 2) ? 2000 + y : 0;
    const a = Number(num[1]);
    const b = Number(num[3]);
    // "11/20/2026" is American; "20/11/2026" and "20.11.2026" are day first everywhere else
    // "4-20-18", "04-20-2018": a dashed date whose middle number cannot be a month is month first as well
    const monthFirst = (num[2] === "/" || num[2] === "-") && a <= 12 && (options.monthFirst === true || b > 12);
    const date = monthFirst ? valid(y, a, b) : valid(y, b, a);
    if (date) return at(num, date);
  }
  if (options.now) {
    // "ważna jeszcze 14 dni (do 20 gru)": the first day-and-word pair may be a count, not a date
    const dm = firstMonthPair(DAY_MONTH_RE, text, 2);
    const md = firstMonthPair(MONTH_DAY_RE, text, 1);
    const yearless = (w: string) => (AMBIGUOUS_MONTHS.includes(w.toLowerCase()) ? undefined : month(w));
    const fromDm = dm && yearless(dm[2]) ? at(dm, withYear(yearless(dm[2])!, Number(dm[1]), options)) : null;
    const fromMd = md && yearless(md[1]) ? at(md, withYear(yearless(md[1])!, Number(md[2]), options)) : null;
    if (fromDm || fromMd) return !fromMd || (fromDm && fromDm.start <= fromMd.start) ? fromDm : fromMd;
  }
  return null;
}

/** The first match of a day-and-month pattern whose word (group `g`) is a month name; a few matches are looked at. */
function firstMonthPair(re: RegExp, text: string, g: number): RegExpExecArray | null {
  for (let from = 0, n = 0; n < 4 && from < text.length; n++) {
    const m = re.exec(text.slice(from));
    if (!m) return null;
    if (month(m[g])) {
      m.index += from;
      return m;
    }
    from += m.index + m[0].length;
  }
  return null;
}

/**
 * The end of a date range, or the one date: "Open & closing dates 1 Nov 2026 to 30 Nov 2026" →
 * 30 Nov 2026; "du 1er au 30 novembre 2026" → 30 November. A deadline's missing year lies ahead.
 */
export function parseDateRangeEnd(text: string, options: DateOptions = {}): DateHit | null {
  const first = parseAbsoluteDate(text, { ...options, future: true });
  if (!first) return null;
  const rest = text.slice(first.end);
  const join = DATE_RANGE_JOIN_RE.exec(rest);
  if (!join) return first;
  const second = parseAbsoluteDate(rest.slice(join[0].length), { ...options, future: true });
  if (!second || second.start !== 0) return first;
  const offset = first.end + join[0].length;
  return second.date >= first.date ? { ...second, start: offset + second.start, end: offset + second.end } : first;
}

/** A deadline counted from `now`: "Closes in 5 days", "Expires in 2 weeks", "Candidature entro 10 giorni". */
export function parseFutureRelative(text: string, now: Date): DateHit | null {
  const m = IN_FUTURE_RE.exec(text);
  if (!m) return null;
  const n = DIGITS_RE.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()] ?? 1;
  const unit = UNIT_DAYS[m[2].toLowerCase()];
  if (!unit) return null;
  return { date: daysBefore(now, -n * unit), relative: true, start: m.index, end: m.index + m[0].length };
}

/** Any date: a relative phrase first, then an absolute one. */
export function parseDate(text: string, now: Date, options: Omit<DateOptions, "now"> = {}): DateHit | null {
  return parseRelativeDate(text, now) ?? parseAbsoluteDate(text, { ...options, now });
}

/** Where a posting word ("Posted", "Publié le", "Veröffentlicht") stands in a text, or -1. */
export function postedWordIndex(text: string): number {
  return firstWord(text.toLowerCase(), POSTED_WORDS);
}

/** Where a deadline word ("Apply before", "Closing date", "Bewerbungsfrist", "Date limite") stands in a text, or -1. */
export function deadlineWordIndex(text: string): number {
  return firstWord(text.toLowerCase(), DEADLINE_WORDS);
}

// The earliest of the phrases as whole words in a lowercase text.
function firstWord(lower: string, phrases: readonly string[]): number {
  // perf: a constant list is indexed once and the text's words read once (the same whole-word
  // edges as here: letters and digits); a one-phrase list made per call is scanned as it is
  if (phrases.length > 1) {
    const hay = lowered(lower);
    if (hay.lower === lower) {
      let first = -1;
      for (const k of phraseCandidates(hay, phrases)) {
        const i = findIn(hay, phrases[k]);
        if (i >= 0 && (first < 0 || i < first)) first = i;
      }
      return first;
    }
  }
  let best = -1;
  for (const w of phrases) {
    let i = lower.indexOf(w);
    while (i >= 0 && !(isBoundary(lower, i - 1) && isBoundary(lower, i + w.length))) i = lower.indexOf(w, i + 1);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

function isBoundary(text: string, i: number): boolean {
  return i < 0 || i >= text.length || !WORD_CHAR_RE.test(text[i]);
}
