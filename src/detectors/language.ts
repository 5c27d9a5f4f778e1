import { spanOf, type Detector } from "../context.js";
import { detectLanguage } from "../fields/language.js";
import { LEXICON_LANGUAGES } from "../lexicon/index.js";

/** How many of the prose blocks the language was read from are cited: the longest ones. */
const CITED = 3;

/**
 * The posting's language from its own prose (chrome left out). A language no lexicon knows
 * (Russian, Japanese…) is still named, with a warning that its headings and labels were read by
 * layout only.
 */
export const languageDetector: Detector<"language"> = {
  key: "language",
  detect(ctx) {
    const own = ctx.sections.filter((s) => !s.chrome).flatMap((s) => s.blocks);
    // prose first; a posting of short lines ("Turno tarde", "Trabajo en equipo") is read whole
    let blocks = own.filter((b) => b.text.length > 30);
    let lang = blocks.length > 0 ? detectLanguage(blocks.map((b) => b.text).join("\n")) : null;
    if (!lang) {
      blocks = own.length > 0 ? own : [...ctx.blocks];
      lang = detectLanguage(blocks.map((b) => b.text).join("\n"));
    }
    if (!lang) return null;
    const cited = [...blocks].sort((a, b) => b.text.length - a.text.length).slice(0, CITED).sort((a, b) => a.start - b.start);
    const warnings = LEXICON_LANGUAGES.has(lang) ? undefined : [`language ${lang} has no vocabulary`];
    return { value: lang, how: "derived", spans: cited.map(spanOf), warnings };
  },
};
