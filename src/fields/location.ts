import { AREAS, AU_STATES, BR_STATES, CA_PROVINCES, CH_CANTONS, CITIES, CITY_STATES, IT_PROVINCES, NOT_PLACES, OTHER_REGIONS, PROSE_UNSAFE_CITIES, SHARED_CITY_NAMES, NEAR_WORDS, US_STATES, WORDLIKE_REGION_CODES, COUNTY_WORDS } from "../lexicon/places.js";
import { CITY_IS_REGION, COMPASS_PREFIXES, POSTCODE_FIRST, PROVINCE_NAMES, TOWN_NAMED_REGIONS, REGION_ACRONYMS, REGION_CODES_OF, REGION_NAMES, REGION_PREFIXES, REGION_SUFFIXES, WORDLIKE_REGION_NAMES, type RegionEntry } from "../lexicon/regions.js";
import {
  ALL_DIGITS_RE,
  BRACKETS_RE,
  LEADING_THE_RE,
  LOC_ADDRESS_PART_RE,
  LOC_NAMED_STREET_RE,
  LOC_ARRONDISSEMENT_RE,
  LOC_ORGANISATION_WORD_RE,
  LOC_AREA_AFTER_DASH_RE,
  LOC_AREA_IN_BRACKETS_RE,
  LOC_AREA_SPLIT_RE,
  LOC_ATS_DASHED_RE,
  LOC_ATS_DOTTED_RE,
  LOC_DISTRICT_RE,
  LOC_EDGE_PUNCT_RE,
  LOC_EMPHASIS_RE,
  LOC_FLAG_RE,
  LOC_KEY_PREFIX_RE,
  LOC_LEADING_PREPOSITION_RE,
  LOC_LOWER_WORD_RE,
  LOC_METRO_RE,
  LOC_NOTE_IN_BRACKETS_RE,
  LOC_PIECE_EDGE_RE,
  LOC_PIECE_SPLIT_RE,
  LOC_PLACE_NAME_RE,
  LOC_POSTCODE_RE,
  LOC_POSTCODE_TOWN_RE,
  LOC_DOTTED_INITIALS_RE,
  LOC_POSTCODE_ONLY_RE,
  LOC_SHORT_CODE_RE,
  LOC_STREET_LEAD_RE,
  LOC_UK_DISTRICT_RE,
  LOC_SENTENCE_END_RE,
  LOC_SPACED_STATE_RE,
  LOC_VENUE_RE,
  TOWN_QUALIFIER_RE,
  TRAILING_BRACKET_RE,
  LOC_CODE_SEPARATOR_RE,
  LOC_WORKPLACE_WORDS_RE, LOC_NOUN_BEFORE_WORKPLACE_RE, SHORT_CODE_RE, WORKPLACE_ADJECTIVE_HINT_RE,
  SINGLE_SPACES_RE,
  UPPER_CODE_RE,
  WHITESPACE_RUNS_RE,
  WHITESPACE_SPLIT_RE,
} from "../patterns.js";
import type { Location } from "../schema.js";
import { countryCode, countryName, isCountryCode, isoCode } from "./countries.js";
import { perText } from "../memo.js";

const US_STATE_NAMES = new Map(Object.entries(US_STATES).map(([k, v]) => [v.toLowerCase(), k]));
const CA_PROVINCE_NAMES = new Map(Object.entries(CA_PROVINCES).map(([k, v]) => [v.toLowerCase(), k]));
const AREA_SET = new Set(AREAS);
const NOT_PLACE_SET = new Set(NOT_PLACES);
const CITY_STATE_NAMES = new Map(Object.entries(CITY_STATES).map(([k, v]) => [v.toLowerCase(), k]));
// "Bosnia and Herzegovina", "Newfoundland and Labrador": names the "and" splitter must keep whole
const JOINING_WORDS = [" and ", " y ", " e ", " og ", " & "];
const AND_NAMES = ["bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda", "saint kitts and nevis", "st kitts and nevis", "saint vincent and the grenadines", "sao tome and principe", "são tomé and príncipe", "turks and caicos islands", "newfoundland and labrador", "heard island and mcdonald islands", "wallis and futuna", "svalbard and jan mayen", "saint pierre and miquelon", "us and canada", "europe and the uk", "uk and europe"];
// region names that hold a joining word ("Perth and Kinross", "Castilla y León", "Monza e Brianza", "Møre og Romsdal")
const JOINED_NAMES = [...AND_NAMES, ...Object.keys(REGION_NAMES).filter((k) => JOINING_WORDS.some((w) => k.includes(w)))];
const JOINER = "\u0001";

/** What one token names. */
type Kind = "city" | "region" | "country" | "area" | "unknown";

/** The place one token names alone: a city, a region, a country, an applicant area (its answer is shared: read it, never change it). */
// perf: one piece is classified again and again (cleanPart, segment, codedTown, the header's lines read by
// several detectors): each token's answer is worked out once per parse
const classify = perText(readKind);

function readKind(token: string): { kind: Kind; loc: Location } {
  const raw = token.trim();
  // "the Netherlands", "The UK" drop the article; "The Hague" keeps it
  const t = CITIES[raw.toLowerCase()] ? raw : raw.replace(LEADING_THE_RE, "");
  const lower = t.toLowerCase();
  if (AREA_SET.has(lower) || AREA_SET.has(raw.toLowerCase())) return { kind: "area", loc: loc(raw, null, null, null) };
  const cityState = CITY_STATE_NAMES.get(lower);
  if (cityState) return { kind: "city", loc: loc(raw, CITY_STATES[cityState], null, cityState) };
  const cc = countryCode(t);
  if (cc) return { kind: "country", loc: loc(raw, null, null, cc) };
  const city = CITIES[lower];
  if (city && (t.length > 3 || t === t.toUpperCase())) return { kind: "city", loc: loc(raw, t.length <= 4 && t === t.toUpperCase() ? city[0] : t, city[2] ?? null, city[1]) };
  const us = US_STATE_NAMES.get(lower);
  if (us) return { kind: "region", loc: loc(raw, null, t, "US") };
  const ca = CA_PROVINCE_NAMES.get(lower);
  if (ca) return { kind: "region", loc: loc(raw, null, t, "CA") };
  // "Selangor", "Región de Los Lagos", "Co. Kildare": a region of the table alone (a word-like one only with a region word;
  // a short name only as written, "Imo" but not "IMO")
  const named = regionsNamed(t);
  const acronym = t.length <= 4 && t === t.toUpperCase() && !REGION_ACRONYMS.has(lower);
  // "Kisumu", "Salta", "Oaxaca": a region named like its capital is, alone, the town
  if (named && !named.explicit && TOWN_NAMED_REGIONS.has(lower) && !WORDLIKE_REGION_NAMES.has(lower) && !acronym && !SHARED_CITY_NAMES[lower]) return { kind: "city", loc: loc(raw, t, null, named.list[0][1]) };
  // ("Santa Cruz" alone is the town several countries share, not Argentina's province)
  if (named && (named.explicit || (!WORDLIKE_REGION_NAMES.has(lower) && !PROVINCE_NAMES.has(lower) && !acronym && !SHARED_CITY_NAMES[lower] && !CITIES[lower]))) return { kind: "region", loc: loc(raw, null, t, named.list[0][1]) };
  return { kind: "unknown", loc: loc(raw, null, null, null) };
}

