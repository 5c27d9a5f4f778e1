import type { ListItem, Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import {
  BR_TAG_RE, BULLET_RE, ORDINAL_START_RE, RUN_ON_BULLET_RE, COLON_END_RE, COLON_ONLY_RE, FIRST_SENTENCE_END_RE, GLUED_BULLET_RE, INLINE_NUMBER_RE, LOWER_OR_PAREN_START_RE,
  MD_EMPHASIS_MARK_RE, MD_ESCAPE_RE, SENTENCE_END_RE, TAG_RE, WHITESPACE_RUNS_RE, WRAPPED_LINE_END_RE,
} from "../patterns.js";
import { headingHead, headingTail, labelledList, LIST_JOINERS } from "./tails.js";
import { flattenedSections, type FlatPart } from "./flattened.js";
import { pipeTableLines, readTable, type TableLine } from "./tables.js";

// perf: this module's own scanner of a global pattern, built once at load and rewound (`lastIndex = 0`) before each use;
// the loop that runs it calls nothing that runs it again
const INLINE_NUMBER_SCAN = new RegExp(INLINE_NUMBER_RE.source, INLINE_NUMBER_RE.flags);

/** A link as written: its text and where it points. */
export interface Link {
  text: string;
  url: string;
}

/**
 * One unit of the posting that detectors read: a heading, a paragraph or a list item, as plain
 * text with Markdown marks removed, and its offsets into the normalised text.
 */
export interface Block {
  type: "heading" | "paragraph" | "item";
  text: string;
  /** heading level (1–6), list nesting (0 = top), 0 for paragraphs */
  depth: number;
  start: number;
  end: number;
  links: Link[];
  /** the whole block was bold, as scraped Markdown writes sub-headings (`**What you'll do**`) */
  strong: boolean;
  /** items of one list share this number */
  list: number;
  /** a heading made from a bold line or a bare text line, not a Markdown heading */
  pseudo: boolean;
}

/** Flattens an mdast tree into the ordered blocks the detectors read. */
interface State {
  list: number;
  /** plain text: lines in a run are list items, not prose (Markdown keeps soft-broken lines together) */
  linesAreItems: boolean;
  /** the text the tree's offsets point into, to find each line of a paragraph in */
  source: string | null;
}

export function treeToBlocks(root: Root, options: { linesAreItems?: boolean; source?: string } = {}): Block[] {
  const out: Block[] = [];
  const state: State = { list: 0, linesAreItems: options.linesAreItems === true, source: options.source ?? null };
  for (const node of root.children) visit(node, out, state, 0);
  return splitHeadingTails(out, state.source);
}

/**
 * Items and paragraphs that end in a sub-heading glued to them when the line breaks were lost
 * ("…chính xác.(-) Chế độ phúc lợi:"): the line, then the tail as a heading of its own.
 */
function splitHeadingTails(blocks: Block[], source: string | null): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    // "…robocze Wymagania stawiane pracownikowi: Wymagania :": two glued headings, cut from the end
    const tails: Block[] = [];
    let line = b;
    const glued = b.type === "paragraph" ? headingHead(b.text) : null;
    if (glued) {
      const at = source?.indexOf(glued.rest, b.start) ?? -1;
      const split = at > b.start && at < b.end ? at : b.start;
      out.push({ type: "heading", text: glued.head, depth: 3, start: b.start, end: split, links: [], strong: false, list: 0, pseudo: true });
      line = { ...b, text: glued.rest, start: split, links: b.links.filter((l) => glued.rest.includes(l.text)) };
    }
    for (let cut = b.type === "heading" ? null : headingTail(line.text); cut; cut = headingTail(line.text)) {
      const core = cut.tail.replace(COLON_END_RE, "").trimEnd();
      const at = source?.lastIndexOf(core, line.end) ?? -1;
      const split = at >= line.start && at < line.end ? at : line.end;
      tails.unshift({ type: "heading", text: core, depth: 3, start: split, end: line.end, links: [], strong: false, list: 0, pseudo: true });
      const head = cut.head;
      line = { ...line, text: head, end: split, links: line.links.filter((l) => head.includes(l.text)) };
    }
    out.push(line, ...tails);
  }
  return out;
}

