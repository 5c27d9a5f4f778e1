import {
  AMBIGUOUS_COUNTRY_NAMES, CA_PROVINCES, OTHER_REGIONS, US_STATES, CALLING_CODES, CURRENCY_COUNTRIES, CURRENCY_SIGN_COUNTRIES, LANGUAGE_COUNTRIES, SECOND_LEVEL_DOMAINS, VANITY_TLDS,
} from "../lexicon/places.js";
import { COUNTRY_EVIDENCE_ALL_DIGITS_RE, COUNTRY_EVIDENCE_NON_DIGITS_RE, COUNTRY_EVIDENCE_PHONE_RE, EMAIL_RE, URL_HOST_END_RE, URL_RE, URL_SCHEME_RE } from "../patterns.js";
import { countryCode, isCountryCode, mayOpenCountryName } from "./countries.js";
import { isSpaceUnit } from "./words.js";
import { CITIES, SHARED_CITY_NAMES } from "../lexicon/places.js";
import { PROVINCE_NAMES, REGION_NAMES as REGION_TABLE, TOWN_NAMED_REGIONS, WORDLIKE_REGION_NAMES } from "../lexicon/regions.js";

/** What the posting itself says about its country: a vote per country, and its language. */
export interface CountryEvidence {
  readonly votes: ReadonlyMap<string, number>;
  readonly language: string | null;
}

// How much one mention of each kind weighs, and how many mentions of one kind count per country.
const WEIGHT = { name: 2, phone: 3, domain: 2, currency: 2, region: 1 } as const;
const CAP = 3;
// Region names alone never make a country lead (a lead needs 3): "Bavaria" twice is a hint, not the posting's country.
const REGION_CAP = 2;
// A language is only a tie-breaker between a place's possible countries.
const LANGUAGE_WEIGHT = 0.5;
// The most text read (a posting's facts and contacts are near its top or bottom; both ends are read).
const MAX_TEXT = 40000;
// "New Mexico", "Western Australia": a region whose last word is a country's name
const REGION_NAMES = new Set([...Object.values(US_STATES), ...Object.values(CA_PROVINCES)].map((n) => n.toLowerCase()).concat(Object.keys(OTHER_REGIONS)));
// "Selangor", "Western Cape", "Noord-Brabant": region names of one country only that are no town's, word's or firm's
// name (provinces named after towns, word-like names and towns are left out): a vote for their country.
const REGION_EVIDENCE = new Map<string, string>();
for (const [key, list] of Object.entries(REGION_TABLE)) {
  if (list.length !== 1 || key.length < 4 || key === key.toUpperCase() || CITIES[key] || SHARED_CITY_NAMES[key] || WORDLIKE_REGION_NAMES.has(key) || TOWN_NAMED_REGIONS.has(key) || PROVINCE_NAMES.has(key) || countryCode(key)) continue;
  REGION_EVIDENCE.set(key, list[0][1]);
}
for (const [key, cc] of Object.entries(OTHER_REGIONS)) if (key.includes(" ") && !REGION_EVIDENCE.has(key) && !CITIES[key]) REGION_EVIDENCE.set(key, cc);
// perf: the first words of those region names, so a word that opens no country's name is still tried as one
const REGION_FIRST_WORDS = new Set([...REGION_EVIDENCE.keys()].map((k) => k.split(" ")[0]));
// Words that may join a country's name ("Bosnia and Herzegovina", "República de Colombia").
const NAME_JOINERS = new Set(["and", "of", "the", "de", "del", "y", "e", "et", "und", "do", "da", "di"]);

/**
 * Reads the posting's own evidence of its country: countries it names ("Argentina", "Polska"),
 * international phone prefixes ("+54 351…"), country domains of its e-mails and links
 * ("rrhh@empresa.com.ar", "firma.pl"), and currencies only one country uses ("zł", "R$", "Bs", "ARS").
 * `language` is kept as a weak vote among a place's possible countries.
 */
