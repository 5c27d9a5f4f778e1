/** Guesses the format of a posting from its first characters. */
export function sniffFormat(text: string): "text" | "markdown" | "html" {
  const head = text.length > 8000 ? text.slice(0, 8000) : text;
  if (/^\s*<(?:!doctype|html|head|body|div|p|section|article|main|span|h[1-6]|ul|ol|table|meta|script|b|strong)\b/i.test(head)) return "html";
  const tags = head.match(/<\/?(?:p|div|br|li|ul|ol|span|h[1-6]|a|strong|b|em|i|section|article)\b[^<>]{0,300}>/gi);
  if (tags && tags.length >= 3) return "html";
  let md = 0;
  if (/^#{1,6}[ \t]+\S/m.test(head)) md += 2;
  if (/\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/.test(head)) md++;
  if (/\*\*[^*\n]{1,120}\*\*/.test(head)) md++;
  if (/^Markdown Content:/m.test(head) || /^URL Source:/m.test(head)) md += 2;
  if (/^\s*\|.*\|\s*$/m.test(head) && /^\s*\|?\s*:?-{3,}/m.test(head)) md++;
  return md >= 2 ? "markdown" : "text";
}
