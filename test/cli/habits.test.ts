// The command-line habits of the real binary (bin/jobparse.js → dist/cli): colour, short flags,
// `jobparse help`, empty folders, conflicting options, the UTC day, `schema --lines`, the summary's
// Deadline and missing-field notes, and the cursor after a hard stop. Colour and cursor run through
// a pseudo-terminal (`script`, and tmux for Ctrl-C). Run `npm run build` first (`npm test` does).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { AGGREGATOR_POSTING, smallPosting, tempTree } from "./helpers.js";

const BIN = resolve("bin/jobparse.js");
const ESC = "\u001b[";
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((f) => f()));

function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of ["NO_COLOR", "FORCE_COLOR", "TZ"]) if (!(k in extra)) delete e[k];
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete e[k];
  return e;
}

function jobparse(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? "", encoding: "utf8", env: env(options.env) });
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the binary with stdout and stderr on a pseudo-terminal; returns what the terminal got. */
function onTerminal(args: string[], extraEnv: Record<string, string | undefined> = {}, cwd?: string): string {
  const cmd = [process.execPath, BIN, ...args].map(quote).join(" ");
  const r = spawnSync("script", ["-qfec", cmd, "/dev/null"], { cwd, encoding: "utf8", env: env({ TERM: "xterm-256color", ...extraEnv }) });
  return r.stdout;
}

const hasScript = spawnSync("script", ["--version"]).status === 0;
const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const seed = tempTree({ "seed.txt": AGGREGATOR_POSTING });
cleanups.push(seed.remove);
const SEED = join(seed.dir, "seed.txt");

