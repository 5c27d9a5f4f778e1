import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { parseLocations } from "../../src/fields/location.js";

// Invented place lines and postings: names with particles and qualifiers, addresses before the town,
// a region's label before a town's, and a page's contents that are no label and value.
const first = (text: string, countries: string[] = []) => parseLocations(text, { countries })[0] ?? null;

describe("a town's own name", () => {
  const ROWS: [string, string[], string | null, string | null][] = [
    ["Santiago de Compostela", [], "Santiago de Compostela", null],
    ["Frankfurt (Oder)", ["DE"], "Frankfurt (Oder)", "DE"],
    ["15230 Frankfurt (Oder)", ["DE"], "Frankfurt (Oder)", "DE"],
    ["79618 Rheinfelden (Baden)", ["DE"], "Rheinfelden (Baden)", "DE"],
    ["06108 Halle (Saale)", ["DE"], "Halle (Saale)", "DE"],
    // a note in brackets is no part of the name, nor is another town's name outside German-speaking countries
    ["Berlin (Hybrid)", ["DE"], "Berlin", "DE"],
    ["Berlin (Zentrale)", ["DE"], "Berlin", "DE"],
    ["Bengaluru (Bangalore)", ["IN"], "Bengaluru", "IN"],
    ["Frankfurt am Main", ["DE"], "Frankfurt am Main", "DE"],
  ];
  for (const [text, hints, city, cc] of ROWS) {
    it(text, () => {
      const l = first(text, hints);
      expect(l?.city ?? null).toBe(city);
      if (cc) expect(l?.countryCode).toBe(cc);
    });
  }
});

describe("a street address before the district, the town and its state", () => {
  const ROWS: [string, string, string][] = [
    ["Av. Rio Branco, Centro - Santa Maria - RS", "Santa Maria", "RS"],
    ["Rua das Acácias, 120 - Jardim América - Londrina - PR", "Londrina", "PR"],
    ["Avenida Paulista, 900 - Bela Vista, São Paulo - SP", "São Paulo", "SP"],
  ];
  for (const [text, city, region] of ROWS) {
    it(text, () => {
      const all = parseLocations(text, { countries: ["BR"] });
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ city, region, countryCode: "BR" });
    });
  }
});

describe("the posting's evidence settles a town and region that several countries share", () => {
  const post = (place: string, contact: string) => parseJobPosting(["Vendedor técnico", "", place, "", "Buscamos vendedor para la zona centro. Enviá tu CV a " + contact + "."].join("\n"), { now: "2026-11-27" });
  it("Argentina by an e-mail's domain", () => expect(post("Córdoba, Córdoba", "rrhh@semillas-del-centro.com.ar").locations[0]).toMatchObject({ city: "Córdoba", countryCode: "AR" }));
  it("Spain by an e-mail's domain", () => expect(post("Córdoba, Córdoba", "rrhh@aceites-del-sur.es").locations[0]).toMatchObject({ city: "Córdoba", countryCode: "ES" }));
});

describe("a region's label waits for a town's label", () => {
  const post = (lines: string[]) => parseJobPosting(["Técnico de mantenimiento", "", "Datos de la oferta", ...lines, "", "Funciones", "- Revisar las instalaciones"].join("\n"), { now: "2026-11-27" });
  it("Spanish: Provincia then Localidad", () => expect(post(["Provincia: Pontevedra", "Localidad: Vilagarcía de Arousa"]).locations[0]).toMatchObject({ city: "Vilagarcía de Arousa", region: "Pontevedra", countryCode: "ES" }));
  it("Spanish: a province alone that is a town is still read", () => expect(post(["Provincia: Valencia"]).locations[0]).toMatchObject({ countryCode: "ES" }));
});

describe("a page's contents are no label and value", () => {
  it("'Location' above 'About the job' gives no town; the real label below does", () => {
    const r = parseJobPosting(["Policy Adviser", "", "Contents", "Location", "About the job", "Benefits", "", "Location", "Bangor, Gwynedd", "", "About the job", "", "You will advise ministers on flood funding."].join("\n"), { now: "2026-11-27" });
    expect(r.locations.map((l) => l.city)).toEqual(["Bangor"]);
  });
});

describe("a country written in its own language", () => {
  const ROWS: [string, string | null, string | null, string][] = [
    ["Amersfoort, Utrecht, Nederland", "Amersfoort", "Utrecht", "NL"],
    ["Utrecht, Nederland", "Utrecht", null, "NL"],
    ["Trnava, Slovensko", "Trnava", null, "SK"],
    ["Aarhus, Danmark", "Aarhus", null, "DK"],
    ["Kraków, Polska", "Kraków", null, "PL"],
    ["Uppsala, Sverige", "Uppsala", null, "SE"],
  ];
  for (const [text, city, region, cc] of ROWS) {
    it(text, () => {
      const l = first(text);
      expect([l?.city ?? null, l?.region ?? null, l?.countryCode ?? null]).toEqual([city, region, cc]);
    });
  }
});

describe("a place whose name has a role's ending", () => {
  // "Salvador" ends as "vendedor" does: the header line is still the job's place, not a title
  it("reads a header line of a town and its state as the place", () => {
    const r = parseJobPosting("Auxiliar de Cozinha\nRestaurante Maré Alta\nSalvador - BA (2 vagas)\nFaixa salarial: R$ 1.600,00\n\nDescrição da vaga\nPreparar os ingredientes do almoço.", { now: "2026-11-27" });
    expect(r.locations.map((l) => [l.city, l.region, l.countryCode])).toEqual([["Salvador", "BA", "BR"]]);
    expect(r.title).toBe("Auxiliar de Cozinha");
  });
  it("keeps a title line that names its place after the role as the title", () => {
    const r = parseJobPosting("Analytics Engineer at Nordpost, Stockholm\n\nAbout the role\nBuild the data models of our parcel network.", { now: "2026-11-27" });
    expect(r.title).toMatch(/^Analytics Engineer/);
  });
});

describe("a street written as on the continent, then the postcode and the town", () => {
  const ROWS: [string, string | null, string | null][] = [
    ["Priemyselná 12, 917 01 Trnava", "Trnava", "SK"],
    ["Kerkstraat 12a, 3811 CV Amersfoort", "Amersfoort", "NL"],
    ["Avenue de Rumine 21, 1005 Lausanne", "Lausanne", "CH"],
    // a known town's district number is no street, nor a town with its state's code and postcode
    ["Dublin 2", "Dublin", "IE"],
    ["Geelong VIC 3220", "Geelong", "AU"],
  ];
  for (const [text, city, cc] of ROWS) {
    it(text, () => {
      const l = first(text);
      expect([l?.city ?? null, l?.countryCode ?? null]).toEqual([city, cc]);
    });
  }
});
