// Evidence (issue 7): over every fixture and every case of ../shared/corpus (when it is there), with
// `evidence: true` every non-null value and every list item has evidence, every span lies in the
// input as given (bytes: the decoded text), and the text of its spans contains the value, or the
// raw text it was read from: HTML tags and entities, Markdown link targets and the normaliser's
// repairs (mojibake, entities) are read through, as a person reading the page would. Derived and
// inferred values ("11 days ago" → a date, "Vollzeit" → full-time) point at non-blank text.
// Asking for evidence changes nothing else in the record.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { parseJobPosting, type JobPosting } from "../src/index.js";
import { decodeBytes } from "../src/input/decode.js";
import { normalizeText } from "../src/input/normalize.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = join(ROOT, "../shared/corpus");
const NOW = "2026-11-27";

function postings(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md|html)$/.test(f) && f !== "README.md") out.push(p);
    }
  };
  walk(dir);
  return out;
}

const fixtures = postings(join(ROOT, "fixtures"));
const corpus = (() => {
  try {
    return postings(CORPUS);
  } catch {
    return [];
  }
})();

const formatOf = (p: string) => (p.endsWith(".html") ? "html" : p.endsWith(".md") ? "markdown" : "auto");

// What a person reads in a span: tags give way to their link targets, entities are decoded
// (twice: scraped pages double-escape), `[text](url)` is its text.
const attrs = (tag: string) => [...tag.matchAll(/\b(?:href|src|content)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]).join(" ");
const plain = (s: string) =>
  decodeHTML(decodeHTML(s.replace(/<[^>]*>/g, (t) => ` ${attrs(t)} `).replace(/\]\([^)\s]*\)/g, "").replace(/\[/g, "")))
    .normalize("NFKC")
    .toLowerCase();
const squash = (s: string) => plain(s).replace(/[^\p{L}\p{N}]+/gu, "");
const words = (s: string) => plain(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The span text has the value, as one run of letters and digits or word by word (a name less its "(60 min)"). */
function has(hay: string, needle: string): boolean {
  if (squash(hay).includes(squash(needle))) return true;
  const present = new Set(words(hay));
  return words(needle).every((w) => present.has(w));
}
export function contains(hay: string, needle: string): boolean {
  return has(hay, needle) || has(normalizeText(hay).text, needle);
}

/** The text a stated value is written as: a string, or the raw text / name / heading of an object. */
function needleOf(key: string, value: unknown): string | null {
  if (typeof value === "string") return value;
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.raw === "string") return v.raw;
  if (typeof v.name === "string") return v.name;
  if (key === "removed") return v.text as string;
  if (key === "sections") return (v.heading as string | null) ?? (v.items as string[])[0] ?? (v.text as string);
  return null;
}

/** Every path that must have evidence: non-null scalars, every list item, contacts by list. */
function factPaths(r: JobPosting): [string, string, unknown][] {
  const out: [string, string, unknown][] = [];
  for (const [key, value] of Object.entries(r)) {
    if (key === "schemaVersion" || key === "warnings" || key === "evidence") continue;
    if (key === "contacts") {
      r.contacts.emails.forEach((v, i) => out.push([key, `contacts.emails[${i}]`, v]));
      r.contacts.urls.forEach((v, i) => out.push([key, `contacts.urls[${i}]`, v]));
    } else if (Array.isArray(value)) value.forEach((v, i) => out.push([key, `${key}[${i}]`, v]));
    else if (value !== null && value !== "") out.push([key, key, value]);
  }
  return out;
}

// Enumerated and computed values do not appear as written: their spans are checked to be real text.
const COMPUTED = new Set(["language", "workplaceType", "employmentType", "seniority", "postedAt", "validThrough", "description", "sections"]);

interface Checked {
  spans: number;
  failures: string[];
}

function checkCase(path: string): Checked {
  const bytes = new Uint8Array(readFileSync(path));
  const original = decodeBytes(bytes).text;
  const r = parseJobPosting(bytes, { now: NOW, format: formatOf(path), evidence: true });
  const failures: string[] = [];
  let spans = 0;
  const evidence = r.evidence ?? {};
  for (const [key, p, value] of factPaths(r)) {
    const e = evidence[p];
    if (!e) {
      failures.push(`${p}: no evidence`);
      continue;
    }
    const texts = e.spans.map((s) => {
      spans++;
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= original.length)) {
        failures.push(`${p}: span ${s.start}–${s.end} is not inside the input (${original.length} characters)`);
      }
      return original.slice(s.start, s.end);
    });
    const text = texts.join("\n");
    if (text.trim() === "") failures.push(`${p}: its spans are blank`);
    const needle = e.how === "stated" && !COMPUTED.has(key) ? needleOf(key, value) : null;
    if (needle && !contains(text, needle)) failures.push(`${p}: ${JSON.stringify(needle).slice(0, 80)} is not in its spans ${JSON.stringify(text).slice(0, 120)}`);
  }
  for (const p of Object.keys(evidence)) {
    if (!factPaths(r).some(([, q]) => q === p)) failures.push(`${p}: evidence for a value that is not in the record`);
  }
  // evidence changes nothing else
  const without = parseJobPosting(bytes, { now: NOW, format: formatOf(path) });
  const { evidence: _, ...rest } = r;
  if (JSON.stringify(rest) !== JSON.stringify(without)) failures.push("the record with evidence differs from the record without it");
  return { spans, failures };
}

