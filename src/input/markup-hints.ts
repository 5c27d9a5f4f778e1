import { BOLD_LINE_TAIL_RE, HREF_ATTR_RE, HTML_BLOCK_TAG_RE, HTML_DOCUMENT_START_RE, MARKUP_TAG_RE, TAG_RE } from "../patterns.js";
import { applyEdits, type Edit, type Rewritten } from "./rewrite.js";

/**
 * True when an input is an HTML page or fragment built of blocks: a document start, or lists,
 * divisions, headings or tables. Text that only carries `<p>`, `<br>` and inline tags (an API's
 * `description` field) is not: it is text with markup hints.
 */
export function hasHtmlStructure(head: string): boolean {
  if (HTML_DOCUMENT_START_RE.test(head)) return true;
  const blocks = head.match(HTML_BLOCK_TAG_RE);
  return blocks !== null && blocks.length >= 2;
}

/** True when a text carries at least one tag of a known HTML element. */
export function hasMarkupHints(text: string): boolean {
  return new RegExp(MARKUP_TAG_RE.source, "i").test(text);
}

const BREAKS = new Set(["br", "hr"]);
const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "section", "article", "header", "footer", "blockquote", "pre", "center", "tbody", "thead"]);
const BOLD = new Set(["strong", "b"]);

/**
 * Reads the tags of text with markup hints as the text layout they stand for, keeping its own
 * newlines: `<br>` a line break, `<p>` and other blocks a blank line, `<li>` a bullet line, a
 * `<strong>` line a bold line (a heading to the text reader), a link its target; other inline
 * tags go. `markdown` gives Markdown marks (`- ` bullets, `[text](url)` links).
 */
export function markupHintsToText(text: string, markdown: boolean): Rewritten {
  const edits: Edit[] = [];
  const re = new RegExp(MARKUP_TAG_RE.source, MARKUP_TAG_RE.flags);
  let scanned = 0;
  let lineStart = 0; // where the current output line starts in the source (after a newline or a break tag)
  let openBold: Edit | null = null;
  let openLink: { edit: Edit; href: string; hrefAt: number; textStart: number } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    // the last newline between the previous tag and this one (each stretch of text scanned once)
    for (let nl = text.indexOf("\n", scanned); nl >= 0 && nl < start; nl = text.indexOf("\n", nl + 1)) lineStart = nl + 1;
    scanned = end;
    const edit: Edit = { start, end, insert: "" };
    if (BREAKS.has(name)) edit.insert = "\n";
    else if (BLOCKS.has(name)) edit.insert = "\n\n";
    else if (name === "li") edit.insert = closing ? "\n" : markdown ? "\n- " : "\n• ";
    else if (name === "td" || name === "th") edit.insert = closing ? " " : "";
    else if (BOLD.has(name)) {
      if (!closing) {
        // bold that starts a line may be a heading line: decided at its end
        openBold = start - lineStart <= 300 && text.slice(lineStart, start).replace(TAG_RE, "").trim() === "" ? edit : null;
      } else if (openBold && BOLD_LINE_TAIL_RE.test(text.slice(end, end + 40))) {
        const inner = start - openBold.end <= 600 ? text.slice(openBold.end, start).replace(TAG_RE, "").trim() : "";
        if (inner && inner.length <= 120 && !inner.includes("\n")) ((openBold.insert = "**"), (edit.insert = "**"));
        openBold = null;
      }
    } else if (name === "a") {
      if (!closing) {
        const href = HREF_ATTR_RE.exec(m[0]);
        openLink = href ? { edit, href: href[1], hrefAt: start + href.index + href[0].length - href[1].length, textStart: end } : null;
      } else if (openLink) {
        const inner = text.slice(openLink.textStart, Math.min(start, openLink.textStart + 2000)).replace(TAG_RE, "").trim();
        // a link whose text is not its target keeps the target, written where the tag holds it so
        // that its offsets stay exact: "<a href="https://x.io/7">Apply</a>" → "<https://x.io/7> Apply"
        if (inner && !inner.includes(openLink.href)) {
          const { edit: open, href, hrefAt } = openLink;
          const hrefEnd = hrefAt + href.length;
          edits.push({ start: open.start, end: hrefAt, insert: markdown ? "<" : "" }, { start: hrefEnd, end: open.end, insert: markdown ? "> " : " " });
          open.end = open.start; // replaced by the two edits around the target
        }
        openLink = null;
      }
    }
    edits.push(edit);
    if (edit.insert.includes("\n")) lineStart = end;
  }
  return applyEdits(text, edits);
}
