import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { StructuredFacts } from "../context.js";
import { decodeBytes, looksBinary } from "./decode.js";
import { binaryFormatOf } from "./signatures.js";
import { TAG_RE } from "../patterns.js";
import { htmlToMdast } from "./html.js";
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
  const fmt = format === "auto" ? sniffFormat(original) : format;
  // HTML keeps its entities for the HTML parser; text and Markdown get them decoded here.
  const norm = normalizeText(original, { entities: fmt !== "html" });
  if (norm.text.trim().length === 0) throw new InputError("empty", "empty: the input has no text");
  if (fmt === "html") {
    try {
      const { tree, structured } = htmlToMdast(norm.text);
      return { original, text: norm.text, toOriginal: norm.toOriginal, format: fmt, tree, structured };
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      // thousands of unclosed tags nested in one another overflow the HTML tree libraries, which
      // recurse per level; the page is read as text instead, each tag blanked to as many spaces
      // (after a line break) so that every offset still points where it did
      const text = norm.text.replace(TAG_RE, (tag) => "\n" + " ".repeat(tag.length - 1));
      return { original, text, toOriginal: norm.toOriginal, format: "text", tree: textToMdast(text), structured: null };
    }
  }
  if (fmt === "markdown") {
    const repaired = repairScrapedMarkdown(norm.text);
    const toOriginal = (i: number) => norm.toOriginal(repaired.toSource(i));
    return { original, text: repaired.text, toOriginal, format: fmt, tree: markdownToMdast(repaired.text), structured: null };
  }
  const repaired = repairPlainText(norm.text, (s) => classifyHeading(s) !== null);
  const toOriginal = (i: number) => norm.toOriginal(repaired.toSource(i));
  return { original, text: repaired.text, toOriginal, format: fmt, tree: textToMdast(repaired.text), structured: null };
}

const markdown = unified().use(remarkParse);

function markdownToMdast(text: string): Root {
  return markdown.parse(text);
}
