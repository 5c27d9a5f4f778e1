import { factSpans, foundValue, spanOf, type Context, type Detector } from "../context.js";
import { countryCode, countryName } from "../fields/countries.js";
import { codedTown, isPlace, knownCity, parseFlagCountries, parseLocations, regionCountries } from "../fields/location.js";
import { parseEmploymentType } from "../fields/employment.js";
import { parseWorkplaceBadge } from "../fields/workplace.js";
import { LANGUAGE_COUNTRIES, PLACE_ICONS, PROSE_UNSAFE_CITIES, SHARED_CITY_NAMES } from "../lexicon/places.js";
import { LEXICONS } from "../lexicon/index.js";
import { inlineLabel } from "./inline-labels.js";
import { STOP_WORDS } from "../lexicon/terms.js";
import { countryWeight, leadingCountry, readCountryEvidence, type CountryEvidence } from "../fields/country-evidence.js";
import { chromeLine, labelField } from "../sections/phrases.js";
import { crossLinkPlace, uiActionLine } from "../sections/chrome-shapes.js";
import {
  BADGE_PLACE_MARK_RE, BREADCRUMB_SPLIT_RE, CAPITAL_START_RE, FACT_PIPE_RE, KEY_VALUE_RE, HEADER_PIECES_RE, LOC_OFFICE_STATEMENT_RE, LOC_PREPOSITION_CITY_RE, LOC_ROLE_STATEMENT_RE, NAME_PUNCT_END_RE,
  LOC_CODED_TAIL_END_RE, LOC_POSTCODE_TOWN_RE, UK_POSTCODE_LINE_RE, CA_POSTCODE_LINE_RE, COUNTRY_PREFIXED_PLACE_RE, DIGIT_RE, CAPITAL_OR_DIGIT_START_RE, LOC_VENUE_RE, LOC_TOWN_STATEMENT_RE, NON_NAME_CHARS_RE, SPACE_CAPITAL_RE, WHITESPACE_SPLIT_RE,
} from "../patterns.js";
import type { Location, Span } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { factsBelowHeader, headerRole, looksLikeTitle } from "./header-lines.js";
import { withoutIcon } from "../input/repair.js";
import { classifiedHeadline } from "./classified.js";
import { pipeHeader } from "./pipe-header.js";

// perf: this module's own scanner of a global pattern, built once at load and rewound (`lastIndex = 0`) before each use;
// the loop that runs it calls nothing that runs it again
const LOC_PREPOSITION_CITY_SCAN = new RegExp(LOC_PREPOSITION_CITY_RE.source, LOC_PREPOSITION_CITY_RE.flags);

// "Lokalizacja", "Miejsce pracy", "Ubicación", "Standort": every language's place labels, read inline too
const LOCATION_INLINE_LABELS = [...new Set(LEXICONS.flatMap((l) => l.labels.location ?? []))].filter((w) => w.length >= 5);

/** Places one source gave, with the blocks they came from. */
interface Found {
  locs: Location[];
  spans: Span[];
  how: "stated" | "inferred";
}

// Sections whose places are not the job's: perks ("offsites in Lisbon"), legal notes, how to apply.
const SKIP_KINDS = new Set(["benefits", "diversity", "how-to-apply", "compensation", "interview-process"]);

