import type { Context, Detection } from "../context.js";
import { COLON_END_RE, LETTER_OR_DIGIT_RE, LETTER_RE } from "../patterns.js";
import type { SectionKind, Span } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { findIn, lowered } from "../fields/words.js";
import { CLOSING_LINE_WORDS } from "../lexicon/names.js";

/** Items of every section of a kind, in order; a section without items gives its short paragraphs. */
export function sectionItems(ctx: Context, kind: SectionKind, options: { paragraphs?: boolean } = {}): { items: string[]; spans: Span[][] } {
  const items: string[] = [];
  const spans: Span[][] = [];
  for (const s of ctx.sections) {
    if (s.kind !== kind || s.chrome) continue;
    const list = s.blocks.filter((b) => b.type === "item" && !ctx.labelBlocks.has(b));
    // a section without a list gives its short paragraphs (boards that drop bullets), never long prose
    const source: Block[] =
      list.length > 0
        ? list
        : options.paragraphs === false
          ? []
          : withoutAnswers(s.blocks.filter((b) => b.type === "paragraph" && b.text.length <= 260 && !COLON_END_RE.test(b.text) && !ctx.labelBlocks.has(b)));
    // a lone lead-in paragraph is prose, not a list
    if (list.length === 0 && source.length === 1 && source[0].text.length > 160) continue;
    // "Dann bewirb dich jetzt!", "Envía tu hoja de vida…", "And much more!": the lines a list ends with
    let end = source.length;
    while (end > 0 && closingLine(source[end - 1].text)) end--;
    for (const b of source.slice(0, end)) {
      items.push(b.text);
      spans.push([{ start: b.start, end: b.end }]);
    }
  }
  return { items, spans };
}

function closingLine(text: string): boolean {
  const low = lowered(text);
  return CLOSING_LINE_WORDS.some((w) => findIn(low, w) >= 0);
}

/** A list detection, or null when empty. */
export function listDetection(items: string[], spans: Span[][]): Detection<string[]> | null {
  // a board that repeats its facts ("Benefits" above, "Benefits: 401(k), Dental…" again at the end) gives each item once
  const seen = new Set<string>();
  const keep: number[] = [];
  items.forEach((t, i) => {
    // "📩", "✨", "💼🚀": icons between a list's lines say nothing
    if (!LETTER_OR_DIGIT_RE.test(t)) return;
    const k = itemKey(t);
    if (k && seen.has(k)) return;
    seen.add(k);
    keep.push(i);
  });
  if (keep.length === 0) return null;
  return keep.length === items.length ? { value: items, how: "stated", itemSpans: spans } : { value: keep.map((i) => items[i]), how: "stated", itemSpans: keep.map((i) => spans[i] ?? []) };
}

/** An item as compared for repeats: lower case, without the closing mark. */
function itemKey(t: string): string {
  let k = t.trim().toLowerCase();
  while (k.length && ".;,!".includes(k[k.length - 1])) k = k.slice(0, -1);
  return k;
}

/** How long an answer option under a question may be ("Yes", "No", "1–3 years"). */
const OPTION_LEN = 20;

/**
 * Paragraphs less a screening questionnaire's lines: "01" / "Are you at least 21?" / "Yes" / "No" are
 * a question's number, the question and its options, not lines of a list.
 */
function withoutAnswers(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let options = false;
  for (const b of blocks) {
    const t = b.text;
    if (t.endsWith("?") || !LETTER_RE.test(t)) {
      options = t.endsWith("?");
      continue;
    }
    if (options && t.length <= OPTION_LEN) continue;
    options = false;
    out.push(b);
  }
  return out;
}
