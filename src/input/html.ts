import type { Element, Nodes as HastNodes, Root as HastRoot } from "hast";
import { toMdast } from "hast-util-to-mdast";
import type { Nodes as MdastNodes, Root } from "mdast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { StructuredFacts } from "../context.js";
import { HIDDEN_CHROME_CLASS_RE, HIDDEN_STYLE_RE, HIDDEN_TEXT_SPACES_RE, HTML_DROP_CLASS_RE, LD_JSON_TYPE_RE } from "../patterns.js";
import { readJsonLd, type JsonLdBody } from "./jsonld.js";
import { labelField } from "../sections/phrases.js";
import { capDepth, HAST_CAPPING } from "../tree/depth.js";

const DROP_TAGS = new Set(["script", "style", "noscript", "template", "svg", "nav", "footer", "form", "button", "iframe", "select", "input", "textarea", "label", "dialog", "canvas", "video", "audio", "object", "embed", "picture", "img", "head"]);

const INLINE_TAGS = new Set(["span", "a", "b", "strong", "em", "i", "small", "label", "time", "abbr", "code", "font"]);

const parser = unified().use(rehypeParse, { fragment: true });

/** An HTML page as a Markdown tree, with page chrome dropped, and its JSON-LD JobPosting facts. */
export function htmlToMdast(html: string): { tree: Root; structured: StructuredFacts | null } {
  const hast = capDepth(parser.parse(html) as HastRoot, HAST_CAPPING);
  const scripts: JsonLdBody[] = [];
  const shown = { text: squeeze(textOf(hast, true)) };
  prune(hast, scripts, shown);
  const structured = readJsonLd(scripts);
  let tree = toMdast(hast) as Root;
  // A page whose visible body is empty but whose JSON-LD has the description: parse that instead.
  if (structured?.description && textLength(tree) < 200) {
    const inner = capDepth(parser.parse(structured.description) as HastRoot, HAST_CAPPING);
    prune(inner, [], { text: squeeze(textOf(inner, true)) });
    tree = toMdast(inner) as Root;
    // its offsets would point into the description string: every block points at the JSON-LD value
    const where = structured.where?.description?.[0];
    setPositions(tree, where ? { start: point(where.start), end: point(where.end) } : undefined);
  } else setPositions(tree);
  return { tree, structured };
}

type Position = NonNullable<Root["position"]>;
const point = (offset: number) => ({ line: 1, column: 1, offset });

/**
 * Gives every node a position: hast-util-to-mdast makes nodes of its own (the paragraph inside an
 * `<li>`'s text) without one, and they take their parent's; with `fixed`, every node takes it.
 */
function setPositions(root: Root, fixed?: Position): void {
  if (fixed) root.position = fixed;
  const stack: MdastNodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!("children" in node)) continue;
    for (const child of node.children) {
      if (fixed) child.position = fixed;
      else if (!child.position && node.position) child.position = node.position;
      if ("children" in child) stack.push(child);
    }
  }
}

const CHROME_ROLES = new Set(["dialog", "alertdialog", "menu", "menubar", "navigation", "tooltip", "banner", "search", "contentinfo", "listbox", "status", "alert"]);
const PAGE_PARTS = new Set(["script", "style", "noscript", "template", "svg", "nav", "footer", "head", "header", "form", "dialog", "button", "select"]);

function isHidden(p: Element["properties"]): boolean {
  return (p.hidden !== undefined && p.hidden !== false) || String(p.ariaHidden) === "true" || HIDDEN_STYLE_RE.test(String(p.style ?? ""));
}

function classAndId(p: Element["properties"]): string {
  return [...(Array.isArray(p.className) ? p.className : [p.className ?? ""]), p.id ?? ""].join(" ");
}

/** The text of a tree (its first `limit` characters), hidden parts left out when `shownOnly`. */
function textOf(node: HastRoot | Element, shownOnly: boolean, limit = 100_000): string {
  let out = "";
  const stack: HastNodes[] = [node];
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!;
    if (n.type === "text") out += n.value + " ";
    else if (n.type === "element" || n.type === "root") {
      if (n.type === "element" && (PAGE_PARTS.has(n.tagName) || (shownOnly && isHidden(n.properties ?? {})))) continue;
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as HastNodes);
    }
  }
  return out;
}

function squeeze(s: string): string {
  return s.replace(HIDDEN_TEXT_SPACES_RE, " ").trim();
}

/**
 * Hidden content that is the posting's body: a collapsed accordion, a closed tab panel, a
 * `display:none` description the page's script would show. It is read when it has text of its own
 * (not a copy of what the page shows, as responsive pages keep one) and is no chrome (a menu, a
 * drop-down, a dialog, a tooltip, a search or log-in panel, by tag, role, class or id).
 */
