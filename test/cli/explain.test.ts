// `jobparse --explain`: renderExplain on hand-made records (plain and colour), then the real command.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compress, renderExplain, RULE } from "../../src/cli/explain.js";
import { JobPostingSchema, type JobPosting } from "../../src/schema.js";
import { runCli, smallPosting, tempTree } from "./helpers.js";

type Span = { start: number; end: number };
type Evidence = NonNullable<JobPosting["evidence"]>;

/** A schema-valid record: every field empty unless given. */
function record(fields: Partial<JobPosting>): JobPosting {
  return JobPostingSchema.parse({
    schemaVersion: 1, title: null, company: null, locations: [], workplaceType: null, employmentType: null, salary: null,
    postedAt: null, validThrough: null, category: null, seniority: null, experience: null, education: null, summary: null,
    description: "", sections: [], teams: [], responsibilities: [], requirements: [], niceToHave: [], benefits: [],
    interviewProcess: [], skills: [], tags: [], contacts: { emails: [], urls: [] }, applyUrl: null, language: null,
    removed: [], warnings: [], ...fields,
  });
}

/** The span of the first `needle` in `text` (JavaScript string offsets), after `from`. */
function at(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length };
}

const stated = (...spans: Span[]) => ({ how: "stated" as const, spans });

/** The text above the rule, and the footer rows below it. */
function split(out: string): { body: string; footer: string[] } {
  const i = out.lastIndexOf("\n" + RULE + "\n");
  expect(i).toBeGreaterThanOrEqual(0);
  return { body: out.slice(0, i), footer: out.slice(i + RULE.length + 2).replace(/\n$/, "").split("\n") };
}

function row(footer: string[], key: string): string | undefined {
  return footer.find((r) => r.startsWith(key.padEnd(12) + " "))?.slice(13);
}

/**
 * Reads plain-mode markers back: the text without them, and for each path the [start, end) of
 * every ⟦path⟧…⟦/path⟧ pair in that text. Fails on a close without its open, or an open never closed.
 */
function readMarkers(body: string): { text: string; spans: Map<string, [number, number][]> } {
  let text = "";
  let last = 0;
  const open = new Map<string, number[]>();
  const spans = new Map<string, [number, number][]>();
  for (const m of body.matchAll(/⟦(\/?)([^⟦⟧\n]*)⟧/g)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    for (const label of m[2].split(", ")) {
      const path = label.replace(/ \((derived|inferred)\)$/, "");
      if (m[1] === "/") {
        const start = open.get(path)?.pop();
        expect(start, `⟦/${path}⟧ closes nothing`).toBeDefined();
        spans.set(path, [...(spans.get(path) ?? []), [start!, text.length]]);
      } else open.set(path, [...(open.get(path) ?? []), text.length]);
    }
  }
  text += body.slice(last);
  for (const [path, starts] of open) expect(starts, `⟦${path}⟧ never closed`).toEqual([]);
  return { text, spans };
}

