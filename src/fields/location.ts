import { AREAS, AU_STATES, CA_PROVINCES, CITIES, OTHER_REGIONS, US_STATES } from "../lexicon/places.js";
import type { Location } from "../schema.js";
import { countryCode, countryName } from "./countries.js";

const US_STATE_NAMES = new Map(Object.entries(US_STATES).map(([k, v]) => [v.toLowerCase(), k]));
const CA_PROVINCE_NAMES = new Map(Object.entries(CA_PROVINCES).map(([k, v]) => [v.toLowerCase(), k]));
const AREA_SET = new Set(AREAS);
const WORKPLACE_WORDS = /\b(?:remote|hybrid|on[- ]?site|onsite|in[- ]office|office|wfh|work from home|fully remote|100% remote|remote[- ]first|télétravail|homeoffice|home office|remoto|teletrabajo|presencial|híbrido|hybride|vor ort|en remoto)\b/gi;

/** A token is known when it names a city, a region, a country or an applicant area. */
type Kind = "city" | "region" | "country" | "area" | "unknown";

function classify(token: string): { kind: Kind; loc: Location } {
  const t = token.trim().replace(/^the\s+/i, (m) => (token.length > 6 ? m : ""));
  const lower = t.toLowerCase();
  const raw = token.trim();
  if (AREA_SET.has(lower)) return { kind: "area", loc: loc(raw, null, null, null) };
  const cc = countryCode(t);
  if (cc) return { kind: "country", loc: loc(raw, null, null, cc) };
  const city = CITIES[lower];
  if (city) return { kind: "city", loc: loc(raw, city[0] === "NYC" ? "New York" : t.length <= 3 ? city[0] : t, city[2] ?? null, city[1]) };
  const us = US_STATE_NAMES.get(lower);
  if (us) return { kind: "region", loc: loc(raw, null, US_STATES[us], "US") };
  const ca = CA_PROVINCE_NAMES.get(lower);
  if (ca) return { kind: "region", loc: loc(raw, null, CA_PROVINCES[ca], "CA") };
  const other = OTHER_REGIONS[lower];
  if (other) return { kind: "region", loc: loc(raw, null, t, other) };
  return { kind: "unknown", loc: loc(raw, null, null, null) };
}

function loc(raw: string, city: string | null, region: string | null, cc: string | null): Location {
  return { raw, city, region, country: cc ? countryName(cc) : null, countryCode: cc };
}

function regionOf(token: string): { region: string; cc: string } | null {
  const t = token.trim();
  if (/^[A-Z]{2}$/.test(t)) {
    if (US_STATES[t]) return { region: t, cc: "US" };
    if (CA_PROVINCES[t]) return { region: t, cc: "CA" };
  }
  if (/^[A-Z]{2,3}$/.test(t) && AU_STATES[t]) return { region: t, cc: "AU" };
  const lower = t.toLowerCase();
  const us = US_STATE_NAMES.get(lower);
  if (us) return { region: t, cc: "US" };
  const ca = CA_PROVINCE_NAMES.get(lower);
  if (ca) return { region: t, cc: "CA" };
  const other = OTHER_REGIONS[lower];
  if (other && !CITIES[lower]) return { region: t, cc: other };
  return null;
}

