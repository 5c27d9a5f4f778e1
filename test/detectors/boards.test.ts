import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const NOW = "2026-12-07";
const parse = (text: string, format: "auto" | "markdown" = "auto") => parseJobPosting(text, { now: NOW, format });

// Invented pages of job boards: the board's own name (logo line, page title, copyright) is never the
// employer nor the title, and a board's link to its page about the employer names the employer.
describe("a job board's own name is neither the employer nor the title", () => {
  it.each([
    ["a logo line above a German posting", "Indeed\nStartseite   Unternehmensbewertungen   Gehälter finden   Anmelden\n\nPflegefachkraft (m/w/d)\nHaus Birkenhain gGmbH\n4,2 ★ 31 Bewertungen\nKoblenz\n3.700 € – 4.200 € pro Monat · Vollzeit\n\nIhre Aufgaben\n- Grundpflege und Behandlungspflege\n- Dokumentation\n", "Haus Birkenhain gGmbH", "Pflegefachkraft (m/w/d)"],
    ["a board's logo line with its jobs word", "Trade Me  Jobs\nMarketplace  Property  Motors  Jobs     Log in\n\nJobs > Trades & Services\n\nQualified Roofer – re-roofing crew\nTōtara Roofing Ltd\nNapier, Hawke's Bay\nFull time · Permanent\n\nKia ora! We re-roof 60 homes a year across Hawke's Bay.\n", "Tōtara Roofing Ltd", "Qualified Roofer – re-roofing crew"],
    ["an aggregator's page title and its own notice", "Title: Aged Care Worker - Part Time Job in Geelong VIC - Jora\n\nURL Source: https://au.jora.com/job/Aged-Care-Worker-1a2b\n\nMarkdown Content:\n\nAged Care Worker - Part Time\n----------------------------\n\nSaltbush Community Care\n\nGeelong VIC\n\nSaltbush Community Care supports 200 older people at home across the Geelong region.\n\nJora is an aggregator. This job was originally posted on saltbush.example.com.au.\n\n© 2026 Jora · Privacy · Terms\n", "Saltbush Community Care", "Aged Care Worker - Part Time"],
  ])("%s", (_name, text, company, title) => {
    const r = parse(text, text.includes("Markdown Content:") ? "markdown" : "auto");
    expect(r.company).toBe(company);
    expect(r.title).toBe(title);
  });

  it("a board that presents itself as the employer in so many words stays the employer", () => {
    const r = parse("Senior Data Engineer\nIndeed\nAustin, TX\n\nAt Indeed, we help people get jobs. Indeed is hiring a Senior Data Engineer to join our search team in Austin.\n\nResponsibilities\n- Build pipelines\n- Review code\n");
    expect(r.company).toBe("Indeed");
  });

  it("an employer whose name is a common word some board also uses keeps it", () => {
    const r = parse("# Senior Analytics Engineer — Shine\n\n**URL:** https://careers.shine.example/jobs/123\n\nShine is a business bank for freelancers. At Shine, we build the tools our 100,000 members use every day.\n");
    expect(r.company).toBe("Shine");
  });
});

describe("the board's link to its page about the employer names the employer", () => {
  it.each([
    ["/employers/", "[Kestrel Mutual](https://app.board.example/employers/kestrel-mutual-4812) · Insurance", "Kestrel Mutual"],
    ["/cmp/", "[Brightwater Dental Group](https://www.board.example/cmp/Brightwater-Dental-Group) 4.1 ★", "Brightwater Dental Group"],
    ["/company/", "[Orvelle Analytics](https://www.board.example/company/orvelle-analytics/)", "Orvelle Analytics"],
  ])("%s", (_name, line, company) => {
    const r = parse(`# Data Analyst Intern – Summer 2027\n\n${line}\n\n**Omaha, NE**\n\nPaid · $24/hr · Internship · Onsite\n\nYou will join a team of four analysts and build dashboards for our claims department.\n`);
    expect(r.company).toBe(company);
  });
  it("a link to anything else on the line is no employer", () => {
    const r = parse("# Data Analyst Intern\n\n[Insurance jobs](https://app.board.example/jobs/insurance) · Omaha, NE\n\nYou will build dashboards.\n");
    expect(r.company).not.toBe("Insurance jobs");
  });
});

describe("a term after the title is no employer", () => {
  it.each(["Summer 2027", "Intake 2026", "Sommersemester 2027"])("%s", (term) => {
    const r = parse(`# Marketing Intern – ${term}\n\nPosted 6 days ago\n\nYou will help our team plan campaigns for the ${term} season. Contact: jobs@example.org\n`);
    expect(r.company).not.toBe(term);
  });
  it("a name after the title is still the employer", () => {
    const r = parse("# Marketing Intern – Fernvale Studios\n\nFernvale Studios is a design studio in Leeds. At Fernvale Studios, we make brands.\n");
    expect(r.company).toBe("Fernvale Studios");
  });
});

describe("trades read as roles in a title line", () => {
  it.each(["Builder", "Roofer", "Bricklayer", "Glazier", "Plasterer", "Landscaper", "Butcher", "Machinist", "Locksmith", "Hairdresser"])("%s", (role) => {
    const r = parse(`Jobs > Trades & Services\n\nExperienced ${role} – new builds\nHollowmere Trades Ltd\nHamilton, Waikato\nFull time · Permanent\n\nWe are growing and need another pair of hands on our crew.\n`);
    expect(r.title).toBe(`Experienced ${role} – new builds`);
  });
});

