// Facts where boards put them: a facts block after a tab heading, runs of "Label: value" rows,
// <dt>/<dd> lists, contract words, pay ranges written with words, chrome lines (all rows invented).
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { parseEmploymentType } from "../../src/fields/employment.js";
import { findSalaries } from "../../src/fields/salary.js";
import { parseAbsoluteDate, parseDateRangeEnd } from "../../src/fields/dates.js";
import { parseLocations } from "../../src/fields/location.js";
import { chromeLine } from "../../src/sections/phrases.js";

const now = "2026-12-01";
const parse = (text: string, format?: "text" | "markdown" | "html") => parseJobPosting(text, { now, ...(format ? { format } : {}) });
const cities = (r: ReturnType<typeof parse>) => r.locations.map((l) => l.city).filter(Boolean);

describe("a facts block after a tab heading is read as the header's facts", () => {
  it.each([
    // [text, cities, employmentType, workplaceType]
    ["Księgowa / Księgowy\nFirma Lipowa Sp. z o.o.\nO firmie\n\nul. Długa 5, Stare Miasto, Gdańsk\numowa o pracę\npełny etat\npraca hybrydowa\n\nTwój zakres obowiązków\n• prowadzenie ksiąg\n• rozliczenia VAT\n• raporty miesięczne", ["Gdańsk"], "full-time", "hybrid"],
    ["Payroll Specialist\nOakhill Foods Ltd\nAbout the company\n\nLeeds, UK\nPermanent\nFull-time\nHybrid work\n\nYour responsibilities\n• Run the monthly payroll\n• Answer staff questions\n• File year-end returns", ["Leeds"], "full-time", "hybrid"],
    ["Comptable (H/F)\nMaison Verdier\nL'entreprise\n\nNantes\nCDI\nTemps plein\n\nVos missions\n• Saisie comptable\n• Rapprochements bancaires\n• Clôtures mensuelles", ["Nantes"], "full-time", null],
    ["Buchhalter (m/w/d)\nGrünwerk GmbH\nÜber uns\n\nLeipzig\nTeilzeit\nHomeoffice möglich\n\nDeine Aufgaben\n• Kreditorenbuchhaltung\n• Zahlungsverkehr\n• Monatsabschlüsse", ["Leipzig"], "part-time", "hybrid"],
  ])("%j", (text, want, employment, workplace) => {
    const r = parse(text, "text");
    expect(cities(r)).toEqual(want);
    expect(r.employmentType).toBe(employment);
    expect(r.workplaceType).toBe(workplace);
  });

  it.each([
    // a list of duties that mentions a town and a contract is no facts block: nothing is taken from it
    ["Store Assistant\nBrightmart\n\nWhat you'll do\n• Restock shelves before opening\n• Help customers find products\n• Work the till on busy days\n\nAbout us\nWe run twelve shops.", []],
    // one fact line among prose lines is not a block of facts
    ["Barista\nBean There\nAbout the company\n\nWe roast our own coffee and train every new starter for two weeks before the first shift.\nWe are based near the river and love dogs.\n\nResponsibilities\n• Make coffee\n• Clean the machine\n• Serve food", []],
  ])("no facts block: %j", (text, want) => {
    expect(cities(parse(text, "text"))).toEqual(want);
  });
});

