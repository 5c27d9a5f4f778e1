import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { headingHead } from "../../src/tree/tails.js";

const parse = (lines: string[], format: "text" | "markdown" = "text") => parseJobPosting(lines.join("\n"), { format, now: "2026-11-27" });

// Invented postings: a heading that lost its mark and stands among the list's lines is a heading,
// in several languages; a line that only looks like one (a perk, a field name, a menu) stays an item.
describe("a list line that is a whole lexicon heading opens the next section", () => {
  it("Spanish: 'Requisitos' among dash lines written without a space", () => {
    const r = parse([
      "Responsabilidades",
      "-Registrar las facturas de proveedores.",
      "-Preparar los cierres mensuales.",
      "-Archivar la documentación contable.",
      "Requisitos",
      "-Técnico en contabilidad o carrera afín.",
      "-Experiencia de al menos 2 años en puestos similares.",
      "-Manejo de Excel avanzado.",
    ]);
    expect(r.responsibilities).toHaveLength(3);
    expect(r.requirements).toHaveLength(3);
    expect(r.responsibilities.join(" ")).not.toContain("Requisitos");
  });

  it("English: 'Qualifications' after plain duty lines", () => {
    const r = parse([
      "Key Responsibilities",
      "Plan the weekly delivery routes for the depot",
      "Keep the vehicle maintenance log up to date",
      "Coordinate drivers during peak season",
      "Qualifications",
      "Three years of experience in fleet logistics",
      "A valid driving licence",
      "Good command of spreadsheets",
    ]);
    expect(r.requirements).toContain("A valid driving licence");
    expect(r.responsibilities).not.toContain("Qualifications");
    expect(r.requirements).not.toContain("Qualifications");
  });

  it("a bullet ending in ':' that names another kind leads a list of that kind", () => {
    const r = parse([
      "## Requirements",
      "",
      "* Three years of Python in production.",
      "* Experience with relational databases.",
      "* Bonus points for experience in:",
      "* Query tuning in PostgreSQL.",
      "* Geospatial data.",
    ], "markdown");
    expect(r.requirements).toEqual(["Three years of Python in production.", "Experience with relational databases."]);
    expect(r.niceToHave).toEqual(["Query tuning in PostgreSQL.", "Geospatial data."]);
  });

  it("German: 'Was wir bieten' as a bullet between two lists", () => {
    const r = parse([
      "## Dein Profil",
      "",
      "- Abgeschlossene Ausbildung als Elektroniker",
      "- Erfahrung in der Netzwerktechnik",
      "- Was wir bieten:",
      "- 30 Tage Urlaub",
      "- Betriebliche Altersvorsorge",
    ], "markdown");
    expect(r.benefits).toEqual(["30 Tage Urlaub", "Betriebliche Altersvorsorge"]);
  });

  // negatives
  it("keeps a perk that names the pay ('Competitive salary') in the benefits", () => {
    const r = parse(["## Benefits", "", "- Health insurance", "- Competitive salary", "- Gym membership", "- Cycle to work scheme"], "markdown");
    expect(r.benefits).toEqual(["Health insurance", "Competitive salary", "Gym membership", "Cycle to work scheme"]);
  });

  it("keeps a perk with a figure ('Bonus: 10% a year') and a lone 'Bonus' among perks", () => {
    const r = parse(["## Perks", "", "- Pension", "- Bonus", "- Private health cover", "- Bonus: 10% a year", "- Bike leasing"], "markdown");
    expect(r.benefits).toHaveLength(5);
  });

  it("keeps a skill that is also a heading word in a list of names", () => {
    const r = parse(["## Tech stack", "", "- Figma", "- Accessibility", "- Storybook", "- React"], "markdown");
    expect(r.skills ?? []).not.toEqual([]);
    expect(r.sections.some((s) => s.heading === "Accessibility")).toBe(false);
  });

  it("leaves a menu of section names alone", () => {
    const r = parse(["# Careers at Acme", "", "- Overview", "- About Us", "- Benefits", "- Contact", "", "Acme builds tools for bakers and their suppliers, and has done so since 2009."], "markdown");
    expect(r.sections.some((s) => s.heading === "About Us" || s.heading === "Benefits")).toBe(false);
  });
});

