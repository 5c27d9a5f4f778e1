import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/jobparse.js", import.meta.url));
export const NOW = "2026-11-27";

const OFFLINE = /Temporary failure resolving|Could not resolve|Failed to fetch|Unable to connect|Network is unreachable|Connection timed out|No route to host/;

/**
 * Makes sure Debian packages are installed when `present()` says they are missing: apt-get install
 * (after apt-get update when the first try fails). Returns null when they are there, or why the
 * tests must be skipped: no apt-get, not root, or no network to fetch them. Any other failure throws.
 */
export function ensureDebian(packages: string[], present: () => boolean): string | null {
  if (present()) return null;
  const names = packages.join(" ");
  if (spawnSync("sh", ["-c", "command -v apt-get"]).status !== 0) return `skipped: ${names} missing and no apt-get on this machine (install them by hand)`;
  if (process.getuid && process.getuid() !== 0) return `skipped: ${names} missing and apt-get needs root (sudo apt-get install ${names})`;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args: string[]) => spawnSync("apt-get", ["-o", "DPkg::Lock::Timeout=600", ...args], { encoding: "utf8", env, timeout: 900_000 });
  const install = () => apt(["install", "-y", "-q", "--no-install-recommends", ...packages]);
  let r = install();
  if (r.status !== 0) {
    const update = apt(["update", "-q"]);
    r = install();
    if (r.status !== 0) {
      const said = `${update.stdout}${update.stderr}${r.stdout}${r.stderr}`;
      if (OFFLINE.test(said)) return `skipped: ${names} missing and apt-get cannot reach the network`;
      throw new Error(`apt-get install ${names} failed:\n${said.split("\n").slice(-12).join("\n")}`);
    }
  }
  if (!present()) throw new Error(`apt-get installed ${names}, but they still do not answer`);
  return null;
}

/** Runs a command to its end without blocking this process; stdin from a string or Buffer. */
export function run(cmd: string, args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.input ?? "");
  });
}

/** Output NDJSON lines keyed by id (the last one wins; duplicates are counted by the examples' check). */
export function byId(lines: string[]): Map<unknown, string> {
  return new Map(lines.filter((l) => l !== "").map((l) => [JSON.parse(l).id, l]));
}
