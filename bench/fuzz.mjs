#!/usr/bin/env node
// `npm run fuzz`: 100,000 hostile inputs (bench/hostile.mjs: posting fragments in any order, any
// string, any bytes; any format; any reference date) through the built core (dist/). Every parse
// must give a schema-valid record or throw InputError "empty" / "binary"; every tenth case is
// parsed twice and must give the same record. Prints the number of failures, grouped by kind, and
// the first input of each kind shrunk by fast-check. Exits 0 whatever it finds; 2 if the harness
// itself breaks. The cases are split over worker threads (one per core, at most 2), each with the
// main thread's ~1 MB stack so stack overflows show as they would in a caller.
//
//   FUZZ_RUNS=20000 FUZZ_SEED=42 FUZZ_WORKERS=1 npm run fuzz
//
// Mutation mode (`npm run fuzz -- --mutate`, or FUZZ_MODE=mutate): FUZZ_RUNS (default 2,000) postings
// of ../shared/corpus (labelled and unlabelled; skipped when the corpus is absent), each damaged the
// way scrapers damage text (bench/hostile.mjs MUTATIONS), through the built CLI's `--lines` in one
// long-lived process. Checks one output line per input line, no refusal of a text with more than 200
// letters, every record schema-valid; prints `N of N records, 0 refusals over 200 letters, 0 invalid`
// and exits 1 when any check fails.
import fc from "fast-check";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { anyInputArb, checkLinesAnswer, checkParse, formatArb, mutatePosting, nowArb, preview, seeded } from "./hostile.mjs";

const SHOWN_KINDS = 5; // how many kinds of failure get a shrunk example
const TWICE_EVERY = 10;

/** A failure's kind: its message without the parts that vary from input to input. */
const kindOf = (failure) => failure.replace(/\d+/g, "N").replace(/"[^"]*"/g, '"…"').slice(0, 160);


async function main() {
  const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const workers = Math.max(1, Math.min(Number(process.env.FUZZ_WORKERS ?? Math.min(2, availableParallelism())), runs));
  const started = performance.now();
  process.stderr.write(`jobparse fuzz: ${runs.toLocaleString("en-US")} cases, seed ${seed}, ${workers} worker${workers > 1 ? "s" : ""}\n`);

  const share = (i) => Math.floor(runs / workers) + (i < runs % workers ? 1 : 0);
  let results;
  try {
    results = await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        new Promise((resolve, reject) => {
          const w = new Worker(fileURLToPath(import.meta.url), { workerData: { seed: seed + i, runs: share(i), id: i }, resourceLimits: { stackSizeMb: 1 } });
          w.on("message", (m) => (m.type === "progress" ? process.stderr.write(`  worker ${i}: ${m.done.toLocaleString("en-US")} / ${share(i).toLocaleString("en-US")}\n`) : resolve(m)));
          w.on("error", reject);
          w.on("exit", (code) => code !== 0 && reject(new Error(`worker ${i} exited with code ${code}`)));
        }),
      ),
    );
  } catch (e) {
    process.stderr.write(`fuzz harness broke: ${e?.stack ?? e}\n`);
    process.exit(2);
  }

  const total = results.reduce((n, r) => n + r.runs, 0);
  const failures = results.reduce((n, r) => n + r.failures, 0);
  const kinds = new Map();
  for (const r of results) {
    for (const k of r.kinds) {
      const seen = kinds.get(k.kind);
      if (seen) seen.count += k.count;
      else kinds.set(k.kind, { ...k });
    }
  }
  const slowest = results.map((r) => r.slowest).sort((a, b) => b.ms - a.ms)[0];
  const secs = ((performance.now() - started) / 1000).toFixed(0);

  const out = [];
  out.push(`jobparse fuzz: ${total.toLocaleString("en-US")} cases in ${secs} s (seed ${seed}, ${workers} worker${workers > 1 ? "s" : ""})`);
  out.push(`failures: ${failures.toLocaleString("en-US")} (${((100 * failures) / Math.max(total, 1)).toFixed(2)}%)`);
  const byCount = [...kinds.values()].sort((a, b) => b.count - a.count);
  for (const k of byCount) out.push(`  ${k.count.toLocaleString("en-US").padStart(8)}× ${k.kind}`);
  const shown = byCount.filter((k) => k.example).slice(0, SHOWN_KINDS);
  if (shown.length) out.push("first failing input of each kind, shrunk:");
  shown.forEach((k, i) => {
    out.push(`  ${i + 1}. ${k.example.failure}`);
    out.push(`     input: ${k.example.input}`);
    out.push(`     format: ${k.example.format}, now: ${k.example.now}  (shrunk ${k.example.shrinks}×; first seen as case #${k.firstIndex} of worker ${k.worker}, seed ${k.seed})`);
  });
  if (slowest) out.push(`slowest case: ${slowest.ms.toFixed(0)} ms, ${slowest.input}, format ${slowest.format}`);
  process.stdout.write(out.join("\n") + "\n");
}

