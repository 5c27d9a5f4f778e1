// A facts table written as label and value lines is facts wherever it stands, even where the lexicon
// knows only a few of its labels: never items of the list above it. Invented pages.
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const parse = (text: string) => parseJobPosting(text, { now: "2026-11-27", format: "text" });

describe("a facts table of label and value lines", () => {
  it("a federal board's overview, most of its labels unknown, is no list of requirements", () => {
    const r = parse(["Grounds Worker", "Parks Service", "", "Overview", "Remote job", "No", "Travel Required", "Not required", "Relocation expenses reimbursed", "No",
      "Appointment type", "Permanent", "Work schedule", "Part-time", "Promotion potential", "None", "Job family (Series)", "Facilities", "Drug test", "Yes", "Control number", "771200455", "",
      "Requirements", "- A valid driver's license.", "- One year of grounds work."].join("\n"));
    expect(r.requirements).toEqual(["A valid driver's license.", "One year of grounds work."]);
    expect(r.employmentType).toBe("part-time");
    expect(r.category).toBe("Facilities");
  });

  it("a Spanish board's 'Requisitos' block of facts rows gives its education, no items", () => {
    const r = parse(["Técnico en Enfermería", "", "Requisitos", "Años de experiencia: 2", "Nivel educacional: Técnico Nivel Superior - Titulado", "Disponibilidad para viajar: No", "Cambio de residencia: No"].join("\n"));
    expect(r.requirements).not.toContain("Cambio de residencia: No");
    expect(r.education?.raw).toContain("Técnico Nivel Superior");
  });

  // negatives: a section's heading ends a table; a question under a label is a form's; a list of perks with one label word stays a list
  it("ends the table at a section's heading", () => {
    const r = parse(["Office Clerk", "", "Job Type", "- Full-time, On-site", "Salary", "- $21.00 – $24.00 per hour", "Benefits", "- Dental insurance", "- Paid time off"].join("\n"));
    expect(r.benefits).toEqual(["Dental insurance", "Paid time off"]);
    expect(r.employmentType).toBe("full-time");
  });

  it("leaves a form's questions and a list of short perks alone", () => {
    const form = parse(["Sales Lead", "", "Application Question(s):", "- Desired salary range?", "Education:", "- Bachelor's (Preferred)", "Experience:", "- Sales: 3 years (Preferred)"].join("\n"));
    expect(form.salary).toBeNull();
    const perks = parse(["Barista", "", "Perks", "Pension", "Staff discount", "Location", "Free parking", "Bonus", "Cycle scheme"].join("\n"));
    expect(perks.benefits).toContain("Staff discount");
    expect(perks.benefits).toContain("Cycle scheme");
  });
});
