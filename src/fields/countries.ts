import countries from "i18n-iso-countries/index.js";
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import it from "i18n-iso-countries/langs/it.json" with { type: "json" };
import pt from "i18n-iso-countries/langs/pt.json" with { type: "json" };
import { COUNTRY_LONG_FORM_RE, LEADING_THE_RE, PERIODS_RE, WHITESPACE_SPLIT_RE } from "../patterns.js";
import { dict } from "../lexicon/dict.js";
import { ENDONYMS } from "../lexicon/places.js";

// ISO 3166 names in six languages, from the kept i18n-iso-countries data.
const BY_NAME = new Map<string, string>();
const UPPER_ALIASES = new Map<string, string>();
for (const locale of [en, fr, de, es, pt, it]) countries.registerLocale(locale);
for (const lang of ["en", "fr", "de", "es", "pt", "it"]) {
  const names = countries.getNames(lang, { select: "all" }) as Record<string, string[]>;
  for (const [code, list] of Object.entries(names)) {
    for (const n of list) {
      // two- and three-letter aliases ("US", "UK", "USA") count only in capitals: "us" is a pronoun
      if (n.replace(PERIODS_RE, "").length <= 3) UPPER_ALIASES.set(n.replace(PERIODS_RE, ""), code);
      else if (!BY_NAME.has(n.toLowerCase())) BY_NAME.set(n.toLowerCase(), code);
    }
  }
}
for (const [n, code] of [["england", "GB"], ["scotland", "GB"], ["wales", "GB"], ["holland", "NL"], ["the netherlands", "NL"], ["deutschland", "DE"], ["españa", "ES"], ["south korea", "KR"], ["russia", "RU"], ["czechia", "CZ"], ["czech republic", "CZ"], ["türkiye", "TR"], ["turkey", "TR"], ["vietnam", "VN"], ["the united states", "US"], ["the uk", "GB"], ["united states of america", "US"], ["britain", "GB"], ["great britain", "GB"], ["österreich", "AT"], ["schweiz", "CH"], ["suisse", "CH"], ["srbija", "RS"], ["uae", "AE"]] as const) {
  BY_NAME.set(n, code);
}
// countries' own names in languages the kept data does not hold ("Amersfoort, Utrecht, Nederland", "Trnava, Slovensko")
for (const [n, code] of ENDONYMS) if (!BY_NAME.has(n)) BY_NAME.set(n, code);
for (const [n, code] of [["UK", "GB"], ["USA", "US"], ["US", "US"], ["UAE", "AE"], ["KSA", "SA"]] as const) UPPER_ALIASES.set(n, code);

// English short forms where the kept data's first name is the long official one.
const SHORT_OVERRIDES: Record<string, string> = dict({
  US: "United States", GB: "United Kingdom", KR: "South Korea", KP: "North Korea", RU: "Russia", VN: "Vietnam", SY: "Syria",
  MD: "Moldova", LA: "Laos", CZ: "Czechia", CD: "DR Congo", BN: "Brunei", VA: "Vatican City", VG: "British Virgin Islands",
  VI: "U.S. Virgin Islands", FM: "Micronesia", FK: "Falkland Islands", MF: "Saint Martin", SX: "Sint Maarten", MO: "Macau",
  BQ: "Caribbean Netherlands", CV: "Cape Verde",
});
const SHORT_NAMES: Record<string, string> = dict({});
for (const [code, list] of Object.entries(countries.getNames("en", { select: "all" }) as Record<string, string[]>)) {
  const short = list.filter((n) => n.replace(PERIODS_RE, "").length > 3 && !COUNTRY_LONG_FORM_RE.test(n)).sort((a, b) => a.length - b.length)[0];
  SHORT_NAMES[code] = SHORT_OVERRIDES[code] ?? (list[0] && !COUNTRY_LONG_FORM_RE.test(list[0]) ? list[0] : short ?? list[0]);
}

// perf: the first word of every name and alias (lower-cased, with and without its periods), and the
// word after "the" in names that open with it, so a scan of a posting's words tries names only at
// the words that can open one
const FIRST_WORDS = new Set<string>();
const AFTER_THE = new Set<string>();
for (const key of [...BY_NAME.keys(), ...UPPER_ALIASES.keys()]) {
  const words = key.toLowerCase().split(WHITESPACE_SPLIT_RE);
  FIRST_WORDS.add(words[0]);
  FIRST_WORDS.add(words[0].replace(PERIODS_RE, ""));
  if (words[0] === "the" && words.length > 1) AFTER_THE.add(words[1]);
}

function opensName(w: string): boolean {
  return FIRST_WORDS.has(w) || (w.includes(".") && FIRST_WORDS.has(w.replace(PERIODS_RE, "")));
}

/**
 * False when `countryCode` finds nothing for any run of words that opens with `word` (then `next`):
 * no name or alias it knows starts so, even after a leading "the" ("The Netherlands", "the UK").
 */
export function mayOpenCountryName(word: string, next: string | undefined): boolean {
  const w = word.toLowerCase();
  if (w !== "the") return opensName(w);
  if (next === undefined) return false;
  const n = next.toLowerCase();
  return opensName(n) || AFTER_THE.has(n);
}

/** The ISO 3166-1 alpha-2 code of a country name in one of six languages, or of "USA"/"UK". */
export function countryCode(name: string): string | null {
  const t = name.trim().replace(LEADING_THE_RE, "");
  if (t.length === 0) return null;
  const upper = UPPER_ALIASES.get(t.replace(PERIODS_RE, ""));
  if (upper && t === t.toUpperCase()) return upper;
  return BY_NAME.get(t.toLowerCase()) ?? BY_NAME.get(name.trim().toLowerCase()) ?? null;
}

/** The English short name of a country code ("US" → "United States"). */
export function countryName(code: string): string | null {
  return SHORT_NAMES[code] ?? countries.getName(code, "en") ?? null;
}

/** True when the code is an ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code);
}

/** The alpha-2 code of an ISO alpha-2 or alpha-3 code as ATS exports write them ("DEU", "US"), or null. */
export function isoCode(code: string): string | null {
  const t = code.trim().toUpperCase();
  if (t.length === 2) return countries.isValid(t) ? t : null;
  if (t.length === 3) return countries.alpha3ToAlpha2(t) ?? null;
  return null;
}
