import { existsSync, readFileSync, readdirSync, symlinkSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AGGREGATOR_POSTING, runCli, smallPosting, tempTree } from "./helpers.js";

const NOW = ["--now", "2026-11-27"];
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function tree(files: Record<string, string | Uint8Array>): string {
  const t = tempTree(files);
  cleanups.push(t.remove);
  return t.dir;
}
function jsonFiles(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = join(prefix, e.name);
    if (e.isDirectory()) found.push(...jsonFiles(dir, rel));
    else found.push(rel);
  }
  return found.sort();
}

describe("batch over a folder with --out", () => {
  it("mirrors a nested tree as <name>.json files, skipping hidden entries and other extensions", async () => {
    const dir = tree({
      "postings/a.txt": smallPosting(1),
      "postings/b.md": `# Data Engineer\n\n**Northwind Labs**\n\n## Responsibilities\n\n- Build pipelines\n`,
      "postings/eu/c.html": `<html><body><h1>Backend Engineer</h1><p>Acme GmbH</p></body></html>`,
      "postings/eu/de/d.markdown": smallPosting(4),
      "postings/eu/de/e.htm": `<h1>Frontend Engineer</h1><p>Beta</p>`,
      "postings/notes.json": "{}",
      "postings/.drafts/x.txt": smallPosting(9),
    });
    const r = await runCli(["postings", "--out", "parsed", "--concurrency", "1", ...NOW], { cwd: dir });
    expect(r.stderr).toMatch(/^jobparse: 5 parsed, 0 failed, \d+ with warnings, [\d.]+s\n$/);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(jsonFiles(join(dir, "parsed"))).toEqual(["a.json", "b.json", "eu/c.json", "eu/de/d.json", "eu/de/e.json"]);
    const a = JSON.parse(readFileSync(join(dir, "parsed/a.json"), "utf8"));
    expect(a.title).toBe("Data Engineer 1");
    expect(a.schemaVersion).toBe(1);
    // inputs untouched, no temporary files left behind
    expect(readFileSync(join(dir, "postings/a.txt"), "utf8")).toBe(smallPosting(1));
    expect(readdirSync(join(dir, "parsed")).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("keeps both records when two inputs of one folder share a name (a.txt and a.md)", async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/a.md": smallPosting(2), "in/b.txt": smallPosting(3) });
    const r = await runCli(["in", "--out", "out", "--concurrency", "1", ...NOW], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonFiles(join(dir, "out"))).toEqual(["a.md.json", "a.txt.json", "b.json"]);
    expect(JSON.parse(readFileSync(join(dir, "out/a.md.json"), "utf8")).title).toBe("Data Engineer 2");
  });

  it("writes --out inside the input folder without walking into it or touching an input", async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/sub/b.txt": smallPosting(2) });
    const first = await runCli(["in", "--out", "in/parsed", "--concurrency", "1", "--quiet", ...NOW], { cwd: dir });
    const again = await runCli(["in", "--out", "in/parsed", "--concurrency", "1", ...NOW], { cwd: dir });
    expect(first.code).toBe(0);
    expect(again.stderr).toMatch(/^jobparse: 2 parsed, 0 failed/);
    expect(jsonFiles(join(dir, "in/parsed"))).toEqual(["a.json", "sub/b.json"]);
    expect(readFileSync(join(dir, "in/a.txt"), "utf8")).toBe(smallPosting(1));
  });

  it("reports bad inputs one line each, naming them, does every other input, and exits 1", async () => {
    const dir = tree({
      "in/good.txt": smallPosting(1),
      "in/empty.txt": "",
      "in/binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0, 255, 0, 7, 0]),
      "in/sub/also-good.md": smallPosting(2),
    });
    symlinkSync("..", join(dir, "in/sub/loop"));
    symlinkSync("missing.txt", join(dir, "in/dangling.txt"));
    const r = await runCli(["in", "missing-folder", "--out", "out", "--concurrency", "1", ...NOW], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      "jobparse: in/binary.txt: not text: the input looks like binary data",
      "jobparse: in/dangling.txt: no such file or folder",
      "jobparse: in/empty.txt: empty: the input has no text",
      "jobparse: in/sub/loop: symlink loop: it leads back to a folder above it; not followed",
      "jobparse: missing-folder: no such file or folder",
      expect.stringMatching(/^jobparse: 2 parsed, 5 failed, \d+ with warnings, [\d.]+s$/),
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(jsonFiles(join(dir, "out"))).toEqual(["good.json", "sub/also-good.json"]);
  });

  it("--quiet drops the summary but not the errors", async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/b.txt": "" });
    const r = await runCli(["in", "--out", "out", "--quiet", "--concurrency", "1", ...NOW], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("jobparse: in/b.txt: empty: the input has no text\n");
  });

  it("never writes over an input and never outside --out", async () => {
    const dir = tree({ "x.txt": smallPosting(1), "y.json": smallPosting(2) });
    const r = await runCli(["x.txt", "y.json", "--out", ".", "--concurrency", "1", "--quiet", ...NOW], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "y.json"), "utf8")).toBe(smallPosting(2));
    expect(existsSync(join(dir, "y.json.json"))).toBe(true);
    expect(existsSync(join(dir, "x.json"))).toBe(true);
  });

  it("gives two named inputs that map to one output file an error instead of losing one", async () => {
    const dir = tree({ "one/p.txt": smallPosting(1), "two/p.txt": smallPosting(2) });
    const r = await runCli(["one/p.txt", "two/p.txt", "--out", "out", "--concurrency", "1", ...NOW], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("jobparse: two/p.txt: its output p.json is already written for one/p.txt");
    expect(JSON.parse(readFileSync(join(dir, "out/p.json"), "utf8")).title).toBe("Data Engineer 1");
  });
});

describe("--ndjson and --json over many inputs", () => {
  const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`in/${i < 6 ? "a" : "b"}/p${String(i).padStart(2, "0")}.txt`, smallPosting(i)]));

  it("prints one compact record per line, each with its input's path, in walk order", async () => {
    const dir = tree(files);
    const r = await runCli(["in", "--ndjson", "--concurrency", "1", ...NOW], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(12);
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((x) => x.input)).toEqual(Object.keys(files).sort());
    expect(records[0].title).toBe("Data Engineer 0");
    expect(records[0].schemaVersion).toBe(1);
  });

  it("gives the same bytes with 2 workers as in-process (order does not depend on concurrency)", async () => {
    const dir = tree(files);
    const one = await runCli(["in", "--ndjson", "--concurrency", "1", ...NOW], { cwd: dir });
    const two = await runCli(["in", "--ndjson", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/\(2 workers\)/);
  });

  it("--json gives one object for one file and an array for several", async () => {
    const dir = tree({ "a.txt": smallPosting(1), "b.txt": smallPosting(2) });
    const one = await runCli(["a.txt", "--json", ...NOW], { cwd: dir });
    expect(JSON.parse(one.stdout).title).toBe("Data Engineer 1");
    expect(one.stdout).toBe(JSON.stringify(JSON.parse(one.stdout), null, 2) + "\n");
    const two = await runCli(["a.txt", "b.txt", "--json", "--concurrency", "1", ...NOW], { cwd: dir });
    const arr = JSON.parse(two.stdout);
    expect(arr.map((r: { title: string }) => r.title)).toEqual(["Data Engineer 1", "Data Engineer 2"]);
    // the streamed array is byte-for-byte what JSON.stringify would print
    expect(two.stdout).toBe(JSON.stringify(arr, null, 2) + "\n");
  });

  it("waits for 'drain' when stdout asks for it and still writes every line in order", async () => {
    const dir = tree(files);
    const r = await runCli(["in", "--ndjson", "--concurrency", "1", ...NOW], { cwd: dir, slowStdout: true });
    expect(r.out.drains).toBeGreaterThan(0);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).input)).toEqual(Object.keys(files).sort());
  });
});

