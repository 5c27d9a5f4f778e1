import { foundValue, spanOf, type Detector } from "../context.js";
import { seniorityFromLevel, seniorityFromTitle } from "../fields/seniority.js";

/** Seniority from a Seniority label ("Mid-Senior level"), else from the title ("Staff", "VP", "Junior"). */
export const seniorityDetector: Detector<"seniority"> = {
  key: "seniority",
  detect(ctx) {
    const title = foundValue(ctx, "title");
    const fromTitle = title ? seniorityFromTitle(title) : null;
    if (fromTitle) return { value: fromTitle, how: "derived", spans: ctx.found.get("title")?.spans };
    const label = ctx.labels.find((l) => l.field === "seniority");
    if (label) {
      const v = seniorityFromLevel(label.value);
      if (v) return { value: v, how: "stated", spans: [spanOf(label.block)] };
    }
    for (const b of ctx.header) {
      const v = b.text.length <= 30 ? (seniorityFromLevel(b.text) && /level|junior|senior|intern|entry|director|executive/i.test(b.text) ? seniorityFromLevel(b.text) : null) : null;
      if (v) return { value: v, how: "stated", spans: [spanOf(b)] };
    }
    return null;
  },
};
