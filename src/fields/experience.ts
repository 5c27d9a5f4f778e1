import { dict } from "../lexicon/dict.js";
import {
  EXP_CANDIDATE_VOICE_RE,
  EXP_COMPANY_VOICE_RE,
  EXP_FOLLOW_RE,
  EXP_HINT_RE,
  EXP_MONTH_UNIT_RE,
  EXP_NOT_AFTER_RE,
  EXP_NOT_BEFORE_RE,
  EXP_NUMBER_RE,
  EXP_OVER_LEAD_RE,
  EXP_WITH_BEFORE_RE,
  EXP_PLUS_RE,
  EXP_QUALIFICATION_RE,
  EXP_UP_TO_RE,
  EXP_WORD_RE, EXP_HELD_BEFORE_RE, LETTER_RE,
  FIRST_SENTENCE_END_RE,
  US_COUNTRY_WORD_RE,
  YEARS_RE,
} from "../patterns.js";

// perf: this module's own scanner of a global pattern, built once at load and rewound (`lastIndex = 0`) before each use;
// the loop that runs it calls nothing that runs it again
const YEARS_SCAN = new RegExp(YEARS_RE.source, YEARS_RE.flags);

const WORD_NUMBERS: Record<string, number> = dict({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  ein: 1, einem: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, um: 1, dois: 2, três: 3,
  quatro: 4, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, dieci: 10,
});

/** Years of experience required, with where the phrase stood. */
export interface ExperienceHit {
  raw: string;
  minYears: number | null;
  maxYears: number | null;
  start: number;
  end: number;
}

/**
 * The years of experience a text asks for: "5+ years of experience", "3-5 years", "at least five
 * years of production Rust", "Four (4) years of experience", "minimum 2 ans", "mindestens 3 Jahre
 * Berufserfahrung", "al menos 3 años", "Software development: 2 years (Preferred)". The first
 * requirement of a line wins over a later specialty clause ("8+ years of product management,
 * including 2 in AI" → 8). Age, tenure, vesting, company history and "4-year degree" are not
 * experience. With `labelled` the text is the value of an Experience label ("3 Years"); with `voiced`
 * the sentence must address the candidate ("You should have 5+ years", "we'd like 2+ years").
 */
export function parseExperience(text: string, options: { labelled?: boolean; voiced?: boolean } = {}): ExperienceHit | null {
  if (!EXP_HINT_RE.test(text)) return null;
  const re = YEARS_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const hit = readMatch(text, m, options.labelled === true, options.voiced === true);
    if (hit) return hit;
  }
  return null;
}

function readMatch(text: string, m: RegExpExecArray, labelled: boolean, voiced: boolean): ExperienceHit | null {
  const g = m.groups ?? {};
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const end = m.index + m[0].length;
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 40), start);
  // "vesting over 4 years", "for over 20 years": the lead word belongs to what comes before
  if (EXP_NOT_AFTER_RE.test(after) || EXP_NOT_BEFORE_RE.test(before + (g.lead ?? ""))) return null;
  const months = EXP_MONTH_UNIT_RE.test(g.unit ?? "");
  const shaped = Boolean(g.lead) || EXP_PLUS_RE.test(m[0]) || g.b !== undefined;
  // "We are an agency with over 25 years of experience": the company's years, not the job's
  const wide = text.slice(Math.max(0, start - 200), start);
  const sentence = wide.slice(Math.max(wide.lastIndexOf(". "), wide.lastIndexOf("\n"), wide.lastIndexOf("! ")) + 1);
  const stated =
    // "You will have held a Sous Chef position in a rosette kitchen for at least 2 years"
    EXP_HELD_BEFORE_RE.test(sentence) ||
    labelled ||
    EXP_WORD_RE.test(after) ||
    EXP_WORD_RE.test(before.slice(-40)) ||
    (shaped && !months && EXP_FOLLOW_RE.test(after)) ||
    // "Software development: 2 years (Preferred)"; a line that is only "3+ years" or "Python (4+ years)"
    // ("Posting for 3 years" is a profile's age, "Maior de 18 anos" an age)
    (!months && EXP_QUALIFICATION_RE.test(before)) ||
    (text.trim().length <= 20 && (!LETTER_RE.test(text.slice(0, start)) || text.slice(0, start).trimEnd().endsWith("(")));
  if (!stated) return null;
  if (!labelled && companyVoice(sentence) && !EXP_CANDIDATE_VOICE_RE.test(sentence)) return null;
  // a company's history told as "with over 20 years of experience" ("mit über 40 Jahren Erfahrung", "Con más de 14 años"),
  // or "over 15 years of experience in the trade" opening a sentence right after the company's own ("Today we are …")
  if (!labelled && EXP_OVER_LEAD_RE.test((g.lead ?? "").trim()) && !EXP_CANDIDATE_VOICE_RE.test(sentence + sentenceRest(text, end))) {
    if (EXP_WITH_BEFORE_RE.test(before)) return null;
    const head = wide.slice(0, wide.length - sentence.length);
    if (sentence.trim() === "" && head.trim() !== "") {
      const previous = head.slice(Math.max(head.slice(0, -2).lastIndexOf(". "), head.lastIndexOf("\n")) + 1);
      if (companyVoice(previous) && !EXP_CANDIDATE_VOICE_RE.test(previous)) return null;
    }
  }
  // outside the requirements ("About us", the perks) the sentence must speak to the candidate: "You should have 5+ years"
  if (voiced && !EXP_CANDIDATE_VOICE_RE.test(sentence)) return null;
  let a = toNumber(g.a);
  let b = g.b !== undefined ? toNumber(g.b) : null;
  if (a === null || a > 40) return null;
  if (months) {
    a = Math.round((a / 12) * 10) / 10;
    b = b !== null ? Math.round((b / 12) * 10) / 10 : null;
  }
  const raw = m[0].trim();
  if (EXP_UP_TO_RE.test(g.lead ?? "")) return { raw, minYears: null, maxYears: a, start, end };
  if (b !== null && b >= a && b <= 40) return { raw, minYears: a, maxYears: b, start, end };
  return { raw, minYears: a, maxYears: null, start, end };
}

/** The company speaks in the text ("we", "our", "wir"); "US" in capitals is the country, not "us". */
function companyVoice(text: string): boolean {
  return EXP_COMPANY_VOICE_RE.test(text.replace(US_COUNTRY_WORD_RE, ""));
}

/** The rest of the sentence after `end` (at most 120 characters). */
function sentenceRest(text: string, end: number): string {
  const rest = text.slice(end, end + 120);
  const stop = rest.search(FIRST_SENTENCE_END_RE);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

function toNumber(s: string | undefined): number | null {
  if (!s) return null;
  if (EXP_NUMBER_RE.test(s)) return Number(s.replace(",", "."));
  return WORD_NUMBERS[s.toLowerCase()] ?? null;
}