describe("evidence: every value points at text of the input that holds it", () => {
  it("finds the fixtures", () => expect(fixtures.length).toBeGreaterThanOrEqual(16));

  const suites: [string, string[]][] = [["fixtures", fixtures], ["../shared/corpus", corpus]];
  for (const [name, files] of suites) {
    describe(name, () => {
      if (files.length === 0) it.skip("not present here", () => {});
      for (const file of files) {
        it(file.slice(file.lastIndexOf(name.split("/").pop()!)), () => {
          const { spans, failures } = checkCase(file);
          expect(failures).toEqual([]);
          expect(spans).toBeGreaterThan(0);
        });
      }
    });
  }
});

describe("the check itself", () => {
  it("reads through tags, entities, Markdown links and mojibake, and rejects text that lacks the value", () => {
    expect(contains('<p>We&rsquo;re <b>hiring</b> a <a href="https:&#x2F;&#x2F;x.io&#x2F;apply">Go</a> engineer</p>', "We’re hiring a Go engineer")).toBe(true);
    expect(contains("<a href=\"https:&#x2F;&#x2F;x.io&#x2F;apply\">Apply</a>", "https://x.io/apply")).toBe(true);
    expect(contains("[Overview](https://a.io/x)[Application](https://a.io/y)", "OverviewApplication")).toBe(true);
    expect(contains("a customer isnâ€™t.", "a customer isn’t.")).toBe(true);
    expect(contains("Technical deep dive (60 min) and pairing (90 min)", "Technical deep dive and pairing")).toBe(true);
    expect(contains("Senior Backend Engineer", "Staff Engineer")).toBe(false);
    expect(contains("<p>Berlin</p>", "Munich")).toBe(false);
  });

  it("gives evidence with real offsets for a posting given as bytes with a BOM, CRLF and mojibake", () => {
    const text = "\uFEFFSenior Data Engineer\r\nLocation: Berlin, Germany\r\n\r\nRequirements\r\n• 5+ years of experience with Python, weâ€™d say\r\n• SQL\r\n";
    const bytes = new TextEncoder().encode(text);
    const original = decodeBytes(bytes).text;
    const r = parseJobPosting(bytes, { now: NOW, evidence: true });
    const at = (p: string) => r.evidence![p].spans.map((s) => original.slice(s.start, s.end)).join(" ");
    expect(r.title).toBe("Senior Data Engineer");
    expect(at("title")).toBe("Senior Data Engineer");
    expect(at("locations[0]")).toContain("Berlin, Germany");
    expect(at("requirements[0]")).toContain("5+ years of experience with Python, weâ€™d say");
    expect(at("requirements[1]")).toContain("SQL");
    expect(r.evidence!.experience.how).toBe("stated");
    expect(at("experience")).toContain("5+ years");
    // the language is derived from the prose, never "narrowed" to the letters "en" inside a word
    expect(r.evidence!.language.how).toBe("derived");
    for (const s of r.evidence!.language.spans) expect(s.end - s.start).toBeGreaterThan(2);
  });

  it("points into the JSON-LD description when the page's body is empty and the posting is read from it", () => {
    const html =
      '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer",' +
      '"description":"&lt;p&gt;We build maps.&lt;/p&gt;&lt;h2&gt;Requirements&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;5+ years of Python&lt;/li&gt;&lt;li&gt;SQL&lt;/li&gt;&lt;/ul&gt;"}' +
      "</script></head><body></body></html>";
    const r = parseJobPosting(html, { format: "html", now: NOW, evidence: true });
    expect(r.requirements).toEqual(["5+ years of Python", "SQL"]);
    const at = (p: string) => r.evidence![p].spans.map((s) => html.slice(s.start, s.end)).join(" ");
    expect(at("requirements[0]")).toBe("5+ years of Python");
    expect(at("title")).toContain("Data Engineer");
    expect(r.warnings.filter((w) => w.includes("no evidence"))).toEqual([]);
  });

  it("marks a date read from “3 days ago” as derived and points at those words", () => {
    const r = parseJobPosting("Backend Engineer\nAcme · Berlin · 3 days ago\n\nWe build things for people who build things.", { now: NOW, evidence: true });
    expect(r.postedAt).toBe("2026-11-24");
    const e = r.evidence!.postedAt;
    expect(e.how).toBe("derived");
    expect(e.spans.map((s) => "Backend Engineer\nAcme · Berlin · 3 days ago\n\nWe build things for people who build things.".slice(s.start, s.end)).join("")).toContain("3 days ago");
  });
});
