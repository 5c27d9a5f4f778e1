import { UPPER_LETTER_RE } from "../patterns.js";
import { exactHeading } from "../sections/phrases.js";

/** Below this a line is a paragraph, not a page whose line breaks were lost. */
const MIN_FLAT_LINE = 300;
/** The longest heading phrase looked for, in words. */
const MAX_HEADING_WORDS = 5;
/** Marks that close the text before a heading that lost its line break. */
const CLOSERS = ".;:!?)";
/** Marks after which the words go on as a sentence, not a heading. */
const CLAUSE_MARKS = ",.;!?";
/** How far after a heading its ";"-joined items are looked for. */
const LIST_REACH = 400;
/** The longest piece between ";" that is still an item. */
const MAX_ITEM = 300;

export interface FlatPart {
  kind: "text" | "heading" | "items";
  texts: string[];
}

/**
 * A page flattened onto one line (research dumps of pracuj.pl or CBOP ads, copies that lost every
 * break): "Twój zakres obowiązków Odpowiedzialność za…;Przygotowanie…. Nasze wymagania Min. 3 lata…;…
 * To oferujemy dostęp do…". Its section headings are lexicon phrases written where a line began: at
 * the start, after a closing mark, or glued to the text by a colon ("Oczekujemy:Doświadczenie").
 * With two or more such headings the line is split there, and a part whose pieces are joined by ";"
 * gives them as items. Null for ordinary prose, which never holds two headings at sentence starts.
 */
export function flattenedSections(text: string): FlatPart[] | null {
  if (text.length < MIN_FLAT_LINE) return null;
  const words: { w: string; at: number }[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && text[i] === " ") i++;
    const at = i;
    while (i < text.length && text[i] !== " ") i++;
    if (i > at) words.push({ w: text.slice(at, i), at });
  }
  const cuts: { start: number; end: number }[] = [];
  for (let k = 0; k < words.length; k++) {
    const first = words[k].w;
    if (!UPPER_LETTER_RE.test(first[0] ?? "")) continue;
    const prev = k > 0 ? words[k - 1].w : "";
    const opensLine = k === 0 || CLOSERS.includes(prev[prev.length - 1] ?? "");
    for (let n = Math.min(MAX_HEADING_WORDS, words.length - k); n >= 1; n--) {
      const last = words[k + n - 1];
      // "Oczekujemy:Doświadczenie": a colon glued to the next word ends the heading inside the word
      const glued = last.w.indexOf(":");
      const lastWord = glued > 0 ? last.w.slice(0, glued) : last.w;
      const colon = glued > 0 || lastWord.endsWith(":");
      if (!(opensLine || (colon && k > 0))) continue;
      // one word is a heading only with its colon ("Oczekujemy:", "Wymagania:")
      if (n === 1 && !colon) continue;
      const phrase = [...words.slice(k, k + n - 1).map((x) => x.w), lastWord].join(" ");
      // "In this role, you will…", "The ideal candidate has…": prose that opens with a heading's words goes on
      if (!colon && CLAUSE_MARKS.includes(lastWord[lastWord.length - 1] ?? "")) continue;
      const end = glued > 0 ? last.at + glued + 1 : last.at + last.w.length;
      const next = glued > 0 ? last.w.slice(glued + 1) : (words[k + n]?.w ?? "");
      // (perf: whether ";"-joined items follow is read only when it decides, by counting two ";" in the window)
      if (!colon && !UPPER_LETTER_RE.test(next[0] ?? "") && !listFollows(text, end)) continue;
      const cls = exactHeading(withoutColon(phrase));
      if (!cls?.kind || cls.chrome) continue;
      cuts.push({ start: words[k].at, end });
      k += n - 1;
      break;
    }
  }
  if (cuts.length < 2) return null;
  const parts: FlatPart[] = [];
  const lead = text.slice(0, cuts[0].start).trim();
  if (lead) parts.push({ kind: "text", texts: [lead] });
  cuts.forEach((c, i) => {
    parts.push({ kind: "heading", texts: [withoutColon(text.slice(c.start, c.end).trim())] });
    const body = text.slice(c.end, i + 1 < cuts.length ? cuts[i + 1].start : text.length).trim();
    if (!body) return;
    const pieces = body.split(";").map((p) => p.trim()).filter((p) => p.length >= 2);
    // a piece the length of a paragraph means the ";" were not what separated the items
    parts.push(pieces.length >= 2 && pieces.every((p) => p.length <= MAX_ITEM) ? { kind: "items", texts: pieces } : { kind: "text", texts: [body] });
  });
  return parts;
}

/** Whether ";"-joined items follow a heading that ends at `end`: two ";" or more within LIST_REACH characters. */
function listFollows(text: string, end: number): boolean {
  const window = text.slice(end, end + LIST_REACH);
  const first = window.indexOf(";");
  return first >= 0 && window.indexOf(";", first + 1) >= 0;
}

function withoutColon(t: string): string {
  return t.endsWith(":") ? t.slice(0, -1).trimEnd() : t;
}
