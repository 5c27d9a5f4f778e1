import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

// Invented postings: a line that says it is a plus stands in one list only.
describe("a duty that says it is optional is not also a plus", () => {
  it("keeps '(optional)' duties in the responsibilities only", () => {
    const text = ["## Your tasks", "", "- Prepare the annual accounts", "- Advise clients on payroll", "- Lead the junior team (optional)"].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.responsibilities).toContain("Lead the junior team (optional)");
    expect(r.niceToHave).not.toContain("Lead the junior team (optional)");
  });

  it("still takes a plus from a list with no kind of its own", () => {
    const text = ["## The role", "", "Some context about the role.", "", "## Other", "", "- Experience with Kafka is a plus", "- Spanish is a plus"].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.niceToHave).toEqual(expect.arrayContaining(["Experience with Kafka is a plus"]));
  });
});

// Invented requirement items: a plus marker closing the item makes it a plus; one that qualifies an
// option inside it, or a bonus that is pay, does not.
describe("what makes a requirement a plus", () => {
  const ROWS: [string, "requirements" | "niceToHave"][] = [
    ["Experience with Terraform (preferred)", "niceToHave"],
    ["Spanish (nice to have)", "niceToHave"],
    ["Experience with Kafka is a big plus", "niceToHave"],
    ["Familiarity with Go (preferred), Rust, or C++", "requirements"],
    ["5+ years with SQL (preferred), dbt or Python", "requirements"],
    ["Eligible for a bonus plan tied to team targets", "requirements"],
    ["Comfortable with an annual bonus scheme and commission", "requirements"],
    // the words of more languages: en "an asset", nl "mooi meegenomen"/"een pré", pl "mile widziane"/"atutem", es "deseable", pt "desejável"
    ["Experience with React is an asset", "niceToHave"],
    ["French and English would be a real asset", "niceToHave"],
    ["Ervaring met AFAS is mooi meegenomen", "niceToHave"],
    ["Kennis van Duits is een pré", "niceToHave"],
    ["Prawo jazdy kat. B mile widziane", "niceToHave"],
    ["Znajomość SAP będzie dodatkowym atutem", "niceToHave"],
    ["Manejo de SAP (deseable)", "niceToHave"],
    ["Desejável conhecimento em Power BI", "niceToHave"],
    // words that end in an accented letter, and the English "would be beneficial" / "an added advantage"
    ["Se valorará experiencia en residencias", "niceToHave"],
    ["È gradita la conoscenza del tedesco", "niceToHave"],
    ["Conhecimento de Excel avançado desejável", "niceToHave"],
    ["Connaissance de SAP appréciée", "niceToHave"],
    ["Les horaires décalés sont souhaités", "niceToHave"],
    ["Banqueting experience would be beneficial", "niceToHave"],
    ["A forklift licence will be an added advantage", "niceToHave"],
    // a plural "des atouts", "considered an asset", "good to have", "is nice", "is valued", "desirable" inside the item
    ["La connaissance de SAP et de Power BI sont des atouts", "niceToHave"],
    ["A forklift ticket is considered an asset", "niceToHave"],
    ["Exposure to payments is good to have", "niceToHave"],
    ["Barista experience is nice, but we will train you", "niceToHave"],
    ["Experience in aged care is valued and we will support your training", "niceToHave"],
    ["Full driving licence desirable as the site has no bus", "niceToHave"],
    ["Make sure every resident is valued for who they are", "requirements"],
    ["Experience we would find helpful to discuss at interview", "requirements"],
    ["Treats customer data as an asset to protect", "requirements"],
  ];
  for (const [item, field] of ROWS) {
    it(`${item} → ${field}`, () => {
      const text = ["## Requirements", "", "- 3+ years of backend experience", "- Strong communication skills", `- ${item}`].join("\n");
      const r = parseJobPosting(text, { format: "markdown", now: "2026-12-07" });
      expect(r[field]).toContain(item);
      expect(r[field === "requirements" ? "niceToHave" : "requirements"]).not.toContain(item);
    });
  }
});

describe("a list's closing lines and the signature under them are no items", () => {
  it("drops a sign-off and the name under it", () => {
    const text = ["Benefits", "- 30 Tage Urlaub", "- Jobrad", "- Flexible Arbeitszeiten", "", "Wir freuen uns über Deine Bewerbung!", "Viele Grüße, Jana Roth"].join("\n");
    const r = parseJobPosting(text, { format: "text", now: "2026-12-07" });
    expect(r.benefits).toEqual(["30 Tage Urlaub", "Jobrad", "Flexible Arbeitszeiten"]);
  });

  it("drops a signature under a closing paragraph when the section has no list", () => {
    const text = ["## Was wir bieten", "", "Ein junges Team", "", "Flache Hierarchien", "", "Wir freuen uns auf Deine Bewerbung :)", "", "LG Jana Roth"].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-12-07" });
    expect(r.benefits).toEqual(["Ein junges Team", "Flache Hierarchien"]);
  });
});
