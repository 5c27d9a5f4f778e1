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

  it("a table right after a list ends the list, its title line with it, though its second label is unknown", () => {
    const r = parse(["Analista de cartera", "", "Ofrecemos", "- Contrato a término indefinido", "- Prima extralegal en diciembre", "Detalle de la oferta", "Cargo", "Analista de cartera", "Área", "Contabilidad", "Profesiones", "Contaduría pública", "Tipo de contrato", "Término indefinido", "Jornada", "Tiempo completo"].join("\n"));
    expect(r.benefits).toEqual(["Contrato a término indefinido", "Prima extralegal en diciembre"]);
    expect(r.employmentType).toBe("full-time");
  });

  it("a Québec board's conditions and requirements tables", () => {
    const r = parse(["Mécanicien de véhicules lourds", "", "Avantages :", "• Prime de soir", "• Bottes fournies", "", "Conditions", "Salaire", "26,50 $ à 31,00 $ / heure", "Horaire", "Temps plein, Soir", "Statut d'emploi", "Permanent", "Nombre de postes", "2", "", "Exigences", "Niveau d'études", "DEP", "Années d'expérience", "2-3 années", "Langues écrites", "Fr : Intermédiaire"].join("\n"));
    expect(r.benefits).toEqual(["Prime de soir", "Bottes fournies"]);
    expect(r.requirements).toEqual([]);
    expect(r.employmentType).toBe("full-time");
    expect(r.experience?.minYears).toBe(2);
  });

  it("a skills label right after a table heads its list of names", () => {
    const r = parse(["Técnico de soporte", "", "Requisitos", "Estudios mínimos", "Ciclo Formativo Grado Superior", "Experiencia mínima", "Al menos 2 años", "Idiomas requeridos", "Inglés - Nivel Intermedio", "Conocimientos necesarios", "Windows 11", "Active Directory", "ITIL", "", "Funciones", "- Resolver incidencias de segundo nivel", "- Mantener el inventario"].join("\n"));
    expect(r.skills).toEqual(["Windows 11", "Active Directory", "ITIL"]);
    expect(r.requirements).toEqual([]);
    expect(r.experience?.minYears).toBe(2);
  });

  // negatives: after a list, perks that look like a label over a long value stay perks; a button over a table is chrome
  it("keeps a list's last perks before a table, and a button over it out", () => {
    const r = parse(["QA Engineer", "", "Perks and Benefits", "- HMO coverage from day 1", "- 14th month pay", "- Laptop and internet allowance", "- Annual learning budget of ₱ 30,000", "", "Job Level", "Mid-Senior Level", "Job Function", "Quality Assurance", "Employment Type", "Full time"].join("\n"));
    expect(r.benefits).toEqual(["HMO coverage from day 1", "14th month pay", "Laptop and internet allowance", "Annual learning budget of ₱ 30,000"]);
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
