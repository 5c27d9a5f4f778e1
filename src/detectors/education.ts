import { foundValue, spanOf, type Detector } from "../context.js";
import { parseEducation, type EducationHit } from "../fields/education.js";
import type { Block } from "../tree/blocks.js";
import { itemScores } from "../sections/classify.js";

/** Whether a clause wishes for what it names rather than asks it: "Master's preferred", "MBA a plus", "Laurea magistrale gradita" (the lexicon's nice-to-have item words). */
function wished(clause: string): boolean {
  return (itemScores(clause).get("nice-to-have") ?? 0) > 0;
}

// (a skills section asks as requirements do: "Deine Fähigkeiten" over "Du hast ein abgeschlossenes Studium")
const ORDER = ["requirements", "skills", "overview", "about-role", "nice-to-have", "other", "responsibilities"];

/**
 * The education level asked for: an Education / Degree label, then the requirements, then the rest.
 * A firm degree anywhere outranks a bare mention ("a track record from high school and university").
 */
export const educationDetector: Detector<"education"> = {
  key: "education",
  detect(ctx) {
    const lang = foundValue(ctx, "language") ?? null;
    const label = ctx.labels.find((l) => l.field === "education");
    if (label) {
      const e = parseEducation(label.value, { labelled: true, lang });
      if (e) return { value: { raw: label.value, level: e.level }, how: "stated", spans: [spanOf(label.block)] };
    }
    let weak: { hit: EducationHit; block: Block } | null = null;
    // a degree wished for ("Master's degree preferred") gives way to one asked for anywhere up to the pluses
    let wish: { hit: EducationHit; block: Block } | null = null;
    for (const kind of ORDER) {
      for (const s of ctx.sections) {
        if (s.kind !== kind || s.chrome) continue;
        for (const b of s.heading && s.heading.text.length >= 25 ? [s.heading, ...s.blocks] : s.blocks) {
          const e = parseEducation(b.text, { lang, preferred: wished });
          if (!e) continue;
          if (!e.weak && !e.preferred && kind !== "nice-to-have") return { value: { raw: e.raw, level: e.level }, how: "stated", spans: [spanOf(b)] };
          if (!e.weak) wish ??= { hit: e, block: b };
          else weak ??= { hit: e, block: b };
        }
      }
      if (kind === "nice-to-have" && wish) return { value: { raw: wish.hit.raw, level: wish.hit.level }, how: "stated", spans: [spanOf(wish.block)] };
    }
    if (wish) return { value: { raw: wish.hit.raw, level: wish.hit.level }, how: "stated", spans: [spanOf(wish.block)] };
    return weak ? { value: { raw: weak.hit.raw, level: weak.hit.level }, how: "stated", spans: [spanOf(weak.block)] } : null;
  },
};