describe("the posting's own heading over a page title that decorates it", () => {
  it("takes the heading", () => {
    const r = parse("Title: Support Worker - Casual Job in Bendigo VIC - Jobsite\n\nURL Source: https://www.jobsite.example/job/1\n\nMarkdown Content:\n\nSupport Worker - Casual\n=======================\n\nRiverred Care\n\nWe support people with disability at home.\n", "markdown");
    expect(r.title).toBe("Support Worker - Casual");
  });
  it("keeps a page title that is no decoration of a heading", () => {
    const r = parse("Title: Support Worker (m/w/d) | Riverred Care\n\nURL Source: https://riverred.example/jobs/1\n\nMarkdown Content:\n## About us\n\nWe support people with disability at home.\n", "markdown");
    expect(r.title).toBe("Support Worker (m/w/d)");
  });
});

describe("a site menu's entries are no facts of the job", () => {
  it.each([
    ["a German city portal", "stadtportal.example\nHof\nJobs\nAusbildung\nImmobilien\nVeranstaltungen\nMein Konto\n\nBusfahrer (m/w/d) im Linienverkehr\nKrämer Reisen GmbH\n95028 Hof\nVollzeit\n\nWir suchen einen Busfahrer für den Linienverkehr.\n", "full-time", null],
    ["a nonprofit board", "Idealist\nJobs\nInternships\nVolunteer\nOrganizations\nSign in\n\nYouth Program Coordinator\nRiverbend Youth Alliance\nFull Time\n\nCoordinate our after-school programme for 120 teenagers.\n", "full-time", null],
  ])("%s", (_name, text, employment, seniority) => {
    const r = parse(text);
    expect(r.employmentType).toBe(employment);
    expect(r.seniority).toBe(seniority);
  });
  it("a run of badges is still read", () => {
    const r = parse("Werkstudent Marketing (m/w/d)\nAlsterblick Verlag\nHamburg\nTeilzeit\nPraktikum\n\nDu unterstützt unser Marketing-Team.\n");
    expect(r.employmentType).not.toBeNull();
  });
});

describe("a board's name with its domain or its local site's town, and a street address, are neither employer nor title", () => {
  it("the domain", () => {
    const r = parse("Title: Ejecutivo de Ventas - Monterrey, N. L. - Indeed.com\n\nEjecutivo de Ventas\nGrupo Norteño\nMonterrey, N. L.\n\nBuscamos un ejecutivo de ventas.\n");
    expect(r.company).not.toBe("Indeed.com");
  });
  it("the local site", () => {
    const r = parse("Werkstudent Online-Marketing (m/w/d)\nStellenwerk Hamburg\n\nDu unterstützt das Marketing-Team der Alsterblick Verlag GmbH. Die Alsterblick Verlag GmbH ist ein Reiseverlag.\n");
    expect(r.company).not.toBe("Stellenwerk Hamburg");
  });
  it("a name that only opens with a board's word stays", () => {
    const r = parse("Brand Manager\nMonster Energy\nSanta Monica, CA\n\nMonster Energy is hiring a brand manager. At Monster Energy, we make drinks.\n");
    expect(r.company).toBe("Monster Energy");
  });
  it("the street address under the title", () => {
    const r = parse("Vendeur / Vendeuse en boulangerie (H/F)\nLe Fournil des Tanneurs\n12 rue des Tanneurs, 26000 Valence\n1 450 € - 1 600 € par mois - Temps partiel, CDI\n\nLieu\n12 rue des Tanneurs, 26000 Valence\n\nNous recherchons un vendeur.\n");
    expect(r.title).toBe("Vendeur / Vendeuse en boulangerie (H/F)");
  });
});

describe("a place label's value is the place only", () => {
  it("less the search box's button after it", () => {
    const r = parse("What: pharmacy assistant Where: Kingston, ON [Find jobs](https://board.example/jobs?l=Kingston)\n\n# Pharmacy Assistant\n\nStonebridge Pharmacy\n\nWe are a family pharmacy.\n", "markdown");
    expect(r.locations.map((l) => [l.city, l.region, l.countryCode])).toEqual([["Kingston", "ON", "CA"]]);
  });
  it.each(["Work location: In person", "Workplace: Remote"])("a work mode is no place: %s", (line) => {
    const r = parse(`Ejecutivo de ventas\nGrupo Norteño\n\nBuscamos un ejecutivo de ventas.\n\n${line}\n`);
    expect(r.locations.some((l) => l.city === "Empleo" || l.city === "In person")).toBe(false);
  });
  it("a place with its office days stays", () => {
    const r = parse("Data Analyst\nAcme Ltd\n\nLocation: London (4 days in office)\n\nWe analyse data.\n");
    expect(r.locations[0]?.city).toBe("London");
  });
});

describe("a gender marker closes a title: the place after it is the job's place, not the title's", () => {
  it.each([
    ["Technicien de maintenance H/F - Saint-Denis (93)", "Technicien de maintenance H/F"],
    ["Elektroniker (m/w/d) – München", "Elektroniker (m/w/d)"],
    ["Magazziniere (M/F) - Sarzana (SP)", "Magazziniere (M/F)"],
  ])("%s", (line, title) => {
    const r = parse(`# ${line}\n\nNous recherchons un technicien pour notre atelier.\n`, "markdown");
    expect(r.title).toBe(title);
  });
  it("a title without a marker keeps what follows its dash", () => {
    const r = parse("# Sales Manager - Paris Region\n\nWe sell software.\n", "markdown");
    expect(r.title).toBe("Sales Manager - Paris Region");
  });
});
