// The in-process half of the benchmark, run by bench/run.mjs in a child process (so a slow case can
// be timed out): parseJobPosting against remark-parse alone on the same texts, and size scaling.
// Prints one JSON object on stdout.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { markdownPosting, plainPosting, tinyPosting } from "./postings.mjs";

const [mode, corpusDir] = process.argv.slice(2);
const t0 = performance.now();
const { parseJobPosting } = await import("../dist/index.js");
const loadMs = performance.now() - t0;
const { unified } = await import("unified");
const { default: remarkParse } = await import("remark-parse");
const remark = unified().use(remarkParse);
const NOW = "2026-11-27";

const bytesOf = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// The process's CPU time in ms (user + system, all its threads): on a machine shared with other
// processes it moves far less than the wall clock, which counts the time others hold the cores.
// BENCH_WALL=1 measures the wall clock instead.
const clock = process.env.BENCH_WALL === "1" ? () => performance.now() : () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// Runs f over all texts, again and again for at least `minMs`; gives ms per pass.
function perPass(texts, f, minMs) {
  let passes = 0;
  const start = clock();
  do {
    for (const t of texts) f(t);
    passes++;
  } while (clock() - start < minMs);
  return (clock() - start) / passes;
}

// Alternates rounds of several functions so a neighbour's load hits all alike; keeps each one's
// median ms per pass over `rounds` rounds (after one warm-up pass of each).
function alternateAll(texts, fs, minMs, rounds = 5) {
  for (const f of fs) perPass(texts, f, 0);
  const times = fs.map(() => []);
  for (let round = 0; round < rounds; round++) fs.forEach((f, i) => times[i].push(perPass(texts, f, minMs[i])));
  return times.map((t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}
function alternate(texts, a, b, aMs, bMs) {
  return alternateAll(texts, [a, b], [aMs, bMs], 3);
}

// BENCH_BASE=.dist-base: a baseline build timed in the same rounds (before → after in one run)
const base = process.env.BENCH_BASE ? await import(new URL(`../${process.env.BENCH_BASE}/index.js`, import.meta.url).href) : null;

// jobparse against remark alone on the same texts (and against the baseline build when there is one).
function compare(texts, format, minMs = 400) {
  const fs = [(t) => parseJobPosting(t, { now: NOW, format }), (t) => remark.parse(t)];
  if (base) fs.push((t) => base.parseJobPosting(t, { now: NOW, format }));
  const [parseMs, remarkMs, baseMs] = alternateAll(texts, fs, [minMs, minMs / 2, minMs]);
  return { count: texts.length, bytes: bytesOf(texts), parseMs, remarkMs, ...(base ? { baseMs } : {}) };
}

function corpusTexts(dir, ext = /\.(txt|md|html?)$/i) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (ext.test(name)) out.push(readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

const result = { loadMs };
if (mode === "throughput") {
  result.plain = compare(Array.from({ length: 120 }, (_, i) => plainPosting(1000 + i)), "text");
  result.markdown = compare(Array.from({ length: 120 }, (_, i) => markdownPosting(2000 + i)), "markdown");
  result.tiny = compare(Array.from({ length: 120 }, (_, i) => tinyPosting(3000 + i)), "text");
  // the measure: the real postings of the unlabelled corpus, its .txt and its .md sources apart
  if (corpusDir) {
    try {
      const unl = join(corpusDir, "unlabeled");
      const txt = corpusTexts(unl, /\.txt$/i);
      const md = corpusTexts(unl, /\.md$/i);
      if (txt.length) result.corpusTxt = compare(txt, "auto");
      if (md.length) result.corpusMd = compare(md, "markdown");
    } catch {
      // no corpus here: skipped
    }
  }
  // postings of 1, 5, 20 and 100 KB (plain text): the fixed cost per posting and the cost per KB
  result.sizes = [];
  for (const [kb, n] of [[1, 200], [5, 60], [20, 16], [100, 4]]) {
    const texts = Array.from({ length: n }, (_, i) => plainPosting(4000 + kb * 100 + i, kb * 1024));
    result.sizes.push({ kb, ...compare(texts, "text", 300) });
  }
} else if (mode === "evidence") {
  // the same postings parsed without and with evidence, alternating rounds, best of each
  const texts = [...Array.from({ length: 60 }, (_, i) => plainPosting(1000 + i)), ...Array.from({ length: 60 }, (_, i) => markdownPosting(2000 + i))];
  const [offMs, onMs] = alternate(texts, (t) => parseJobPosting(t, { now: NOW }), (t) => parseJobPosting(t, { now: NOW, evidence: true }), 500, 500);
  result.evidence = { count: texts.length, offMs, onMs };
} else if (mode === "scale") {
  const big = plainPosting(77, 1_000_000);
  const tens = Array.from({ length: 10 }, (_, i) => plainPosting(500 + i, 100_000));
  parseJobPosting(tens[0], { now: NOW });
  let one = Infinity;
  let ten = Infinity;
  for (let round = 0; round < 2; round++) {
    let s = performance.now();
    for (const t of tens) parseJobPosting(t, { now: NOW });
    ten = Math.min(ten, performance.now() - s);
    s = performance.now();
    parseJobPosting(big, { now: NOW });
    one = Math.min(one, performance.now() - s);
  }
  result.scale = { bigBytes: Buffer.byteLength(big), tenBytes: bytesOf(tens), oneMs: one, tenMs: ten };
}
process.stdout.write(JSON.stringify(result) + "\n");
