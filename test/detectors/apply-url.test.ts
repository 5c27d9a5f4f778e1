// Where to apply, read from invented postings in the shapes boards use; negatives must give null.
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const parse = (text: string) => parseJobPosting(text, { now: "2026-12-06" }).applyUrl;

describe("apply URL", () => {
  const ROWS: [string, string, string | null][] = [
    ["a link whose text says apply", "Backend Engineer\n\nWe build ledgers.\n\n[Apply now](https://jobs.lindqvist.example/backend/apply)", "https://jobs.lindqvist.example/backend/apply"],
    ["a sentence that says apply, with its address", "Koch (m/w/d)\n\nBewerbung bitte über https://karriere.gasthof-ulm.example/koch bis Ende Mai.", "https://karriere.gasthof-ulm.example/koch"],
    ["an apply sentence ending with a colon, the link on the next line", "Director of Engineering\n\nMore about the role here, including a direct route to apply:\n\nhttps://boards.tallow.example/tallow/jobs/5512009\n\nThe range is $170,000 to $180,000.", "https://boards.tallow.example/tallow/jobs/5512009"],
    ["the job's own page in a Hacker News header", "Quayline | Growth Engineer | Remote (EU) | https://careers.quayline.example/jobs/77123-growth-engineer | €60-90k\n\nQuayline teaches sailing online.", "https://careers.quayline.example/jobs/77123-growth-engineer"],
    ["a crawler's URL line above a careers page", "**URL:** https://careers.ortolan.example/jobs/4410-data-analyst\n\n# Data Analyst\n\nOrtolan sells seeds.", "https://careers.ortolan.example/jobs/4410-data-analyst"],
    ["a Taleo-like row of buttons in a table", "<h1>Technicienne qualité H/F</h1><table><tr><td><a href=\"https://quartz.taleo.example.net/careersection/application.jss?job=5501\">Postuler en ligne</a></td><td><a href=\"#\">Envoyer à un ami</a></td></tr></table><p>Vous contrôlez les pièces.</p>", "https://quartz.taleo.example.net/careersection/application.jss?job=5501"],
    ["a Spanish button", "# Analista de datos\n\n[Solicitar a esta posición](https://tordesillas.breezy.example/p/91ab-analista/apply)\n\nAnalizarás ventas.", "https://tordesillas.breezy.example/p/91ab-analista/apply"],
    ["a Dutch button", "# Magazijnmedewerker\n\n[Direct solliciteren](https://www.vacatures.example.nl/vacature/5512/magazijn/solliciteren) [Bewaar](#)", "https://www.vacatures.example.nl/vacature/5512/magazijn/solliciteren"],
    ["a Danish button", "<h1>Lagermedarbejder</h1><p>Vi pakker ordrer.</p><a href=\"https://www.jobs.example.dk/c?t=h9911\">Søg jobbet</a>", "https://www.jobs.example.dk/c?t=h9911"],
    // negatives
    ["the privacy policy beside the application form", "Copywriter\n\nWrite our ads.\n\nWhen you submit your application, read our [Recruitment Privacy Policy](https://www.marlpit.example/recruitment-privacy-policy) first.", null],
    ["a careers home page is not one job's page", "Marlpit | Copywriter | London | https://www.marlpit.example/careers\n\nWrite our ads.", null],
    ["no address at all", "Copywriter\n\nApply by e-mail with your portfolio.", null],
  ];
  for (const [name, text, url] of ROWS) {
    it(name, () => {
      expect(parse(text)).toBe(url);
    });
  }
});
