import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

// Invented pages: a row of chips, each inline element on a line of its own, is read one chip a line.
const page = (chips: string) => `<html><body><article><h1>Payroll Officer</h1><div class="meta">\n${chips}\n</div><p>We are a logistics company hiring a payroll officer for our finance team, reporting to the finance manager.</p></article></body></html>`;

describe("a row of chips in HTML", () => {
  it("gives each chip's fact: place, contract and pay", () => {
    const r = parseJobPosting(page(["<span>Sha Tin, New Territories</span>", "<span><a href=\"/jobs-in-accounting\">Payroll (Accounting)</a></span>", "<span>Full time</span>", "<span>HK$18,000 &ndash; HK$21,000 per month</span>"].join("\n")), { format: "html", now: "2026-11-27" });
    expect(r.salary).toMatchObject({ min: 18000, max: 21000, currency: "HKD", period: "month" });
    expect(r.locations[0]).toMatchObject({ city: "Sha Tin", countryCode: "HK" });
    expect(r.employmentType).toBe("full-time");
  });
  it("keeps inline words of a sentence together", () => {
    const r = parseJobPosting(page("<span>We pay</span> <b>well</b> <span>and on time</span>"), { format: "html", now: "2026-11-27" });
    expect(r.description).toContain("We pay well and on time");
  });
});

describe("a page's heading that only names the page is no title", () => {
  it("'Stellenangebot' over the role", () => {
    const r = parseJobPosting(["Stellenangebot", "==============", "", "Lagerist (m/w/d) Wareneingang", "-----------------------------", "", "* **Standort:** Erfurt", "", "Wir suchen Verstärkung für unser Lager."].join("\n"), { format: "markdown", now: "2026-11-27" });
    expect(r.title).toBe("Lagerist (m/w/d) Wareneingang");
  });
});

describe("a currency code written with a full stop", () => {
  it("'PKR. 85,000 - 120,000/Month'", () => {
    const r = parseJobPosting(["Accounts Officer", "", "Salary: PKR. 85,000 - 120,000/Month"].join("\n"), { now: "2026-11-27" });
    expect(r.salary).toMatchObject({ min: 85000, max: 120000, currency: "PKR", period: "month" });
  });
});