// Invented paragraphs whose heading was glued to their first sentence when the break was lost.
const HEADS: [string, { head: string; rest: string } | null][] = [
  ["What we offer colleaguesWe review pay every year and add an annual bonus for everyone.", { head: "What we offer colleagues", rest: "We review pay every year and add an annual bonus for everyone." }],
  ["Your responsibilitiesYou will run the weekly stock count and train new staff.", { head: "Your responsibilities", rest: "You will run the weekly stock count and train new staff." }],
  ["Nos avantagesVous bénéficiez de tickets restaurant et d'une mutuelle prise en charge.", { head: "Nos avantages", rest: "Vous bénéficiez de tickets restaurant et d'une mutuelle prise en charge." }],
  // negatives: a name in camel case, a head that names no section, a short line
  ["If you have an active GitHub profile, send us a link with your application.", null],
  ["TravelPlanner is a global company with offices in nine countries and growing.", null],
  ["We love our customersWe also love a good espresso in the morning here.", null],
  ["Our stackTypeScript", null],
];

describe("headingHead: a heading glued to the start of the line under it", () => {
  it.each(HEADS)("%s", (text, want) => {
    expect(headingHead(text)).toEqual(want);
  });
});

describe("longHeadingKind: a long heading read by its nouns", () => {
  const ROWS: [string, string | null][] = [
    ["Here is a sampling of the benefits we offer our team", "benefits"],
    ["Below you will find the main duties and responsibilities of this position", "responsibilities"],
    ["Voici un aperçu des avantages que nous proposons à toute notre équipe", "benefits"],
    ["Estas son algunas de las responsabilidades principales que tendrás en el puesto", "responsibilities"],
    // negatives: too short for the nouns alone, a sentence, no list noun
    ["What we offer our team", null],
    ["Here is a sampling of the benefits we offer our team.", null],
    ["A few words from our founder about where the company is going next", null],
  ];
  it.each(ROWS)("%s", async (text, want) => {
    const { longHeadingKind } = await import("../../src/sections/classify.js");
    expect(longHeadingKind(text)).toBe(want);
  });
});

describe("a list section's extent", () => {
  it("a short unknown heading right under a list heading groups its list (a country's perks)", () => {
    const r = parse(["## Benefits", "", "### Portugal", "", "- Meal allowance", "- Private health insurance", "- Hybrid work", "", "## About us", "", "We make ovens."], "markdown");
    expect(r.benefits).toEqual(["Meal allowance", "Private health insurance", "Hybrid work"]);
  });

  it("a perk line ending in a field phrase ('Flexible working hours') stays in the list of bare lines", () => {
    const r = parse([
      "## About Acme",
      "",
      "Acme makes ovens for bakeries across Europe.",
      "",
      "## Here is a sampling of the benefits we offer our team",
      "",
      "Full health and dental coverage for you and your family",
      "",
      "Flexible working hours",
      "",
      "Sixteen weeks of paid parental leave",
    ], "markdown");
    expect(r.benefits).toEqual(["Full health and dental coverage for you and your family", "Flexible working hours", "Sixteen weeks of paid parental leave"]);
  });

  it("an unknown heading under a list heading that already has its list starts a new section", () => {
    const r = parse(["## Benefits", "", "- Meal allowance", "- Hybrid work", "", "## Our story", "", "- Founded in 2009", "- Offices in Porto"], "markdown");
    expect(r.benefits).toEqual(["Meal allowance", "Hybrid work"]);
  });
});

describe("two lists of pluses and no requirements: the first holds the musts", () => {
  it("English: 'ideally have' then 'give you a head start'", () => {
    const r = parse([
      "## What you'll ideally have on day one",
      "",
      "- Commercial experience with Go and PostgreSQL",
      "- A sharp eye for clean, testable code",
      "",
      "## Things that will give you a head start",
      "",
      "- Experience with Kubernetes",
      "- Exposure to event sourcing",
    ], "markdown");
    expect(r.requirements).toEqual(["Commercial experience with Go and PostgreSQL", "A sharp eye for clean, testable code"]);
    expect(r.niceToHave).toEqual(["Experience with Kubernetes", "Exposure to event sourcing"]);
  });

  it("keeps both when the first heading is a plain 'Nice to have'", () => {
    const r = parse(["## Nice to have", "", "- Experience with Kafka", "- Some Rust", "", "## Bonus points", "", "- Open-source contributions", "- Conference talks"], "markdown");
    expect(r.niceToHave).toHaveLength(4);
    expect(r.requirements).toEqual([]);
  });

  it("keeps both when requirements are already listed", () => {
    const r = parse([
      "## Requirements", "", "- Five years of Java", "- Fluent English", "",
      "## Ideally you also bring", "", "- Experience with Spring Boot", "- Some Kotlin", "",
      "## Bonus points", "", "- Open-source contributions", "- Conference talks",
    ], "markdown");
    expect(r.requirements).toEqual(["Five years of Java", "Fluent English"]);
    expect(r.niceToHave).toHaveLength(4);
  });
});
