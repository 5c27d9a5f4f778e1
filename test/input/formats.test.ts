import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const NOW = "2026-11-27";

// An invented careers page: JSON-LD carries the facts, the visible page repeats them as text.
const HTML = `<!doctype html><html><head><title>Data Engineer – Tidewater Analytics</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Careers"},
{"@type":"JobPosting","title":"Data Engineer","datePosted":"2026-11-20","validThrough":"2027-01-15T23:59",
"hiringOrganization":{"@type":"Organization","name":"Tidewater Analytics"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Rotterdam","addressCountry":"NL"}},
"employmentType":["FULL_TIME"],
"baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":62000,"maxValue":74000,"unitText":"YEAR"}},
"description":"&lt;p&gt;Tidewater Analytics builds tide and port-traffic forecasts for harbour operators.&lt;/p&gt;"}]}</script>
<style>body{font-family:sans-serif}</style></head><body>
<nav><a href="/">Home</a><a href="/jobs">Jobs</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept all</button></div>
<main><h1>Data Engineer</h1><p>Tidewater Analytics · Rotterdam, Netherlands · Full-time</p>
<p>Salary: €62,000 – €74,000 per year</p>
<p>Posted on 20 November 2026 · Apply before 15 January 2027</p>
<h2>About the role</h2><p>Tidewater Analytics builds tide and port-traffic forecasts for harbour operators.</p>
<h2>What you'll do</h2><ul><li>Build batch and streaming pipelines for AIS vessel data</li><li>Own our dbt models and their tests</li></ul>
</main><footer>© Tidewater Analytics</footer></body></html>`;

// The same posting as a person would copy it from the page: text only.
const TEXT = `Data Engineer
Tidewater Analytics
Rotterdam, Netherlands
Full-time
Salary: €62,000 – €74,000 per year
Posted on 20 November 2026
Apply before 15 January 2027

About the role
Tidewater Analytics builds tide and port-traffic forecasts for harbour operators.

What you'll do
• Build batch and streaming pipelines for AIS vessel data
• Own our dbt models and their tests
`;

describe("HTML with JSON-LD and its text-only copy", () => {
  const fromHtml = parseJobPosting(HTML, { now: NOW });
  const fromText = parseJobPosting(TEXT, { now: NOW });

  it("reads the page's JSON-LD", () => {
    expect(fromHtml.title).toBe("Data Engineer");
    expect(fromHtml.company).toBe("Tidewater Analytics");
    expect(fromHtml.salary).toMatchObject({ min: 62000, max: 74000, currency: "EUR", period: "year" });
    expect(fromHtml.postedAt).toBe("2026-11-20");
    expect(fromHtml.validThrough).toBe("2027-01-15");
  });

  it("gives the same title, company, location, salary and dates as the text", () => {
    expect(fromText.title).toBe(fromHtml.title);
    expect(fromText.company).toBe(fromHtml.company);
    expect(fromText.locations.map((l) => [l.city, l.countryCode])).toEqual(fromHtml.locations.map((l) => [l.city, l.countryCode]));
    expect(fromText.salary).toMatchObject({ min: fromHtml.salary?.min, max: fromHtml.salary?.max, currency: fromHtml.salary?.currency, period: fromHtml.salary?.period });
    expect(fromText.postedAt).toBe(fromHtml.postedAt);
    expect(fromText.validThrough).toBe(fromHtml.validThrough);
    expect(fromText.employmentType).toBe(fromHtml.employmentType);
  });

  it("keeps page chrome out of the HTML description", () => {
    expect(fromHtml.description).toContain("Build batch and streaming pipelines");
    expect(fromHtml.description).not.toMatch(/cookies|Accept all|Home/);
  });
});

describe("bytes and broken text reach the same detectors", () => {
  const base = "Senior Accountant\n\nAbout the role\nYou will close the books every month.\n\nRequirements\n• 5+ years of accounting experience\n• Fluent English\n";

  it("UTF-16 LE with a BOM, UTF-16 without one, UTF-8 with a BOM, Windows-1252 bytes", () => {
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base, "utf16le")]));
    const utf16NoBom = new Uint8Array(Buffer.from(base, "utf16le"));
    const utf8Bom = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(base, "utf8")]));
    const cp1252 = new Uint8Array(Buffer.from("Caf\xe9 Manager\n\nAbout the role\nWe\x92re hiring.\n", "latin1"));
    for (const bytes of [utf16, utf16NoBom, utf8Bom]) {
      const r = parseJobPosting(bytes, { now: NOW });
      expect(r.requirements).toEqual(["5+ years of accounting experience", "Fluent English"]);
      expect(r.experience?.minYears).toBe(5);
    }
    expect(parseJobPosting(cp1252, { now: NOW }).description).toContain("We’re hiring.");
  });

  it("CRLF, NBSP, zero-width characters, entities and mojibake", () => {
    const messy = base.replace(/\n/g, "\r\n").replace("5+ years", "5+\u00a0years").replace("Fluent", "Flu\u200bent") + "R&amp;amp;D and Caf\u00c3\u00a9 \u00e2\u20ac\u201c we\u00e2\u20ac\u2122re here.\r\n";
    const r = parseJobPosting(messy, { now: NOW });
    expect(r.requirements).toEqual(["5+ years of accounting experience", "Fluent English"]);
    expect(r.description).toContain("R&D and Café – we’re here.");
  });

  it("bullets glued on one line and headings glued by a tab", () => {
    const glued = "Senior Accountant\nAbout the role\tYou will close the books every month.\nRequirements\t• 5+ years of accounting experience• Fluent English\n";
    const r = parseJobPosting(glued, { now: NOW });
    expect(r.requirements).toEqual(["5+ years of accounting experience", "Fluent English"]);
  });

  it("Portuguese and Italian headings", () => {
    const pt = parseJobPosting("Analista de Dados\n\nResponsabilidades\n• Construir painéis\n• Analisar dados de vendas\n\nRequisitos\n• Experiência com SQL\n\nBenefícios\n• Vale-refeição\n", { now: NOW });
    expect(pt.responsibilities).toHaveLength(2);
    expect(pt.requirements).toEqual(["Experiência com SQL"]);
    expect(pt.benefits).toEqual(["Vale-refeição"]);
    expect(pt.language).toBe("pt");
    const it_ = parseJobPosting("Sviluppatore Backend\n\nResponsabilità\n• Progettare le API del nostro servizio\n\nRequisiti\n• Esperienza con Java e con i database\n\nCosa offriamo\n• Buoni pasto per tutto il team\n", { now: NOW });
    expect(it_.requirements).toEqual(["Esperienza con Java e con i database"]);
    expect(it_.benefits).toEqual(["Buoni pasto per tutto il team"]);
    expect(it_.language).toBe("it");
  });
});
