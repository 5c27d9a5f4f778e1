import { YEARS_RE } from "../patterns.js";

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, dix: 10, ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5,
  sechs: 6, sieben: 7, acht: 8, zehn: 10, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, diez: 10,
};

/** Years of experience required, with where the phrase stood. */
export interface ExperienceHit {
  raw: string;
  minYears: number | null;
  maxYears: number | null;
  start: number;
  end: number;
}

// Years that are not experience: "4-year degree", "5 years old", "founded 10 years ago", "vesting over 4 years".
const NOT_EXPERIENCE_AFTER = /^[\s-]*(?:degree|old|of age|ago|vesting|vest|cliff|warranty|contract|commitment|history|in business|anniversary|track record of the company|program)/i;
const NOT_EXPERIENCE_BEFORE = /\b(?:founded|for the (?:past|last)|over the (?:past|last|next)|in the (?:past|last|next)|within|vest(?:ing|s)? over|every|aged?|since|next|after|for over|committed for|in business for|operating for|been around for)\s*$/i;
const EXPERIENCE_WORD = /\b(?:experience|exp\b|expérience|erfahrung|berufserfahrung|experiencia|experiência|esperienza|background|track record|working|professional|industry|hands-on|in (?:a |an )?(?:role|position|similar)|of (?:\w+ ){0,3}(?:development|engineering|design|management|sales|marketing)|yoe)/i;

/**
 * "5+ years of experience", "3-5 years", "at least five years", "minimum 2 ans", "mindestens 3 Jahre",
 * "al menos 3 años"; with `labelled` the text is the value of an Experience label ("5 Years").
 */
export function parseExperience(text: string, options: { labelled?: boolean } = {}): ExperienceHit | null {
  const m = YEARS_RE.exec(text);
  if (!m || !m.groups) return null;
  const g = m.groups;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  if (NOT_EXPERIENCE_AFTER.test(after) || NOT_EXPERIENCE_BEFORE.test(before)) return null;
  if (!options.labelled && !EXPERIENCE_WORD.test(after) && !EXPERIENCE_WORD.test(before.slice(-30)) && !/\bexp/i.test(after)) return null;
  const a = toNumber(g.a);
  if (a === null || a > 40) return null;
  const b = g.b ? toNumber(g.b) : null;
  const lead = (g.lead ?? "").toLowerCase();
  if (/up to/.test(lead)) return { raw: m[0].trim(), minYears: null, maxYears: a, start: m.index, end: m.index + m[0].length };
  if (b !== null && b >= a && b <= 40) return { raw: m[0].trim(), minYears: a, maxYears: b, start: m.index, end: m.index + m[0].length };
  return { raw: m[0].trim(), minYears: a, maxYears: null, start: m.index, end: m.index + m[0].length };
}

function toNumber(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  return WORD_NUMBERS[s.toLowerCase()] ?? null;
}
