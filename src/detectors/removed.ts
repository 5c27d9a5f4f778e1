import { spanOf, type Detector } from "../context.js";
import type { Span } from "../schema.js";
import { headerRole } from "./header-lines.js";

/** Board chrome that left the description (promos, share bars, advice, FAQ stubs, similar jobs). */
export const removedDetector: Detector<"removed"> = {
  key: "removed",
  detect(ctx) {
    const out: { kind: string; text: string }[] = [];
    const spans: Span[][] = [];
    for (const r of ctx.structured?.removed ?? []) {
      out.push({ kind: r.kind, text: r.text });
      spans.push([r.span]);
    }
    for (const s of ctx.sections) {
      if (!s.chrome) continue;
      const text = [s.heading?.text ?? "", ...s.blocks.map((b) => b.text)].filter(Boolean).join("\n");
      out.push({ kind: s.chrome, text });
      const blocks = s.heading ? [s.heading, ...s.blocks] : s.blocks;
      spans.push(blocks.length ? [{ start: blocks[0].start, end: blocks.reduce((e, b) => Math.max(e, b.end), 0) }] : []);
    }
    for (const { block, kind } of ctx.chromeBlocks) {
      out.push({ kind, text: block.text });
      spans.push([spanOf(block)]);
    }
    for (const b of ctx.header) {
      // (perf: a longer line is never read for its role here)
      if (b.text.length > 120) continue;
      const role = headerRole(b.text, ctx);
      if (role === "counter" || role === "logo" || role === "chrome") {
        out.push({ kind: "board", text: b.text });
        spans.push([spanOf(b)]);
      }
    }
    return out.length ? { value: out, how: "stated", itemSpans: spans } : null;
  },
};
