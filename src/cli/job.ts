import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { mkdir, open, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { describe } from "./inputs.js";
import { binaryFormatOf } from "../input/signatures.js";

type Core = typeof import("../index.js");
type Format = "auto" | "text" | "markdown" | "html";

/** How records are shaped: the same for every job of a run, in-process or in a worker. */
export interface JobSettings {
  /** reference date, fixed once per run so a batch that crosses midnight stays consistent */
  now: string;
  format: Format;
  evidence: boolean;
  jsonld: boolean;
  /** json: pretty JSON text; ndjson: one line with `input`; pretty: the summary; out: a file under --out */
  mode: "json" | "ndjson" | "pretty" | "out";
  color: boolean;
  maxBytes: number;
  debug: boolean;
  /** the summary starts with the input's name (several inputs) */
  named: boolean;
  /** --strict (--lines reads it; a batch gets it in its options) */
  strict?: boolean;
}

/** One unit of work. `target` is the absolute `--out` file, checked by the caller. */
export type Task =
  | { kind: "file"; path: string; abs: string; target: string | null }
  | { kind: "bytes"; path: string; bytes: Uint8Array; target: string | null }
  | { kind: "line"; n: number; line: string };

/** What a job gives back: text for stdout (a `--lines` error is text too), or an error naming nothing but the cause. */
export interface JobResult {
  ok: boolean;
  text: string | null;
  /** `text` as UTF-8 bytes, instead of it: a worker's --lines and --ndjson output, so the main thread never makes it a string */
  bytes?: Uint8Array;
  warned: boolean;
  error?: string;
  stack?: string;
  /** lines for stderr about a record that parsed: what the summary or the JSON-LD lacks */
  notes?: string[];
  /** --jsonld: a property Google requires is missing (--strict fails the run on it) */
  incomplete?: boolean;
}

let corePromise: Promise<Core> | null = null;
/** The parser, loaded on the first job only, so --help and --version never load it. */
export function loadCore(): Promise<Core> {
  corePromise ??= import("../index.js");
  return corePromise;
}

/** How a job does its file I/O: `blocking` in a worker thread of the pool, which has nothing else to do meanwhile. */
export interface JobOptions {
  blocking?: boolean;
}

/** Runs one task; never throws: failures come back as `{ ok: false, error }`. */
export async function runJob(task: Task, s: JobSettings, options: JobOptions = {}): Promise<JobResult> {
  if (task.kind === "line") return runLine(task, s);
  const blocking = options.blocking === true;
  try {
    const bytes = task.kind === "file" ? (blocking ? readLimitedSync(task.abs, s.maxBytes) : await readLimited(task.abs, s.maxBytes)) : task.bytes;
    if (task.kind === "bytes" && bytes.length > s.maxBytes) throw new Error(tooLarge(bytes.length, s.maxBytes));
    const binary = binaryFormatOf(bytes);
    if (binary) throw new Error(`not text: the input is ${binary}`);
    const { parseJobPosting, toJsonLd } = await loadCore();
    const record = parseJobPosting(bytes, { now: s.now, format: formatFor(task.path, s.format, task.kind === "bytes"), evidence: s.evidence });
    const warned = record.warnings.length > 0;
    const shaped = s.jsonld ? toJsonLd(record) : record;
    const notes = s.jsonld ? await jsonLdNotes(shaped) : [];
    const extra = notes.length ? { notes, incomplete: true } : {};
    switch (s.mode) {
      case "out":
        try {
          const data = JSON.stringify(shaped, null, 2) + "\n";
          if (blocking) writeAtomicSync(task.target!, data);
          else await writeAtomic(task.target!, data);
        } catch (e) {
          throw new Error(`cannot write ${task.target}: ${errorMessage(e)}`);
        }
        return { ok: true, text: null, warned, ...extra };
      case "ndjson":
        return { ok: true, text: JSON.stringify({ input: task.path, ...shaped }) + "\n", warned, ...extra };
      case "json":
        return { ok: true, text: JSON.stringify(shaped, null, 2), warned, ...extra };
      case "pretty": {
        const { summarize } = await import("./pretty.js");
        const missing = [record.title ? null : "no title found", record.description.trim() ? null : "no description found"].filter((n) => n !== null);
        return { ok: true, text: summarize(record, { color: s.color, name: s.named ? task.path : null }), warned, ...(missing.length ? { notes: missing } : {}) };
      }
    }
  } catch (e) {
    return failure(e, s);
  }
}

// A --lines line is a JSON string or {"id": …, "text": "…"}; whatever happens, one line comes back.
async function runLine(task: Extract<Task, { kind: "line" }>, s: JobSettings): Promise<JobResult> {
  let id: unknown = task.n;
  try {
    const line = task.line.endsWith("\r") ? task.line.slice(0, -1) : task.line;
    if (line.trim() === "") throw new Error("empty line: expected a JSON string or {\"id\": …, \"text\": \"…\"}");
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error("not JSON: expected a JSON string or {\"id\": …, \"text\": \"…\"}");
    }
    let text: string;
    if (typeof parsed === "string") text = parsed;
    else if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      const o = parsed as { id?: unknown; text?: unknown };
      if ("id" in o && o.id !== undefined) id = o.id;
      if (typeof o.text !== "string") throw new Error("the object has no \"text\" string");
      text = o.text;
    } else throw new Error("expected a JSON string or {\"id\": …, \"text\": \"…\"}");
    const { parseJobPosting, toJsonLd } = await loadCore();
    const record = parseJobPosting(text, { now: s.now, format: s.format, evidence: s.evidence });
    const shaped = s.jsonld ? toJsonLd(record) : record;
    const notes = s.jsonld ? await jsonLdNotes(shaped) : [];
    return { ok: true, text: JSON.stringify({ id, ...shaped }) + "\n", warned: record.warnings.length > 0, ...(notes.length ? { notes, incomplete: true } : {}) };
  } catch (e) {
    const f = failure(e, s);
    return { ...f, text: JSON.stringify({ id, error: f.error }) + "\n" };
  }
}

