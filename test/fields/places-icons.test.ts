// Issue 12 parts 1 and 4: places under labels, and icons before header facts (rows invented).
import { describe, expect, it } from "vitest";
import { parseLocations } from "../../src/fields/location.js";
import { parseJobPosting } from "../../src/index.js";

const now = "2026-11-27";
const places = (text: string) => parseJobPosting(text, { now }).locations.map((l) => [l.city, l.countryCode]);

describe("a location label's value", () => {
  it.each([
    // District, City keeps the city
    ["Barista\n\nLocation: Docklands, Dublin\n\nWe are a café by the river.", [["Dublin", "IE"]]],
    ["Entwickler (m/w/d)\n\nStandort: Kreuzberg, Berlin, Germany\n\nWir bauen Software.", [["Berlin", "DE"]]],
    ["Cajero\n\nUbicación: Chamberí, Madrid\n\nSomos una tienda.", [["Madrid", "ES"]]],
    // French arrondissements and departments
    ["Chargé de mission (H/F)\n\nLieu : Paris 8e\n\nNous recrutons un chargé de mission.", [["Paris", "FR"]]],
    ["Comptable (H/F)\n\nLocalisation : Lyon 3e (69)\n\nNous recrutons.", [["Lyon", "FR"]]],
    ["Serveur (H/F)\n\nLieu de travail : Marseille 13ème arrondissement\n\nNous recrutons.", [["Marseille", "FR"]]],
    // labels of aid agencies and public employers
    ["Field Officer\n\nWork site address: 14 Harbour Rd, Mombasa, Kenya\n\nDuties\n\n- Visit sites", [["Mombasa", "KE"]]],
    ["Programme Officer\n\nCountry/City of assignment: Kenya/Nairobi\n\nDuties\n\n- Write reports", [["Nairobi", "KE"]]],
    // one place said twice is one location
    ["Engineer\n\nLocation: US / Remote (US)\n\nWe build payroll.", [[null, "US"]]],
    // an organisation under a location label is not a town
    ["Poll Worker\n\nLocation: Department of Elections\n\nDuties\n\n- Help voters", []],
    ["Clerk\n\nLocation: County Registrar Office\n\nDuties\n\n- File records", []],
  ])("%j", (text, want) => {
    expect(places(text)).toEqual(want);
  });
  it("an unknown town alone under a label is still a town", () => {
    expect(parseLocations("Brookfield")[0]?.city).toBe("Brookfield");
    expect(parseLocations("Department of Elections")).toEqual([]);
  });
  it("a known city before a district the lexicon lacks keeps the district as its region", () => {
    expect(parseLocations("Warszawa, Mokotów")[0]).toMatchObject({ city: "Warszawa", countryCode: "PL" });
  });
});

describe("icon glyphs and icon-font words before header facts are dropped", () => {
  it.each([
    ["Support Agent\n\nlocation_on Leeds, UK\nschedule Full-time\npayments £25,000 a year\n\nAbout us\n\nWe sell tea.", "Leeds", "full-time", 25000],
    ["## Support Agent\n\nlocation_on Leeds, UK\n\nwork_outline Full-time\n\n## About us\n\nWe sell tea.", "Leeds", "full-time", null],
    ["Support Agent\n\n📌 Oslo, Norway\n⏰ Full-time\n💰 NOK 550 000 per year\n\nAbout us\n\nWe sell tea.", "Oslo", "full-time", 550000],
    ["Kundenberater (m/w/d)\n\n📍 Hamburg\n💼 Teilzeit\n\nÜber uns\n\nWir verkaufen Tee.", "Hamburg", "part-time", null],
  ])("%j", (text, city, employment, pay) => {
    const r = parseJobPosting(text, { now });
    expect(r.locations[0]?.city).toBe(city);
    expect(r.employmentType).toBe(employment);
    expect(r.salary?.min ?? null).toBe(pay);
    expect(r.description).not.toMatch(/location_on|work_outline|📌|📍/);
  });
  it("a glyph that opens every line of a list is its bullet, and a word in prose stays", () => {
    const r = parseJobPosting("Barista\n\nWhat we offer\n\n🎓 Paid training\n🎓 Free coffee\n🎓 Staff discount\n\nschedule Monday to Friday is not a word we use.", { now });
    expect(r.description).toContain("🎓");
    const p = parseJobPosting("Barista\n\nWe work Monday to Friday.\n\nhome Office days are Tuesdays and the rest of the week we are in the café together.", { now });
    expect(p.description).toContain("home Office days");
  });
});
