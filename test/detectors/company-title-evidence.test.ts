// Company and title read from the evidence a careful reader uses: a name its legal form closes and the
// text repeats, the place phrase a pronoun goes on from ("At X, we…", "Bei X lernst du…"), "We at X",
// a unit after the employer's name; a title without the page's words, the site before a bar, a date
// after it, with its bracket, without the next label's first word. Every row is invented, written in
// the shapes real boards use; negatives must give null (or not the tempting value).
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const now = "2026-11-27";
const parse = (text: string) => parseJobPosting(text, { now });

describe("company from the evidence in the prose", () => {
  const ROWS: [string, string, string | null][] = [
    // a legal form closes the name; the text writes it again without the form
    ["EN: X, Inc. in a sentence, X repeated", "Platform Engineer\n\nAs a Platform Engineer with Harrowfield Systems, Inc. (Austin, TX) you will run our clusters.\n\nNeighbours trust Harrowfield Systems every day.\n\n- Kubernetes", "Harrowfield Systems, Inc."],
    ["DE: GmbH in the middle of a sentence, the name repeated", "Bürokraft (m/w/d)\n\nSeit 1990 fertigt die ORTWANG GmbH Maschinen für Bäckereien. Unsere Marke ORTWANG steht für Qualität.\n\nAufgaben\n\n- Ablage", "ORTWANG GmbH"],
    ["PL: Sp. z o.o. after a generic word, the name repeated", "Magazynier\n\nFirma Brzozowa Sp. z o.o. to producent mebli z Mazur. Brzozowa zatrudnia 200 osób.\n\nObowiązki\n\n- kompletacja zamówień", "Brzozowa Sp. z o.o."],
    ["ES: S.A. at the end of a sentence, the name repeated", "Analista de Datos\n\nTrabajarás en el equipo de riesgos de Financiera Arandela S.A. En Financiera Arandela valoramos la iniciativa.\n\nRequisitos\n\n- SQL", "Financiera Arandela S.A."],
    // a place phrase the clause's pronoun goes on from
    ["EN: a title glued before 'At X, our'", "Data Scientist At Norrvik Analytics, our mission is to make grid data useful for every utility in the region and beyond.", "Norrvik Analytics"],
    ["EN: At X, you", "Account Executive\n\nAt Pellmore, you will own the full sales cycle.\n\nRequirements\n\n- 3 years in SaaS sales", "Pellmore"],
    ["DE: Bei X and the verb before du", "Ausbildung Kaufmann für Büromanagement (m/w/d)\n\nBei Kranstedt lernst du jeden Bereich eines Familienbetriebs kennen. Wir freuen uns auf dich.\n\nAufgaben\n\n- Post bearbeiten", "Kranstedt"],
    ["NL: Bij X and the verb before je", "Klantenservicemedewerker\n\nBij Veldmeer werk je in een klein team aan blije klanten.\n\nWat ga je doen\n\n- Vragen beantwoorden", "Veldmeer"],
    ["FR: Chez X, nous", "Technicien de maintenance (H/F)\n\nChez Maravelle, nous fabriquons des pompes depuis 1962.\n\nMissions\n\n- Entretenir les machines", "Maravelle"],
    ["ES: En X, nosotros", "Diseñador Gráfico\n\nEn Quintaluz, nosotros creemos en el diseño que se entiende.\n\nFunciones\n\n- Crear piezas gráficas", "Quintaluz"],
    // a hiring verb whose subject opens the posting
    ["FR: X recrute at the top", "Maison Verlaine recrute un cuisinier (H/F) pour son restaurant de Lyon.\n\nVos missions :\n- Préparer les plats", "Maison Verlaine"],
    ["DE: die X sucht at the top", "Verkäufer (m/w/d)\n\nDie Bäckerei Krume sucht ab sofort Verstärkung.\n\nAufgaben\n- Verkauf", "Bäckerei Krume"],
    ["PT: a X está em busca at the top", "Analista de Dados\n\nA Vértice Digital está em busca de um analista de dados.\n\nRequisitos\n- SQL", "Vértice Digital"],
    ["PL: firma X poszukuje at the top", "Programista Java\n\nFirma Softrax poszukuje programisty Java do zespołu w Krakowie.\n\nWymagania\n- Java 17", "Softrax"],
    ["ES: En X and a verb in the first person plural", "Desarrollador Backend\n\nEn Tecnova Andina buscamos un desarrollador para nuestro equipo.\n\nRequisitos\n- Java", "Tecnova Andina"],
    ["FR: Nous sommes X, an apposition", "Comptable (H/F)\n\nNous sommes Atelier Brune, une PME de 40 personnes.\n\nMissions\n- Tenir la comptabilité", "Atelier Brune"],
    ["ES: 'Se requiere' names no one", "Contador\n\nSe requiere contratar un contador con experiencia.\n\nRequisitos\n- Título", null],
    ["EN: a hiring verb deep in the text after a skill is no company", "Data Engineer\n\nYou build pipelines.\n\n- Airflow\n- dbt\n\nNotes\n\nMore notes here.\n\nEven more text.\n\nPython is looking good on a CV.", null],
    // the company beside the pronoun
    ["EN: We at X", "Backend Engineer\n\nWe at Solvane believe small teams ship the best software.\n\n- Go", "Solvane"],
    ["DE: Wir bei X", "Shopify-Entwickler (m/w/d)\n\nWir bei Tannhof Brands entwickeln Sportgeräte für zu Hause.\n\nAufgaben\n\n- Shop pflegen", "Tannhof Brands"],
    ["DE: Willkommen bei der X GmbH", "Kaufmännische Leitung (m/w/d)\n\nSie suchen eine Rolle mit Substanz? Willkommen bei der Welvora GmbH.\n\nAufgaben\n\n- Finanzen steuern", "Welvora GmbH"],
    // a unit written after the employer's name in its label
    ["DE: a department after the name in the label", "Organisation: Stadtwerke Almental, Abteilung Personal\nAusgeschriebene Stelle: Elektroniker (m/w/d)\n\nWir bieten einen sicheren Arbeitsplatz.", "Stadtwerke Almental"],
    ["EN: a unit after a dash in the label", "Employer: Brightwater Council - Human Resources\nPosition: Payroll Officer\n\nProcess fortnightly pay runs.", "Brightwater Council"],
    // a bar's first field, checked
    ["PT: an icon before 'Sobre a X'", "Analista de Sistemas\n\n💚 Sobre a Tramaluz\n\nA Tramaluz cresce rápido e tem clientes em todo o país.\n\nRequisitos\n\n- SQL", "Tramaluz"],
    ["PT: the company before a row of facts beside the title", "Barista Trainer\nCafé Ostra · Porto · Full-time\n\nTrain our baristas across six shops.", "Café Ostra"],
    ["EN: a bar with the company, the role and facts", "Tidewell | Senior Backend Engineer | Remote (EU) | Full-time\n\nWe build tide prediction for harbours. Email jobs@tidewell.example.com", "Tidewell"],
    ["EN: a bar with the company and facts only", "Kelsby Robotics | Full-time | Remote (US)\n\nKelsby Robotics builds warehouse robots.", "Kelsby Robotics"],
    ["EN: a facts bar that opens with a place, the company presented below", "Perth CBD | Full-Time | On-Site (5 Days)\n\nWHO WE ARE\n\nAt Harbourline Living, we build homes to rent. Harbourline Living manages 4,000 homes.\n\n- Excel", "Harbourline Living"],
    ["EN: a bar that opens with the role, the company presented below", "Data Reporting Senior Analyst | Full time | Experience: 2-5 years\n\nJob Description\n\nAt Quenmark, we help banks report. Quenmark is an equal opportunity employer.", "Quenmark"],
    // the name line beside the title in a header of facts, when nothing else names the employer
    ["EN: a name under the title, a place and pay under it", "Warehouse Associate\nBrindle Logistics\nMemphis, TN 38118\n$18 an hour - Full-time\n\nFull job description\n\nWe are hiring for the day shift.\n\nResponsibilities\n\n- Pick and pack orders", "Brindle Logistics"],
    ["DE: a name under the H1, a facts line under it", "# Sachbearbeiter Lohn (m/w/d)\n\nHaldeck Steuerberatung\n\nKassel · Vollzeit · Hybrid\n\n## Deine Aufgaben\n\n- Lohnabrechnungen erstellen", "Haldeck Steuerberatung"],
    ["PT: a brand-shaped single word under the title", "Desenvolvedor Backend\nPagaJá2\nSão Paulo, SP · Remoto\n\nResponsabilidades\n\n- Criar APIs", "PagaJá2"],
    ["EN: a department line beside the title is no company", "Product Designer\nDesign – Product\nAmsterdam\nFull-time\n\nWhat you will do\n\n- Run research", null],
    ["FR: a section phrase beside the title is no company", "Analyste de données\nRésumé du poste\nParis · CDI\n\nVous construisez des tableaux de bord.", null],
    ["ES: a single capitalised word beside the title is no company", "Contador General\nSucre\nTiempo completo\n\nFunciones\n\n- Llevar la contabilidad", null],
    ["EN: a careers site's name above the title", "Hartwell Careers\n\nSenior Data Engineer\n\nRemote · Full-time\n\nBuild freight software.\n\n- Python", "Hartwell"],
    ["DE: a careers site's name under the H1", "# Kundenberater (m/w/d)\n\nLumen & Co Karriere\n\nDublin · Vollzeit\n\nDu berätst unsere Kunden.", "Lumen & Co"],
    // negatives
    ["DE: a facts bar that opens with a town is no company", "Hemmingen bei Hannover | Vollzeit | 2 Tage Homeoffice\n\nDu betreust unsere Buchhaltung.\n\nAufgaben\n\n- Monatsabschluss", null],
    ["EN: a footer's Company column is no company", "Senior Data Engineer\n\nBuild our pipelines.\n\n- Spark\n- Airflow\n\nResources\nBlog\nPremium Support\nCompany\nAbout Us\nNewsletter\nEvents", null],
    ["DE: 'Bei Fragen' is a stock sentence", "Lagerhelfer (m/w/d)\n\nDu packst Pakete im Schichtbetrieb.\n\nBei Fragen stehen wir dir gern zur Verfügung.", null],
    ["DE: 'Bei Interesse' is a stock sentence", "Lagerhelfer (m/w/d)\n\nDu packst Pakete im Schichtbetrieb.\n\nBei Interesse freuen wir uns auf deine Bewerbung.", null],
    ["EN: a season after 'At' without a comma", "Retail Assistant\n\nAt Christmas we open every day until ten.\n\n- Serve customers", null],
    ["EN: a customer's legal name written once", "Sales Manager\n\nYou will sell to retailers such as Halvorsen Foods Ltd and grow the accounts.\n\n- CRM experience", null],
    ["EN: 'the Company' is no name", "Cook\n\nThe Company is committed to safety in the kitchen. Prepare meals for 200 guests.\n\n- Food hygiene certificate", null],
    ["DE: a topic after 'Über die'", "Werkstudent (m/w/d)\n\n## Über die Rolle\n\nDie Rolle ist neu geschaffen. Die Rolle berichtet an die Leitung.\n\n- Recherche", null],
  ];
  for (const [name, text, company] of ROWS) {
    it(name, () => {
      expect(parse(text).company).toBe(company);
    });
  }
});

