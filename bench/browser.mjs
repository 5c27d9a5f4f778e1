#!/usr/bin/env node
// The browser build of the core (playground/build.mjs: one ES module, esbuild --platform=browser):
// its size, gzipped, against the 400 KB target, and what fills it. Called by bench/run.mjs; runs
// alone too (`node bench/browser.mjs`).
import { brotliCompressSync, gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { buildCore } from "../playground/build.mjs";

const TARGET = 400 * 1024;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

/** Prints the section; `row` (optional) adds a summary row as bench/run.mjs keeps them. */
export default async function browserBench({ section = (t) => console.log(`\n${t}`), say = console.log, row = () => {} } = {}) {
  section("6. The browser build of the core (parseJobPosting, toJsonLd, evidence; lexicons and country names included)");
  let core;
  try {
    core = await buildCore();
  } catch (e) {
    say(`  failed: ${String(e?.message ?? e).split("\n")[0]}`);
    return;
  }
  const bytes = Buffer.from(core.text);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes).length;
  const ok = gz <= TARGET && core.nodeOnly.length === 0;
  say(`  one ES module: ${kb(bytes.length)}, gzipped ${kb(gz)} (brotli ${kb(br)}) → target < 400 KB gzipped${ok ? "  ✓ meets target" : "  ✗ misses target"}`);
  say(`  Node-only code reached: ${core.nodeOnly.length ? core.nodeOnly.join(", ") : "none"}`);
  const parts = Object.entries(core.parts).sort((a, b) => b[1] - a[1]);
  say(`  largest parts (minified, before gzip): ${parts.slice(0, 6).map(([p, n]) => `${p} ${kb(n)}`).join(", ")}`);
  row("browser core, gzipped", kb(gz), "< 400 KB", ok);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await browserBench();
