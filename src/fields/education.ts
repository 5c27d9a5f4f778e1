import { EDUCATION, EDUCATION_FIELD_WORDS, EDUCATION_LANGUAGES, NORDIC_EDUCATION } from "../lexicon/terms.js";
import {
  CAPITAL_RE, EDU_ABBREV_RE, EDU_DEGREE_NOTE_IN_RE, EDU_LICENCE_CLASS_RE, LETTER_RE, EDU_FIRM_HIGH_SCHOOL_RE, EDU_MASTER_NOUN_AFTER_RE, EDU_NOT_DEGREE_AFTER_RE, EDU_NOT_DEGREE_BEFORE_RE, PERIODS_RE,
} from "../patterns.js";
import type { JobPosting } from "../schema.js";
import { findIn, lowered, phraseCandidates } from "./words.js";
import { dict } from "../lexicon/dict.js";
import { EDUCATION_BY_LANGUAGE, EDUCATION_CAPITALS_ONLY, EDUCATION_ONLY_IN_LANGUAGE } from "../lexicon/education.js";

// perf: this module's own scanner of a global pattern, built once at load and rewound (`lastIndex = 0`) before each use;
// the loop that runs it calls nothing that runs it again
const EDU_ABBREV_SCAN = new RegExp(EDU_ABBREV_RE.source, EDU_ABBREV_RE.flags);
const EDU_DEGREE_NOTE_SCAN = new RegExp(EDU_DEGREE_NOTE_IN_RE.source, EDU_DEGREE_NOTE_IN_RE.flags);

export type EducationLevel = NonNullable<JobPosting["education"]>["level"];

/** An education level a text names, with where and how firmly. */
export interface EducationHit {
  raw: string;
  level: EducationLevel;
  start: number;
  end: number;
  /** a bare "high school" ("a track record from high school and university") or a vocational word: used only when nothing firmer is named */
  weak: boolean;
  /** every degree named is wished for, not asked ("Master's degree preferred") */
  preferred: boolean;
}

// short words that are also everyday words ("eso", "bac") count only in capitals: "ESO", "BAC", "GED"
// perf: the phrases alone, indexed once by phraseCandidates
const GENERIC = new Set(["degree in", "college degree", "university degree", "studium", "hochschulabschluss"]);
const ALL_CAPS = new Set(["eso", "bac", "ged", "bts", "dut", "hnd", "hnc", ...EDUCATION_CAPITALS_ONLY]);
const RANK: Record<EducationLevel, number> = { "high-school": 0, associate: 1, bachelor: 2, master: 3, doctorate: 4, other: -1 };
const SHARED = [...EDUCATION, ...NORDIC_EDUCATION];
const SHARED_WORDS = new Set(SHARED.map(([phrase]) => phrase));
// the words of each language's table the shared one lacks, and the language each is limited to when it is one
const LANGUAGE_OF: Record<string, string[]> = dict({});
const BY_LANGUAGE: [string, EducationLevel][] = [];
for (const [lang, rows] of Object.entries(EDUCATION_BY_LANGUAGE)) {
  for (const [phrase, level] of rows) {
    if (SHARED_WORDS.has(phrase)) continue;
    if (EDUCATION_ONLY_IN_LANGUAGE.includes(phrase)) (LANGUAGE_OF[phrase] ??= []).push(lang);
    if (!BY_LANGUAGE.some(([p]) => p === phrase)) BY_LANGUAGE.push([phrase, level]);
  }
}
const PHRASES: [string, EducationLevel][] = [...SHARED, ...BY_LANGUAGE];
const PHRASE_WORDS = PHRASES.map(([phrase]) => phrase);
const FIELD_WORDS = new Set(EDUCATION_FIELD_WORDS);
const ABBREV_LEVEL: Record<string, EducationLevel> = dict({ BS: "bachelor", BA: "bachelor", BSC: "bachelor", BENG: "bachelor", BTECH: "bachelor", MS: "master", MA: "master", MSC: "master", MENG: "master" });

/**
 * The education level a text asks for: BS/BA/BSc/Bachelor's, Master/MSc/MBA, PhD/doctorate,
 * Bac+2/+3/+5, Abitur, Schulabschluss, Grado, Licenciatura, Máster, Laurea… Several levels in one
 * clause name a floor: "Bachelor's or Master's", "BS/MS" → bachelor.
 */
