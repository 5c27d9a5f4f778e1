import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { StructuredFacts } from "../context.js";
import type { Span } from "../schema.js";
import { decodeBytes, looksBinary } from "./decode.js";
import { binaryFormatOf } from "./signatures.js";
import { TAG_NAME_RE, TAG_RE } from "../patterns.js";
import { blankFrontMatter, findFrontMatter, readFrontMatter } from "./front-matter.js";
import { htmlToMdast } from "./html.js";
import { hasHtmlStructure, hasMarkupHints, markupHintsToText } from "./markup-hints.js";
import { normalizeText } from "./normalize.js";
import { classifyHeading } from "../sections/phrases.js";
import { repairPlainText, repairScrapedMarkdown } from "./repair.js";
import { sniffFormat } from "./sniff.js";
import { textToMdast } from "./text-to-mdast.js";
import { capDepth, MDAST_CAPPING } from "../tree/depth.js";

export type InputFormat = "auto" | "text" | "markdown" | "html";

/** Why an input is not a posting; the CLI turns it into a one-line error. */
export class InputError extends Error {
  readonly code: "empty" | "binary" | "too-large";
  constructor(code: "empty" | "binary" | "too-large", message: string) {
    super(message);
    this.name = "InputError";
    this.code = code;
  }
}

/** The posting as one Markdown tree, with the text its offsets point into. */
export interface Prepared {
  /** the input as given (decoded when bytes) */
  original: string;
  /** the normalised text the tree's offsets point into */
  text: string;
  toOriginal(offset: number): number;
  format: "text" | "markdown" | "html";
  tree: Root;
  structured: StructuredFacts | null;
}

/**
 * Decodes, normalises, sniffs and builds the tree: text by the line builder, Markdown by remark,
 * HTML by rehype; its nesting capped whatever built it.
 */
export function prepareInput(input: string | Uint8Array, format: InputFormat = "auto"): Prepared {
  const prepared = buildTree(input, format);
  capDepth(prepared.tree, MDAST_CAPPING);
  return prepared;
}

function buildTree(input: string | Uint8Array, format: InputFormat): Prepared {
  if (typeof input !== "string") {
    const known = binaryFormatOf(input);
    if (known) throw new InputError("binary", `not text: the input is ${known}`);
  }
  const original = typeof input === "string" ? input : decodeBytes(input).text;
  if (looksBinary(original)) throw new InputError("binary", "not text: the input looks like binary data");
  // front matter is facts, not text: the format is the body's, and the block is read, then blanked
  const fmAtStart = findFrontMatter(original);
  const rest = fmAtStart ? original.slice(fmAtStart.end) : original;
  let fmt = format === "auto" ? sniffFormat(rest) : format;
  // text said to be HTML but with no HTML structure and lines of its own is text with markup hints
  if (fmt === "html" && !hasHtmlStructure(rest.slice(0, 8000)) && rest.trim().includes("\n")) fmt = "text";
  // HTML keeps its entities for the HTML parser; text and Markdown get them decoded here.
  const norm = normalizeText(original, { entities: fmt !== "html" });
  const fm = fmAtStart ? findFrontMatter(norm.text) : null;
  const front = fm ? readFrontMatter(norm.text, fm) : null;
  const body = fm ? blankFrontMatter(norm.text, fm) : norm.text;
  if (body.trim().length === 0 && !front) throw new InputError("empty", "empty: the input has no text");
  // thousands of tags nested in one another: read as text, decided by counting (the tree libraries
  // recurse per level, and whether they overflow the stack depends on how warm the engine is)
  if (fmt === "html" && htmlNestingDepth(body) > MAX_HTML_NESTING) return htmlAsText(body, original, norm.toOriginal, front);
  if (fmt === "html") {
    try {
      const { tree, structured } = htmlToMdast(body);
      return { original, text: body, toOriginal: norm.toOriginal, format: fmt, tree, structured: mergeFacts(structured, front) };
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      // thousands of unclosed tags nested in one another overflow the HTML tree libraries, which
      // recurse per level; the page is read as text instead, each tag blanked to as many spaces
      // (after a line break) so that every offset still points where it did
      return htmlAsText(body, original, norm.toOriginal, front);
    }
  }
  // text with a few tags: the tags read as the layout they stand for, the text's own newlines kept
  const hinted = hasMarkupHints(body) ? markupHintsToText(body, fmt === "markdown") : null;
  const source = hinted ? hinted.text : body;
  const toBody = (i: number) => (hinted ? hinted.toSource(i) : i);
  const repaired = fmt === "markdown" ? repairScrapedMarkdown(source) : repairPlainText(source, (s) => classifyHeading(s) !== null);
  const toNorm = (i: number) => toBody(repaired.toSource(i));
  const toOriginal = (i: number) => norm.toOriginal(toNorm(i));
  const tree = fmt === "markdown" ? markdownToMdast(repaired.text) : textToMdast(repaired.text);
  return { original, text: repaired.text, toOriginal, format: fmt, tree, structured: remapFacts(front, { text: repaired.text, toSource: toNorm }) };
}

