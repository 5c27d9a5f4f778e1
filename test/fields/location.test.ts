import { describe, expect, it } from "vitest";
import { parseLocations } from "../../src/fields/location.js";
import { parseJobPosting } from "../../src/index.js";

type Place = [city: string | null, region: string | null, countryCode: string | null];

// Location values as boards and ATS exports write them (invented), and what each names.
const VALUES: [string, Place[]][] = [
  ["New York, NY; Austin, TX; or Remote (US)", [["New York", "NY", "US"], ["Austin", "TX", "US"], [null, null, "US"]]],
  ["Toronto, ON (Hybrid)", [["Toronto", "ON", "CA"]]],
  ["Toronto, Ontario, Canada", [["Toronto", "Ontario", "CA"]]],
  ["Vancouver, BC", [["Vancouver", "BC", "CA"]]],
  ["San Jose, CA", [["San Jose", "CA", "US"]]],
  ["Toronto, CA", [["Toronto", "ON", "CA"]]],
  ["Amsterdam, NL", [["Amsterdam", null, "NL"]]],
  ["US, CA, Santa Clara", [["Santa Clara", "CA", "US"]]],
  ["USA.VA.Reston", [["Reston", "VA", "US"]]],
  ["US-NY-New York", [["New York", "NY", "US"]]],
  ["Leeds, West Yorkshire, UK", [["Leeds", "West Yorkshire", "GB"]]],
  // a district the tables lack, then its known town with its state: the town
  ["Footscray, Melbourne VIC", [["Melbourne", "VIC", "AU"]]],
  ["Fortitude Valley, Brisbane, QLD", [["Brisbane", "QLD", "AU"]]],
  ["Greater London, England, United Kingdom", [["London", null, "GB"]]],
  ["Amsterdam, North Holland, Netherlands", [["Amsterdam", "North Holland", "NL"]]],
  ["München, Bayern, Deutschland", [["München", "Bayern", "DE"]]],
  ["20095 Hamburg", [["Hamburg", null, "DE"]]],
  ["Campinas - SP", [["Campinas", "SP", "BR"]]],
  ["Curitiba/PR", [["Curitiba", "PR", "BR"]]],
  ["Belo Horizonte – MG, Brasil", [["Belo Horizonte", "MG", "BR"]]],
  ["São Paulo - SP (2 vagas)", [["São Paulo", "SP", "BR"]]],
  ["Austin - TX, USA", [["Austin", "TX", "US"]]],
  ["France-Occitanie-Toulouse", [["Toulouse", "Occitanie", "FR"]]],
  ["Harrogate HG1", [["Harrogate", null, "GB"]]],
  ["3 openings in the following locations: Denver, CO / Boise, ID", [["Denver", "CO", "US"], ["Boise", "ID", "US"]]],
  ["75008 Paris", [["Paris", null, "FR"]]],
  ["Paris, Île-de-France, France", [["Paris", "Île-de-France", "FR"]]],
  ["Madrid, España", [["Madrid", null, "ES"]]],
  ["Barcelona, Cataluña, España", [["Barcelona", "Cataluña", "ES"]]],
  ["Lisboa, Portugal", [["Lisboa", null, "PT"]]],
  ["Milano, Lombardia", [["Milano", "Lombardia", "IT"]]],
  ["Wien, Österreich", [["Wien", null, "AT"]]],
  ["Zürich, Schweiz", [["Zürich", null, "CH"]]],
  ["Sydney NSW 2000", [["Sydney", "NSW", "AU"]]],
  ["Perth, WA", [["Perth", "WA", "AU"]]],
  ["Bengaluru, Karnataka, India", [["Bengaluru", "Karnataka", "IN"]]],
  ["Singapore 228213", [["Singapore", null, "SG"]]],
  ["Singapore, Singapore", [["Singapore", null, "SG"]]],
  ["4215 Alum Creek Dr, Columbus, OH 43207", [["Columbus", "OH", "US"]]],
  ["Dublin 2, Ireland", [["Dublin", null, "IE"]]],
  ["San Francisco Bay Area", [["San Francisco", "CA", "US"]]],
  ["Tbilisi, Georgia", [["Tbilisi", null, "GE"]]],
  ["Atlanta, Georgia", [["Atlanta", "Georgia", "US"]]],
  ["Mountain View, CA, San Francisco, CA or Bellevue, WA", [["Mountain View", "CA", "US"], ["San Francisco", "CA", "US"], ["Bellevue", "WA", "US"]]],
  ["San Francisco, CA, Brooklyn, NY, Cambridge, MA, or remote", [["San Francisco", "CA", "US"], ["Brooklyn", "NY", "US"], ["Cambridge", "MA", "US"]]],
  ["Paris / London / Berlin", [["Paris", null, "FR"], ["London", null, "GB"], ["Berlin", null, "DE"]]],
  ["100% remote within the US; you need to be available 9:00-5:00 Central Time", [[null, null, "US"]]],
  ["**Toronto, Remote (Canada). We have an office in Toronto, but are open to anyone in Canada.", [["Toronto", "ON", "CA"], [null, null, "CA"]]],
  ["Remote - US", [[null, null, "US"]]],
  ["United States (Remote)", [[null, null, "US"]]],
  ["California (Required)", [[null, "California", "US"]]],
  ["Bugis", [["Bugis", null, null]]],
  ["🇦🇱 Albania🇧🇦 Bosnia and Herzegovina🇨🇿 Czechia", [[null, null, "AL"], [null, null, "BA"], [null, null, "CZ"]]],
  ["Dubai - United Arab Emirates", [["Dubai", null, "AE"], [null, null, "AE"]]],
];

