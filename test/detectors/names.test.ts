// Title, company, seniority and bulletin dates read by evidence. Every row is invented, written in the
// shapes real boards use; negatives must give null (or another value than the tempting one).
import { describe, expect, it } from "vitest";
import { looksLikeTitle } from "../../src/detectors/header-lines.js";
import { firmName, pluralFirm } from "../../src/detectors/company-evidence.js";
import { parseAbsoluteDate } from "../../src/fields/dates.js";
import { parseJobPosting } from "../../src/index.js";

const now = "2026-11-27";
const parse = (text: string) => parseJobPosting(text, { now });

describe("company checked against the whole text", () => {
  const ROWS: [string, string, string | null][] = [
    ["About heading and a repeat", "Backend Engineer\n\n## About Quillmoor\n\nQuillmoor builds route planning for bakeries.\n\n## Responsibilities\n\n- Ship features\n- Review code", "Quillmoor"],
    ["At X, we", "Data Analyst\n\nAt Brackenfield Labs, we turn sensor data into irrigation plans. Brackenfield Labs was founded in 2019.\n\nRequirements\n\n- SQL", "Brackenfield Labs"],
    ["a name that opens with its article", "Vendeur en boulangerie (H/F)\nLe Fournil des Tanneurs\nValence (26)\n1 450 € par mois - Temps partiel\n\nLe Fournil des Tanneurs est une boulangerie artisanale du centre-ville.", "Le Fournil des Tanneurs"],
    ["a Spanish name with its article", "Cajero/a\nLa Espiga Dorada\nSevilla\n\nLa Espiga Dorada es una panadería familiar con tres tiendas.", "La Espiga Dorada"],
    ["equal opportunity sentence", "Store Manager\n\nRun our flagship store.\n\nTernwick Outfitters is an equal opportunity employer and values diversity.", "Ternwick Outfitters"],
    ["German: Wir sind die", "Mediengestalter (m/w/d)\n\nWir sind die Lindholm Druck GmbH – eine Druckerei in Kassel.\n\nDeine Aufgaben\n\n- Satz und Layout", "Lindholm Druck GmbH"],
    ["French: Chez X, nous", "Comptable (H/F)\n\nChez Verreval, nous fabriquons du verre recyclé. Rejoignez Verreval à Lyon !", "Verreval"],
    ["Portuguese: a X foi … mais sobre a X", "DESCRIÇÃO\n\nSomos uma consultoria de software.\n\nQuer saber mais sobre a Tamboril? Visite nossa página ou escreva para vagas@tamboril.com.br.", "Tamboril"],
    ["Polish inline label run", "Kto szuka: Wrzosowa Sp. z o.o. Stanowisko: Księgowa Lokalizacja: Lublin lubelskie", "Wrzosowa Sp. z o.o."],
    ["agency label on a bulletin", "Title: Voter Outreach Coordinator\nAgency: Department of Elections\nLocation: Richmond, VA", "Department of Elections"],
    ["government employer named in the text", "Elections Clerk\n\nThe Harlow County Clerk's office runs every election in Harlow County. Harlow County offers a pension.\n\nDuties\n\n- Process ballots", "Harlow County"],
    ["mail domain spells the name", "Warehouse Associate\n\nPick and pack orders on the day shift. Send your CV to jobs@fennimore.example.com — Fennimore replies within a week.", "Fennimore"],
    ["a name holding a heading word", "Senior Java Developer\nBrackwater Technologies\nPune\n\nBrackwater Technologies builds lending software for banks.\n\nRequirements\n\n- Java 17", "Brackwater Technologies"],
    ["a header in capitals, the prose in title case", "Técnico de redes\nALBORADA SEGUROS\nMadrid | Presencial\n\nEn Alborada Seguros protegemos a familias desde 1980.\n\nRequisitos\n\n- CCNA", "ALBORADA SEGUROS"],
    ["dates between the title and the company", "Analista Contable\nPublicado hace 3 días\nActualizado hace 1 día\nDistribuidora Quilmes Norte S.A.\nRosario, Santa Fe\n\nBuscamos un analista para el área de finanzas.", "Distribuidora Quilmes Norte S.A."],
    ["a recruiter's client presented under its heading, the agency in the page title", "Title: Payroll Officer | Brightwell Recruitment\n\nURL Source: https://jobs.example.com/payroll\n\nMarkdown Content:\n# Payroll Officer\n\n## About Our Client\n\nKestrel Water is a regional utility serving 400,000 homes across the north.\n\n## Job Description\n\n- Run the fortnightly payroll", "Kestrel Water"],
    ["German: a client presented under Über unseren Kunden", "# Buchhalter (m/w/d) | Personalwerk Nord\n\n## Über unseren Kunden\n\nDie Brunnwerk GmbH ist ein Familienunternehmen aus Kiel mit 200 Beschäftigten.\n\n## Ihre Aufgaben\n\n- Kreditorenbuchhaltung", "Brunnwerk GmbH"],
    ["French: a client presented under Notre client", "Title: Comptable (H/F) - Cabinet Ravel Conseil\n\nMarkdown Content:\n## Notre client\n\nVerreval est une PME lyonnaise spécialisée dans le verre recyclé.\n\n## Missions\n\n- Tenue des comptes", "Verreval"],
    ["a board menu's company entry above a salary tool is no label and value", "jobs.example.ch\nJobs\nUnternehmen\nLohnrechner\nRatgeber\nFür Arbeitgebende\nAnmelden\nFR | IT\n\nZurück zur Trefferliste\n\nBrunnwerk Haustechnik AG\nElektroinstallateur/in EFZ 100%\nInseriert: vor 2 Tagen\nPensum: 100%\nArbeitsort: Chur\n\nBrunnwerk Haustechnik AG – Haustechnik aus Graubünden\n\nSeit 1962 bauen wir Anlagen.", "Brunnwerk Haustechnik AG"],
    ["a careers site's owner in the page title, without its careers words", "Title: Warehouse Lead | Careers at Brindle Foods\n\nURL Source: https://careers.example.com/jobs/1\n\nMarkdown Content:\n# Warehouse Lead\n\nLead the night shift in our Leeds warehouse.\n\n## Requirements\n\n- Forklift licence", "Brindle Foods"],
    ["a careers site's name after the title in the page title", "Title: Data Analyst | Velmont Careers\n\nURL Source: https://velmont.example.com/jobs/1\n\nMarkdown Content:\n# Data Analyst\n\nBuild the weekly sales reports.\n\n## Requirements\n\n- SQL", "Velmont"],
    ["a department line under the title that a facts block labels as the department", "Marlow Bay Plumbing Ltd.\nCareers\nBack to Jobs\n\nPayroll Clerk\nFinance & Operations\nHalifax, Nova Scotia\n\nAbout the job\nRun the bi-weekly payroll for our 60 technicians.\n\nLocation\nHalifax, Nova Scotia\nDepartment\nFinance & Operations\nEmployment Type\nFull-Time", "Marlow Bay Plumbing Ltd."],
    ["a company card after the perks: its label, the name and prose", "Responsable logistique H/F\nRef. 88412\n\nCe que nous vous offrons :\n- Véhicule de fonction\n- Mutuelle prise en charge à 70 %\n\nEntreprise\nBRUNVALD INDUSTRIES\nFondée en 1931, Brunvald Industries usine des pièces de précision pour l'aéronautique et emploie 300 personnes à Annecy.\n\nProcessus de recrutement\n1. Entretien téléphonique (30 min)", "BRUNVALD INDUSTRIES"],
    ["a Nordic firm's name with its joining word and its form in its own case", "Forside › Job › Håndværk › Aarhus\n\nTømrer til facaderenovering\nHolmgaard & Søn Tømrer- og Entreprenørfirma ApS\n8000 Aarhus C\nIndrykket: 2. december 2026\n\nVi søger en tømrer til fast ansættelse.", "Holmgaard & Søn Tømrer- og Entreprenørfirma ApS"],
    ["a firm named for its people in the plural, presented by the prose", "Graduate Civil Engineer\n\nHolt Lane Consulting Engineers is an employee-owned consultancy with 300 people in six UK offices. Holt Lane Consulting Engineers designs bridges and junctions.\n\nRequirements\n- A degree in civil engineering", "Holt Lane Consulting Engineers"],
    ["a service's own clients in a duty are no recruiter's client", "# Tenancy Support Worker\n\n[Westgate Community Housing Ltd](https://board.example.au/organisations/westgate-community-housing)\n\n- **Location:** Footscray VIC\n- **Work type:** Part Time\n\n## Key responsibilities\n\n- Support tenants at risk of losing their tenancy\n- Keep accurate case notes in our client management system\n\n## About us\n\nWestgate Community Housing is a not-for-profit housing provider in Melbourne's west.", "Westgate Community Housing Ltd"],
    ["a recruiter's client named in apposition", "Maintenance Engineer\n\nOur client, Hollowmere Dairies, a family-owned creamery in Devon, is looking for a Maintenance Engineer.\n\n- Plan repairs", "Hollowmere Dairies"],
    ["a limited partnership keeps its partner's form", "Arbeitgeber: Krähenfeld Logistik GmbH & Co. KG\nArbeitsort: Bremen\n\nWir suchen Lagerhelfer.", "Krähenfeld Logistik GmbH & Co. KG"],
    ["a brand written in lower case, presented and opening its paragraphs", "Data Engineer (remote)\n\n## About ferntide\n\nferntide makes billing software for clinics. Founded in 2021, ferntide now serves 300 clinics.\n\n## Requirements\n\n- SQL", "ferntide"],
    ["a legal form makes a name of words a title could hold", "# Lagerleiter (m/w/d)\n\nFörde Logistik GmbH\n\nKiel · Vor 2 Tagen\n\n## Aufgaben\n\n- Schichtplanung", "Förde Logistik GmbH"],
    ["the board's rating after the employer's name", "# Addetto alle vendite\n\n[Ortofrutta Lariana S.r.l.](https://jobs.example.it/cmp/Ortofrutta-Lariana) 4,1 ★\n\nComo, Lombardia\n\nTempo pieno", "Ortofrutta Lariana S.r.l."],
    ["the employer and its town after a dash, the board's logo above the title", "[Vacaturesite](https://www.vacaturesite.example/)\n\n# Doktersassistent (32 uur)\n\n**Huisartsenpraktijk Zeewolde** – Utrecht\n\nSalaris € 2.800 - € 3.600\n\nHuisartsenpraktijk Zeewolde zoekt een assistent voor de balie.", "Huisartsenpraktijk Zeewolde"],
    ["a site menu's entries are no label and value", "* [Jobs](https://jobs.example.de/)\n* [Unternehmen](https://jobs.example.de/firmen)\n* [Einloggen](https://jobs.example.de/login)\n* [Registrieren](https://jobs.example.de/signup)\n\n# Buchhalter (m/w/d)\n\nWir suchen Verstärkung.", null],
    ["a federal department under the title", "# Budget Analyst\n\n**Department of Coastal Resources**\n\nOffice of the Budget\n\n## Duties\n\n- Prepare budget estimates", "Department of Coastal Resources"],
    ["an ATS table whose label cell has its colon, the site after the name", "<h1>Opérateur de production H/F</h1><table><tr><td>Organisation :</td><td>Vernolles Industries - Site de Clermont-Ferrand</td></tr><tr><td>Type d'emploi :</td><td>CDI</td></tr></table><p>Vous conduisez une ligne.</p>", "Vernolles Industries"],
    ["a Mexican legal form after pay under the title", "Auxiliar Contable\n$12,000 - $14,000 Mensual\nComercializadora Huasteca S.A. de C.V.\nEmpresa verificada\nTampico, Tamaulipas\n\nDescripción\nLlevar la contabilidad.", "Comercializadora Huasteca S.A. de C.V."],
    ["who posted, after the posting date", "Job search\n\nbaker\nPosted on November 30, 2026 by Saltmarsh Bakehouse\n\nLocation\nMoncton, NB\n\nSaltmarsh Bakehouse bakes for three markets.", "Saltmarsh Bakehouse"],
    // negatives
    ["posted by a person's role, no date between", "Store Clerk\nPosted by our hiring manager\n\nStack shelves.", null],
    ["a help site's host is not a name", "# Program Analyst\n\n* [Search](https://www.jobsboard.example.gov/search)\n* [Help](https://help.jobsboard.example.gov/)\n\nAnalyse programs. [Help](https://help.jobsboard.example.gov/) is there for you.", null],
    ["the board's logo linked to its home page above the title is not the employer", "[Vacaturesite](https://www.vacaturesite.example/)\n\n# Doktersassistent (32 uur)\n\nUtrecht · 32 uur\n\nSolliciteer via https://www.vacaturesite.example/vacature/4411", null],
    ["About and a common word in lower case is no company", "Data Engineer\n\n## About you\n\nyou know SQL and you like clinics. you will own pipelines.\n\n- SQL", null],
    ["a lower-case word the prose never opens a paragraph with", "Data Engineer\n\n## About ferntide\n\nWe build billing software for clinics like ferntide and others.\n\n- SQL", null],
    ["a heading word after a common word is a heading, not a name", "Backend Developer\nCore Technologies\n\nWe use core technologies such as Go and Postgres.\n\n- Go", null],
    ["a client heading over an unnamed client: no name from it", "Title: Payroll Officer | Brightwell Recruitment\n\nMarkdown Content:\n## About Our Client\n\nOur client is a regional utility serving 400,000 homes.\n\n## Job Description\n\n- Run the payroll", "Brightwell Recruitment"],
    ["a company presented under a heading that names no client", "Title: Payroll Officer | Brightwell Recruitment\n\nMarkdown Content:\n## About the Role\n\nKestrel Water is a regional utility serving 400,000 homes.\n\n- Run the payroll", "Brightwell Recruitment"],
    ["anonymous recruiter ad (English)", "Senior Accountant\n\nOur client, a fast-growing logistics firm in Leeds, is looking for a Senior Accountant.\n\nAbout Harrowgate Recruitment\n\nHarrowgate Recruitment places finance staff.", null],
    ["anonymous recruiter ad (Dutch)", "Monteur\n\nVoor onze opdrachtgever in Utrecht zoeken wij een monteur.\n\nWat bieden wij\n\n- Goed salaris", null],
    ["a heading word at the top is no company", "Python Developer\nPrerequisites\n\nYou know Python and prerequisites such as SQL.\n\n- Django", null],
    ["a pronoun line is no company", "Support Engineer\nWe\n\nWe help customers every day.", null],
    ["a skill sentence is no company", "Data Engineer\n\nPython is a must. Python is a plus for scripting.\n\n- Airflow", null],
    ["a town the page writes after a postcode is no company, beside the title as well", "# Elektroniker für Betriebstechnik (m/w/d)\n\nSingen (Hohentwiel)\n\nVollzeit · Feste Anstellung\n\n## Ihre Aufgaben\n\n- Wartung der Anlagen\n\n## Ihr Profil\n\n- Ausbildung als Elektroniker\n\nPersonalabteilung · Rielasinger Straße 88 · 78224 Singen (Hohentwiel)", null],
    ["an institution's whole name, though its mail domain gives the place alone", "# Postdoctoral Research Associate\n\n**University of Treverra - School of Marine Science**\n\n## The role\n\nYou will run beach surveys and model storm response at four sites.\n\n## What we offer\n\n- 41 days of leave\n- A pension scheme\n\nFor informal enquiries, please contact Dr Jane Doe (j.doe@treverra.example.ac.uk).\n\nThe University of Treverra is proud to be a Disability Confident employer.", "University of Treverra"],
    ["a client placeholder label", "Kto szuka: Klient portalu Praca.pl Stanowisko: Magazynier Lokalizacja: Poznań", null],
  ];
  for (const [name, text, company] of ROWS) {
    it(name, () => {
      expect(parse(text).company).toBe(company);
    });
  }
});