// One note naming every property Google requires that the JSON-LD lacks (the record had no such fact).
async function jsonLdNotes(ld: object): Promise<string[]> {
  const { missingRequired } = await loadCore();
  const missing = missingRequired(ld);
  return missing.length ? [`JSON-LD lacks ${missing.join(", ")} (required by Google for a job posting; not found in the posting)`] : [];
}

function failure(e: unknown, s: JobSettings): JobResult {
  const stack = s.debug && e instanceof Error && e.stack ? e.stack : undefined;
  return { ok: false, text: null, warned: false, error: errorMessage(e), ...(stack ? { stack } : {}) };
}

/** One line saying what went wrong, without a stack. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    if ((e as NodeJS.ErrnoException).code && (e as NodeJS.ErrnoException).syscall) return describe(e);
    // "$ZodError": zod/mini's name for it (src/schema.ts); "ZodError": classic zod's
    if (e.name === "$ZodError" || e.name === "ZodError") return "internal error: the record failed validation (run with --debug)";
    return e.message.split("\n")[0];
  }
  return String(e);
}

/** The format a file's extension announces; anything else is sniffed. */
export function formatFor(path: string, format: Format, stdin = false): Format {
  if (format !== "auto" || stdin) return format;
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return "auto";
}

function tooLarge(size: number, max: number): string {
  return `too large: ${size} bytes (the limit is ${max}; raise it with --max-bytes)`;
}

// Checks the size before reading, so a 10 GB file is refused without being loaded.
export async function readLimited(abs: string, maxBytes: number): Promise<Uint8Array> {
  const fh = await open(abs, "r");
  try {
    const { size } = await fh.stat();
    if (size > maxBytes) throw new Error(tooLarge(size, maxBytes));
    const buf = await fh.readFile();
    if (buf.length > maxBytes) throw new Error(tooLarge(buf.length, maxBytes));
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } finally {
    await fh.close();
  }
}

/** `readLimited` with blocking calls. */
export function readLimitedSync(abs: string, maxBytes: number): Uint8Array {
  const fd = openSync(abs, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw new Error(tooLarge(size, maxBytes));
    const buf = readFileSync(fd);
    if (buf.length > maxBytes) throw new Error(tooLarge(buf.length, maxBytes));
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } finally {
    closeSync(fd);
  }
}

let seq = 0;
/**
 * Writes a whole file or nothing: a hidden temporary file beside the target, then a rename, so a
 * reader (or a run killed with -9) never sees half a record.
 */
export async function writeAtomic(target: string, data: string): Promise<void> {
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}-${threadId}-${++seq}.tmp`);
  try {
    try {
      await writeFile(tmp, data, { flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      await mkdir(dir, { recursive: true });
      await writeFile(tmp, data, { flag: "wx" });
    }
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** `writeAtomic` with blocking calls. */
export function writeAtomicSync(target: string, data: string): void {
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}-${threadId}-${++seq}.tmp`);
  try {
    try {
      writeFileSync(tmp, data, { flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, data, { flag: "wx" });
    }
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // not there
    }
    throw e;
  }
}
