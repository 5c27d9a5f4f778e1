import type { Context, Detection } from "../context.js";
import { COLON_END_RE, LETTER_OR_DIGIT_RE, LETTER_RE, SENTENCE_END_RE } from "../patterns.js";
import type { SectionKind, Span } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { anyPhraseIn, lowered } from "../fields/words.js";
import { CLOSING_LINE_WORDS } from "../lexicon/names.js";
import { delimitedList, gluedItems } from "../tree/tails.js";

/** The longest paragraph read as a list written on one line, and how many comma pieces make one. */
const LINE_LIST_LEN = 600;
// The longest paragraph read as items glued together ("…programmingAbility to write…").
const GLUED_LIST_LEN = 4000;
const LINE_LIST_COMMAS = 4;
const CATALOGUE_PIECES = 5;
const CATALOGUE_WORDS = 5;
// The pieces a paragraph block was cut into (null: none), by block: blocks belong to one parse.
const PIECES = new WeakMap<Block, string[] | null>();

// The longest paragraph that is one item when it stands alone, and among others.
const LONE_ITEM_LEN = 160;
const ITEM_PARAGRAPH_LEN = 260;

/** Items of every section of a kind, in order; a section without items gives its short paragraphs. */
export function sectionItems(ctx: Context, kind: SectionKind, options: { paragraphs?: boolean } = {}): { items: string[]; spans: Span[][] } {
  const items: string[] = [];
  const spans: Span[][] = [];
  for (const s of ctx.sections) {
    if (s.kind !== kind || s.chrome) continue;
    const list = s.blocks.filter((b) => b.type === "item" && !ctx.labelBlocks.has(b));
    // a section without a list gives its short paragraphs (boards that drop bullets), never long prose;
    // a paragraph that is a list on one line ("Vale-transporte, Assistência médica, Seguro de vida, …",
    // "Java | Spring Boot | Kafka", "…; annual bonus; free shuttle") gives its pieces
    const paragraphs = list.length > 0 || options.paragraphs === false ? [] : s.blocks.filter((b) => b.type === "paragraph" && b.text.length <= GLUED_LIST_LEN && !COLON_END_RE.test(b.text) && !ctx.labelBlocks.has(b));
    const pieces = new Map<Block, string[]>();
    // (commas part a sentence's words as well: only a paragraph too long to be kept as one item is cut at them)
    for (const b of paragraphs) {
      const lone = paragraphs.length === 1;
      const tooLong = b.text.length > (lone ? LONE_ITEM_LEN : ITEM_PARAGRAPH_LEN);
      // (a shorter one only when it stands alone and is a catalogue: five or more pieces of a few words each;
      // "…would be a plus: TDD, C++; numerics" leads into its list: the lead-in is no piece of it)
      const commas = tooLong ? LINE_LIST_COMMAS : lone ? CATALOGUE_PIECES : Infinity;
      // (several detectors ask for the same sections: a paragraph is cut once per parse)
      let parts = PIECES.get(b);
      if (parts === undefined) {
        parts = gluedItems(b.text) ?? (b.text.includes(":") || b.text.length > LINE_LIST_LEN ? null : delimitedList(b.text, commas, tooLong ? Infinity : CATALOGUE_WORDS));
        PIECES.set(b, parts);
      }
      if (parts) pieces.set(b, parts);
    }
    const source: Block[] = list.length > 0 ? list : withoutAnswers(paragraphs.filter((b) => pieces.has(b) || b.text.length <= ITEM_PARAGRAPH_LEN));
    // a lone lead-in paragraph is prose, not a list
    if (list.length === 0 && source.length === 1 && source[0].text.length > LONE_ITEM_LEN && !pieces.has(source[0])) continue;
    // "Dann bewirb dich jetzt!", "Envía tu hoja de vida…", "And much more!": the lines a list ends with
    // (with the signature under them: "Wir freuen uns über Deine Bewerbung :)" ⏎ "LG Anna Berg")
    let end = source.length;
    while (end > 0 && (closingLine(source[end - 1].text) || (end > 1 && signature(source[end - 1].text) && closingLine(source[end - 2].text)))) end--;
    for (const b of source.slice(0, end)) {
      for (const t of pieces.get(b) ?? [b.text]) {
        items.push(t);
        spans.push([{ start: b.start, end: b.end }]);
      }
    }
  }
  return { items, spans };
}

// The most words of a signature line under a closing line ("Best, Anna Berg, Talent Partner").
const SIGNATURE_WORDS = 6;

/** A short line with no sentence in it: a name and a role, as a letter is signed. */
function signature(text: string): boolean {
  return text.split(" ").length <= SIGNATURE_WORDS && !SENTENCE_END_RE.test(text);
}

function closingLine(text: string): boolean {
  return anyPhraseIn(lowered(text), CLOSING_LINE_WORDS);
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
