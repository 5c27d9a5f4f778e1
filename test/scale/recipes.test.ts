// The scale-out recipes run for real on 2,000 postings made from fixtures/: Dask (a LocalCluster of
// two worker processes over TCP, once with a worker killed -9 mid-run) and GNU parallel. Each must
// give back every id exactly once, with records equal to what one `jobparse --lines` process gives.
// The Debian packages are installed when missing (.ci/run installs them before the suite); the tests
// skip, saying why, only where apt-get is absent, not root, or offline.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRun } from "../../examples/check.mjs";
import { findPython } from "../../examples/dask/example.mjs";
import { writePostings } from "../../examples/make-postings.mjs";
import { hasGnuParallel } from "../../examples/parallel/example.mjs";
import { BIN, byId, ensureDebian, NOW, run } from "./helpers.js";

const COUNT = 2000;
const LAST = `${COUNT} of ${COUNT} ids, 0 duplicates, 0 errors`;
// Each run takes 10–30 s alone on 2 cores, minutes when the suite shares them.
const SLOW = { timeout: 900_000 };

let work = "";
let input = "";
let reference = new Map<unknown, string>();
let referenceText = "";

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "jobparse-scale-"));
  input = join(work, "postings.ndjson");
  writePostings({ count: COUNT, file: input });
  const one = await run(process.execPath, [BIN, "--lines", "--now", NOW], { input: readFileSync(input) });
  expect(one.code).toBe(0);
  referenceText = one.stdout;
  reference = byId(one.stdout.split("\n"));
  expect(reference.size).toBe(COUNT);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every output record equals the one-process record of the same id. */
function expectSameRecords(lines: string[]) {
  const got = byId(lines);
  expect(got.size).toBe(COUNT);
  const differing = [...reference].filter(([id, line]) => got.get(id) !== line).map(([id]) => id);
  expect(differing).toEqual([]);
}

function recordLines(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ndjson"))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n"))
    .filter((l) => l !== "");
}

describe("Dask: a dask.bag piped through jobparse --lines on a LocalCluster of two workers", () => {
  let skip: string | null = null;
  beforeAll(() => {
    skip = ensureDebian(["python3-distributed"], () => findPython() !== null);
    if (skip) console.warn(`test/scale Dask: ${skip}`);
  }, 900_000);

  async function dask(name: string, extra: string[] = []) {
    const dir = join(work, name);
    const r = await run(process.execPath, ["examples/dask/example.mjs", "--count", String(COUNT), "--now", NOW, "--workdir", dir, ...extra]);
    const out = r.stdout.trimEnd().split("\n");
    return { ...r, out, records: recordLines(join(dir, "records")), postings: join(dir, "postings"), dir };
  }

  it("gives every id exactly once, with the records of one --lines process", SLOW, async (ctx) => {
    if (skip) ctx.skip(skip);
    const r = await dask("dask");
    expect(r.stderr).not.toMatch(/Traceback|Error/);
    expect(r.code).toBe(0);
    expect(r.out.some((l) => l.startsWith("dask: 16 partitions parsed in "))).toBe(true);
    expect(r.out.at(-1)).toBe(LAST);
    expect(r.records).toHaveLength(COUNT);
    expectSameRecords(r.records);
    // the example's own check agrees with the input it was given
    expect(checkRun([r.postings], [join(r.dir, "records")]).line).toBe(LAST);
  });

  it("loses nothing and doubles nothing when a worker is killed -9 mid-run", SLOW, async (ctx) => {
    if (skip) ctx.skip(skip);
    const r = await dask("dask-kill", ["--kill-worker"]);
    expect(r.code).toBe(0);
    const kill = r.out.find((l) => l.startsWith("dask: kill -9 worker"));
    expect(kill).toBeDefined();
    // killed while partitions were still to do, so its tasks had to be rerun elsewhere or on its restart
    const [, done, total] = /(\d+) of (\d+) partitions were done/.exec(kill!)!;
    expect(Number(done)).toBeLessThan(Number(total));
    expect(r.out.at(-1)).toBe(LAST);
    expect(r.records).toHaveLength(COUNT);
    expectSameRecords(r.records);
  });
});

describe("GNU parallel: parallel --pipe --block 1M -k jobparse --lines", () => {
  let skip: string | null = null;
  beforeAll(() => {
    skip = ensureDebian(["parallel"], hasGnuParallel);
    if (skip) console.warn(`test/scale GNU parallel: ${skip}`);
  }, 900_000);

  it("gives the bytes one --lines process gives, in input order", SLOW, async (ctx) => {
    if (skip) ctx.skip(skip);
    const dir = join(work, "parallel");
    const r = await run(process.execPath, ["examples/parallel/example.mjs", "--count", String(COUNT), "--now", NOW, "--workdir", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe(LAST);
    // the 2,000 postings are ~6 MB: several 1 MB blocks, each its own jobparse, stitched back in order
    const out = readFileSync(join(dir, "records.ndjson"), "utf8");
    expect(readFileSync(join(dir, "postings.ndjson"))).toEqual(readFileSync(input));
    expect(out).toBe(referenceText);
  });
});