function loc(raw: string, city: string | null, region: string | null, cc: string | null): Location {
  return { raw, city, region, country: cc ? countryName(cc) : null, countryCode: cc };
}

/** The regions a name may be, and whether a region word said so ("Región de Los Lagos", "Lagos State", "Co. Kildare"). */
interface NamedRegion {
  list: RegionEntry[];
  explicit: boolean;
}

/** The table's regions and the hand list's under one lower-case key. */
function regionList(key: string): RegionEntry[] | null {
  const list = REGION_NAMES[key];
  const other = OTHER_REGIONS[key];
  if (!list && !other) return null;
  const out = list ? [...list] : [];
  if (other && !out.some((e) => e[1] === other)) out.push([key, other]);
  return out;
}

/**
 * The regions a name is: as written ("Waikato"), inside a region word ("Provincia de Mendoza", "Estado de
 * México", "Lagos State", "County Kildare", "Stockholms län"), or after a compass word ("South Wales",
 * "Northern Virginia").
 */
const regionsNamed = perText(readRegionsNamed);

function readRegionsNamed(name: string): NamedRegion | null {
  const lower = name.trim().replace(LEADING_THE_RE, "").toLowerCase();
  if (lower.length < 3) return null;
  const direct = regionList(lower);
  if (direct) return { list: direct, explicit: false };
  for (const p of REGION_PREFIXES) {
    if (!lower.startsWith(p)) continue;
    const l = regionList(lower.slice(p.length));
    if (l) return { list: l, explicit: true };
  }
  for (const x of REGION_SUFFIXES) {
    if (!lower.endsWith(x)) continue;
    const l = regionList(lower.slice(0, -x.length));
    if (l) return { list: l, explicit: true };
  }
  for (const c of COMPASS_PREFIXES) {
    if (!lower.startsWith(c)) continue;
    const rest = lower.slice(c.length);
    const us = US_STATE_NAMES.has(rest) ? "US" : CA_PROVINCE_NAMES.has(rest) ? "CA" : null;
    if (!us && (WORDLIKE_REGION_NAMES.has(rest) || CITIES[rest])) continue;
    const l = us ? [[rest, us] as RegionEntry] : regionList(rest);
    if (l) return { list: l, explicit: false };
  }
  return null;
}

/** The country of a town named like its region ("Kisumu" → KE), else null. */
function townRegionCountry(name: string): string | null {
  const key = name.trim().toLowerCase();
  return TOWN_NAMED_REGIONS.has(key) ? REGION_NAMES[key]?.[0]?.[1] ?? null : null;
}

/** The first of the posting's countries (weightiest first) a list of regions holds. */
function hinted(list: readonly RegionEntry[], hints: readonly string[]): RegionEntry | undefined {
  for (const cc of hints) {
    const e = list.find((r) => r[1] === cc);
    if (e) return e;
  }
  return undefined;
}

/**
 * The region a token after a city names, resolved by the city when the code is shared:
 * "Toronto, CA" is Canada, "San Jose, CA" California, "Perth, WA" Western Australia. The country
 * written after the code decides too ("Walldorf, BW, DE"), then the posting's countries (`hints`):
 * "Bergen, NH" in a Dutch posting is Noord-Holland. A region of another country than the known
 * town's names that country's namesake ("Hamilton, Waikato" is in New Zealand).
 */
function regionOf(token: string, cityToken: string | null, after: string | null = null, hints: readonly string[] = []): { region: string | null; cc: string } | null {
  const t = token.trim();
  const cityCc = cityToken ? CITIES[cityToken.trim().toLowerCase()]?.[1] ?? townRegionCountry(cityToken) : null;
  if (UPPER_CODE_RE.test(t)) {
    const options: string[] = [];
    if (US_STATES[t]) options.push("US");
    if (CA_PROVINCES[t]) options.push("CA");
    if (AU_STATES[t]) options.push("AU");
    if (t === "CA" && cityCc === "CA") return { region: null, cc: "CA" };
    if (cityCc === "BR" && BR_STATES[t]) return { region: t, cc: "BR" };
    if (cityCc && options.includes(cityCc)) return { region: t, cc: cityCc };
    const coded = (cc: string) => REGION_CODES_OF[cc]?.[t] !== undefined || options.includes(cc);
    // ("SF, NL, IN" names three places: a known town of another country is not in the region)
    if (after && coded(after) && (!cityCc || cityCc === after)) return { region: t, cc: after };
    // "Stockholm, AB, SE": a code the written country's regions lack is not another country's ("AB" Alberta)
    if (after && !coded(after)) return null;
    if (cityCc && coded(cityCc)) return { region: t, cc: cityCc };
    // "Heemskerk, NH" in a Dutch posting: the posting's leading country's codes; "Cambridge, UK" is no Indian state
    const lead = hints[0];
    if (lead && !after && coded(lead) && (options.includes(lead) || countryOf(t) === null)) return { region: t, cc: lead };
    if (options.length) return { region: t, cc: options[0] };
    return null;
  }
  const lower = t.toLowerCase();
  if (US_STATE_NAMES.has(lower)) return { region: t, cc: "US" };
  if (CA_PROVINCE_NAMES.has(lower)) return { region: t, cc: "CA" };
  const named = regionsNamed(t);
  if (!named) return null;
  // "Cartagena, Bolívar": a town several countries share is in the country of the region written beside it
  const namesakes = cityToken ? SHARED_CITY_NAMES[cityToken.trim().toLowerCase()] : undefined;
  // ("Córdoba, Córdoba": town and region both in Spain and Argentina: the posting's evidence picks between them)
  const shared = namesakes ? named.list.filter((e) => namesakes.some((n) => n[1] === e[1])) : [];
  const own = (cityCc ? named.list.find((e) => e[1] === cityCc) : undefined) ?? (shared.length ? hinted(shared, hints) ?? shared[0] : undefined);
  // "Getafe, Madrid", "Sesto San Giovanni, Milano": a province named after its capital, one place with its town;
  // "Madrid, Barcelona" (a region's own city first) and "Kreuzberg, Berlin" (a district of a city-state) are not
  if (!named.explicit && (CITIES[lower] || TOWN_NAMED_REGIONS.has(lower))) {
    if (cityCc && (!own || regionsNamed(cityToken as string)?.list.some((e) => e[1] === cityCc))) return null;
    if (!cityCc && CITY_IS_REGION.has(lower)) return null;
  }
  // "Distribuidor Mayorista, Sucre" in a Bolivian posting: a region named like a known town of another country,
  // in a posting that leads to the town's country, is that town ("Bendigo, Victoria" stays the Australian state)
  if (!named.explicit && !cityCc && CITIES[lower] && hints[0] === CITIES[lower][1] && !named.list.some((e) => e[1] === hints[0])) return null;
  // a word-like region ("Delta", "North West") only beside a known town of its country or with a region word
  // ("Cartagena, Bolívar" in a Colombian posting: the posting's own country vouches for the region beside a namesake town)
  if (!named.explicit && !own && WORDLIKE_REGION_NAMES.has(lower) && !(cityToken && hints[0] && named.list.some((e) => e[1] === hints[0]))) return null;
  // "Niamey, Niger": a region that is also another country's name is the country beside another country's town
  const asCountry = countryCode(t);
  if (!own && asCountry && !named.list.some((e) => e[1] === asCountry)) return null;
  const pick = own ?? (after ? named.list.find((e) => e[1] === after) : undefined) ?? hinted(named.list, hints) ?? named.list[0];
  if (after && pick[1] !== after) return null;
  return { region: t, cc: pick[1] };
}

