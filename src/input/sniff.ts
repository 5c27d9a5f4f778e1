import {
  HTML_START_RE, HTML_TAG_RE, JINA_MARKDOWN_RE, JINA_URL_SOURCE_RE, MD_ATX_LINE_RE, MD_BOLD_RE, MD_LINK_RE, MD_TABLE_ROW_RE, MD_TABLE_RULE_RE,
} from "../patterns.js";
import { hasHtmlStructure } from "./markup-hints.js";

/**
 * Guesses the format of a posting from its first characters. HTML is HTML when it has document or
 * block structure; text carrying only `<p>`, `<br>` and inline tags is text (or Markdown) with
 * markup hints, its own newlines kept.
 */
export function sniffFormat(text: string): "text" | "markdown" | "html" {
  const head = text.length > 8000 ? text.slice(0, 8000) : text;
  if (hasHtmlStructure(head)) return "html";
  const tags = head.match(HTML_TAG_RE);
  // one line of `<p>…</p><p>…</p>`: no newlines of its own to keep, the HTML reader reads it as well
  if ((HTML_START_RE.test(head) || (tags && tags.length >= 3)) && !head.trim().includes("\n")) return "html";
  let md = 0;
  if (MD_ATX_LINE_RE.test(head)) md += 2;
  if (MD_LINK_RE.test(head)) md++;
  if (MD_BOLD_RE.test(head)) md++;
  if (JINA_MARKDOWN_RE.test(head) || JINA_URL_SOURCE_RE.test(head)) md += 2;
  if (MD_TABLE_ROW_RE.test(head) && MD_TABLE_RULE_RE.test(head)) md++;
  return md >= 2 ? "markdown" : "text";
}
