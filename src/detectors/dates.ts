import { spanOf, type Context, type Detector } from "../context.js";
import { parseAbsoluteDate, parseDate, parseRelativeDate } from "../fields/dates.js";
import { headerLines } from "./header-lines.js";

// "Posted 3 days ago", "Posted on Nov 20, 2026", "Reposted 2 weeks ago", "Publiée le 18/11/2026"
const POSTED = /\b(?:posted|reposted|published|publié(?:e)?|veröffentlicht|publicad[oa]|pubblicato|date posted|listed)\b/i;
// "Apply before 15 January 2027", "Closing date: …", "Deadline: …", "Bewerbungsfrist"
const DEADLINE = /\b(?:apply (?:before|by)|closing date|closes|deadline|applications? close|valid through|expires|bewerbungsfrist|bewerbungsschluss|date limite|fecha límite|scadenza|apply until|until)\b/i;

function usDates(ctx: Context): boolean {
  return ctx.blocks.some((b) => /\b(?:USA|United States|, (?:NY|CA|TX|WA|MA|IL|CO|FL|GA|OH|PA|NC|VA)\b|\$\d)/.test(b.text));
}

/** The day the posting went up: JSON-LD, a Posted label, a relative date at the top, "Posted … ago" anywhere. */
export const postedAtDetector: Detector<"postedAt"> = {
  key: "postedAt",
  detect(ctx) {
    if (ctx.structured?.datePosted) return { value: ctx.structured.datePosted, how: "stated" };
    const monthFirst = usDates(ctx);
    for (const l of ctx.labels) {
      if (l.field !== "postedAt") continue;
      const d = parseDate(l.value, ctx.now, { monthFirst });
      if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(l.block)] };
    }
    for (const b of headerLines(ctx).slice(0, 25)) {
      for (const piece of b.text.split(/\s+[·•|]\s+/)) {
        if (piece.length > 60) continue;
        const d = parseRelativeDate(piece, ctx.now) ?? (POSTED.test(piece) ? parseAbsoluteDate(piece, { monthFirst, now: ctx.now }) : null);
        if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(b)] };
      }
    }
    for (const b of ctx.blocks) {
      if (b.text.length > 200 || !POSTED.test(b.text)) continue;
      const at = b.text.search(POSTED);
      const d = parseDate(b.text.slice(at), ctx.now, { monthFirst });
      if (d) return { value: d.date, how: d.relative ? "derived" : "stated", spans: [spanOf(b)] };
    }
    return null;
  },
};

/** The application deadline: JSON-LD, a deadline label, "Apply before …", "Closing date …". */
export const validThroughDetector: Detector<"validThrough"> = {
  key: "validThrough",
  detect(ctx) {
    if (ctx.structured?.validThrough) return { value: ctx.structured.validThrough, how: "stated" };
    const monthFirst = usDates(ctx);
    for (const l of ctx.labels) {
      if (l.field !== "validThrough") continue;
      const d = parseAbsoluteDate(l.value, { monthFirst, now: ctx.now });
      if (d) return { value: d.date, how: "stated", spans: [spanOf(l.block)] };
    }
    for (const b of ctx.blocks) {
      if (b.text.length > 300) continue;
      const m = DEADLINE.exec(b.text);
      if (!m) continue;
      // "Open & closing dates 1 Nov 2026 to 30 Nov 2026": the last date is the deadline
      const tail = b.text.slice(m.index);
      const range = /\bto\b|–|-|bis|au|al/.exec(tail.slice(m[0].length));
      const d = parseAbsoluteDate(range && /open/i.test(b.text) ? tail.slice(m[0].length + range.index) : tail, { monthFirst, now: ctx.now });
      if (d) return { value: d.date, how: "stated", spans: [spanOf(b)] };
    }
    return null;
  },
};