describe("company lines a board writes around the employer's name", () => {
  it("a long name with its legal form beside the title", () => {
    expect(parse("Ayudante General (Turno Vespertino)\n$9,800 - $10,500 Mensual\nComercializadora Textil del Bajío Poniente, S.A. de C.V.\nLeón, Guanajuato\n\nDescripción\nComercializadora Textil del Bajío Poniente vende telas.").company).toBe("Comercializadora Textil del Bajío Poniente, S.A. de C.V.");
  });
  // negatives: how long the firm has been on the board; a town with its province's code
  it("never takes a member-since line or a coded town", () => {
    const r = parse("Elettricista\nPonteranica (BG)\n\nAzienda\nSu Annunci dal 2019\n\nCerchiamo un elettricista per impianti civili. Si richiede esperienza.");
    expect(r.company).not.toBe("Su Annunci dal 2019");
    expect(r.company).not.toBe("Ponteranica (BG)");
  });
});

describe("title without what the page wraps it in", () => {
  const ROWS: [string, string, string | null][] = [
    ["DE: the employer before a bar and a date after the title", "# Landesbank Nordheide (4711b) | Stellenausschreibung Buchhalter:in 03.11.2026\n\nWir suchen Verstärkung für unser Team.", "Buchhalter:in"],
    ["EN: the page's words after a dash", "# Nurse Practitioner – Job Description\n\nProvide primary care to adults.", "Nurse Practitioner"],
    ["FR: the page's words before the title", "# Offre d'emploi Comptable (H/F)\n\nVous tenez la comptabilité de trois sociétés.", "Comptable (H/F)"],
    ["EN: a job announcement before a dash", "Job Announcement - Program Coordinator\n\nSalary: $52,000\n\nCoordinate volunteer programs.", "Program Coordinator"],
    ["EN: a bracket after the role in a sentence", "We are looking for a Data Engineer (Streaming) to build our event pipelines. You will work with Kafka.", "Data Engineer (Streaming)"],
    ["EN: the next label's first word", "**Position Title: Welder/ Fitter** **Reports To: Shop Lead** **Hourly Rate: $24 - $31**", "Welder/ Fitter"],
    ["EN: a two-word label that makes a field", "Position: Night Nurse Hourly Rate: $40 Location: Tulsa, OK", "Night Nurse"],
    ["EN: an H1 that is a name and the place after its comma", "# Public Policy, Germany\n\nBerlin, Germany\n\nShape our policy work with ministries.", "Public Policy, Germany"],
    ["EN: adjectives joined by 'and' before the role in a sentence", "We are looking for a reliable and detail-oriented Payroll Specialist to join our finance team. You will run the monthly payroll.", "Payroll Specialist"],
    ["EN: pay in a bracket after the title", "Warehouse Operative [£12.50 per hour]\n\nLeeds\n\nPick and pack orders on the day shift.", "Warehouse Operative"],
    ["DE: a long title of names and tools is still one title", "(Junior) Data Engineer – Kafka & Spark Streaming Plattform Berlin remote (m/w/d)\n\nWir bauen Datenplattformen.\n\n- Du entwickelst Pipelines", "(Junior) Data Engineer – Kafka & Spark Streaming Plattform Berlin remote (m/w/d)"],
    ["EN: a section name glued before the title", "Role summary Barista Trainer\n\nCafé Ostra · Porto\n\nTrain our baristas across six shops.", "Barista Trainer"],
    ["EN: the page's words after a title the lexicon reads as a heading", "Brand Partnerships Lead – Job Description\n\nLondon · Full-time\n\nYou will sign partners.", "Brand Partnerships Lead"],
    ["EN: a title without a role noun, the job's facts under it", "Growth Marketing\nQuillon\nLisbon, Portugal · Hybrid\nFull-time\n\nAbout the job\n\nYou will run paid acquisition.", "Growth Marketing"],
    ["ES: a title without a role noun, the job's facts under it", "Atención al Cliente\nMadrid · Jornada completa\n\nResolverás dudas de nuestros clientes por teléfono.", "Atención al Cliente"],
    ["EN: one word over the employer's name with its legal form", "Jobs Today\nFind a Job\nCareer Advice\nRecruiters\nSign In\nRegister\n\nSteeplejack\nMotlana Engineering (Pty) Ltd\nR 28 000 Per Month\nBoksburg, Gauteng\n\nWe fabricate tanks for the mines.", "Steeplejack"],
    ["EN: one word over the posting's date", "Fishmonger\nPosted on 2 December 2026\n\nWe are a family firm of fishmongers.", "Fishmonger"],
    ["EN: the terms in a bracket and an employer with its legal form before the facts", "Kitchen Crew (Part Time) - Bedok\nTeh Tarik House Pte. Ltd.\n📍 Bedok\n💰 $1,900 / Monthly\n\nServe our guests.", "Kitchen Crew (Part Time) - Bedok"],
    ["EN: a breadcrumb's last step written again under it, in lower case", "randstad\nfind a job\nsign in\n\njobs › transportation & logistics › forklift loader\n\nforklift loader\n\nlocation\nBrampton, Ontario\n\nLoad trailers.", "forklift loader"],
    ["FR: a breadcrumb's last step written again under it", "Accueil > Offres > Pâtisserie > Commis pâtissier\nCommis pâtissier\nLyon\n\nVous préparez les entremets.", "Commis pâtissier"],
    ["IT: a role in the plural, in capitals, for several hires", "Cerca lavoro\nCandidati\n\nOPERAI/E DI PRODUZIONE - TURNI\nVicenza (VI)\nCandidati ora\n\nLe risorse si occuperanno della linea.", "OPERAI/E DI PRODUZIONE - TURNI"],
    ["DE: a firm named for its field of work over the title ('Feinmechanik' is no mechanic)", "Zurück zur Trefferliste\n\nBirsfeld Feinmechanik AG\nPolymechaniker/in EFZ 80-100%\nInseriert: vor 2 Tagen\nArbeitsort: Basel\n\nWir fertigen Teile für die Medizinaltechnik.", "Polymechaniker/in EFZ 80-100%"],
    // negatives: what must stay as it is
    ["EN: a breadcrumb's last step that is a section heading is no title", "Home › Company › About us\nAbout us\n\nWe make maps.", null],
    ["EN: one word over a place only is no title (a company's name may stand so)", "Quillon\nLisbon, Portugal\n\nWe make maps.", null],
    ["EN: a notice's number is no title", "Recruitment #18-167080-01\nApproximate Salary $52,000/year\n\nThe county hires.", null],
    ["EN: a label in capitals over pay is no title", "APPROXIMATE ANNUAL SALARY -\n$47,188.80 to\n$69,739.20\n\nThe salary range is based on the retirement plan.", null],
    ["EN: a menu's audience entry is no title", "Find jobs\nFor Recruiters\nStudents\nSign in\n\nLogistics Coordinator\nParcelfy\nRotterdam · Full-time\n\nPlan our routes.", "Logistics Coordinator"],
    ["DE: a menu's audience entries above the title", "Jobs finden\nFür Arbeitgeber\nAusbilder\nAnmelden\n\nFachinformatiker Systemintegration (m/w/d)\nKiel · Vollzeit\n\nDu betreust Server.", "Fachinformatiker Systemintegration (m/w/d)"],
    ["EN: an institution's name over its town is no title", "Birch Hollow Elementary School\nNorth Garden, Virginia\nToday\n\nSubstitute list for the school year.", null],
    ["EN: a line that lists several roles is no title", "Software Engineers (all levels), Product Designers, Product Managers, Data Analysts, Recruiters\n\nWe are growing fast and hire in every team.", null],
    ["EN: 'to' before the capital keeps the sentence's own cut", "We are hiring a manager to lead Harwick Foods through its next stage of growth and beyond.", null],
    ["PL: the next label is one word, the title keeps its last word", "Stanowisko: Kierowca Kategorii C Lokalizacja: Łódź", "Kierowca Kategorii C"],
    ["DE: a term in a bracket after the title keeps its dates", "# Redakteur:in Büro Linz (01.07.2027 – 30.06.2029)\n\nWir suchen eine:n Redakteur:in für das Büro Linz.", "Redakteur:in Büro Linz (01.07.2027 – 30.06.2029)"],
    ["EN: a title that keeps its specialty after a dash", "# Software Engineer - Full Stack\n\nBuild features end to end.", "Software Engineer - Full Stack"],
    ["EN: an H1 that is only a place is no title", "# Paris, France\n\nWe are a small studio.", null],
    ["DE: a facts line is no company bar", "Standort: Kiel | Start: 2027 | Ausbildung\n\nWir bilden aus.", null],
  ];
  for (const [name, text, title] of ROWS) {
    it(name, () => {
      expect(parse(text).title).toBe(title);
    });
  }
});
