import { describe, expect, it } from "vitest";
import { parseAbsoluteDate, parseRelativeDate } from "../../src/fields/dates.js";
import { parseEducation } from "../../src/fields/education.js";
import { parseExperience } from "../../src/fields/experience.js";
import { parseJobPosting } from "../../src/index.js";
import { chromeLine, classifyHeading, labelField } from "../../src/sections/phrases.js";

// Headings, labels and lines in the shapes of Hungarian boards (invented), and neighbours that must stay theirs.
const HEADINGS: [string, string][] = [
  ["Feladatok", "responsibilities"], ["Főbb feladatok", "responsibilities"], ["Amit csinálni fogsz", "responsibilities"], ["Főbb feladataid", "responsibilities"],
  ["Elvárások", "requirements"], ["Amit elvárunk", "requirements"], ["Követelmények", "requirements"], ["Elvárásaink", "requirements"],
  ["Előny", "nice-to-have"], ["Előnyt jelent", "nice-to-have"], ["Amivel előnyt jelent", "nice-to-have"],
  ["Amit kínálunk", "benefits"], ["Juttatások", "benefits"], ["Amit nyújtunk", "benefits"],
  ["Rólunk", "about-company"], ["Cégünkről", "about-company"], ["Jelentkezés", "how-to-apply"], ["Hogyan jelentkezz", "how-to-apply"], ["A kiválasztás menete", "interview-process"],
];
const NOT_HEADINGS = ["Kis csapatban dolgozunk Debrecen belvárosában, és sok kávét iszunk", "Kovács Eszter", "Székesfehérvár"];
const LABELS: [string, string][] = [
  ["Munkavégzés helye", "location"], ["Foglalkoztatás jellege", "employmentType"], ["Tapasztalat", "experience"], ["Iskolai végzettség", "education"],
  ["Fizetés", "salary"], ["Bérezés", "salary"], ["Feladás dátuma", "postedAt"], ["Jelentkezési határidő", "validThrough"],
];
const CHROME = ["Jelentkezem", "Mentés", "Megosztás", "Bejelentkezés"];

describe("Hungarian words", () => {
  it.each(HEADINGS)("heading %s", (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });
  it.each(NOT_HEADINGS)("no heading: %s", (text) => {
    expect(classifyHeading(text)?.kind ?? null).toBeNull();
  });
  it.each(LABELS)("label %s", (text, field) => {
    expect(labelField(text)).toBe(field);
  });
  it.each(CHROME)("chrome %s", (text) => {
    expect(chromeLine(text)).not.toBeNull();
  });
  it("reads degrees, years and dates", () => {
    expect(parseEducation("Felsőfokú végzettség", { lang: "hu" })?.level).toBe("bachelor");
    expect(parseEducation("Középfokú végzettség (érettségi)", { lang: "hu" })?.level).toBe("high-school");
    expect(parseEducation("Mesterképzésben szerzett diploma", { lang: "hu" })?.level).toBe("master");
    expect(parseExperience("legalább 2 év tapasztalat hasonló munkakörben")?.minYears).toBe(2);
    expect(parseExperience("Minimum 3 éves szakmai tapasztalat")?.minYears).toBe(3);
    expect(parseAbsoluteDate("Jelentkezési határidő: 2026. december 31.")?.date).toBe("2026-12-31");
    expect(parseAbsoluteDate("2026. márc. 3-ig")?.date).toBe("2026-03-03");
    expect(parseAbsoluteDate("2026.12.03.")?.date).toBe("2026-12-03");
    expect(parseRelativeDate("3 napja", new Date("2026-12-07T00:00:00Z"))?.date).toBe("2026-12-04");
  });
});

