import type { Heading, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import {
  ATX_HEADING_RE, BOLD_LINE_RE, BREADCRUMB_RE, BULLET_RE, COLON_END_RE, COMMA_RE, DIGIT_START_RE, GLUED_BULLET_RE, INTRO_END_RE, KEY_VALUE_RE, SENTENCE_END_RE,
  SENTENCE_START_RE, TITLE_WORD_START_RE, WHITESPACE_SPLIT_RE,
} from "../patterns.js";
import { classifySectionHeading } from "../sections/classify.js";
import { classifyHeading, classifyLeadIn } from "../sections/phrases.js";

interface Line {
  text: string; // without the line break, trailing spaces trimmed
  start: number; // offset of the first non-space character
  end: number; // offset after the last non-space character
  indent: number;
  blank: boolean;
}

/**
 * Cuts plain scraped text into the mdast nodes remark would give for the same structure, in one
 * linear pass over the lines: bare heading lines, bullets of every common glyph (indented bullets
 * nested), runs of short lines as lists, and paragraphs (hard-wrapped lines joined).
 */
export function textToMdast(text: string): Root {
  const lines = splitLines(text);
  const children: RootContent[] = [];
  let list: List | null = null; // the open list
  let listIndents: number[] = [];
  let para: { node: Paragraph; lines: Line[] } | null = null;
  let prevBlank = true;
  let prevHeading = false;
  let lastItem: ListItem | null = null;

  const closePara = () => {
    if (para) children.push(para.node);
    para = null;
  };
  const closeList = () => {
    list = null;
    listIndents = [];
    lastItem = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) {
      closePara();
      prevBlank = true;
      prevHeading = false;
      continue;
    }
    const body = text.slice(line.start, line.end);
    const bullet = BULLET_RE.exec(text.slice(line.start - line.indent, line.end)) ?? GLUED_BULLET_RE.exec(body);
    const pieces = splitGluedBullets(body);
    if (bullet || pieces.length > 1) {
      closePara();
      const offset = bullet && pieces.length <= 1 ? bullet[0].length - bullet[1].length : 0;
      const parts = pieces.length > 1 ? pieces : [{ text: body.slice(offset), at: offset }];
      for (const part of parts) {
        const depth = nestDepth(listIndents, line.indent);
        listIndents = listIndents.slice(0, depth + 1);
        listIndents[depth] = line.indent;
        const item = makeItem(part.text, line.start + part.at, line.end, line);
        if (!list) {
          list = { type: "list", ordered: DIGIT_START_RE.test(body), spread: false, children: [], position: pos(item) };
          children.push(list);
        }
        addItem(list, item, depth);
        lastItem = item;
      }
      prevBlank = false;
      prevHeading = false;
      continue;
    }
    // an indented line right under a bullet continues it
    if (lastItem && !prevBlank && line.indent > 0 && list) {
      appendText(lastItem.children[0] as Paragraph, " " + body, line.end);
      continue;
    }
    const after = lines[i + 1];
    const level = headingLevel(body, {
      prevBlank,
      prevText: prevBlank || i === 0 ? null : text.slice(lines[i - 1].start, lines[i - 1].end),
      prevHeading,
      following: followingTexts(text, lines, i, 3),
      nextIsBullet: after !== undefined && !after.blank && bulletAt(text, after),
    });
    if (level > 0) {
      closePara();
      closeList();
      const atx = ATX_HEADING_RE.exec(body);
      const bold = BOLD_LINE_RE.exec(body);
      const value = (atx ? atx[2] : bold ? bold[1] : body).replace(INTRO_END_RE, "").trim();
      const heading: Heading = {
        type: "heading",
        // a bare line judged a heading, as opposed to a "## Markdown" one the writer marked
        data: atx ? undefined : { bare: true },
        depth: (atx ? atx[1].length : level) as Heading["depth"],
        children: [{ type: "text", value, position: span(line.start, line.end) }],
        position: span(line.start, line.end),
      };
      children.push(heading);
      prevBlank = false;
      prevHeading = true;
      continue;
    }
    if (list && !prevBlank) {
      // a line after a list without a blank line: a short one continues the run as an item
      closeList();
    }
    if (list && prevBlank) closeList();
    const p = para as { node: Paragraph; lines: Line[] } | null;
    if (p) {
      // lines without a blank between them stay one paragraph, as Markdown soft breaks do;
      // the tree flattener decides whether they are wrapped prose, a bare list or separate lines
      appendText(p.node, "\n" + body, line.end);
      p.lines.push(line);
    } else {
      para = {
        node: { type: "paragraph", children: [{ type: "text", value: body, position: span(line.start, line.end) }], position: span(line.start, line.end) },
        lines: [line],
      };
    }
    prevBlank = false;
    prevHeading = false;
  }
  closePara();
  return { type: "root", children, position: span(0, text.length) };
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    let s = at;
    let indent = 0;
    while (s < nl && (text[s] === " " || text[s] === "\t")) {
      indent += text[s] === "\t" ? 4 : 1;
      s++;
    }
    let e = nl;
    while (e > s && (text[e - 1] === " " || text[e - 1] === "\t")) e--;
    out.push({ text: "", start: s, end: e, indent, blank: s === e });
    at = nl + 1;
  }
  return out;
}

