import { describe, expect, it } from "vitest";
import { countryWeight, domainCountry, leadingCountry, readCountryEvidence } from "../../src/fields/country-evidence.js";
import { countryCode, mayOpenCountryName } from "../../src/fields/countries.js";

// Invented postings' facts, and the country their own evidence points to (null: too thin or split).
const LEADING: [string, string | null, string | null][] = [
  ["Enviá tu CV a rrhh@panaderia-sol.com.ar o llamá al +54 351 555-0101. Sueldo $ 900.000.", "es", "AR"],
  ["Oferta en Argentina. Trabajo presencial en nuestra planta de Argentina, contacto +54 11 5555 0000.", "es", "AR"],
  ["Salario: Bs 4.500 mensuales. Whatsapp +591 7 555 0000.", "es", "BO"],
  ["Wynagrodzenie: 6 000 zł brutto. Aplikuj przez kariera@firma-przyklad.pl", "pl", "PL"],
  ["Salário R$ 5.000 + VR. Envie currículo para vagas@empresa-exemplo.com.br", "pt", "BR"],
  ["Lương 15 triệu/tháng. Liên hệ +84 912 345 678.", "vi", "VN"],
  ["Postula en https://empleos.example.com.co/oferta/123 o al +57 300 555 0000", "es", "CO"],
  ["Write to jobs@acme.io, we are a remote-first team. Pay $120k.", "en", null],
  ["We build AI tools (acme.ai) with people from Mexico and Brazil.", "en", null],
  ["Join us in Jordan's team: Jordan will onboard you. Georgia leads design.", "en", null],
  ["Offices in Germany, France and Spain; apply via careers.example.com.", "en", null],
  ["Experience with PHP 8 and 3 PLN-style widgets", "en", null],
  ["Bs. As. y Bs lo que sea", "es", null],
  ["Taux horaire + 10% de fin de mission + 10% de congés payés", "fr", null],
  ["Score +1 on every review, +44 points for speed", "en", null],
  ["Kontakt: +48 600 100 200", "pl", "PL"],
  ["Serving the people of New Mexico. New Mexico offers a pension.", "en", null],
  ["Réunion d'équipe chaque lundi. Une réunion mensuelle aussi. Réunion de lancement.", "fr", null],
  ["Somos una empresa de México con sede en México y oficinas en México.", "es", "MX"],
];

describe("country evidence of a posting", () => {
  it.each(LEADING)("%s → %s", (text, lang, cc) => {
    expect(leadingCountry(readCountryEvidence(text, lang))).toBe(cc);
  });

  it("weighs a language as a tie-breaker only", () => {
    const e = readCountryEvidence("Trabajo en una empresa de logística.", "es");
    expect(countryWeight(e, "AR")).toBeGreaterThan(countryWeight(e, "US"));
    expect(leadingCountry(e)).toBeNull();
  });
});

const DOMAINS: [string, string | null][] = [
  ["rrhh@empresa.com.ar", "AR"], ["https://firma.pl/kariera", "PL"], ["jobs@acme.co.uk", "GB"], ["https://x.com.co/a", "CO"],
  ["hello@acme.io", null], ["https://acme.ai/jobs", null], ["https://startup.co", null], ["team@example.com", null],
  ["https://apply.example.de:443/x", "DE"], ["https://acme.it", null],
];

describe("the country of an address's domain", () => {
  it.each(DOMAINS)("%s → %s", (addr, cc) => {
    expect(domainCountry(addr)).toBe(cc);
  });
});

// The prefilter of the scan for country names: a word no name opens with is skipped, every opening kept.
describe("mayOpenCountryName", () => {
  const ROWS: [string, string | undefined, boolean][] = [
    ["Costa", "Rica", true],
    ["Bosnia", "and", true],
    ["Reino", "Unido", true],
    ["U.S.A.", undefined, true],
    ["UK", undefined, true],
    ["Deutschland", undefined, true],
    ["The", "Netherlands", true],
    ["the", "UK", true],
    ["The", "Gambia", true],
    ["Senior", "Engineer", false],
    ["The", "team", false],
    ["The", undefined, false],
    ["Wynagrodzenie", "6", false],
  ];
  it.each(ROWS)("%s %s → %s", (word, next, may) => {
    expect(mayOpenCountryName(word, next)).toBe(may);
  });
  it("keeps every word that opens a name countryCode knows", () => {
    for (const name of ["Costa Rica", "the Netherlands", "The United States", "Côte d'Ivoire", "Reino Unido", "USA", "U.K.", "Deutschland", "Great Britain"]) {
      const [w, next] = name.split(" ");
      expect(countryCode(name)).not.toBeNull();
      expect(mayOpenCountryName(w, next)).toBe(true);
    }
  });
});
