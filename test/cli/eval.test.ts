// `jobparse eval`: the pure scorer (table rows, invented) and the command on the real binary, over
// the repository's own labelled fixtures, a labelled folder made here, and — when the shared corpus
// sits beside the repository — against the corpus scorer it reimplements (within 0.5 points).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dice, norm, scoreCase, scoreField, summarizeScores } from "../../src/cli/scorer.js";
import { tempTree } from "./helpers.js";

const BIN = resolve("bin/jobparse.js");
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((f) => f()));
const jobparse = (args: string[], cwd?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

describe("the scorer", () => {
  it.each([
    ["• Build  *data* pipelines.", "build data pipelines"],
    ["1) Ship “features” – fast;", 'ship "features" - fast'],
    ["## Über uns", "über uns"],
  ])("normalises %j", (input, want) => {
    expect(norm(input)).toBe(want);
  });

  it.each([
    // [expected, actual, score]
    ["Senior Data Engineer", "Senior Data Engineer (m/w/d)", 0],
    ["Senior Data Engineer", "senior data engineer.", 1],
    ["Ingeniero de datos sénior", "Ingeniero de Datos Sénior", 1],
    [null, null, 1],
    [null, [], 1],
    [null, undefined, 1],
    [null, "Acme", 0],
    [95000, 95000, 1],
    [95000, "95000", 0],
    [true, true, 1],
    [{ $anyOf: ["Acme", "Acme GmbH"] }, "Acme GmbH", 1],
    [{ $anyOf: [null, "Acme"] }, null, 1],
    [{ $anyOf: ["Acme", "Acme GmbH"] }, "Initech", 0],
    [{ min: 90000, max: 100000, currency: "EUR" }, { min: 90000, max: 100000, currency: "EUR", period: "year" }, 1],
    [{ min: 90000, max: 100000 }, { min: 90000, max: 120000 }, 0.5],
    [{ min: null }, null, 1],
  ])("scores %j against %j as %d", (expected, actual, score) => {
    expect(scoreField(expected, actual).score).toBeCloseTo(score, 9);
  });

  it("scores lists by F1 with fuzzy one-to-one item matching", () => {
    const want = ["Five years of Python", "Experience with Airflow", "Fluent German"];
    expect(scoreField(want, ["5 years of Python", "experience with Airflow.", "Fluent German"]).score).toBeCloseTo((2 * (2 / 3) * (2 / 3)) / (4 / 3), 9);
    expect(scoreField(want, [...want, "Kubernetes"]).score).toBeCloseTo((2 * 0.75 * 1) / 1.75, 9);
    // one actual item cannot match two expected ones
    expect(scoreField(["Python", "Python"], ["Python"]).score).toBeCloseTo((2 * 1 * 0.5) / 1.5, 9);
    expect(scoreField([], []).score).toBe(1);
    expect(scoreField([], ["x"]).score).toBe(0);
    // object items match on their first key, every other labelled key exactly
    const steps = [{ name: "Phone screen", durationMinutes: 30 }, { name: "Onsite" }];
    expect(scoreField(steps, [{ name: "Phone Screen", durationMinutes: 30 }, { name: "Onsite", durationMinutes: null }]).score).toBe(1);
    expect(scoreField(steps, [{ name: "Phone screen", durationMinutes: 45 }, { name: "Onsite" }]).score).toBeCloseTo(0.5, 9);
    expect(dice("a b c d", "a b c e")).toBeCloseTo(0.75, 9);
  });

  it("checks description phrases, skips $now, and weighs every labelled field the same", () => {
    const record = { title: "Welder", description: "## About\nWe **build** boats in Porto.\n\nApply on our site", company: null };
    const c = scoreCase("c", { $now: "2026-11-27", title: "Welder", company: "Boatworks", $descriptionIncludes: ["we build boats", "in Lisbon"], $descriptionExcludes: ["apply on our site"] }, { record });
    expect(Object.keys(c.fields)).toEqual(["title", "company", "$descriptionIncludes", "$descriptionExcludes"]);
    expect(c.fields.$descriptionIncludes.score).toBe(0.5);
    expect(c.fields.$descriptionExcludes.score).toBe(0);
    expect(c.score).toBeCloseTo(1.5 / 4, 9);
    const failed = scoreCase("d", { title: "Welder" }, { error: "not text" });
    expect(failed.score).toBe(0);
    const total = summarizeScores([c, failed]);
    expect(total.overall).toBeCloseTo(1.5 / 5, 9);
    expect(total.fields.title).toEqual({ cases: 2, score: 0.5 });
  });
});

describe("jobparse eval", () => {
  it("scores the repository's labelled fixtures without anything outside it", () => {
    const r = jobparse(["eval", "fixtures"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^field +cases +score\n/);
    expect(r.stdout).toMatch(/\noverall \d+\.\d% over \d+ cases, \d+ fields\n$/);
    const j = JSON.parse(jobparse(["eval", "fixtures", "--json"]).stdout);
    expect(j.cases).toBeGreaterThanOrEqual(10);
    expect(j.overall).toBeGreaterThan(0.5);
    expect(jobparse(["eval", "fixtures", "--min", "0.5"]).status).toBe(0);
    const under = jobparse(["eval", "fixtures", "--min", "100%"]);
    expect(j.overall < 1 ? under.status : 1).toBe(1);
  });

  it("parses each case at its label's $now, names the worst cases, and fails cleanly on bad names", () => {
    const t = tempTree({
      "set/a.txt": "Data Engineer\n\nNorthwind Labs\n\nPosted 3 days ago\n\nResponsibilities\n- Build pipelines\n- Keep them running\n",
      "set/a.expected.json": JSON.stringify({ $now: "2026-11-27", title: "Data Engineer", postedAt: "2026-11-24", responsibilities: ["Build pipelines", "Keep them running"] }),
      "set/sub/b.md": "# Welder\n\nWe build boats in Porto.\n",
      "set/sub/b.expected.json": JSON.stringify({ title: { $anyOf: ["Welder", "Boat welder"] }, company: "Boatworks Porto" }),
      "set/lonely.expected.json": "{}",
      "nothing/readme.txt": "no labels here",
    });
    cleanups.push(t.remove);
    const r = jobparse(["eval", "set", "--json"], t.dir);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.results.map((c: { id: string }) => c.id)).toEqual(["set/a", "set/sub/b"]);
    expect(j.results[0].fields.postedAt.score).toBe(1);
    expect(j.results[1].fields.title.score).toBe(1);
    expect(j.results[1].fields.company.score).toBe(0);
    const text = jobparse(["eval", "set", "-v"], t.dir).stdout;
    expect(text).toMatch(/ 50\.0%  set\/sub\/b\n +company: /);
    const none = jobparse(["eval", "nothing"], t.dir);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("no labelled postings found in nothing");
    expect(jobparse(["eval", "missing"], t.dir).status).toBe(2);
    expect(jobparse(["eval", "set", "--now", "yesterday"], t.dir).status).toBe(2);
    expect(jobparse(["eval", "set/sub/b.md", "--json"], t.dir).status).toBe(0);
  });

  const corpus = resolve("../shared/corpus");
  const scorer = resolve("../shared/tools/score.mjs");
  it.runIf(existsSync(corpus) && existsSync(scorer))("agrees with the corpus scorer within 0.5 points", { timeout: 600_000 }, () => {
    const ours = JSON.parse(jobparse(["eval", corpus, "--json"]).stdout);
    const theirs = JSON.parse(spawnSync(process.execPath, [scorer, "--json", corpus], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout);
    expect(ours.cases).toBe(theirs.cases);
    expect(Math.abs(100 * ours.overall - 100 * theirs.overall)).toBeLessThanOrEqual(0.5);
    for (const [k, v] of Object.entries(theirs.fields as Record<string, number>)) expect(Math.abs(100 * ours.fields[k].score - 100 * v), k).toBeLessThanOrEqual(0.5);
  });
});