export function readCountryEvidence(text: string, language: string | null): CountryEvidence {
  const t = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT / 2) + "\n" + text.slice(-MAX_TEXT / 2) : text;
  const counts = new Map<string, Map<keyof typeof WEIGHT, number>>();
  const vote = (cc: string | null | undefined, kind: keyof typeof WEIGHT) => {
    if (!cc) return;
    const byKind = counts.get(cc) ?? new Map<keyof typeof WEIGHT, number>();
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    counts.set(cc, byKind);
  };
  // (perf: each pattern below needs its "+", "@" or "http": a text without one is not scanned)
  if (t.includes("+")) for (const m of t.matchAll(new RegExp(COUNTRY_EVIDENCE_PHONE_RE.source, COUNTRY_EVIDENCE_PHONE_RE.flags))) {
    // a phone number has six to twelve more digits, and no "%" after them ("+ 10% de fin de mission")
    const digits = m[2].replace(COUNTRY_EVIDENCE_NON_DIGITS_RE, "").length;
    if (digits >= 6 && digits <= 12 && t[(m.index ?? 0) + m[0].length] !== "%") vote(callingCountry(m[1]), "phone");
  }
  if (t.includes("@")) for (const m of t.matchAll(new RegExp(EMAIL_RE.source, EMAIL_RE.flags))) vote(domainCountry(m[0]), "domain");
  if (t.includes("http")) for (const m of t.matchAll(new RegExp(URL_RE.source, URL_RE.flags))) vote(domainCountry(m[0]), "domain");
  const tokens = trimmedTokens(t);
  const figures = tokens.map(hasDigit);
  for (let i = 0; i < tokens.length; i++) {
    vote(currencyCountry(tokens, i, figures), "currency");
    const first = tokens[i];
    // (perf: an ASCII letter's case read from its code)
    const c0 = first.charCodeAt(0);
    if (first.length < 2 || (c0 >= 97 && c0 <= 122) || (!(c0 >= 65 && c0 <= 90) && first[0] === first[0].toLowerCase()) || (!mayOpenCountryName(first, tokens[i + 1]) && !REGION_FIRST_WORDS.has(first.toLowerCase()))) continue;
    // the longest name first: "Costa Rica", "Bosnia and Herzegovina", "Reino Unido"
    for (let n = 4; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const words = tokens.slice(i, i + n);
      if (n > 1 && NAME_JOINERS.has(words[n - 1].toLowerCase())) continue;
      const name = words.join(" ");
      if (n === 1 && (name.length <= 3 ? !["USA", "UK", "UAE"].includes(name) : AMBIGUOUS_COUNTRY_NAMES.has(name.toLowerCase()))) continue;
      const cc = countryCode(name);
      // "Réunion de service" opening a French sentence is a meeting when the text writes "réunion" too
      if (cc && n === 1 && t.includes(` ${name.toLowerCase()}`)) continue;
      if (cc && i > 0 && REGION_NAMES.has(`${tokens[i - 1]} ${name}`.toLowerCase())) continue;
      if (cc) {
        vote(cc, "name");
        i += n - 1;
        break;
      }
      const region = REGION_EVIDENCE.get(name.toLowerCase());
      if (region && name.length >= 4 && name !== name.toUpperCase()) {
        vote(region, "region");
        i += n - 1;
        break;
      }
    }
  }
  const votes = new Map<string, number>();
  for (const [cc, byKind] of counts) {
    let v = 0;
    for (const [kind, n] of byKind) v += WEIGHT[kind] * Math.min(n, kind === "region" ? REGION_CAP : CAP);
    votes.set(cc, v);
  }
  return { votes, language };
}

const CURRENCY_SIGNS = "$£€₩₫₹₡₲";

function kept(c: string, end: boolean): boolean {
  const k = c.charCodeAt(0);
  // perf: ASCII letters and digits answered without case mapping
  if ((k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57)) return true;
  return c.toLowerCase() !== c.toUpperCase() || (c >= "0" && c <= "9") || CURRENCY_SIGNS.includes(c) || (end && c === "/") || c > "\u3000";
}

/**
 * The words of a text between its white space, each without the punctuation at its ends ("Argentina." →
 * "Argentina", "(Bs" → "Bs"; "S/" keeps its slash), empty ones left out: `t.split(/\s+/)` trimmed so, in one pass.
 */