/** Facts of the page's JSON-LD, the front matter filling what it does not say. */
function mergeFacts(jsonld: StructuredFacts | null, front: StructuredFacts | null): StructuredFacts | null {
  if (!front) return jsonld;
  if (!jsonld) return front;
  const out: StructuredFacts = { ...front };
  const where: Record<string, Span[]> = {};
  for (const [k, v] of Object.entries(front.where ?? {})) where[k] = v;
  for (const [k, v] of Object.entries(jsonld) as [keyof StructuredFacts, unknown][]) {
    if (k === "where" || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
    // a fact JSON-LD gives takes JSON-LD's spans, its list items too
    for (const w of Object.keys(where)) if (w === k || w.startsWith(`${k}[`)) delete where[w];
    for (const [w, spans] of Object.entries(jsonld.where ?? {})) if (w === k || w.startsWith(`${k}[`)) where[w] = spans;
  }
  out.where = where;
  return out;
}

/**
 * Front-matter facts point into the text before the scraped-text repair; the repair only moves
 * later text, so each span is carried to the repaired text by the repair's own map, read backwards.
 */
function remapFacts(facts: StructuredFacts | null, repaired: { text: string; toSource(i: number): number }): StructuredFacts | null {
  if (!facts) return null;
  const forward = (source: number): number => {
    let lo = 0;
    let hi = repaired.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (repaired.toSource(mid) < source) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const move = (s: Span): Span => ({ start: forward(s.start), end: forward(s.end) });
  const where: Record<string, Span[]> = {};
  for (const [k, spans] of Object.entries(facts.where ?? {})) where[k] = spans.map(move);
  return { ...facts, where, removed: facts.removed?.map((r) => ({ ...r, span: move(r.span) })) };
}

const markdown = unified().use(remarkParse);

function markdownToMdast(text: string): Root {
  return markdown.parse(text);
}

/** Nesting beyond this is read as text: far under the few thousand levels that overflow the HTML tree libraries' recursion. */
const MAX_HTML_NESTING = 1000;
// tags that never hold the next one open: void elements, and those the parser closes by itself
const NOT_NESTING = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "script", "style"]);

/** How deep the page's tags nest, counted in one pass over its tags (closing tags with no opener ignored). */
function htmlNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG_NAME_RE)) {
    // "<div/>" opens a div in HTML5: only void elements close themselves
    if (NOT_NESTING.has(m[2].toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/**
 * An HTML page the tree libraries cannot read (thousands of unclosed tags nested in one another),
 * read as text instead: each tag blanked to as many spaces after a line break, so that every offset
 * still points where it did.
 */
function htmlAsText(body: string, original: string, toOriginal: (offset: number) => number, front: StructuredFacts | null): Prepared {
  const text = body.replace(TAG_RE, (tag) => "\n" + " ".repeat(tag.length - 1));
  return { original, text, toOriginal, format: "text", tree: textToMdast(text), structured: front };
}