describe("a Hungarian posting gets its lists and facts", () => {
  it("reads duties, musts, pluses, perks, the contract, the pay and the dates", () => {
    const text = [
      "Pénzügyi asszisztens", "Dunaparti Logisztika Kft.", "Munkavégzés helye: Győr", "Foglalkoztatás jellege: Teljes munkaidő, Hibrid", "Bérezés: bruttó 550 000 - 650 000 Ft/hó",
      "Feladás dátuma: 2026.12.03.", "Jelentkezési határidő: 2026. december 31.", "Jelentkezem", "Mentés", "",
      "Főbb feladatok", "- Bejövő számlák rögzítése és ellenőrzése", "- Kapcsolattartás a könyveléssel", "- Havi riportok elkészítése", "",
      "Elvárások", "- Felsőfokú pénzügyi végzettség", "- legalább 2 év tapasztalat hasonló munkakörben", "- Magabiztos Excel ismeret", "",
      "Előnyt jelent", "- Német nyelvtudás", "",
      "Amit kínálunk", "- Cafeteria", "- Heti 2 nap home office", "- Egészségbiztosítás", "",
      "Hasonló állások", "Könyvelő - Budapest - Pannon Számviteli Zrt.",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.language).toBe("hu");
    expect(r.warnings.some((w) => w.includes("vocabulary"))).toBe(false);
    expect(r.responsibilities).toHaveLength(3);
    expect(r.requirements).toEqual(["Felsőfokú pénzügyi végzettség", "legalább 2 év tapasztalat hasonló munkakörben", "Magabiztos Excel ismeret"]);
    expect(r.niceToHave).toEqual(["Német nyelvtudás"]);
    expect(r.benefits).toEqual(["Cafeteria", "Heti 2 nap home office", "Egészségbiztosítás"]);
    expect(r.employmentType).toBe("full-time");
    expect(r.workplaceType).toBe("hybrid");
    expect(r.salary).toMatchObject({ min: 550000, max: 650000, currency: "HUF", period: "month" });
    expect(r.experience?.minYears).toBe(2);
    expect(r.education?.level).toBe("bachelor");
    expect(r.postedAt).toBe("2026-12-03");
    expect(r.validThrough).toBe("2026-12-31");
    expect(r.description).not.toContain("Hasonló állások");
  });
  it("reads part-time remote work and a relative posting day", () => {
    const text = [
      "Ügyfélszolgálati munkatárs", "Feladva: 3 napja", "Részmunkaidő · Távmunka", "",
      "Feladataid", "- Telefonos és e-mailes ügyfélkérdések megválaszolása", "- Megrendelések rögzítése", "",
      "Amit elvárunk", "- Középfokú végzettség", "- Jó kommunikációs készség",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.employmentType).toBe("part-time");
    expect(r.workplaceType).toBe("remote");
    expect(r.postedAt).toBe("2026-12-04");
    expect(r.education?.level).toBe("high-school");
    expect(r.responsibilities).toHaveLength(2);
  });
});

describe("neighbours keep their own words", () => {
  it("a German posting with home office stays German", () => {
    const text = [
      "Buchhalter (m/w/d)", "Wien · Teilzeit", "", "Ihre Aufgaben", "- Du übernimmst die Kreditorenbuchhaltung für unsere Standorte", "- Du bist die Ansprechperson für die Lieferanten", "",
      "Ihr Profil", "- Mindestens 3 Jahre Berufserfahrung in der Buchhaltung", "- Sehr gute Kenntnisse in Excel und BMD", "", "Wir bieten", "- 2 Tage Homeoffice pro Woche", "- Ein Team, das sich auf dich freut",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.language).toBe("de");
    expect(r.employmentType).toBe("part-time");
    expect(r.requirements).toHaveLength(2);
    expect(r.experience?.minYears).toBe(3);
  });
  it("an English posting in Budapest stays English and keeps its pay", () => {
    const text = ["Data Analyst", "Budapest, Hungary · Full-time", "", "Requirements", "- 2+ years of experience with SQL", "", "Salary: 900,000 HUF per month"].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.language).toBe("en");
    expect(r.employmentType).toBe("full-time");
    expect(r.salary).toMatchObject({ min: 900000, currency: "HUF", period: "month" });
    expect(r.experience?.minYears).toBe(2);
  });
});
