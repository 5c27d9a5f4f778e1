#!/usr/bin/env node
// Makes N postings for the scale-out examples from the repo's own fixtures/ (text, Markdown, HTML),
// as `{"id","text"}` NDJSON lines: the input shape of `jobparse --lines`. Each posting gets its own
// id and its own text (a reference line, placed where its format keeps it in the body), so a lost or
// doubled record shows in the count. Deterministic: the same arguments give the same bytes.
//
//   node examples/make-postings.mjs --count 2000 --file postings.ndjson        one file
//   node examples/make-postings.mjs --count 2000 --files 16 --out postings/    16 files (part-NN.ndjson)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const INPUT = /\.(txt|md|html)$/;

/** The postings, in a fixed order: fixture i % F, varied by i. */
export function makePostings(count) {
  const sources = readdirSync(FIXTURES)
    .filter((f) => INPUT.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), "utf8") }));
  const out = [];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const id = `jp-${String(i).padStart(6, "0")}`;
    out.push({ id, text: vary(src.name, src.text, i) });
  }
  return out;
}

// A reference line the posting did not have: at the end of the body (before </body> in HTML).
function vary(name, text, i) {
  const ref = `Reference: JP-${String(i).padStart(6, "0")} (batch ${Math.floor(i / 100) + 1})`;
  if (name.endsWith(".html")) {
    const at = text.lastIndexOf("</body>");
    return at < 0 ? `${text}\n<p>${ref}</p>\n` : `${text.slice(0, at)}<p>${ref}</p>\n${text.slice(at)}`;
  }
  return `${text.trimEnd()}\n\n${ref}\n`;
}

/** Writes the postings as NDJSON: one file, or `files` files of nearly equal size. */
export function writePostings({ count, file = null, out = null, files = 1 }) {
  const lines = makePostings(count).map((p) => JSON.stringify(p) + "\n");
  if (file) {
    writeFileSync(file, lines.join(""));
    return [file];
  }
  mkdirSync(out, { recursive: true });
  const paths = [];
  const per = Math.ceil(lines.length / files);
  for (let f = 0; f < files; f++) {
    const path = join(out, `part-${String(f).padStart(2, "0")}.ndjson`);
    writeFileSync(path, lines.slice(f * per, (f + 1) * per).join(""));
    paths.push(path);
  }
  return paths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const count = Number(opt("--count", "2000"));
  const file = opt("--file", null);
  const out = opt("--out", null);
  if (!Number.isInteger(count) || count < 1 || (!file && !out)) {
    process.stderr.write("usage: make-postings.mjs --count N (--file F.ndjson | --out DIR [--files K])\n");
    process.exit(2);
  }
  const paths = writePostings({ count, file, out, files: Number(opt("--files", "1")) });
  process.stderr.write(`${count} postings in ${paths.length} file(s)\n`);
}