function bulletAt(text: string, line: Line): boolean {
  return BULLET_RE.test(text.slice(line.start - line.indent, line.end)) || GLUED_BULLET_RE.test(text.slice(line.start, line.end));
}

// "• one• two• three": bullets glued onto one line when the breaks were lost
function splitGluedBullets(body: string): { text: string; at: number }[] {
  let count = 0;
  for (let i = 0; i < body.length; i++) if (body[i] === "•") count++;
  if (count < 2) return [];
  const out: { text: string; at: number }[] = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body[i] === "•") {
      const piece = body.slice(start, i);
      const trimmed = piece.trim();
      if (trimmed) out.push({ text: trimmed, at: start + piece.indexOf(trimmed) });
      start = i + 1;
    }
  }
  return out.length > 1 ? out : [];
}

function nestDepth(indents: number[], indent: number): number {
  if (indents.length === 0) return 0;
  for (let d = 0; d < indents.length; d++) if (indent <= indents[d]) return d;
  return Math.min(indents.length, 5);
}

function makeItem(value: string, start: number, end: number, _line: Line): ListItem {
  const text = value.trim();
  return {
    type: "listItem",
    spread: false,
    children: [{ type: "paragraph", children: [{ type: "text", value: text, position: span(start, end) }], position: span(start, end) }],
    position: span(start, end),
  };
}

function addItem(list: List, item: ListItem, depth: number) {
  let target = list;
  for (let d = 0; d < depth; d++) {
    const parent = target.children[target.children.length - 1];
    if (!parent) break;
    let sub = parent.children.find((c): c is List => c.type === "list");
    if (!sub) {
      sub = { type: "list", ordered: false, spread: false, children: [], position: pos(item) };
      parent.children.push(sub);
    }
    target = sub;
  }
  target.children.push(item);
  if (list.position && item.position) list.position.end = item.position.end;
}

function appendText(p: Paragraph, extra: string, end: number) {
  const t = p.children[p.children.length - 1];
  if (t && t.type === "text") {
    t.value += extra;
    if (t.position) t.position.end = point(end);
  }
  if (p.position) p.position.end = point(end);
}

/** What surrounds a line: enough to tell a heading from a menu entry or a line of prose. */
interface Around {
  prevBlank: boolean;
  /** the line right before, when it is not blank */
  prevText: string | null;
  /** the line right before was a heading */
  prevHeading: boolean;
  /** up to three lines right after, up to the first blank line */
  following: string[];
  nextIsBullet: boolean;
}

function followingTexts(text: string, lines: Line[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < lines.length && out.length < n; j++) {
    if (lines[j].blank) break;
    out.push(text.slice(lines[j].start, lines[j].end));
  }
  return out;
}

