import { describe, expect, it } from "vitest";
import { parseEducation } from "../../src/fields/education.js";
import { parseExperience } from "../../src/fields/experience.js";
import { parseJobPosting } from "../../src/index.js";
import { chromeLine, classifyHeading, labelField } from "../../src/sections/phrases.js";

// Headings, labels and lines in the shapes of Slovak boards (invented), and neighbours that must stay theirs.
const HEADINGS: [string, string][] = [
  ["Náplň práce, právomoci a zodpovednosti", "responsibilities"], ["Čo vás čaká", "responsibilities"], ["Vaše úlohy", "responsibilities"],
  ["Požiadavky na zamestnanca", "requirements"], ["Osobnostné predpoklady a zručnosti", "requirements"], ["Koho hľadáme", "requirements"],
  ["Výhodou", "nice-to-have"], ["Zamestnanecké výhody, benefity", "benefits"], ["Čo ponúkame", "benefits"],
  ["Informácie o spoločnosti", "about-company"], ["Informácie o výberovom konaní", "interview-process"],
];
const NOT_HEADINGS = ["Pracujeme v malom tíme v centre Žiliny a pijeme veľa kávy", "Zuzana Kováčová", "Trnava"];
const LABELS: [string, string][] = [
  ["Miesto práce", "location"], ["Základná zložka mzdy (brutto)", "salary"], ["Druh pracovného pomeru", "employmentType"], ["Vzdelanie", "education"],
  ["Termín nástupu", "startDate"], ["Počet rokov praxe", "experience"], ["Zamestnávateľ", "company"],
];
const CHROME = ["Reagovať na ponuku", "Uložiť ponuku", "Poslať známemu"];

describe("Slovak words", () => {
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
    expect(parseEducation("stredoškolské s maturitou", { lang: "sk" })?.level).toBe("high-school");
    expect(parseEducation("stredoškolské bez maturity", { lang: "sk" })?.level).toBe("other");
    expect(parseEducation("vysokoškolské II. stupňa", { lang: "sk" })?.level).toBe("master");
    expect(parseExperience("prax v sklade minimálne 1 rok")?.minYears).toBe(1);
    expect(parseExperience("aspoň 5 rokov skúseností v obchode")?.minYears).toBe(5);
  });
});

describe("a Slovak posting gets its lists and facts", () => {
  it("reads duties, musts, perks, the contract and the pay under its label", () => {
    const text = [
      "Skladník / skladníčka", "Drevoplast Orava, s.r.o.", "Ponuka zverejnená: 02.12.2026", "",
      "Náplň práce, právomoci a zodpovednosti", "- príjem a výdaj tovaru", "- vychystávanie objednávok", "- kontrola stavu zásob", "",
      "Zamestnanecké výhody, benefity", "- stravné lístky", "- 13. plat", "",
      "Druh pracovného pomeru: plný úväzok", "",
      "Základná zložka mzdy (brutto)", "od 1 100 EUR/mesiac", "",
      "Po skúšobnej dobe 1 250 EUR/mesiac. Priemerná mzda u nás je 1 400 EUR/mesiac.", "",
      "Požiadavky na zamestnanca", "- prax v sklade minimálne 2 roky", "- spoľahlivosť a zodpovednosť",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.language).toBe("sk");
    expect(r.responsibilities).toHaveLength(3);
    expect(r.benefits).toEqual(["stravné lístky", "13. plat"]);
    expect(r.requirements).toEqual(["prax v sklade minimálne 2 roky", "spoľahlivosť a zodpovednosť"]);
    expect(r.employmentType).toBe("full-time");
    expect(r.salary).toMatchObject({ min: 1100, currency: "EUR", period: "month" });
    expect(r.experience?.minYears).toBe(2);
    expect(r.postedAt).toBe("2026-12-02");
  });
});

describe("an ordinal that opens a list item", () => {
  // "13. plat", "14. Monatsgehalt": a 13th or 14th month's pay, not a numbered line's marker
  it.each(["text", "markdown", "html"] as const)("keeps its number (%s)", (format) => {
    const text = format === "html" ? "<h2>Benefits</h2><ul><li>14. Monatsgehalt</li><li>30 Tage Urlaub</li></ul>" : "## Benefits\n\n- 14. Monatsgehalt\n- 30 Tage Urlaub";
    expect(parseJobPosting(text, { now: "2026-12-07", format }).benefits).toEqual(["14. Monatsgehalt", "30 Tage Urlaub"]);
  });
  it("still drops a second marker after a bullet", () => {
    expect(parseJobPosting("## Steps\n\n- 1. Phone call\n- 2. Interview", { now: "2026-12-07", format: "markdown" }).sections.at(-1)?.items).toEqual(["Phone call", "Interview"]);
  });
});
