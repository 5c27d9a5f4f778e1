import { factSpans, foundValue, spanOf, type Context, type Detector } from "../context.js";
import { deadlineWordIndex, isoDay, parseAbsoluteDate, parseDate, parseDateRangeEnd, parseFutureRelative, parseRelativeDate, postedWordIndex } from "../fields/dates.js";
import { DIGIT_RE, KEY_VALUE_RE, PERIOD_LABEL_RE, UPDATED_DATE_RE, WHITESPACE_SPLIT_RE } from "../patterns.js";
import type { Block } from "../tree/blocks.js";
import type { DateHit } from "../fields/dates.js";
import { topFactLines } from "./header-lines.js";
import { colonIn } from "../sections/labels.js";

// Header lines of job cards hold several facts between dots or bars: "Toronto, ON · 3 days ago · Over 100 applicants".
const PIECE_SEPARATORS = [" · ", " • ", " | ", "•", "·", "|"];

/** Month-first numeric dates ("11/20/2026") only where the job is in the United States. */
function monthFirst(ctx: Context): boolean {
  const locs = foundValue(ctx, "locations") ?? [];
  const codes = new Set(locs.map((l) => l.countryCode).filter(Boolean));
  if (codes.size > 0) return codes.size === 1 && codes.has("US");
  const currency = foundValue(ctx, "salary")?.currency;
  return currency === "USD";
}

function pieces(text: string): string[] {
  let parts = [text];
  for (const sep of PIECE_SEPARATORS) parts = parts.flatMap((p) => p.split(sep));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * A date range under a label naming the span the posting is open ("Open period" / "03/01/2027 to
 * 03/15/2027", "Bewerbungszeitraum: 01.03.2027 – 15.03.2027"): its first day is the posting day and
 * its last the deadline. The value is after the label's colon or on the next line.
 */
function openPeriod(ctx: Context): { first: DateHit; last: DateHit; block: Block } | null {
  const options = { monthFirst: monthFirst(ctx), now: ctx.now };
  const blocks = ctx.blocks.slice(0, 120);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.text.length > 120) continue;
    const onNext = b.text.length <= 48 && blocks[i + 1] !== undefined && blocks[i + 1].text.length <= 80;
    // (perf: a date holds a digit, and a labelled value is the line's own words: a line without a digit
    // counts only as a bare label over the value's line)
    if (!DIGIT_RE.test(b.text) && !(onNext && PERIOD_LABEL_RE.test(b.text.trim()))) continue;
    let value = labelled(b.text);
    let at = b;
    if (value === null && onNext && PERIOD_LABEL_RE.test(b.text.trim())) {
      at = blocks[i + 1];
      value = at.text;
    }
    if (!value) continue;
    const first = parseAbsoluteDate(value, options);
    const last = first ? parseDateRangeEnd(value, options) : null;
    if (first && last && last.start > first.start && last.date >= first.date) return { first, last, block: at };
  }
  return null;
}

/** The value after a period label that opens a line ("Open period: …", "Période de candidature du … au …"), or null. */
function labelled(text: string): string | null {
  const kv = colonIn(text) ? KEY_VALUE_RE.exec(text) : null;
  if (kv && PERIOD_LABEL_RE.test(kv[1].trim())) return kv[2];
  const words = text.split(WHITESPACE_SPLIT_RE);
  for (let n = Math.min(5, words.length - 1); n >= 2; n--) {
    if (PERIOD_LABEL_RE.test(words.slice(0, n).join(" "))) return words.slice(n).join(" ");
  }
  return null;
}

// Most words a header's date line may hold besides the date ("01 dic alle 09:12").
const BARE_DATE_EXTRA_WORDS = 3;

/**
 * A header line that is a date and little else ("01 dic alle 09:12", "27. 11. 2026"): the day the
 * posting went up, when it is not a deadline (no deadline word, and not after today) and no label says
 * what else it is.
 */
function bareDate(piece: string, now: Date, monthFirst: boolean): DateHit | null {
  if (deadlineWordIndex(piece) >= 0) return null;
  const d = parseAbsoluteDate(piece, { monthFirst, now });
  if (!d || d.date > isoDay(now)) return null;
  // a labelled date ("Archived: …", "Start date: …", "Effective date: …") is the date of what its label says
  if (KEY_VALUE_RE.test(piece)) return null;
  const lead = piece.slice(0, d.start).trim();
  const rest = piece.slice(d.end).trim();
  const extra = (lead ? lead.split(WHITESPACE_SPLIT_RE).length : 0) + (rest ? rest.split(WHITESPACE_SPLIT_RE).length : 0);
  return extra <= BARE_DATE_EXTRA_WORDS && lead.length === 0 ? d : null;
}