describe("title by evidence", () => {
  const ROWS: [string, string, string | null][] = [
    ["a title printed in lower case above the posting date", "Job search\n\nwelder\nPosted on November 30, 2026 by Tidewater Fabrication\n\nLocation\nSaint John, NB", "welder"],
    ["how many are hired, after the title", "**Location- remote : US only.**\n\n**Sr. Platform Engineer- 2 positions.**\n• 6+ years of backend work\n• Go and Postgres", "Sr. Platform Engineer"],
    ["vacancies in brackets (Spanish)", "Cajero de tienda (3 vacantes)\nMonterrey, Nuevo León\n\nAtender la caja.", "Cajero de tienda"],
    ["a role noun by its ending (Spanish)", "Camarero Barista\nMadrid\n\nPrepara cafés y atiende la barra.", "Camarero Barista"],
    ["an instructor title", "# Yoga Instructora\n\nImparte clases de yoga por la mañana.", "Yoga Instructora"],
    ["Polish inline Stanowisko", "Kto szuka: Wrzosowa Sp. z o.o. Stanowisko: Kierownik Sklepu Lokalizacja: Lublin", "Kierownik Sklepu"],
    ["label run item with a capitalised label", "Position Title: Forklift Operator\n\nLoad trucks safely.", "Forklift Operator"],
    ["the company after a dash is cut off", "# Senior Data Engineer — Orrin Health\n\nAt Orrin Health, we build clinic software.", "Senior Data Engineer"],
    ["a label before the title is dropped", "Job Announcement: Part-Time Election Coordinator\n\nThe county seeks a coordinator.", "Part-Time Election Coordinator"],
    ["a link after the title is dropped", "Acme | Remote | Full-time\nProduct Engineer: https://jobs.example.org/acme/123\n\nWe build tools.", "Product Engineer"],
    ["prose title starts at its first capital", "Wir suchen einen engagierten KFZ-Mechatroniker (m/w/d) für unsere Werkstatt in Kiel.\n\nAufgaben\n\n- Wartung", "KFZ-Mechatroniker (m/w/d)"],
    ["French marker title", "Notre agence vous propose un emploi de Technicien Frigoriste (H/F) à Rennes.\n\n- Dépannage", "Technicien Frigoriste (H/F)"],
    ["gender mark after a colon, upper case", "L'agence Intérim Plus de Vannes recrute des nouveaux talents : MONTEUR ÉLECTRICIEN (F/H)\n\nVos missions :\n- Câblage", "MONTEUR ÉLECTRICIEN (F/H)"],
    ["gender mark without brackets, lower-case title", "Notre agence recrute un soudeur tuyauteur H/F pour une mission longue.\n\nProfil :\n- CAP soudure", "soudeur tuyauteur H/F"],
    ["elided article before the title", "Nous recrutons sur des postes d'Assistant-logistique (F/H) à Nantes.\n\n- Réception des colis", "Assistant-logistique (F/H)"],
    ["a head count is not part of the title", "Pour notre client, nous recherchons 3 caristes (H/F) en équipe.\n\n- CACES 5", "caristes (H/F)"],
    ["a comma inside the title after its article", "Zur Verstärkung suchen wir einen Texter, Social Media Manager (m/w/d) in Teilzeit.\n\n- Posts planen", "Texter, Social Media Manager (m/w/d)"],
    ["a first line without bullets in a plain text", "Atelier Morvan, spécialiste du recrutement, vous propose un emploi de Régleur Presse (H/F) en CDI dans la région de Brest.\nNotre client fabrique des pièces plastiques depuis 1980.\n\nMissions :\n- Réglages", "Régleur Presse (H/F)"],
    ["a back link above the title is not the title", "Jobsuche\nZurück zur Ergebnisliste\n\nLagerhelfer (m/w/d)\nVeröffentlicht am: 01.12.2026\n\nIhre Aufgaben\n\n- Kommissionieren", "Lagerhelfer (m/w/d)"],
    ["an Italian role noun", "Addetto/a Magazzino\nVerona, Veneto\nTempo pieno\n\nCerchiamo una persona per il magazzino.", "Addetto/a Magazzino"],
    // negatives
    ["a gender mark after a word that names no role", "Bewirb dich auch ohne perfekte Passung – wir achten auf Potenzial (m/w/d).\n\nDas bieten wir\n\n- Freude an Zahlen\n- Ein ruhiges Büro", null],
    ["a section heading as H1 is no title", "# Overview\n\nWe build payroll software for small shops.\n\n# Responsibilities\n\n- Ship code", null],
    ["a label line with a link is no title", "URL: https://careers.example.org/jobs/42\n\nWe build payroll software.", null],
    ["a search box's lower-case query, no date under it, is no title", "What\nwarehouse\nWhere\nLeeds\n\nWe stack shelves for three shops.", null],
    ["one lower-case noun from prose is no title", "We are seeking a manager to provide planning and supervision to the ballot team.", null],
    ["a French duty line naming workers in plural is no title", "Planifier l'activité des maçons et des manoeuvres\nSuivre les chantiers", null],
    ["a label line over its value is no title; the title line above it names its role", "Jobs\nRecruiters\nLogin\n\nCall Centre Team Leader (Inbound Sales)\nRecruiter:\nVukani Direct Insurance\nJob Ref:\nVDI/CC/1142\nDate posted:\nWednesday, December 2, 2026\nLocation:\nCape Town, South Africa\n\nSUMMARY:\nVukani Direct Insurance is looking for a Team Leader.", "Call Centre Team Leader (Inbound Sales)"],
    ["a board's search-result heading and a menu button above the posting are no title", "Empregos\nVagas\nEmpresas\nEntrar\nCadastrar currículo\nSou empresa\n\nVagas de Padeiro em Recife - PE\n\nPadeiro(a) - Panificadora de Bairro\nEmpresa Confidencial\nRecife - PE (2 vagas)\nFaixa salarial: De R$ 1.800,00 a R$ 2.200,00\nPublicada em 02/12\n\nBenefícios\nVale-transporte\nPlano de saúde\n\nDescrição da vaga\nPanificadora contrata padeiro para o turno da manhã.", "Padeiro(a) - Panificadora de Bairro"],
    ["a search-result H1 is no title", "Jobs\nSalaries\nSign in\n\n# Cook jobs in Leeds\n\nLine Cook - Breakfast Shift\nHarewood Kitchen\nLeeds, West Yorkshire\n£12.50 an hour\n\n## About the role\nCook breakfast for 120 covers a day.", "Line Cook - Breakfast Shift"],
    ["a menu's post-a-job entry is no heading over the title", "Empregos\nOfertas de emprego\nEmpresas\nEntrar\nPublicar oferta\n\nRepositor(a) de Loja - Part-time (Benfica)\nMercearia do Bairro, S.A.\n\nPublicado em 02-12-2026\nLocal: Lisboa - Benfica\n\nCandidatar-me\nGuardar oferta\nPartilhar\n\nA Mercearia do Bairro é uma cadeia de supermercados de proximidade com 20 lojas na Grande Lisboa, especializada em produtos frescos de produtores nacionais.\n\nFunções:\n• Reposição dos lineares;\n• Atendimento ao cliente.", "Repositor(a) de Loja - Part-time (Benfica)"],
  ];
  for (const [name, text, title] of ROWS) {
    it(name, () => {
      expect(parse(text).title).toBe(title);
    });
  }

  const WORDS: [string, boolean][] = [
    ["Barista Trainer", true], ["Électricien", true], ["Programador Junior", true], ["Electrician", true], ["Specjalista ds. kadr", true],
    ["Ballot Manager", true], ["Medewerker klantenservice", true], ["Nhân viên kinh doanh", true], ["Call Centre Team Leader", true], ["Shift Leader", true],
    ["A market leader since 1990", false], ["Thought Leadership", false],
    ["Interior Design Trends", false], ["Checklist", false], ["Rapprochement bancaire", false], ["Conciliación bancaria", false], ["Rigueur et dextérité", false],
  ];
  for (const [text, yes] of WORDS) {
    it(`${yes ? "reads" : "does not read"} "${text}" as a role`, () => {
      expect(looksLikeTitle(text)).toBe(yes);
    });
  }
});

