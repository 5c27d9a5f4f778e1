// Title and company on boards nobody here has seen: the board's name and menu are never the employer,
// breadcrumbs, tags and facts tails come off the title, and a preposition names the employer when the
// text confirms it. Every row is invented, written in the shapes of real boards.
import { describe, expect, it } from "vitest";
import { menuLine } from "../../src/detectors/header-lines.js";
import { breadcrumbLast, undecorated } from "../../src/detectors/title.js";
import { parseJobPosting } from "../../src/index.js";

const now = "2026-11-27";
const parse = (text: string) => parseJobPosting(text, { now });
const ctx = { now: new Date(`${now}T00:00:00Z`) };

describe("the board's name and menu are not the company", () => {
  const ROWS: [string, string, string | null][] = [
    ["board name at the top and in the copyright, employer presented", "Jobhaven\nFind Jobs\nSenior Payroll Specialist\nNorthbeck Freight\nLeeds\n\nAbout Northbeck Freight\nNorthbeck Freight moves parcels across Yorkshire.\n\nResponsibilities\n- Run payroll\n\n© 2026 Jobhaven Ltd", "Northbeck Freight"],
    ["a menu row with bars, then the title and the company", "Jobs | Companies | Services\nDATA ANALYST\nBrindlecote Foods\nManchester\n\nBrindlecote Foods is a family-owned bakery group.\n\nRequirements\n- SQL", "Brindlecote Foods"],
    ["Dutch menu row, employer after bij", "Vacatures | Werkgevers | Salariskompas | Inloggen\nProduct Owner Klantportaal bij Waterschap Veenrand\nUtrecht\n\nOver Waterschap Veenrand\nWaterschap Veenrand zorgt voor schoon water.\n\nWat ga je doen\n- Backlog beheren", "Waterschap Veenrand"],
    ["French employer after chez, written again", "Offres d'emploi\nChef de projet chez Verreval\nLyon\n\nVerreval fabrique du verre recyclé depuis 1990.\n\nVos missions\n- Piloter les projets", "Verreval"],
    ["German employer after bei, written again", "Jobsuche\nKellner (m/w/d) bei Gasthaus Lindenau\nDresden\n\nDas Gasthaus Lindenau sucht Verstärkung für den Service.\n\nDeine Aufgaben\n- Gäste bedienen", "Gasthaus Lindenau"],
    ["Portuguese employer after na, presented", "Buscar vagas\nAnalista de Dados na Vértice Analítica\nSão Paulo\n\nSobre a Vértice Analítica\nA Vértice Analítica é uma consultoria de dados.\n\nRequisitos\n- SQL", "Vértice Analítica"],
    ["a career page's own copyright is the employer it presents", "Senior Payroll Specialist\nQuillfeather\nLeeds\n\nAbout Quillfeather\nQuillfeather is a stationery maker with 200 staff.\n\nResponsibilities\n- Run payroll\n\n© 2026 Quillfeather Ltd", "Quillfeather"],
    ["a company called Jobs & Co GmbH", "Personalberater (m/w/d)\nJobs & Co GmbH\nHamburg\n\nJobs & Co GmbH vermittelt Fachkräfte in Norddeutschland.\n\nAufgaben\n- Kandidaten beraten", "Jobs & Co GmbH"],
    ["a company whose first word is a menu word", "Data Analyst\nCompanies Registry Office\nCardiff\n\nCompanies Registry Office is the registrar of firms in Wales.\n\nRequirements\n- SQL", "Companies Registry Office"],
    ["a care company named Home…", "Caregiver\nHome Kindred\nBristol\n\nHome Kindred is a home care provider for older people.\n\nDuties\n- Visit clients", "Home Kindred"],
    ["an applicant-tracking board's path names the employer", "# Revenue Data Analyst — Ferrowind\n\n**URL:** https://job-boards.greenhouse.io/ferrowind/jobs/7712345\n\nModel revenue data for the finance team.\n\n## Requirements\n\n- SQL", "Ferrowind"],
    ["a slug alone in a table cell is no lower-case word of the prose", "# Analytics Engineer — Quillmoor\n\n| Field | Value |\n| --- | --- |\n| Company slug | quillmoor |\n\nQuillmoor handles payroll data for bakeries.\n\n## Requirements\n\n- dbt", "Quillmoor"],
    // negatives
    ["an applicant-tracking board's page name is no slug", "# Revenue Data Analyst\n\n**URL:** https://boards.greenhouse.io/embed/job_app?token=7712345\n\nModel revenue data for the finance team.\n\n## Requirements\n\n- SQL", null],
    ["the board's name above the title and in its copyright, no employer", "Jobhaven\nFind Jobs\nSenior Payroll Specialist\nJobhaven\nLeeds\n\nWe run payroll for a freight firm.\n\nResponsibilities\n- Run payroll\n\n© 2026 Jobhaven Ltd", null],
    ["a menu row on one line of words", "Empleos Empresas Salarios Ingresar\nVendedor de salón\nCórdoba\n\nBuscamos vendedores para el local.\n\nRequisitos\n- Secundario completo", null],
    ["a pipe menu is no pipe header", "Jobs | Companies | Services | Login\nWarehouse Picker\nLeeds\n\nPick orders on the night shift.\n\nRequirements\n- Forklift licence", null],
    ["a board's domain in its copyright", "Foundwork\nSenior Java Developer\nFoundwork\nPune\n\nBuild lending software.\n\nRequirements\n- Java 17\n\nCopyright 2026 foundwork.in. All rights reserved.", null],
    ["the board's logo linked home, written twice", "[Werkzoek](https://www.werkzoek.example/)\n\n# Magazijnmedewerker\n\nWerkzoek\n\nTilburg · 40 uur\n\nSolliciteer via Werkzoek.", null],
    ["an employer's logo on its applicant-tracking page is the employer", "[![Vesper Labs](https://vesper-labs.breezy.hr/logo.png)](https://vesper-labs.breezy.hr/)\n\n* [All positions](https://vesper-labs.breezy.hr/)\n* [Website](https://vesper.example.es)\n\n# Backend Developer\n\nEn **Vesper Labs** construimos software de reservas.\n\n## Requisitos\n- Python", "Vesper Labs"],
    ["a place after en is no employer", "Ingeniero en Sistemas\nLa Paz\n\nBuscamos ingeniero con experiencia en Sistemas de gestión.\n\nRequisitos\n- Título", null],
  ];
  for (const [name, text, company] of ROWS) it(name, () => expect(parse(text).company).toBe(company));
});

