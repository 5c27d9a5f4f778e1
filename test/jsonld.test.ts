// JSON-LD output: the description's HTML, baseSalary, applicant regions, identifier, directApply,
// the apply link; every --jsonld output of the fixtures (and of the shared corpus when it sits beside
// the repository) checked with @adobe/structured-data-validator: an error only where the record lacks
// a fact Google requires, and then `missingRequired` names it (the CLI's stderr warning).
import Validator from "@adobe/structured-data-validator";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { descriptionHtml, missingRequired } from "../src/jsonld-out.js";
import { parseJobPosting, toJsonLd, type JobPosting } from "../src/index.js";
import { AGGREGATOR_POSTING } from "./cli/helpers.js";

const base = parseJobPosting("Senior Welder\n\nWe build boats.", { now: "2026-11-27" });
const record = (over: Partial<JobPosting>): JobPosting => ({ ...base, ...over });
const salary = (min: number | null, max: number | null, period: "hour" | "day" | "month" | "year" | null, currency: string | null = "USD") => ({ raw: "x", min, max, period, currency });

describe("the description as HTML", () => {
  it.each([
    ["1. Design the API\n2. Ship it", "<ol>", "<li>Design the API</li>"],
    ["- one\n- two", "<ul>", "<li>one</li>"],
    ["See [our site](https://acme.example/jobs) *today* and **apply**", '<a href="https://acme.example/jobs">our site</a>', "<em>today</em>"],
    ["## Über uns\n\nWir bauen Boote.", "<h2>Über uns</h2>", "<p>Wir bauen Boote.</p>"],
    ["Salary 5 < 6 & \"fair\"", "5 &#x3C; 6 &#x26;", "<p>"],
    ["Hi <script>alert(1)</script> there", "Hi ", "there"],
    ["[click](javascript:alert(1))", "<a>click</a>", "<p>"],
  ])("%j", (md, a, b) => {
    const html = descriptionHtml(md);
    expect(html).toContain(a);
    expect(html).toContain(b);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
  });

  it("is empty for an empty description (and then description is missing, not an empty string)", () => {
    expect(descriptionHtml("  \n")).toBe("");
    const ld = toJsonLd(record({ description: "" }));
    expect(ld).not.toHaveProperty("description");
    expect(missingRequired(ld)).toContain("description");
  });
});

describe("baseSalary", () => {
  it.each([
    // [min, max, period, value]
    [null, 24, "hour", { maxValue: 24, unitText: "HOUR" }],
    [90000, 110000, "year", { minValue: 90000, maxValue: 110000, unitText: "YEAR" }],
    [4000, 4000, "month", { value: 4000, unitText: "MONTH" }],
    [550, null, "day", { value: 550, unitText: "DAY" }],
    [85000, 95000, null, { minValue: 85000, maxValue: 95000, unitText: "YEAR" }],
    [3500, null, null, { value: 3500, unitText: "MONTH" }],
    [450, 600, null, { minValue: 450, maxValue: 600, unitText: "DAY" }],
    [18, 22, null, { minValue: 18, maxValue: 22, unitText: "HOUR" }],
  ] as const)("%s–%s per %s", (min, max, period, value) => {
    const ld = toJsonLd(record({ salary: salary(min, max, period) })) as Record<string, any>;
    expect(ld.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "USD", value: { "@type": "QuantitativeValue", ...value } });
  });

  it("is left out when no figure is known, and the currency only when it is", () => {
    expect(toJsonLd(record({ salary: salary(null, null, "year") }))).not.toHaveProperty("baseSalary");
    expect(toJsonLd(record({ salary: null }))).not.toHaveProperty("baseSalary");
    expect((toJsonLd(record({ salary: salary(50000, 60000, "year", null) })) as Record<string, any>).baseSalary).not.toHaveProperty("currency");
  });
});

describe("places", () => {
  const loc = (raw: string, city: string | null, region: string | null, country: string | null, countryCode: string | null) => ({ raw, city, region, country, countryCode });

  it("types remote applicant areas as what they are: Country, or AdministrativeArea for regions and blocs", () => {
    const ld = toJsonLd(
      record({
        workplaceType: "remote",
        locations: [loc("EMEA", null, null, null, null), loc("North America", null, null, null, null), loc("Germany", null, null, "Germany", "DE"), loc("Anywhere in the World", null, null, null, null), loc("California, USA", null, "California", "United States", "US")],
      }),
    ) as Record<string, any>;
    expect(ld.jobLocationType).toBe("TELECOMMUTE");
    expect(ld.applicantLocationRequirements).toEqual([
      { "@type": "AdministrativeArea", name: "EMEA" },
      { "@type": "AdministrativeArea", name: "North America" },
      { "@type": "Country", name: "Germany" },
      { "@type": "AdministrativeArea", name: "Anywhere in the World" },
      { "@type": "AdministrativeArea", name: "California", containedInPlace: { "@type": "Country", name: "United States" } },
    ]);
    expect(missingRequired(ld)).not.toContain("applicantLocationRequirements");
  });

  it("writes one place as an object, several as a list, and names a missing addressCountry", () => {
    const one = toJsonLd(record({ locations: [loc("Porto, Portugal", "Porto", null, "Portugal", "PT")] })) as Record<string, any>;
    expect(one.jobLocation).toEqual({ "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Porto", addressCountry: "PT" } });
    const two = toJsonLd(record({ locations: [loc("Porto", "Porto", null, "Portugal", "PT"), loc("Springfield", "Springfield", null, null, null)] })) as Record<string, any>;
    expect(two.jobLocation).toHaveLength(2);
    expect(missingRequired(two)).toContain("jobLocation.address.addressCountry");
    expect(missingRequired(toJsonLd(record({ locations: [] })))).toContain("jobLocation");
  });
});