describe("seniority from prose", () => {
  const ROWS: [string, string, string | null][] = [
    ["The Junior X will…", "Payroll Officer role\n\nThe Junior Payroll Officer will process the monthly run and answer staff questions.", "junior"],
    ["As the Senior X,", "Finance\n\nAs the Senior Analyst, you will own the forecast for our stores.", "senior"],
    ["Brazilian level row", "Descrição\n\nDesenvolver APIs em Java.\n\nNível (Senioridade): Pleno.", "mid"],
    ["Brazilian level in a sentence", "Buscamos devs .Net, em níveis de carreira sênior, para projetos grandes.", "senior"],
    ["entry-level position", "Support\n\nThis is an entry-level position in our Leeds office; we train you.", "junior"],
    // negatives
    ["a grade level sentence names no level", "Clerk\n\nExperience at the GS-11 grade level in the Federal service, including executive briefings.", null],
    ["the Chief of another office is not the job's level", "Assistant\n\nWorks with the Chief Deputy to plan elections.", null],
    ["work history length (Polish staż pracy) is no internship", "Magazynier\n\nWymagania: staż pracy min. 2 lata.", null],
  ];
  for (const [name, text, level] of ROWS) {
    it(name, () => {
      expect(parse(text).seniority).toBe(level);
    });
  }
});