describe("a run of Label: value rows is facts, not a list", () => {
  it.each([
    // [text, list key, items that must stay out, employmentType, category]
    ["Backend Developer\nAcme Tech\n\nPerks and benefits\nHealth insurance\nLearning budget\n\nRole: Backend Developer\nIndustry Type: Software Product\nDepartment: Engineering\nEmployment Type: Full Time, Permanent\nRole Category: Software Development", "benefits", ["Role: Backend Developer", "Department: Engineering"], "full-time", "Software Product"],
    ["Lagerhelfer (m/w/d)\nLogiTrans GmbH\n\nIhre Aufgaben\n• Waren annehmen\n• Kommissionieren\n\nArbeitszeit: Teilzeit\nStandort: Bremen\nBranche: Logistik\nBeginn: ab sofort", "responsibilities", ["Arbeitszeit: Teilzeit", "Standort: Bremen"], "part-time", "Logistik"],
    ["Auxiliar administrativo\nGrupo Norte\n\nRequisitos\n• Bachillerato\n• Office\n\nJornada: Jornada completa\nTipo de contrato: Indefinido\nUbicación: Bilbao", "requirements", ["Jornada: Jornada completa", "Ubicación: Bilbao"], "full-time", null],
  ])("%j", (text, key, out, employment, category) => {
    const r = parse(text, "text") as unknown as Record<string, unknown>;
    const list = (r[key] as string[]) ?? [];
    for (const item of out) expect(list).not.toContain(item);
    expect(r.employmentType).toBe(employment);
    expect(r.category).toBe(category);
  });

  it("skill rows with keys no field reads stay a list", () => {
    const r = parse("Data Engineer\nAcme\n\nRequirements\n• Python: 3 years\n• SQL: advanced\n• Spark: 1 year\n• Airflow: good", "text");
    expect(r.requirements).toEqual(["Python: 3 years", "SQL: advanced", "Spark: 1 year", "Airflow: good"]);
  });
});

describe("<dt>/<dd> pairs read as label: value", () => {
  const page = (dl: string) =>
    `<html><body><h1>Night Pharmacist</h1><dl>${dl}</dl><h2>Responsibilities</h2><ul><li>Verify orders</li><li>Prepare infusions</li></ul></body></html>`;
  it.each([
    ["<dt>locations</dt><dd>Dayton, OH</dd><dt>time type</dt><dd>Part time</dd>", ["Dayton"], "part-time"],
    ["<dt>Standort</dt><dd>Hamburg</dd><dt>Anstellungsart</dt><dd>Vollzeit</dd>", ["Hamburg"], "full-time"],
    ["<dt>Lieu :</dt><dd>Lyon</dd><dt>Type de contrat</dt><dd>CDD</dd>", ["Lyon"], "temporary"],
  ])("%j", (dl, want, employment) => {
    const r = parse(page(dl), "html");
    expect(cities(r)).toEqual(want);
    expect(r.employmentType).toBe(employment);
  });

  it("a term without a value after it is left as it is", () => {
    const r = parse("<html><body><h1>Cook</h1><dl><dt>Kitchen</dt></dl><p>We cook for 200 guests a night in our hotel in the old town.</p></body></html>", "html");
    expect(r.description).not.toContain("Kitchen:");
  });
});

describe("contract words by family", () => {
  it.each([
    ["Type de contrat : Durée indéterminée", "full-time"],
    ["Contrat à durée déterminée de 6 mois", "temporary"],
    ["Efetivo", "full-time"],
    ["Contratação por prazo determinado", "temporary"],
    ["Unbefristeter Arbeitsvertrag", "full-time"],
    ["Contrato fijo", "full-time"],
    ["Contract voor onbepaalde tijd", "full-time"],
    ["Contract voor bepaalde tijd", "temporary"],
    ["Umowa o pracę na czas określony", "temporary"],
  ])("%j → %s", (text, want) => {
    expect(parseEmploymentType(text)?.value).toBe(want);
  });

  it("'efetivo' in a sentence is no contract", () => {
    const r = parse("Analista\nAcme\n\nSobre a vaga\nBuscamos alguém com controle efetivo das entregas e boa comunicação com o time.", "text");
    expect(r.employmentType).toBeNull();
  });
});

describe("pay ranges written with words between the amounts", () => {
  it.each([
    ["Het salaris ligt tussen € 3.000 en € 4.000 bruto per maand.", 3000, 4000, "EUR"],
    ["Gehalt zwischen 50.000 und 60.000 € brutto im Jahr", 50000, 60000, "EUR"],
    ["Salaire entre 40 000 et 45 000 € par an", 40000, 45000, "EUR"],
    ["Salario entre 1.500 y 2.000 € al mes", 1500, 2000, "EUR"],
    ["Salário entre R$ 5.000 e R$ 7.000 por mês", 5000, 7000, "BRL"],
    ["Wynagrodzenie od 8 000 do 12 000 zł brutto", 8000, 12000, "PLN"],
    ["Wynagrodzenie pomiędzy 9 000 i 11 000 zł brutto", 9000, 11000, "PLN"],
  ])("%j", (text, min, max, currency) => {
    const s = findSalaries(text)[0]?.salary;
    expect([s?.min, s?.max, s?.currency]).toEqual([min, max, currency]);
  });

  it.each([
    // "en" with no "tussen" before it joins two amounts, not a range
    ["Een salaris van € 3.200 en € 3.900 als je na een jaar blijft", 3200],
    ["We hebben 3 en 4 teams", null],
  ])("no range: %j", (text, min) => {
    const hits = findSalaries(text);
    expect(hits[0]?.salary.min ?? null).toBe(min);
    if (hits[0]) expect(hits[0].salary.max).toBe(hits[0].salary.min);
  });
});