function trimmedTokens(t: string): string[] {
  const out: string[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceUnit(t.charCodeAt(i))) i++;
    let j = i;
    while (j < n && !isSpaceUnit(t.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    while (a < b && !kept(t[a], false)) a++;
    while (b > a && !kept(t[b - 1], true)) b--;
    if (b > a) out.push(t.slice(a, b));
    i = j;
  }
  return out;
}

/** Whether a word holds an ASCII digit (COUNTRY_EVIDENCE_DIGITS_RE, read without a regex). */
function hasDigit(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The country of an international prefix ("54" → AR, "591" → BO), longest prefix first. */
function callingCountry(digits: string): string | null {
  for (let n = 3; n >= 1; n--) {
    const cc = CALLING_CODES[digits.slice(0, n)];
    if (cc) return cc;
  }
  return null;
}

/** The country of an address's domain: "rrhh@empresa.com.ar" → AR, "https://firma.pl/kariera" → PL; vanity domains name none. */
export function domainCountry(address: string): string | null {
  const at = address.indexOf("@");
  const host = (at >= 0 ? address.slice(at + 1) : address.replace(URL_SCHEME_RE, "").split(URL_HOST_END_RE)[0]).toLowerCase();
  const labels = host.split(".").filter(Boolean);
  if (labels.length < 2) return null;
  const tld = labels[labels.length - 1];
  if (tld.length !== 2) return null;
  const code = tld === "uk" ? "GB" : tld.toUpperCase();
  if (!isCountryCode(code)) return null;
  // "acme.io" is no place; "empresa.com.co" is Colombia
  if (VANITY_TLDS.has(tld) && !(labels.length >= 3 && SECOND_LEVEL_DOMAINS.has(labels[labels.length - 2]))) return null;
  return code;
}

/** Whether a word holds a character COUNTRY_EVIDENCE_ALL_DIGITS_RE takes off: a digit, "." or ",". */
function hasFigureChar(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 46 || c === 44) return true;
  }
  return false;
}

/** The country of a currency written beside a figure: "3 500 zł", "R$ 4.000", "Bs 3.000", "ARS 900.000". */
function currencyCountry(tokens: readonly string[], i: number, figures: readonly boolean[]): string | null {
  // a currency stands beside a figure (glued or one word away): "PHP" alone is a language, "Bs" alone a word
  if (!figures[i] && !figures[i - 1] && !figures[i + 1]) return null;
  const tok = tokens[i];
  const low = tok.toLowerCase();
  // "15 triệu/tháng", "3500zł": the sign before a per-period slash, or glued to its figure
  // (perf: the figure is taken off only when the word has one, and the slash read only when it has one)
  let sign = CURRENCY_SIGN_COUNTRIES[low];
  if (sign === undefined && hasFigureChar(low)) {
    const bare = low.replace(COUNTRY_EVIDENCE_ALL_DIGITS_RE, "");
    sign = CURRENCY_SIGN_COUNTRIES[bare] ?? CURRENCY_SIGN_COUNTRIES[bare.split("/")[0]];
  } else if (sign === undefined && low.includes("/")) sign = CURRENCY_SIGN_COUNTRIES[low.split("/")[0]];
  const code = tok.length === 3 && tok === tok.toUpperCase() ? CURRENCY_COUNTRIES[tok] : undefined;
  const cc = sign ?? code;
  return cc || null;
}

/** How much the posting's evidence weighs for one country, its language counted as a small vote. */
export function countryWeight(e: CountryEvidence, cc: string): number {
  const lang = e.language ? LANGUAGE_COUNTRIES[e.language] : undefined;
  return (e.votes.get(cc) ?? 0) + (lang?.includes(cc) ? LANGUAGE_WEIGHT : 0);
}

/**
 * The country the posting's evidence points to alone: at least a phone prefix's worth, and twice the
 * weight of any other country; null when the evidence is thin or split.
 */
export function leadingCountry(e: CountryEvidence): string | null {
  let best: string | null = null;
  let bestV = 0;
  let second = 0;
  for (const [cc, v] of e.votes) {
    if (v > bestV) {
      second = bestV;
      [best, bestV] = [cc, v];
    } else if (v > second) second = v;
  }
  return best && bestV >= 3 && bestV >= 2 * second ? best : null;
}