// Applicant areas are kept in `raw`, with no city and no country.
const AREAS: [string, string[]][] = [
  ["Remote (EU)", ["EU"]],
  ["EMEA", ["EMEA"]],
  ["Remote (North America)", ["North America"]],
  ["India, Latin America, Philippines", ["India", "Latin America", "Philippines"]],
  ["Remote - UK/EU", ["UK", "EU"]],
  ["Anywhere in the World", ["Anywhere in the World"]],
  ["Amsterdam or Remote within the EU", ["Amsterdam", "EU"]],
];

// Values that name no place.
const NOT_PLACES = [
  "Note: we are a small team of builders",
  "Remote",
  "Hybrid",
  "In person",
  "On-site",
  "Multiple locations",
  "Various",
  "Home based",
  "Nationwide",
  "TBD",
  "n/a",
  "",
  "   ",
];

// Free text read strictly (header lines, statements): sentences and job words are not places.
const NOT_PLACES_STRICT = [
  "Front-end-back-end",
  "Ticket PR-SP",
  "This role will be based in Mountain View, CA, San Francisco, CA or Bellevue, WA.",
  "Senior Backend Engineer",
  "Engineering – Platform",
  "Full-time",
  "We build tools for teams who ship every day",
  "Apply now",
  "5 days ago",
  "$120,000 - $150,000",
];

describe("parseLocations", () => {
  it.each(VALUES)("%s", (text, places) => {
    const got = parseLocations(text).map((l) => [l.city, l.region, l.countryCode]);
    expect(got).toEqual(places);
  });

  it.each(AREAS)("keeps the area %s", (text, raws) => {
    const got = parseLocations(text);
    expect(got.map((l) => l.raw)).toEqual(raws);
    for (const l of got) if (l.countryCode === null) expect(l.city).toBeNull();
  });

  it.each(NOT_PLACES)("finds no place in %j", (text) => {
    expect(parseLocations(text)).toEqual([]);
  });

  it.each(NOT_PLACES_STRICT)("finds no place in the free text %j", (text) => {
    expect(parseLocations(text, { strict: true })).toEqual([]);
  });

  it("names countries in English short form", () => {
    expect(parseLocations("Remote (USA)")[0].country).toBe("United States");
    expect(parseLocations("Manchester, UK")[0].country).toBe("United Kingdom");
    expect(parseLocations("Seoul, South Korea")[0].country).toBe("South Korea");
  });

  it("stays fast on adversarial input", () => {
    const t = Date.now();
    parseLocations("San Francisco, ".repeat(40));
    parseLocations("Remote (".repeat(200), { strict: true });
    parseLocations("🇦🇱".repeat(5000));
    expect(Date.now() - t).toBeLessThan(500);
  });
});