describe("the title without menus, breadcrumbs, tags and tails", () => {
  const ROWS: [string, string, string | null][] = [
    ["a hiring tag and a tail of pay, place and hours", "[Hiring] 2D Illustrator for indie game - $45/hr, remote, ~60 hours\n\nWe are a two-person studio.\n\nWhat you'll do\n- Draw portraits", "2D Illustrator for indie game"],
    ["an urgent tag and pay", "[URGENT] Line Cook - $18/hr\n\nCook for our brunch service.\n\nDuties\n- Prep", "Line Cook"],
    ["a remote tag and a bar tail of facts", "(Remote) Data Analyst | Full-time, Remote\n\nBuild dashboards for the sales team.\n\nRequirements\n- SQL", "Data Analyst"],
    ["a slash breadcrumb from the home page, the title under it", "Strona główna / Testing / QA Automation Engineer\nQA Automation Engineer\nSoftbridge Sp. z o.o.\nWarszawa\n\nTwój zakres obowiązków\n- Testy automatyczne", "QA Automation Engineer"],
    ["a breadcrumb alone gives its last step", "Inicio / Empleos / Vendedor de salón\nCórdoba\n\nBuscamos vendedores.\n\nRequisitos\n- Secundario", "Vendedor de salón"],
    ["a European Portuguese role with a gender slash, after a menu", "Buscar vagas\nPara empresas\nEntrar\nCozinheiro/a de 2.ª - Restaurante (Sintra)\nSintra\n\nRestaurante Mar Bravo procura cozinheiro.\n\nFunções\n- Preparar pratos", "Cozinheiro/a de 2.ª - Restaurante (Sintra)"],
    ["a title in capitals after a menu row", "Jobs | Companies | Services\nANALISTA DE DADOS PLENO\nSão Paulo\n\nConstruir dashboards.\n\nRequisitos\n- SQL", "ANALISTA DE DADOS PLENO"],
    ["the employer after bij comes off the title", "Vacatures | Werkgevers | Inloggen\nProduct Owner Klantportaal bij Waterschap Veenrand\nUtrecht\n\nWaterschap Veenrand zorgt voor schoon water.\n\nWat ga je doen\n- Backlog", "Product Owner Klantportaal"],
    ["a place tail of two pieces", "Analytics Engineer – Lisbon, Portugal\n\nModel data in dbt.\n\nRequirements\n- SQL", "Analytics Engineer"],
    ["an hours tail", "Barista - 20 hrs/week\n\nMake coffee in our Leeds café.\n\nDuties\n- Serve", "Barista"],
    ["a title glued to the first sentence", "Staff Data Engineer (Python/Spark) At Ferrowind, our mission is to make wind farms cheaper to run and easier to plan for everyone.\n\nRequirements\n- Spark", "Staff Data Engineer (Python/Spark)"],
    ["a Spanish title glued to its first sentence", "Analista Contable Senior En Grupo Tamarindo buscamos una persona para llevar la contabilidad de nuestras tiendas.\n\nRequisitos\n- Excel", "Analista Contable Senior"],
    ["a pipe line of a title and its facts", "Software Engineer -- Infrastructure | Oslo, Norway | Onsite\n\nWe build 3D cameras.\n\n- Linux", "Software Engineer -- Infrastructure"],
    ["a long title with its employer after at", "Junior Expert BI & Analytics (m/w/d) at Nordlicht Shopping / Nordlicht Media GmbH\n\nAbout the Company\n\nNordlicht Media GmbH sells online.\n\n- SQL", "Junior Expert BI & Analytics (m/w/d)"],
    // negatives: what belongs to the title stays
    ["a first sentence that opens with an opener is no glued title", "Wir sprechen die Sprache der Technik und bringen Ideen auf die Straße. Wir suchen Menschen, die mitdenken und anpacken.\n\nAufgaben\n- Prüfen", null],
    ["a menu entry holding a role noun is not the title", "Offres d'emploi\nEspace recruteur\nChargé de recrutement (H/F)\nLyon\nCDI\n\nVos missions\n- Sourcer des candidats", "Chargé de recrutement (H/F)"],
    ["a specialism after a dash stays", "Software Engineer - Full Stack\n\nBuild our web app.\n\nRequirements\n- TypeScript", "Software Engineer - Full Stack"],
    ["one work-mode word after a dash stays", "Nurse Practitioner - Remote\n\nSee patients by video.\n\nRequirements\n- License", "Nurse Practitioner - Remote"],
    ["a market after a dash stays", "Product Manager - Marketplaces\n\nOwn the marketplace roadmap.\n\nRequirements\n- 5 years", "Product Manager - Marketplaces"],
    ["slashes in a title are no breadcrumb", "Python / Django / Flask Developer\n\nBuild APIs.\n\nRequirements\n- Django", "Python / Django / Flask Developer"],
    ["a level in brackets is no tag", "(Junior) Java Developer\n\nBuild services.\n\nRequirements\n- Java", "(Junior) Java Developer"],
    ["a field after en stays in the title", "Ingeniero en Sistemas\nLa Paz\n\nBuscamos ingeniero con experiencia en Sistemas de gestión.\n\nRequisitos\n- Título", "Ingeniero en Sistemas"],
    ["a team after for stays", "Engineer for Payments Platform\n\nBuild the ledger.\n\nRequirements\n- Go", "Engineer for Payments Platform"],
    ["words after a dash that are not facts stay", "Senior Engineer - Data Platform, Payments\n\nBuild pipelines.\n\nRequirements\n- Spark", "Senior Engineer - Data Platform, Payments"],
  ];
  for (const [name, text, title] of ROWS) it(name, () => expect(parse(text).title).toBe(title));
});

