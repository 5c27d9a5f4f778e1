import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { findFrontMatter } from "../../src/input/front-matter.js";

const NOW = "2026-11-27";
const parse = (s: string) => parseJobPosting(s, { now: NOW, evidence: true });

// Invented postings in the shapes of Jekyll/Hugo job boards and crawler exports.
const JEKYLL = `---
title:  Backend Engineer (Go)
company: Fernhill Freight
url: https://fernhill.example/
location: Bristol, United Kingdom
contract: permanent
salary: £55,000 - £65,000 per year
contact:
    name: Priya Nair
    email: hiring@fernhill.example
created: !!timestamp '2026-10-14'
closing date: 2026-12-31
tags:
  - go
  - kafka
  # add more tags here
---

# About us

Fernhill Freight moves pallets across the south-west with a small software team.

# What you will do

- Build the routing service
- Keep the dispatch API fast
`;

const CRAWLER_HTML = `---
source_url: https://careers.example/jobs/77
type: Part Time
title: Support Engineer
company: Brightwater Labs
company_url: https://brightwater.example/
location: Remote
---

<p>Brightwater Labs makes billing software for dentists.</p>
<ul><li>Answer tickets from clinics</li><li>Write help articles</li></ul>
`;

const TOML = `+++
title = "Data Analyst"
company = "Olmo Retail"
location = "Torino, Italy"
date = 2026-11-02
tags = ["sql", "looker"]
+++

Olmo Retail cerca un analista per il team prezzi. You will build weekly pricing dashboards for the stores.
`;

describe("front matter (YAML and TOML) is read as facts", () => {
  it("reads a Jekyll board's keys into the record with evidence on the values", () => {
    const r = parse(JEKYLL);
    expect(r.title).toBe("Backend Engineer (Go)");
    expect(r.company).toBe("Fernhill Freight");
    expect(r.locations[0]).toMatchObject({ city: "Bristol", countryCode: "GB" });
    expect(r.postedAt).toBe("2026-10-14");
    expect(r.validThrough).toBe("2026-12-31");
    expect(r.employmentType).toBe("full-time");
    expect(r.salary).toMatchObject({ min: 55000, max: 65000, currency: "GBP", period: "year" });
    expect(r.tags).toEqual(["go", "kafka"]);
    expect(r.contacts.emails).toEqual(["hiring@fernhill.example"]);
    const at = (path: string) => r.evidence![path].spans.map((s) => JEKYLL.slice(s.start, s.end));
    expect(at("title")).toEqual(["Backend Engineer (Go)"]);
    expect(at("postedAt")).toEqual(["2026-10-14"]);
    expect(at("tags[1]")).toEqual(["kafka"]);
  });

  it("keeps the front matter, its comments and tags out of the description and lists it as removed", () => {
    const r = parse(JEKYLL);
    expect(r.description).toContain("Fernhill Freight moves pallets");
    for (const leak of ["!!timestamp", "2026-10-14", "add more tags", "contract:", "hiring@"]) expect(r.description).not.toContain(leak);
    expect(r.removed.some((x) => x.kind === "front-matter" && x.text.includes("company: Fernhill Freight"))).toBe(true);
  });

  it("reads the body after front matter in its own format (HTML under YAML)", () => {
    const r = parse(CRAWLER_HTML);
    expect(r.title).toBe("Support Engineer");
    expect(r.company).toBe("Brightwater Labs");
    expect(r.employmentType).toBe("part-time");
    expect(r.workplaceType).toBe("remote");
    expect(r.responsibilities.length + r.sections.flatMap((s) => s.items).length).toBeGreaterThan(0);
    expect(r.description).not.toContain("source_url");
    expect(r.description).not.toContain("<p>");
  });

  it("reads TOML front matter", () => {
    const r = parse(TOML);
    expect(r.title).toBe("Data Analyst");
    expect(r.company).toBe("Olmo Retail");
    expect(r.locations[0]).toMatchObject({ city: "Torino", countryCode: "IT" });
    expect(r.postedAt).toBe("2026-11-02");
    expect(r.tags).toEqual(["sql", "looker"]);
    expect(r.description).not.toContain("+++");
  });

  it.each([
    ["a rule then prose", "---\nWe are hiring a baker for our Leeds shop.\n---\nMore text here."],
    ["a rule with nothing closing it", "---\ntitle: Baker\ncompany: Crumb\n\nWe bake bread every night."],
    ["fences not at the top", "Baker wanted\n---\ntitle: Baker\n---\n"],
    ["a setext-like heading", "Baker\n---\n\nWe bake bread."],
  ])("is not front matter: %s", (_name, text) => {
    expect(findFrontMatter(text)).toBeNull();
  });

  it("finds front matter with CRLF line ends and a broken YAML line, reading the keys it can", () => {
    const text = "---\r\ntitle: Welder\r\ncompany: Ironside Works\r\nnotes: [unclosed\r\n---\r\n\r\nWe weld gates and railings in Sheffield.\r\n";
    expect(findFrontMatter(text)).not.toBeNull();
    const r = parse(text);
    expect(r.title).toBe("Welder");
    expect(r.company).toBe("Ironside Works");
    expect(r.description).not.toContain("unclosed");
  });
});
