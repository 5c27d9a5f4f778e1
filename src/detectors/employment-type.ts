import { foundValue, spanOf, type Detector } from "../context.js";
import { parseEmploymentType, type EmploymentType } from "../fields/employment.js";
import { headerLines } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";

const JSONLD_TYPES: Record<string, EmploymentType> = {
  FULL_TIME: "full-time", PART_TIME: "part-time", CONTRACTOR: "contract", CONTRACT: "contract", TEMPORARY: "temporary",
  INTERN: "internship", INTERNSHIP: "internship", VOLUNTEER: "volunteer", PER_DIEM: "temporary", FREELANCE: "freelance",
};
const SKIP_KINDS = new Set(["benefits", "about-company", "diversity", "how-to-apply"]);
// "for full-time employees", "full-time equivalent": mentions that are not this job's type
const NOT_THIS_JOB = /\b(?:employees|staff|equivalent|colleagues|team members|hires)\b/i;

/** Full-time, part-time, contract…: JSON-LD, a label, a header badge, the title, then statements. */
export const employmentTypeDetector: Detector<"employmentType"> = {
  key: "employmentType",
  detect(ctx) {
    for (const t of ctx.structured?.employmentType ?? []) {
      const v = JSONLD_TYPES[t.toUpperCase().replace(/[- ]/g, "_")] ?? parseEmploymentType(t)?.value;
      if (v) return { value: v, how: "stated" };
    }
    for (const l of ctx.labels) {
      if (l.field !== "employmentType") continue;
      const v = parseEmploymentType(l.value);
      if (v) return { value: v.value, how: "stated", spans: [spanOf(l.block)] };
    }
    const pipe = pipeHeader(ctx);
    if (pipe) {
      for (const f of pipe.fields) {
        const v = f.length <= 40 ? parseEmploymentType(f) : null;
        if (v) return { value: v.value, how: "stated", spans: [spanOf(pipe.block)] };
      }
    }
    for (const b of headerLines(ctx).slice(0, 25)) {
      for (const piece of b.text.split(/\s+[·•|]\s+/)) {
        if (piece.length > 40) continue;
        const v = parseEmploymentType(piece);
        if (v) return { value: v.value, how: "stated", spans: [spanOf(b)] };
      }
    }
    const title = foundValue(ctx, "title");
    if (title) {
      const v = parseEmploymentType(title);
      if (v) return { value: v.value, how: "stated" };
    }
    for (const s of ctx.sections) {
      if (s.chrome || SKIP_KINDS.has(s.kind)) continue;
      for (const b of s.blocks) {
        const v = parseEmploymentType(b.text);
        if (!v) continue;
        if (NOT_THIS_JOB.test(b.text.slice(v.end, v.end + 24))) continue;
        // a bare "contract" or "stage" in prose is too weak; badges and labels carry those
        if ((v.value === "contract" || v.value === "internship" || v.value === "temporary") && b.text.length > 60 && !/\b(?:contract (?:role|position|basis|job)|\d+[- ]month contract|IR35|internship|praktikum|ausbildung|stage de|prácticas|werkstudent|apprenticeship|seasonal|temporary (?:role|position|job))\b/i.test(b.text)) continue;
        if (v.value === "full-time" && /\bregular\b/i.test(b.text.slice(v.start, v.end))) continue;
        return { value: v.value, how: "stated", spans: [spanOf(b)] };
      }
    }
    return null;
  },
};
