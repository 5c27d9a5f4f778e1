import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { mustThenPlus } from "../../src/detectors/section-lists.js";

// A requirement with a plus after it is still a requirement: the plus is a detail of the must
// ("Degree in chemistry; PhD preferred"). Invented items, several languages, with negatives.
const ROWS: [string, boolean][] = [
  ["NEBOSH IGC is mandatory; OSHA 30 is a plus", true],
  ["Excellent written English; Arabic is an advantage", true],
  ["Français courant, arabe dialectal ; l'anglais est un plus", true],
  ["Sehr gute Deutschkenntnisse (C1); Englischkenntnisse sind von Vorteil", true],
  ["Rijbewijs B (BE is een pré)", true],
  ["An understanding of key-value stores (bonus points for Redis)", true],
  ["Fluency in Spanish (Portuguese would be an advantage)", true],
  ["Dominio de Excel; se valorará conocimiento de SAP", true],
  // negatives: the whole item is a plus
  ["Experience with Kafka is a plus", false],
  ["Experience with AWS (Athena, SageMaker), Spark, PySpark is a plus", false],
  ["Banking or fintech background (preferred)", false],
  ["Strong JavaScript skills (highly desirable, about a tenth of the time)", false],
  ["Video editing in Premiere (a plus if possible)", false],
  ["Nice to have: Terraform; Ansible is a plus", false],
  ["Three years of Python; two years of Go", false],
];

describe("mustThenPlus: a must with a plus clause after it", () => {
  it.each(ROWS)("%s", (text, want) => {
    expect(mustThenPlus(text)).toBe(want);
  });
});

describe("the requirements keep a must with a plus detail; the pluses keep what is a plus whole", () => {
  it("English", () => {
    const r = parseJobPosting(
      ["## Requirements", "", "- Degree in civil engineering", "- Excellent written English; Arabic is an advantage", "- Experience with Primavera P6 is a plus"].join("\n"),
      { format: "markdown", now: "2026-12-07" },
    );
    expect(r.requirements).toEqual(["Degree in civil engineering", "Excellent written English; Arabic is an advantage"]);
    expect(r.niceToHave).toEqual(["Experience with Primavera P6 is a plus"]);
  });

  it("Dutch", () => {
    const r = parseJobPosting(["Wat vragen wij?", "- Een afgeronde mbo-opleiding", "- Rijbewijs B (BE is een pré)", "- Ervaring met zonnepanelen is een pré"].join("\n"), { format: "text", now: "2026-12-07" });
    expect(r.requirements).toContain("Rijbewijs B (BE is een pré)");
    expect(r.niceToHave).not.toContain("Rijbewijs B (BE is een pré)");
    expect(r.niceToHave).toContain("Ervaring met zonnepanelen is een pré");
  });
});
