// Property tests (issue 6): whatever the core is handed (any string, any shuffle of real-looking
// posting fragments, any bytes, in any format, against any reference date), parseJobPosting returns
// a record that passes JobPostingSchema, or throws an InputError "empty" / "binary"; any other throw
// is a bug. The inputs come from bench/hostile.mjs, shared with `npm run fuzz` (100,000 cases).
//
// fast-check picks a new seed per run and prints it with the shrunk counterexample on failure;
// FC_SEED=<n> FC_PATH=<path> npx vitest run test/property.test.ts -t "<test name>" replays it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyStringArb, bytesArb, checkParse, formatArb, nowArb, postingArb, preview, shuffledPoolArb } from "../bench/hostile.mjs";
import { InputError, JobPostingSchema, parseJobPosting } from "../src/index.js";

const api = { parseJobPosting, JobPostingSchema, InputError };
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const PATH = process.env.FC_PATH || undefined;

/** Runs the contract check as a fast-check property over `input`, with any format and reference date. */
function holds(input: fc.Arbitrary<string | Uint8Array>, numRuns: number, twice = false) {
  fc.assert(
    fc.property(input, formatArb, nowArb, (x, format, now) => {
      const failure = checkParse(api, x, { format, now }, twice);
      if (failure) throw new Error(`${failure}\n  input: ${preview(x)}\n  format: ${format}, now: ${String(now)}`);
    }),
    { numRuns, seed: SEED, path: PATH, reporter: briefly },
  );
}

/** fast-check's report without the full counterexample, which for a 10 KB input drowns the log. */
function briefly(run: fc.RunDetails<[string | Uint8Array, string, string | Date]>) {
  if (!run.failed) return;
  const [x, format, now] = run.counterexample ?? [];
  const cause = run.errorInstance instanceof Error ? run.errorInstance.message.split("\n")[0] : String(run.errorInstance);
  throw new Error(
    `Property failed after ${run.numRuns} runs, shrunk ${run.numShrinks} times\n  ${cause}\n  input: ${x === undefined ? "?" : preview(x)}\n` +
      `  format: ${format}, now: ${String(now)}\n  replay: FC_SEED=${run.seed} FC_PATH=${run.counterexamplePath}`,
  );
}

describe("parseJobPosting on hostile input: a schema-valid record or an InputError, nothing else", () => {
  it("any string (printable, full Unicode, lone surrogates)", () => holds(anyStringArb, 900), 60_000);
  it("any shuffle of real-looking posting fragments, parsed twice to the same record", () => holds(postingArb, 900, true), 60_000);
  it("a shuffle of a large part of the fragment pool", () => holds(shuffledPoolArb, 250), 60_000);
  it("any bytes (random, behind a BOM, UTF-8 / UTF-16 / Latin-1 postings, junk spliced in)", () => holds(bytesArb, 700), 60_000);
});

describe("the contract's edges, and the check itself", () => {
  it("rejects input that is no posting with InputError empty / binary", () => {
    const code = (input: string | Uint8Array) => {
      try {
        parseJobPosting(input, { now: "2026-11-27" });
        return "parsed";
      } catch (e) {
        return e instanceof InputError ? e.code : `other: ${String(e)}`;
      }
    };
    expect(code("")).toBe("empty");
    expect(code(" \n\t\r\n\u00A0\u200B")).toBe("empty");
    expect(code(new Uint8Array(0))).toBe("empty");
    expect(code(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4]))).toBe("binary");
    // a small PDF is mostly ASCII: known by its signature, not by its bytes
    expect(code(new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"))).toBe("binary");
    // everything else is a posting, however poor
    expect(code("Engineer")).toBe("parsed");
    expect(code("\u202E🚀")).toBe("parsed");
  });

  it("the check reports a foreign throw, a schema failure and a second parse that differs", () => {
    const real = api;
    const throwing = { ...real, parseJobPosting: () => { throw new TypeError("x is undefined"); } };
    expect(checkParse(throwing, "a", {})).toMatch(/^threw TypeError: x is undefined/);
    const wrongCode = { ...real, parseJobPosting: () => { throw new InputError("too-large", "too large"); } };
    expect(checkParse(wrongCode, "a", {})).toMatch(/^InputError with code "too-large"/);
    const invalid = { ...real, parseJobPosting: () => ({ ...parseJobPosting("Engineer", { now: "2026-11-27" }), salary: { min: "lots" } }) };
    expect(checkParse(invalid, "a", {})).toMatch(/^record fails the schema: salary/);
    let n = 0;
    const drifting = { ...real, parseJobPosting: (s: string) => ({ ...parseJobPosting(s, { now: "2026-11-27" }), title: `T${n++}` }) };
    expect(checkParse(drifting, "Engineer", {}, true)).toMatch(/^not deterministic/);
    expect(checkParse(real, "Senior Engineer\n\nRequirements\n- Go", { now: "2026-11-27" }, true)).toBeNull();
  });
});