describe("--lines stream mode", () => {
  const input = [
    JSON.stringify(smallPosting(1)),
    JSON.stringify({ id: "b", text: smallPosting(2) }),
    "this is not json {",
    JSON.stringify({ id: "empty", text: "" }),
    "",
    JSON.stringify({ id: 42, text: smallPosting(3) }),
    JSON.stringify([1, 2]),
    JSON.stringify({ id: "last", text: smallPosting(4) }) + "\r",
  ].join("\n");

  for (const concurrency of ["1", "2"]) {
    it(`answers every line in order, errors in place, the stream going on (concurrency ${concurrency})`, async () => {
      const r = await runCli(["--lines", "--concurrency", concurrency, ...NOW], { stdin: input + "\n" });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      const out = r.stdout.split("\n");
      expect(out.pop()).toBe("");
      const rows = out.map((l) => JSON.parse(l));
      expect(rows.map((x) => x.id)).toEqual([1, "b", 3, "empty", 5, 42, 7, "last"]);
      expect(rows.map((x) => ("error" in x ? "error" : x.title))).toEqual([
        "Data Engineer 1",
        "Data Engineer 2",
        "error",
        "error",
        "error",
        "Data Engineer 3",
        "error",
        "Data Engineer 4",
      ]);
      expect(rows[2].error).toMatch(/not JSON/);
      expect(rows[3].error).toMatch(/^empty/);
    });
  }

  it("answers a last line without a newline, and gives --jsonld per line", async () => {
    const r = await runCli(["--lines", "--jsonld", "--concurrency", "1", ...NOW], { stdin: JSON.stringify({ id: "q", text: AGGREGATOR_POSTING }) });
    const row = JSON.parse(r.stdout);
    expect(row).toMatchObject({ id: "q", "@type": "JobPosting", employmentType: "FULL_TIME", hiringOrganization: { name: "Quillory" } });
  });

  it("refuses a line longer than --max-bytes without keeping it, and goes on", async () => {
    const big = JSON.stringify("x".repeat(5000));
    const r = await runCli(["--lines", "--max-bytes", "1000", "--concurrency", "1", ...NOW], { stdin: `${big}\n${JSON.stringify(smallPosting(1))}\n` });
    const rows = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(rows[0]).toEqual({ id: 1, error: expect.stringMatching(/^line too long/) });
    expect(rows[1].title).toBe("Data Engineer 1");
  });

  it("does not wait on a terminal: it says what to do and exits 2", async () => {
    const r = await runCli(["--lines"], { stdin: "tty" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pipe/);
  });
});

describe("JSON-LD", () => {
  it("turns an aggregator posting into a schema.org JobPosting", async () => {
    const dir = tree({ "seed.txt": AGGREGATOR_POSTING });
    const r = await runCli(["seed.txt", "--jsonld", ...NOW], { cwd: dir });
    expect(r.code).toBe(0);
    const ld = JSON.parse(r.stdout);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Senior Backend Engineer",
      datePosted: "2026-11-16",
      employmentType: "FULL_TIME",
      hiringOrganization: { "@type": "Organization", name: "Quillory" },
      baseSalary: { currency: "EUR", value: { value: 95000, unitText: "YEAR" } },
    });
    expect(ld.schemaVersion).toBeUndefined();
  });

  it("gives one JSON-LD document per record in every batch mode", async () => {
    const dir = tree({ "in/a.txt": AGGREGATOR_POSTING, "in/b.txt": smallPosting(2) });
    const nd = await runCli(["in", "--ndjson", "--jsonld", "--concurrency", "1", ...NOW], { cwd: dir });
    const rows = nd.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.input, x["@type"]])).toEqual([
      ["in/a.txt", "JobPosting"],
      ["in/b.txt", "JobPosting"],
    ]);
    const arr = JSON.parse((await runCli(["in", "--jsonld", "--concurrency", "1", ...NOW], { cwd: dir })).stdout);
    expect(arr).toHaveLength(2);
    expect(arr[0].hiringOrganization.name).toBe("Quillory");
    await runCli(["in", "--out", "out", "--jsonld", "--concurrency", "1", ...NOW], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, "out/a.json"), "utf8"))["@type"]).toBe("JobPosting");
    expect(JSON.parse(readFileSync(join(dir, "out/b.json"), "utf8"))["@type"]).toBe("JobPosting");
  });
});

