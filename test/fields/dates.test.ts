// Table test of the date parsers: relative phrases in six languages against a fixed `now` (UTC),
// absolute dates in the shapes boards print them, deadlines and date ranges, then text that is no date.
import { describe, expect, it } from "vitest";
import { parseDate, parseDateRangeEnd, parseFutureRelative, type DateOptions } from "../../src/fields/dates.js";
import { parseJobPosting } from "../../src/index.js";

const NOW = new Date("2026-11-27T00:00:00Z");
const US: DateOptions = { monthFirst: true };

const DATES: [string, string, DateOptions?][] = [
  // relative, resolved against NOW
  ["Posted 11 days ago", "2026-11-16"],
  ["Posted 30+ days ago · 214 applicants", "2026-10-28"],
  ["Reposted 2 weeks ago", "2026-11-13"],
  ["Posted yesterday", "2026-11-26"],
  ["Just posted", "2026-11-27"],
  ["Toronto, ON · 3 days ago · Over 100 applicants", "2026-11-24"],
  ["Posted 5 hours ago", "2026-11-27"],
  ["yesterday• Recruiter recently active", "2026-11-26"],
  ["2d ago", "2026-11-25"],
  ["Publiée il y a 3 jours", "2026-11-24"],
  ["il y a une semaine", "2026-11-20"],
  ["En ligne depuis 4 jours", "2026-11-23"],
  ["Veröffentlicht vor 2 Wochen", "2026-11-13"],
  ["vor einem Monat", "2026-10-28"],
  ["Heute veröffentlicht", "2026-11-27"],
  ["Publicado hace 5 días", "2026-11-22"],
  ["hace un mes", "2026-10-28"],
  ["Publicado há 2 dias", "2026-11-25"],
  ["há um mês", "2026-10-28"],
  ["Pubblicato 3 giorni fa", "2026-11-24"],
  ["ieri", "2026-11-26"],
  // the word for "ago" after the unit: Polish, Dutch, Swedish, Danish
  ["Dodana 2 dni temu", "2026-11-25"],
  ["3 dagen geleden geplaatst", "2026-11-24"],
  ["Publicerad 5 dagar sedan", "2026-11-22"],
  ["Oprettet for 2 uger siden", "2026-11-13"],
  ["Opublikowano wczoraj", "2026-11-26"],
  // absolute
  ["Posted on 2026-11-20", "2026-11-20"],
  ["Date posted: 2026-11-20T09:30:00Z", "2026-11-20"],
  ["Posted on November 20, 2026", "2026-11-20"],
  ["Posted Nov. 20th, 2026", "2026-11-20"],
  ["Apply before 15 January 2027.", "2027-01-15"],
  ["Closing date: 30 Nov 2026", "2026-11-30"],
  ["Veröffentlicht am 20.11.2026", "2026-11-20"],
  ["Posted 11/20/2026", "2026-11-20", US],
  ["Posted 03/11/2026", "2026-03-11", US],
  ["Publiée le 03/11/2026", "2026-11-03"],
  ["Publicado el 18 de noviembre de 2026", "2026-11-18"],
  ["Publicado em 18 de novembro de 2026", "2026-11-18"],
  ["Pubblicato il 18 novembre 2026", "2026-11-18"],
  ["Veröffentlicht am 18. November 2026", "2026-11-18"],
  ["Date limite : 1er décembre 2026", "2026-12-01"],
  ["Fecha límite: 1º de diciembre de 2026", "2026-12-01"],
  ["Apply by the 15th of December 2026", "2026-12-15"],
  ["Closes 15-Jan-2027", "2027-01-15"],
  ["Bewerbungsfrist: 20. 12. 2026", "2026-12-20"],
  ["Posted Jan 15", "2026-01-15"],
  ["Publié le 3 décembre", "2025-12-03"],
];

const DEADLINES: [string, string][] = [
  ["Open & closing dates 1 Nov 2026 to 30 Nov 2026", "2026-11-30"],
  ["Bewerbungszeitraum 01.11.2026 – 30.11.2026", "2026-11-30"],
  ["Candidatures du 2 au 30 novembre 2026", "2026-11-30"],
  ["Deadline: Jan 15", "2027-01-15"],
  ["Scadenza: 10 dicembre", "2026-12-10"],
];

const NOT_DATES = [
  "Apply today!",
  "Bewirb dich hier",
  "Today we ship software to three million people.",
  "Rated 4 out of 5 by our employees",
  "Version 2.10.26 of the SDK",
  "Che ha 3 anni di esperienza in Python",
  "Our team of 45 engineers",
  "Support available 24/7",
  "Call +49 30 1234567",
  "Salary: $95,000 per year",
  "We set 5 goals per quarter",
  "Founded in 2019",
  "ISO 27001 certified",
  "Start: 30.02.2026",
  "New York, NY",
];

describe("parseDate", () => {
  it.each(DATES)("reads %s", (text, expected, options) => {
    expect(parseDate(text, NOW, options)?.date).toBe(expected);
  });

  it.each(NOT_DATES)("finds no date in %s", (text) => {
    expect(parseDate(text, NOW)).toBeNull();
  });

  it("stays linear on long runs of digits, month names and separators", () => {
    const inputs = ["1 ".repeat(20_000), "January ".repeat(5_000), "1.1.".repeat(10_000), "2026-".repeat(10_000), "1er ".repeat(10_000), "il y a ".repeat(5_000)];
    for (const input of inputs) {
      const t = performance.now();
      parseDate(input, NOW);
      parseDateRangeEnd(input, { now: NOW });
      expect(performance.now() - t, input.slice(0, 12)).toBeLessThan(1000);
    }
  });

  it("computes relative dates in UTC whatever the hour of now", () => {
    expect(parseDate("3 days ago", new Date("2026-11-27T23:59:00-08:00"))?.date).toBe("2026-11-25");
  });
});

