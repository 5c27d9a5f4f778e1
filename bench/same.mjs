#!/usr/bin/env node
// Speed work changes no record: parses every posting of ../shared/corpus (labelled and unlabelled),
// /work/probe and fixtures/ with a baseline build and with the current build (dist/), without and
// with evidence, and prints every record that differs. Exit code 1 when any does.
//
//   rm -rf .dist-base && git stash && npm run build --silent && cp -r dist .dist-base && git stash pop
//   node bench/same.mjs [--quick] [BASE_DIR] [FOLDER…]      (BASE_DIR defaults to .dist-base; .dist-base is git-excluded)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const QUICK = process.argv.includes("--quick"); // without evidence only: half the time
const args = process.argv.slice(2).filter((a) => a !== "--quick");
const baseDir = resolve(ROOT, args[0] ?? ".dist-base");
const folders = args.length > 1 ? args.slice(1) : [join(ROOT, "../shared/corpus"), "/work/probe", join(ROOT, "fixtures")];
if (!existsSync(join(baseDir, "index.js"))) {
  console.error(`same.mjs: no baseline build at ${baseDir} (build HEAD once and copy dist/ there)`);
  process.exit(2);
}
const base = await import(pathToFileURL(join(baseDir, "index.js")).href);
const cur = await import(pathToFileURL(join(ROOT, "dist/index.js")).href);
const NOW = "2026-11-27";

function formatFor(path) {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return "auto";
}

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md|markdown|html?)$/i.test(name) && !/^(README|SOURCES)\.md$/.test(name)) files.push(p);
  }
};
for (const f of folders) if (existsSync(f)) walk(f);

const run = (lib, bytes, options) => {
  try {
    return JSON.stringify(lib.parseJobPosting(bytes, options));
  } catch (e) {
    return `THROWS ${e instanceof Error ? e.message : String(e)}`;
  }
};

let differ = 0;
let compared = 0;
const t = { base: 0, cur: 0 };
for (const path of files) {
  const bytes = new Uint8Array(readFileSync(path));
  for (const evidence of QUICK ? [false] : [false, true]) {
    const options = { now: NOW, format: formatFor(path), evidence };
    let s = performance.now();
    const a = run(base, bytes, options);
    t.base += performance.now() - s;
    s = performance.now();
    const b = run(cur, bytes, options);
    t.cur += performance.now() - s;
    compared++;
    if (a === b) continue;
    differ++;
    const ra = a.startsWith("THROWS") ? { a } : JSON.parse(a);
    const rb = b.startsWith("THROWS") ? { b } : JSON.parse(b);
    const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => JSON.stringify(ra[k]) !== JSON.stringify(rb[k]));
    console.log(`DIFFERS ${path.replace(ROOT, "")}${evidence ? " (evidence)" : ""}: ${keys.join(", ")}`);
    for (const k of keys.slice(0, 3)) {
      console.log(`   base ${k}: ${JSON.stringify(ra[k])?.slice(0, 300)}`);
      console.log(`   now  ${k}: ${JSON.stringify(rb[k])?.slice(0, 300)}`);
    }
  }
}
console.log(`${files.length} postings, ${compared} records compared (${QUICK ? "without evidence" : "without and with evidence"}): ${differ} differ`);
console.log(`time: baseline ${(t.base / 1000).toFixed(1)} s, current ${(t.cur / 1000).toFixed(1)} s → ${(t.cur / t.base).toFixed(2)}× (noisy: one pass, not interleaved)`);
process.exit(differ ? 1 : 0);