describe("command-line habits", () => {
  it("exit codes: 0 all parsed, 1 one failed (others still done), 2 usage", async () => {
    const dir = tree({ "a.txt": smallPosting(1) });
    expect((await runCli(["a.txt", "--json"], { cwd: dir })).code).toBe(0);
    const partial = await runCli(["a.txt", "nope.txt", "--ndjson", "--concurrency", "1"], { cwd: dir });
    expect(partial.code).toBe(1);
    expect(partial.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(partial.stderr).toContain("jobparse: nope.txt: no such file or folder\n");
    for (const bad of [["--jsn"], ["--now", "27/11/2026", "a.txt"], ["--now", "2026-02-30", "a.txt"], ["--concurrency", "0", "a.txt"], ["--format", "pdf", "a.txt"], ["--lines", "a.txt"], ["a.txt", "--out", "a.txt"]]) {
      const r = await runCli(bad, { cwd: dir, stdin: "" });
      expect(r.code, bad.join(" ")).toBe(2);
      expect(r.stderr.trimEnd().split("\n"), bad.join(" ")).toHaveLength(1);
      expect(r.stderr, bad.join(" ")).toMatch(/^jobparse: /);
    }
  });

  it("suggests the option a typo meant", async () => {
    const r = await runCli(["--jsn"]);
    expect(r.stderr).toBe("jobparse: unknown option '--jsn' (did you mean --json?)\n");
  });

  it("--version prints the package version; --help leads with examples", async () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    const v = await runCli(["--version"]);
    expect(v).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const h = await runCli(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout.indexOf("Examples:")).toBeGreaterThan(-1);
    expect(h.stdout.indexOf("Examples:")).toBeLessThan(h.stdout.indexOf("Options:"));
    for (const o of ["--json", "--jsonld", "--ndjson", "--lines", "--out", "--concurrency", "--no-color"]) expect(h.stdout).toContain(o);
  });

  it("with no input on a terminal, prints help instead of waiting", async () => {
    const r = await runCli([], { stdin: "tty" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Examples:");
  });

  it("reads piped stdin when no input is named", async () => {
    const r = await runCli(["--json", ...NOW], { stdin: smallPosting(7) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe("Data Engineer 7");
  });

  it("colours the summary only on a terminal, and never with NO_COLOR or --no-color", async () => {
    const dir = tree({ "a.txt": AGGREGATOR_POSTING });
    const ESC = "\u001b[";
    expect((await runCli(["a.txt", ...NOW], { cwd: dir, stdoutTTY: true })).stdout).toContain(ESC);
    expect((await runCli(["a.txt", ...NOW], { cwd: dir, stdoutTTY: false })).stdout).not.toContain(ESC);
    expect((await runCli(["a.txt", ...NOW], { cwd: dir, stdoutTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ESC);
    expect((await runCli(["a.txt", "--no-color", ...NOW], { cwd: dir, stdoutTTY: true })).stdout).not.toContain(ESC);
    const plain = (await runCli(["a.txt", ...NOW], { cwd: dir })).stdout;
    expect(plain).toContain("Senior Backend Engineer");
    expect(plain).toContain("Quillory");
  });

  it("shows a stack trace only with --debug", async () => {
    const dir = tree({ "a.txt": "", "b.txt": smallPosting(1) });
    const plain = await runCli(["a.txt", "b.txt", "--concurrency", "1"], { cwd: dir });
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCli(["a.txt", "b.txt", "--debug", "--concurrency", "1"], { cwd: dir });
    expect(debug.stderr).toContain("jobparse: a.txt: empty: the input has no text\n");
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("refuses an input over --max-bytes without reading it", async () => {
    const dir = tree({ "big.txt": smallPosting(1).repeat(50) });
    const r = await runCli(["big.txt", "--max-bytes", "100"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`jobparse: big.txt: too large: ${statSync(join(dir, "big.txt")).size} bytes (the limit is 100; raise it with --max-bytes)\n`);
  });

  it("prints the JSON Schema with `schema`", async () => {
    const r = await runCli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty("properties.title");
  });
});
