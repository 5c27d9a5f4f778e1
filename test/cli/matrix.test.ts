// The bad-input matrix of the README ("Bad input"), one test per row, each on the real command
// (bin/jobparse.js → the built bundle; run `npm run build` first, `npm test` does). Every row checks
// the exit code, that stderr holds exactly one line per bad input naming it and no stack trace, and
// that every other input of the same batch was still parsed into a whole record.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { AGGREGATOR_POSTING, smallPosting, tempTree } from "./helpers.js";

const BIN = resolve("bin/jobparse.js");
const NOW = ["--now", "2026-11-27"];
// The machine running the tests may be small and busy: generous limits, no timing assertions.
const SLOW = { timeout: 180_000 };

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function tree(files: Record<string, string | Uint8Array>): string {
  const t = tempTree(files);
  cleanups.push(() => {
    chmodAll(t.dir);
    t.remove();
  });
  return t.dir;
}
// a test that made a folder read-only must not stop its removal
function chmodAll(dir: string): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isDirectory()) chmodSync(join(e.parentPath, e.name), 0o755);
  }
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the command. stdout is not read until `readStdout()` is called, so a test can hold the
 * command on a full pipe (it cannot run ahead while the test does something to its inputs).
 */
function launch(args: string[], options: { cwd: string; stdin?: "pipe" | "ignore" }) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (d: string) => (stderr += d));
  child.stdin?.on("error", () => undefined); // EPIPE when the command stops reading early
  const chunks: Buffer[] = [];
  const closed = new Promise<Ran>((done) =>
    child.once("close", (code, signal) => done({ code, signal, stdout: Buffer.concat(chunks).toString("utf8"), stderr })),
  );
  const readStdout = () => {
    child.stdout!.on("data", (c: Buffer) => chunks.push(c));
    child.stdout!.resume();
  };
  return { child, closed, readStdout };
}

/** Runs the command to the end, with `input` on stdin (an empty string closes stdin at once). */
function jobparse(args: string[], options: { cwd: string; input?: string | Uint8Array }): Promise<Ran> {
  const run = launch(args, { cwd: options.cwd, stdin: options.input === undefined ? "ignore" : "pipe" });
  run.readStdout();
  if (options.input !== undefined) run.child.stdin!.end(options.input);
  return run.closed;
}

/** stderr as lines, after checking it ends with a newline and carries no stack trace. */
function lines(stderr: string): string[] {
  expect(stderr, "no stack trace without --debug").not.toMatch(/^\s+at /m);
  expect(stderr.endsWith("\n"), JSON.stringify(stderr)).toBe(true);
  return stderr.slice(0, -1).split("\n");
}

/** The batch's last stderr line: `jobparse: 3 parsed, 1 failed, 0 with warnings, 0.41s (2 workers)`. */
function summary(parsed: number, failed: number, interrupted = false): unknown {
  const tail = interrupted ? "; interrupted, the rest not started" : "";
  return expect.stringMatching(new RegExp(`^jobparse: ${parsed} parsed, ${failed} failed, \\d+ with warnings, [\\d.]+s( \\(\\d+ workers\\))?${tail}$`));
}

/** Every file under `dir` (hidden ones too), relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Checks that `dir` holds exactly these records (file → title), each a whole, valid record. */
function expectRecords(dir: string, titles: Record<string, string>): void {
  expect(filesUnder(dir)).toEqual(Object.keys(titles).sort());
  for (const [file, title] of Object.entries(titles)) {
    const record = JSON.parse(readFileSync(join(dir, file), "utf8"));
    expect(record.schemaVersion, file).toBe(1);
    expect(record.title, file).toBe(title);
  }
}

/** NDJSON stdout as records, each line whole JSON. */
function ndjson(stdout: string): { input: string; title: string | null }[] {
  if (stdout === "") return [];
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout
    .slice(0, -1)
    .split("\n")
    .map((l) => JSON.parse(l));
}

