import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

// Invented postings whose perks stand in one sentence of prose, with no heading naming them.
const parse = (lines: string[]) => parseJobPosting(lines.join("\n"), { now: "2026-11-27" });
const musts = ["Deli Assistant", "", "The ideal candidate will have:", "- Two years in a busy kitchen", "- A food hygiene certificate", "- Flexibility to work weekends", ""];

describe("perks offered in a sentence of prose under no perks heading", () => {
  const ROWS: [string, string, string[]][] = [
    ["English: the pay, then 'and offer' and the perks", "We pay €14.20 per hour with a bank holiday premium and offer a staff discount of 15%, a company pension after three months, free meals on shift and paid training towards a supervisor role.", ["a staff discount of 15%", "a company pension after three months", "free meals on shift", "paid training towards a supervisor role"]],
    ["English: 'In return, we can offer you'", "In return, we can offer you generous annual leave, a pension with 6% employer contribution, free parking on site and an employee assistance programme.", ["generous annual leave", "a pension with 6% employer contribution", "free parking on site", "an employee assistance programme"]],
    ["French: 'On offre'", "On offre des assurances collectives payées à 60 %, un REER avec contribution de l'employeur, une prime de nuit de 2 $/h et un stationnement gratuit.", ["des assurances collectives payées à 60 %", "une prime de nuit de 2 $/h", "un stationnement gratuit"]],
    ["German: 'Wir bieten Ihnen'", "Wir bieten Ihnen 30 Tage Urlaub, eine betriebliche Altersvorsorge mit Zuschuss, Urlaubs- und Weihnachtsgeld und ein JobRad.", ["30 Tage Urlaub", "eine betriebliche Altersvorsorge mit Zuschuss", "Urlaubs- und Weihnachtsgeld", "ein JobRad"]],
  ];
  for (const [name, sentence, some] of ROWS) {
    it(name, () => {
      const r = parse([...musts, sentence]);
      for (const t of some) expect(r.benefits).toContain(t);
      expect(r.requirements).toHaveLength(3);
    });
  }

  const NONE: [string, string][] = [
    ["a person's duties ('The clerk provides')", "The clerk provides oversight of budget, personnel, election systems and departmental resources."],
    ["the company's own trade ('We provide software, hardware and services')", "We provide software, hardware, consulting and services to regional banks."],
    ["clients, not perks", "We provide payment rails for Monzo, Lloyds, PensionBee and Plum."],
    ["a sentence with no one offering", "Staff discount, pension and free meals are handled by the head office in Dublin."],
  ];
  for (const [name, sentence] of NONE) it(`no perks from ${name}`, () => expect(parse([...musts, sentence]).benefits).toEqual([]));

  it("leaves a posting whose perks have their own section to that section", () => {
    const r = parse([...musts, "We offer a staff discount of 15%, a company pension and free meals on shift.", "", "Benefits:", "- Company car", "- Private health cover"]);
    expect(r.benefits).toEqual(["Company car", "Private health cover"]);
  });
});

describe("a perks line parts its last two perks at 'and'", () => {
  it("parts them when each side has two words or more", () => {
    const r = parse(["Line Cook", "", "What we offer:", "", "Staff meals, paid holidays, a pension scheme and free parking on site."]);
    expect(r.benefits).toEqual(["Staff meals", "paid holidays", "a pension scheme", "free parking on site"]);
  });
  it("keeps one perk whose words are joined ('learning and development budget')", () => {
    const r = parse(["Line Cook", "", "What we offer:", "", "Staff meals, paid holidays, a pension scheme, learning and development budget."]);
    expect(r.benefits).toContain("learning and development budget");
  });
});

describe("a question the lexicon knows, alone on its line over prose, is a heading", () => {
  it("English: 'Why work with us?' over a sentence of perks", () => {
    const r = parse([...musts, "Why work with us?", "Alongside your pay you get an extra week of leave after two years, paid supervision every month and salary packaging.", ""]);
    expect(r.sections?.some((s) => s.heading === "Why work with us?" && s.kind === "benefits")).toBe(true);
  });
  it("a question no lexicon knows stays text", () => {
    const r = parse([...musts, "Is the shift pattern fixed?", "Rotas are published two weeks ahead.", ""]);
    expect(r.sections?.some((s) => s.heading === "Is the shift pattern fixed?")).toBe(false);
  });
});