function visit(node: RootContent, out: Block[], state: State, listDepth: number): void {
  switch (node.type) {
    case "heading": {
      const { text, links } = inline(node.children);
      const t = clean(text);
      if (t) {
        const b = block("heading", t, node.depth, node, links, false);
        b.pseudo = (node.data as { bare?: boolean } | undefined)?.bare === true;
        out.push(b);
      }
      return;
    }
    case "paragraph":
      paragraph(node.children, node, out, state);
      return;
    case "list": {
      const id = ++state.list;
      for (const item of node.children) {
        // "- 13. plat", "- 13. Monatsgehalt": an ordinal after a bullet, which Markdown reads as a list of one starting at 13
        const ordinal = ordinalItem(item);
        if (ordinal) {
          out.push(block("item", ordinal.text, listDepth, ordinal.node, ordinal.links, false, id));
          continue;
        }
        let first = true;
        for (const child of item.children) {
          if (child.type === "list") {
            visit(child, out, state, listDepth + 1);
            continue;
          }
          if (child.type === "paragraph" || child.type === "heading") {
            const { text, links } = inline(child.children);
            const t = clean(stripInnerBullet(text));
            if (!t) continue;
            if (first) {
              // "- Plan shoots.- Edit photos.- Keep the archive": bullets whose line breaks were lost
              const pieces = runOnItems(t);
              for (const piece of pieces) out.push(block("item", piece, listDepth, child, pieces.length > 1 ? links.filter((l) => piece.includes(l.text)) : links, isStrong(child.children), id));
            } else {
              const last = out[out.length - 1];
              last.text += " " + t;
              last.end = child.position?.end.offset ?? last.end;
              last.links.push(...links);
            }
            first = false;
            continue;
          }
          visit(child, out, state, listDepth + 1);
        }
      }
      return;
    }
    case "blockquote":
      for (const c of node.children) visit(c, out, state, listDepth);
      return;
    case "table": {
      // an HTML table: its first row may be data (layout tables have no header), read like a pipe table
      const read = node.children.map((row) => row.children.map((c) => inline(c.children)));
      const cells = read.map((row) => row.map((c) => clean(c.text)));
      const table = readTable(cells[0] ?? [], cells.slice(1), true);
      let listId = 0;
      [table.head, ...table.rows].forEach((line, i) => {
        if (!line) return;
        if (line.type === "item") listId ||= ++state.list;
        // a row of buttons keeps its links ("Postuler en ligne" → the application form)
        const links = (read[i] ?? []).flatMap((c) => c.links);
        for (const t of line.texts) out.push(block(line.type, t, 0, node.children[i], links, false, line.type === "item" ? listId : 0));
      });
      return;
    }
    case "code":
      for (const line of node.value.split("\n")) {
        const t = clean(line);
        if (t) out.push(block("paragraph", t, 0, node, [], false));
      }
      return;
    case "html": {
      const t = clean(node.value.replace(TAG_RE, " "));
      if (t) out.push(block("paragraph", t, 0, node, [], false));
      return;
    }
    default:
      return;
  }
}

// The smallest number read as an ordinal after a bullet ("- 13. plat"); "- 1. Call" is a second marker.
const ORDINAL_MIN = 10;

/** A bullet item holding only a list of one numbered line ("- 13. plat"): that line with its number, as written. */
function ordinalItem(item: ListItem): { text: string; node: Nodes; links: Link[] } | null {
  const inner = item.children.length === 1 && item.children[0].type === "list" ? item.children[0] : null;
  if (!inner || !inner.ordered || inner.start == null || inner.start < ORDINAL_MIN || inner.children.length !== 1) return null;
  const only = inner.children[0].children;
  if (only.length !== 1 || only[0].type !== "paragraph") return null;
  const { text, links } = inline(only[0].children);
  const t = clean(text);
  return t ? { text: `${inner.start}. ${t}`, node: only[0], links } : null;
}

/** Fewest chips (inline code spans) in a row read as a list of names. */
const CHIP_ROW_MIN = 2;

/** How far past the last line the next line of a paragraph is looked for. */
const LINE_REACH = 200;

