// ReDoS guard (issue 6): every RegExp that src/patterns.ts exports (and every RegExp in a Map it
// exports) goes through the recheck checker (its native backend, offline) and must be judged safe;
// a failure names the constant, the complexity recheck found and its attack string. A scan of the
// other source files (src/cli aside) makes sure no regex is written anywhere else.
//
// recheck's fuzzing checker also counts a probe that runs past its time limit as an attack, so on
// a loaded machine a safe pattern can now and then be reported vulnerable. A verdict other than
// "safe" is therefore checked once more with four times the time limits before the test fails; the
// seed is fixed, so a truly vulnerable pattern is found again. Safe verdicts are cached in
// node_modules/.cache/jobparse/recheck.json, keyed by recheck's version, the parameters, and the
// pattern's source and flags: a changed pattern is always checked again. RECHECK_CACHE=0 ignores
// the cache.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { check, type Diagnostics, type Parameters } from "recheck";
import ts from "typescript";
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

const constants = Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);
// regexes built per lexicon entry, kept in a Map: ROMAN_LEVEL_RES[ii]
const mapped = Object.entries(patterns)
  .filter((e): e is [string, ReadonlyMap<string, unknown>] => e[1] instanceof Map)
  .flatMap(([name, map]) => [...map].filter((e): e is [string, RegExp] => e[1] instanceof RegExp).map(([key, re]): [string, RegExp] => [`${name}[${key}]`, re]));
const exported = [...constants, ...mapped];
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
    expect(constants.length).toBeGreaterThan(50);
    for (const [name] of constants) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
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

// ---- no regex outside src/patterns.ts -------------------------------------------------------------
const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/**
 * Regexes still written inline in files another change owns, each with the constant of
 * src/patterns.ts that replaces it. Delete an entry once its file imports the constant (the test
 * fails while an entry no longer matches anything, so the list cannot go stale).
 */
const PENDING: { file: string; regex: string; use: string }[] = [];

/**
 * Regex literals, and `new RegExp(…)` / `RegExp(…)` calls whose first argument is not the `.source`
 * of a constant of src/patterns.ts, in one file's text: what the TypeScript parser sees, so a
 * division, a comment or a string that looks like a regex is not one.
 */
function inlineRegexes(fileName: string, text: string, constants: ReadonlySet<string>): { line: number; text: string }[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ line: at(node), text: node.getText(sf) });
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const first = node.arguments?.[0];
      const copy = first !== undefined && ts.isPropertyAccessExpression(first) && first.name.text === "source" && ts.isIdentifier(first.expression) && constants.has(first.expression.text);
      if (!copy) found.push({ line: at(node), text: node.getText(sf).replace(/\s+/g, " ").slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The TypeScript files of src/, src/cli (the CLI) and src/patterns.ts itself left out. */
function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .map((f) => f.split("\\").join("/"))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.startsWith("cli/") && f !== "patterns.ts")
    .sort();
}

describe("no regex is written outside src/patterns.ts", () => {
  const names = new Set(constants.map(([name]) => name));

  it("the scan tells regexes from divisions, comments and strings", () => {
    const sample = [
      "const half = total / 2 / count; // a /comment/ here",
      'const s = "/not a regex/g";',
      "const re = /x+/g;",
      "const copy = new RegExp(URL_RE.source, URL_RE.flags);",
      "const built = new RegExp(`\\b${word}\\b`, \"i\");",
      "const other = RegExp(name.source);",
    ].join("\n");
    expect(inlineRegexes("sample.ts", sample, new Set(["URL_RE"])).map((f) => f.line)).toEqual([3, 5, 6]);
  });

  it("finds the source files", () => {
    expect(sourceFiles().length).toBeGreaterThan(40);
  });

  it("every other file of src/ (src/cli aside) imports its regexes from src/patterns.ts", () => {
    const offences: string[] = [];
    const pending = new Set(PENDING);
    for (const file of sourceFiles()) {
      for (const f of inlineRegexes(file, readFileSync(join(SRC, file), "utf8"), names)) {
        const p = PENDING.find((e) => e.file === file && e.regex === f.text);
        if (p) pending.delete(p);
        else offences.push(`src/${file}:${f.line}  ${f.text}`);
      }
    }
    expect(offences, `regexes outside src/patterns.ts (move each there as a named constant):\n  ${offences.join("\n  ")}\n`).toEqual([]);
    const stale = [...pending].map((p) => `${p.file}: ${p.regex} (now ${p.use})`);
    expect(stale, "PENDING entries that match nothing any more: delete them").toEqual([]);
  });

  it("each pending regex has its constant ready in src/patterns.ts, same source and flags", () => {
    for (const p of PENDING) {
      const re = (patterns as Record<string, unknown>)[p.use];
      expect(re, p.use).toBeInstanceOf(RegExp);
      expect(`/${(re as RegExp).source}/${(re as RegExp).flags}`, p.use).toBe(p.regex);
    }
  });
});