const ESC = "\x1b";
const stripAnsi = (s: string) => s.replace(/\x1b\[\d+m/g, "");
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("renderExplain, plain markers", () => {
  // an emoji (two UTF-16 units) before the company, a salary inside a benefit, a span ending the text
  const TEXT = "Senior Engineer 🚀 at Acme\n\nBenefits\n- $5k bonus and health cover\n- Café ☕ on Fridays";
  const REC = record({
    title: "Senior Engineer",
    company: "Acme",
    salary: { raw: "$5k", min: 5000, max: 5000, currency: "USD", period: null },
    benefits: ["$5k bonus and health cover", "Café ☕ on Fridays"],
    tags: ["Fridays"],
    evidence: {
      title: stated(at(TEXT, "Senior Engineer")),
      company: stated(at(TEXT, "Acme")),
      "benefits[0]": stated(at(TEXT, "$5k bonus and health cover")),
      salary: { how: "derived", spans: [at(TEXT, "$5k")] },
      "benefits[1]": stated(at(TEXT, "Café ☕ on Fridays")),
      "tags[0]": stated(at(TEXT, "Fridays")),
    },
  });

  it("marks each span around its text, nested spans inside their outer one (sharing its start or end), the last at the text's end", () => {
    const { body } = split(renderExplain(TEXT, REC, { color: false }));
    expect(body).toBe(
      "⟦title⟧Senior Engineer⟦/title⟧ 🚀 at ⟦company⟧Acme⟦/company⟧\n" +
        "\n" +
        "Benefits\n" +
        "- ⟦benefits[0]⟧⟦salary (derived)⟧$5k⟦/salary⟧ bonus and health cover⟦/benefits[0]⟧\n" +
        "- ⟦benefits[1]⟧Café ☕ on ⟦tags[0]⟧Fridays⟦/tags[0]⟧⟦/benefits[1]⟧",
    );
    expect(body).not.toContain(ESC);
  });

  it("lists the empty fields (not the bookkeeping ones) and explains derived/inferred", () => {
    const { footer } = split(renderExplain(TEXT, REC, { color: false }));
    const notFound = row(footer, "Not found")!.split(", ");
    expect(notFound).toContain("locations");
    expect(notFound).toContain("contacts");
    expect(notFound).toContain("description");
    for (const found of ["title", "company", "salary", "benefits", "tags"]) expect(notFound).not.toContain(found);
    for (const bookkeeping of ["schemaVersion", "warnings", "removed", "evidence"]) expect(notFound).not.toContain(bookkeeping);
    expect(row(footer, "No span")).toBeUndefined();
    expect(row(footer, "How")).toMatch(/\(derived\)/);
  });

  it("gives one marker to fields sharing a span, and keeps crossing spans exact", () => {
    const text = "0123456789ABCDEF";
    const r = record({
      title: "x",
      company: "y",
      seniority: "senior",
      evidence: { title: stated({ start: 0, end: 10 }), company: stated({ start: 5, end: 15 }), seniority: { how: "inferred", spans: [{ start: 5, end: 15 }] } },
    });
    expect(split(renderExplain(text, r, { color: false })).body).toBe("⟦title⟧01234⟦company, seniority (inferred)⟧56789⟦/title⟧ABCDE⟦/company, seniority⟧F");
  });

  it("marks every span of a path that has several", () => {
    const text = "Data Engineer. We hire a Data Engineer.";
    const r = record({ title: "Data Engineer", evidence: { title: stated(at(text, "Data Engineer"), at(text, "Data Engineer", 1)) } });
    expect(split(renderExplain(text, r, { color: false })).body).toBe("⟦title⟧Data Engineer⟦/title⟧. We hire a ⟦title⟧Data Engineer⟦/title⟧.");
  });

  it("counts offsets in UTF-16 units and never splits an emoji", () => {
    const text = "🎉🎉 Senior 🚀Rocket Engineer";
    const inside = text.indexOf("🚀") + 1; // between the two halves of the rocket
    const r = record({
      title: "Rocket Engineer",
      seniority: "senior",
      category: "Party",
      // title starts, and category ends, between the two halves of an emoji
      evidence: { seniority: stated(at(text, "Senior")), title: stated({ start: inside, end: text.length }), category: stated({ start: 0, end: 1 }) },
    });
    const out = renderExplain(text, r, { color: false });
    expect(split(out).body).toBe("⟦category⟧🎉⟦/category⟧🎉 ⟦seniority⟧Senior⟦/seniority⟧ ⟦title⟧🚀Rocket Engineer⟦/title⟧");
    expect(out).not.toMatch(LONE_SURROGATE);
  });

  it("prints the text unchanged when there is no evidence, and lists what has no span", () => {
    const text = "Senior Engineer\nAcme\n- Build things\n- Fix things\n";
    for (const evidence of [undefined, {}]) {
      const r = record({ title: "Senior Engineer", company: "Acme", responsibilities: ["Build things", "Fix things"], ...(evidence ? { evidence } : {}) });
      const { body, footer } = split(renderExplain(text, r, { color: false }));
      expect(body + "\n").toBe(text);
      expect(row(footer, "No span")).toBe("title, company, responsibilities[0–1]");
      expect(row(footer, "How")).toBeUndefined();
    }
  });

  it("counts a list item covered by its own span, by the whole list's, or by a deeper path", () => {
    const text = "careers@acme.example and Go, Rust";
    const r = record({
      skills: ["Go", "Rust"],
      contacts: { emails: ["careers@acme.example"], urls: [] },
      responsibilities: ["a", "b", "c", "d"],
      evidence: { skills: stated(at(text, "Go, Rust")), "contacts.emails[0]": stated(at(text, "careers@acme.example")), "responsibilities[1]": stated(at(text, "and")) },
    });
    expect(row(split(renderExplain(text, r, { color: false })).footer, "No span")).toBe("responsibilities[0, 2–3]");
  });

  it("lists empty spans and spans outside the text under it instead of drawing them", () => {
    const text = "Senior Engineer at Acme";
    const r = record({
      title: "Senior Engineer",
      company: "Acme",
      salary: { raw: "x", min: 1, max: 1, currency: null, period: null },
      evidence: { title: stated({ start: 0, end: 0 }), company: stated({ start: 19, end: 999 }), salary: stated({ start: 9, end: 3 }) },
    });
    const { body, footer } = split(renderExplain(text, r, { color: false }));
    expect(body).toBe(text);
    expect(row(footer, "Empty span")).toBe("title");
    expect(row(footer, "Off the text")).toBe("company 19–999, salary 9–3 (the text has 23 characters)");
  });

  it("shows control characters as symbols and line ends as \\n, even where a span ends inside CR LF", () => {
    const text = "Title\r\nAcme \x1b[31mred\x1b[0m\rnext\r\n";
    const r = record({ title: "Title", company: "Acme", evidence: { title: stated({ start: 0, end: 6 }), company: stated(at(text, "Acme")) } });
    const { body } = split(renderExplain(text, r, { color: false }));
    expect(body).toBe("⟦title⟧Title⟦/title⟧\n⟦company⟧Acme⟦/company⟧ ␛[31mred␛[0m\nnext");
  });

  it("folds long runs of unmarked lines when asked (HTML pages), and short runs not", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const text = lines.join("\n");
    const r = record({ title: "line 15", evidence: { title: stated(at(text, "line 15")) } });
    const folded = split(renderExplain(text, r, { color: false, context: 2 })).body.split("\n");
    expect(folded).toEqual(["⋯ 13 lines without a span ⋯", "line 13", "line 14", "⟦title⟧line 15⟦/title⟧", "line 16", "line 17", "⋯ 12 lines without a span ⋯"]);
    const r2 = record({ title: "line 2", evidence: { title: stated(at(text, "line 2")) } });
    expect(split(renderExplain(text, r2, { color: false, context: 0 })).body.split("\n").slice(0, 4)).toEqual(["line 0", "line 1", "⟦title⟧line 2⟦/title⟧", "⋯ 27 lines without a span ⋯"]);
    expect(split(renderExplain(text, r, { color: false })).body.split("\n")).toHaveLength(30);
  });

  it("names the input in a header line when asked", () => {
    const out = renderExplain("Engineer", record({ title: "Engineer", evidence: { title: stated({ start: 0, end: 8 }) } }), { color: false, name: "a.txt" });
    expect(out.split("\n")[0]).toBe("── a.txt");
  });

  // a guard against a quadratic walk (20,000² steps), not a benchmark: the bound allows a busy machine
  it("stays fast on a long text with thousands of spans, nested and side by side", () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `- item ${i}`);
    const text = items.join("\n");
    const evidence: Evidence = { description: stated({ start: 0, end: text.length }) };
    let pos = 0;
    items.forEach((item, i) => {
      evidence[`responsibilities[${i}]`] = stated({ start: pos + 2, end: pos + item.length });
      pos += item.length + 1;
    });
    const r = record({ description: "x", responsibilities: items, evidence });
    const started = performance.now();
    const out = renderExplain(text, r, { color: false });
    expect(performance.now() - started).toBeLessThan(8000);
    expect(readMarkers(split(out).body).spans.size).toBe(20_001);
  });
});

