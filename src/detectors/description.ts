import type { Detector } from "../context.js";
import type { Block } from "../tree/blocks.js";
import type { Span } from "../schema.js";
import type { Context } from "../context.js";
import { IS_HIRING_LINE_RE, SENTENCE_PUNCT_END_RE } from "../patterns.js";
import { classifiedHeadline } from "./classified.js";
import { headerRole } from "./header-lines.js";

const META_ROLES = new Set(["date", "counter", "logo", "chrome", "badge", "salary", "location"]);

/** A header line that is a fact shown by the board or board chrome, not the employer's prose. */
export function isHeaderMeta(b: Block, ctx: Context): boolean {
  if (b.text.length > 120) return false;
  return META_ROLES.has(headerRole(b.text, ctx)) || IS_HIRING_LINE_RE.test(b.text);
}

/** The employer's text as Markdown: headings, paragraphs and lists, with board chrome left out. */
export const descriptionDetector: Detector<"description"> = {
  key: "description",
  detect(ctx) {
    const chrome = new Set(ctx.chromeBlocks.map((c) => c.block));
    // a classified ad's run-on headline is its text, not only its title or a line of pay
    const ad = classifiedHeadline(ctx)?.block;
    // the header's facts and counters ("Reposted: today", "Over 100 applicants", "Avatar for X") are not the employer's text
    for (const b of ctx.header) if (isHeaderMeta(b, ctx)) chrome.add(b);
    // what a page shows above the job title is its navigation, and the title and company lines are fields
    const titleSpan = ctx.found.get("title")?.spans?.[0];
    const titleAt = titleSpan ? ctx.header.findIndex((b) => b.start === titleSpan.start) : -1;
    for (let i = 0; i <= titleAt; i++) {
      const b = ctx.header[i];
      if ((i === titleAt && b.text.length <= 120) || (b.text.length <= 60 && !SENTENCE_PUNCT_END_RE.test(b.text))) chrome.add(b);
    }
    const companySpan = ctx.found.get("company")?.spans?.[0];
    const companyLine = companySpan ? ctx.header.find((b) => b.start === companySpan.start && b.text.length <= 80) : undefined;
    if (companyLine) chrome.add(companyLine);
    if (ad) chrome.delete(ad);
    // a page that is chrome through and through (a listing page's blurb under "Open Positions") still
    // has words: a record of a text with words keeps them as its description
    let { parts, spans } = collect(ctx, chrome, true);
    if (parts.length === 0) ({ parts, spans } = collect(ctx, chrome, false));
    return { value: parts.join(""), how: "stated", spans };
  },
};

/** The kept blocks as Markdown parts and the runs of text they cover; `skipChrome` leaves chrome sections out. */
function collect(ctx: Context, chrome: ReadonlySet<Block>, skipChrome: boolean): { parts: string[]; spans: Span[] } {
  const parts: string[] = [];
  const spans: Span[] = [];
  let open = false;
  let prev: Block | null = null;
  for (const s of ctx.sections) {
    if (s.chrome && skipChrome) {
      open = false;
      continue;
    }
    const blocks = s.heading ? [s.heading, ...s.blocks] : s.blocks;
    for (const b of blocks) {
      if (chrome.has(b)) {
        open = false;
        continue;
      }
      if (open) spans[spans.length - 1].end = Math.max(spans[spans.length - 1].end, b.end);
      else spans.push({ start: b.start, end: b.end });
      open = true;
      const line = b.type === "heading" ? `${"#".repeat(Math.min(Math.max(b.depth, 2), 4))} ${b.text}` : b.type === "item" ? `${"  ".repeat(b.depth)}- ${b.text}` : b.text;
      const tight = prev && prev.type === "item" && b.type === "item";
      parts.push(tight ? "\n" + line : (parts.length ? "\n\n" : "") + line);
      prev = b;
    }
  }
  return { parts, spans };
}
