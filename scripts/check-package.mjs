// The package as a user gets it: `npm pack`, then two consumer projects in a temporary folder — one
// CommonJS (`require`), one ESM (`import`) — each installing the tarball, type-checked by strict
// TypeScript (module nodenext) and run. Exits 1 on any failure. Run after `npm run build`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const tsc = join(root, "node_modules/typescript/bin/tsc");
const dir = mkdtempSync(join(tmpdir(), "jobparse-consumers-"));
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const POSTING = "Senior Data Engineer\\nAcme Analytics · Lisbon, Portugal · Full-time\\n\\nRequirements\\n- 5+ years of SQL\\n- Python";
const CHECK = (r) => `if (${r}.title !== "Senior Data Engineer") throw new Error("unexpected title: " + ${r}.title);`;
const consumers = {
  cjs: {
    type: "commonjs",
    file: "index.cts",
    code: `import jobparse = require("jobparse");
import type { JobPosting } from "jobparse";
const r: JobPosting = jobparse.parseJobPosting("${POSTING}", { now: "2026-11-27" });
const ld = jobparse.toJsonLd(r);
${CHECK("r")}
console.log("cjs ok", r.title, typeof ld);
`,
  },
  esm: {
    type: "module",
    file: "index.mts",
    code: `import { parseJobPosting, toJsonLd, JobPostingSchema, type JobPosting } from "jobparse";
const r: JobPosting = parseJobPosting("${POSTING}", { now: "2026-11-27" });
JobPostingSchema.parse(r);
const ld = toJsonLd(r);
${CHECK("r")}
console.log("esm ok", r.title, typeof ld);
`,
  },
};

let failed = 0;
// What the tarball holds: LICENSE, the library with its types, and the CLI once (the bundle, no tsc copy).
const [listing] = JSON.parse(sh(npm, ["pack", "--dry-run", "--json"], root));
const paths = listing.files.map((f) => f.path);
for (const [ok, what] of [
  [paths.includes("LICENSE"), "LICENSE"],
  [paths.includes("dist/index.js") && paths.includes("dist/index.d.ts"), "dist/index.js and its types"],
  [paths.includes("dist/cli/entry.js") && paths.includes("dist/cli/worker.js"), "the CLI bundle in dist/cli"],
  [!paths.some((p) => p.startsWith("dist/cli/") && p.endsWith(".d.ts")) && !paths.some((p) => p.startsWith("dist/bundle/")), "one CLI build only"],
]) {
  if (!ok) {
    failed++;
    process.stdout.write(`package: the tarball lacks ${what}\n`);
  }
}
try {
  const tarball = join(dir, sh(npm, ["pack", "--silent", "--pack-destination", dir], root).trim().split("\n").pop());
  for (const [name, c] of Object.entries(consumers)) {
    const p = join(dir, name);
    mkdirSync(join(p, "node_modules/@types"), { recursive: true });
    writeFileSync(join(p, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type: c.type }));
    writeFileSync(
      join(p, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", types: ["node"], outDir: "out", skipLibCheck: false } }),
    );
    writeFileSync(join(p, c.file), c.code);
    try {
      sh(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball], p);
      symlinkSync(join(root, "node_modules/@types/node"), join(p, "node_modules/@types/node"), "dir");
      sh(process.execPath, [tsc, "-p", "."], p);
      const out = sh(process.execPath, [join(p, "out", c.file.replace(/ts$/, "js"))], p);
      process.stdout.write(`package: ${out}`);
    } catch (e) {
      failed++;
      process.stdout.write(`package: ${name} consumer failed\n${e.stdout ?? ""}${e.stderr ?? e.message}\n`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