describe("identifier, directApply and the apply link", () => {
  it.each([
    ["Job ID: 4471", "4471"],
    ["Ref. TD-2291", "TD-2291"],
    ["Requisition ID 2026-0113", "2026-0113"],
    ["Référence : RH-118", "RH-118"],
    ["Kennziffer 12/2026", "12/2026"],
  ])("takes the job reference from %j", (line, value) => {
    const r = parseJobPosting(`Senior Welder\n\nAcme Boats\n\nWe build boats in Porto and need a welder for our hull line.\n\n${line}\n`, { now: "2026-11-27" });
    expect((toJsonLd(r) as Record<string, any>).identifier?.value).toBe(value);
  });

  it.each(["References available on request.", "Refer a friend and earn 500 EUR.", "Job ID"])("finds no reference in %j", (line) => {
    const r = parseJobPosting(`Senior Welder\n\nAcme Boats\n\nWe build boats in Porto.\n\n${line}\n`, { now: "2026-11-27" });
    expect(toJsonLd(r)).not.toHaveProperty("identifier");
  });

  it("says directApply when the page carried an application form, and puts the apply link in an ApplyAction", () => {
    const withForm = toJsonLd(record({ removed: [{ kind: "apply-form", text: "Apply for this job\nResume/CV" }], applyUrl: "https://jobs.acme.example/42/apply" })) as Record<string, any>;
    expect(withForm.directApply).toBe(true);
    expect(withForm.potentialAction).toEqual({ "@type": "ApplyAction", target: "https://jobs.acme.example/42/apply" });
    expect(withForm).not.toHaveProperty("url");
    expect(toJsonLd(record({ removed: [{ kind: "share", text: "Share" }] }))).not.toHaveProperty("directApply");
  });
});

// ---- every output through the validator ---------------------------------------------------------
function postings(dir: string, limit = Infinity): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      if (out.length >= limit) return;
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if ([".txt", ".md", ".markdown", ".html", ".htm"].includes(extname(n))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const validator = new Validator();
/** Validator errors; a list of places is checked one place at a time (the validator reads `jobLocation.address` of a list as missing). */
async function errors(ld: object): Promise<string[]> {
  const o = ld as Record<string, unknown>;
  const variants = Array.isArray(o.jobLocation) ? o.jobLocation.map((p) => ({ ...o, jobLocation: p })) : [o];
  const found = new Set<string>();
  for (const v of variants) {
    for (const issue of await validator.validate({ jsonld: { JobPosting: [structuredClone(v)] } })) {
      if (issue.severity === "ERROR") found.add((issue.fieldNames ?? [issue.issueMessage]).join(","));
    }
  }
  return [...found];
}

async function checkAll(files: string[]): Promise<{ complete: number; incomplete: number }> {
  let complete = 0;
  let incomplete = 0;
  for (const f of files) {
    const format = extname(f).startsWith(".htm") ? "html" : extname(f) === ".txt" ? "auto" : "markdown";
    const ld = toJsonLd(parseJobPosting(readFileSync(f), { now: "2026-11-27", format }));
    const missing = missingRequired(ld);
    const errs = await errors(ld);
    // every validator error is a missing fact the warning names; a record with every fact validates clean
    for (const e of errs) expect(missing, `${f}: ${e}`).toContain(e);
    if (missing.length === 0) complete++;
    else incomplete++;
  }
  return { complete, incomplete };
}

describe("every --jsonld output, validated", () => {
  it("the fixtures", { timeout: 120_000 }, async () => {
    const r = await checkAll(postings("fixtures"));
    expect(r.complete + r.incomplete).toBeGreaterThanOrEqual(15);
    expect(r.complete).toBeGreaterThan(0);
  });

  const corpus = resolve("../shared/corpus");
  it.runIf(existsSync(corpus))("the shared corpus (labelled, and the first 400 unlabelled)", { timeout: 600_000 }, async () => {
    const labelled = [...postings(join(corpus, "real")), ...postings(join(corpus, "boards"))];
    const r = await checkAll([...labelled, ...postings(join(corpus, "unlabeled"), 400)]);
    expect(r.complete).toBeGreaterThan(0);
  });
});

describe("the CLI", () => {
  const BIN = resolve("bin/jobparse.js");
  const run = (args: string[], input: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8" });
  const complete = AGGREGATOR_POSTING;

  it("warns once per input naming what Google requires and the posting lacks; --strict exits 1", () => {
    const r = run(["--jsonld", "--now", "2026-11-27"], "We are hiring.\n");
    expect(r.status).toBe(0);
    const warnings = r.stderr.split("\n").filter((l) => l.includes("JSON-LD lacks"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^jobparse: stdin: JSON-LD lacks .*datePosted.*hiringOrganization/);
    expect(JSON.parse(r.stdout)["@type"]).toBe("JobPosting");
    expect(run(["--jsonld", "--strict", "--now", "2026-11-27"], "We are hiring.\n").status).toBe(1);
  });

  it("is silent and exits 0 under --strict when the posting has every required fact", () => {
    const r = run(["--jsonld", "--strict", "--now", "2026-11-27"], complete);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(missingRequired(JSON.parse(r.stdout))).toEqual([]);
  });
});
