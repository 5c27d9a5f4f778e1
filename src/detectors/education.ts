import { spanOf, type Detector } from "../context.js";
import { parseEducation } from "../fields/education.js";

const ORDER = ["requirements", "overview", "about-role", "nice-to-have", "other"];

/** The education level asked for: an Education / Degree label, then the requirements, then the rest. */
export const educationDetector: Detector<"education"> = {
  key: "education",
  detect(ctx) {
    const label = ctx.labels.find((l) => l.field === "education");
    if (label) {
      const e = parseEducation(label.value, { labelled: true });
      if (e) return { value: { raw: label.value, level: e.level }, how: "stated", spans: [spanOf(label.block)] };
    }
    for (const kind of ORDER) {
      for (const s of ctx.sections) {
        if (s.kind !== kind || s.chrome) continue;
        for (const b of s.blocks) {
          const e = parseEducation(b.text);
          if (e) return { value: { raw: e.raw, level: e.level }, how: "stated", spans: [spanOf(b)] };
        }
      }
    }
    return null;
  },
};
