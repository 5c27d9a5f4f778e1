// Issue 12 part 2: facts lines and government-style rows, in the shapes boards print them (rows invented).
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const now = "2026-11-27";
const parse = (text: string) => parseJobPosting(text, { now });

describe("a pipe-separated facts line is facts, not a Hacker News header", () => {
  it.each([
    // [text, company, cities, employmentType, workplaceType]
    ["Vertriebsmitarbeiter (m/w/d)\n\nEinsatzort: Köln | Beginn: ab sofort | Teilzeit\n\nWir sind ein Handelshaus und suchen Verstärkung.\n\nIhre Aufgaben\n\n- Kunden beraten", null, ["Köln"], "part-time", null],
    ["Customer Support Specialist\n\nPart-time | 3 days a week | Remote (CET)\n\nWe build invoicing tools.\n\nWhat you'll do\n\n- Answer tickets", null, [], "part-time", "remote"],
    ["Chargé de clientèle (H/F)\n\nLieu : Lyon | Contrat : CDI | Temps plein | 35 000 € par an\n\nNous sommes une banque régionale.\n\nVos missions\n\n- Conseiller les clients", null, ["Lyon"], "full-time", null],
    ["Analista de datos\n\nUbicación: Sevilla | Jornada completa | Híbrido\n\nSomos una aseguradora.\n\nFunciones\n\n- Preparar informes", null, ["Sevilla"], "full-time", "hybrid"],
    // a real header: the company first, a title among the fields
    ["Acme Robotics | Senior Firmware Engineer | Munich, Germany | Full-time | €80-95k\n\nWe build robot arms.\n\nRequirements\n\n- C and Rust", "Acme Robotics", ["Munich"], "full-time", null],
    ["Lanternfish | Founding Engineer | Remote (EU) | Full-time\n\nWe make tools for ferries.", "Lanternfish", [], "full-time", "remote"],
  ])("%j", (text, company, cities, employment, workplace) => {
    const r = parse(text);
    expect(r.company).toBe(company);
    expect(r.locations.map((l) => l.city).filter(Boolean)).toEqual(cities);
    expect(r.employmentType).toBe(employment);
    expect(r.workplaceType).toBe(workplace);
  });
});

describe("a date range under one label gives the posting day and the deadline", () => {
  it.each([
    ["Elections Clerk\n\nOpen period\n03/01/2027 to 03/15/2027\n\nLocation\nSpringfield, IL\n\nDuties\n\n- Process voter registrations", "2027-03-01", "2027-03-15"],
    ["Elections Clerk\n\nOpen period: 03/01/2027 to 03/15/2027\nLocation: Springfield, IL\n\nDuties\n\n- Staff the counter", "2027-03-01", "2027-03-15"],
    ["Sachbearbeiter (m/w/d)\n\nStandort: Bonn\nBewerbungszeitraum: 01.03.2027 – 15.03.2027\n\nAufgaben\n\n- Akten pflegen", "2027-03-01", "2027-03-15"],
    ["Agent administratif (H/F)\n\nPériode de candidature\ndu 4 janvier 2027 au 25 janvier 2027\n\nMissions\n\n- Accueil du public", "2027-01-04", "2027-01-25"],
    ["Recepcionista\n\nPeríodo de postulación: 04/01/2027 al 25/01/2027\n\nFunciones\n\n- Atender al público", "2027-01-04", "2027-01-25"],
    ["Responsable logistique (H/F)\n\nPublication : du 03/12/2026 au 02/01/2027\nVille : Tanger\n\nMissions\n\n- Piloter l'entrepôt", "2026-12-03", "2027-01-02"],
    ["Operario de almacén\n\nPublicación: del 01/12/2026 al 31/12/2026\n\nFunciones\n\n- Preparar pedidos", "2026-12-01", "2026-12-31"],
    // one date is not a range; a range under another label is not the posting's span
    ["Clerk\n\nOpen period\n03/01/2027\n\nDuties\n\n- File", null, null],
    ["Seasonal Guide\n\nSeason: 01.05.2027 – 30.09.2027\n\nTasks\n\n- Lead tours", null, null],
  ])("%j", (text, posted, until) => {
    const r = parse(text);
    expect(r.postedAt).toBe(posted);
    expect(r.validThrough).toBe(until);
  });
});

describe("the page's refresh is no posting day", () => {
  it.each([
    ["Digital Marketing Specialist\nPT Contoh Niaga\nUpdated 2 hours ago\nPosted 6 days ago\n\nJob Responsibilities:\n- Run campaigns", "2026-12-01"],
    ["Chargé de communication\nMis à jour il y a 1 jour\nPubliée il y a 10 jours\n\nMissions\n- Rédiger", "2026-11-27"],
  ])("%j", (text, posted) => {
    expect(parseJobPosting(text, { format: "text", now: "2026-12-07" }).postedAt).toBe(posted);
  });
});

