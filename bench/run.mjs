#!/usr/bin/env node
// `npm run bench`: speed and memory of jobparse, printed side by side with their targets. It never
// fails: it measures and prints. Inputs are synthesised in a temporary folder (bench/postings.mjs);
// ../shared/corpus is read as extra input when it exists. Runs in about 3 minutes on 2 cores.
//
//   BENCH_FULL=1 npm run bench    the full sizes (10,000 files, 10,000 vs 100,000 lines) even when
//                                 the parser is too slow for them to fit the time budget
//   BENCH_ONLY=1 npm run bench    section 1 only (parser against remark)
//   BENCH_BASE=.dist-base …       also times a baseline build (a copy of dist/ from before a change)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { plainPosting, tinyPosting } from "./postings.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin/jobparse.js");
const CORPUS = join(ROOT, "../shared/corpus");
const FULL = process.env.BENCH_FULL === "1";
const tmp = mkdtempSync(join(tmpdir(), "jobparse-bench-"));
const rows = [];

const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const num = (x) => Math.round(x).toLocaleString("en-US");
const ratio = (x) => `${x.toFixed(2)}×`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function say(line = "") {
  process.stdout.write(line + "\n");
}
function verdict(ok) {
  return ok === null ? "" : ok ? "  ✓ meets target" : "  ✗ misses target";
}
function row(what, figure, target, ok) {
  rows.push({ what, figure, target, ok });
}

function node(args, options = {}) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  return { ...r, ms: performance.now() - started };
}

function section(title) {
  say();
  say(`${title}   [load ${loadavg()[0].toFixed(1)}]`);
}

// ---------------------------------------------------------------------------------------------
say(`jobparse bench: node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} at start`);
say("Other processes on the machine (the load shown per section) slow every figure; ratios suffer less, but rerun when the load is high.");
say("bin/jobparse.js runs the CLI bundle (dist/cli)");