// Short words a town's name may hold in lower case: "Frankfurt am Main", "Ciudad de México", "Stratford-upon-Avon".
const NAME_PARTICLES = new Set(["am", "an", "im", "de", "del", "la", "le", "les", "di", "da", "do", "dos", "das", "sur", "sous", "upon", "on", "en", "bei", "y", "i"]);

/** Whether every word of a name is capitalised or a particle of a town's name. */
function capitalisedName(name: string): boolean {
  return name.split(WHITESPACE_SPLIT_RE).every((w) => w !== w.toLowerCase() || NAME_PARTICLES.has(w));
}

/** The known town the first words of a name are ("Amsterdam HQ" → Amsterdam), the rest being one or two words. */
function knownPrefix(name: string): Location | null {
  const words = name.split(WHITESPACE_SPLIT_RE);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (words.length - n > 2) break;
    // "Santiago de Compostela", "Frankfurt am Main": a particle after the known words carries the name on
    if (NAME_PARTICLES.has(words[n])) continue;
    const c = classify(words.slice(0, n).join(" "));
    if (c.kind === "city") return c.loc;
  }
  return null;
}

/** A town named near a known one ("Hallstadt bei Bamberg"): the town, in the known one's country and region. */
function nearTown(name: string): Location | null {
  for (const w of NEAR_WORDS) {
    const at = name.indexOf(` ${w} `);
    if (at <= 0) continue;
    const head = name.slice(0, at).trim();
    const known = classify(name.slice(at + w.length + 2));
    if (known.kind !== "city" || !looksLikePlaceName(head) || !capitalisedName(head) || classify(head).kind !== "unknown") continue;
    return { ...known.loc, raw: name, city: head };
  }
  return null;
}

/** A token that may be an unknown city's name: capitalised, short, no digits. */
function looksLikePlaceName(t: string): boolean {
  return LOC_PLACE_NAME_RE.test(t) && t.split(WHITESPACE_SPLIT_RE).length <= 4;
}

/**
 * Reads comma-separated parts as a run of places: "Toronto, Ontario", "Leeds, West Yorkshire, UK",
 * "San Francisco, CA, Brooklyn, NY, Cambridge, MA". Returns null when a part stays unexplained.
 */
