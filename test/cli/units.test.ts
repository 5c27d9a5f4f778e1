import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { siblingOutputNames, outputName } from "../../src/cli/inputs.js";
import { errorMessage } from "../../src/cli/job.js";
import { splitLines } from "../../src/cli/lines.js";
import { orderedMap } from "../../src/cli/ordered.js";
import { binaryFormatOf } from "../../src/input/signatures.js";
import { parseJobPosting } from "../../src/pipeline.js";

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("orderedMap", () => {
  it("yields in source order whatever order the work finishes in, with at most `window` in flight", async () => {
    let inFlight = 0;
    let most = 0;
    async function* source() {
      for (let i = 0; i < 40; i++) yield i;
    }
    const results = await collect(
      orderedMap(
        source(),
        async (i) => {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((r) => setTimeout(r, (i * 7) % 5));
          inFlight--;
          return i * 2;
        },
        6,
      ),
    );
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
    expect(most).toBe(6);
  });

  it("hands out a finished result while the source is still waiting for more", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* source() {
      yield 1;
      await gate; // a --lines caller that waits for the answer before writing the next line
      yield 2;
    }
    const it = orderedMap(source(), async (x) => x * 10, 4)[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ value: 10, done: false });
    release();
    expect(await it.next()).toEqual({ value: 20, done: false });
    expect((await it.next()).done).toBe(true);
  });

  it("stops pulling from the source when the consumer stops", async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; ; i++) {
        pulled++;
        yield i;
      }
    }
    for await (const x of orderedMap(source(), async (i) => i, 3)) if (x === 5) break;
    expect(pulled).toBeLessThan(12);
  });
});

describe("splitLines", () => {
  const lines = (chunks: string[], max = 100) => collect(splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), max));

  it("splits across chunk borders, numbers lines, strips a BOM, keeps a last line without newline", async () => {
    expect(await lines(["\uFEFFab", "c\nd", "e\n\nf"])).toEqual([
      { n: 1, line: "abc" },
      { n: 2, line: "de" },
      { n: 3, line: "" },
      { n: 4, line: "f" },
    ]);
  });

  it("decodes a UTF-8 character split between chunks", async () => {
    const bytes = Buffer.from('"€"\n');
    const parts = [bytes.subarray(0, 2), bytes.subarray(2)];
    expect(await collect(splitLines(Readable.from(parts), 100))).toEqual([{ n: 1, line: '"€"' }]);
  });

  it("gives null for a line over the limit, without keeping it", async () => {
    expect(await lines(["short\n", "x".repeat(60), "x".repeat(60), "\nok\n", "y".repeat(150)], 100)).toEqual([
      { n: 1, line: "short" },
      { n: 2, line: null },
      { n: 3, line: "ok" },
      { n: 4, line: null },
    ]);
  });
});

describe("output names", () => {
  it("drops a posting extension and keeps any other", () => {
    expect(outputName("a.txt")).toBe("a.json");
    expect(outputName("a.HTML")).toBe("a.json");
    expect(outputName("notes.json")).toBe("notes.json.json");
  });

  it("keeps the extension of names that would clash, including by case only", () => {
    const names = siblingOutputNames(["a.md", "a.txt", "b.txt", "C.txt", "c.md", "a.txt.txt"]);
    expect(Object.fromEntries(names)).toEqual({
      "a.md": "a.md.json",
      "a.txt": "a.txt.json",
      "a.txt.txt": "a.txt.txt.json",
      "b.txt": "b.json",
      "C.txt": "C.txt.json",
      "c.md": "c.md.json",
    });
    expect(new Set(names.values()).size).toBe(names.size);
  });
});

describe("binaryFormatOf", () => {
  const b = (s: string, ...tail: number[]) => new Uint8Array([...Buffer.from(s, "latin1"), ...tail]);

  it("names the formats people feed the CLI by mistake, by their first bytes", () => {
    expect(binaryFormatOf(b("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))).toMatch(/^a PDF document/);
    expect(binaryFormatOf(b("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"))).toBe("a PNG image");
    expect(binaryFormatOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe("a JPEG image");
    expect(binaryFormatOf(b("GIF89a\x10\0"))).toBe("a GIF image");
    expect(binaryFormatOf(b("PK\x03\x04\x14\0\x06\0"))).toMatch(/^a ZIP archive \(a \.docx/);
    expect(binaryFormatOf(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe("gzip-compressed data");
    expect(binaryFormatOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatch(/^an old Office document/);
  });

  it("leaves text alone, even text that starts like a signature", () => {
    for (const text of ["", "%PDF", "PDF-1.7 export of the posting", "%PDF is a format we read", "PK Software GmbH is hiring", "GIF89 designer", "Senior Backend Engineer", "\ufeffData Engineer"]) {
      expect(binaryFormatOf(new Uint8Array(Buffer.from(text, "utf8"))), text).toBeNull();
    }
  });
});

describe("errorMessage", () => {
  it("names a record that fails the schema as an internal error, and keeps other messages' first line", () => {
    let caught: unknown;
    try {
      parseJobPosting("Data engineer\nWe move data.", { now: "2026-11-27", detectors: [{ key: "language", detect: () => ({ value: "english" }) }] });
    } catch (e) {
      caught = e;
    }
    expect(errorMessage(caught)).toBe("internal error: the record failed validation (run with --debug)");
    expect(errorMessage(new RangeError("not a date: soon\nmore"))).toBe("not a date: soon");
  });
});