/** A Location, Country or Region label: header and overview labels before labels in the body. */
function fromLabels(ctx: Context, hint: readonly string[]): Found | null {
  const fields = new Set(["location", "country", "region"]);
  const labels = ctx.labels.filter((l) => fields.has(l.field));
  const ordered = [...labels.filter((l) => l.where !== "body"), ...labels.filter((l) => l.where === "body")];
  // "Country: Germany" … "City: Halle (Saale)": a country alone waits for a town of it named by a later label
  let countryOnly: Found | null = null;
  let regionOnly: { found: Found; region: string } | null = null;
  for (const l of ordered) {
    // "Where: Kingston, ON [Find jobs]": a search box's button after the value is none of it
    const value = withoutButton(l.value, l.block);
    // "Lugar de trabajo: Empleo presencial", "Work location: In person": a work mode, no place
    if (workModeOnly(value, hint)) continue;
    // (a value that ends in a colon leads into the line under it: it is no place itself)
    const led = value.trimEnd().endsWith(":");
    const locs = led ? [] : countryPrefixed(value) ?? parseLocations(ownPlaces(value), { countries: hint });
    // ("Job locations ⏎ Calder Vale Hospital ⏎ Aberford Road ⏎ Wakefield ⏎ WF1 4DG": a site's name, its address under it)
    if (!locs.length) {
      const site = siteAddress(ctx, l.block, value, locs, hint) ?? ledPlace(ctx, l.block, value, hint);
      if (site) return site;
      continue;
    }
    const found: Found = siteAddress(ctx, l.block, value, locs, hint) ?? { locs, spans: [spanOf(l.block)], how: "stated" };
    // "Provincia: A Coruña" … "Localidad: Santiago de Compostela": a region's label waits for a town's as a country's does
    // (an applicant area, "Region: Anywhere in the World", is read as it stands)
    if (l.field === "region" && !countryOnly && !regionOnly && locs.length === 1 && (locs[0].region !== null || locs[0].city !== null)) {
      regionOnly = { found, region: value.trim() };
      continue;
    }
    if (regionOnly && !countryOnly) {
      const area = regionOnly.found.locs[0];
      const town = locs.length === 1 && locs[0].city !== null ? locs[0] : null;
      if (town && (town.countryCode === null || area.countryCode === null || town.countryCode === area.countryCode)) {
        // (a region's name alone, "Pontevedra", is read as the region of the one country that has it)
        const named = regionCountries(regionOnly.region);
        const cc = town.countryCode ?? area.countryCode ?? (named.length === 1 ? named[0] : null);
        return { locs: [{ ...town, region: town.region ?? regionOnly.region, country: cc ? countryName(cc) : null, countryCode: cc }], spans: [...regionOnly.found.spans, ...found.spans], how: "stated" };
      }
    }
    if (!countryOnly) {
      if (locs.length === 1 && locs[0].city === null && locs[0].region === null && locs[0].countryCode !== null) countryOnly = found;
      else return found;
      continue;
    }
    const cc = countryOnly.locs[0].countryCode;
    const town = locs.length === 1 && locs[0].city !== null ? locs[0] : null;
    if (town && (town.countryCode === null || town.countryCode === cc)) {
      return { locs: [{ ...town, country: countryOnly.locs[0].country, countryCode: cc }], spans: [...countryOnly.spans, ...found.spans], how: "stated" };
    }
  }
  if (countryOnly) return countryOnly;
  // (a region alone gives way to the places of the header: "Los Ángeles, Región del Biobío" above "Región: Región del Biobío")
  if (regionOnly && regionOnly.found.locs[0].city !== null) return regionOnly.found;
  // "Kto szuka: Acme Stanowisko: Tester Lokalizacja: Rzeszów podkarpackie Opis…": a label inside a run-on line
  // read strictly (a run-on value may hold the next fact's words): one unknown word alone is a town
  const inline = inlineLabel(ctx, LOCATION_INLINE_LABELS);
  if (inline) {
    const value = ownPlaces(withoutButton(withRegionAfter(inline.value, inline.block.text), inline.block));
    if (workModeOnly(value, hint)) return null;
    const oneWord = !value.includes(" ") && !value.includes("|");
    const locs = parseLocations(value, { strict: !oneWord, countries: hint });
    if (locs.length) return { locs, spans: [spanOf(inline.block)], how: "stated" };
  }
  return null;
}

// How many lines after a site's name its address may take ("Acme - Lebanon Plant" / street / "Lebanon, TN 37087, USA").
const SITE_ADDRESS_LINES = 3;

/**
 * A place label whose value is a site's name ("Locations" ⏎ "Tennforge Components - Lebanon Plant"): the
 * town of the address lines right after it, when one of them names a town with its region or country.
 */
