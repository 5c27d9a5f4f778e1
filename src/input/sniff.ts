import {
  HTML_START_RE, HTML_TAG_RE, JINA_MARKDOWN_RE, JINA_URL_SOURCE_RE, MD_ATX_LINE_RE, MD_BOLD_RE, MD_LINK_RE, MD_TABLE_ROW_RE, MD_TABLE_RULE_RE,
} from "../patterns.js";

/** Guesses the format of a posting from its first characters. */
export function sniffFormat(text: string): "text" | "markdown" | "html" {
  const head = text.length > 8000 ? text.slice(0, 8000) : text;
  if (HTML_START_RE.test(head)) return "html";
  const tags = head.match(HTML_TAG_RE);
  if (tags && tags.length >= 3) return "html";
  let md = 0;
  if (MD_ATX_LINE_RE.test(head)) md += 2;
  if (MD_LINK_RE.test(head)) md++;
  if (MD_BOLD_RE.test(head)) md++;
  if (JINA_MARKDOWN_RE.test(head) || JINA_URL_SOURCE_RE.test(head)) md += 2;
  if (MD_TABLE_ROW_RE.test(head) && MD_TABLE_RULE_RE.test(head)) md++;
  return md >= 2 ? "markdown" : "text";
}
