import { factSpans, foundValue, spanOf, type Detector } from "../context.js";
import { findEmploymentTypes, parseEmploymentType, type EmploymentHit, type EmploymentType } from "../fields/employment.js";
import {
  DASH_OR_SPACE_RE, EMP_DATE_RANGE_RE, EMP_NOT_THIS_CONTRACT_RE, EMP_NOT_THIS_JOB_AFTER_RE, EMP_PERMANENT_NOT_JOB_RE, EMP_ROLE_TIE_RE,
  EMP_TYPE_KEY_RE, HEADER_PIECES_RE, EMP_STUDY_AFTER_RE, EMP_STUDY_BEFORE_RE,
} from "../patterns.js";
import { navigationEntry, topFactLines } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";
import { dict } from "../lexicon/dict.js";
import { BADGE_ONLY_EMPLOYMENT } from "../lexicon/facts.js";
import { PERMANENCE_WORDS } from "../lexicon/terms.js";
import type { Span } from "../schema.js";

// Words that say a contract is open-ended ("Permanent", "CDI", "unbefristet"): full-time only by default.
const PERMANENCE: ReadonlySet<string> = new Set(PERMANENCE_WORDS);

const JSONLD_TYPES: Record<string, EmploymentType> = dict({
  FULL_TIME: "full-time", PART_TIME: "part-time", CONTRACTOR: "contract", CONTRACT: "contract", TEMPORARY: "temporary",
  INTERN: "internship", INTERNSHIP: "internship", VOLUNTEER: "volunteer", PER_DIEM: "temporary", FREELANCE: "freelance",
});
const SKIP_KINDS = new Set(["benefits", "about-company", "diversity", "how-to-apply", "compensation"]);
// Of those, the sections that may still state the role's type in a sentence about the role.
const ASIDE_KINDS = new Set(["benefits", "about-company", "compensation"]);
// A bare "contract", "intern" or "temporary" in a long sentence needs words that tie it to the role.
const WEAK: ReadonlySet<EmploymentType> = new Set(["contract", "internship", "temporary", "volunteer"]);

/** The hits of one prose block that describe this job, most specific first. */
function proseHits(text: string): EmploymentHit[] {
  const out: EmploymentHit[] = [];
  for (const h of findEmploymentTypes(text)) {
    if (EMP_NOT_THIS_JOB_AFTER_RE.test(text.slice(h.end, h.end + 24))) continue;
    // the mode of a degree asked for ("Đại học toàn thời gian", "a full-time university degree"), not of the job
    if (EMP_STUDY_BEFORE_RE.test(text.slice(Math.max(0, h.start - 24), h.start)) || EMP_STUDY_AFTER_RE.test(text.slice(h.end, h.end + 24))) continue;
    if (BADGE_ONLY_EMPLOYMENT.has(h.phrase) || h.phrase === "permanent" && EMP_PERMANENT_NOT_JOB_RE.test(text.slice(h.start, h.end + 12))) continue;
    if (h.value === "contract" && h.phrase === "contract" && EMP_NOT_THIS_CONTRACT_RE.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
    if (WEAK.has(h.value) && text.length > 60 && h.rank > 0 && !EMP_ROLE_TIE_RE.test(text.slice(Math.max(0, h.start - 60), h.end + 60))) continue;
    out.push(h);
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/**
 * Full-time, part-time, contract…: JSON-LD, a label, a pipe header field, a header badge, the
 * title (a dated title "… (01.07.2026 – 30.06.2028)" is a fixed term), then statements in the
 * posting, where each phrase must be about this job ("full-time experience" is not).
 */
export const employmentTypeDetector: Detector<"employmentType"> = {
  key: "employmentType",
  detect(ctx) {
    for (const t of ctx.structured?.employmentType ?? []) {
      const v = JSONLD_TYPES[t.toUpperCase().replace(DASH_OR_SPACE_RE, "_")] ?? parseEmploymentType(t)?.value;
      if (v) return { value: v, how: "stated", spans: factSpans(ctx, "employmentType") };
    }
    // "Contract: Permanent" says the contract is open-ended, and full-time only by default: an
    // "Hours: Part time" among the facts says more
    const open: { hit: { value: EmploymentType; spans: Span[] } | null } = { hit: null };
    const stated = (text: string, v: { value: EmploymentType; start: number; end: number }, spans: Span[]) => {
      if (!PERMANENCE.has(text.slice(v.start, v.end).toLowerCase())) return { value: v.value, how: "stated" as const, spans };
      open.hit ??= { value: v.value, spans };
      return null;
    };
    for (const l of ctx.labels) {
      if (l.field !== "employmentType") continue;
      // "Contract: Till 31 March 2026", "Internship: 6 months": the key itself names the type
      const fromValue = parseEmploymentType(l.value, { glued: true });
      const v = fromValue ?? (EMP_TYPE_KEY_RE.test(l.label) ? null : parseEmploymentType(l.label));
      const found = v ? stated(fromValue ? l.value : l.label, v, [spanOf(l.block)]) : null;
      if (found) return found;
    }
    const pipe = pipeHeader(ctx);
    if (pipe) {
      for (const f of pipe.fields) {
        const v = f.length <= 40 ? parseEmploymentType(f) : null;
        const found = v ? stated(f, v, [spanOf(pipe.block)]) : null;
        if (found) return found;
      }
    }
    const title = foundValue(ctx, "title");
    for (const b of topFactLines(ctx).slice(0, 32)) {
      // (a site menu's "Ausbildung", "Internships" is no contract of this job)
      if ((title && b.text.trim() === title.trim()) || navigationEntry(b, ctx)) continue;
      // (the "Contract type: Permanent" line already read is no "contract" badge)
      if (open.hit && ctx.labelBlocks.has(b)) continue;
      for (const piece of b.text.split(HEADER_PIECES_RE)) {
        if (piece.length > 40) continue;
        const v = parseEmploymentType(piece, { glued: true });
        const found = v ? stated(piece, v, [spanOf(b)]) : null;
        if (found) return found;
      }
    }
    if (open.hit) return { value: open.hit.value, how: "stated", spans: open.hit.spans };
    if (title) {
      const v = parseEmploymentType(title);
      if (v) return { value: v.value, how: "stated", spans: ctx.found.get("title")?.spans };
      if (EMP_DATE_RANGE_RE.test(title)) return { value: "temporary", how: "inferred", spans: ctx.found.get("title")?.spans };
    }
    for (const s of ctx.sections) {
      if (s.chrome || SKIP_KINDS.has(s.kind)) continue;
      for (const b of s.blocks) {
        const hits = proseHits(b.text);
        if (hits.length) return { value: hits[0].value, how: "stated", spans: [spanOf(b)] };
      }
    }
    // "This is a full-time, salaried position" under "About us" or the pay: said of the role itself
    for (const s of ctx.sections) {
      if (s.chrome || !ASIDE_KINDS.has(s.kind)) continue;
      for (const b of s.blocks) {
        const hit = proseHits(b.text).find((h) => EMP_ROLE_TIE_RE.test(b.text.slice(Math.max(0, h.start - 60), h.end + 60)));
        if (hit) return { value: hit.value, how: "stated", spans: [spanOf(b)] };
      }
    }
    return null;
  },
};
