import { factSpans, spanOf, type Detector } from "../context.js";
import { parseExperience, type ExperienceHit } from "../fields/experience.js";
import type { Block } from "../tree/blocks.js";

const ORDER = ["requirements", "overview", "about-role", "other", "responsibilities", "nice-to-have"];
// Last, any other section: "You should have 5+ years of commercial experience" under "Company" or the perks.
// The parser itself turns down the company's own years ("We have 20 years of experience").
const LAST = new Set(ORDER);
// Sections about the company, the perks or the process: there only a sentence to the candidate counts.
const ASIDE_KINDS = new Set(["about-company", "benefits", "compensation", "diversity", "how-to-apply", "interview-process", "teams"]);
// Of those, the ones whose list items are what an applicant brings ("Who should apply", "What makes you a great candidate"):
// an item there that opens with the years is a requirement without "you".
const APPLICANT_KINDS = new Set(["how-to-apply"]);

/**
 * Years of experience: an Experience label first, then the requirements, then the rest of the
 * text; the main requirement of a line wins over a specialty clause ("8+ years …, including 2 in AI").
 * A label and the text that disagree give a warning.
 */
export const experienceDetector: Detector<"experience"> = {
  key: "experience",
  detect(ctx) {
    let fromText: { hit: ExperienceHit; block: Block } | null = null;
    for (const kind of [...ORDER, null]) {
      for (const s of ctx.sections) {
        if (s.chrome || (kind === null ? LAST.has(s.kind) : s.kind !== kind)) continue;
        // a requirement scraped as a heading: "You have 3+ years experience as a full-stack engineer"
        const blocks = s.heading && s.heading.text.length >= 25 ? [s.heading, ...s.blocks] : s.blocks;
        for (const b of blocks) {
          const listed = b.type === "item" && APPLICANT_KINDS.has(s.kind);
          let hit = parseExperience(b.text, { voiced: kind === null && ASIDE_KINDS.has(s.kind) && !listed });
          if (hit && listed && kind === null && hit.start > 12 && parseExperience(b.text, { voiced: true }) === null) hit = null;
          if (hit) {
            fromText = { hit, block: b };
            break;
          }
        }
        if (fromText) break;
      }
      if (fromText) break;
    }
    const label = ctx.labels.find((l) => l.field === "experience");
    const fromLabel = label ? parseExperience(label.value, { labelled: true }) : null;
    if (label && fromLabel) {
      const warnings: string[] = [];
      if (fromText && fromText.hit.minYears !== null && fromText.hit.minYears !== fromLabel.minYears) {
        warnings.push(`experience: the overview says "${label.value}" and the text says "${fromText.hit.raw}"`);
      }
      return { value: { raw: label.value, minYears: fromLabel.minYears, maxYears: fromLabel.maxYears }, how: "stated", spans: [spanOf(label.block)], warnings };
    }
    if (ctx.structured?.experienceMonths && !fromText) {
      const y = Math.round((ctx.structured.experienceMonths / 12) * 10) / 10;
      return { value: { raw: `${ctx.structured.experienceMonths} months`, minYears: y, maxYears: null }, how: "derived", spans: factSpans(ctx, "experienceMonths") };
    }
    if (fromText) return { value: { raw: fromText.hit.raw, minYears: fromText.hit.minYears, maxYears: fromText.hit.maxYears }, how: "stated", spans: [spanOf(fromText.block)] };
    return null;
  },
};