// A paragraph whose lines were not joined by the writer: each line is decided on its own.
function paragraph(children: PhrasingContent[], node: Nodes, out: Block[], state: State): void {
  // "`Python` `SQL` `Apache Spark`": a row of chips a scraper wrote as inline code is a list of names
  const codes = children.filter((c) => c.type === "inlineCode");
  if (codes.length >= CHIP_ROW_MIN && children.every((c) => c.type === "inlineCode" || (c.type === "text" && c.value.trim() === ""))) {
    const id = ++state.list;
    for (const c of codes) {
      const t = clean(c.value);
      if (t) out.push(block("item", t, 0, c, [], false, id));
    }
    return;
  }
  const { text, links } = inline(children);
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const strong = isStrong(children);
  if (!text.includes("\n")) {
    const t = clean(text);
    if (!t) return;
    // "· Minimum of 2 years…" in a <p> of its own: a list item that lost its list
    const bulleted = BULLET_RE.test(t) || GLUED_BULLET_RE.test(t);
    const b = bulleted ? block("item", clean(stripBullet(t)), 0, node, links, false, state.list + 1) : block("paragraph", t, 0, node, links, strong);
    if (bulleted) {
      const prev = out[out.length - 1];
      if (prev && prev.type === "item" && prev.list === state.list && prev.list > 0) b.list = state.list;
      else b.list = ++state.list;
      out.push(b);
      return;
    }
    // a page flattened onto one line: its inline section headings split it
    const flat = strong ? null : flattenedSections(t);
    if (flat) {
      pushFlattened(flat, b, out, state);
      return;
    }
    // "Nice to have: Power BI.", "Avantages : 13e mois, intéressement, RTT": a list heading leads its items
    const labelled = labelledList(t);
    if (labelled) {
      const spanOf = piecesIn(b, state);
      out.push({ ...b, type: "heading", depth: 4, pseudo: true, text: labelled.label, ...spanOf(labelled.label), links: [] });
      const id = ++state.list;
      for (const item of labelled.items) out.push({ ...b, type: "item", text: item, ...spanOf(item), list: id, links: b.links.filter((l) => item.includes(l.text)) });
      return;
    }
    const inlineList = strong ? null : listInLine(t);
    if (inlineList) {
      pushInlineList(inlineList, b, out, state);
      return;
    }
    if (strong && t.length <= 90 && !SENTENCE_END_RE.test(t)) {
      b.type = "heading";
      b.depth = 4;
      b.pseudo = true;
    }
    out.push(b);
    return;
  }
  let lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  // "| Location | Denver, CO |⏎|---|---|": a pipe table the Markdown reader left as text
  const table = pipeTableLines(lines);
  if (table) {
    pushLines(lines, table, start, end, links, out, state);
    return;
  }
  // "<p><strong>Perks</strong><br>• A bike<br>• Lunch</p>": a bold first line heads the lines below it
  const first = children.find((c) => !(c.type === "text" && c.value.trim() === ""));
  if (first?.type === "strong" && lines.length > 1) {
    const head = clean(inline(first.children).text);
    if (head && head === clean(lines[0]) && head.length <= 90 && !SENTENCE_END_RE.test(head)) {
      out.push({ type: "heading", text: head.replace(COLON_END_RE, ""), depth: 4, start, end, links: [], strong: true, list: 0, pseudo: true });
      lines = lines.slice(1);
    }
  }
  const anyBullet = lines.some((l) => BULLET_RE.test(l) || GLUED_BULLET_RE.test(l));
  // "prepare the monthly reports;⏎reconcile ledgers;⏎train new staff." : lines ending in ";" are items, however they start
  const semicolonRun = lines.length >= 3 && lines.slice(0, -1).filter((l) => l.endsWith(";")).length >= Math.max(2, (lines.length - 1) * 0.6);
  const shortRun = semicolonRun || (lines.length >= 3 && lines.every((l) => l.length <= 80 && !SENTENCE_END_RE.test(l) && !l.endsWith(":")));
  const wrapped = !anyBullet && !shortRun && isHardWrapped(lines);
  if (wrapped) {
    out.push({ type: "paragraph", text: clean(lines.join(" ")), depth: 0, start, end, links, strong: false, list: 0, pseudo: false });
    return;
  }
  // Offsets of single lines are found inside the paragraph's own span, in order; a line written
  // otherwise than it reads (Markdown marks inside it) keeps the paragraph's span.
  const id = shortRun ? ++state.list : 0;
  let listId = 0;
  let runId = 0;
  let cursor = start;
  let prevLine = "";
  for (const line of lines) {
    let lineStart = start;
    let lineEnd = end;
    // a bounded look ahead: lines follow one another, and a miss must not scan the rest of the text
    const window = state.source !== null && cursor < end ? state.source.slice(cursor, Math.min(end, cursor + line.length + LINE_REACH)) : "";
    const found = window.indexOf(line);
    const at = found >= 0 ? cursor + found : -1;
    if (at >= 0) {
      lineStart = at;
      lineEnd = at + line.length;
      cursor = lineEnd;
    }
    const bullet = BULLET_RE.test(line) || GLUED_BULLET_RE.test(line);
    const t = clean(stripBullet(line));
    if (!t) continue;
    const lineLinks = links.filter((l) => line.includes(l.text));
    if (bullet && listId === 0) listId = ++state.list;
    if (!bullet) listId = 0;
    // lines copied one under the other with no blank between are a list that lost its bullets
    // (plain-text copies of <li> lists); a line ending in ":" leads into them
    const listLike = state.linesAreItems && lines.length >= 3 && !line.endsWith(":") && line.length <= 400;
    // in a run of lines ending in ";", the items are those lines and the one line that closes the run
    const semicolonItem = semicolonRun && (line.endsWith(";") || prevLine.endsWith(";"));
    prevLine = line;
    // "Diferenciais: Azure; dbt" among bare lines: a list heading leads its own items, as in a paragraph of its own
    const labelled = bullet ? null : labelledList(t);
    if (labelled && labelled.items.length >= 2) {
      const own = ++state.list;
      out.push({ type: "heading", text: labelled.label, depth: 4, start: lineStart, end: lineEnd, links: [], strong: false, list: 0, pseudo: true });
      for (const item of labelled.items) out.push({ type: "item", text: item, depth: 0, start: lineStart, end: lineEnd, links: lineLinks.filter((l) => item.includes(l.text)), strong: false, list: own, pseudo: false });
      runId = 0;
      continue;
    }
    const type = bullet || (semicolonRun ? semicolonItem : shortRun || listLike) ? "item" : "paragraph";
    out.push({ type, text: t, depth: 0, start: lineStart, end: lineEnd, links: lineLinks, strong: false, list: bullet ? listId : id || (listLike ? (runId ||= ++state.list) : 0), pseudo: false });
  }
}

