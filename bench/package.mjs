#!/usr/bin/env node
// What a user downloads and installs: the tarball (`npm pack`), the CLI bundle inside it, and the
// size of a fresh `npm install` of that tarball (production dependencies only) in a temporary
// folder. Run after `npm run build`; `node bench/package.mjs [package folder]` (default: this one).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(process.argv[2] ?? fileURLToPath(new URL("..", import.meta.url)));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;

function sizeOf(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return { bytes: 0, files: 0 };
  if (!st.isDirectory()) return { bytes: st.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(path)) {
    const s = sizeOf(join(path, e));
    bytes += s.bytes;
    files += s.files;
  }
  return { bytes, files };
}

// The CLI bundle: dist/cli; before the one-build change it was dist/bundle (dist/cli then held tsc's copy).
const bundle = sizeOf(join(root, "dist/bundle")).bytes ? sizeOf(join(root, "dist/bundle")) : sizeOf(join(root, "dist/cli"));
// The same figures measured on commit 98f30ed (before issue #14), for comparison.
const BEFORE = "tarball 0.96 MB (4.27 MB unpacked, 223 files); CLI bundle 3.43 MB; npm install: 15.76 MB in 100 packages";
const dir = mkdtempSync(join(tmpdir(), "jobparse-size-"));
try {
  const [pack] = JSON.parse(execFileSync(npm, ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  const app = join(dir, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "size-probe", private: true }));
  execFileSync(npm, ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", join(dir, pack.filename)], { cwd: app, stdio: "ignore" });
  const installed = sizeOf(join(app, "node_modules"));
  const packages = readdirSync(join(app, "node_modules")).flatMap((n) => (n.startsWith("@") ? readdirSync(join(app, "node_modules", n)) : n.startsWith(".") ? [] : [n])).length;
  process.stdout.write(
    `  package: tarball ${mb(pack.size)} (${mb(pack.unpackedSize)} unpacked, ${pack.entryCount} files); CLI bundle ${mb(bundle.bytes)}; ` +
      `npm install: ${mb(installed.bytes)} in ${packages} packages\n  (before #14: ${BEFORE})\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