describe("renderExplain, colour", () => {
  it("draws a badge per span and colours the span's text; unmarked text is dim", () => {
    const text = "Senior Engineer at Acme";
    const r = record({ title: "Senior Engineer", company: "Acme", evidence: { title: stated(at(text, "Senior Engineer")), company: stated(at(text, "Acme")) } });
    const first = renderExplain(text, r, { color: true }).split("\n")[0];
    const cyan = (s: string) => `${ESC}[36m${s}${ESC}[39m`;
    const badge = (s: string) => `${ESC}[36m${ESC}[7m ${s} ${ESC}[27m${ESC}[39m`;
    expect(first).toBe(badge("title") + cyan("Senior Engineer") + `${ESC}[2m at ${ESC}[22m` + badge("company") + cyan("Acme"));
  });

  it("colours with the innermost span, and the outer one again after it ends", () => {
    const text = "Build APIs in Go daily";
    const r = record({ responsibilities: [text], skills: ["Go"], evidence: { "responsibilities[0]": stated({ start: 0, end: text.length }), "skills[0]": stated(at(text, "Go")) } });
    const out = renderExplain(text, r, { color: true });
    expect(out).toContain(`${ESC}[96mBuild APIs in ${ESC}[39m`); // responsibilities: bright cyan
    expect(out).toContain(`${ESC}[33mGo${ESC}[39m`); // skills: yellow
    expect(out).toContain(`${ESC}[96m daily${ESC}[39m`);
    expect(stripAnsi(out).split("\n")[0]).toBe(" responsibilities[0] Build APIs in  skills[0] Go daily");
    expect(out).not.toContain("⟦");
  });

  it("styles each line on its own, so a multi-line span leaves no code open at a line end", () => {
    const text = "We build boats.\nThey sail.\n\nApply now.";
    const r = record({ summary: "We build boats. They sail.", evidence: { summary: stated(at(text, "We build boats.\nThey sail.")) } });
    const lines = renderExplain(text, r, { color: true }).split("\n");
    expect(lines[1]).toBe(`${ESC}[96mThey sail.${ESC}[39m`);
    expect(lines[2]).toBe("");
    expect(lines[3]).toBe(`${ESC}[2mApply now.${ESC}[22m`);
  });

  it("uses no colour codes when colour is off", () => {
    const text = "Senior Engineer at Acme";
    const r = record({ title: "Senior Engineer", evidence: { title: stated(at(text, "Senior Engineer")) } });
    expect(renderExplain(text, r, { color: false })).not.toContain(ESC);
  });
});