// Postings with no Location field: the place comes from the header or from a statement in the prose.
const POSTINGS: [string, Place[]][] = [
  ["Senior Data Engineer\n\nWe are a payments company. This role is based in Lisbon, Portugal, with a team of six.\n\nWhat you'll do\n\n- Build pipelines", [["Lisbon", null, "PT"]]],
  ["Receptionist\n\nAt Hotel Aurelia, we are recruiting a Receptionist to join our hotel in Berlin.\n\nRequirements\n\n- Two years at a front desk", [["Berlin", null, "DE"]]],
  ["Platform Engineer\n\nBrightfield is 100% remote across the United States. We meet twice a year.\n\nRequirements\n\n- Go", [[null, null, "US"]]],
  ["Operations Lead\n\nOur company is headquartered in Honolulu and runs three shipyards.\n\nRequirements\n\n- Five years in operations", [["Honolulu", "HI", "US"]]],
  ["Mediaplaner (m/w/d)\n\nWir sind eine Mediaagentur aus München und suchen Verstärkung.\n\nDeine Aufgaben\n\n- Kampagnen planen", [["München", null, "DE"]]],
];

describe("locations detector", () => {
  it.each(POSTINGS)("%s", (text, places) => {
    const r = parseJobPosting(text, { now: "2026-11-27" });
    expect(r.locations.map((l) => [l.city, l.region, l.countryCode])).toEqual(places);
  });

  // negatives: a sentence before a town's name is no district ("…de Recursos Humanos, como")
  it("reads no town after a name that is no district", () => {
    expect(parseLocations("Experiencia en procesos de Recursos Humanos, como")).toEqual([]);
  });

  // negatives: the noun a workplace adjective follows, and a code of capitals alone, are no towns
  it("reads no town of Alberta or Aargau in a firm's legal form", () => {
    expect(parseLocations("Björkdalens Omsorg AB", { strict: true })).toEqual([]);
    expect(parseLocations("Holzbau Meierhans AG", { strict: true })).toEqual([]);
    expect(parseLocations("Calgary AB").map((l) => [l.city, l.region])).toEqual([["Calgary", "AB"]]);
  });

  it("reads no town in 'Trabajo remoto', 'Modelo remoto' or a bare code", () => {
    expect(parseLocations("Trabajo remoto")).toEqual([]);
    expect(parseLocations("Modelo híbrido. Dos días en la oficina")).toEqual([]);
    expect(parseLocations("RJ")).toEqual([]);
    expect(parseLocations("Lisboa presencial").map((l) => l.city)).toEqual(["Lisboa"]);
  });

  it("reads a header line as a town the tables lack where the board's own link names it", () => {
    const text = ["Home > Jobs in Karur > Machinist Jobs", "", "CNC Machinist", "Velmurugan Engineering Pvt. Ltd.", "2 - 4 yrs", "Karur", "Posted on: 02 Dec, 2026", "", "We machine pump housings for export customers and need a CNC machinist for the night shift."].join("\n");
    expect(parseJobPosting(text, { now: "2026-12-08", format: "text" }).locations.map((l) => l.city)).toEqual(["Karur"]);
    // negative: the same line with no link naming it stays no place
    const bare = text.replace("Home > Jobs in Karur > Machinist Jobs", "Home > Machinist Jobs");
    expect(parseJobPosting(bare, { now: "2026-12-08", format: "text" }).locations).toEqual([]);
  });

  it("finds no place in a posting that names none", () => {
    const r = parseJobPosting("Backend Engineer\n\nWe build accounting software.\n\nRequirements\n\n- Five years of Go", { now: "2026-11-27" });
    expect(r.locations).toEqual([]);
  });
});
