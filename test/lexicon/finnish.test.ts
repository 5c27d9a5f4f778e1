import { describe, expect, it } from "vitest";
import { parseEducation } from "../../src/fields/education.js";
import { parseExperience } from "../../src/fields/experience.js";
import { detectLanguage } from "../../src/fields/language.js";
import { parseJobPosting } from "../../src/index.js";
import { chromeLine, classifyHeading, labelField } from "../../src/sections/phrases.js";

// Headings, labels and lines in the shapes of Finnish boards (invented), and neighbours that must stay theirs.
const HEADINGS: [string, string][] = [
  ["Työtehtävät", "responsibilities"], ["Tehtäväsi", "responsibilities"], ["Vastuualueet", "responsibilities"], ["Tehtäviisi kuuluu", "responsibilities"],
  ["Toivomme sinulta", "requirements"], ["Odotamme sinulta", "requirements"], ["Vaatimukset", "requirements"], ["Edellytämme", "requirements"],
  ["Eduksi katsotaan", "nice-to-have"], ["Katsomme eduksi", "nice-to-have"], ["Plussaa", "nice-to-have"],
  ["Tarjoamme", "benefits"], ["Me tarjoamme", "benefits"], ["Edut", "benefits"],
  ["Keitä olemme", "about-company"], ["Yrityksestä", "about-company"], ["Hakeminen", "how-to-apply"], ["Näin haet", "how-to-apply"],
  ["Näin rekrytointi etenee", "interview-process"],
];
const NOT_HEADINGS = ["Olemme pieni tiimi Oulun keskustassa ja juomme paljon kahvia", "Sanna Virtanen", "Jyväskylä"];
const LABELS: [string, string][] = [
  ["Sijainti", "location"], ["Työaika", "employmentType"], ["Työsuhde", "employmentType"], ["Palkka", "salary"], ["Ala", "category"],
  ["Julkaistu", "postedAt"], ["Hae viimeistään", "validThrough"], ["Hakuaika päättyy", "validThrough"], ["Työnantaja", "company"],
];
const CHROME = ["Hae paikkaa", "Tallenna", "Jaa ilmoitus", "Luo hakuvahti"];

describe("Finnish words", () => {
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
    expect(parseEducation("tradenomin tutkinto tai vastaava", { lang: "fi" })?.level).toBe("bachelor");
    expect(parseEducation("merkonomi tai muu soveltuva koulutus", { lang: "fi" })?.level).toBe("other");
    expect(parseEducation("ylempi korkeakoulututkinto, esim. kauppatieteiden maisteri", { lang: "fi" })?.level).toBe("master");
    expect(parseExperience("vähintään 2 vuoden kokemusta varastotyöstä")?.minYears).toBe(2);
    expect(parseExperience("yli 5 vuotta kokemusta ohjelmistokehityksestä")?.minYears).toBe(5);
  });
});

// Finnish writes "ä" and "ö" as German and Swedish do: the letters share their weight, the stop words decide
const LANGUAGES: [string, string][] = [
  ["Toivomme sinulta kokemusta asiakaspalvelusta ja hyvää suomen kielen taitoa. Tarjoamme mukavan työyhteisön sekä liukuvan työajan.", "fi"],
  ["Wir suchen eine engagierte Fachkraft für unser Team in Köln. Du bringst Erfahrung mit und möchtest dich weiterentwickeln.", "de"],
  ["Vi söker en erfaren medarbetare till vårt kontor i Göteborg. Du har goda kunskaper i svenska och är van att arbeta självständigt.", "sv"],
];

describe("a Finnish posting's language", () => {
  it.each(LANGUAGES)("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe("a Finnish posting gets its lists and facts", () => {
  it("reads duties, musts, pluses, perks, the contract, the pay and the dates", () => {
    const text = [
      "Varastotyöntekijä", "Logistiikka Pohjoisranta Oy", "Oulu · Määräaikainen", "Julkaistu 1.12.2026 · Hae viimeistään 20.12.2026", "",
      "Etsimme varastoomme ahkeraa työntekijää ajalle 1.1.–30.6.2027.", "",
      "Työtehtävät", "- tavaran vastaanotto ja hyllytys", "- keräily ja pakkaaminen", "- trukkiajo", "",
      "Toivomme sinulta", "- vähintään 1 vuoden kokemusta varastotyöstä", "- voimassa oleva trukkikortti", "- hyvää suomen kielen taitoa", "",
      "Eduksi katsotaan", "- hygieniapassi", "",
      "Tarjoamme", "- lounasetu", "- työterveyshuolto", "- palkka 14,50 €/tunti",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-08" });
    expect(r.language).toBe("fi");
    expect(r.responsibilities).toHaveLength(3);
    expect(r.requirements).toEqual(["vähintään 1 vuoden kokemusta varastotyöstä", "voimassa oleva trukkikortti", "hyvää suomen kielen taitoa"]);
    expect(r.niceToHave).toEqual(["hygieniapassi"]);
    expect(r.benefits).toContain("lounasetu");
    expect(r.employmentType).toBe("temporary");
    expect(r.experience?.minYears).toBe(1);
    expect(r.postedAt).toBe("2026-12-01");
    expect(r.validThrough).toBe("2026-12-20");
  });
  it("reads the facts table, a monthly pay and hybrid work", () => {
    const text = [
      "Palkanlaskija", "", "Meillä on mahdollisuus etätyöhön kolmena päivänä viikossa.", "",
      "| | |", "|---|---|", "| Sijainti | Kuopio |", "| Työaika | Osa-aikainen |", "| Palkka | 2 600–2 900 € / kk |", "| Ala | Taloushallinto |", "| Hakuaika päättyy | 15.1.2027 |",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-08", format: "markdown" });
    expect(r.employmentType).toBe("part-time");
    expect(r.workplaceType).toBe("hybrid");
    expect(r.salary).toMatchObject({ min: 2600, max: 2900, currency: "EUR", period: "month" });
    expect(r.category).toBe("Taloushallinto");
    expect(r.validThrough).toBe("2027-01-15");
  });
});
