import type { Detector } from "../context.js";
import { detectLanguage } from "../fields/language.js";

/** The posting's language from its own prose (chrome left out). */
export const languageDetector: Detector<"language"> = {
  key: "language",
  detect(ctx) {
    const text = ctx.sections
      .filter((s) => !s.chrome)
      .flatMap((s) => s.blocks.filter((b) => b.text.length > 30).map((b) => b.text))
      .join("\n");
    const lang = detectLanguage(text || ctx.blocks.map((b) => b.text).join("\n"));
    return lang ? { value: lang, how: "derived" } : null;
  },
};