// 1. parseJobPosting against remark-parse ---------------------------------------------------------
section("1. parseJobPosting, in-process (dist/index.js), against remark-parse alone on the same texts (CPU time, median of 5 interleaved rounds)");
if (process.env.BENCH_BASE) say(`  BENCH_BASE=${process.env.BENCH_BASE}: a baseline build timed in the same rounds (last columns)`);
const tp = node(["bench/parse.mjs", "throughput", existsSync(CORPUS) ? CORPUS : ""], { timeout: 600_000 });
let tinyMs = 5;
let plainMs = 8;
if (tp.status !== 0) {
  say(`  failed: ${(tp.stderr || tp.error?.message || "timed out").split("\n").slice(0, 3).join(" | ")}`);
} else {
  const r = JSON.parse(tp.stdout);
  say(`  parser load: ${ms(r.loadMs)}`);
  const baseHead = r.plain.baseMs !== undefined ? `${"base ratio".padStart(12)}${"speed-up".padStart(10)}` : "";
  say(`  ${"set".padEnd(26)}${"postings".padStart(9)}${"avg size".padStart(10)}${"postings/s".padStart(12)}${"MB/s".padStart(8)}${"remark alone".padStart(14)}${"ratio".padStart(8)}${baseHead}  target`);
  const line = (name, s, target, limit) => {
    const perPosting = s.parseMs / s.count;
    const ratioV = s.parseMs / s.remarkMs;
    const baseCols = s.baseMs !== undefined ? `${ratio(s.baseMs / s.remarkMs).padStart(12)}${ratio(s.baseMs / s.parseMs).padStart(10)}` : "";
    say(
      `  ${name.padEnd(26)}${String(s.count).padStart(9)}${`${(s.bytes / s.count / 1024).toFixed(1)} KB`.padStart(10)}` +
        `${num(1000 / perPosting).padStart(12)}${(s.bytes / 1e6 / (s.parseMs / 1000)).toFixed(2).padStart(8)}` +
        `${`${num((1000 * s.count) / s.remarkMs)}/s`.padStart(14)}${ratio(ratioV).padStart(8)}${baseCols}  ${target}${verdict(limit === null ? null : ratioV <= limit)}`,
    );
    return ratioV;
  };
  line("synthetic plain text", r.plain, "", null);
  line("synthetic Markdown", r.markdown, "", null);
  line("tiny plain text", r.tiny, "(for the stream runs)", null);
  // the issue's measure: the real unlabelled postings (../shared/corpus/unlabeled), .txt and .md apart
  const plainSet = r.corpusTxt ?? r.plain;
  const mdSet = r.corpusMd ?? r.markdown;
  const rp = line(r.corpusTxt ? "unlabelled .txt (real)" : "plain text (synthetic)", plainSet, "≤ 0.25× remark", 0.25);
  const rm = line(r.corpusMd ? "unlabelled .md (real)" : "Markdown (synthetic)", mdSet, "≤ 1.2× remark", 1.2);
  let r1 = null;
  for (const s of r.sizes ?? []) {
    const v = line(`${s.kb} KB plain postings`, s, s.kb === 1 ? "≤ 0.5× remark" : "", s.kb === 1 ? 0.5 : null);
    if (s.kb === 1) r1 = v;
  }
  if (r.sizes?.length >= 2) {
    // least squares of ms per posting against KB: the fixed cost and the cost per KB, jobparse and remark
    const fit = (key) => {
      const xs = r.sizes.map((s) => s.bytes / s.count / 1024);
      const ys = r.sizes.map((s) => s[key] / s.count);
      const mx = xs.reduce((a, b) => a + b) / xs.length;
      const my = ys.reduce((a, b) => a + b) / ys.length;
      const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
      return { fixed: my - slope * mx, perKb: slope };
    };
    const j = fit("parseMs");
    const k = fit("remarkMs");
    const b = r.sizes[0].baseMs !== undefined ? fit("baseMs") : null;
    say(`  ms per posting = fixed + per KB:  jobparse ${j.fixed.toFixed(2)} + ${j.perKb.toFixed(3)}/KB   remark ${k.fixed.toFixed(2)} + ${k.perKb.toFixed(3)}/KB${b ? `   baseline ${b.fixed.toFixed(2)} + ${b.perKb.toFixed(3)}/KB` : ""}`);
    row("ms per posting, fixed + per KB", `${j.fixed.toFixed(2)} + ${j.perKb.toFixed(3)}/KB`, `(remark ${k.fixed.toFixed(2)} + ${k.perKb.toFixed(3)})`, null);
  }
  row("plain text vs remark-parse", ratio(rp), "≤ 0.25×", rp <= 0.25);
  row("Markdown vs remark-parse", ratio(rm), "≤ 1.2×", rm <= 1.2);
  if (r1 !== null) row("1 KB postings vs remark-parse", ratio(r1), "≤ 0.5×", r1 <= 0.5);
  row("throughput, plain text", `${num((1000 * plainSet.count) / plainSet.parseMs)} postings/s, ${(plainSet.bytes / 1e6 / (plainSet.parseMs / 1000)).toFixed(2)} MB/s`, "", null);
  row("throughput, Markdown", `${num((1000 * mdSet.count) / mdSet.parseMs)} postings/s, ${(mdSet.bytes / 1e6 / (mdSet.parseMs / 1000)).toFixed(2)} MB/s`, "", null);
  tinyMs = r.tiny.parseMs / r.tiny.count;
  plainMs = r.plain.parseMs / r.plain.count;
}

