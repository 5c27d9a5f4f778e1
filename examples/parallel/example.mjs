#!/usr/bin/env node
// `npm run example:parallel [-- --count N] [-- --workdir DIR] [-- --now YYYY-MM-DD] [-- --jobs N]`
// Makes N postings (default 2,000) from fixtures/ in one NDJSON file and parses it with GNU parallel:
//
//   parallel --pipe --block 1M -k jobparse --lines --concurrency 1 < postings.ndjson > records.ndjson
//
// --pipe cuts stdin into ~1 MB blocks at line ends, one `jobparse --lines` process per block, as many
// at once as there are cores (--jobs); -k writes the outputs in input order, so the records line up
// with the input lines one for one. The last line is `N of N ids, 0 duplicates, 0 errors`.
// Needs GNU parallel (Debian: apt-get install -y --no-install-recommends parallel).
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkRun } from "../check.mjs";
import { writePostings } from "../make-postings.mjs";

const BIN = fileURLToPath(new URL("../../bin/jobparse.js", import.meta.url));

/** Whether GNU parallel (not moreutils' parallel) is on PATH. */
export function hasGnuParallel() {
  const r = spawnSync("parallel", ["--version"], { encoding: "utf8" });
  return r.status === 0 && /GNU parallel/.test(r.stdout);
}

/** Runs `parallel --pipe --block 1M -k jobparse --lines` from one file into another. */
export function runParallel({ input, output, now, jobs = null, block = "1M" }) {
  const cmd = ["--will-cite", "--pipe", "--block", block, "-k", "--halt", "now,fail=1"];
  if (jobs) cmd.push("--jobs", String(jobs));
  cmd.push(process.execPath, BIN, "--lines", "--concurrency", "1", "--now", now);
  return new Promise((resolve, reject) => {
    const child = spawn("parallel", cmd, { stdio: ["pipe", "pipe", "inherit"] });
    child.on("error", reject);
    createReadStream(input).pipe(child.stdin);
    const out = createWriteStream(output);
    child.stdout.pipe(out);
    let code = null;
    let flushed = false;
    const done = () => code !== null && flushed && resolve(code);
    out.on("finish", () => ((flushed = true), done()));
    child.on("close", (c) => ((code = c ?? 1), done()));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  if (!hasGnuParallel()) {
    process.stderr.write("example:parallel needs GNU parallel.\n  Debian/Ubuntu: apt-get install -y --no-install-recommends parallel\n  macOS: brew install parallel\n");
    process.exit(1);
  }
  const count = Number(opt("--count", "2000"));
  const now = opt("--now", new Date().toISOString().slice(0, 10));
  const given = opt("--workdir", null);
  const work = given ?? mkdtempSync(join(tmpdir(), "jobparse-parallel-"));
  mkdirSync(work, { recursive: true });
  const input = join(work, "postings.ndjson");
  const output = join(work, "records.ndjson");
  writePostings({ count, file: input });
  process.stdout.write(`${count} postings from fixtures/ in ${input}\n`);
  const started = performance.now();
  const code = await runParallel({ input, output, now, jobs: opt("--jobs", null) });
  const s = (performance.now() - started) / 1000;
  process.stdout.write(`parallel --pipe --block 1M -k jobparse --lines: exit ${code}, ${s.toFixed(2)} s, ${Math.round(count / s)} postings/s\n`);
  const result = checkRun([input], [output]);
  if (given) process.stdout.write(`records in ${output}\n`);
  process.stdout.write(result.line + "\n");
  if (!given) rmSync(work, { recursive: true, force: true });
  process.exit(code === 0 && result.ok ? 0 : 1);
}
