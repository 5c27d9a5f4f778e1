import { foundValue, spanOf, type Detector } from "../context.js";
import { parseEducation, type EducationHit } from "../fields/education.js";
import type { Block } from "../tree/blocks.js";

const ORDER = ["requirements", "overview", "about-role", "nice-to-have", "other", "responsibilities"];

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
    for (const kind of ORDER) {
      for (const s of ctx.sections) {
        if (s.kind !== kind || s.chrome) continue;
        for (const b of s.heading && s.heading.text.length >= 25 ? [s.heading, ...s.blocks] : s.blocks) {
          const e = parseEducation(b.text, { lang });
          if (!e) continue;
          if (!e.weak) return { value: { raw: e.raw, level: e.level }, how: "stated", spans: [spanOf(b)] };
          weak ??= { hit: e, block: b };
        }
      }
    }
    return weak ? { value: { raw: weak.hit.raw, level: weak.hit.level }, how: "stated", spans: [spanOf(weak.block)] } : null;
  },
};
