// Golden table test: every posting in fixtures/ (`<board>-<quirk>.<txt|md|html>`) is parsed and the
// whole record is compared with `fixtures/<name>.json`. Those golden files record the parser's
// current behaviour; `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites them, and the
// reviewer reads the JSON diff. The hand-written truth lives beside them in `<name>.expected.json`
// and is scored by `node ../shared/tools/score.mjs --verbose fixtures`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../src/index.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const NOW = "2026-11-27";
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const INPUT_EXTENSIONS: Record<string, "html" | "markdown" | "auto"> = { ".txt": "auto", ".md": "markdown", ".html": "html" };

interface Case {
  name: string;
  input: string;
  format: "html" | "markdown" | "auto";
  golden: string;
  expected: string;
}

const cases: Case[] = readdirSync(FIXTURES)
  .filter((file) => extname(file) in INPUT_EXTENSIONS)
  .sort()
  .map((file) => {
    const ext = extname(file);
    const name = file.slice(0, -ext.length);
    return {
      name,
      input: join(FIXTURES, file),
      format: INPUT_EXTENSIONS[ext]!,
      golden: join(FIXTURES, `${name}.json`),
      expected: join(FIXTURES, `${name}.expected.json`),
    };
  });

// The record as the CLI prints it with --json (undefined dropped), newline-terminated.
function serialise(record: unknown): string {
  return JSON.stringify(record, null, 2) + "\n";
}

describe("golden fixtures", () => {
  it("has a fixture set to run", () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    expect(cases.map((c) => c.name)).toContain("aggregator-seed");
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s has hand-written labels beside it", (_name, c) => {
    expect(existsSync(c.expected), `${c.name}: missing ${c.name}.expected.json`).toBe(true);
    const labels = JSON.parse(readFileSync(c.expected, "utf8")) as Record<string, unknown>;
    expect(labels.$now).toBe(NOW);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s matches its golden record", (_name, c) => {
    const bytes = new Uint8Array(readFileSync(c.input));
    const record = parseJobPosting(bytes, { now: NOW, format: c.format });
    const actual = serialise(record);
    if (UPDATE) {
      writeFileSync(c.golden, actual);
      return;
    }
    if (!existsSync(c.golden)) {
      expect.fail(`${c.name}: no golden file fixtures/${c.name}.json; run with UPDATE_GOLDEN=1 to write it`);
    }
    const golden = JSON.parse(readFileSync(c.golden, "utf8")) as unknown;
    expect(JSON.parse(actual)).toEqual(golden);
  });
});
