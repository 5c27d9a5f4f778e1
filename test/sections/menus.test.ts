// A job board's menu, breadcrumb and link rows at the top of a scraped page are chrome: they never
// give a title, a company or a contract type, and they leave the description. Invented page tops.
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const now = "2026-11-27";
const parse = (text: string, format: "text" | "markdown" = "text") => parseJobPosting(text, { now, format });

describe("site menus at the top of a page", () => {
  it("a French board's menu with a training entry gives no internship", () => {
    const r = parse("JobAtlas\nEmploi\nAlternance\nEntreprises\nSalaires\nMon compte\n\nOffres d'emploi > Comptable > Nantes\n\nComptable H/F\nBrissac Conseil\nNantes - 44\nCDI\nTemps plein\n\nLe poste\nVous tenez la comptabilité de 40 clients.");
    expect(r.employmentType).toBe("full-time");
    expect(r.title).toBe("Comptable H/F");
    expect(r.description).not.toContain("Alternance");
    expect(r.description).not.toContain("Offres d'emploi >");
  });

  it("a board's menu row between bars and a row of bracketed buttons leave the description", () => {
    const r = parse([
      "Tui Care Jobs", "Aotearoa's health job board", "Home | Search Jobs | Employers | Advertise | Job Alerts | Contact Us", "",
      "You are here: Home > Allied Health > Occupational Therapy > Occupational Therapist", "",
      "Occupational Therapist – Community (0.6 FTE)", "Harbourview Rehab", "",
      "Job Details", "Reference: TCJ-2231", "Posted: 27/11/2026", "Location: Nelson, Tasman", "Job Type: Permanent", "",
      "[ Apply Now ]  [ Email to a Friend ]  [ Print ]", "",
      "Kia ora! Harbourview Rehab is a community rehabilitation service with two clinics in Nelson and Richmond.", "",
      "ABOUT THE ROLE", "~ Assess and treat a community caseload", "~ Run one group session a week",
    ].join("\n"));
    expect(r.description).not.toContain("Advertise");
    expect(r.description).not.toContain("Email to a Friend");
    expect(r.description).toContain("community rehabilitation service");
  });

  it("keeps a bracketed note that is the employer's text", () => {
    const r = parse("Occupational Therapist\nHarbourview Rehab\n\n[Part-time, 0.6 FTE] We are a community rehabilitation service with two clinics in Nelson.");
    expect(r.description).toContain("[Part-time, 0.6 FTE]");
  });

  it("an English board's menu gives no company", () => {
    const r = parse("careerhub.example\nJobs\nCompanies\nServices\nLogin\nRegister\n\nSenior QA Engineer\nMarrowgate Systems\n4 - 7 Years\nChennai\n\nJob description\nMarrowgate Systems builds hospital software. You will own our test automation.");
    expect(r.company).toBe("Marrowgate Systems");
    expect(r.title).toBe("Senior QA Engineer");
  });

  it("a row of links in Markdown is no Hacker News header", () => {
    const r = parse("[Vagas](https://x.example/) | [Sobre nós](https://x.example/#sobre) | [Contato](https://x.example/#c)\n\n# Analista Fiscal\n\n**Cerâmica Piraquara**\n\nCuritiba - PR • Presencial\n\n## Descrição da vaga\n\nA Cerâmica Piraquara contrata analista fiscal para a matriz.", "markdown");
    expect(r.company).toBe("Cerâmica Piraquara");
  });

  it("a public service's long menu, two in five of its lines menu words, gives no company", () => {
    const r = parse("Zum Inhalt springen\nArbeitsamt Nord\nBürger\nUnternehmen\nPartner\nÜber uns\nAnmelden\nLeichte Sprache\n\nLagerhelfer (m/w/d)\nSpedition Weißdorn GmbH\n\nIhre Aufgaben\nSie kommissionieren Waren.");
    expect(r.company).toBe("Spedition Weißdorn GmbH");
    expect(r.description).not.toContain("Leichte Sprache");
  });

  it("a site's search box and button give no company", () => {
    const r = parse("Trabalhar.example\nInício\nOfertas\n\nPesquisar emprego:\nPesquisar\n\nEletricista (m/f) - Braga\n\nA Luzbraga, Lda. recruta eletricista para obras em Braga.\nRequisitos:\n- Curso profissional de eletricidade\n- 2 anos de experiência");
    expect(r.company).not.toBe("Pesquisar");
  });

  it("a job site named by its bare domain or its copyright line is never the employer", () => {
    const page = (tail: string) => parse(`Hot Lagos Jobs\nHome | Jobs by Category | Contact Us\n\nCashier at Ifeoma Stores Limited\n${tail}\n\nIfeoma Stores Limited is a retail chain with 14 supermarkets in Lagos.\n\nRequirements\n- OND in any field\n- 2 years as a cashier\n\nMore from Hot Lagos Jobs`);
    expect(page("Posted on 2nd Dec, 2026 - hotlagosjobs.com").company).toBe("Ifeoma Stores Limited");
    expect(page("© 2009 - 2026 Hot Lagos Jobs. All Rights Reserved.").company).toBe("Ifeoma Stores Limited");
  });

  // negatives
  it("a header of short facts is no menu", () => {
    const r = parse("Data Analyst\nLeeds\nHybrid\nFull-time\nPermanent\n\nAbout the role\nYou will build reports for our stores.");
    expect(r.title).toBe("Data Analyst");
    expect(r.workplaceType).toBe("hybrid");
    expect(r.employmentType).toBe("full-time");
  });

  it("a menu-like run that reaches a title keeps the title", () => {
    const r = parse("Acme logo\nAcme\nShare\nShow more options\nJunior Web Developer\nBristol · 2 days ago\n\nAbout the job\nBuild our booking pages.");
    expect(r.title).toBe("Junior Web Developer");
  });
});