// BENCH_ONLY=1: the parser section alone (the other sections take minutes)
if (process.env.BENCH_ONLY === "1") {
  for (const r of rows) say(`  ${r.what.padEnd(38)}${r.figure.padEnd(34)}${r.target.padEnd(18)}${r.ok === null ? "" : r.ok ? "✓" : "✗"}`);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

// 1b. evidence costs nothing when not asked for ---------------------------------------------------
section("1b. Evidence: the same postings without and with { evidence: true }");
const ev = node(["bench/parse.mjs", "evidence"], { timeout: 120_000 });
if (ev.status !== 0) {
  say(`  failed: ${(ev.stderr || ev.error?.message || "timed out").split("\n")[0]}`);
} else {
  const { evidence: e } = JSON.parse(ev.stdout);
  const r = e.onMs / e.offMs;
  say(`  without: ${ms(e.offMs / e.count)} per posting   with: ${ms(e.onMs / e.count)} per posting   → with evidence ${ratio(r)}`);
  say("  (without evidence no span is mapped or narrowed: the detectors keep block offsets either way)");
  row("--evidence vs without", ratio(r), "small (≤ 1.2×)", r <= 1.2);
}

// 2. size scaling ------------------------------------------------------------------------------
section("2. One 1 MB posting against ten 100 KB postings (plain text)");
const sc = node(["bench/parse.mjs", "scale"], { timeout: 90_000 });
if (sc.status !== 0) {
  say(`  did not finish within 90 s${sc.stderr ? `: ${sc.stderr.split("\n")[0]}` : ""} (superlinear)`);
  row("1 MB vs 10 × 100 KB", "> 90 s", "linear (≈ 1×)", false);
} else {
  const { scale } = JSON.parse(sc.stdout);
  const r = scale.oneMs / scale.tenMs;
  say(`  ten 100 KB postings: ${ms(scale.tenMs)}   one 1 MB posting: ${ms(scale.oneMs)}   → ${ratio(r)} (target: linear, ≈ 1×; ≤ 1.5× counted as linear)${verdict(r <= 1.5)}`);
  row("1 MB vs 10 × 100 KB", ratio(r), "linear (≤ 1.5×)", r <= 1.5);
}

// 3. start-up ----------------------------------------------------------------------------------
section("3. Start-up: jobparse --version / --help against node -e ''  (median of 15, interleaved)");
{
  const times = { bare: [], version: [], help: [] };
  for (let i = 0; i < 15; i++) {
    times.bare.push(node(["-e", ""]).ms);
    times.version.push(node([BIN, "--version"]).ms);
    times.help.push(node([BIN, "--help"]).ms);
  }
  const bare = median(times.bare);
  const v = median(times.version);
  const h = median(times.help);
  say(`  node -e ''             ${ms(bare)}`);
  say(`  jobparse --version     ${ms(v)}   → ${ratio(v / bare)} (target ≤ 1.3×)${verdict(v / bare <= 1.3)}`);
  say(`  jobparse --help        ${ms(h)}   → ${ratio(h / bare)}`);
  row("--version vs node -e ''", ratio(v / bare), "≤ 1.3×", v / bare <= 1.3);
}

// 4. folder batch, 1 worker against 2 ------------------------------------------------------------
{
  // A folder the size the target names, unless the parser is so slow that it would not fit the budget.
  const budgetMs = 35_000;
  const fits = Math.floor(budgetMs / Math.max(plainMs, 0.01) / 500) * 500;
  const n = FULL ? 10_000 : Math.max(500, Math.min(10_000, fits));
  section(`4. A folder of ${num(n)} postings (--out), in-process (--concurrency 1) against 2 workers`);
  if (n < 10_000) say(`  scaled down from 10,000 to ${num(n)} to fit the time budget (${plainMs.toFixed(1)} ms per posting); BENCH_FULL=1 runs 10,000`);
  const dir = join(tmp, "folder");
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `batch-${String(i % 100).padStart(2, "0")}`);
    if (i < 100) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `posting-${i}.txt`), plainPosting(10_000 + i));
  }
  const res = {};
  for (const c of [1, 2]) {
    const out = join(tmp, `out-${c}`);
    const r = await measured([dir, "--out", out, "--concurrency", String(c), "--quiet", "--now", "2026-11-27"]);
    const written = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".json")).length;
    res[c] = r;
    say(
      `  --concurrency ${c}: ${ms(r.ms)}  ${num((1000 * n) / r.ms)} postings/s  (CPU ${ms(r.cpuMs)}, ${(r.cpuMs / n).toFixed(2)} ms per posting)  ` +
        `exit ${r.code}, ${num(written)} records written`,
    );
    rmSync(out, { recursive: true, force: true });
  }
  const speedup = res[1].ms / res[2].ms;
  say(`  2 workers are ${ratio(speedup)} faster than 1 (target ≥ 1.8×)${verdict(speedup >= 1.8)}`);
  say(`  CPU spent with 2 workers: ${ratio(res[2].cpuMs / res[1].cpuMs)} that of 1 (the pool's overhead; with a free core each, the speed-up is about 2 / this)`);
  row(`${num(n)}-file folder, 2 workers vs 1`, `${ratio(speedup)} faster`, "≥ 1.8×", speedup >= 1.8);
  rmSync(dir, { recursive: true, force: true });
}