describe("bulletin dates", () => {
  const DATES: [string, string | null][] = [
    ["Open Date: 4-20-18", "2018-04-20"],
    ["posted 04-20-2018 at noon", "2018-04-20"],
    ["ref 20-11-26", "2026-11-20"],
    ["version 2.10.26", null],
  ];
  for (const [text, date] of DATES) {
    it(`reads "${text}"`, () => {
      expect(parseAbsoluteDate(text, { now: new Date(now) })?.date ?? null).toBe(date);
    });
  }

  it("reads Open Date and the deadline heading of a bulletin", () => {
    const r = parse("ELECTIONS TECHNICIAN\n\nOpen Date: 4-20-18\n\nDUTIES\n\n- Maintain voting equipment\n\nAPPLICATION DEADLINE\n\nTHURSDAY, MAY 3, 2018\n\nWhere to apply: City Hall, Room 4.");
    expect(r.postedAt).toBe("2018-04-20");
    expect(r.validThrough).toBe("2018-05-03");
  });

  it("reads a filing deadline and a Spanish plazo", () => {
    expect(parse("Clerk II\n\nFinal filing date: 06/14/2019\n\n- Filing").validThrough).toBe("2019-06-14");
    expect(parse("Vendedor de tienda\n\nPlazo de postulación: 03/4/2025\n\n- Atención al cliente").validThrough).toBe("2025-04-03");
  });

  it("gives no deadline for open until filled", () => {
    expect(parse("Clerk\n\nApplication deadline: open until filled.\n\n- Filing").validThrough).toBeNull();
  });
});