describe("menu lines, breadcrumbs and decorations", () => {
  const MENU: [string, boolean][] = [
    ["Jobs | Companies | Services", true], ["Empleos Empresas Salarios Ingresar", true], ["Espace recruteur", true], ["Find Jobs", true],
    ["Vagas · Para empresas · Entrar", true],
    // entries of several words copied onto one line with spaces only
    ["Search Jobs Browse Jobs Career Advice Recruiters", true], ["Trouver un emploi Entreprises Conseils carrière Employeurs", true],
    ["Senior Recruiter for Career Advice Services", false], ["Search and browse jobs for our recruiters", false],
    ["Jobs & Co GmbH", false], ["Companies Registry Office", false], ["Home Kindred", false], ["Senior Recruiter", false], ["Offres et Services SARL", false],
  ];
  for (const [text, menu] of MENU) it(`menuLine: ${text}`, () => expect(menuLine(text)).toBe(menu));
  const CRUMBS: [string, string][] = [
    ["Strona główna / Testing / QA Engineer", "QA Engineer"], ["Home › Jobs › Cook", "Cook"], ["Startseite > Jobs > Koch (m/w/d)", "Koch (m/w/d)"],
    ["Python / Django / Flask Developer", "Python / Django / Flask Developer"], ["Home / Garden", "Home / Garden"],
  ];
  for (const [text, out] of CRUMBS) it(`breadcrumbLast: ${text}`, () => expect(breadcrumbLast(text)).toBe(out));
  const DECOR: [string, string][] = [
    ["[NEW] Warehouse Picker - £11.50/hr, Leeds", "Warehouse Picker"], ["Tester | Warszawa, Full-time", "Tester"], ["Kellner – 30 Std./Woche", "Kellner"],
    ["[Acme] Designer", "[Acme] Designer"], ["Software Engineer - Full Stack", "Software Engineer - Full Stack"], ["Nurse - Remote", "Nurse - Remote"],
  ];
  for (const [text, out] of DECOR) it(`undecorated: ${text}`, () => expect(undecorated(text, ctx)).toBe(out));
});

describe("a Hacker News header line whose first bar lost its space", () => {
  it.each([
    ["Lumenfold| Senior Backend Engineer, Data Engineer | REMOTE (US)\n\nWe build ledgers for clinics.", "Lumenfold", "Senior Backend Engineer, Data Engineer"],
    ["Quarrystone (https://quarrystone.example )| Berlin + REMOTE | Several full-time roles\n\nWe index satellite images.", "Quarrystone", null],
  ])("%j", (text, company, title) => {
    const r = parseJobPosting(text, { format: "text", now: "2026-12-07" });
    expect(r.company).toBe(company);
    if (title) expect(r.title).toBe(title);
    else expect(r.title ?? "").not.toContain("|");
  });

  it("negative: one bar in a sentence is no header", () => {
    const r = parseJobPosting("We ship fast | and we test well.\n\nResponsibilities\n- Build APIs", { format: "text", now: "2026-12-07" });
    expect(r.company).toBeNull();
  });
});
