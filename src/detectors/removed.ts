import type { Detector } from "../context.js";

/** Board chrome that left the description (promos, share bars, advice, FAQ stubs, similar jobs). */
export const removedDetector: Detector<"removed"> = {
  key: "removed",
  detect(ctx) {
    const out: { kind: string; text: string }[] = [];
    for (const s of ctx.sections) {
      if (!s.chrome) continue;
      const text = [s.heading?.text ?? "", ...s.blocks.map((b) => b.text)].filter(Boolean).join("\n");
      out.push({ kind: s.chrome, text });
    }
    for (const { block, kind } of ctx.chromeBlocks) out.push({ kind, text: block.text });
    return out.length ? { value: out, how: "stated" } : null;
  },
};