function work({ seed, runs, id }) {
  const api = import("../dist/index.js");
  api.then((core) => {
    const arb = fc.tuple(anyInputArb, formatArb, nowArb);
    const kinds = new Map();
    let index = 0;
    let failures = 0;
    let slowest = { ms: -1 };
    const step = Math.max(1, Math.floor(runs / 4));

    fc.check(
      fc.property(arb, ([input, format, now]) => {
        const i = index++;
        const t = performance.now();
        const failure = checkParse(core, input, { format, now }, i % TWICE_EVERY === 0);
        const ms = performance.now() - t;
        if (ms > slowest.ms) slowest = { ms, input: preview(input, 60), format };
        if (failure) {
          failures++;
          const kind = kindOf(failure);
          const k = kinds.get(kind);
          if (k) k.count++;
          else kinds.set(kind, { kind, count: 1, firstIndex: i, seed, worker: id });
        }
        if ((i + 1) % step === 0 && i + 1 < runs) parentPort.postMessage({ type: "progress", done: i + 1 });
        return true; // count every failure instead of stopping at the first
      }),
      { seed, numRuns: runs },
    );

    // shrink the first input of the most frequent kinds: replay its run and keep it failing the same way
    const top = [...kinds.values()].sort((a, b) => b.count - a.count).slice(0, SHOWN_KINDS);
    for (const k of top) {
      const twice = k.kind.startsWith("not deterministic") || k.kind.startsWith("second parse");
      const run = fc.check(
        fc.property(arb, ([input, format, now]) => {
          const failure = checkParse(core, input, { format, now }, twice);
          return failure === null || kindOf(failure) !== k.kind;
        }),
        { seed, path: String(k.firstIndex), numRuns: 1 },
      );
      if (run.failed && run.counterexample) {
        const [[input, format, now]] = run.counterexample;
        k.example = { failure: checkParse(core, input, { format, now }, twice), input: preview(input), format, now: String(now), shrinks: run.numShrinks };
      }
    }
    parentPort.postMessage({ type: "done", runs: index, failures, kinds: [...kinds.values()], slowest });
  });
}

// ---- mutation mode -------------------------------------------------------------------------------

const INPUT_EXT = /\.(txt|md|html?|json)$/;

/** Every posting file under a folder (expected records and manifests left out), sorted. */
function postingFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (INPUT_EXT.test(name) && !name.endsWith(".expected.json") && !/^[A-Z]/.test(name)) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Runs lines through the built CLI's `--lines` in one process; gives its stdout. */
export function throughLines(lines, args = []) {
  return new Promise((resolve, reject) => {
    const bin = fileURLToPath(new URL("../bin/jobparse.js", import.meta.url));
    const child = spawn(process.execPath, [bin, "--lines", "--now", "2026-11-27", ...args], { stdio: ["pipe", "pipe", "inherit"] });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString("utf8")) : reject(new Error(`jobparse --lines exited with code ${code}`))));
    child.stdin.end(lines.map((l) => l + "\n").join(""));
  });
}

async function mutate() {
  const corpus = fileURLToPath(new URL("../../shared/corpus", import.meta.url));
  const runs = Number(process.env.FUZZ_RUNS ?? 2000);
  const seed = Number(process.env.FUZZ_SEED ?? 20261206);
  const labelled = [...postingFiles(join(corpus, "real")), ...postingFiles(join(corpus, "boards"))];
  const unlabelled = postingFiles(join(corpus, "unlabeled"));
  if (labelled.length + unlabelled.length === 0) {
    process.stdout.write(`jobparse fuzz --mutate: no corpus at ${corpus}; skipped\n`);
    return;
  }
  const rand = seeded(seed);
  // every labelled posting once, the rest drawn from the unlabelled ones (with repeats only when too few)
  const pool = [...labelled];
  const rest = [...unlabelled];
  while (pool.length < runs && rest.length) pool.push(rest.splice(Math.floor(rand() * rest.length), 1)[0]);
  while (pool.length < runs) pool.push(pool[Math.floor(rand() * pool.length)]);
  const cases = pool.slice(0, runs).map((file, i) => {
    const { text, names } = mutatePosting(readFileSync(file, "utf8"), rand);
    return { id: i + 1, text, names, source: file.slice(corpus.length + 1) };
  });
  const started = performance.now();
  process.stderr.write(`jobparse fuzz --mutate: ${cases.length.toLocaleString("en-US")} damaged postings (${labelled.length} labelled), seed ${seed}\n`);
  const stdout = await throughLines(cases.map((c) => JSON.stringify({ id: c.id, text: c.text })));
  const { JobPostingSchema } = await import("../dist/index.js");
  const r = checkLinesAnswer(cases, stdout, JobPostingSchema);
  for (const f of r.failures.slice(0, 20)) process.stdout.write(`  ${f}\n`);
  if (r.failures.length > 20) process.stdout.write(`  … ${r.failures.length - 20} more\n`);
  process.stdout.write(`${r.summary}${r.refusedShort ? ` (${r.refusedShort} refused of 200 letters or fewer)` : ""} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  process.exitCode = r.failures.length ? 1 : 0;
}

const mutateMode = process.argv.includes("--mutate") || process.env.FUZZ_MODE === "mutate";
if (isMainThread) await (mutateMode ? mutate() : main());
else work(workerData);