describe("a Yes/No row is read", () => {
  it.each([
    ["Elections Clerk\n\nRemote eligible\nNo\n\nLocation\nSpringfield, IL\n\nDuties\n\n- Process voter registrations", "onsite"],
    ["Elections Clerk\n\nRemote eligible: No\nLocation: Springfield, IL\n\nDuties\n\n- Process voter registrations", "onsite"],
    ["Sachbearbeiter (m/w/d)\n\nStandort: Bonn\nHomeoffice möglich: Nein\n\nAufgaben\n\n- Akten pflegen", "onsite"],
    ["Analyst\n\nTelework eligible\nYes\nLocation: Denver, CO\n\nDuties\n\n- Analyse data", "remote"],
    ["Analyst\n\nRemote eligible: Yes\nLocation: Denver, CO\n\nDuties\n\n- Analyse data", "remote"],
  ])("%j", (text, want) => {
    expect(parse(text).workplaceType).toBe(want);
  });
});

describe("a classified ad's run-on headline gives title, company, place and pay", () => {
  it.each([
    ["NIGHT BAKER NEEDED — Crumb & Co, 12 Mill Ln, Bristol. Early shifts, £13/hr. Call Sam.\n\npost id: 7712093345\n\nQR code", "Night Baker", "Crumb & Co", "Bristol", 13],
    ["WAREHOUSE OPERATIVE WANTED - Harbour Freight Ltd, Unit 4 Dock Rd, Leeds. Nights, £12.50 per hour. Apply in person.", "Warehouse Operative", "Harbour Freight Ltd", "Leeds", 12.5],
    ["CHEF DE PARTIE WANTED: The Olive Tree, 5 High St, Oxford. Full time, £28,000 a year.", "Chef de Partie", "The Olive Tree", "Oxford", 28000],
    ["HGV DRIVER REQUIRED, Leeds. Class 1 licence, £15/hr.", "HGV Driver", null, "Leeds", 15],
    ["KELLNER GESUCHT – Gasthaus Linde, Hauptstr. 3, München. Abends, 14 €/Std.", "Kellner", "Gasthaus Linde", "München", 14],
  ])("%j", (text, title, company, city, pay) => {
    const r = parse(text);
    expect(r.title).toBe(title);
    expect(r.company).toBe(company);
    expect(r.locations[0]?.city).toBe(city);
    expect(r.salary?.min).toBe(pay);
    expect(r.description).toContain(text.split("\n")[0].slice(0, 30));
    expect(r.description).not.toMatch(/post id|QR code/);
  });
  it.each([
    // capitals in prose, a heading in capitals, a hiring word with no dash after it
    "WE ARE HIRING. Crumb & Co is a bakery in Bristol.\n\nWhat you'll do\n\n- Bake bread",
    "ABOUT THE ROLE\n\nWe need a night baker in Bristol.",
    "NIGHT BAKER NEEDED\n\nCrumb & Co, Bristol\n\nEarly shifts.",
  ])("no classified headline in %j", (text) => {
    const r = parse(text);
    expect(r.company === "Crumb & Co" && r.title === "Night Baker" && r.locations[0]?.city === "Bristol").toBe(false);
  });
});

describe("a text with words keeps a description", () => {
  it("a listing page that is chrome through and through keeps its blurb", () => {
    const text = "Open Positions\nWe help charities and community groups find the people they need. Browse the roles below or send us your CV and we will write to you when something fits your skills and the causes you care about.";
    const r = parse(text);
    expect(r.description).toContain("We help charities");
  });
});

describe("a fact's label taken for a heading keeps the value on the line under it", () => {
  it.each([
    // [text, cities, employmentType]
    ["line cook\nPosted on November 30, 2026 by Tidewater Grill\n\nLocation\nMoncton, NB E1C 4B8\nSalary\n$17.75 hourly\nTerms of employment\nPermanent employment\nFull time\n\nTasks\nPrepare meals\nClean the kitchen", ["Moncton"], "full-time"],
    ["# Fachkraft Lagerlogistik (m/w/d)\n\n### Arbeitsort\n\nBremen\n\n### Aufgaben\n\n- Waren einlagern\n- Touren planen", ["Bremen"], null],
    // a sentence under the label is no value
    ["Election Coordinator\n\nWork Location\nThis position currently works on-site only.\n\nDuties\nPlan elections", [], null],
  ])("%j", (text, cities, employmentType) => {
    const r = parseJobPosting(text, { now: "2026-12-06" });
    expect(r.locations.map((l) => l.city)).toEqual(cities);
    expect(r.employmentType).toBe(employmentType);
  });
});