function segment(parts: string[], strict: boolean, address = false, hints: readonly string[] = []): Location[] | null {
  const out: Location[] = [];
  let i = 0;
  while (i < parts.length) {
    const p = parts[i];
    const next = parts[i + 1];
    const next2 = parts[i + 2];
    const here = classify(p);
    const known = CITIES[p.toLowerCase()];
    const cityName = known && p.length <= 4 && p === p.toUpperCase() ? known[0] : here.kind === "city" ? here.loc.city ?? p : p;
    // "WA 98057, WA": a state code is never an unknown town's name
    const stateCode = !strict && here.kind === "unknown" && UPPER_CODE_RE.test(p) ? regionOf(p, null) : null;
    // ("RJ", "HR": a code of two or three capitals the tables lack is no town's name)
    const cityOk = here.kind === "city" || (here.kind === "unknown" && looksLikePlaceName(p) && !stateCode && !SHORT_CODE_RE.test(p));
    const raw = (n: number) => parts.slice(i, i + n).join(", ");
    if (stateCode && (next === undefined || next === p)) {
      const n = next === p ? 2 : 1;
      out.push(loc(raw(n), null, stateCode.region, stateCode.cc));
      i += n;
      continue;
    }
    const ccNext = next !== undefined ? countryCode(next) : null;
    // "Tbilisi, Georgia" is the country, "Atlanta, Georgia" the state; "Amsterdam, NL" the
    // Netherlands, not Newfoundland: a city's own country named or coded after it
    const cityInNext = here.kind === "city" && next !== undefined && ((ccNext !== null && here.loc.countryCode === ccNext) || next === here.loc.countryCode);
    // "City, ST" or "City, ST, Country"
    // "Walldorf, BW, DE": the country written after a region code ("Prescott, AZ, AZ" repeats the code: no country)
    const after = next2 !== undefined && next2 !== next ? countryOf(next2) : null;
    // a header line's "Engineering, Barcelona" is a team and a city: an unknown name before a province named after
    // its city is its town in a location value ("Sesto San Giovanni, Milano"), and on a header line only when the
    // posting's evidence leads to the province's country ("Maipú, Mendoza" in an Argentine posting)
    const province = strict && here.kind === "unknown" && next !== undefined && (CITIES[next.toLowerCase()] !== undefined || TOWN_NAMED_REGIONS.has(next.toLowerCase())) && !(hints.length > 0 && regionsNamed(next)?.list.some((e) => e[1] === hints[0]));
    // "Lebanon, TN 37087, USA", "Jordan, MN" in a US posting: a town named like a country, in a US state
    if (here.kind === "country" && next !== undefined && US_STATES[next] && here.loc.countryCode !== "US" && (after === "US" || (next2 === undefined && hints[0] === "US"))) {
      const n = after === "US" ? 3 : 2;
      out.push({ raw: raw(n), city: p, region: next, country: countryName("US"), countryCode: "US" });
      i += n;
      continue;
    }
    let reg = next !== undefined && cityOk && !cityInNext && !province ? regionOf(next, p, after, hints) : null;
    // "Cuenca, Azuay", "Kent, Ohio": a town named like a region of one country, beside a region of another
    if (!reg && here.kind === "region" && next !== undefined && looksLikePlaceName(p) && !US_STATE_NAMES.has(p.toLowerCase()) && !CA_PROVINCE_NAMES.has(p.toLowerCase())) {
      const r = regionOf(next, p, after, hints);
      if (r && !regionsNamed(p)?.list.some((e) => e[1] === r.cc)) reg = r;
    }
    // "Stockholm, AB, SE", "Wien, W, AT": an ATS's region code the tables lack, between a known town and its own country
    if (!reg && here.kind === "city" && next !== undefined && LOC_SHORT_CODE_RE.test(next) && after !== null && after === here.loc.countryCode && countryOf(next) !== after) reg = { region: next, cc: after };
    if (reg) {
      const ccNext2 = after;
      const n = ccNext2 && (ccNext2 === reg.cc || !reg.region) ? 3 : 2;
      out.push({ raw: raw(n), city: cityName, region: reg.region, country: countryName(reg.cc), countryCode: reg.cc });
      i += n;
      continue;
    }
    // "City, Country"
    if ((ccNext || cityInNext) && cityOk && here.kind !== "region") {
      const cc = ccNext ?? (here.loc.countryCode as string);
      out.push({ raw: raw(2), city: cityName, region: here.kind === "city" && here.loc.countryCode === cc ? here.loc.region : null, country: countryName(cc), countryCode: cc });
      i += 2;
      continue;
    }
    // "Region, Country": "California, USA", "Bavaria, Germany"
    if (ccNext && here.kind === "region" && here.loc.countryCode === ccNext) {
      out.push({ ...here.loc, raw: raw(2) });
      i += 2;
      continue;
    }
    // "Selangor, Shah Alam" in a location value: a region and then the last part, a town the lexicon lacks
    if (!strict && here.kind === "region" && here.loc.countryCode !== null && next !== undefined && next2 === undefined && classify(next).kind === "unknown" && looksLikePlaceName(next) && capitalisedName(next) && !LOC_ORGANISATION_WORD_RE.test(next)) {
      out.push({ ...here.loc, raw: raw(2), city: next });
      i += 2;
      continue;
    }
    // "City, free region, Country": "Leeds, West Yorkshire, UK"
    const ccNext2 = next2 !== undefined ? countryCode(next2) : null;
    if (ccNext2 && cityOk && next !== undefined && looksLikePlaceName(next) && classify(next).kind !== "country" && !(here.kind === "unknown" && classify(next).kind === "city")) {
      out.push({ raw: raw(3), city: cityName, region: next, country: countryName(ccNext2), countryCode: ccNext2 });
      i += 3;
      continue;
    }
    // "Warszawa, mazowieckie", "Berlin, Mitte": a known city and a district or region the lexicon lacks
    if (here.kind === "city" && next !== undefined && next2 === undefined && classify(next).kind === "unknown" && LOC_DISTRICT_RE.test(next) && next.split(" ").length <= 3) {
      out.push({ ...here.loc, raw: raw(2), region: next });
      i += 2;
      continue;
    }
    if (here.kind !== "unknown") {
      out.push(here.loc);
      i += 1;
      continue;
    }
    // "Docklands, Dublin", "Kreuzberg, Berlin, Germany": a district the lexicon lacks, then its known city
    // (a line that opens with one, "Capital Federal, Buenos Aires", may be strict too, unless its city is also a word: "Web, Mobile")
    const districtFirst = !strict || address || (i === 0 && next !== undefined && !PROSE_UNSAFE_CITIES.has(next.toLowerCase()));
    const cityNext = districtFirst && next !== undefined && looksLikePlaceName(p) && !LOC_ORGANISATION_WORD_RE.test(p) ? classify(next) : null;
    if (cityNext && cityNext.kind === "city" && (next2 === undefined || countryCode(next2) === cityNext.loc.countryCode)) {
      const n = next2 === undefined ? 2 : 3;
      // "Ruwais, Abu Dhabi, United Arab Emirates": before a region named like its capital and its country, the name is a town of the region
      if (next2 !== undefined && TOWN_NAMED_REGIONS.has(next.toLowerCase()) && !CITY_IS_REGION.has(next.toLowerCase()) && regionsNamed(next)?.list.some((e) => e[1] === cityNext.loc.countryCode)) {
        out.push({ raw: raw(n), city: p, region: next, country: cityNext.loc.country, countryCode: cityNext.loc.countryCode });
      } else out.push({ ...cityNext.loc, raw: raw(n) });
      i += n;
      continue;
    }
    // "Smouha, Alexandria, Egypt": a district, a town whose namesake the tables know elsewhere, and the town's country
    const ccAfter = next2 !== undefined && parts.length === 3 ? countryCode(next2) : null;
    const namesake = ccAfter && looksLikePlaceName(p) && !LOC_ORGANISATION_WORD_RE.test(p) ? classify(next) : null;
    if (namesake && namesake.kind === "city" && ccAfter !== namesake.loc.countryCode) {
      out.push({ raw: raw(3), city: canonical(next), region: null, country: countryName(ccAfter as string), countryCode: ccAfter });
      i += 3;
      continue;
    }
    // "Sydney NSW", "Austin TX": a state code after the city without a comma
    const spaced = LOC_SPACED_STATE_RE.exec(p);
    // an unknown town is written in capitals: "Manejo avanzado de MS Office" is no town of Mississippi
    // ("Netekaai Logistics NV": a firm's legal form after its name is no state)
    const spacedReg = spaced && (classify(spaced[1]).kind === "city" || (looksLikePlaceName(spaced[1]) && capitalisedName(spaced[1]) && !WORDLIKE_REGION_CODES.has(spaced[2]) && !LOC_ORGANISATION_WORD_RE.test(spaced[1]))) ? regionOf(spaced[2], spaced[1], null, hints) : null;
    if (spaced && spacedReg) {
      const c = classify(spaced[1]);
      out.push({ raw: raw(1), city: c.kind === "city" ? c.loc.city ?? spaced[1] : spaced[1], region: spacedReg.region, country: countryName(spacedReg.cc), countryCode: spacedReg.cc });
      i += 1;
      continue;
    }
    // "Hallstadt bei Bamberg", "Ashford near Canterbury": a town near a known one is in its country
    const near = !strict && parts.length === 1 ? nearTown(p) : null;
    if (near) {
      out.push(near);
      i += 1;
      continue;
    }
    // "168 S Main St. Coolidge, AZ": after a street, a state code alone is the region
    const code = address && UPPER_CODE_RE.test(p) && parts.length === 1 ? regionOf(p, null) : null;
    if (code) {
      out.push(loc(p, null, code.region, code.cc));
      i += 1;
      continue;
    }
    // "Amsterdam HQ", "Stockholm Södermalm": a known town and a word about its site or district
    const head = !strict && parts.length === 1 ? knownPrefix(p) : null;
    if (head) {
      out.push({ ...head, raw: p });
      i += 1;
      continue;
    }
    if (!strict && looksLikePlaceName(p) && parts.length === 1 && !LOC_ORGANISATION_WORD_RE.test(p) && !SHORT_CODE_RE.test(p)) {
      out.push(loc(p, p, null, null));
      i += 1;
      continue;
    }
    return null;
  }
  return absorb(out);
}

// "Greater London, England, United Kingdom", "Ciudad de México, CDMX": later parts that only repeat
// the country or the city of the place before them belong to it
function absorb(list: Location[]): Location[] {
  const out: Location[] = [];
  for (const l of list) {
    const prev = out[out.length - 1];
    const repeatsCountry = prev && l.countryCode === prev.countryCode && l.city === null && prev.countryCode !== null;
    const repeatsCity = prev && l.city !== null && prev.city !== null && canonical(l.city) === canonical(prev.city) && l.countryCode === prev.countryCode;
    // "Capital Federal, Buenos Aires", "Bavaria, Munich": a region and then a town of it
    if (prev && prev.city === null && prev.region !== null && l.city !== null && l.region === null && l.countryCode === prev.countryCode && prev.countryCode !== null) {
      out[out.length - 1] = { ...l, raw: `${prev.raw}, ${l.raw}`, region: prev.region };
      continue;
    }
    if (prev && (repeatsCountry || repeatsCity)) {
      out[out.length - 1] = { ...prev, raw: `${prev.raw}, ${l.raw}`, region: prev.region ?? (prev.city ? l.region : prev.region) };
      continue;
    }
    out.push(l);
  }
  return out;
}

function canonical(city: string): string {
  return CITIES[city.toLowerCase()]?.[0] ?? city;
}