export function parseEducation(
  text: string,
  options: { labelled?: boolean; lang?: string | null; preferred?: (clause: string) => boolean } = {},
): EducationHit | null {
  const found: { level: EducationLevel; start: number; end: number; phrase: string }[] = [];
  const hay = lowered(text);
  for (const k of phraseCandidates(hay, PHRASE_WORDS)) {
    const [phrase, level] = PHRASES[k];
    // "Promotion potential" in an English posting, "Driving Licence": a word only one language means as a degree
    const langs = EDUCATION_LANGUAGES[phrase];
    if (langs && options.lang && !langs.includes(options.lang)) continue;
    // the per-language words that are other words elsewhere ("HBO Max", "diploma") need their language said
    const only = LANGUAGE_OF[phrase];
    if (only && !(options.lang && only.includes(options.lang))) continue;
    for (let at = findIn(hay, phrase); at >= 0; at = findIn(hay, phrase, at + phrase.length)) {
      const written = text.slice(at, at + phrase.length);
      const after = text.slice(at + phrase.length, at + phrase.length + 16);
      const before = text.slice(Math.max(0, at - 12), at);
      // short words count only with a capital: "PhD", "MBA", "GED", not "ged"; scripts without case ("석사") always
      const caseless = written.toLowerCase() === written.toUpperCase();
      // (in a line written all in capitals, "ASSISTANTS ADMINISTRATION DES VENTES", a short word's capitals say nothing)
      const caseOk = phrase.length > 3 || phrase.includes(".") || options.labelled === true || caseless || (ALL_CAPS.has(phrase) ? written === written.toUpperCase() && !shouted(text, at, at + phrase.length) : CAPITAL_RE.test(written));
      // "you will master any stack": a lowercase "master" is a degree only before "degree", "in", "of", "/"
      const verb = phrase === "master" && written === "master" && !EDU_MASTER_NOUN_AFTER_RE.test(after);
      // "🗂 Ingeniería" alone on its line is a department badge; "Grado en Ingeniería" a degree
      const bare = FIELD_WORDS.has(phrase) && !LETTER_RE.test(text.slice(0, at) + text.slice(at + phrase.length));
      // "Licence C (électricien)", "licencia clase B": a licence's class is a trade's or a driver's, no degree
      if (LICENCE_WORDS.has(phrase) && EDU_LICENCE_CLASS_RE.test(after)) continue;
      // "www.b.com", "shop.b.ed.gov": an abbreviation with dots inside a host name is no degree
      if (phrase.includes(".") && HOST_MARKS.includes(text[at - 1] ?? " ")) continue;
      if (caseOk && !verb && !bare && !((phrase === "master" || phrase === "masters") && (EDU_NOT_DEGREE_AFTER_RE.test(after) || EDU_NOT_DEGREE_BEFORE_RE.test(before)))) {
        found.push({ level, start: at, end: at + phrase.length, phrase });
        break;
      }
    }
  }
  const abbrev = EDU_ABBREV_SCAN;
  abbrev.lastIndex = 0;
  for (let m = abbrev.exec(text); m; m = abbrev.exec(text)) {
    const level = ABBREV_LEVEL[(m.groups?.abbr ?? "").replace(PERIODS_RE, "").toUpperCase()];
    if (level) found.push({ level, start: m.index, end: m.index + m[0].length, phrase: m[0] });
  }
  // "A degree (Level 8) in Microbiology": the note between the degree and its field
  if (found.length === 0 && text.includes("(")) {
    const noted = EDU_DEGREE_NOTE_SCAN;
    noted.lastIndex = 0;
    const m = noted.exec(text);
    if (m) found.push({ level: "bachelor", start: m.index, end: m.index + m[0].length, phrase: "degree in" });
  }
  if (found.length === 0) return null;
  // "Bac+5" also holds "Bac": of two phrases at one place, the longer one is meant;
  // "Master's degree in": the generic "degree in" adds nothing to the level before it
  const kept = found.filter(
    (f) =>
      !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start) &&
      !(GENERIC.has(f.phrase) && found.some((g) => !GENERIC.has(g.phrase) && g.start < f.start && f.start - g.end <= 20 && !crossesClause(text, g.end, f.start))),
  );
  kept.sort((x, y) => x.start - y.start);
  // "PhD preferred; a degree in chemistry is required", "Bachelor's degree (Master's preferred)": the degree
  // asked for outranks the one wished for; when every degree named is wished for, the hit says so
  let asked = kept;
  let preferred = false;
  if (options.preferred) {
    const wished = kept.map((f) => options.preferred!(clauseAround(text, f.start, f.end)));
    asked = kept.filter((_, i) => !wished[i]);
    if (asked.length === 0) {
      asked = kept;
      preferred = true;
    }
  }
  const first = asked[0];
  // "Bachelor's degree or higher", "BS/MS": the lowest level named in the same clause is the requirement
  let pick = first;
  for (const f of asked) {
    if (f.start - first.start > 40) break;
    if (f.level !== "other" && pick.level !== "other" && RANK[f.level] < RANK[pick.level]) pick = f;
    if (pick.level === "other" && f.level !== "other") pick = f;
  }
  // (a full stop, not the dots of an abbreviation: "B.Com / M.Com with 4+ years")
  const clauseEnd = sentenceStop(text, pick.end);
  const raw = text.slice(first.start, clauseEnd > 0 && clauseEnd - first.start < 160 ? clauseEnd : Math.min(text.length, first.start + 120)).trim();
  const weak = pick.level === "other" || (pick.phrase.toLowerCase() === "high school" && !EDU_FIRM_HIGH_SCHOOL_RE.test(text.slice(pick.end, pick.end + 20)));
  return { raw: raw || pick.phrase, level: pick.level, start: first.start, end: pick.end, weak, preferred };
}

