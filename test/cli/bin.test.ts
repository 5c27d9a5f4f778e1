// Smoke tests of the real command (bin/jobparse.js → the built bundle): run `npm run build` first
// (`npm test` does).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AGGREGATOR_POSTING, smallPosting, tempTree } from "./helpers.js";

const BIN = resolve("bin/jobparse.js");
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((f) => f()));

function jobparse(args: string[], options: { cwd?: string; input?: string } = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? "", encoding: "utf8", env: { ...process.env, NO_COLOR: "" } });
}

describe("the built binary", () => {
  it("is built", () => {
    expect(existsSync(resolve("dist/cli/entry.js")), "run `npm run build`").toBe(true);
  });

  it("loads no parser code (zod, remark, the detectors) for --version and --help", { timeout: 60_000 }, () => {
    const t = tempTree({
      "hooks.mjs": `import { appendFileSync } from "node:fs";
export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  if (r.url.startsWith("file:")) appendFileSync(process.env.LOADED_LOG, r.url + "\\n");
  return r;
}`,
      "register.mjs": `import { register } from "node:module"; register("./hooks.mjs", import.meta.url);`,
    });
    cleanups.push(t.remove);
    for (const flag of ["--version", "--help"]) {
      const log = join(t.dir, `loaded${flag}.txt`);
      const r = spawnSync(process.execPath, ["--import", join(t.dir, "register.mjs"), BIN, flag], { encoding: "utf8", env: { ...process.env, LOADED_LOG: log } });
      expect(r.status).toBe(0);
      const loaded = readFileSync(log, "utf8").trim().split("\n").filter((u) => !u.endsWith("register.mjs") && !u.endsWith("hooks.mjs"));
      // the CLI bundle
      expect(loaded.some((u) => /\/dist\/cli\//.test(u))).toBe(true);
      for (const url of loaded) {
        expect(url).not.toMatch(/\/node_modules\/(zod|remark-parse|micromark|unified|rehype-parse)\/|\/dist\/(index|pipeline|detectors)/);
        const code = readFileSync(new URL(url), "utf8");
        expect(code, url).not.toMatch(/node_modules\/(zod|remark-parse|micromark|unified|rehype-parse)\//);
        expect(code, url).not.toContain("parseJobPosting");
      }
    }
  });

  it("prints its version and help", () => {
    const v = jobparse(["--version"]);
    expect(v.status).toBe(0);
    expect(v.stdout).toBe(`${pkg.version}\n`);
    const h = jobparse(["--help"]);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/^jobparse: .*\n\nExamples:/);
  });

  it("parses a posting file the way the scorer calls it", () => {
    const t = tempTree({ "seed.txt": AGGREGATOR_POSTING });
    cleanups.push(t.remove);
    const r = jobparse(["--json", "--now", "2026-11-27", join(t.dir, "seed.txt")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: "Senior Backend Engineer", company: "Quillory", postedAt: "2026-11-16", employmentType: "full-time" });
  });

  it("stops quietly when the pipe it writes to closes (| head)", { timeout: 90_000 }, () => {
    const t = tempTree(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`in/p${i}.txt`, smallPosting(i)])));
    cleanups.push(t.remove);
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" in --ndjson | head -n 1`], { cwd: t.dir, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    const lines = spawnSync("sh", ["-c", `yes '"Data Engineer at Acme"' | head -n 3000 | "${process.execPath}" "${BIN}" --lines | head -n 2`], { encoding: "utf8" });
    expect(lines.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(lines.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it("leaves only whole records when killed with -9 in the middle of a batch", { timeout: 120_000 }, async () => {
    const n = 3000;
    const t = tempTree(Object.fromEntries(Array.from({ length: n }, (_, i) => [`in/${String(i % 10)}/p${i}.txt`, smallPosting(i)])));
    cleanups.push(t.remove);
    const out = join(t.dir, "out");
    const child = spawn(process.execPath, [BIN, "in", "--out", "out", "--concurrency", "2", "--quiet", "--now", "2026-11-27"], { cwd: t.dir, stdio: "ignore" });
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    const written = () => (existsSync(out) ? readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".json")).length : 0);
    const deadline = Date.now() + 60_000;
    while (written() < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await exited;
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files.length, "killed before the end").toBeLessThan(n);
    for (const f of files) {
      const record = JSON.parse(readFileSync(join(out, f), "utf8"));
      expect(record.schemaVersion).toBe(1);
      expect(record.title).toMatch(/^Data Engineer \d+$/);
    }
  });
});
