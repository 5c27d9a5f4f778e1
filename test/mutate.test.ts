// Issue 12's mutation run, small: the repo's own fixture postings damaged the way scrapers damage
// text (truncated, shuffled, glued, junk and NULs spliced in, mojibake, lost line breaks; the
// MUTATIONS of bench/hostile.mjs, from a fixed seed) go through the CLI's `--lines` in one run.
// One output line per input line, no refusal of a text with more than 200 letters, every record
// schema-valid. `npm run fuzz -- --mutate` runs 2,000 corpus postings the same way.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MUTATIONS, checkLinesAnswer, letterCount, mojibake, mutatePosting, seeded } from "../bench/hostile.mjs";
import { JobPostingSchema } from "../src/index.js";
import { runCli } from "./cli/helpers.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const inputs = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|md|html)$/.test(f))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(new URL(f, FIXTURES), "utf8") }));

describe("the damage itself", () => {
  it("each kind of damage changes a posting and keeps it a string", () => {
    const text = "Senior Engineer\n\nAcme GmbH · Köln\n\nWhat you'll do\n• Build APIs\n• Own on-call\n\nÜber uns\nWir bauen Brücken.";
    for (const [name, f] of Object.entries(MUTATIONS)) {
      const out = f(text, seeded(7));
      expect(typeof out, name).toBe("string");
      if (name !== "truncated" && name !== "head cut") expect(out, name).not.toBe(text);
    }
  });
  it("mojibake reads UTF-8 bytes as Latin-1 (C1 controls) or Windows-1252", () => {
    expect(mojibake("We’re • Köln", false)).toBe("We\u00e2\u0080\u0099re \u00e2\u0080\u00a2 K\u00c3\u00b6ln");
    expect(mojibake("We’re", true)).toBe("Weâ€™re");
  });
  it("the same seed gives the same damage", () => {
    expect(mutatePosting(inputs[0]!.text, seeded(3))).toEqual(mutatePosting(inputs[0]!.text, seeded(3)));
  });
  it("letters are counted in any script", () => {
    expect(letterCount("ab 12 ü 한국 —")).toBe(5);
  });
});

describe("the check of a --lines answer", () => {
  const long = { id: 1, text: "word ".repeat(60), names: ["truncated"], source: "x" };
  const short = { id: 2, text: "tiny", names: ["truncated"], source: "y" };
  it("a refusal of a text over 200 letters, a missing line and an invalid record all fail", () => {
    const r = checkLinesAnswer([long, short], '{"id":1,"error":"not text"}\n', JobPostingSchema);
    expect(r.refusals).toBe(1);
    expect(r.failures[0]).toMatch(/1 output lines for 2 input lines/);
    expect(checkLinesAnswer([long], '{"id":1,"title":5}\n', JobPostingSchema).invalid).toBe(1);
    expect(checkLinesAnswer([long, short], '{"id":2,"error":"empty"}\n{"id":1,"error":"empty"}\n', JobPostingSchema).failures.join()).toMatch(/out of order/);
  });
  it("a refusal of a short text is allowed", () => {
    const r = checkLinesAnswer([short], '{"id":2,"error":"empty"}\n', JobPostingSchema);
    expect(r.failures).toEqual([]);
    expect(r.refusedShort).toBe(1);
  });
});

describe("--lines over damaged fixture postings", () => {
  it("200 cases: one line each, no refusal over 200 letters, every record schema-valid", async () => {
    const rand = seeded(12);
    const cases = Array.from({ length: 200 }, (_, i) => {
      const src = inputs[i % inputs.length]!;
      const { text, names } = mutatePosting(src.text, rand);
      return { id: i + 1, text, names, source: src.name };
    });
    expect(inputs.length).toBeGreaterThan(10);
    const stdin = cases.map((c) => JSON.stringify({ id: c.id, text: c.text })).join("\n") + "\n";
    const r = await runCli(["--lines", "--concurrency", "1", "--now", "2026-11-27"], { stdin });
    expect(r.code).toBe(0);
    const check = checkLinesAnswer(cases, r.stdout, JobPostingSchema);
    expect(check.failures).toEqual([]);
    expect(check.records + check.refusedShort).toBe(200);
    expect(check.summary).toMatch(/ 0 refusals over 200 letters, 0 invalid$/);
  }, 120_000);
});
