#!/usr/bin/env node
// `npm run playground`: builds the browser core and the playground page, then prints the path to
// open. Separate from `npm run build` (it writes only under playground/dist/).
//
//   playground/dist/jobparse.browser.js   the core as one ES module for browsers (parseJobPosting,
//                                         toJsonLd, the evidence; bytes as Uint8Array)
//   playground/dist/index.html            the page, one file with everything inlined: it works from
//                                         file:// (Chromium allows neither module scripts nor a
//                                         worker file there, so the worker starts from a Blob)
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");
export const DIST = join(HERE, "dist");
export const PAGE = join(DIST, "index.html");
export const CORE = join(DIST, "jobparse.browser.js");

// "worker" before "browser": some packages' browser builds use the DOM (decode-named-character-reference
// decodes entities through document.createElement), which a Web Worker does not have.
const BROWSER = { bundle: true, platform: "browser", conditions: ["worker"], target: "es2022", minify: true, legalComments: "none", logLevel: "warning" };

/** The browser core as one ES module: its text, and what it would import that browsers lack. */
export async function buildCore() {
  const r = await build({ ...BROWSER, entryPoints: [join(HERE, "core.ts")], format: "esm", write: false, metafile: true, outfile: CORE });
  const text = r.outputFiles[0].text;
  const inputs = Object.keys(r.metafile.inputs);
  const nodeOnly = [
    ...inputs.filter((p) => p.startsWith("node:") || /^(fs|path|os|url|module|worker_threads|child_process|buffer|process)$/.test(p)),
    ...(/\bBuffer\.(from|alloc|isBuffer)\b/.test(text.replace(/typeof Buffer[^;]*/g, "")) ? ["Buffer"] : []),
    ...(/\bprocess\.(env|cwd|stdout|argv)\b/.test(text) ? ["process"] : []),
  ];
  // bytes each package (or src/) adds to the module
  const parts = {};
  for (const [path, { bytesInOutput }] of Object.entries(Object.values(r.metafile.outputs)[0].inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const part = m ? m[1] : path.startsWith("src/") ? "src/" : path;
    parts[part] = (parts[part] ?? 0) + bytesInOutput;
  }
  return { text, inputs, nodeOnly, parts };
}

async function iife(entry) {
  const r = await build({ ...BROWSER, entryPoints: [join(HERE, entry)], format: "iife", write: false, outfile: join(DIST, entry) });
  return r.outputFiles[0].text;
}

/** The repo's invented fixtures, as bytes (base64), for the page's menu. */
export function examples() {
  const dir = join(ROOT, "fixtures");
  return readdirSync(dir)
    .filter((f) => [".txt", ".md", ".html"].includes(extname(f)))
    .sort()
    .map((f) => ({ name: f, base64: readFileSync(join(dir, f)).toString("base64") }));
}

// A script's text inlined in <script>: only "</script" (any case) and "<!--" could end or confuse it.
function inline(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

export async function buildPlayground() {
  mkdirSync(DIST, { recursive: true });
  const core = await buildCore();
  if (core.nodeOnly.length) throw new Error(`the browser core reaches Node-only code: ${core.nodeOnly.join(", ")}`);
  writeFileSync(CORE, core.text);
  const [worker, app] = await Promise.all([iife("worker.ts"), iife("app.ts")]);
  const css = readFileSync(join(HERE, "style.css"), "utf8");
  const scripts = [
    `<script>window.JOBPARSE_EXAMPLES = ${inline(JSON.stringify(examples()))};</script>`,
    `<script>window.JOBPARSE_WORKER_SOURCE = ${inline(JSON.stringify(worker))};</script>`,
    `<script>${inline(app)}</script>`,
  ].join("\n");
  const page = readFileSync(join(HERE, "index.html"), "utf8")
    .replace("<!-- STYLE -->", () => `<style>\n${css}</style>`)
    .replace("<!-- SCRIPTS -->", () => scripts);
  writeFileSync(PAGE, page);
  return { page: PAGE, core: CORE, pageBytes: Buffer.byteLength(page), coreBytes: Buffer.byteLength(core.text) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await buildPlayground();
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  process.stdout.write(`built ${basename(r.core)} (${kb(r.coreBytes)}) and the playground page (${kb(r.pageBytes)}, works offline)\n`);
  process.stdout.write(`open it in a browser:\n  ${pathToFileURL(r.page).href}\n`);
}