function siteAddress(ctx: Context, block: Block, value: string, locs: readonly Location[], hint: readonly string[]): Found | null {
  if (!LOC_VENUE_RE.test(value) || value.includes(",") || !locs.every((l) => l.region === null)) return null;
  const at = ctx.blocks.findIndex((b) => b.start >= block.end);
  if (at < 0) return null;
  for (let k = at; k < at + SITE_ADDRESS_LINES && k < ctx.blocks.length; k++) {
    const b = ctx.blocks[k];
    if (b.type === "heading" || b.text.length > 80) break;
    const town = parseLocations(b.text, { strict: true, countries: hint }).filter((l) => l.city !== null && (l.region !== null || l.countryCode !== null));
    if (town.length === 1) return { locs: town, spans: [spanOf(b)], how: "stated" };
    // "Aberford Road ⏎ Wakefield ⏎ WF1 4DG": a British or Canadian postcode alone under the town's line names its country
    const cc = UK_POSTCODE_LINE_RE.test(b.text.trim()) ? "GB" : CA_POSTCODE_LINE_RE.test(b.text.trim()) ? "CA" : null;
    const prev = ctx.blocks[k - 1];
    if (cc && k > at && prev && !DIGIT_RE.test(prev.text) && prev.text.split(WHITESPACE_SPLIT_RE).length <= TOWN_LINE_WORDS && CAPITAL_OR_DIGIT_START_RE.test(prev.text)) {
      const named = parseLocations(prev.text, { countries: [cc] }).filter((l) => l.city !== null);
      if (named.length === 1) return { locs: [{ ...named[0], country: countryName(cc), countryCode: cc }], spans: [spanOf(prev), spanOf(b)], how: "stated" };
    }
  }
  return null;
}

/** "GR-Athens", "DE-Berlin", "US-TX-Austin": an applicant-tracking system's town after its country's ISO code. */
function countryPrefixed(value: string): Location[] | null {
  const m = COUNTRY_PREFIXED_PLACE_RE.exec(value.trim());
  if (!m) return null;
  const cc = m[1];
  const name = countryName(cc);
  if (!name) return null;
  const locs = parseLocations(m[2].split("-").reverse().join(", "), { countries: [cc] }).filter((l) => l.city !== null);
  if (locs.length !== 1 || (locs[0].countryCode !== null && locs[0].countryCode !== cc)) return null;
  return [{ ...locs[0], raw: value.trim(), country: name, countryCode: cc }];
}

/** "Location ⏎ 1 vacancy in the following location: ⏎ Davenport, IA": a value that leads into the line under it, that line's place. */
function ledPlace(ctx: Context, block: Block, value: string, hint: readonly string[]): Found | null {
  if (!value.trimEnd().endsWith(":")) return null;
  const next = ctx.blocks.find((b) => b.start >= block.end);
  if (!next || next.type === "heading" || next.text.length > 80) return null;
  const locs = parseLocations(next.text, { strict: true, countries: hint });
  return locs.length ? { locs, spans: [spanOf(next)], how: "stated" } : null;
}

// The most words of a town's line above its postcode.
const TOWN_LINE_WORDS = 3;

// The most words of a location label's value that is only a work mode ("Empleo presencial", "In person").
const WORK_MODE_WORDS = 3;

/** Whether a place label's value is only a work mode: "Empleo presencial", "In person", "Remote". */
function workModeOnly(value: string, hint: readonly string[]): boolean {
  return value.split(WHITESPACE_SPLIT_RE).length <= WORK_MODE_WORDS && parseWorkplaceBadge(value) !== null && parseLocations(value, { strict: true, countries: hint }).length === 0;
}

/** A value less the button its line ends with, whole or cut ("Kingston, ON Find jobs", "Kingston, ON Find"). */
function withoutButton(value: string, block: Block): string {
  for (const k of block.links) {
    const t = k.text.trim();
    if (!t || !(uiActionLine(t) || chromeLine(t) !== null)) continue;
    for (let n = t.length; n >= 3; n = t.lastIndexOf(" ", n - 1)) {
      const head = t.slice(0, n);
      if (value.endsWith(head) && value.length > head.length + 1 && value[value.length - head.length - 1] === " ") return value.slice(0, -head.length).trim();
      if (n <= 0) break;
    }
  }
  return value;
}

/** An inline value and the region name written right after it, which the value's reading left off ("Rzeszów" + "podkarpackie"). */
function withRegionAfter(value: string, text: string): string {
  const at = text.indexOf(value);
  if (at < 0) return value;
  const next = text.slice(at + value.length).trimStart().split(WHITESPACE_SPLIT_RE)[0] ?? "";
  return next && codedTown(`${value} ${next}`) ? `${value} ${next}` : value;
}