/** Characters before an abbreviation that make it part of a host name or a path. */
const HOST_MARKS = "./@";

/**
 * The first full stop from `from` on that ends a sentence, or -1: one followed by a space or the end, or
 * glued to the next sentence after a word or a bracket ("related field.Proven"); not the dots of an abbreviation, whose
 * parts are a letter or two ("M.Com", "Ph.D", "e.g", "U.S").
 */
function sentenceStop(text: string, from: number): number {
  for (let at = text.indexOf(".", from); at >= 0; at = text.indexOf(".", at + 1)) {
    const next = text[at + 1];
    if (next === undefined || next === " " || next === "\n") return at;
    let letters = 0;
    while (at - letters - 1 >= 0 && LETTER_RE.test(text[at - letters - 1]) && letters < ABBREVIATION_PART) letters++;
    // ("(e.g., Physics).Proven": after a bracket or a figure, a full stop too)
    if (letters >= ABBREVIATION_PART || letters === 0) return at;
  }
  return -1;
}
// The most letters of one part of an abbreviation written with dots.
const ABBREVIATION_PART = 3;

/** Words that name a degree unless a class letter follows them ("Licence C", "licencia clase B"). */
const LICENCE_WORDS: ReadonlySet<string> = new Set(["licence", "licencia"]);

/** Marks that close a clause around a degree: "Master's preferred" in "Bachelor's degree (Master's preferred), 3 years". */
const CLAUSE_MARKS = ".;,()";

/** Whether a clause mark stands between two places ("PhD preferred; a degree in…": the generic degree is its own). */
function crossesClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_MARKS.includes(text[i])) return true;
  return false;
}

/**
 * The clause of `text` that holds [start, end): up to ".", ";" or "," outside brackets, what stands in
 * brackets belonging to the clause around it ("Idealerweise eine Ausbildung (z. B. Büromanagement) oder
 * ein Studium" is one wish); a degree inside brackets has the brackets for its clause ("(Master's preferred)").
 */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  let depth = 0;
  while (from > 0) {
    const c = text[from - 1];
    if (c === ")") depth++;
    else if (c === "(") {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && CLAUSE_ENDS.includes(c)) break;
    from--;
  }
  let to = end;
  depth = 0;
  while (to < text.length) {
    const c = text[to];
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && CLAUSE_ENDS.includes(c)) break;
    to++;
  }
  return text.slice(from, to);
}

/** Marks that end a clause outside brackets. */
const CLAUSE_ENDS = ".;,";

// How far around a short word its line is read for small letters.
const SHOUT_REACH = 16;

/** Whether the words around text[from, to) are all written in capitals. */
function shouted(text: string, from: number, to: number): boolean {
  const around = text.slice(Math.max(0, from - SHOUT_REACH), from) + text.slice(to, to + SHOUT_REACH);
  let letters = 0;
  for (const c of around) {
    if (c.toLowerCase() === c.toUpperCase()) continue;
    if (c !== c.toUpperCase()) return false;
    letters++;
  }
  return letters >= 4;
}
