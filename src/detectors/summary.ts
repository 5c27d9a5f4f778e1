import { spanOf, type Detector } from "../context.js";
import { SENTENCE_PUNCT_RE } from "../patterns.js";
import { headerRole } from "./header-lines.js";

const SUMMARY_KINDS = new Set(["about-role", "about-company", "other", "overview"]);

/** The opening paragraph about the role or company: the first real paragraph of prose. */
export const summaryDetector: Detector<"summary"> = {
  key: "summary",
  detect(ctx) {
    for (const s of ctx.sections) {
      if (s.chrome || !SUMMARY_KINDS.has(s.kind)) continue;
      for (const b of s.blocks) {
        if (b.type !== "paragraph" || b.text.length < 80) continue;
        if (!SENTENCE_PUNCT_RE.test(b.text) || headerRole(b.text, ctx) === "chrome") continue;
        return { value: b.text, how: "stated", spans: [spanOf(b)] };
      }
    }
    return null;
  },
};