/**
 * A place label's value on a facts line runs to the next labelled fact, contract words left out:
 * "Köln | Beginn: ab sofort | Teilzeit" → "Köln"; "Berlin | München | Remote" stays whole.
 */
function ownPlaces(value: string): string {
  if (!value.includes("|")) return value;
  const kept: string[] = [];
  for (const piece of value.split(FACT_PIPE_RE)) {
    const kv = KEY_VALUE_RE.exec(piece);
    if (kv && labelField(kv[1])) break;
    if (parseEmploymentType(piece) && !parseWorkplaceBadge(piece)) continue;
    kept.push(piece);
  }
  return kept.join(" | ");
}

function fromPipeHeader(ctx: Context, hint: readonly string[]): Found | null {
  const pipe = pipeHeader(ctx);
  if (!pipe) return null;
  const locs: Location[] = [];
  for (const f of pipe.fields.slice(1)) {
    if (f !== pipe.title?.text) locs.push(...parseLocations(f, { strict: true, countries: hint }));
    // "Senior Rails developer (remote within EU)": the title's bracket may hold the place
    else if (f.includes("(")) locs.push(...parseLocations(f.slice(f.lastIndexOf("(")), { strict: true }));
  }
  return locs.length ? { locs, spans: [spanOf(pipe.block)], how: "stated" } : null;
}

/** The town of a classified ad's run-on headline ("… — Crumb & Co, 12 Mill Ln, Bristol. Early shifts"). */
function fromClassified(ctx: Context, hint: readonly string[]): Found | null {
  const ad = classifiedHeadline(ctx);
  return ad && ad.locations.length ? { locs: ad.locations, spans: [spanOf(ad.block)], how: "stated" } : null;
}

/**
 * The location lines and badges at the top: "Toronto, ON · 3 days ago", "Remote - US", one country
 * per line ("Australia" / "Singapore" / "New Zealand"). The title line is skipped: "External Affairs, France".
 */
function fromHeader(ctx: Context, hint: readonly string[]): Found | null {
  const title = foundValue(ctx, "title")?.trim() ?? null;
  const locs: Location[] = [];
  const spans: Span[] = [];
  const lines = [...ctx.header.slice(0, 30), ...factsBelowHeader(ctx)];
  let linked: Set<string> | null = null;
  for (let k = 0; k < lines.length; k++) {
    const b = lines[k];
    if (b.text.length > 300 || (title && b.text.trim() === title)) continue;
    for (const raw of b.text.split(HEADER_PIECES_RE)) {
      const p = withoutIcon(raw.trim());
      if (p.length < 2 || p.length > 80 || p === title) continue;
      // "💡 / Como / , serás responsable…" in Spanish: a common word of the posting's language is no town unless marked as a place
      if (commonWord(p, ctx) && !placeMarked(raw, lines[k - 1])) continue;
      const role = headerRole(p, ctx);
      // "Santos - SP", "Montevarchi (AR)": a town the lexicon lacks, with a region code of the posting's country
      const coded = role === "text" && !looksLikeTitle(p) ? codedTown(p, hint) : null;
      // "📍 67433 Neustadt an der Weinstraße": a postcode and a town, or a piece after a place pin, read with the posting's countries
      const postal = !coded && role !== "location" && (LOC_POSTCODE_TOWN_RE.test(p) || placeMarked(raw, lines[k - 1])) ? parseLocations(p, { strict: true, countries: hint }) : [];
      if (!coded && !postal.length && role !== "location" && !(role === "badge" && BADGE_PLACE_MARK_RE.test(p))) {
        // "Home > Jobs in Hosur > …" ⏎ … "Hosur": a town the tables lack, named by the board's own link to its listings
        if (role === "text" && (linked ??= linkedPlaces(ctx)).has(p)) {
          const town = parseLocations(p, { countries: hint }).filter((l) => l.city === p);
          if (town.length === 1) {
            locs.push(town[0]);
            spans.push(spanOf(b));
          }
        }
        continue;
      }
      const found = coded ? [coded] : postal.length ? postal : parseLocations(p, { strict: true, countries: hint });
      if (found.length) {
        locs.push(...found);
        spans.push(spanOf(b));
      }
    }
  }
  // "External Affairs, France" above "Paris, France": a line with a known city outranks one whose "city" is unknown
  const known = locs.filter((l) => l.city === null || knownCity(l.city) !== null);
  return known.length ? { locs: known, spans, how: "stated" } : locs.length ? { locs, spans, how: "stated" } : null;
}