function hiddenBody(el: Element, shown: { text: string; looked?: number }): boolean {
  // a page of thousands of hidden parts is not one posting's accordion: the first hundred are looked at
  shown.looked = (shown.looked ?? 0) + 1;
  if (shown.looked > 100) return false;
  const p = el.properties ?? {};
  if (PAGE_PARTS.has(el.tagName) || CHROME_ROLES.has(String(p.role ?? "").toLowerCase())) return false;
  if (HIDDEN_CHROME_CLASS_RE.test(classAndId(p))) return false;
  const text = squeeze(textOf(el, false, 4000));
  if (text.length < 50) return false;
  // the same words already shown: a second copy for another screen size
  return !shown.text.includes(text.slice(0, 120));
}

function prune(node: HastRoot | Element, scripts: JsonLdBody[], shown: { text: string }): void {
  const kept: HastNodes[] = [];
  for (const child of node.children as HastNodes[]) {
    if (child.type === "comment" || child.type === "doctype") continue;
    if (child.type === "element") {
      if (child.tagName === "script") {
        const type = String(child.properties?.type ?? "");
        if (LD_JSON_TYPE_RE.test(type)) {
          const text = child.children.map((c) => ("value" in c ? String(c.value) : "")).join("");
          scripts.push({ text, start: child.children[0]?.position?.start.offset ?? child.position?.start.offset ?? 0 });
        }
        continue;
      }
      if (DROP_TAGS.has(child.tagName)) continue;
      const p = child.properties ?? {};
      const cls = classAndId(p);
      if (cls && HTML_DROP_CLASS_RE.test(String(cls))) continue;
      if (isHidden(p) && !hiddenBody(child, shown)) continue;
      prune(child, scripts, shown);
      if (child.tagName === "dt") labelTerm(child, node.children as HastNodes[]);
    }
    // "<span>Remote</span><span>Product</span>": adjacent inline elements are separate words
    const prev = kept[kept.length - 1];
    if (child.type === "element" && prev?.type === "element" && INLINE_TAGS.has(child.tagName) && INLINE_TAGS.has(prev.tagName)) {
      // "<span>Job Category</span><span>Nursing Support</span>": a field's label first in its element labels the value after it
      const labelled = kept.slice(0, -1).every((n) => n.type === "text" && !n.value.trim()) && labelSpan(prev) && !squeeze(textOf(child, false, 5)).startsWith(":");
      kept.push({ type: "text", value: labelled ? ": " : " " });
    }
    kept.push(child);
  }
  (node as { children: HastNodes[] }).children = chipLines(kept);
}

// Fewest inline elements a container's row of chips holds.
const CHIP_ROW_MIN = 3;

/**
 * "<div><span>Kwun Tong</span>⏎<span>Accounting</span>⏎<span>HK$20,000 – HK$24,000 per month</span></div>": a
 * container holding only inline elements, each written on a line of its own, shows them as chips: one
 * line each (a page's style sets them apart), not words of one sentence.
 */
function chipLines(children: HastNodes[]): HastNodes[] {
  let elements = 0;
  let breaks = 0;
  for (const c of children) {
    if (c.type === "element") {
      if (!INLINE_TAGS.has(c.tagName)) return children;
      elements++;
    } else if (c.type === "text") {
      if (c.value.trim()) return children;
      if (c.value.includes("\n")) breaks++;
    }
  }
  if (elements < CHIP_ROW_MIN || breaks < elements - 1) return children;
  const out: HastNodes[] = [];
  for (const c of children) {
    if (c.type === "text" && c.value.includes("\n") && out.some((x) => x.type === "element")) out.push({ type: "element", tagName: "br", properties: {}, children: [] });
    else out.push(c);
  }
  return out;
}

/**
 * A definition list's term is a label of the value after it: Workday's `<dt>time type</dt><dd>Full
 * time</dd>`, Personio's and SuccessFactors' job facts read as "time type: Full time", not as two
 * words run together. The colon is added when the term has none and a `<dd>` follows.
 */
function labelTerm(dt: Element, siblings: readonly HastNodes[]): void {
  const at = siblings.indexOf(dt);
  const next = siblings.slice(at + 1).find((n) => n.type === "element" || (n.type === "text" && n.value.trim() !== ""));
  if (!next || next.type !== "element" || next.tagName !== "dd") return;
  const text = squeeze(textOf(dt, false, 200));
  if (!text || text.endsWith(":") || text.endsWith("：")) return;
  dt.children.push({ type: "text", value: ":" });
}

/** Whether an inline element holds only a field's label, with no colon: "Job Category", "Posting Date", "Apply Before". */
function labelSpan(el: Element): boolean {
  const text = squeeze(textOf(el, false, 60));
  return text.length >= 3 && !text.endsWith(":") && labelField(text) !== null;
}

function textLength(tree: Root): number {
  let n = 0;
  const walk = (x: { type: string; value?: string; children?: unknown[] }) => {
    if (typeof x.value === "string") n += x.value.length;
    if (x.children) for (const c of x.children) walk(c as typeof x);
  };
  walk(tree as never);
  return n;
}