/** The day the posting went up: JSON-LD, a Posted label, a relative date at the top, "Posted … ago" anywhere. */
export const postedAtDetector: Detector<"postedAt"> = {
  key: "postedAt",
  detect(ctx) {
    if (ctx.structured?.datePosted) return { value: ctx.structured.datePosted, how: "stated", spans: factSpans(ctx, "datePosted") };
    const options = { monthFirst: monthFirst(ctx) };
    for (const l of ctx.labels) {
      if (l.field !== "postedAt") continue;
      const d = parseDate(l.value, ctx.now, options);
      if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(l.block)] };
    }
    const period = openPeriod(ctx);
    if (period) return { value: period.first.date, how: "stated", spans: [spanOf(period.block)] };
    // the top of the page: header lines, and board lines such as "pkeller 14 days ago | parent | context"
    const firstBlocks = new Set(ctx.blocks.slice(0, 8));
    const boardLines = ctx.chromeBlocks.filter((c) => c.kind === "board" && firstBlocks.has(c.block)).map((c) => c.block);
    const top = [...topFactLines(ctx).slice(0, 32), ...boardLines].sort((x, y) => x.start - y.start);
    for (const b of top) {
      for (const piece of pieces(b.text)) {
        // ("Updated 2 hours ago" over "Posted 6 days ago": the page's refresh is no posting day)
        if (piece.length > 60 || UPDATED_DATE_RE.test(piece.trim())) continue;
        const posted = postedWordIndex(piece) >= 0;
        const d = parseRelativeDate(piece, ctx.now) ?? (posted ? parseAbsoluteDate(piece, { ...options, now: ctx.now }) : bareDate(piece, ctx.now, options.monthFirst));
        if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(b)] };
      }
    }
    for (const [i, b] of ctx.blocks.entries()) {
      if (b.text.length > 200) continue;
      const at = postedWordIndex(b.text);
      if (at < 0) continue;
      // (a relative date may stand before the word: "Vor 5 Tagen veröffentlicht")
      const d = parseDate(b.text.slice(at), ctx.now, options) ?? parseRelativeDate(b.text, ctx.now);
      if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(b)] };
      // "Open Date" on its own line, the date below it
      const next = ctx.blocks[i + 1];
      if (b.text.length <= 40 && next && next.text.length <= 60) {
        const n = parseAbsoluteDate(next.text, { ...options, now: ctx.now });
        if (n && n.start <= 12) return { value: n.date, how: "stated", spans: [spanOf(next)] };
      }
    }
    return null;
  },
};

/** The application deadline: JSON-LD, a deadline label, "Apply before …", "Closing date …", the end of "Open & closing dates A to B". */
export const validThroughDetector: Detector<"validThrough"> = {
  key: "validThrough",
  detect(ctx) {
    if (ctx.structured?.validThrough) return { value: ctx.structured.validThrough, how: "stated", spans: factSpans(ctx, "validThrough") };
    const options = { monthFirst: monthFirst(ctx), now: ctx.now };
    for (const l of ctx.labels) {
      if (l.field !== "validThrough") continue;
      const d = parseDateRangeEnd(l.value, options);
      if (d) return { value: d.date, how: "stated", spans: [spanOf(l.block)] };
    }
    const period = openPeriod(ctx);
    if (period) return { value: period.last.date, how: "stated", spans: [spanOf(period.block)] };
    for (const [i, b] of ctx.blocks.entries()) {
      if (b.text.length > 300) continue;
      const at = deadlineWordIndex(b.text);
      if (at < 0) continue;
      const tail = b.text.slice(at);
      const d = parseDateRangeEnd(tail, options);
      if (d) return { value: d.date, how: "stated", spans: [spanOf(b)] };
      // a bulletin's heading with the date on the next line: "APPLICATION DEADLINE" / "THURSDAY, MAY 3, 2018"
      const next = ctx.blocks[i + 1];
      if (b.text.length <= 60 && next && next.text.length <= 80) {
        const n = parseDateRangeEnd(next.text, options);
        if (n) return { value: n.date, how: "stated", spans: [spanOf(next)] };
      }
      // "Closes in 5 days", "Expires in 2 weeks"
      const soon = parseFutureRelative(tail.slice(0, 40), ctx.now);
      if (soon) return { value: soon.date, how: "derived", spans: [spanOf(b)] };
    }
    return null;
  },
};
