// Scale-out figures for `npm run bench` (called from bench/run.mjs; alone: `node bench/scale.mjs`):
//  - postings/s per core: one `jobparse --lines --concurrency 1` process against the Dask example
//    (examples/dask, a LocalCluster of two worker processes) on the same 2,000 postings made from
//    fixtures/, side by side;
//  - peak RSS of one `--lines` process over 10,000 and 100,000 short postings (target: flat, the
//    larger within 10% of the smaller). Takes about 3 minutes on 2 idle cores, most of it the
//    100,000 lines.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findPython } from "../examples/dask/example.mjs";
import { makePostings } from "../examples/make-postings.mjs";
import { tinyPosting } from "./postings.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NOW = "2026-11-27";
const num = (x) => Math.round(x).toLocaleString("en-US");

/** Runs `jobparse ARGS` under bench/measure.mjs, feeding lines from `next()` until it gives null. */
function measuredLines(args, next) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, "bench/measure.mjs"), ...args], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit", "pipe"] });
    let lines = 0;
    let cost = { maxRSS: 0, cpuUs: 0 };
    child.stdout.on("data", (b) => {
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
    });
    child.stdio[3].on("data", (b) => (cost = JSON.parse(String(b))));
    child.stdin.on("error", () => undefined);
    const feed = () => {
      for (let line = next(); line !== null; line = next()) if (!child.stdin.write(line + "\n")) return child.stdin.once("drain", feed);
      child.stdin.end();
    };
    feed();
    child.on("close", (code) => resolve({ code, lines, s: (performance.now() - started) / 1000, kb: cost.maxRSS, cpuS: cost.cpuUs / 1e6 }));
  });
}

/** The figures, printed with `say`, the summary rows given to `row(what, figure, target, ok)`. */
export async function scale({ say, section, row }) {
  const n = 2000;
  section(`7. Scale out: postings/s per core on ${num(n)} postings from fixtures/, one --lines process against Dask with two workers`);
  const lines = makePostings(n).map((p) => JSON.stringify(p));
  let i = 0;
  const one = await measuredLines(["--lines", "--concurrency", "1", "--now", NOW], () => (i < n ? lines[i++] : null));
  const onePerCore = n / one.s;
  say(`  one --lines process (1 core):  ${num(onePerCore)} postings/s per core  (${one.s.toFixed(2)} s wall, ${((1000 * one.cpuS) / n).toFixed(2)} ms CPU per posting, ${num(one.lines)} lines, exit ${one.code})`);
  row("--lines, one process", `${num(onePerCore)} postings/s per core`, "", null);

  const python = findPython();
  if (!python) {
    say("  Dask: skipped (no Python with distributed: apt-get install -y --no-install-recommends python3-distributed)");
  } else {
    const work = mkdtempSync(join(tmpdir(), "jobparse-bench-dask-"));
    const stats = join(work, "stats.json");
    const started = performance.now();
    const r = spawnSync(process.execPath, ["examples/dask/example.mjs", "--count", String(n), "--now", NOW, "--workdir", work, "--stats", stats], { cwd: ROOT, encoding: "utf8" });
    const wall = (performance.now() - started) / 1000;
    const last = r.stdout.trimEnd().split("\n").at(-1);
    if (r.status !== 0) say(`  Dask: failed (exit ${r.status}): ${last} ${String(r.stderr).split("\n")[0]}`);
    else {
      const s = JSON.parse(readFileSync(stats, "utf8"));
      const perCore = n / s.parseS / s.workers;
      say(
        `  Dask, ${s.workers} workers (2 cores):        ${num(perCore)} postings/s per core  (${s.parseS.toFixed(2)} s for ${s.partitions} partitions after a ${s.startS.toFixed(2)} s cluster start; ` +
          `${((1000 * s.cpuS) / n).toFixed(2)} ms CPU per posting, Dask's own processes included)`,
      );
      say(`  → Dask keeps ${((100 * perCore) / onePerCore).toFixed(0)}% of one process's rate per core; ${last}; ${wall.toFixed(1)} s in all`);
      row("Dask, 2 workers", `${num(perCore)} postings/s per core`, `vs ${num(onePerCore)} alone`, null);
    }
    rmSync(work, { recursive: true, force: true });
  }

  section("8. Peak RSS of one --lines process (--concurrency 1) over 10,000 and 100,000 short postings");
  const peak = {};
  for (const count of [10_000, 100_000]) {
    let k = 0;
    const r = await measuredLines(["--lines", "--concurrency", "1", "--now", NOW], () => (k < count ? JSON.stringify({ id: k, text: tinyPosting(k++) }) : null));
    peak[count] = r.kb;
    say(`  ${num(count).padStart(7)} lines: peak RSS ${(r.kb / 1024).toFixed(1)} MB, ${r.s.toFixed(1)} s, ${num(r.lines)} lines out${r.lines === count ? "" : ` (expected ${num(count)}!)`}, exit ${r.code}`);
  }
  const growth = peak[100_000] / peak[10_000];
  const flat = growth <= 1.1;
  say(`  100,000 / 10,000: ${growth.toFixed(2)}× the memory (target: flat, within 10%)${flat ? "  ✓ meets target" : "  ✗ misses target"}`);
  row("--lines peak RSS, 100,000 vs 10,000", `${growth.toFixed(2)}× (${(peak[10_000] / 1024).toFixed(0)} → ${(peak[100_000] / 1024).toFixed(0)} MB)`, "flat (≤ 1.1×)", flat);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = [];
  const say = (l = "") => process.stdout.write(l + "\n");
  say(`jobparse scale bench: node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)}`);
  await scale({ say, section: (t) => (say(), say(`${t}   [load ${loadavg()[0].toFixed(1)}]`)), row: (what, figure, target, ok) => rows.push({ what, figure, target, ok }) });
  say();
  for (const r of rows) say(`  ${r.what.padEnd(38)}${r.figure.padEnd(34)}${r.target.padEnd(18)}${r.ok === null ? "" : r.ok ? "✓" : "✗"}`);
}