/** One piece between separators: an ATS code ("USA.VA.Reston", "US-CA-San Jose"), a country-first triple, or a comma run. */
function parsePiece(piece: string, strict: boolean, hints: readonly string[] = []): Location[] {
  const raw = piece.trim();
  const ats = LOC_ATS_DOTTED_RE.exec(raw) ?? LOC_ATS_DASHED_RE.exec(raw);
  if (ats && ats.groups) {
    const cc = countryCode(ats.groups.country) ?? isoCode(ats.groups.country);
    const reg = regionOf(ats.groups.region, ats.groups.city);
    if (cc && (reg?.cc === cc || !reg)) return [{ raw, city: ats.groups.city.trim(), region: ats.groups.region, country: countryName(cc), countryCode: cc }];
  }
  // "France-Occitanie-Toulouse" (Taleo): country, region and city joined by hyphens
  const chain = raw.split("-");
  if (chain.length >= 3 && !raw.includes(" - ")) {
    const cc = countryCode(chain[0].trim());
    const city = chain.slice(2).join("-").trim();
    if (cc && classify(city).kind === "city") return [{ raw, city: canonical(city), region: chain[1].trim(), country: countryName(cc), countryCode: cc }];
  }
  const all = raw.split(",");
  // "67433 Neustadt an der Weinstraße", "1012 AB Amsterdam": a postcode of the posting's country before the town
  let postcodeCountry: string | null = null;
  const parts = all
    .map((p) => {
      const town = postcodeTown(p, hints);
      if (!town) return cleanPart(p);
      postcodeCountry ??= town.cc;
      return town.name;
    })
    .filter((p) => p.length > 0);
  if (postcodeCountry && !parts.some((p) => countryOf(p) !== null)) parts.push(countryName(postcodeCountry) ?? postcodeCountry);
  if (parts.length === 0) return [];
  // "ul. Zabłocie 21, Podgórze, Kraków", "12 Mill Lane, Clifton, Bristol": after a street, a district may name its known city
  const address = LOC_ADDRESS_PART_RE.test(all[0].trim());
  // "US, CA, Santa Clara": country first, then region, then city (Workday, iCIMS)
  const first = countryCode(parts[0]);
  if (first && parts.length === 3 && regionOf(parts[1], parts[2], first, hints)?.cc === first && !countryCode(parts[2])) {
    return [{ raw, city: parts[2], region: parts[1], country: countryName(first), countryCode: first }];
  }
  const run = segment(parts, strict, address, hints);
  // "Footscray, Melbourne VIC", "Footscray, Melbourne, VIC": a district the tables lack, then its known town and state
  // (the district a place's name, the town given with its state or country: "Frontend, Mobile" is no place, "…, como" no Como)
  if ((!run || run.length === 0) && all.length >= 2 && classify(parts[0]).kind === "unknown" && looksLikePlaceName(parts[0])) {
    const rest = parsePiece(all.slice(1).join(","), strict, hints);
    const town = rest.length === 1 ? rest[0] : null;
    if (town?.city && town.countryCode !== null && (parts.length >= 3 || parts[1] !== town.city) && knownCity(town.city) !== null) return [{ ...town, raw }];
  }
  if (run) {
    if (run.length === 1 && isPlace(run[0])) run[0] = { ...run[0], raw: raw.replace(LOC_LEADING_PREPOSITION_RE, "") };
    return run;
  }
  if (strict) return [];
  // "Hallbrook Library, Market Street, Hallbrook, North Yorkshire": a venue first, then the town and
  // its region; read the last known region or country and the town named just before it
  for (let j = parts.length - 1; j >= 1; j--) {
    const c = classify(parts[j]);
    if (c.kind !== "region" && c.kind !== "country") continue;
    const town = parts[j - 1];
    if (!looksLikePlaceName(town) || classify(town).kind === "country" || LOC_VENUE_RE.test(town)) return [];
    const cc = c.loc.countryCode;
    return [{ raw, city: town, region: c.kind === "region" ? parts[j] : null, country: cc ? countryName(cc) : null, countryCode: cc }];
  }
  return [];
}

// perf: the one-match forms of two global patterns, made once (no flag that keeps state)
const PIECE_SPLIT_ONE_RE = new RegExp(LOC_PIECE_SPLIT_RE.source, "i");
const WORKPLACE_WORD_ONE_RE = new RegExp(LOC_WORKPLACE_WORDS_RE.source, "i");

/** The country a part names, by name or by its ISO code as ATS exports write it ("DE", "DEU"). */
function countryOf(part: string): string | null {
  const t = part.trim();
  return countryCode(t) ?? (UPPER_CODE_RE.test(t) ? isoCode(t) : null);
}

/**
 * A town after a postcode in the shape of a country that writes it first: "67433 Neustadt an der
 * Weinstraße" in a German posting, "00-950 Warszawa", "1012 AB Amsterdam". A known town needs no
 * evidence; an unknown one a country of the posting with that shape, whose code comes back when
 * only one of the posting's countries has it.
 */
function postcodeTown(part: string, hints: readonly string[]): { name: string; cc: string | null } | null {
  // "79618 Rheinfelden (Baden)", "15230 Frankfurt (Oder)": a town with its own qualifier in brackets (kept by withQualifiers)
  const bare = part.trim();
  const bracket = TRAILING_BRACKET_RE.exec(bare);
  const m = LOC_POSTCODE_TOWN_RE.exec(bracket ? bare.slice(0, bracket.index) : bare);
  if (!m?.groups) return null;
  if (bracket && !TOWN_QUALIFIER_RE.test(bracket[1])) return null;
  const name = m.groups.town.trim();
  if (LOC_STREET_LEAD_RE.test(name) || !looksLikePlaceName(name)) return null;
  const known = classify(name);
  if (known.kind === "city") return { name, cc: null };
  if (known.kind !== "unknown") return null;
  const shape = Object.keys(m.groups).find((g) => g !== "town" && m.groups?.[g] !== undefined) ?? "";
  const ccs = hints.filter((cc) => POSTCODE_FIRST[shape]?.includes(cc));
  if (ccs.length === 0) return null;
  return { name, cc: ccs.length === 1 ? ccs[0] : null };
}

/** Whether a name ends in a word written in capitals, as a state's code is: "Sydney NSW", "Geelong VIC". */
function stateCodeEnd(name: string): boolean {
  const last = name.slice(name.lastIndexOf(" ") + 1);
  return last.length >= 2 && last.length <= 3 && last === last.toUpperCase() && last !== last.toLowerCase();
}

