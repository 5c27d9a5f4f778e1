import { factSpans, spanOf, type Detector } from "../context.js";
import { TRAILING_SEPARATOR_RE } from "../patterns.js";

/** The board's category or industry, from a Category / Industry label or JSON-LD. */
export const categoryDetector: Detector<"category"> = {
  key: "category",
  detect(ctx) {
    const label = ctx.labels.find((l) => l.field === "category" && l.value.length <= 100);
    if (label) return { value: label.value.replace(TRAILING_SEPARATOR_RE, ""), how: "stated", spans: [spanOf(label.block)] };
    if (ctx.structured?.category) return { value: ctx.structured.category, how: "stated", spans: factSpans(ctx, "category") };
    return null;
  },
};
