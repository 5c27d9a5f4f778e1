import { describe, expect, it } from "vitest";
import { parseEducation } from "../../src/fields/education.js";
import { parseExperience } from "../../src/fields/experience.js";
import { parseJobPosting } from "../../src/index.js";
import { chromeLine, classifyHeading, labelField } from "../../src/sections/phrases.js";

// Headings, labels and lines in the shapes of Romanian boards (invented), and neighbours that must stay theirs.
const HEADINGS: [string, string][] = [
  ["Responsabilități", "responsibilities"], ["Atribuții", "responsibilities"], ["Descrierea jobului", "responsibilities"],
  ["Cerințe", "requirements"], ["Profilul candidatului", "requirements"], ["Cerințe obligatorii", "requirements"],
  ["Constituie avantaj", "nice-to-have"], ["Reprezintă un avantaj", "nice-to-have"], ["Constituie un plus", "nice-to-have"],
  ["Beneficii", "benefits"], ["Oferim", "benefits"], ["Ce oferim", "benefits"],
  ["Despre noi", "about-company"], ["Despre companie", "about-company"], ["Cum aplici", "how-to-apply"], ["Procesul de recrutare", "interview-process"],
];
const NOT_HEADINGS = ["Lucrăm într-o echipă mică din centrul Iașiului și bem multă cafea", "Andreea Popescu", "Timișoara"];
const LABELS: [string, string][] = [
  ["Oraș", "location"], ["Locație", "location"], ["Tip job", "employmentType"], ["Nivel carieră", "seniority"], ["Salariu", "salary"],
  ["Publicat", "postedAt"], ["Expiră", "validThrough"], ["Domeniu", "category"], ["Nivel studii", "education"],
];
const CHROME = ["Aplică", "Aplică rapid", "Salvează", "Distribuie"];

describe("Romanian words", () => {
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
    expect(parseEducation("Studii superioare economice", { lang: "ro" })?.level).toBe("bachelor");
    expect(parseEducation("Absolvent al unei școli postliceale sanitare", { lang: "ro" })?.level).toBe("other");
    expect(parseEducation("Diplomă de bacalaureat", { lang: "ro" })?.level).toBe("high-school");
    expect(parseExperience("Minim 1 an de experiență într-o unitate medicală")?.minYears).toBe(1);
    expect(parseExperience("cel puțin 3 ani de experiență în vânzări")?.minYears).toBe(3);
  });
});

describe("a Romanian posting gets its lists and facts", () => {
  it("reads duties, musts, pluses, perks, the contract, the pay and the dates", () => {
    const text = [
      "Operator call center", "Telecontact Moldova SRL", "Oraș: Iași", "Tip job: Part time", "Salariu: 3.000 - 3.500 RON net / lună",
      "Publicat: 01.12.2026", "Expiră: în 20 de zile", "",
      "Responsabilități", "- Preia apelurile clienților", "- Înregistrează solicitările în sistem", "- Oferă informații despre produse", "",
      "Cerințe", "- Minim 1 an de experiență în relații cu clienții", "- Studii medii", "- Cunoștințe de operare PC", "",
      "Constituie avantaj", "- Cunoașterea limbii franceze", "",
      "Beneficii", "- Tichete de masă", "- Abonament medical", "- Bonus de performanță lunar",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-08" });
    expect(r.language).toBe("ro");
    expect(r.responsibilities).toHaveLength(3);
    expect(r.requirements).toEqual(["Minim 1 an de experiență în relații cu clienții", "Studii medii", "Cunoștințe de operare PC"]);
    expect(r.niceToHave).toEqual(["Cunoașterea limbii franceze"]);
    expect(r.benefits).toEqual(["Tichete de masă", "Abonament medical", "Bonus de performanță lunar"]);
    expect(r.employmentType).toBe("part-time");
    expect(r.salary).toMatchObject({ min: 3000, max: 3500, currency: "RON", period: "month" });
    expect(r.experience?.minYears).toBe(1);
    expect(r.postedAt).toBe("2026-12-01");
    expect(r.validThrough).toBe("2026-12-28");
  });
  it("reads a contract for an indefinite period, hybrid work and a month's name", () => {
    const text = [
      "Contabil", "Oraș: Brașov", "Tip contract: perioadă nedeterminată, regim hibrid", "Aplică până la 20 decembrie 2026", "",
      "Cerințe", "- Studii superioare economice", "- Cel puțin 2 ani de experiență în contabilitate",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-08" });
    expect(r.employmentType).toBe("full-time");
    expect(r.workplaceType).toBe("hybrid");
    expect(r.validThrough).toBe("2026-12-20");
    expect(r.education?.level).toBe("bachelor");
    expect(r.experience?.minYears).toBe(2);
  });
});