describe("compress", () => {
  it("joins consecutive indexes of one list into ranges", () => {
    expect(compress(["a[0]", "a[1]", "a[2]", "a[5]", "b", "c.d[3]"])).toBe("a[0–2, 5], b, c.d[3]");
  });
});

describe("jobparse --explain", () => {
  const NOW = ["--now", "2026-11-27"];

  it("marks, in the real command's output, exactly the spans --evidence gives, around the right text", { timeout: 60_000 }, () => {
    // every text and Markdown fixture: the text shown is the input itself (no CR to turn into \n)
    const fixtures = readdirSync("fixtures")
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => `fixtures/${f}`)
      .filter((f) => !readFileSync(f, "utf8").includes("\r"));
    expect(fixtures.length).toBeGreaterThan(5);
    const bin = (args: string[]) => spawnSync(process.execPath, [resolve("bin/jobparse.js"), ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "" } });
    const explained = bin(["--explain", "--no-color", ...NOW, ...fixtures]);
    const records = bin(["--json", "--evidence", ...NOW, ...fixtures]);
    expect(explained.stderr).toBe("");
    expect(explained.status).toBe(0);
    const parsed = JSON.parse(records.stdout) as JobPosting[];
    // one part per input, each opened by its header line
    const parts = explained.stdout.split(/^── (fixtures\/\S+)\n/m).slice(1);
    expect(parts.filter((_, i) => i % 2 === 0)).toEqual(fixtures);
    let checked = 0;
    fixtures.forEach((file, n) => {
      const original = readFileSync(file, "utf8");
      const { body, footer } = split(parts[2 * n + 1]);
      const { text, spans } = readMarkers(body);
      expect(text === original || text + "\n" === original, `${file}: the text between the markers is the input`).toBe(true);
      const expected = new Map<string, [number, number][]>();
      const empty: string[] = [];
      for (const [path, ev] of Object.entries(parsed[n].evidence ?? {})) {
        for (const s of ev.spans) {
          if (s.start === s.end) empty.push(path);
          // one marker for a span a path lists twice
          else if (!expected.get(path)?.some(([a, b]) => a === s.start && b === s.end)) expected.set(path, [...(expected.get(path) ?? []), [s.start, s.end]]);
        }
      }
      const sorted = (m: Map<string, [number, number][]>) => [...m].map(([p, list]) => [p, [...list].sort((a, b) => a[0] - b[0] || a[1] - b[1])]).sort();
      expect(sorted(spans), `${file}: marked spans = evidence spans`).toEqual(sorted(expected));
      for (const list of spans.values()) checked += list.length;
      if (empty.length) expect(row(footer, "Empty span"), file).toBeDefined();
      // every empty field of the record is listed as not found
      const notFound = row(footer, "Not found")!.split(", ");
      for (const key of ["title", "company", "salary", "locations", "postedAt", "skills"] as const) {
        const v = parsed[n][key];
        expect(notFound.includes(key), `${file}: ${key}`).toBe(v === null || (Array.isArray(v) && v.length === 0));
      }
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("reads stdin, names no input for one, and follows the colour rules (terminal, NO_COLOR, --no-color)", async () => {
    const plain = await runCli(["--explain", "--no-color", ...NOW], { stdin: smallPosting(1), stdoutTTY: true });
    expect(plain.code).toBe(0);
    expect(plain.stdout.startsWith("── ")).toBe(false);
    expect(plain.stdout).toContain("Data Engineer 1");
    expect(plain.stdout).toContain("\n" + RULE + "\nNot found");
    expect(plain.stdout).not.toContain(ESC);
    const tty = await runCli(["--explain", ...NOW], { stdin: smallPosting(1), stdoutTTY: true });
    expect(tty.stdout).toContain(ESC);
    expect(stripAnsi(tty.stdout)).toContain("Data Engineer 1");
    const noColor = await runCli(["--explain", ...NOW], { stdin: smallPosting(1), stdoutTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain(ESC);
    const piped = await runCli(["--explain", ...NOW], { stdin: smallPosting(1) });
    expect(piped.stdout).not.toContain(ESC);
  });

  it("gives a one-line error per bad input, exit 1, and still explains the others, each under its name", async () => {
    const t = tempTree({ "good.txt": smallPosting(2), "empty.txt": "   \n", "bin.txt": new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]) });
    try {
      const r = await runCli(["--explain", "--no-color", ...NOW, "missing.txt", "empty.txt", "good.txt", "bin.txt"], { cwd: t.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        "jobparse: missing.txt: no such file or folder\n" +
          "jobparse: empty.txt: empty: the input has no text\n" +
          "jobparse: bin.txt: not text: the input looks like binary data\n",
      );
      expect(r.stdout.startsWith("── good.txt\n")).toBe(true);
      expect(r.stdout).toContain("Data Engineer 2");
      const big = await runCli(["--explain", "--no-color", "--max-bytes", "10", ...NOW, "good.txt"], { cwd: t.dir });
      expect(big.code).toBe(1);
      expect(big.stderr).toMatch(/^jobparse: good\.txt: too large: \d+ bytes \(the limit is 10; raise it with --max-bytes\)\n$/);
      expect(big.stdout).toBe("");
      const stdin = await runCli(["--explain", "--no-color", ...NOW], { stdin: " \n" });
      expect(stdin.code).toBe(1);
      expect(stdin.stderr).toBe("jobparse: stdin: empty: the input has no text\n");
    } finally {
      t.remove();
    }
  });

  it("refuses to be combined with another output mode", async () => {
    for (const other of ["--json", "--ndjson", "--jsonld", "--lines"]) {
      const r = await runCli(["--explain", other, ...NOW], { stdin: smallPosting(1) });
      expect(r.code, other).toBe(2);
      expect(r.stderr).toBe(`jobparse: --explain cannot be used with ${other}\n`);
    }
  });
});
