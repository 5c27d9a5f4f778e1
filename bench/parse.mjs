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

// Runs f over all texts, again and again for at least `minMs`; gives ms per pass.
function perPass(texts, f, minMs) {
  let passes = 0;
  const start = performance.now();
  do {
    for (const t of texts) f(t);
    passes++;
  } while (performance.now() - start < minMs);
  return (performance.now() - start) / passes;
}

// Alternates jobparse and remark rounds so a neighbour's load hits both alike; keeps each one's best.
function compare(texts, format) {
  const parse = (t) => parseJobPosting(t, { now: NOW, format });
  const md = (t) => remark.parse(t);
  perPass(texts, parse, 0);
  perPass(texts, md, 0);
  let best = { parse: Infinity, remark: Infinity };
  for (let round = 0; round < 3; round++) {
    best.parse = Math.min(best.parse, perPass(texts, parse, 700));
    best.remark = Math.min(best.remark, perPass(texts, md, 300));
  }
  return { count: texts.length, bytes: bytesOf(texts), parseMs: best.parse, remarkMs: best.remark };
}

function corpusTexts(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md|html?)$/i.test(name)) out.push(readFileSync(p, "utf8"));
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
  if (corpusDir) {
    try {
      const texts = corpusTexts(corpusDir);
      if (texts.length) result.corpus = compare(texts, "auto");
    } catch {
      // no corpus here: skipped
    }
  }
} else if (mode === "evidence") {
  // the same postings parsed without and with evidence, alternating rounds, best of each
  const texts = [...Array.from({ length: 60 }, (_, i) => plainPosting(1000 + i)), ...Array.from({ length: 60 }, (_, i) => markdownPosting(2000 + i))];
  const off = (t) => parseJobPosting(t, { now: NOW });
  const on = (t) => parseJobPosting(t, { now: NOW, evidence: true });
  perPass(texts, off, 0);
  perPass(texts, on, 0);
  let best = { off: Infinity, on: Infinity };
  for (let round = 0; round < 3; round++) {
    best.off = Math.min(best.off, perPass(texts, off, 500));
    best.on = Math.min(best.on, perPass(texts, on, 500));
  }
  result.evidence = { count: texts.length, offMs: best.off, onMs: best.on };
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