describe("a firm's name by its legal form", () => {
  it.each(["Lundgaard & Sønner Snedkerfirma ApS", "Aaretal Feinmechanik AG", "Volvo Lastvagnar AB", "Haselbauer Haustechnik GmbH"])("%s", (t) => expect(firmName(t)).toBe(true));
  // a short form shouted or lower-case may be another word: "Solutions Architect SA", "BACKEND DEVELOPER AB"
  it.each(["Solutions Architect SA", "BACKEND DEVELOPER AB", "Senior Engineer as"])("not %s", (t) => expect(firmName(t)).toBe(false));
});

describe("a row of buttons holds no prose", () => {
  it("keeps the employer's paragraph after a share button in the description", () => {
    expect(parse("Empregos\nOfertas de emprego\nEmpresas\nEntrar\nPublicar oferta\n\nRepositor(a) de Loja - Part-time (Benfica)\nMercearia do Bairro, S.A.\n\nPublicado em 02-12-2026\nLocal: Lisboa - Benfica\n\nCandidatar-me\nGuardar oferta\nPartilhar\n\nA Mercearia do Bairro é uma cadeia de supermercados de proximidade com 20 lojas na Grande Lisboa, especializada em produtos frescos de produtores nacionais.\n\nFunções:\n• Reposição dos lineares;\n• Atendimento ao cliente.").description).toContain("cadeia de supermercados de proximidade");
  });
});

describe("a firm named for its people", () => {
  it.each(["Brackenridge Consulting Engineers", "Holt & Lane Architects", "Marlow Bay Chartered Surveyors"])("%s", (t) => expect(pluralFirm(t)).toBe(true));
  // two words may be a team or a page's heading; a role in the singular is a role
  it.each(["Software Engineers", "Senior Software Engineer", "our Consulting Engineers"])("not %s", (t) => expect(pluralFirm(t)).toBe(false));
});