// How many lines of the page's top are read for the board's links to its listings, and what splits a breadcrumb.
const LINKED_LINES = 40;

/** The places the board's links to its listings name at the top of the page ("Home > Jobs in Hosur > Quality Engineer Jobs"). */
function linkedPlaces(ctx: Context): Set<string> {
  const out = new Set<string>();
  const top = ctx.text.split("\n", LINKED_LINES);
  for (const line of top) for (const piece of line.split(BREADCRUMB_SPLIT_RE)) {
    const place = piece.length <= 80 ? crossLinkPlace(piece) : null;
    if (place) out.add(place);
  }
  return out;
}

/** Flag rows of remote boards: "🇦🇱 Albania🇧🇦 Bosnia and Herzegovina…". */
function fromFlags(ctx: Context, hint: readonly string[]): Found | null {
  for (const b of ctx.blocks) {
    const locs = parseFlagCountries(b.text);
    if (locs.length) return { locs, spans: [spanOf(b)], how: "stated" };
  }
  return null;
}

/** A known city in the title: "Receptionist Berlin", "Korrespondent:in Büro Belgrad", "Sales Manager - London". */
function fromTitle(ctx: Context, hint: readonly string[]): Found | null {
  const title = foundValue(ctx, "title");
  if (!title) return null;
  const words = title.split(NON_NAME_CHARS_RE).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(" ");
      if (!CAPITAL_START_RE.test(name) || name.length < 4 || PROSE_UNSAFE_CITIES.has(name.toLowerCase()) || commonWord(name, ctx)) continue;
      const city = knownCity(name);
      if (city) return { locs: [city], spans: ctx.found.get("title")?.spans ?? [], how: "stated" };
    }
  }
  return null;
}

/** The blocks of the posting's own prose, in order, perks and legal notes left out. */
function proseBlocks(ctx: Context): Block[] {
  const out: Block[] = [];
  for (const s of ctx.sections) {
    if (s.chrome || SKIP_KINDS.has(s.kind)) continue;
    for (const b of s.blocks) if (b.type !== "heading" && b.text.length >= 12) out.push(b);
  }
  return out;
}

/**
 * Statements in the prose: where the role is ("This role is based in Paris", "remote across the
 * United States"), else where the offices are ("headquartered in Honolulu"), else the first known
 * city after a preposition ("Mediaagentur aus München", "Kanzleien in Jena").
 */
function fromStatements(ctx: Context, hint: readonly string[]): Found | null {
  // a cheap pre-test: a statement of place needs a capitalised word after a space
  const blocks = proseBlocks(ctx).filter((b) => SPACE_CAPITAL_RE.test(b.text));
  for (const re of [LOC_ROLE_STATEMENT_RE, LOC_OFFICE_STATEMENT_RE]) {
    for (const b of blocks) {
      const m = re.exec(b.text);
      if (!m) continue;
      const locs = parseLocations(m[1], { strict: true }).filter(isPlace);
      if (locs.length) return { locs, spans: [spanOf(b)], how: "stated" };
    }
  }
  // "basé dans la région de Auray", "en la ciudad de Sucre": a name the text calls a town is one, known or not
  for (const b of blocks) {
    const m = LOC_TOWN_STATEMENT_RE.exec(b.text);
    if (!m || commonWord(m[1], ctx)) continue;
    const known = knownCity(m[1]);
    const locs = known ? [known] : parseLocations(m[1], { countries: hint });
    if (locs.length === 1 && locs[0].city) return { locs, spans: [spanOf(b)], how: "inferred" };
  }
  for (const b of blocks) {
    const re = LOC_PREPOSITION_CITY_SCAN;
    re.lastIndex = 0;
    for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
      const words = m[1].split(WHITESPACE_SPLIT_RE);
      // "em Santos - SP", "à Auray (56)": the name and the region code after it
      const rest = b.text.slice(m.index + m[0].length).split(LOC_CODED_TAIL_END_RE)[0];
      const coded = rest.length <= 12 ? codedTown(`${m[1]}${rest}`.replace(NAME_PUNCT_END_RE, ""), hint) : null;
      if (coded && !commonWord(m[1], ctx)) return { locs: [coded], spans: [spanOf(b)], how: "inferred" };
      for (let n = words.length; n >= 1; n--) {
        const name = words.slice(0, n).join(" ").replace(NAME_PUNCT_END_RE, "");
        if (PROSE_UNSAFE_CITIES.has(name.toLowerCase()) || commonWord(name, ctx)) continue;
        const city = knownCity(name);
        if (city) return { locs: [city], spans: [spanOf(b)], how: "inferred" };
      }
    }
  }
  return null;
}

