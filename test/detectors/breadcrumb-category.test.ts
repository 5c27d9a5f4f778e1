import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const category = (text: string) => parseJobPosting(text, { now: "2026-12-07" }).category;

// Invented pages in the shapes of boards' breadcrumbs: the page's first breadcrumb, its site steps, places,
// title and role listings left out, names the category.
const ROWS: [string, string, string | null][] = [
  ["es: site, listing, category, town", "Inicio > Ofertas de empleo > Hostelería y turismo > Cádiz\n\nCamarero/a de sala\nHotel Mirador del Puerto\n\nFunciones:\n- Atender mesas", "Hostelería y turismo"],
  ["pl: a slash inside the category", "Oferty pracy > Handel / Sprzedaż > Mazowieckie > Radom\n\nSprzedawca (k/m)\n\nObowiązki:\n- obsługa klienta", "Handel / Sprzedaż"],
  ["nl: arrows, the title last", "Vacatures › Bouw en constructie › Metselaar voor nieuwbouw\n\nMetselaar voor nieuwbouw\nBouwbedrijf De Klinker\n\nWat ga je doen?\n- Metselen", "Bouw en constructie"],
  ["en: a listing word and a place after the category", "Jobs in Qatar > Procurement jobs in Qatar > Buyer (Oil & Gas)\n\nBuyer (Oil & Gas)\n\nResponsibilities\n- Raise purchase orders", "Procurement"],
  ["en: slash breadcrumb of links", "[Austin Tech Jobs](https://jobs.example.com/austin) / [Design](https://jobs.example.com/austin/design) / Senior UX Designer\n\n# Senior UX Designer\n\nWhat you'll do\n\n- Run research", "Design"],
  ["pt: a lead-in before the breadcrumb", "Você está em: Vagas > Saúde > Curitiba\n\nTécnico de Enfermagem\n\nAtividades:\n- Cuidar de pacientes", "Saúde"],
  ["fr: two steps, the category and the title", "[Comptabilité](https://emploi.example.fr/compta) › Comptable fournisseurs (H/F)\n\n# Comptable fournisseurs (H/F)\n\nMissions :\n- Saisie des factures", "Comptabilité"],
  ["de: the town of the posting among the steps", "stadtportal.example.de > Lindau > Jobs > Gesundheit & Soziales > Pflegehelfer (m/w/d)\n\nPflegehelfer (m/w/d)\nSeniorenheim am See\nLindau\n\nIhre Aufgaben:\n- Grundpflege", "Gesundheit & Soziales"],
  ["fr: a department between a region and a town is a place", "Accueil › Emploi › Plombier › Bretagne › Finistère-Sud › Quimper\n\nPlombier H/F\nArmor Sanitaire\n\nMissions :\n- Installer des sanitaires", null],
  // negatives: only site steps, only a role listing, a process in a list, a sentence, no breadcrumb
  ["de: only the site's steps", "Startseite > Stellensuche > Suchergebnisse > Stellenangebot\n\nElektriker (m/w/d)\n\nIhre Aufgaben:\n- Installation", null],
  ["en: a role's listing is no category", "Home > Welder jobs > Welder jobs in Leeds\n\nWelder\n\nDuties\n- Weld frames", null],
  ["en: steps of a process in a list", "Backend Engineer\n\nOur process\n- Screening call > Tech interview > Onsite > Offer\n\nRequirements\n- Go", null],
  ["pt: a sentence with an arrow", "Analista de Integração\n\nRequisitos\n\nDesejável conhecimento em integração ERP > CRM.\n\nBenefícios\n- VR", null],
  ["en: no breadcrumb at all", "Warehouse Operative\nLeeds\n\nWhat you'll do\n- Pick orders", null],
];

describe("category from a breadcrumb", () => {
  it.each(ROWS)("%s", (_name, text, want) => {
    expect(category(text)).toBe(want);
  });
  it("a Category label wins over the breadcrumb", () => {
    expect(category("Home > Jobs > Retail > Bristol\n\nStore Assistant\nCategory: Customer Service\n\nDuties\n- Serve customers")).toBe("Customer Service");
  });
});
