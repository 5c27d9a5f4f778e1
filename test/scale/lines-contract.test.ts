// The `--lines` contract that Spark's rdd.pipe(), Hadoop Streaming, Dask and GNU parallel rely on,
// tested on the real command: one output line per input line, in order; a bad line (empty, not
// JSON, over --max-bytes, a raw NUL) gives one {"id","error"} line and the stream goes on; stdout
// carries nothing else; stderr stays empty, so a caller that never reads it cannot stall stdout;
// exit 0 after a complete stream. (Memory over 100,000 lines is measured by `npm run bench`.)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, NOW, run } from "./helpers.js";

const posting = (i: number) =>
  `Data Engineer ${i}\n\nNorthwind Labs\n\nFull Time · Lisbon, Portugal\n\nResponsibilities\n- Build pipeline number ${i}\n- Review designs with the team\n\nRequirements\n- 3+ years of Python\n`;

type Want = "record" | RegExp;

/** Line n (1-based) of a mixed stream: every kind a stream meets, each with what must come out. */
function mixedLine(n: number): { line: string; want: Want } {
  switch (n % 10) {
    case 0:
      return { line: JSON.stringify({ id: n, text: posting(n) }), want: "record" };
    case 1:
      return { line: JSON.stringify(posting(n)), want: "record" }; // a bare string: the id is the line number
    case 2:
      return { line: "", want: /^empty line/ };
    case 3:
      return { line: " \t ", want: /^empty line/ };
    case 4:
      return { line: `{"id": ${n}, "text": "Data Engineer`, want: /^not JSON/ };
    case 5:
      // a raw NUL inside the JSON string: JSON allows no raw control character there
      return { line: `{"id": ${n}, "text": "Data Engineer\u0000 at Acme"}`, want: /^not JSON/ };
    case 6:
      // an escaped NUL in the text: a stray NUL is never a reason to refuse a posting (SPEC)
      return { line: JSON.stringify({ id: n, text: posting(n).replace("Engineer", "Engi\u0000neer") }), want: "record" };
    case 7:
      return { line: JSON.stringify([n, "Data Engineer"]), want: /^expected a JSON string or/ };
    case 8:
      return { line: JSON.stringify({ id: n, body: posting(n) }), want: /has no "text"/ };
    default:
      return { line: JSON.stringify({ id: n, text: posting(n) }) + "\r", want: "record" }; // CRLF
  }
}

const N = 3000;
const rows = Array.from({ length: N }, (_, i) => mixedLine(i + 1));
const INPUT = rows.map((r) => r.line).join("\n") + "\n";

/** Checks the stream's output line by line against the input: same count, same order, right kind. */
function expectAnswered(stdout: string, want: Want[]) {
  expect(stdout.endsWith("\n")).toBe(true);
  const out = stdout.slice(0, -1).split("\n");
  expect(out).toHaveLength(want.length);
  const wrong: string[] = [];
  out.forEach((l, i) => {
    const rec = JSON.parse(l) as Record<string, unknown>;
    const w = want[i];
    const ok =
      rec.id === i + 1 &&
      (w === "record"
        ? !("error" in rec) && rec.schemaVersion === 1 && /^Data Engi/.test(String(rec.title))
        : Object.keys(rec).join() === "id,error" && w.test(String(rec.error)));
    if (!ok && wrong.length < 5) wrong.push(`line ${i + 1}: ${l.slice(0, 160)}`);
  });
  expect(wrong).toEqual([]);
}

const tmp = mkdtempSync(join(tmpdir(), "jobparse-lines-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("jobparse --lines: the streaming contract", () => {
  it("answers each line with exactly one line, in order, errors in place, nothing else on stdout or stderr, exit 0", { timeout: 300_000 }, async () => {
    const outputs: string[] = [];
    for (const concurrency of ["1", "2"]) {
      const r = await run(process.execPath, [BIN, "--lines", "--concurrency", concurrency, "--now", NOW], { input: INPUT });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expectAnswered(r.stdout, rows.map((x) => x.want));
      outputs.push(r.stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
  });

  it("gives one error line for a line of several MB over --max-bytes, kept nowhere, and goes on (also as a last line without newline)", { timeout: 300_000 }, async () => {
    const huge = (mb: number) => JSON.stringify({ id: 2, text: `Data Engineer\n\n${"Build pipelines. ".repeat((mb * 1024 * 1024) / 17)}` });
    const ok = (n: number) => JSON.stringify({ id: n, text: posting(n) });
    // the default limit (20 MiB) against a 24 MB line, in the middle and as the unterminated last line
    const big = huge(24);
    let r = await run(process.execPath, [BIN, "--lines", "--now", NOW], { input: `${ok(1)}\n${big}\n${ok(3)}\n${big}` });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectAnswered(r.stdout, ["record", /^line too long: more than 20971520 bytes/, "record", /^line too long/]);
    // a lower limit, as a cluster with small workers would set it
    r = await run(process.execPath, [BIN, "--lines", "--max-bytes", "4194304", "--now", NOW], { input: `${ok(1)}\n${huge(6)}\n${ok(3)}\n` });
    expect(r.code).toBe(0);
    expectAnswered(r.stdout, ["record", /^line too long: more than 4194304 bytes/, "record"]);
  });

  it("never stalls on a stderr nobody reads: 20,000 lines with stderr into a pipe left unread, with and without --debug", { timeout: 300_000 }, () => {
    // stderr goes to a FIFO opened read-write and never read: its 64 KB buffer is all a write gets
    // before it would block, so any per-line stderr output would hang the run (and `timeout` fail it).
    const n = 20_000;
    const lines = Array.from({ length: n }, (_, i) => (i % 50 === 0 ? JSON.stringify({ id: i + 1, text: posting(i + 1) }) : mixedLine(i + 1).line));
    const input = join(tmp, "in.ndjson");
    writeFileSync(input, lines.join("\n") + "\n");
    const script = `rm -f err && mkfifo err && exec 3<>err && timeout 240 "$0" "$1" --lines --now ${NOW} < in.ndjson > out.ndjson 2>&3; echo $?`;
    const r = spawnSync("sh", ["-c", script, process.execPath, BIN], { cwd: tmp, encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    const out = readFileSync(join(tmp, "out.ndjson"), "utf8");
    expectAnswered(out, lines.map((l, i) => (i % 50 === 0 ? "record" : mixedLine(i + 1).want)));

    // --debug prints stack traces, but only the first for each message: 20,000 failing lines would
    // otherwise queue megabytes on the unread pipe, and the process could never exit.
    const bad = Array.from({ length: n }, (_, i) => mixedLine(10 * i + 2 + (i % 4)));
    writeFileSync(input, bad.map((b) => b.line).join("\n") + "\n");
    const debug = spawnSync("sh", ["-c", script.replace("--lines", "--lines --debug"), process.execPath, BIN], { cwd: tmp, encoding: "utf8" });
    expect(debug.stdout.trim()).toBe("0");
    const dOut = readFileSync(join(tmp, "out.ndjson"), "utf8").slice(0, -1).split("\n").map((l) => JSON.parse(l));
    expect(dOut.map((x) => x.id)).toEqual(bad.map((_, i) => i + 1)); // no id could be read: the line number
    expect(dOut.every((x, i) => (bad[i].want as RegExp).test(x.error))).toBe(true);
  });
});
