import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

// Invented postings whose list section holds no bullets: its short lines are its items, but a
// screening questionnaire's numbers, questions and options are not.
describe("a section's short lines, less a questionnaire", () => {
  it("keeps the requirement lines and drops '01 / Are you…? / Yes / No'", () => {
    const text = [
      "## Minimum Requirements",
      "",
      "A valid driver's license.",
      "",
      "Two years of office experience.",
      "",
      "01",
      "",
      "Are you at least 18 years of age?",
      "",
      "Yes",
      "",
      "No",
    ].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.requirements).toEqual(["A valid driver's license.", "Two years of office experience."]);
  });

  it("keeps a short line that follows no question", () => {
    const text = ["## Benefits", "", "Dental", "", "Vision", "", "Pension plan"].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.benefits).toEqual(["Dental", "Vision", "Pension plan"]);
  });
});