/** Drops what is not a place from one comma part: street addresses, postcodes, "(Required)". */
function cleanPart(part: string): string {
  // "California (Required)", "Paris (La Défense)": a bracket after the place is a note about it
  let p = part.replace(LOC_NOTE_IN_BRACKETS_RE, " ").replace(BRACKETS_RE, " ").trim();
  // "São Paulo, SP, BR, 04578-000", "Lisboa, 1000-001": a part that is only a postcode
  if (LOC_POSTCODE_ONLY_RE.test(p)) return "";
  // "Washington, D.C.", "Monterrey, N.L.": a region code written with periods
  if (LOC_DOTTED_INITIALS_RE.test(p)) return p.split(".").join("");
  const withoutCode = p.replace(LOC_POSTCODE_RE, " ").replace(WHITESPACE_RUNS_RE, " ").trim().replace(LOC_UK_DISTRICT_RE, "");
  // "20095 Hamburg" is a postcode and a city; "4215 Alum Creek Dr" is a street
  if (LOC_ADDRESS_PART_RE.test(p) && classify(withoutCode).kind === "unknown") return "";
  // "Priemyselná 12", "Kerkstraat 12a": a name no table knows with a house number ("Dublin 2" is a known city's district,
  // "Sydney NSW 2000" a town, its state's code and a postcode)
  const street = LOC_NAMED_STREET_RE.exec(p);
  if (street && classify(street[1]).kind === "unknown" && !stateCodeEnd(street[1])) return "";
  p = withoutCode;
  // "Anywhere in the World" is an area as written; "within the US" names the US
  if (classify(p).kind === "unknown") p = p.replace(LOC_LEADING_PREPOSITION_RE, "").trim();
  // "San Francisco Bay Area", "Greater Toronto Area", "Hong Kong SAR", "Dublin 2": the city they are around
  const core = p.replace(LOC_METRO_RE, "").trim();
  if (core !== p && core.length >= 2 && classify(core).kind !== "unknown") p = core;
  p = p.replace(LOC_EDGE_PUNCT_RE, "");
  // "Paris 8e", "Lyon 3ème": the city of an arrondissement
  const arr = LOC_ARRONDISSEMENT_RE.exec(p);
  if (arr && classify(arr[1]).kind === "city") p = arr[1];
  if (NOT_PLACE_SET.has(p.toLowerCase())) return "";
  return p;
}

/** Countries named by flag emoji: "🇦🇱 Albania🇧🇦 Bosnia and Herzegovina" (remote job boards). */
export function parseFlagCountries(text: string): Location[] {
  const out: Location[] = [];
  // (perf: a flag's regional indicators are written as a surrogate pair that opens with U+D83C: most texts have none)
  if (!text.includes("\uD83C")) return out;
  const re = new RegExp(LOC_FLAG_RE.source, LOC_FLAG_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = String.fromCharCode(m[1].codePointAt(0)! - 0x1f1e6 + 65, m[2].codePointAt(0)! - 0x1f1e6 + 65);
    if (!isCountryCode(code)) continue;
    const name = (m[3] ?? "").trim();
    out.push(loc(name || code, CITY_STATES[code] ?? null, null, code));
  }
  return dedupe(out);
}

/** French département numbers after the town: "Auray (56)", "Ajaccio (2A)", "Saint-Denis (974)". */
function frenchDepartement(code: string): boolean {
  if (code === "2A" || code === "2B") return true;
  if (!ALL_DIGITS_RE.test(code)) return false;
  if (code.length === 3) return code >= "971" && code <= "976";
  return code.length === 2 && code >= "01" && code <= "95" && code !== "20";
}

// The countries whose region codes a town may carry, each with the test of its codes.
const REGION_CODES: [string, (code: string) => boolean][] = [
  ["BR", (c) => BR_STATES[c] !== undefined], ["IT", (c) => IT_PROVINCES.has(c)], ["FR", frenchDepartement], ["CH", (c) => CH_CANTONS.has(c)],
  ["US", (c) => US_STATES[c] !== undefined], ["CA", (c) => CA_PROVINCES[c] !== undefined], ["AU", (c) => AU_STATES[c] !== undefined],
  // "Bergen (NH)" Noord-Holland, "Walldorf (BW)" Baden-Württemberg, "Pune (MH)" Maharashtra: the regions table's codes
  ...Object.keys(REGION_CODES_OF).filter((cc) => !["BR", "IT", "CH"].includes(cc)).map((cc): [string, (code: string) => boolean] => [cc, (c) => REGION_CODES_OF[cc][c] !== undefined]),
];

// Countries whose codes only the regions table holds.
const TABLE_CODED = new Set(Object.keys(REGION_CODES_OF).filter((cc) => !["BR", "IT", "CH", "FR", "US", "CA", "AU"].includes(cc)));

/** The town, the region code or name and the country written after it, cut at the separators. */
function codedParts(text: string): { name: string; code: string; country: string | null } | null {
  const parts = text.split(LOC_CODE_SEPARATOR_RE).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return null;
  let country: string | null = null;
  if (parts.length === 3) {
    country = countryCode(parts[2]) ?? (UPPER_CODE_RE.test(parts[2]) ? isoCode(parts[2]) : null);
    if (!country) return null;
  }
  return { name: parts[0], code: parts[1], country };
}

/**
 * A town with its region code or name, the town being the place and the code its region, never a
 * second place: "Montevarchi (AR)" (Italian province), "Santos - SP", "Campinas / SP / BR",
 * "Auray (56)" (French département), "Zürich ZH", "Rzeszów podkarpackie". A code several countries
 * use ("AR": Arezzo, Arkansas) is read in the known town's country, else in the first of `countries`
 * (the posting's own evidence) whose codes hold it; with neither, null.
 */
export function codedTown(text: string, countries: readonly string[] = []): Location | null {
  const raw = text.trim();
  if (raw.length > 60) return null;
  const parts = codedParts(raw);
  if (!parts) return null;
  const { code, country } = parts;
  let name = parts.name;
  // "Cambridge or Brighton, England" names two towns, not one
  if (PIECE_SPLIT_ONE_RE.test(name)) return null;
  // "Atuar em Florianópolis - SC": a known town after a word of prose is the town
  const words = name.split(" ");
  for (let k = 1; k < words.length; k++) {
    if (words[k - 1] !== words[k - 1].toLowerCase()) continue;
    const tail = words.slice(k).join(" ");
    if (classify(tail).kind === "city") {
      name = tail;
      break;
    }
  }
  const known = classify(name);
  if (!looksLikePlaceName(name) || LOC_ORGANISATION_WORD_RE.test(name) || WORKPLACE_WORD_ONE_RE.test(name) || known.kind === "country" || known.kind === "area" || known.kind === "region") return null;
  const knownCc = known.kind === "city" ? known.loc.countryCode : null;
  const city = known.kind === "city" ? known.loc.city ?? name : name;
  // "Rzeszów podkarpackie", "Poznań / wielkopolskie", "Shah Alam, Selangor", "Ikeja - Lagos State": a region named in full
  // (US states and Canadian provinces are read by the pieces: "Austin, Texas")
  const upper = code.toUpperCase();
  const lowerCode = code.toLowerCase();
  if (upper !== code && !US_STATE_NAMES.has(lowerCode) && !CA_PROVINCE_NAMES.has(lowerCode)) {
    if (!capitalisedName(name) && !OTHER_REGIONS[lowerCode]) return null;
    const r = regionOf(code, name, country, countries);
    if (!r || !r.region || (country && r.cc !== country)) return null;
    return { raw, city: knownCc === r.cc ? city : name, region: code, country: countryName(r.cc), countryCode: r.cc };
  }
  if (upper !== code) return null;
  // "Business Intelligence (BI)", "Human Resources (HR)": the initials of the name are its abbreviation
  if (name.split(" ").map((w) => w[0]).join("").toUpperCase() === upper) return null;
  const options = REGION_CODES.filter(([, test]) => test(upper)).map(([cc]) => cc);
  // the regions table's codes ("NH" Noord-Holland, "ML" Meghalaya) are read in the town's, the written or the
  // posting's leading country only: "AI/ML" in an English posting is no Indian state
  const readable = (cc: string | null, k: number) => cc !== null && options.includes(cc) && (k <= 2 || TABLE_CODED.has(cc) === false);
  // ("Toledo - PR" in a Brazilian posting: a known town of another region, Toledo in Ohio, is the posting's country's namesake)
  const elsewhere = known.kind === "city" && known.loc.region !== null && known.loc.region !== upper && countries[0] !== undefined && countries[0] !== knownCc && options.includes(countries[0]);
  const pick = elsewhere ? countries[0] : [knownCc, country, ...countries].find((cc, k) => readable(cc, k)) ?? null;
  if (!pick || (country && pick !== country)) return null;
  if (elsewhere && !country) return { raw, city: name, region: upper, country: countryName(pick), countryCode: pick };
  // "Bergen (NH)" in a Dutch posting: a known town's namesake in the country whose code it carries, never
  // the big three's (read only beside their own towns), nor beside a country written after it, nor a code that is
  // also a country's ("Berlin (DE)", "Porto (PT)", "SF, NL, IN")
  if (knownCc && pick !== knownCc) {
    if (["US", "CA", "AU"].includes(pick) || country || countryOf(upper) !== null) return null;
    return { raw, city: name, region: upper, country: countryName(pick), countryCode: pick };
  }
  // "New York, NJ" is the metro area across two states, not a town of New Jersey
  if (known.kind === "city" && known.loc.region && known.loc.region !== upper) return null;
  // an unknown town is read only with its country in the posting's evidence, and the big three's codes only beside a known town
  if (!knownCc && ["US", "CA", "AU"].includes(pick)) return null;
  return { raw, city, region: upper, country: countryName(pick), countryCode: pick };
}