describe("Polish and Dutch month names, deadlines counted ahead", () => {
  it.each([
    ["do 20 grudnia 2026", "2026-12-20"],
    ["ważna do 15 stycznia 2027", "2027-01-15"],
    ["sluitingsdatum 3 maart 2027", "2027-03-03"],
    ["reageren voor 12 mei 2027", "2027-05-12"],
  ])("%j", (text, want) => {
    expect(parseAbsoluteDate(text, { now: new Date(now) })?.date).toBe(want);
  });

  it("a count before the date is skipped", () => {
    expect(parseDateRangeEnd("ważna jeszcze 14 dni (do 20 gru)", { now: new Date(now) })?.date).toBe("2026-12-20");
  });

  it.each([["Oferta ważna jeszcze 10 dni", "2026-12-11"]])("%j as the deadline", (line, want) => {
    expect(parse(`Magazynier\nFirma Sowa\n\n${line}\n\nObowiązki\n• rozładunek\n• inwentaryzacja`, "text").validThrough).toBe(want);
  });

  it.each(["sie 5", "5 sie", "lip 12"])("an ambiguous short name alone is no date: %j", (text) => {
    expect(parseAbsoluteDate(text, { now: new Date(now) })).toBeNull();
  });
});

describe("places in header lines", () => {
  it.each([
    ["ul. Długa 5, Stare Miasto, Gdańsk", ["Gdańsk"]],
    ["Calle Mayor 12, Centro, Madrid", ["Madrid"]],
    ["Capital Federal, Buenos Aires", ["Buenos Aires"]],
    ["Kreuzberg, Berlin", ["Berlin"]],
    ["Columbus, OH - Riverside Campus", ["Columbus"]],
  ])("%j", (text, want) => {
    expect(parseLocations(text, { strict: true }).map((l) => l.city)).toEqual(want);
  });

  it.each(["Web, Mobile", "Design, Reading", "Frontend, Nice"])("a city that is also a word after another word is no place: %j", (text) => {
    expect(parseLocations(text, { strict: true })).toEqual([]);
  });
});

describe("chrome lines across languages", () => {
  it.each([
    "Report this job", "Denunciar oferta", "Denunciar aviso", "Signaler cette annonce", "Stellenangebot melden", "Zgłoś nadużycie",
    "Vacature melden", "Segnala annuncio", "Denunciar vaga", "Sauvegarder l'offre", "Postulación rápida", "Quick apply",
    "We use cookies to give you the best experience.", "Utilizamos cookies propias y de terceros.", "Korzystamy z plików cookies. Akceptuję",
    "Wir verwenden Cookies, um unsere Website zu verbessern.", "Nous utilisons des cookies pour mesurer l'audience.", "© 2026 Jobboard Ltd. All rights reserved.",
    "Todos los derechos reservados", "Ofertas similares", "Ähnliche Jobs", "Podobne oferty", "Inscritos: 87",
  ])("%j", (line) => {
    expect(chromeLine(line)).not.toBeNull();
  });

  it.each([
    "Cookies and cakes every Friday", "Report to the head of finance", "Share your ideas with the team", "Salário compatível com o mercado",
    "Similar experience in a warehouse", "Wir bieten ein unbefristetes Arbeitsverhältnis", "Datenanalyse mit Python",
  ])("not chrome: %j", (line) => {
    expect(chromeLine(line)).toBeNull();
  });
});
