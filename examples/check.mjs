#!/usr/bin/env node
// Checks a scale-out run: every input id comes back exactly once, and no record is an error.
// Prints one line, `N of N ids, 0 duplicates, 0 errors`, and exits 1 when anything is missing,
// doubled, unknown or failed.
//
//   node examples/check.mjs --in postings/ --out records/     (folders: their *.ndjson files)
//   node examples/check.mjs --in postings.ndjson --out records.ndjson
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The NDJSON files a path names: itself, or a folder's *.ndjson files in name order. */
export function ndjsonFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith(".ndjson"))
    .sort()
    .map((f) => join(path, f));
}

function* lines(paths) {
  for (const p of paths.flatMap(ndjsonFiles)) {
    for (const line of readFileSync(p, "utf8").split("\n")) if (line !== "") yield line;
  }
}

/** Counts what came back against what went in. */
export function checkRun(inputs, outputs) {
  const wanted = new Set();
  for (const line of lines(inputs)) wanted.add(JSON.parse(line).id);
  const seen = new Set();
  let duplicates = 0;
  let errors = 0;
  let unknown = 0;
  for (const line of lines(outputs)) {
    let rec;
    try {
      rec = JSON.parse(line);
    } catch {
      errors++; // a torn or foreign line: as bad as an error record
      continue;
    }
    if ("error" in rec) errors++;
    if (!wanted.has(rec.id)) unknown++;
    else if (seen.has(rec.id)) duplicates++;
    else seen.add(rec.id);
  }
  const ok = seen.size === wanted.size && duplicates === 0 && errors === 0 && unknown === 0;
  const line = `${seen.size} of ${wanted.size} ids, ${duplicates} duplicates, ${errors} errors${unknown ? `, ${unknown} unknown ids` : ""}`;
  return { ok, line, total: wanted.size, found: seen.size, duplicates, errors, unknown };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const group = (flag) => {
    const i = args.indexOf(flag);
    if (i < 0) return [];
    const rest = args.slice(i + 1);
    const end = rest.findIndex((a) => a.startsWith("--"));
    return end < 0 ? rest : rest.slice(0, end);
  };
  const inputs = group("--in");
  const outputs = group("--out");
  if (!inputs.length || !outputs.length) {
    process.stderr.write("usage: check.mjs --in FILE|DIR… --out FILE|DIR…\n");
    process.exit(2);
  }
  const r = checkRun(inputs, outputs);
  process.stdout.write(r.line + "\n");
  process.exit(r.ok ? 0 : 1);
}
