import { foundValue, spanOf, type Context, type Detector } from "../context.js";
import { parseAbsoluteDate, parseDate, parseDateRangeEnd, parseRelativeDate, postedWordIndex } from "../fields/dates.js";
import { findPhrase } from "../fields/words.js";
import { DEADLINE_WORDS } from "../lexicon/dates.js";
import { headerLines } from "./header-lines.js";

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

/** The day the posting went up: JSON-LD, a Posted label, a relative date at the top, "Posted … ago" anywhere. */
export const postedAtDetector: Detector<"postedAt"> = {
  key: "postedAt",
  detect(ctx) {
    if (ctx.structured?.datePosted) return { value: ctx.structured.datePosted, how: "stated" };
    const options = { monthFirst: monthFirst(ctx) };
    for (const l of ctx.labels) {
      if (l.field !== "postedAt") continue;
      const d = parseDate(l.value, ctx.now, options);
      if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(l.block)] };
    }
    for (const b of headerLines(ctx).slice(0, 25)) {
      for (const piece of pieces(b.text)) {
        if (piece.length > 60) continue;
        const posted = postedWordIndex(piece) >= 0;
        const d = parseRelativeDate(piece, ctx.now) ?? (posted ? parseAbsoluteDate(piece, { ...options, now: ctx.now }) : null);
        if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(b)] };
      }
    }
    for (const b of ctx.blocks) {
      if (b.text.length > 200) continue;
      const at = postedWordIndex(b.text);
      if (at < 0) continue;
      const d = parseDate(b.text.slice(at), ctx.now, options);
      if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(b)] };
    }
    return null;
  },
};

/** The application deadline: JSON-LD, a deadline label, "Apply before …", "Closing date …", the end of "Open & closing dates A to B". */
export const validThroughDetector: Detector<"validThrough"> = {
  key: "validThrough",
  detect(ctx) {
    if (ctx.structured?.validThrough) return { value: ctx.structured.validThrough, how: "stated" };
    const options = { monthFirst: monthFirst(ctx), now: ctx.now };
    for (const l of ctx.labels) {
      if (l.field !== "validThrough") continue;
      const d = parseDateRangeEnd(l.value, options);
      if (d) return { value: d.date, how: "stated", spans: [spanOf(l.block)] };
    }
    for (const b of ctx.blocks) {
      if (b.text.length > 300) continue;
      const lower = b.text.toLowerCase();
      let at = -1;
      for (const w of DEADLINE_WORDS) {
        const i = findPhrase(lower, w);
        if (i >= 0 && (at < 0 || i < at)) at = i;
      }
      if (at < 0) continue;
      const d = parseDateRangeEnd(b.text.slice(at), options);
      if (d) return { value: d.date, how: "stated", spans: [spanOf(b)] };
    }
    return null;
  },
};
