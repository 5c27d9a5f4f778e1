import { spanOf, type Detector } from "../context.js";
import type { Block } from "../tree/blocks.js";
import { headerLines, headerRole, looksLikeTitle } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";

// "We're hiring a **Lead Data Scientist** to run…", "Acme is hiring a Senior Engineer", "looking for a Staff Engineer to"
const HIRING_A = /\b(?:hiring|looking for|seeking|searching for|recruiting)\s+(?:an?|our|the|a new)\s+((?:[\p{Lu}][\p{L}&/+-]*[ ,]*){1,7})(?=\s|$|[.,(])/u;

/** The job title: JSON-LD, a Title label, the page's H1, a pipe header, the first title-like header line. */
export const titleDetector: Detector<"title"> = {
  key: "title",
  detect(ctx) {
    if (ctx.structured?.title) return { value: tidy(ctx.structured.title), how: "stated" };
    const label = ctx.labels.find((l) => l.field === "title" && l.where !== "body" && l.value.length <= 120);
    if (label) return { value: tidy(label.value), how: "stated", spans: [spanOf(label.block)] };
    const pipe = pipeHeader(ctx);
    if (pipe?.title) return { value: pipe.title.text, how: "stated", spans: [spanOf(pipe.block)] };
    const h1 = ctx.blocks.find((b) => b.type === "heading" && b.depth === 1 && !b.pseudo);
    if (h1 && h1.text.length <= 120 && headerRole(h1.text, ctx) === "text") return { value: tidy(h1.text), how: "stated", spans: [spanOf(h1)] };
    const lines = headerLines(ctx);
    let candidate: Block | undefined;
    for (const b of lines.slice(0, 20)) {
      const role = headerRole(b.text, ctx);
      if (role !== "text") continue;
      if (looksLikeTitle(b.text)) {
        candidate = b;
        break;
      }
    }
    if (candidate) return { value: tidy(candidate.text.replace(/\s+at\s+[\p{Lu}][\p{L}\p{N}&.' -]{1,40}$/u, "")), how: "stated", spans: [spanOf(candidate)] };
    // a title only in a sentence: "We're hiring a Lead Data Scientist to…"
    for (const b of ctx.blocks.slice(0, 30)) {
      if (b.type !== "paragraph") continue;
      const m = HIRING_A.exec(b.text);
      if (m) {
        const t = m[1].replace(/[ ,]+$/, "").replace(/\s+(?:to|who|with|for|in|at|on)$/i, "");
        if (looksLikeTitle(t)) return { value: tidy(t), how: "stated", spans: [spanOf(b)] };
      }
    }
    return null;
  },
};

function tidy(t: string): string {
  return t.replace(/\s+/g, " ").replace(/^[\s|:–-]+|[\s|:–-]+$/g, "").trim();
}