// 5. --lines memory --------------------------------------------------------------------------------
{
  const budgetMs = 40_000;
  // calibrated as if the workers gave no speed-up: on a busy machine they may not
  const fits = Math.floor(budgetMs / Math.max(tinyMs, 0.01) / 5000) * 5000;
  const large = FULL ? 100_000 : Math.max(5_000, Math.min(100_000, fits));
  const small = large / 10;
  section(`5. Peak memory of a --lines stream: ${num(small)} against ${num(large)} postings (default concurrency)`);
  if (large < 100_000) say(`  scaled down from 10,000 / 100,000 to fit the time budget (${tinyMs.toFixed(1)} ms per short posting); BENCH_FULL=1 runs the full sizes`);
  const peak = {};
  for (const n of [small, large]) {
    const r = await streamLines(n);
    peak[n] = r.kb;
    say(`  ${num(n).padStart(7)} postings: peak RSS ${(r.kb / 1024).toFixed(1)} MB, ${ms(r.ms)}, ${num(r.lines)} lines out${r.lines === n ? "" : "  (expected " + num(n) + "!)"}`);
  }
  const growth = peak[large] / peak[small];
  say(`  ${num(large)} / ${num(small)}: ${ratio(growth)} the memory (target: flat, ≤ 1.2×)${verdict(growth <= 1.2)}`);
  row(`--lines peak memory, ${num(large)} vs ${num(small)}`, ratio(growth), "flat (≤ 1.2×)", growth <= 1.2);
}

// Runs the command through bench/measure.mjs: wall time, exit code, peak memory and CPU time;
// `feed(stdin)` writes its input, and output lines are counted.
function measured(args, feed = null) {
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
    if (feed) feed(child.stdin);
    else child.stdin.end();
    child.on("close", (code) => resolve({ code, lines, ms: performance.now() - started, kb: cost.maxRSS, cpuMs: cost.cpuUs / 1000 }));
  });
}

// Feeds n JSON-string lines into `jobparse --lines`, respecting backpressure.
function streamLines(n) {
  return measured(["--lines", "--now", "2026-11-27"], (stdin) => {
    let i = 0;
    const feed = () => {
      while (i < n) {
        const ok = stdin.write(JSON.stringify(tinyPosting(50_000 + (i % 5000))) + "\n");
        i++;
        if (!ok) return stdin.once("drain", feed);
      }
      stdin.end();
    };
    feed();
  });
}

await (await import("./browser.mjs")).default({ section, say, row }); // 6. the browser build's size (bench/browser.mjs)
await (await import("./scale.mjs")).scale({ say, section, row }); // 7–8. scale out: --lines vs Dask per core, --lines peak RSS (bench/scale.mjs)

// ---------------------------------------------------------------------------------------------
section("Summary");
spawnSync(process.execPath, [join(ROOT, "bench/package.mjs")], { stdio: "inherit" });
for (const r of rows) say(`  ${r.what.padEnd(38)}${r.figure.padEnd(34)}${r.target.padEnd(18)}${r.ok === null ? "" : r.ok ? "✓" : "✗"}`);
rmSync(tmp, { recursive: true, force: true });