/**
 * Whether a one-word name is a common word of the posting: a stop word of its language ("Como" in
 * Spanish) or a word its own prose writes in lower case mid-sentence ("Nice" where the text says "nice to have").
 */
function commonWord(name: string, ctx: Context): boolean {
  if (name.includes(" ") || name.length < 2) return false;
  const low = name.toLowerCase();
  if (low === name) return false;
  const lang = foundValue(ctx, "language") ?? null;
  if (lang && STOP_WORDS[lang]?.includes(low)) return true;
  const text = ctx.text;
  for (let i = text.indexOf(low); i >= 0; i = text.indexOf(low, i + 1)) {
    const before = text[i - 1];
    const after = text[i + low.length];
    // mid-sentence: a letter, a space, then the word in lower case, then no letter
    if (before === " " && isLetter(text[i - 2]) && (after === undefined || !isLetter(after))) return true;
  }
  return false;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

/** Whether a header piece stands in a place position: after a place pictograph, on its line or the line before. */
function placeMarked(raw: string, prev: Block | undefined): boolean {
  const t = raw.trim();
  const p = prev?.text.trim() ?? "";
  return PLACE_ICONS.some((icon) => t.startsWith(icon) || p === icon || p === `${icon}\uFE0F`);
}

// perf: the locations and salary detectors both ask for it; read once per parse (per language found)
const EVIDENCE = new WeakMap<Context, CountryEvidence>();

/** The posting's own evidence of its country (names, phone prefixes, domains, currencies, language). */
export function evidenceOf(ctx: Context): CountryEvidence {
  const language = foundValue(ctx, "language") ?? null;
  const known = EVIDENCE.get(ctx);
  if (known && known.language === language) return known;
  const e = readCountryEvidence(ctx.blocks.map((b) => b.text).join("\n"), language);
  EVIDENCE.set(ctx, e);
  return e;
}

/**
 * A town several countries share is read in the country the posting points to: "Córdoba" in a posting
 * with "+54" and ".com.ar" is Argentina's, "Santa Cruz" beside "Bs 4.500" Bolivia's. A country or
 * region written beside the town ("Córdoba, España") keeps it; with no evidence the lexicon's reading stays.
 */
function resolveShared(l: Location, e: CountryEvidence): Location {
  if (!l.city) return resolveRegion(l, e);
  let options = SHARED_CITY_NAMES[l.city.toLowerCase()];
  if (!options) return l;
  if (l.raw.trim().toLowerCase() !== l.city.toLowerCase()) {
    // "Córdoba, Córdoba": a region written beside the town that the town's countries share decides nothing either
    const raw = l.raw.trim();
    const rest = raw.toLowerCase().startsWith(l.city.toLowerCase() + ",") ? raw.slice(l.city.length + 1).trim() : "";
    const ccs = rest ? regionCountries(rest) : [];
    options = options.filter((o) => ccs.includes(o[1]));
    if (options.length < 2) return l;
    options = options.map((o) => [o[0], o[1], rest] as [string, string, string]);
  }
  let best: [string, string, string?] | null = null;
  let bestW = l.countryCode ? countryWeight(e, l.countryCode) : 0;
  let tie = false;
  for (const o of options) {
    if (o[1] === l.countryCode) continue;
    const w = countryWeight(e, o[1]);
    if (w > bestW) [best, bestW, tie] = [o, w, false];
    else if (w === bestW && best) tie = true;
  }
  if (!best || tie || bestW < 1) return l;
  return { ...l, region: best[2] ?? null, country: countryName(best[1]), countryCode: best[1] };
}

/**
 * A region read on its own right after a town of its country is that town's region ("Eindhoven" then
 * "Noord-Brabant" on the next header line): one place, not two.
 */
function withRegions(locs: readonly Location[]): Location[] {
  const out: Location[] = [];
  for (const l of locs) {
    const prev = out[out.length - 1];
    if (prev && prev.city !== null && prev.region === null && l.city === null && l.region !== null && l.countryCode !== null && l.countryCode === prev.countryCode) {
      out[out.length - 1] = { ...prev, region: l.region, raw: `${prev.raw}, ${l.raw}` };
      continue;
    }
    out.push(l);
  }
  return out;
}

/** A region several countries name alike ("Limburg", "Amazonas", "Santa Cruz"), written alone, in the country the posting points to. */
function resolveRegion(l: Location, e: CountryEvidence): Location {
  if (!l.region || l.raw.trim().toLowerCase() !== l.region.toLowerCase()) return l;
  const options = regionCountries(l.region);
  if (options.length < 2) return l;
  let best: string | null = null;
  let bestW = l.countryCode ? countryWeight(e, l.countryCode) : 0;
  for (const cc of options) {
    const w = countryWeight(e, cc);
    if (cc !== l.countryCode && w > bestW) [best, bestW] = [cc, w];
  }
  return best && bestW >= 1 ? { ...l, country: countryName(best), countryCode: best } : l;
}

/** The countries the posting points to, the weightiest first (its language's countries last). */
function hintCountries(e: CountryEvidence): string[] {
  const ccs = new Set<string>([...e.votes.keys(), ...(e.language ? LANGUAGE_COUNTRIES[e.language] ?? [] : [])]);
  return [...ccs].map((cc) => [cc, countryWeight(e, cc)] as const).sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
}

/** The one country every place of a source shares, if any. */
function soleCountry(locs: readonly Location[]): string | null {
  const codes = new Set(locs.map((l) => l.countryCode).filter((c): c is string => c !== null));
  return codes.size === 1 ? [...codes][0] : null;
}

/**
 * Where the job is: JSON-LD, a Location label, a pipe header, the location lines at the top, flag
 * rows, a city in the title, then statements in the prose. A place with no country ("Location: Bugis")
 * takes the country a later source names ("Singapore" in the header).
 */
export const locationsDetector: Detector<"locations"> = {
  key: "locations",
  detect(ctx) {
    const sd = ctx.structured?.locations;
    if (sd && sd.length) {
      const out: Location[] = sd.map((l) => {
        const cc = l.country ? (l.country.length === 2 ? l.country.toUpperCase() : countryCode(l.country)) : null;
        return { raw: l.raw, city: l.city ?? null, region: l.region ?? null, country: cc ? countryName(cc) : l.country ?? null, countryCode: cc };
      });
      return { value: out, how: "stated", itemSpans: out.map((_, i) => factSpans(ctx, `locations[${i}]`)) };
    }
    const sources = [fromLabels, fromPipeHeader, fromClassified, fromHeader, fromFlags, fromTitle, fromStatements];
    const e = evidenceOf(ctx);
    const hint = hintCountries(e);
    let pick: Found | null = null;
    let i = 0;
    for (; i < sources.length && !pick; i++) pick = sources[i](ctx, hint);
    if (!pick) return null;
    let locs = pick.locs;
    if (locs.some((l) => isPlace(l) && l.countryCode === null)) {
      for (; i < sources.length; i++) {
        const other = sources[i](ctx, hint);
        const cc = other ? soleCountry(other.locs) : null;
        if (!cc) continue;
        locs = locs.map((l) => (isPlace(l) && l.countryCode === null ? { ...l, country: countryName(cc), countryCode: cc } : l));
        break;
      }
    }
    // shared town names by the posting's evidence; a town with no country takes the one the posting points to
    // a language spoken in one country only names it when nothing else does ("Niepołomice" in a Polish posting)
    const spoken = e.language ? LANGUAGE_COUNTRIES[e.language] : undefined;
    const lead = leadingCountry(e) ?? (spoken?.length === 1 && [...e.votes].every(([cc, v]) => cc === spoken[0] || v < countryWeight(e, spoken[0])) ? spoken[0] : null);
    locs = locs.map((l) => {
      const r = resolveShared(l, e);
      return r.city !== null && r.countryCode === null && lead ? { ...r, country: countryName(lead), countryCode: lead } : r;
    });
    return { value: withRegions(locs), how: pick.how, spans: pick.spans };
  },
};