/** Pushes what each line of a paragraph reads as, each with the line's own offsets where it is found. */
function pushLines(lines: readonly string[], reads: readonly TableLine[], start: number, end: number, links: Link[], out: Block[], state: State): void {
  let cursor = start;
  let listId = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const window = state.source !== null && cursor < end ? state.source.slice(cursor, Math.min(end, cursor + line.length + LINE_REACH)) : "";
    const found = window.indexOf(line);
    const lineStart = found >= 0 ? cursor + found : start;
    const lineEnd = found >= 0 ? lineStart + line.length : end;
    if (found >= 0) cursor = lineEnd;
    const read = reads[i];
    if (!read) continue;
    if (read.type === "item") listId ||= ++state.list;
    else listId = 0;
    for (const raw of read.texts) {
      const t = clean(raw);
      if (t) out.push({ type: read.type, text: t, depth: 0, start: lineStart, end: lineEnd, links: links.filter((l) => line.includes(l.text)), strong: false, list: read.type === "item" ? listId : 0, pseudo: false });
    }
  }
}

/**
 * The items of a list item whose following bullets were run into it when its line breaks were lost
 * ("Design banners, logos,...- Prepare print files.- Support other teams"): a dash glued to the
 * end of a word or sentence and followed by a capital opens the next item. Every piece must be
 * more than a word or two, else the item stays whole ("Nord- und Südamerika" has no capital after).
 */