/** One comma-structured place: "Toronto, ON", "Leeds, West Yorkshire, UK", "US, CA, Santa Clara". */
function parsePlace(piece: string, strict: boolean): Location | null {
  const raw = piece.trim();
  // ATS forms: "USA.VA.Reston"
  const dotted = /^([A-Z]{2,3})\.([A-Z]{2})\.([\p{L} .'-]{2,40})$/u.exec(raw);
  const parts = (dotted ? [dotted[3], dotted[2], dotted[1]] : raw.split(",")).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  if (parts.length === 1) {
    const c = classify(parts[0]);
    if (c.kind !== "unknown") return { ...c.loc, raw };
    return strict || !looksLikePlaceName(parts[0]) ? null : loc(raw, parts[0], null, null);
  }
  // "US, CA, Santa Clara": country first, then region, then city
  const firstCountry = countryCode(parts[0]);
  if (firstCountry && parts.length === 3) {
    const reg = regionOf(parts[1]);
    return { raw, city: parts[2], region: reg ? reg.region : parts[1], country: countryName(firstCountry), countryCode: firstCountry };
  }
  const last = parts[parts.length - 1];
  const lastCountry = countryCode(last);
  const region = parts.length >= 2 ? regionOf(parts[1]) : null;
  const cityToken = parts[0];
  const known = CITIES[cityToken.toLowerCase()];
  const cityName = known && cityToken.length <= 3 ? known[0] === "NYC" ? "New York" : known[0] : cityToken;
  if (lastCountry && parts.length >= 2) {
    const reg = parts.length >= 3 ? parts.slice(1, -1).join(", ") : null;
    if (classify(cityToken).kind === "country") return null;
    return { raw, city: cityName, region: reg, country: countryName(lastCountry), countryCode: lastCountry };
  }
  if (region) {
    return { raw, city: cityName, region: region.region, country: countryName(region.cc), countryCode: region.cc };
  }
  if (known && parts.length === 2 && !strict) return { raw, city: cityName, region: parts[1], country: countryName(known[1]), countryCode: known[1] };
  return null;
}

function looksLikePlaceName(t: string): boolean {
  return /^[\p{Lu}][\p{L}.'’ -]{1,40}$/u.test(t) && t.split(/\s+/).length <= 4;
}

/**
 * Reads the places in a location text: "New York, NY; Austin, TX; or Remote (US)", "Paris / London",
 * "Remote (EU)", "USA.VA.Reston". Applicant areas ("EMEA", "Remote (EU)") are kept in `raw` with no city.
 * With `strict`, every piece must be a known place (free text); otherwise unknown single names are cities.
 */
export function parseLocations(text: string, options: { strict?: boolean } = {}): Location[] {
  const strict = options.strict === true;
  const out: Location[] = [];
  // "Remote (North America)", "Remote - UK/EU": the area in brackets or after the dash is where applicants may be
  let s = text.replace(/\s+/g, " ").trim();
  if (s.length === 0 || s.length > 300) return out;
  const areas: string[] = [];
  s = s.replace(/\b(?:remote|anywhere|worldwide)\s*[(\[]([^)\]]{2,60})[)\]]/gi, (_m, inner: string) => {
    areas.push(inner);
    return " ; ";
  });
  s = s.replace(/\b(?:remote|hybrid|on-?site)\s*[-–—:]\s*([\p{L}/ ]{2,40})$/iu, (_m, inner: string) => {
    areas.push(inner);
    return " ; ";
  });
  s = s.replace(/\((?:hybrid|remote|on-?site|in[- ]office|[^)]{0,3})\)/gi, " ");
  s = s.replace(WORKPLACE_WORDS, " ; ");
  const pieces = s.split(/\s*(?:;|\||·|•|\/|\bor\b|\band\b|\bou\b|\boder\b|\bo\b|\s–\s|\s-\s|\n)\s*/i);
  for (const area of areas) pieces.push(...area.split(/\s*(?:\/|,|\bor\b|\band\b|&)\s*/i));
  for (const raw of pieces) {
    const piece = raw.replace(/^[\s,.:()-]+|[\s,.:()-]+$/g, "");
    if (piece.length < 2) continue;
    const one = parsePlace(piece, strict);
    if (one) {
      out.push(one);
      continue;
    }
    // "Paris, London, Berlin": several known places joined by commas
    const parts = piece.split(",").map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 2) {
      const each = parts.map((p) => classify(p));
      if (each.every((c) => c.kind !== "unknown")) for (const c of each) out.push(c.loc);
    }
  }
  return dedupe(out);
}

function dedupe(list: Location[]): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const l of list) {
    const key = `${l.city ?? ""}|${l.region ?? ""}|${l.countryCode ?? ""}|${l.city || l.region || l.countryCode ? "" : l.raw.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(l);
  }
  return out;
}
