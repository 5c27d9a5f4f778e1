import { MONTHS, NUMBER_WORDS, TODAY_WORDS, UNIT_DAYS, YESTERDAY_WORDS } from "../lexicon/dates.js";
import { AGO_EN_RE, AGO_IT_RE, AGO_PREFIX_RE, DAY_MONTH_YEAR_RE, ISO_DATE_RE, MONTH_DAY_RE, MONTH_DAY_YEAR_RE, NUMERIC_DATE_RE } from "../patterns.js";

/** A date found in text: ISO `YYYY-MM-DD`, whether it was computed, and where it stood. */
export interface DateHit {
  date: string;
  relative: boolean;
  start: number;
  end: number;
}

/** Formats a UTC date as `YYYY-MM-DD`. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function daysBefore(now: Date, days: number): string {
  const t = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * 86_400_000;
  return isoDay(new Date(t));
}

/**
 * A relative date ("11 days ago", "Reposted 2 weeks ago", "yesterday", "il y a 3 jours",
 * "vor 2 Wochen", "hace 5 días", "3 giorni fa") resolved against `now` in UTC.
 */
export function parseRelativeDate(text: string, now: Date): DateHit | null {
  const m = AGO_EN_RE.exec(text) ?? AGO_IT_RE.exec(text);
  const p = m ? null : AGO_PREFIX_RE.exec(text);
  const hit = m ?? p;
  if (hit) {
    const n = /^\d+$/.test(hit[1]) ? Number(hit[1]) : NUMBER_WORDS[hit[1].toLowerCase()] ?? 1;
    const unit = UNIT_DAYS[hit[2].toLowerCase()];
    if (unit !== undefined) return { date: daysBefore(now, n * unit), relative: true, start: hit.index, end: hit.index + hit[0].length };
  }
  const lower = text.toLowerCase();
  for (const w of YESTERDAY_WORDS) {
    const i = wordIndex(lower, w);
    if (i >= 0) return { date: daysBefore(now, 1), relative: true, start: i, end: i + w.length };
  }
  for (const w of TODAY_WORDS) {
    if (w === "new" && lower.trim() !== "new") continue;
    const i = wordIndex(lower, w);
    if (i >= 0) return { date: daysBefore(now, 0), relative: true, start: i, end: i + w.length };
  }
  return null;
}

function wordIndex(hay: string, word: string): number {
  let i = hay.indexOf(word);
  while (i >= 0) {
    const before = i === 0 ? " " : hay[i - 1];
    const after = hay[i + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
    i = hay.indexOf(word, i + 1);
  }
  return -1;
}

function valid(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1) return null;
  return isoDay(t);
}

/**
 * An absolute date: ISO, "15 January 2027", "January 15, 2027", "20.11.2026", "11/20/2026" (US
 * order only when `monthFirst` or when the first number cannot be a month... or the second cannot be).
 */
export function parseAbsoluteDate(text: string, options: { monthFirst?: boolean; now?: Date } = {}): DateHit | null {
  const iso = ISO_DATE_RE.exec(text);
  if (iso) {
    const d = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (d) return { date: d, relative: false, start: iso.index, end: iso.index + iso[0].length };
  }
  const dmy = DAY_MONTH_YEAR_RE.exec(text);
  if (dmy) {
    const mo = MONTHS[dmy[2].toLowerCase()];
    const d = mo ? valid(Number(dmy[3]), mo, Number(dmy[1])) : null;
    if (d) return { date: d, relative: false, start: dmy.index, end: dmy.index + dmy[0].length };
  }
  const mdy = MONTH_DAY_YEAR_RE.exec(text);
  if (mdy) {
    const mo = MONTHS[mdy[1].toLowerCase()];
    const d = mo ? valid(Number(mdy[3]), mo, Number(mdy[2])) : null;
    if (d) return { date: d, relative: false, start: mdy.index, end: mdy.index + mdy[0].length };
  }
  const num = NUMERIC_DATE_RE.exec(text);
  if (num) {
    let y = Number(num[4]);
    if (y < 100) y += 2000;
    const a = Number(num[1]);
    const b = Number(num[3]);
    const monthFirst = num[2] === "/" && (options.monthFirst === true || b > 12) && a <= 12;
    const d = monthFirst ? valid(y, a, b) : valid(y, b, a) ?? (num[2] === "/" ? valid(y, a, b) : null);
    if (d) return { date: d, relative: false, start: num.index, end: num.index + num[0].length };
  }
  if (options.now) {
    const md = MONTH_DAY_RE.exec(text);
    if (md) {
      const mo = MONTHS[md[1].toLowerCase()];
      if (mo && md[1].length >= 3) {
        const y = options.now.getUTCFullYear();
        const d = valid(y, mo, Number(md[2]));
        if (d) return { date: d, relative: false, start: md.index, end: md.index + md[0].length };
      }
    }
  }
  return null;
}

/** Any date: a relative phrase first, then an absolute one. */
export function parseDate(text: string, now: Date, options: { monthFirst?: boolean } = {}): DateHit | null {
  return parseRelativeDate(text, now) ?? parseAbsoluteDate(text, { ...options, now });
}