export function runOnItems(text: string): string[] {
  if (text.length < 40 || !text.includes("- ")) return [text];
  const pieces = text.split(RUN_ON_BULLET_RE).map((p) => p.trim());
  return pieces.length > 1 && pieces.every((p) => p.length >= 12 && p.includes(" ")) ? pieces : [text];
}

/** A list written inside one line: the words leading into it and its items. */
interface InlineList {
  lead: string;
  items: string[];
  /** the sentences after the last item ("… 3) field work. Equivalent experience may count.") */
  tail: string;
}

/**
 * A list run into one line: numbered items in sequence ("Duties: 1.Prepare reports. 2.Reconcile
 * ledgers. 3.Train new staff.") or, after a lead-in ending in ":", three or more short pieces
 * separated by ";" ("Tasks: filing; answering calls; ordering supplies").
 */
export function listInLine(text: string): InlineList | null {
  if (text.length > 2000) return null;
  const marks: { at: number; body: number }[] = [];
  const re = INLINE_NUMBER_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = Number(m[1]);
    const at = m.index + m[0].length - m[0].trimStart().length;
    if (n === marks.length + 1) marks.push({ at, body: m.index + m[0].length });
    else if (n === 1 && marks.length < 2) marks.splice(0, marks.length, { at, body: m.index + m[0].length });
  }
  const lead = (i: number) => text.slice(0, i).trim();
  if (marks.length >= 3 || (marks.length === 2 && lead(marks[0].at).endsWith(":"))) {
    const last = marks[marks.length - 1].body;
    const stop = FIRST_SENTENCE_END_RE.exec(text.slice(last));
    const lastEnd = stop ? last + stop.index + 1 : text.length;
    const items = marks.map((k, i) => tidyItem(text.slice(k.body, i + 1 < marks.length ? marks[i + 1].at : lastEnd)));
    if (items.every((x) => x.length >= 2)) return { lead: lead(marks[0].at), items, tail: text.slice(lastEnd).trim() };
  }
  const colon = text.indexOf(":");
  if (colon > 0 && colon <= 80 && text.includes(";")) {
    const pieces = text.slice(colon + 1).split(";").map(tidyItem);
    if (pieces.length >= 3 && pieces.every((p) => p.length >= 2 && p.length <= 150 && !p.slice(0, -1).includes(". "))) return { lead: text.slice(0, colon + 1).trim(), items: pieces, tail: "" };
  }
  return null;
}

// An item without what joins it to the next: "payroll; or" → "payroll", "cleaner air and" → "cleaner air".
function tidyItem(s: string): string {
  let t = s.trim();
  const space = t.lastIndexOf(" ");
  if (space > 0 && LIST_JOINERS.has(t.slice(space + 1).toLowerCase())) t = t.slice(0, space).trimEnd();
  while (t.endsWith(";") || t.endsWith(",")) t = t.slice(0, -1).trimEnd();
  return t;
}

/** Finds the pieces of a block, in order, inside its span of the source; a piece not found keeps the block's whole span. */
function piecesIn(b: Block, state: State): (text: string) => { start: number; end: number } {
  let cursor = b.start;
  return (t) => {
    const hay = state.source?.slice(cursor, b.end) ?? "";
    const i = hay.indexOf(t);
    if (i < 0) return { start: b.start, end: b.end };
    cursor += i + t.length;
    return { start: cursor - t.length, end: cursor };
  };
}

// The lead-in as a paragraph and each piece as an item of a new list, each pointing at the words
// it has in the paragraph's span when found there.
function pushInlineList(list: InlineList, b: Block, out: Block[], state: State): void {
  const id = ++state.list;
  const spanOf = piecesIn(b, state);
  if (list.lead) out.push({ ...b, text: list.lead, ...spanOf(list.lead), type: "paragraph", links: [] });
  for (const item of list.items) out.push({ ...b, type: "item", text: item, ...spanOf(item), list: id, links: b.links.filter((l) => item.includes(l.text)) });
  if (list.tail) out.push({ ...b, text: list.tail, ...spanOf(list.tail), type: "paragraph", links: b.links.filter((l) => list.tail.includes(l.text)) });
}

