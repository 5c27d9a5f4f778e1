// ReDoS guard (issue 6): every RegExp that src/patterns.ts exports goes through the recheck checker
// (its native backend, offline) and must be judged safe; a failure names the constant, the
// complexity recheck found and its attack string.
//
// recheck's fuzzing checker also counts a probe that runs past its time limit as an attack, so on
// a loaded machine a safe pattern can now and then be reported vulnerable. A verdict other than
// "safe" is therefore checked once more with four times the time limits before the test fails; the
// seed is fixed, so a truly vulnerable pattern is found again. Safe verdicts are cached in
// node_modules/.cache/jobparse/recheck.json, keyed by recheck's version, the parameters, and the
// pattern's source and flags: a changed pattern is always checked again. RECHECK_CACHE=0 ignores
// the cache.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { check, type Diagnostics, type Parameters } from "recheck";
import { describe, expect, it } from "vitest";
import * as patterns from "../src/patterns.js";

const PARAMS: Parameters = { randomSeed: 42, timeout: 60_000 };
const RETRY: Parameters = { ...PARAMS, incubationTimeout: 1_000, attackTimeout: 4_000, timeout: 120_000 };

const CACHE_FILE = fileURLToPath(new URL("../node_modules/.cache/jobparse/recheck.json", import.meta.url));
const USE_CACHE = process.env.RECHECK_CACHE !== "0";
const VERSION = (createRequire(import.meta.url)("recheck/package.json") as { version: string }).version;
const keyOf = (re: RegExp) => `${VERSION}|${JSON.stringify(PARAMS)}|/${re.source}/${re.flags}`;

function readCache(): Set<string> {
  if (!USE_CACHE) return new Set();
  try {
    return new Set(JSON.parse(readFileSync(CACHE_FILE, "utf8")) as string[]);
  } catch {
    return new Set();
  }
}

function remember(key: string) {
  if (!USE_CACHE) return;
  const safe = readCache(); // re-read: another run may have added keys meanwhile
  safe.add(key);
  mkdirSync(dirname(CACHE_FILE), { recursive: true });
  writeFileSync(CACHE_FILE, JSON.stringify([...safe].sort(), null, 1));
}

/** recheck's verdict, checked once more with longer time limits when it is not "safe". */
async function verdict(re: RegExp): Promise<Diagnostics> {
  const first = await check(re.source, re.flags, PARAMS);
  if (first.status === "safe") return first;
  return check(re.source, re.flags, RETRY);
}

function describeVerdict(d: Diagnostics): string {
  if (d.status === "vulnerable") {
    const hot = d.hotspot.map((h) => d.source.slice(h.start, h.end)).join(" ");
    return `vulnerable (${d.complexity.summary}); attack: ${d.attack.pattern.slice(0, 200)}; hotspot: ${hot.slice(0, 120)}`;
  }
  if (d.status === "unknown") return `unknown (${d.error.kind}${"message" in d.error ? `: ${d.error.message}` : ""})`;
  return `safe (${d.complexity.summary})`;
}

const exported = Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);
const cached = readCache();

describe("recheck itself", () => {
  it("runs offline here and tells a vulnerable pattern from a safe one", async () => {
    const bad = await check("^(a+)+$", "", PARAMS);
    expect(bad.status).toBe("vulnerable");
    const polynomial = await check("\\s*#?\\s*$", "", PARAMS);
    expect(polynomial.status).toBe("vulnerable");
    const good = await check("^a+$", "", PARAMS);
    expect(good.status).toBe("safe");
  }, 60_000);

  it("finds the patterns: src/patterns.ts exports dozens of RegExp constants", () => {
    expect(exported.length).toBeGreaterThan(50);
    for (const [name] of exported) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});

describe("every RegExp of src/patterns.ts is judged safe by recheck", () => {
  for (const [name, re] of exported) {
    it(name, async () => {
      const key = keyOf(re);
      if (cached.has(key)) return;
      const d = await verdict(re);
      expect(d.status, `${name} /${re.source}/${re.flags}\n  recheck: ${describeVerdict(d)}`).toBe("safe");
      remember(key);
    }, 240_000);
  }
});