/**
 * Whether a bare line is a heading, and at which depth (2 for a section, 3 for a sub-heading
 * such as "Technical:"), or 0 for text. Lexicon headings ("What You’ll Do", "Ihr Profil") count
 * when they open a block; other short title-cased lines count when they stand alone, open a
 * list, or head a run of longer lines ("Product & Delivery" above its items).
 */
function headingLevel(body: string, around: Around): number {
  if (body.length > 90) return 0;
  if (ATX_HEADING_RE.test(body)) return 2;
  if (BOLD_LINE_RE.test(body)) return 3;
  const endsColon = COLON_END_RE.test(body);
  const stripped = endsColon ? body.slice(0, -1).trimEnd() : body;
  // "🧑‍💻 O QUE É NECESSÁRIO PARA A POSIÇÃO?", "WHAT WILL YOU DO?": a question in capitals alone on its line heads a section
  if (around.prevBlank && stripped.endsWith("?") && stripped === stripped.toUpperCase() && stripped !== stripped.toLowerCase() && stripped.length <= 80 && classifySectionHeading(stripped).cls?.kind) return 2;
  // "Why work with us?" alone on its line over the text it asks about: a question the lexicon knows whole heads a section
  if (around.prevBlank && stripped.endsWith("?") && around.following.length > 0 && stripped.split(WHITESPACE_SPLIT_RE).length <= QUESTION_HEADING_WORDS && classifyHeading(stripped)?.kind) return 2;
  if (stripped.length === 0 || SENTENCE_END_RE.test(stripped)) return 0;
  // "Accueil > Offres d'emploi > Santé": a breadcrumb is the site's path, never a section's heading
  if (BREADCRUMB_RE.test(stripped)) return 0;
  if (!endsColon && KEY_VALUE_RE.test(body)) return 0;
  const words = stripped.split(WHITESPACE_SPLIT_RE);
  const following = around.following;
  const afterBlank = following.length === 0;
  // content follows: a bullet or a line of prose within the next three lines
  const contentFollows = around.nextIsBullet || following.some((t) => t.length >= 60 || BULLET_RE.test(t));
  if (words.length <= 12 && classifyHeading(stripped)) {
    // a lexicon heading inside a menu of short lines ("Jobs finden / Gehalt / Unternehmen") is navigation
    if (around.prevBlank || endsColon || afterBlank || contentFollows) return 2;
    return 0;
  }
  if (endsColon && words.length <= 30 && classifyLeadIn(stripped)) return 3;
  if (!SENTENCE_START_RE.test(stripped)) return 0;
  if (words.length > 8) return 0;
  if (endsColon) {
    // "To win, we focus relentlessly on:" leads into a list; it is prose, not a heading
    if (COMMA_RE.test(stripped) && words.length > 3) return 0;
    return titleCased(words) || words.length <= 3 ? 3 : 0;
  }
  if (!titleCased(words)) return 0;
  if (around.prevBlank && afterBlank) return 2;
  if (around.prevBlank && around.nextIsBullet) return 2;
  // "Architecture & Systems" between two runs of long lines: a sub-heading inside a section
  const prevIsProse = around.prevText !== null && (around.prevText.length >= 60 || SENTENCE_END_RE.test(around.prevText));
  if (words.length <= 6 && following.length > 0 && following[0].length >= 60 && (around.prevBlank || prevIsProse || around.prevHeading)) return 3;
  return 0;
}

// The most words of a question read as a heading.
const QUESTION_HEADING_WORDS = 8;

const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "de", "la", "le", "et", "und", "y", "e", "du", "des", "der", "die", "das", "el", "los", "las", "en", "à", "&", "-", "–", "/", "|", "is", "are", "you", "your"]);

function titleCased(words: string[]): boolean {
  let cap = 0;
  let counted = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    counted++;
    if (TITLE_WORD_START_RE.test(w)) cap++;
  }
  return counted === 0 ? false : cap / counted >= 0.6;
}

function point(offset: number) {
  return { line: 1, column: 1, offset };
}
function span(start: number, end: number) {
  return { start: point(start), end: point(end) };
}
function pos(item: ListItem) {
  return item.position ? { start: { ...item.position.start }, end: { ...item.position.end } } : undefined;
}
