import type { Detector } from "../context.js";
import type { Block } from "../tree/blocks.js";

/** The employer's text as Markdown: headings, paragraphs and lists, with board chrome left out. */
export const descriptionDetector: Detector<"description"> = {
  key: "description",
  detect(ctx) {
    const chrome = new Set(ctx.chromeBlocks.map((c) => c.block));
    const parts: string[] = [];
    let prev: Block | null = null;
    for (const s of ctx.sections) {
      if (s.chrome) continue;
      const blocks = s.heading ? [s.heading, ...s.blocks] : s.blocks;
      for (const b of blocks) {
        if (chrome.has(b)) continue;
        const line = b.type === "heading" ? `${"#".repeat(Math.min(Math.max(b.depth, 2), 4))} ${b.text}` : b.type === "item" ? `${"  ".repeat(b.depth)}- ${b.text}` : b.text;
        const tight = prev && prev.type === "item" && b.type === "item";
        parts.push(tight ? "\n" + line : (parts.length ? "\n\n" : "") + line);
        prev = b;
      }
    }
    return { value: parts.join(""), how: "stated" };
  },
};
