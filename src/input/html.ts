import type { Element, Nodes as HastNodes, Root as HastRoot } from "hast";
import { toMdast } from "hast-util-to-mdast";
import type { Root } from "mdast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { StructuredFacts } from "../context.js";
import { HIDDEN_STYLE_RE, HTML_DROP_CLASS_RE, LD_JSON_TYPE_RE } from "../patterns.js";
import { readJsonLd, type JsonLdBody } from "./jsonld.js";
import { capDepth, HAST_CAPPING, MDAST_CAPPING } from "../tree/depth.js";

const DROP_TAGS = new Set(["script", "style", "noscript", "template", "svg", "nav", "footer", "form", "button", "iframe", "select", "input", "textarea", "label", "dialog", "canvas", "video", "audio", "object", "embed", "picture", "img", "head"]);

const INLINE_TAGS = new Set(["span", "a", "b", "strong", "em", "i", "small", "label", "time", "abbr", "code", "font"]);

const parser = unified().use(rehypeParse, { fragment: true });

/** An HTML page as a Markdown tree, with page chrome dropped, and its JSON-LD JobPosting facts. */
export function htmlToMdast(html: string): { tree: Root; structured: StructuredFacts | null } {
  const hast = capDepth(parser.parse(html) as HastRoot, HAST_CAPPING);
  const scripts: JsonLdBody[] = [];
  prune(hast, scripts);
  const structured = readJsonLd(scripts, (descriptionHtml) => descriptionHtml);
  let tree = capDepth(toMdast(hast) as Root, MDAST_CAPPING);
  // A page whose visible body is empty but whose JSON-LD has the description: parse that instead.
  if (structured?.description && textLength(tree) < 200) {
    const inner = capDepth(parser.parse(structured.description) as HastRoot, HAST_CAPPING);
    prune(inner, []);
    tree = capDepth(toMdast(inner) as Root, MDAST_CAPPING);
  }
  return { tree, structured };
}

function prune(node: HastRoot | Element, scripts: JsonLdBody[]): void {
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
      if (p.hidden !== undefined && p.hidden !== false) continue;
      if (String(p.ariaHidden) === "true") continue;
      if (HIDDEN_STYLE_RE.test(String(p.style ?? ""))) continue;
      const cls = [...(Array.isArray(p.className) ? p.className : [p.className ?? ""]), p.id ?? ""].join(" ");
      if (cls && HTML_DROP_CLASS_RE.test(String(cls))) continue;
      prune(child, scripts);
    }
    // "<span>Remote</span><span>Product</span>": adjacent inline elements are separate words
    const prev = kept[kept.length - 1];
    if (child.type === "element" && prev?.type === "element" && INLINE_TAGS.has(child.tagName) && INLINE_TAGS.has(prev.tagName)) {
      kept.push({ type: "text", value: " " });
    }
    kept.push(child);
  }
  (node as { children: HastNodes[] }).children = kept;
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
