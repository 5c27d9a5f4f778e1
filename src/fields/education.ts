import { EDUCATION } from "../lexicon/terms.js";
import type { JobPosting } from "../schema.js";
import { findPhrase } from "./words.js";

export type EducationLevel = NonNullable<JobPosting["education"]>["level"];

// "master" in "Master the craft", "Scrum Master", "master data": not a degree.
const NOT_DEGREE_AFTER = /^\s*(?:data|the|of|our|your|a |an |chef|class|list|plan|key|branch|copy|record)/i;
const NOT_DEGREE_BEFORE = /\b(?:scrum|web|quiz|zen|ring|head|post|toast|grand)\s*$/i;

/**
 * The education level a text asks for: BS/BA/Bachelor's, Master/MSc/MBA, PhD, Bac+2/+3/+5, Abitur,
 * Grado, Licenciatura, Máster, Laurea… The first (most advanced) level named wins only when it is
 * the requirement: "Bachelor's or Master's" → bachelor (the floor).
 */
export function parseEducation(text: string, options: { labelled?: boolean } = {}): { raw: string; level: EducationLevel; start: number; end: number } | null {
  const found: { level: EducationLevel; start: number; end: number; phrase: string }[] = [];
  for (const [phrase, level] of EDUCATION) {
    let from = 0;
    for (;;) {
      const i = findPhrase(text.slice(from), phrase);
      if (i < 0) break;
      const at = from + i;
      const after = text.slice(at + phrase.length, at + phrase.length + 16);
      const before = text.slice(Math.max(0, at - 12), at);
      const caseOk = phrase.length > 3 || options.labelled || /[A-Z.]/.test(text.slice(at, at + phrase.length)) || phrase.includes(".");
      if (caseOk && !(level === "master" && (NOT_DEGREE_AFTER.test(after) || NOT_DEGREE_BEFORE.test(before)))) {
        found.push({ level, start: at, end: at + phrase.length, phrase });
        break;
      }
      from = at + phrase.length;
    }
  }
  if (found.length === 0) return null;
  found.sort((x, y) => x.start - y.start);
  const first = found[0];
  // "Bachelor's degree or higher", "BS/MS": the lowest level named in the same clause is the requirement
  const rank: Record<EducationLevel, number> = { "high-school": 0, associate: 1, bachelor: 2, master: 3, doctorate: 4, other: -1 };
  let pick = first;
  for (const f of found) {
    if (f.start - first.start > 40) break;
    if (f.level !== "other" && rank[f.level] < rank[pick.level] && pick.level !== "other") pick = f;
  }
  const clauseEnd = text.indexOf(".", pick.end);
  const raw = text.slice(Math.max(0, first.start), clauseEnd > 0 && clauseEnd - first.start < 160 ? clauseEnd : Math.min(text.length, first.start + 120)).trim();
  return { raw: raw || pick.phrase, level: pick.level, start: first.start, end: pick.end };
}