function pushFlattened(parts: FlatPart[], b: Block, out: Block[], state: State): void {
  const spanOf = piecesIn(b, state);
  for (const part of parts) {
    if (part.kind === "heading") out.push({ ...b, type: "heading", depth: 3, pseudo: true, text: part.texts[0], ...spanOf(part.texts[0]), links: [] });
    else if (part.kind === "text") out.push({ ...b, type: "paragraph", text: part.texts[0], ...spanOf(part.texts[0]), links: b.links.filter((l) => part.texts[0].includes(l.text)) });
    else {
      const id = ++state.list;
      for (const item of part.texts) out.push({ ...b, type: "item", text: item, ...spanOf(item), list: id, links: b.links.filter((l) => item.includes(l.text)) });
    }
  }
}

// Hard-wrapped prose (e-mails, HN comments, fixed-width copies): most breaks fall mid-sentence, so
// the next line goes on in lower case or the line ends on a comma or a small word. Lines that each
// start with a capital are separate lines (copied lists), however long.
// The longest line that heads the line below it when it ends in "?" or ":".
const LEAD_LINE_LEN = 60;

function isHardWrapped(lines: string[]): boolean {
  let wraps = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const prev = lines[i];
    const next = lines[i + 1];
    // "Co oferujemy?" ⏎ "umowę o pracę; …": a short question or lead-in heads the line below, it does not run on into it
    if (prev.length <= LEAD_LINE_LEN && (prev.endsWith("?") || prev.endsWith(":"))) continue;
    if (LOWER_OR_PAREN_START_RE.test(next) || WRAPPED_LINE_END_RE.test(prev)) wraps++;
  }
  return wraps >= Math.max(1, (lines.length - 1) / 2);
}

function block(type: Block["type"], text: string, depth: number, node: Nodes, links: Link[], strong: boolean, list = 0): Block {
  return {
    type,
    text,
    depth,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    links,
    strong,
    list,
    pseudo: false,
  };
}

/** Plain text of inline content: marks dropped, link text kept, images dropped, breaks as "\n". */
export function inline(children: PhrasingContent[] | Nodes[]): { text: string; links: Link[] } {
  const links: Link[] = [];
  let text = "";
  const walk = (nodes: readonly Nodes[]) => {
    for (const n of nodes) {
      switch (n.type) {
        case "text":
        case "inlineCode":
          text += n.value;
          break;
        case "break":
          text += "\n";
          break;
        case "link": {
          const before = text.length;
          walk(n.children);
          const t = text.slice(before).trim();
          links.push({ text: t, url: n.url });
          break;
        }
        case "image":
        case "imageReference":
          break;
        case "html":
          if (BR_TAG_RE.test(n.value)) text += "\n";
          break;
        default:
          if ("children" in n) walk((n as Parent).children as Nodes[]);
      }
    }
  };
  walk(children as Nodes[]);
  return { text, links };
}

function isStrong(children: PhrasingContent[]): boolean {
  const real = children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  if (real.length === 0) return false;
  if (real.length === 1) return real[0].type === "strong" || (real[0].type === "emphasis" && false);
  // "**Heading**:" : strong then a lone colon
  return real.length === 2 && real[0].type === "strong" && real[1].type === "text" && COLON_ONLY_RE.test(real[1].value);
}

function stripBullet(text: string): string {
  const m = BULLET_RE.exec(text) ?? GLUED_BULLET_RE.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/**
 * A second marker inside a list item, dropped ("• 1. Plan the route"), but not an ordinal the item opens
 * with once its marker is gone ("13. plat", "14. Monatsgehalt": a 13th month's pay).
 */
function stripInnerBullet(text: string): string {
  return ORDINAL_START_RE.test(text) ? text : stripBullet(text);
}

/** Collapses whitespace and drops stray Markdown marks, so values read as plain text. */
export function clean(text: string): string {
  let t = text.replace(WHITESPACE_RUNS_RE, " ");
  // (an escape needs its backslash, an emphasis mark a star or an underscore: most text has neither)
  if (t.includes("\\")) t = t.replace(MD_ESCAPE_RE, "$1");
  if (t.includes("*") || t.includes("_")) t = t.replace(MD_EMPHASIS_MARK_RE, "$1");
  return t.trim();
}
