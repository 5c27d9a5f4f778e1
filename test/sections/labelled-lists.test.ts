import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { labelledList } from "../../src/tree/tails.js";

// Invented rows: a paragraph led by a list heading and its colon gives that list its items, in
// several languages; a field's label, prose under a label or a bullet glued to a heading does not.
describe("a list heading with its colon leads the items of its own paragraph", () => {
  const ROWS: [string, string, string[] | null][] = [
    ["German nice-to-have, one item", "Wünschenswert: Erfahrung mit DATEV oder Addison.", ["Erfahrung mit DATEV oder Addison."]],
    ["French perks joined by commas", "Avantages : 13e mois, tickets restaurant, RTT, mutuelle.", ["13e mois", "tickets restaurant", "RTT", "mutuelle"]],
    ["Portuguese pluses joined by semicolons", "Diferenciais: inglês intermediário; experiência com SAP.", ["inglês intermediário", "experiência com SAP."]],
    ["English, bold label", "Good to have: dbt, Airflow, Looker", ["dbt", "Airflow", "Looker"]],
    ["Italian preferred title", "Costituisce titolo preferenziale: patentino del muletto.", ["patentino del muletto."]],
    ["Italian perks, one with its note in brackets", "Si offre: contratto a tempo indeterminato, inquadramento e RAL commisurati all'esperienza (indicativamente 28.000 - 31.000 €), buoni pasto da 7 €.", ["contratto a tempo indeterminato", "inquadramento e RAL commisurati all'esperienza (indicativamente 28.000 - 31.000 €)", "buoni pasto da 7 €"]],
    // negatives
    ["a field's label and its value", "Experience: 3+ years in payroll; SAP preferred.", null],
    ["prose under a label", "Benefits: We pay well. Everyone gets a laptop and a budget for courses.", null],
    ["a bullet glued to its heading", "Profil :- Première expérience en usine", null],
    ["a place, not a list", "Location: Lyon, Villeurbanne, Vénissieux", null],
    ["a sentence with a colon", "Note: we reply to every application within a week.", null],
    ["a labelled line of a requirements list", "Soft skills : Rigueur, autonomie, esprit d'équipe", null],
  ];
  for (const [name, text, items] of ROWS) {
    it(name, () => {
      expect(labelledList(text)?.items ?? null).toEqual(items);
    });
  }

  it("fills the lists of a whole posting, once each when the board repeats them", () => {
    const r = parseJobPosting(
      [
        "# Contrôleur de gestion (H/F)",
        "",
        "## Profil recherché",
        "",
        "- Bac+5 en finance",
        "- Anglais courant",
        "",
        "*Un plus :* connaissance de Power BI.",
        "",
        "## Avantages",
        "",
        "- Tickets restaurant",
        "- Mutuelle",
        "",
        "Avantages : Tickets restaurant, Mutuelle, RTT",
      ].join("\n"),
      { now: "2026-12-06" },
    );
    expect(r.requirements).toEqual(["Bac+5 en finance", "Anglais courant"]);
    expect(r.niceToHave).toEqual(["connaissance de Power BI."]);
    expect(r.benefits).toEqual(["Tickets restaurant", "Mutuelle", "RTT"]);
  });
});

describe("a list ends before its closing lines", () => {
  it.each([
    ["German", "Wir bieten\n\n30 Tage Urlaub\nJobrad\nDann bewirb dich jetzt – wir freuen uns auf dich!", ["30 Tage Urlaub", "Jobrad"]],
    ["Spanish, with an icon line", "Beneficios:\n\n- Seguro médico privado\n- Bono anual por desempeño\n- Capacitación continua\n- ✨\n- Envía tu hoja de vida a empleo@ejemplo.bo", ["Seguro médico privado", "Bono anual por desempeño", "Capacitación continua"]],
    ["English", "Benefits\n\n- Dental plan\n- Gym budget\n- And much more!", ["Dental plan", "Gym budget"]],
  ])("%s", (_name, text, benefits) => {
    expect(parseJobPosting(`Store Clerk\n\n${text}`, { now: "2026-12-06" }).benefits).toEqual(benefits);
  });
});

describe("a short paragraph whose every sentence names a plus is a nice-to-have", () => {
  it.each([
    ["English, among the requirements", "Requirements\n\n- 5 years of C\n- Kernel experience\n\nPrevious upstream contributions to open source projects are a big plus.", ["Previous upstream contributions to open source projects are a big plus."]],
    ["two sentences ending in preferred", "Qualifications\n\n- Knowledge of election law\n\nExperience in county administration preferred. Experience in public finance preferred.", ["Experience in county administration preferred.", "Experience in public finance preferred."]],
    ["French", "Profil\n\n- Bac+2 en maintenance\n\nConnaissance des automates Siemens est un plus.", ["Connaissance des automates Siemens est un plus."]],
    // a lead-in over a list is not itself a plus
    ["a lead-in", "Requirements\n\n- SQL\n\nBonus points for:\n\n- dbt\n- Airflow", ["dbt", "Airflow"]],
  ])("%s", (_name, text, nice) => {
    expect(parseJobPosting(`Data Engineer\n\n${text}`, { format: "markdown", now: "2026-12-06" }).niceToHave).toEqual(nice);
  });
});
