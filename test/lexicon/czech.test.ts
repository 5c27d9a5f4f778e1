import { describe, expect, it } from "vitest";
import { parseEducation } from "../../src/fields/education.js";
import { parseExperience } from "../../src/fields/experience.js";
import { parseJobPosting } from "../../src/index.js";
import { chromeLine, classifyHeading, labelField } from "../../src/sections/phrases.js";

// Headings, labels and lines in the shapes of Czech boards (invented), and neighbours that must stay theirs.
const HEADINGS: [string, string][] = [
  ["Náplň práce", "responsibilities"], ["Co vás čeká", "responsibilities"], ["Vaše úkoly", "responsibilities"], ["Čemu se budeš věnovat", "responsibilities"],
  ["Požadujeme", "requirements"], ["Co od vás očekáváme", "requirements"], ["Koho hledáme", "requirements"], ["Tvůj profil", "requirements"],
  ["Výhodou", "nice-to-have"], ["Uvítáme", "nice-to-have"], ["Nabízíme", "benefits"], ["Co vám nabízíme", "benefits"], ["Benefity", "benefits"],
  ["O nás", "about-company"], ["O společnosti", "about-company"], ["Výběrové řízení", "interview-process"], ["Jak se přihlásit", "how-to-apply"],
];
// Lines of Czech or of a neighbour that are no heading: sentences, names, places, words only Czech-looking.
const NOT_HEADINGS = ["Pracujeme v malém týmu v centru Olomouce a pijeme hodně kávy", "Jana Nováková", "Ostrava", "Data Platforms", "Plattform-Team"];
const LABELS: [string, string][] = [
  ["Místo pracoviště", "location"], ["Mzda", "salary"], ["Typ pracovního poměru", "employmentType"], ["Požadované vzdělání", "education"],
  ["Nástup", "startDate"], ["Zveřejněno", "postedAt"], ["Zaměstnavatel", "company"], ["Obor", "category"],
];
const CHROME = ["Odpovědět", "Uložit nabídku", "Nahlásit nabídku", "Zpět na výsledky"];

describe("Czech words", () => {
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
  it("reads degrees and years", () => {
    expect(parseEducation("SŠ vzdělání s maturitou technického směru", { lang: "cs" })?.level).toBe("high-school");
    expect(parseEducation("VŠ vzdělání ekonomického směru", { lang: "cs" })?.level).toBe("bachelor");
    expect(parseEducation("Vyučen v oboru elektrikář", { lang: "cs" })?.level).toBe("other");
    expect(parseExperience("minimálně 2 roky praxe ve skladu")?.minYears).toBe(2);
    expect(parseExperience("alespoň 5 let praxe v obchodě")?.minYears).toBe(5);
  });
});

describe("a Czech posting gets its lists", () => {
  it("reads duties, musts, pluses and perks under Czech headings", () => {
    const text = [
      "Skladník / skladnice", "Logistika Vltava s.r.o.", "Praha – Hostivař", "32 000 – 36 000 Kč za měsíc", "",
      "Co vás čeká", "- příjem a výdej zboží ve skladu", "- vychystávání objednávek podle čteček", "- kontrola stavu zásob", "",
      "Co od vás očekáváme", "- vyučení nebo SŠ vzdělání", "- alespoň 1 rok praxe ve skladu", "- platný průkaz na VZV", "",
      "Výhodou", "- znalost SAP", "",
      "Co nabízíme", "- 25 dní dovolené", "- stravenky v hodnotě 130 Kč", "- příspěvek na penzijní připojištění",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-11-27" });
    expect(r.language).toBe("cs");
    expect(r.responsibilities).toHaveLength(3);
    expect(r.requirements).toEqual(["vyučení nebo SŠ vzdělání", "alespoň 1 rok praxe ve skladu", "platný průkaz na VZV"]);
    expect(r.niceToHave).toEqual(["znalost SAP"]);
    expect(r.benefits).toContain("25 dní dovolené");
    expect(r.experience?.minYears).toBe(1);
  });
});