/** Deterministic noise (xorshift32), so the "random bytes" case is the same on every run. */
function noise(n: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A real 16×16 RGB PNG: signature, IHDR, IDAT, IEND, with their CRCs. */
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 16 }, (_, y) => Buffer.from([0, ...Array.from({ length: 48 }, (_, i) => (i * 16 + y * 5) & 0xff)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

/**
 * A real one-page PDF of a posting, as a browser's "Save as PDF" makes it: ASCII object syntax, the
 * binary marker comment, one compressed content stream, the xref table. Mostly ASCII, so it does not
 * "look binary" by its bytes alone.
 */
function pdf(): Uint8Array {
  const content = deflateSync(Buffer.from("BT /F1 24 Tf 72 720 Td (Senior Backend Engineer) Tj ET\nBT /F1 12 Tf 72 700 Td (Quillory, Belgrade, Serbia, Full Time) Tj ET\n"));
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: string | Buffer) => {
    const buf = typeof b === "string" ? Buffer.from(b, "latin1") : b;
    parts.push(buf);
    length += buf.length;
  };
  const obj = (n: number, body: string | Buffer[]) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    for (const b of typeof body === "string" ? [body] : body) push(b);
    push("\nendobj\n");
  };
  push("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
  obj(1, "<< /Type /Catalog /Pages 2 0 R >>");
  obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  obj(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
  obj(4, [Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`), content, Buffer.from("\nendstream")]);
  obj(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  const xref = length;
  const table = offsets.slice(1).map((o) => `${String(o).padStart(10, "0")} 00000 n \n`);
  push(`xref\n0 6\n0000000000 65535 f \n${table.join("")}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

const FRENCH = "Ingénieur Données\n\nSociété Générale\n\nCDI\nParis, France\n\nResponsabilités\n- Développer des pipelines de données\n- Améliorer la qualité\n";

/** `count` small postings under `folder`, p0000.txt … (their titles are "Data Engineer <i>"). */
function manyPostings(folder: string, count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${folder}/p${String(i).padStart(4, "0")}.txt`, smallPosting(i)]));
}

async function until(condition: () => boolean, what: string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("the bad-input matrix (README), on the real command", () => {
  it("is built", () => {
    expect(existsSync(resolve("dist/cli/entry.js")), "run `npm run build`").toBe(true);
  });

  it("an empty file: exit 1, one line naming it, the other inputs parsed; --debug alone adds the stack", SLOW, async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/empty.txt": "", "in/z.txt": smallPosting(2) });
    const r = await jobparse(["in", "--out", "out", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual(["jobparse: in/empty.txt: empty: the input has no text", summary(2, 1)]);
    expect(r.code).toBe(1);
    expectRecords(join(dir, "out"), { "a.json": "Data Engineer 1", "z.json": "Data Engineer 2" });

    const one = await jobparse(["in/empty.txt", "--json", ...NOW], { cwd: dir });
    expect(one).toMatchObject({ code: 1, stdout: "", stderr: "jobparse: in/empty.txt: empty: the input has no text\n" });
    const debug = await jobparse(["in/empty.txt", "--json", "--debug", ...NOW], { cwd: dir });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^jobparse: in\/empty\.txt: empty: the input has no text\n[^\n]*Error[^\n]*\n\s+at /);
  });

  it("whitespace only (spaces, tabs, CRLF, NBSP, zero-width, a BOM): exit 1, one line, the rest parsed", SLOW, async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/blank.md": " \t\r\n\u00a0\u200b\n\n   \ufeff\n" });
    const r = await jobparse(["in", "--ndjson", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual(["jobparse: in/blank.md: empty: the input has no text", summary(1, 1)]);
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout).map((x) => [x.input, x.title])).toEqual([["in/a.txt", "Data Engineer 1"]]);
  });

  it("binary, random bytes (saved as .txt): exit 1, one line, the rest parsed", SLOW, async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/noise.txt": noise(8192), "in/z.txt": smallPosting(2) });
    const r = await jobparse(["in", "--out", "out", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual(["jobparse: in/noise.txt: not text: the input looks like binary data", summary(2, 1)]);
    expect(r.code).toBe(1);
    expectRecords(join(dir, "out"), { "a.json": "Data Engineer 1", "z.json": "Data Engineer 2" });
  });

  it("binary, a PNG (named, and saved as .txt in a folder): exit 1, one line each, the rest parsed", SLOW, async () => {
    const dir = tree({ "photo.png": png(), "in/a.txt": smallPosting(1), "in/shot.txt": png() });
    const r = await jobparse(["photo.png", "in", "--ndjson", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual([
      "jobparse: photo.png: not text: the input is a PNG image",
      "jobparse: in/shot.txt: not text: the input is a PNG image",
      summary(1, 2),
    ]);
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout).map((x) => [x.input, x.title])).toEqual([["in/a.txt", "Data Engineer 1"]]);
  });

  it("binary, a PDF (named, and saved as .txt in a folder): exit 1, one line each, not a record of PDF syntax", SLOW, async () => {
    const dir = tree({ "posting.pdf": pdf(), "in/a.txt": smallPosting(1), "in/saved.txt": pdf() });
    const r = await jobparse(["posting.pdf", "in", "--out", "out", "--concurrency", "2", ...NOW], { cwd: dir });
    const why = "not text: the input is a PDF document; extract its text first (e.g. pdftotext)";
    expect(lines(r.stderr)).toEqual([`jobparse: posting.pdf: ${why}`, `jobparse: in/saved.txt: ${why}`, summary(1, 2)]);
    expect(r.code).toBe(1);
    expectRecords(join(dir, "out"), { "a.json": "Data Engineer 1" });
  });

  it("a 50 MB text: refused over the 20 MiB default without being read, --max-bytes raises the limit", SLOW, async () => {
    const dir = tree({ "a.txt": smallPosting(1) });
    const size = 50 * 1024 * 1024;
    const unit = Buffer.from(smallPosting(7));
    const big = Buffer.alloc(size);
    for (let at = 0; at < size; at += unit.length) unit.copy(big, at);
    writeFileSync(join(dir, "big.txt"), big);
    writeFileSync(join(dir, "blank.txt"), Buffer.alloc(size, " \n"));

    const r = await jobparse(["big.txt", "a.txt", "--ndjson", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual([`jobparse: big.txt: too large: ${size} bytes (the limit is ${20 * 1024 * 1024}; raise it with --max-bytes)`, summary(1, 1)]);
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout).map((x) => x.title)).toEqual(["Data Engineer 1"]);

    // The same through stdin: refused as soon as the limit is passed.
    const piped = await jobparse(["-", "a.txt", "--ndjson", "--concurrency", "2", ...NOW], { cwd: dir, input: big });
    expect(lines(piped.stderr)).toEqual([`jobparse: stdin: too large: more than ${20 * 1024 * 1024} bytes (raise the limit with --max-bytes)`, summary(1, 1)]);
    expect(piped.code).toBe(1);
    expect(ndjson(piped.stdout).map((x) => x.title)).toEqual(["Data Engineer 1"]);

    // Raised, the 50 MB are read whole and judged on their text (a 50 MB posting would take
    // minutes to parse; 50 MB of blank lines are read and refused at once).
    const raised = await jobparse(["blank.txt", "a.txt", "--ndjson", "--max-bytes", String(60 * 1024 * 1024), ...NOW], { cwd: dir });
    expect(lines(raised.stderr)).toEqual(["jobparse: blank.txt: empty: the input has no text", summary(1, 1)]);
    expect(raised.code).toBe(1);
    // and an input over a lowered limit parses once it is raised again
    const low = await jobparse(["a.txt", "--json", "--max-bytes", "50", ...NOW], { cwd: dir });
    expect(low.stderr).toMatch(/^jobparse: a\.txt: too large: \d+ bytes \(the limit is 50; raise it with --max-bytes\)\n$/);
    const enough = await jobparse(["a.txt", "--json", "--max-bytes", "100000", ...NOW], { cwd: dir });
    expect(enough.code).toBe(0);
    expect(JSON.parse(enough.stdout).title).toBe("Data Engineer 1");
  });

  it("invalid UTF-8 (Latin-1, a stray byte in UTF-8): decoded as Windows-1252, parsed, exit 0, nothing on stderr", SLOW, async () => {
    const dir = tree({
      "in/latin1.txt": Buffer.from(FRENCH, "latin1"),
      "in/stray.txt": Buffer.concat([Buffer.from(FRENCH, "utf8"), Buffer.from([0xff])]),
      "in/z.txt": smallPosting(2),
    });
    const r = await jobparse(["in", "--out", "out", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual([summary(3, 0)]);
    expect(r.code).toBe(0);
    expectRecords(join(dir, "out"), { "latin1.json": "Ingénieur Données", "stray.json": "Ingénieur Données", "z.json": "Data Engineer 2" });
    expect(JSON.parse(readFileSync(join(dir, "out/stray.json"), "utf8")).description).toContain("Société Générale");
  });

  it("UTF-16 without a BOM (little- and big-endian): decoded, parsed, exit 0, nothing on stderr", SLOW, async () => {
    const le = Buffer.from(FRENCH, "utf16le");
    const dir = tree({ "in/le.txt": le, "in/be.txt": Buffer.from(le).swap16() });
    const r = await jobparse(["in", "--ndjson", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual([summary(2, 0)]);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((x) => [x.input, x.title])).toEqual([
      ["in/be.txt", "Ingénieur Données"],
      ["in/le.txt", "Ingénieur Données"],
    ]);
  });

  it("a folder with symlink loops: each reported once, the walk ends, every other file parsed", SLOW, async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/sub/b.txt": smallPosting(2), "in/sub/deeper/c.txt": smallPosting(3) });
    symlinkSync("..", join(dir, "in/sub/deeper/up")); // a folder that leads back above itself
    symlinkSync("self.txt", join(dir, "in/self.txt")); // a file link that points at itself
    const r = await jobparse(["in", "--out", "out", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual([
      "jobparse: in/self.txt: symlink loop",
      "jobparse: in/sub/deeper/up: symlink loop: it leads back to a folder above it; not followed",
      summary(3, 2),
    ]);
    expect(r.code).toBe(1);
    expectRecords(join(dir, "out"), { "a.json": "Data Engineer 1", "sub/b.json": "Data Engineer 2", "sub/deeper/c.json": "Data Engineer 3" });
  });

  it("a file that vanishes mid-batch (listed by the walk, deleted before it is read): one line, every other file parsed", SLOW, async () => {
    const n = 600;
    const dir = tree({ ...manyPostings("in", n), "in/zz-last.txt": smallPosting(9999) });
    const run = launch(["in", "--ndjson", "--concurrency", "2", ...NOW], { cwd: dir });
    // The first record on stdout means the walk has listed the folder (zz-last.txt included). Its
    // stdout is not read from here on, so the command stops on a full pipe (about 128 KB, some 120
    // records) long before zz-last.txt, the 601st: the file goes while the batch is under way.
    await new Promise((r) => run.child.stdout!.once("readable", r));
    unlinkSync(join(dir, "in/zz-last.txt"));
    run.readStdout();
    const r = await run.closed;
    expect(lines(r.stderr)).toEqual(["jobparse: in/zz-last.txt: no such file or folder", summary(n, 1)]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records).toHaveLength(n);
    expect(records.map((x) => x.title)).toEqual(Array.from({ length: n }, (_, i) => `Data Engineer ${i}`));
  });

  it("an output folder that cannot be written: one line naming --out, exit 1, nothing written", SLOW, async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/b.txt": smallPosting(2), "notes.txt": "not a folder" });
    // Tests may run as root, whom chmod does not stop: a folder under a regular file cannot be
    // created by anyone, so that is the case every run checks.
    const r = await jobparse(["in", "--out", "notes.txt/parsed", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(r.stderr)).toEqual(["jobparse: --out notes.txt/parsed: cannot create the folder: a part of its path is a file"]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("not a folder");
    // --out naming a file is a usage error
    const file = await jobparse(["in", "--out", "notes.txt", ...NOW], { cwd: dir });
    expect(file).toMatchObject({ code: 2, stderr: "jobparse: --out notes.txt: is a file, not a folder\n" });

    if (process.getuid?.() !== 0) {
      mkdirSync(join(dir, "locked"));
      chmodSync(join(dir, "locked"), 0o500);
      const locked = await jobparse(["in", "--out", "locked", ...NOW], { cwd: dir });
      expect(lines(locked.stderr)).toEqual(["jobparse: --out locked: cannot write there: permission denied"]);
      expect(locked.code).toBe(1);
      const below = await jobparse(["in", "--out", "locked/parsed", ...NOW], { cwd: dir });
      expect(lines(below.stderr)).toEqual(["jobparse: --out locked/parsed: cannot create the folder: permission denied"]);
      expect(below.code).toBe(1);
    }

    // A folder under --out that cannot be made (a file is in its way) fails only the inputs bound for it.
    const tree2 = tree({ "in/a.txt": smallPosting(1), "in/sub/b.txt": smallPosting(2), "in/z.txt": smallPosting(3), "out/sub": "in the way" });
    const part = await jobparse(["in", "--out", "out", "--concurrency", "2", ...NOW], { cwd: tree2 });
    expect(lines(part.stderr)).toEqual([`jobparse: in/sub/b.txt: cannot write ${join(tree2, "out/sub/b.json")}: not a folder`, summary(2, 1)]);
    expect(part.code).toBe(1);
    expect(filesUnder(join(tree2, "out"))).toEqual(["a.json", "sub", "z.json"]);
    expect(JSON.parse(readFileSync(join(tree2, "out/z.json"), "utf8")).title).toBe("Data Engineer 3");
  });

  it("--out inside the input folder, or the input folder itself: no records of records, no input touched, exit 0", SLOW, async () => {
    const dir = tree({ "in/a.txt": smallPosting(1), "in/sub/b.md": smallPosting(2) });
    for (let pass = 0; pass < 2; pass++) {
      const r = await jobparse(["in", "--out", "in/parsed", "--concurrency", "2", ...NOW], { cwd: dir });
      expect(lines(r.stderr)).toEqual([summary(2, 0)]);
      expect(r.code).toBe(0);
    }
    expectRecords(join(dir, "in/parsed"), { "a.json": "Data Engineer 1", "sub/b.json": "Data Engineer 2" });

    // --out the very folder walked: records beside their postings, the folder still walked
    rmSync(join(dir, "in/parsed"), { recursive: true });
    for (let pass = 0; pass < 2; pass++) {
      const r = await jobparse(["in", "--out", "in", "--concurrency", "2", ...NOW], { cwd: dir });
      expect(lines(r.stderr)).toEqual([summary(2, 0)]);
      expect(r.code).toBe(0);
    }
    expect(filesUnder(join(dir, "in"))).toEqual(["a.json", "a.txt", "sub/b.json", "sub/b.md"]);
    expect(readFileSync(join(dir, "in/a.txt"), "utf8")).toBe(smallPosting(1));
    expect(JSON.parse(readFileSync(join(dir, "in/sub/b.json"), "utf8")).title).toBe("Data Engineer 2");
  });

  it("a path that would escape --out: `..` and absolute inputs land inside it; a symlink out of it is refused, one line", SLOW, async () => {
    const dir = tree({
      "work/in/a.txt": smallPosting(1),
      "work/in/eu/b.txt": smallPosting(2),
      "up.txt": smallPosting(3),
      "abs.txt": smallPosting(4),
      "work/out/keep.txt": "already there",
      "elsewhere/keep.txt": "not --out",
    });
    // a link already in the --out tree that leads out of it: eu/b.json would land in elsewhere/
    symlinkSync(join(dir, "elsewhere"), join(dir, "work/out/eu"));
    const cwd = join(dir, "work");
    const r = await jobparse(["in", "../up.txt", join(dir, "abs.txt"), "--out", "out", "--concurrency", "2", ...NOW], { cwd });
    expect(lines(r.stderr)).toEqual(["jobparse: in/eu/b.txt: its output eu/b.json would leave --out through a symlink; not written", summary(3, 1)]);
    expect(r.code).toBe(1);
    expect(filesUnder(join(dir, "elsewhere"))).toEqual(["keep.txt"]);
    expect(filesUnder(dir).filter((f) => f.endsWith(".json"))).toEqual(["work/out/a.json", "work/out/abs.json", "work/out/up.json"]);
    expect(JSON.parse(readFileSync(join(cwd, "out/up.json"), "utf8")).title).toBe("Data Engineer 3");
    expect(JSON.parse(readFileSync(join(cwd, "out/abs.json"), "utf8")).title).toBe("Data Engineer 4");
  });

  it("stdin closed early: what arrived is parsed; nothing at all is one line naming stdin; the other inputs parsed", SLOW, async () => {
    const dir = tree({ "a.txt": smallPosting(1) });
    // the writer goes away halfway through the posting
    const half = AGGREGATOR_POSTING.slice(0, AGGREGATOR_POSTING.indexOf("Job Overview"));
    const cut = await jobparse(["--json", ...NOW], { cwd: dir, input: half });
    expect(cut.stderr).toBe("");
    expect(cut.code).toBe(0);
    expect(JSON.parse(cut.stdout)).toMatchObject({ title: "Senior Backend Engineer", employmentType: "full-time", workplaceType: "onsite" });

    // closed before a byte was written, alone and in a batch
    const none = await jobparse(["--json", ...NOW], { cwd: dir, input: "" });
    expect(none).toMatchObject({ code: 1, stdout: "", stderr: "jobparse: stdin: empty: the input has no text\n" });
    const batch = await jobparse(["-", "a.txt", "--ndjson", ...NOW], { cwd: dir, input: "" });
    expect(lines(batch.stderr)).toEqual(["jobparse: stdin: empty: the input has no text", summary(1, 1)]);
    expect(batch.code).toBe(1);
    expect(ndjson(batch.stdout).map((x) => [x.input, x.title])).toEqual([["a.txt", "Data Engineer 1"]]);

    // no stdin at all (file descriptor 0 closed by the shell)
    const closed = await new Promise<Ran>((done) => {
      const child = spawn("sh", ["-c", `exec "${process.execPath}" "${BIN}" --json 0<&-`], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.once("close", (code, signal) => done({ code, signal, stdout, stderr }));
    });
    expect(closed).toMatchObject({ code: 1, stdout: "", stderr: "jobparse: stdin: empty: the input has no text\n" });

    // --lines cut in the middle of a line: every whole line answered, the cut one gets an error line
    const stream = [JSON.stringify({ id: "a", text: smallPosting(1) }), JSON.stringify({ id: "b", text: smallPosting(2) }), '{"id": "c", "text": "Data Eng'].join("\n");
    const lined = await jobparse(["--lines", "--concurrency", "1", ...NOW], { cwd: dir, input: stream });
    expect(lined.stderr).toBe("");
    expect(lined.code).toBe(0);
    const rows = lined.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(["a", "b", 3]);
    expect(rows[1].title).toBe("Data Engineer 2");
    expect(rows[2].error).toMatch(/^not JSON/);
  });

  it("SIGINT mid-batch (--ndjson): the inputs in hand finished, the summary printed, exit 130", SLOW, async () => {
    const n = 600;
    const dir = tree(manyPostings("in", n));
    const run = launch(["in", "--ndjson", "--concurrency", "2", ...NOW], { cwd: dir });
    // Held on a full stdout pipe (see above), the command cannot finish before the signal lands.
    await new Promise((r) => run.child.stdout!.once("readable", r));
    run.child.kill("SIGINT");
    run.readStdout();
    const r = await run.closed;
    expect(r.code).toBe(130);
    const err = lines(r.stderr);
    expect(err).toHaveLength(2);
    expect(err[0]).toBe("jobparse: stopping after the inputs in flight (Ctrl-C again to quit now)");
    const parsed = Number(/^jobparse: (\d+) parsed/.exec(err[1])?.[1]);
    expect(err[1]).toEqual(summary(parsed, 0, true));
    const records = ndjson(r.stdout);
    expect(records.length).toBe(parsed);
    expect(parsed).toBeGreaterThan(0);
    expect(parsed).toBeLessThan(n);
    expect(records.map((x) => x.title)).toEqual(Array.from({ length: parsed }, (_, i) => `Data Engineer ${i}`));
  });

  it("SIGINT mid-batch (--out): every record written is whole, none half-done, exit 130", SLOW, async () => {
    const n = 1500;
    const dir = tree(manyPostings("in", n));
    const out = join(dir, "out");
    const run = launch(["in", "--out", "out", "--concurrency", "2", ...NOW], { cwd: dir });
    run.readStdout();
    await until(() => existsSync(out) && readdirSync(out).length >= 10, "the first records");
    run.child.kill("SIGINT");
    const r = await run.closed;
    expect(r.code).toBe(130);
    const err = lines(r.stderr);
    expect(err[0]).toBe("jobparse: stopping after the inputs in flight (Ctrl-C again to quit now)");
    const parsed = Number(/^jobparse: (\d+) parsed/.exec(err[1])?.[1]);
    expect(err).toEqual([err[0], summary(parsed, 0, true)]);
    expect(parsed).toBeLessThan(n);
    // exactly the records the summary counts, each whole, no temporary file left
    expectRecords(out, Object.fromEntries(Array.from({ length: parsed }, (_, i) => [`p${String(i).padStart(4, "0")}.json`, `Data Engineer ${i}`])));
  });

  it("SIGKILL mid-batch (--out): no half-written record; a rerun completes the folder", SLOW, async () => {
    const n = 1500;
    const dir = tree(manyPostings("in", n));
    const out = join(dir, "out");
    const run = launch(["in", "--out", "out", "--concurrency", "2", "--quiet", ...NOW], { cwd: dir });
    run.readStdout();
    await until(() => existsSync(out) && readdirSync(out).filter((f) => f.endsWith(".json")).length >= 20, "the first records");
    run.child.kill("SIGKILL");
    const r = await run.closed;
    expect(r.signal).toBe("SIGKILL");
    const files = filesUnder(out);
    const records = files.filter((f) => f.endsWith(".json"));
    expect(records.length).toBeGreaterThanOrEqual(20);
    expect(records.length, "killed before the end").toBeLessThan(n);
    for (const f of records) expect(JSON.parse(readFileSync(join(out, f), "utf8")).title, f).toMatch(/^Data Engineer \d+$/);
    // a write cut short leaves at most a hidden temporary file, never a .json
    for (const f of files.filter((x) => !x.endsWith(".json"))) expect(f).toMatch(/^\.p\d{4}\.json\.\d+-\d+-\d+\.tmp$/);

    const again = await jobparse(["in", "--out", "out", "--concurrency", "2", ...NOW], { cwd: dir });
    expect(lines(again.stderr)).toEqual([summary(n, 0)]);
    expect(again.code).toBe(0);
    const whole = filesUnder(out).filter((f) => f.endsWith(".json"));
    expect(whole).toHaveLength(n);
    for (const f of whole) expect(JSON.parse(readFileSync(join(out, f), "utf8")).schemaVersion, f).toBe(1);
  });
});
