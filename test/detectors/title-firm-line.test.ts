import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const title = (text: string) => parseJobPosting(text, { now: "2026-12-07" }).title;

// The employer's name by its legal form, under the title and repeated in the text, is not the title.
describe("a firm's name is no title", () => {
  it.each([
    ["de", "Anlagenmechaniker/in für Lüftungstechnik (m/w/d)\nBergholz Gebäudetechnik GmbH\n\nArbeitsort: 4020 Linz\nArbeitszeit: Vollzeit\nAusbildung: Lehre\n\nWir bieten:\n- Firmenwagen\n\nKontakt\nBergholz Gebäudetechnik GmbH\nHauptplatz 3, 4020 Linz", "Anlagenmechaniker/in für Lüftungstechnik (m/w/d)"],
    ["en", "Maintenance Technician (Nights)\nCopperfield Packaging Ltd\n\nLocation: Wigan\nContract: Permanent\n\nWhat you'll do\n- Fix machines\n\nApply to\nCopperfield Packaging Ltd\n1 Mill Lane, Wigan", "Maintenance Technician (Nights)"],
  ])("%s", (_lang, text, want) => {
    expect(title(text)).toBe(want);
  });
  it("a title joined to its employer keeps the title", () => {
    expect(title("Junior Controller (m/w/d) at Nordlicht Handel GmbH\n\nAbout the company\nNordlicht Handel GmbH sells lamps.\n\nRequirements\n- Excel")).toBe("Junior Controller (m/w/d)");
  });
});