/**
 * Reads the places in a location text: "New York, NY; Austin, TX; or Remote (US)", "Paris / London",
 * "Remote (EU)", "USA.VA.Reston", "US, CA, Santa Clara", "100% remote within the US".
 * Applicant areas ("EMEA", "Remote (EU)") are kept in `raw` with no city.
 * With `strict`, a piece counts only when every part is a known place (free text, header lines);
 * otherwise an unknown single name is taken as a city (a Location field). `countries` are the ones the
 * posting points to, first first: they read a region code several countries use ("Arezzo (AR)" in Italy).
 */
export function parseLocations(text: string, options: { strict?: boolean; countries?: readonly string[] } = {}): Location[] {
  const found = readLocations(text, options);
  return text.includes("(") ? withQualifiers(found, text) : found;
}

// Notes about a site written in brackets after its town, not a qualifier of its name: "Berlin (Zentrale)".
const TOWN_NOTES = new Set(["zentrale", "hauptsitz", "umgebung", "umland", "raum", "nähe", "innenstadt", "zentrum", "office", "büro", "standort", "hq", "headquarters", "campus", "werk"]);
// Countries whose towns carry a qualifier in brackets as part of their name: "Frankfurt (Oder)", "Halle (Saale)".
const QUALIFIED_TOWN_COUNTRIES = new Set(["DE", "AT", "CH"]);

/** A German-speaking town's qualifier written after it is its name's: "Frankfurt (Oder)" is not Frankfurt am Main. */
function withQualifiers(locs: Location[], text: string): Location[] {
  return locs.map((l) => {
    if (!l.city || !l.countryCode || !QUALIFIED_TOWN_COUNTRIES.has(l.countryCode)) return l;
    const at = text.indexOf(`${l.city} (`);
    if (at < 0) return l;
    const close = text.indexOf(")", at);
    const inner = close > 0 ? text.slice(at + l.city.length + 2, close) : "";
    const note = WORKPLACE_WORD_ONE_RE.test(inner) || TOWN_NOTES.has(inner.toLowerCase());
    return TOWN_QUALIFIER_RE.test(inner) && !note && countryCode(inner) === null && regionCountries(inner).length === 0 ? { ...l, city: `${l.city} (${inner})` } : l;
  });
}

function readLocations(text: string, options: { strict?: boolean; countries?: readonly string[] } = {}): Location[] {
  const strict = options.strict === true;
  let s = text.replace(LOC_EMPHASIS_RE, " ").replace(WHITESPACE_RUNS_RE, " ").trim();
  if (s.length === 0) return [];
  if (s.length > 600) s = s.slice(0, 600);
  const flags = parseFlagCountries(s);
  if (flags.length) return flags;
  s = s.replace(LOC_KEY_PREFIX_RE, "");
  // "Location: AZ", "Location: NC": a state or province code alone is the region
  const alone = !strict && UPPER_CODE_RE.test(s) ? regionOf(s, null) : null;
  if (alone) return [loc(s, null, alone.region, alone.cc)];
  // "Remote - Europe (Berlin, Cracow, Kyiv, Lisbon)": the towns in brackets after an area are the places
  const open = s.indexOf("(");
  const close = open >= 0 ? s.indexOf(")", open) : -1;
  const inner = close > open ? s.slice(open + 1, close) : "";
  if (inner.length >= 5 && inner.length <= 200 && !inner.includes("(") && (inner.includes(",") || inner.includes("/"))) {
    // "Remote - Europe": the area is the last piece before the bracket
    const before = s.slice(0, open);
    const areaName = before.split(LOC_PIECE_SPLIT_RE).pop()?.trim() ?? "";
    const area = classify(areaName);
    const towns = area.kind === "area" || area.kind === "country" ? readPieces(inner, true) : [];
    if (towns.length >= 2 && towns.every((l) => l.city !== null && (area.kind === "area" || l.countryCode === area.loc.countryCode))) {
      s = before.slice(0, before.lastIndexOf(areaName)) + inner + s.slice(close + 1);
    }
  }
  // "Santos - SP", "Montevarchi (AR)", "Rzeszów podkarpackie": one town and its region, read when the
  // pieces alone leave a place without its country
  const hints = options.countries ?? [];
  // "Av. Rio Branco, 1200 - Centro, Santa Maria - RS": a street address, then the district, the town and its state
  const dashed = s.includes(" - ") ? s.split(" - ") : [];
  if (dashed.length >= 3 && LOC_ADDRESS_PART_RE.test(dashed[0].split(",")[0].trim())) {
    const town = dashed[dashed.length - 2].split(",").pop()?.trim() ?? "";
    const after = readLocations(`${town} - ${dashed[dashed.length - 1].trim()}`, { strict, countries: hints });
    if (after.length === 1 && after[0].city !== null && after[0].countryCode !== null) return after;
  }
  const coded = codedTown(s, hints);
  if (coded) {
    const plain = readPieces(s, strict, hints);
    const whole = plain.length > 0 && plain.every((l) => l.countryCode !== null) && (coded.city === null || plain.some((l) => l.city !== null));
    // "Recife (PE)": the known town read alone keeps the region its code names
    const one = plain.length === 1 ? plain[0] : null;
    // "Bergen (NH)" in a Dutch posting: the region beside the town decides which namesake it is
    const byCode = coded.region !== null && UPPER_CODE_RE.test(coded.region);
    if (whole && one && one.city && coded.city && byCode && canonical(one.city) === canonical(coded.city)) return one.countryCode === coded.countryCode ? [{ ...one, region: one.region ?? coded.region }] : [coded];
    // "Toledo - PR" in a Brazilian posting: the town and its state code read in the posting's country, where
    // the pieces alone name places of other countries (Toledo, Ohio and Puerto Rico)
    if (whole && byCode && hints[0] && coded.countryCode === hints[0] && !plain.some((l) => l.countryCode === hints[0])) return [coded];
    return whole ? plain : [coded];
  }
  return readPieces(s, strict, hints);
}

