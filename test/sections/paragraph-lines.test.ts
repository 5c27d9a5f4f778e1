import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

// Scrapers that turn each line of a page into its own Markdown paragraph (a blank line between every
// line): the lists are paragraphs, and so are their headings. Invented postings, several languages.
const md = (lines: string[]) => parseJobPosting(lines.join("\n\n"), { format: "markdown", now: "2026-12-07" });

describe("a heading the lexicon knows whole, over lines written as paragraphs", () => {
  it("English: duties, musts and perks each under their heading", () => {
    const r = md([
      "Analytics Engineer",
      "We're looking for an Analytics Engineer to join our data team in Utrecht.",
      "What you'll do",
      "Model our subscription metrics in dbt",
      "Build and maintain pipelines from our billing system",
      "Mentor a junior analyst",
      "What you bring",
      "3+ years of experience in analytics engineering",
      "Strong SQL and data modelling skills",
      "What we offer",
      "A MacBook and a home-office budget",
      "25 vacation days",
    ]);
    expect(r.responsibilities).toEqual(["Model our subscription metrics in dbt", "Build and maintain pipelines from our billing system", "Mentor a junior analyst"]);
    expect(r.requirements).toEqual(["3+ years of experience in analytics engineering", "Strong SQL and data modelling skills"]);
    expect(r.benefits).toEqual(["A MacBook and a home-office budget", "25 vacation days"]);
  });

  it("German: Aufgaben and Profil", () => {
    const r = md([
      "Data Engineer (m/w/d)",
      "Ihre Aufgaben",
      "Sie entwickeln unsere Datenstrecken in Python weiter",
      "Sie betreuen das Data Warehouse",
      "Ihr Profil",
      "Abgeschlossenes Studium der Informatik",
      "Sehr gute SQL-Kenntnisse",
    ]);
    expect(r.responsibilities).toEqual(["Sie entwickeln unsere Datenstrecken in Python weiter", "Sie betreuen das Data Warehouse"]);
    expect(r.requirements).toEqual(["Abgeschlossenes Studium der Informatik", "Sehr gute SQL-Kenntnisse"]);
  });

  it("a known heading over a lead-in heads both, and the lead-in's own words do not rename the list", () => {
    const r = md([
      "Lead BI Engineer",
      "As a Lead BI Engineer you will:",
      "Lead the BI workstream in client projects.",
      "Review the reports of the team.",
      "Qualifications",
      "What would make you a fit for the role:",
      "Proven experience leading BI teams.",
      "Expert knowledge of Power BI.",
    ]);
    expect(r.requirements).toEqual(["Proven experience leading BI teams.", "Expert knowledge of Power BI."]);
    expect(r.responsibilities).not.toContain("Qualifications");
    expect(r.responsibilities).toEqual(["Lead the BI workstream in client projects.", "Review the reports of the team."]);
  });

  it("a lead-in after the lines of a list opens the list it names", () => {
    const r = md([
      "Who You Are",
      "5+ years of experience in data modelling.",
      "Strong SQL and Python skills.",
      "We have a rewarding working place that provides a:",
      "- Medical insurance coverage\n- WFH office equipment allowance",
    ]);
    expect(r.benefits).toEqual(["Medical insurance coverage", "WFH office equipment allowance"]);
    expect(r.requirements).toEqual(["5+ years of experience in data modelling.", "Strong SQL and Python skills."]);
  });

  it("a list after the prose that follows the lines is not more of them", () => {
    const r = md([
      "Elections Coordinator",
      "Why Work With Us?",
      "Competitive pay and generous leave",
      "Supportive leadership",
      "The coordinator plans and runs the county's training of election officials and supports the director in every election cycle, from candidate filing to the canvass.",
    ].concat(["- Plans the training calendar;\n- Keeps the poll worker records;\n- Prepares the training rooms;"]));
    expect(r.benefits.slice(0, 2)).toEqual(["Competitive pay and generous leave", "Supportive leadership"]);
    expect(r.benefits.join(" ")).not.toContain("Plans the training calendar");
  });

  it("negatives: a heading word inside a perk line, and an icon line among icon perks, stay lines", () => {
    const r = md([
      "Benefits",
      "💰 Competitive salary and equity",
      "🍼 Parental : Generous parental leave policy",
      "🌎 Visa sponsorship",
      "🤝 Coaching: we offer coaching on a voluntary basis",
    ]);
    expect(r.benefits).toEqual(["💰 Competitive salary and equity", "🍼 Parental : Generous parental leave policy", "🌎 Visa sponsorship", "🤝 Coaching: we offer coaching on a voluntary basis"]);
  });
});

