import type { Detector } from "../context.js";
import type { Section, Span } from "../schema.js";

/** Every section found, in order, with its heading, kind, prose and items (chrome left out). */
export const sectionsDetector: Detector<"sections"> = {
  key: "sections",
  detect(ctx) {
    const out: Section[] = [];
    const spans: Span[][] = [];
    for (const s of ctx.sections) {
      if (s.chrome) continue;
      const text = s.blocks.filter((b) => b.type !== "item").map((b) => b.text).join("\n\n");
      const items = s.blocks.filter((b) => b.type === "item").map((b) => b.text);
      if (!s.heading && !text && items.length === 0) continue;
      out.push({ heading: s.heading?.text ?? null, kind: s.kind, text, items });
      const blocks = s.heading ? [s.heading, ...s.blocks] : s.blocks;
      spans.push([{ start: blocks[0].start, end: blocks.reduce((e, b) => Math.max(e, b.end), 0) }]);
    }
    return out.length ? { value: out, how: "stated", itemSpans: spans } : null;
  },
};