describe("parseDateRangeEnd", () => {
  it.each(DEADLINES)("reads the deadline of %s", (text, expected) => {
    expect(parseDateRangeEnd(text, { now: NOW })?.date).toBe(expected);
  });
});

describe("parseFutureRelative", () => {
  it.each([
    ["Closes in 5 days", "2026-12-02"],
    ["Expires in 2 weeks", "2026-12-11"],
    ["Date limite dans 3 jours", "2026-11-30"],
    ["Bewerbungsfrist endet in 3 Tagen", "2026-11-30"],
    ["Candidature entro 10 giorni", "2026-12-07"],
  ])("counts %s from today", (text, expected) => {
    expect(parseFutureRelative(text, NOW)?.date).toBe(expected);
  });

  it("needs a unit of time", () => {
    expect(parseFutureRelative("Join us in 3 cities", NOW)).toBeNull();
  });
});

describe("dates in a posting", () => {
  it("reads posted and deadline lines", () => {
    const text = "Data Analyst\n\nNordhafen GmbH · Hamburg · vor 2 Tagen\n\nWir suchen dich.\n\nBewerbungsfrist: 15. Januar 2027\n";
    const r = parseJobPosting(text, { now: "2026-11-27" });
    expect(r.postedAt).toBe("2026-11-25");
    expect(r.validThrough).toBe("2027-01-15");
  });

  const LABELLED: [string, string, string | null, string | null][] = [
    ["an ATS table's 'Date de retrait'", "<h1>Soudeur H/F</h1><table><tr><td>Date de publication :</td><td>2 déc. 2026</td></tr><tr><td>Date de retrait :</td><td>15 janv. 2027</td></tr></table><p>Vous soudez.</p>", "2026-12-02", "2027-01-15"],
    ["a board's pictographs before its labels", "# Maintenance Planner\n\n* 🗓 Posted: 01 Dec 2026\n* ⏳ Closing: 31 Dec 2026\n\nWe plan maintenance.", "2026-12-01", "2026-12-31"],
    ["a career site's bare 'Data'", "# Specialista paghe\n\n**Data:** 30 nov 2026\n\nSiamo un'azienda di Bologna che elabora le paghe per 400 clienti.", "2026-11-30", null],
    ["a US college's 'Application Due'", "# Financial Aid Counselor\n\nOwyhee Valley College · Nampa, ID\n\nApplication Due: 01/04/2027\n\nYou will help students and families apply for federal aid.", null, "2027-01-04"],
    ["a weekday, then the day with a comma before its month", "Credit Analyst\n\nPosted on: Thu 03, Dec 2026\n\nWe lend to traders.", "2026-12-03", null],
    ["a label above its value: 'Advertised until'", "baker\nPosted on December 1, 2026 by Saltmarsh Bakehouse\n\nAdvertised until\n2026-12-30\n\nBake bread.", "2026-12-01", "2026-12-30"],
    ["a range of open and closing dates", "# Program Analyst\n\n| | |\n|---|---|\n| **Open & closing dates** | 11/25/2026 to 12/18/2026 |\n| **Salary** | $80,000 - $95,000 per year |\n\nAnalyse programs.", "2026-11-25", "2026-12-18"],
    ["a Dutch deadline in a sentence: 'Solliciteren kan tot en met'", "Doktersassistent (32 uur)\n\nJe werkt aan de balie.\n\nSolliciteren kan tot en met 3 januari 2027. Voor vragen bel Sanne.", null, "2027-01-03"],
    ["a Portuguese deadline in a sentence: 'envie o seu CV até'", "Operador de Loja\n\nAtendimento ao cliente.\n\nSe tem o perfil indicado, envie o seu CV até 31-12-2026 para recrutamento@example.pt.", null, "2026-12-31"],
    ["a Spanish deadline in a sentence: 'Postúlate hasta'", "Cajero\n\nAtención al cliente.\n\nPostúlate hasta el 15/01/2027 en nuestro portal.", null, "2027-01-15"],
    // negative: 'retrait' in prose names no deadline
    ["a withdrawal in prose is no deadline", "Comptable H/F\n\nVous gérez le retrait des immobilisations.\n\n- Bilan", null, null],
  ];
  for (const [name, text, posted, until] of LABELLED) {
    it(name, () => {
      const r = parseJobPosting(text, { now: "2026-12-06" });
      expect([r.postedAt, r.validThrough]).toEqual([posted, until]);
    });
  }

  it("leaves both null when the posting names no date", () => {
    const r = parseJobPosting("Backend Engineer\n\nApply today! We ship every day.\n", { now: "2026-11-27" });
    expect(r.postedAt).toBeNull();
    expect(r.validThrough).toBeNull();
  });
});

describe("a posting day written before its word", () => {
  it("reads 'Vor 5 Tagen veröffentlicht' at the foot of a page", () => {
    const text = ["Pflegefachkraft (m/w/d)", "", "Ihre Aufgaben", "- Grundpflege", "- Dokumentation", "", "Vor 5 Tagen veröffentlicht", "Job melden"].join("\n");
    expect(parseJobPosting(text, { now: "2026-12-07" }).postedAt).toBe("2026-12-02");
  });
});