describe("title", () => {
  it("a heading the sections read as a list's (by its stems) is no title", () => {
    const r = parseJobPosting(
      [
        "The Executive Director leads the administrative functions of the commission and oversees its programs and operations every day.",
        "",
        "The Executive Director's responsibilities include:",
        "",
        "- Directing the commission's divisions and offices",
        "- Preparing the annual budget",
        "- Representing the commission before federal agencies",
      ].join("\n"),
      { format: "markdown", now: "2026-12-07" },
    );
    expect(r.title).not.toBe("The Executive Director's responsibilities include");
    expect(r.responsibilities).toHaveLength(3);
  });
});

describe("a line of perks cut at its commas, not inside a figure", () => {
  it("a decimal comma stays in its piece (Italian, German)", async () => {
    const { delimitedList } = await import("../../src/tree/tails.js");
    expect(delimitedList("contratto a tempo determinato, livello 6, paga oraria lorda 10,35 € più maggiorazioni, mensa aziendale", 3)).toEqual([
      "contratto a tempo determinato",
      "livello 6",
      "paga oraria lorda 10,35 € più maggiorazioni",
      "mensa aziendale",
    ]);
    expect(delimitedList("Zuschlag von 2,50 € pro Stunde, Jobticket, Kantine", 3)).toEqual(["Zuschlag von 2,50 € pro Stunde", "Jobticket", "Kantine"]);
    // (a list written with commas and no spaces still splits)
    expect(delimitedList("Jobticket,Kantine,Fitnessstudio", 3)).toEqual(["Jobticket", "Kantine", "Fitnessstudio"]);
  });
});

describe("Italian: a lead-in in the third person names the duties", () => {
  it("'Le risorse inserite si occuperanno di:'", () => {
    const r = parseJobPosting(
      ["MAGAZZINIERI - TURNI", "Verona", "", "Le risorse inserite si occuperanno di:", "- carico e scarico merci;", "- preparazione degli ordini;", "- inventario mensile."].join("\n"),
      { format: "text", now: "2026-12-07" },
    );
    expect(r.responsibilities).toEqual(["carico e scarico merci;", "preparazione degli ordini;", "inventario mensile."]);
  });
});

describe("a row of chips written as inline code is a list of names", () => {
  it("Polish: 'Obowiązkowe' (mandatory) over the chips, 'Zakres obowiązków' over the duties", () => {
    const r = md(["### Obowiązkowe", "`Python` `SQL` `Apache Kafka` `Docker`", "### Zakres obowiązków", "* Rozwój usług w Pythonie", "* Utrzymanie potoków danych"]);
    expect(r.sections.find((s) => s.heading === "Obowiązkowe")?.items).toEqual(["Python", "SQL", "Apache Kafka", "Docker"]);
    expect(r.requirements).toEqual(expect.arrayContaining(["Python", "SQL"]));
    expect(r.responsibilities).toEqual(["Rozwój usług w Pythonie", "Utrzymanie potoków danych"]);
  });

  it("negative: code inside a sentence stays in its sentence", () => {
    const r = md(["## Requirements", "You know `git rebase` and `git bisect` well and use them daily."]);
    expect(r.requirements).toEqual(["You know git rebase and git bisect well and use them daily."]);
  });
});