/** The places of a location text read piece by piece. */
function readPieces(text: string, strict: boolean, hints: readonly string[] = []): Location[] {
  let s = text;
  const out: Location[] = [];
  // "2 vacancies in the following locations: Denver, CO / Aurora, CO": a lead-in sentence before the places
  const colon = s.indexOf(": ");
  if (colon > 0 && colon <= 80 && (s.slice(0, colon).match(LOC_LOWER_WORD_RE)?.length ?? 0) >= 2 && parseLocations(s.slice(0, colon), { strict: true }).length === 0) s = s.slice(colon + 2);
  // "Toronto, Remote (Canada). We have an office in Toronto…": the field ends with its first sentence
  const end = LOC_SENTENCE_END_RE.exec(s);
  if (end) s = s.slice(0, end.index + 1);
  if (s.length > 300) return out;
  // "Remote (North America)", "Remote - UK/EU": the area in brackets or after the dash is where applicants may be
  const areas: string[] = [];
  s = s.replace(LOC_AREA_IN_BRACKETS_RE, (_m, inner: string) => {
    areas.push(inner);
    return " ; ";
  });
  s = s.replace(LOC_AREA_AFTER_DASH_RE, (_m, inner: string) => {
    areas.push(inner);
    return " ; ";
  });
  // "Modelo remoto", "Trabajo remoto", "Regime híbrido": the noun a workplace adjective follows is no town
  // (a known town before it stays: "Lisboa presencial")
  // (perf: only a text that holds one of the adjectives is scanned)
  if (WORKPLACE_ADJECTIVE_HINT_RE.test(s)) s = s.replace(LOC_NOUN_BEFORE_WORKPLACE_RE, (m, word: string) => (classify(word).kind === "unknown" ? " ; " : m));
  s = s.replace(LOC_WORKPLACE_WORDS_RE, " ; ");
  let joined = s;
  const lower = s.toLowerCase();
  // (every such name holds " and ")
  if (JOINING_WORDS.some((w) => lower.includes(w))) for (const n of JOINED_NAMES) {
    const i = lower.indexOf(n);
    if (i >= 0) joined = joined.slice(0, i) + joined.slice(i, i + n.length).replace(SINGLE_SPACES_RE, JOINER) + joined.slice(i + n.length);
  }
  const pieces = joined.split(LOC_PIECE_SPLIT_RE);
  for (const area of areas) pieces.push(...area.split(LOC_AREA_SPLIT_RE));
  for (const rawPiece of pieces) {
    const piece = (rawPiece.includes(JOINER) ? rawPiece.split(JOINER).join(" ") : rawPiece).replace(LOC_PIECE_EDGE_RE, "");
    if (piece.length < 2) continue;
    // "Campinas - SP", "Curitiba/PR": the state after a city split off from it
    const last = out[out.length - 1];
    const [head, ...tail] = piece.split(",");
    const state = last?.city && last.countryCode ? cleanPart(head) : "";
    // "Belo Horizonte – MG, Brasil": the country may follow the state
    const sameCountry = tail.every((t) => countryCode(cleanPart(t)) === last?.countryCode);
    if (state && (!last.region || last.region === state) && sameCountry && regionOf(state, last.city, null, hints)?.cc === last.countryCode && classify(state).kind !== "city") {
      const from = s.indexOf(last.raw);
      const to = from >= 0 ? s.indexOf(state, from + last.raw.length) : -1;
      out[out.length - 1] = { ...last, region: state, raw: to >= 0 ? s.slice(from, to + state.length) : `${last.raw} ${state}` };
      continue;
    }
    const found = parsePiece(piece, strict, hints);
    // "This role will be based in Mountain View, CA, … or Bellevue, WA.": a sentence is not a location line
    const lowerWords = found.length === 0 ? piece.match(LOC_LOWER_WORD_RE)?.length ?? 0 : 0;
    const sentence = lowerWords >= 2;
    if (strict && lowerWords >= 3) return [];
    // "Location: Boston or NYC - hybrid in both locations; Headcount: ~38… Stack: React / Python": the value ends at its first sentence
    if (sentence && out.length > 0) break;
    out.push(...found);
  }
  // "Thurston County – Olympia, WA": a county the lexicon lacks, then a town of it with its country, name one place
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    const b = out[k + 1];
    const county = a.city !== null && a.countryCode === null && a.city.split(" ").some((w) => COUNTY_WORDS.has(w.toLowerCase()));
    if (county && b.city !== null && b.countryCode !== null) out.splice(k, 1);
  }
  // "Selangor - Shah Alam", "Mexico - Nuevo León - Apodaca": a region and then a town the lexicon lacks are one place
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    const b = out[k + 1];
    if (a.city !== null || a.region === null || a.countryCode === null || b.city === null || b.region !== null) continue;
    // ("Bavaria / Berlin" lists two known places)
    if (b.countryCode !== null) continue;
    out.splice(k, 2, { ...b, raw: `${a.raw} - ${b.raw}`, region: a.region, country: a.country, countryCode: a.countryCode });
  }
  // "Columbus, OH - Riverside Campus": beside a place, a name of a venue (campus, hospital, building) is the site, not a town
  const towns = out.filter((l) => !(l.region === null && l.countryCode === null && l.city !== null && LOC_VENUE_RE.test(l.raw)));
  const kept = towns.length > 0 ? towns : out;
  // "Kenya/Nairobi", "Germany - Berlin": a country and then a city of it name one place
  return dedupe(kept.filter((l, k) => !(l.city === null && l.countryCode !== null && countryCode(l.raw.trim()) !== null && kept[k + 1]?.city && kept[k + 1].countryCode === l.countryCode)));
}

function dedupe(list: Location[]): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const l of list) {
    const key = `${(l.city ?? "").toLowerCase()}|${l.countryCode ?? ""}|${l.city || l.region || l.countryCode ? "" : l.raw.toLowerCase()}|${l.city ? "" : (l.region ?? "").toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(l);
  }
  return out;
}

/** True when a location names a place (a city, region or country), not only an applicant area. */
export function isPlace(l: Location): boolean {
  return l.city !== null || l.region !== null || l.countryCode !== null;
}

/** The countries a region's name may be in ("Limburg": NL, BE; "Amazonas": CO, PE, BR), in the table's order. */
export function regionCountries(name: string): string[] {
  return regionsNamed(name)?.list.map((e) => e[1]) ?? [];
}

/** The known city a name is ("Berlin", "München", "NYC"), as a location; null for any other name. */
export function knownCity(token: string): Location | null {
  const c = classify(token);
  return c.kind === "city" ? { ...c.loc, raw: token } : null;
}