describe("colour", () => {
  it.runIf(hasScript)("is on for a terminal and off under NO_COLOR, FORCE_COLOR=0 or --color never", () => {
    expect(onTerminal([SEED, "--now", "2026-11-27"])).toContain(ESC);
    expect(onTerminal([SEED, "--now", "2026-11-27"], { NO_COLOR: "1" })).not.toContain(ESC);
    expect(onTerminal([SEED, "--now", "2026-11-27"], { FORCE_COLOR: "0" })).not.toContain(ESC);
    expect(onTerminal([SEED, "--now", "2026-11-27", "--color", "never"])).not.toContain(ESC);
    expect(onTerminal([SEED, "--now", "2026-11-27", "--no-color"])).not.toContain(ESC);
    // the flag beats the environment
    expect(onTerminal([SEED, "--now", "2026-11-27", "--color", "always"], { NO_COLOR: "1" })).toContain(ESC);
  });

  it("is off in a pipe unless --color always or FORCE_COLOR asks", () => {
    expect(jobparse([SEED, "--now", "2026-11-27"]).stdout).not.toContain(ESC);
    expect(jobparse([SEED, "--now", "2026-11-27", "--color", "auto"]).stdout).not.toContain(ESC);
    expect(jobparse([SEED, "--now", "2026-11-27", "--color", "always"]).stdout).toContain(ESC);
    expect(jobparse([SEED, "--now", "2026-11-27"], { env: { FORCE_COLOR: "1" } }).stdout).toContain(ESC);
    expect(jobparse([SEED, "--now", "2026-11-27", "--color", "never"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ESC);
    const bad = jobparse([SEED, "--color", "sometimes"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/sometimes/);
  });
});

describe("flags and commands", () => {
  it("lists the short flags in --help, and they work", () => {
    const help = jobparse(["--help"]).stdout;
    for (const f of ["-j, --json", "-n, --ndjson", "-o, --out <dir>", "-q, --quiet", "-l, --lines", "-f, --format", "-c, --concurrency", "-e, --evidence", "-x, --explain", "--color [when]"]) {
      expect(help).toContain(f);
    }
    const long = jobparse([SEED, "--json", "--now", "2026-11-27"]);
    const short = jobparse([SEED, "-j", "--now", "2026-11-27"]);
    expect(short.status).toBe(0);
    expect(short.stdout).toBe(long.stdout);
    const t = tempTree({ "in/a.txt": smallPosting(1), "in/b.txt": smallPosting(2) });
    cleanups.push(t.remove);
    const r = jobparse(["in", "-o", "out", "-q", "-c", "1"], { cwd: t.dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(existsSync(join(t.dir, "out/a.json"))).toBe(true);
    const nd = jobparse(["in", "-n", "-q"], { cwd: t.dir });
    expect(nd.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("answers `jobparse help` and `jobparse help schema` with help, even beside a file named help", () => {
    const t = tempTree({ help: "Data Engineer at Acme\n" });
    cleanups.push(t.remove);
    const r = jobparse(["help"], { cwd: t.dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: jobparse [inputs...] [options]");
    const s = jobparse(["help", "schema"]);
    expect(s.status).toBe(0);
    expect(s.stdout).toContain("Usage: jobparse schema");
  });

  it("describes the --ndjson and --lines line shapes: schema --ndjson / --lines", () => {
    const record = JSON.parse(jobparse(["schema"]).stdout);
    expect(record.additionalProperties).toBe(false);
    expect(record.properties.input).toBeUndefined();
    const nd = JSON.parse(jobparse(["schema", "--ndjson"]).stdout);
    expect(nd.required).toContain("input");
    expect(nd.properties.input.type).toBe("string");
    const lines = JSON.parse(jobparse(["schema", "--lines"]).stdout);
    expect(lines.oneOf).toHaveLength(2);
    expect(lines.oneOf[0].required).toContain("id");
    expect(lines.oneOf[1].required).toEqual(["id", "error"]);
    // every key a real --lines line has is in the schema
    const out = jobparse(["--lines", "--now", "2026-11-27"], { input: JSON.stringify({ id: "a", text: AGGREGATOR_POSTING }) + "\n[]\n" });
    const [ok, bad] = out.stdout.trim().split("\n").map((l) => JSON.parse(l));
    for (const k of Object.keys(ok)) expect(lines.oneOf[0].properties, k).toHaveProperty(k);
    expect(Object.keys(bad).sort()).toEqual(["error", "id"]);
  });
});

describe("what the user is told", () => {
  it("exits 1 naming the folder and the extensions read when a folder holds no posting", () => {
    const t = tempTree({ "empty/notes.json": "{}", "empty/cv.pdf": "%PDF-1.4", "full/a.txt": smallPosting(1) });
    cleanups.push(t.remove);
    const r = jobparse(["empty"], { cwd: t.dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("jobparse: no postings found in empty (read: .txt .md .markdown .html .htm)\n");
    // one empty folder among others still fails the run, and the others are parsed
    const both = jobparse(["full", "empty", "--ndjson"], { cwd: t.dir });
    expect(both.status).toBe(1);
    expect(both.stdout.trim().split("\n")).toHaveLength(1);
    expect(both.stderr).toContain("no postings found in empty");
    expect(jobparse(["full", "--ndjson"], { cwd: t.dir }).status).toBe(0);
    const explain = jobparse(["empty", "--explain"], { cwd: t.dir });
    expect(explain.status).toBe(1);
    expect(explain.stderr).toContain("no postings found in empty");
  });

  it.each([
    [["--json", "--ndjson"], "--json cannot be used with --ndjson"],
    [["--ndjson", "--json"], "--json cannot be used with --ndjson"],
    [["--out", "o", "--ndjson"], "--out cannot be used with --ndjson"],
    [["--out", "o", "--json"], "--out cannot be used with --json"],
    [["--jsonld", "--evidence"], "--jsonld cannot be used with --evidence"],
    [["--lines", "--json"], "--json cannot be used with --lines"],
    [["--lines", "--out", "o"], "--out cannot be used with --lines"],
    [["--explain", "--jsonld"], "--explain cannot be used with --jsonld"],
    [["--strict"], "--strict checks --jsonld output; add --jsonld"],
  ])("refuses %j with exit 2", (args, message) => {
    const r = jobparse([SEED, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`jobparse: ${message}\n`);
    expect(r.stdout).toBe("");
  });

  it("takes today as the UTC day, as the library does, whatever the time zone", () => {
    const posting = "Data Engineer\n\nAcme Analytics\n\nPosted today\n\nWe build pipelines for shipping companies.\n";
    const utc = new Date().toISOString().slice(0, 10);
    const lib = parseJobPosting(posting).postedAt;
    for (const TZ of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"]) {
      const r = jobparse(["--json"], { input: posting, env: { TZ } });
      expect(JSON.parse(r.stdout).postedAt, TZ).toBe(utc);
    }
    expect(lib).toBe(utc);
  });

  it("says Deadline for a posting with only a closing date, and notes a missing title on stderr", () => {
    const r = jobparse(["--now", "2026-11-27"], { input: "Apply by 2027-01-15\n\nWe are a small team building boats in Porto.\n" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Deadline +2027-01-15$/m);
    expect(r.stdout).not.toMatch(/^Posted/m);
    expect(r.stderr).toContain("jobparse: stdin: no title found\n");
    const both = jobparse(["--now", "2026-11-27"], { input: "Posted 2026-11-20\nApply by 2027-01-15\n\nSenior Welder\n\nWe build boats.\n" });
    expect(both.stdout).toMatch(/^Posted +2026-11-20 +\(apply by 2027-01-15\)$/m);
    expect(both.stdout).not.toMatch(/^Deadline/m);
    const full = jobparse([SEED, "--now", "2026-11-27"]);
    expect(full.stderr).toBe("");
  });
});

describe("the cursor", () => {
  // A folder long enough for the progress bar (it shows after a second) to hide the cursor.
  function bigFolder() {
    const t = tempTree(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`in/p${String(i).padStart(4, "0")}.txt`, smallPosting(i)])));
    cleanups.push(t.remove);
    return t;
  }
  // The last cursor escape the terminal got must be "show".
  const shownAtEnd = (log: string) => log.lastIndexOf(`${ESC}?25h`) > log.lastIndexOf(`${ESC}?25l`);

  it.runIf(hasScript)("comes back when the process is terminated mid-batch (SIGTERM)", { timeout: 60_000 }, () => {
    const t = bigFolder();
    const cmd = `${quote(process.execPath)} ${quote(BIN)} in -o out -c 1 & p=$!; sleep 2.5; kill -TERM $p; wait $p`;
    const r = spawnSync("script", ["-qfec", `sh -c ${quote(cmd)}`, "/dev/null"], { cwd: t.dir, encoding: "utf8", env: env({ TERM: "xterm-256color" }) });
    expect(r.stdout).toContain(`${ESC}?25l`);
    expect(shownAtEnd(r.stdout)).toBe(true);
  });

  it.runIf(hasScript && hasTmux)("comes back after a second Ctrl-C", { timeout: 60_000 }, async () => {
    const t = bigFolder();
    const log = join(t.dir, "terminal.log");
    const sock = `jobparse-test-${process.pid}`;
    const tmux = (...a: string[]) => spawnSync("tmux", ["-L", sock, ...a], { encoding: "utf8" });
    const inner = `${quote(process.execPath)} ${quote(BIN)} in -o out -c 1`;
    tmux("new-session", "-d", "-x", "120", "-y", "30", "-c", t.dir, `script -qfc ${quote(inner)} ${quote(log)}`);
    try {
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      for (let i = 0; i < 100 && !(existsSync(log) && readFileSync(log, "utf8").includes(`${ESC}?25l`)); i++) await sleep(100);
      // two at once: the second lands while the first is still letting in-flight inputs finish
      tmux("send-keys", "C-c", "C-c");
      for (let i = 0; i < 100 && tmux("has-session").status === 0; i++) await sleep(100);
      const text = readFileSync(log, "utf8");
      expect(text).toContain(`${ESC}?25l`);
      expect(shownAtEnd(text)).toBe(true);
    } finally {
      tmux("kill-server");
    }
  });
});
