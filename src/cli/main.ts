import { Command, CommanderError, Option } from "commander";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname, extname, join, resolve, relative, isAbsolute } from "node:path";
import { createInterface } from "node:readline";
import { readAll, type CliIO, processIO } from "./io.js";
import { describe, expandInputs, type InputRef } from "./inputs.js";

type Core = typeof import("../index.js");
type Record_ = import("../schema.js").JobPosting;

interface Opts {
  json?: boolean;
  jsonld?: boolean;
  ndjson?: boolean;
  lines?: boolean;
  out?: string;
  format: "auto" | "text" | "markdown" | "html";
  now?: string;
  concurrency?: number;
  evidence?: boolean;
  explain?: boolean;
  color: boolean;
  quiet?: boolean;
  debug?: boolean;
  maxBytes: number;
}

const VERSION = "0.1.0";
const EXAMPLES = `
Examples:
  $ jobparse posting.txt                 a readable summary
  $ jobparse posting.txt --json          the record as JSON
  $ cat posting.md | jobparse --json     from stdin
  $ jobparse postings/ --out parsed/     a folder, mirrored as <name>.json files
  $ jobparse postings/ --ndjson          one compact record per line
  $ jobparse --lines < texts.ndjson      stream mode: one output line per input line
  $ jobparse schema                      the JSON Schema of the record
`;

/** Loads the parser only when a command needs it, so --help and --version stay instant. */
let corePromise: Promise<Core> | null = null;
function core(): Promise<Core> {
  corePromise ??= import("../index.js");
  return corePromise;
}

/** Runs the CLI with the given arguments (without node and script); returns the exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name("jobparse")
    .description("Turn scraped job-posting text (plain text, Markdown or HTML) into one validated JSON record.")
    .version(VERSION, "-V, --version")
    .argument("[inputs...]", "files, folders, or '-' for stdin (none + piped stdin = stdin)")
    .option("--json", "the record as pretty JSON; several inputs give an array")
    .option("--jsonld", "schema.org JobPosting JSON-LD instead of the native record")
    .option("--ndjson", "one compact record per line")
    .option("--lines", "stream mode: each stdin line is a JSON string or {\"id\",\"text\"}; one output line per input line")
    .option("--out <dir>", "write one <name>.json per input, mirroring the folder tree")
    .addOption(new Option("--format <format>", "input format").choices(["auto", "text", "markdown", "html"]).default("auto"))
    .option("--now <date>", "reference date (YYYY-MM-DD) for relative dates such as \"11 days ago\"")
    .option("--concurrency <n>", "batch workers (default: number of cores)", (v) => positiveInt(v, "--concurrency"))
    .option("--evidence", "add where each value came from")
    .option("--explain", "print the posting with each extracted span marked by field")
    .option("--no-color", "plain output (also NO_COLOR)")
    .option("--quiet", "no progress or summary on stderr")
    .option("--debug", "show stack traces")
    .option("--max-bytes <n>", "largest input accepted, in bytes", (v) => positiveInt(v, "--max-bytes"), 20 * 1024 * 1024)
    .showSuggestionAfterError(true)
    .addHelpText("after", EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, "jobparse: ")),
    })
    .action(async (inputs: string[], opts: Opts) => {
      exitCode = await main(inputs, opts, io);
    });
  program
    .command("schema")
    .description("print the JSON Schema of the record")
    .action(async () => {
      const { recordJsonSchema } = await core();
      io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return 2;
    }
    io.stderr.write(`jobparse: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  return exitCode;
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CommanderError(2, "jobparse.invalidArgument", `${name} takes a whole number ≥ 1, not "${v}"`);
  return n;
}

async function main(names: string[], opts: Opts, io: CliIO): Promise<number> {
  if (opts.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.now)) {
    io.stderr.write(`jobparse: --now takes a date as YYYY-MM-DD, not "${opts.now}"\n`);
    return 2;
  }
  if (opts.now !== undefined && Number.isNaN(new Date(opts.now + "T00:00:00Z").getTime())) {
    io.stderr.write(`jobparse: --now: "${opts.now}" is not a real date\n`);
    return 2;
  }
  const color = opts.color !== false && !("NO_COLOR" in io.env) && io.stdout.isTTY === true;
  if (opts.lines) return runLines(opts, io);
  if (names.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write("jobparse: no input given. Try 'jobparse posting.txt' or 'jobparse --help'.\n");
      return 2;
    }
    names = ["-"];
  }
  const { inputs, problems } = await expandInputs(names, io.cwd);
  let failed = problems.length;
  for (const p of problems) io.stderr.write(`jobparse: ${p.path}: ${p.message}\n`);
  const { parseJobPosting, toJsonLd } = await core();
  const results: { ref: InputRef; record: Record_ }[] = [];
  const outDir = opts.out ? resolve(io.cwd, opts.out) : null;
  const started = Date.now();
  let withWarnings = 0;
  for (const ref of inputs) {
    let record: Record_;
    try {
      const bytes = await readInput(ref, io, opts.maxBytes);
      record = parseJobPosting(bytes, { now: opts.now, format: formatFor(ref, opts.format), evidence: opts.evidence });
    } catch (e) {
      failed++;
      io.stderr.write(`jobparse: ${ref.path}: ${message(e)}\n`);
      if (opts.debug && e instanceof Error && e.stack) io.stderr.write(e.stack + "\n");
      continue;
    }
    if (record.warnings.length) withWarnings++;
    const shaped = opts.jsonld ? toJsonLd(record) : record;
    if (outDir) {
      try {
        await writeRecord(outDir, ref, shaped, io.cwd);
      } catch (e) {
        failed++;
        io.stderr.write(`jobparse: ${ref.path}: cannot write output: ${message(e)}\n`);
      }
      continue;
    }
    if (opts.ndjson) {
      const line = opts.jsonld ? shaped : { input: ref.path, ...record };
      if (!write(io, JSON.stringify(line) + "\n")) return failed ? 1 : 0;
      continue;
    }
    results.push({ ref, record });
  }
  if (!outDir && !opts.ndjson) {
    if (opts.json || opts.jsonld) {
      const shaped = results.map((r) => (opts.jsonld ? toJsonLd(r.record) : r.record));
      const one = names.length === 1 && inputs.length === 1 && !(await isFolder(names[0], io.cwd));
      write(io, JSON.stringify(one ? shaped[0] : shaped, null, 2) + "\n");
    } else {
      const { summarize } = await import("./pretty.js");
      for (const r of results) write(io, summarize(r.record, { color, name: results.length > 1 ? r.ref.path : null }) + "\n");
    }
  }
  if (outDir && !opts.quiet) {
    const secs = ((Date.now() - started) / 1000).toFixed(2);
    io.stderr.write(`jobparse: ${inputs.length - (failed - problems.length)} parsed, ${failed} failed, ${withWarnings} with warnings, ${secs}s\n`);
  }
  return failed > 0 ? 1 : 0;
}

async function isFolder(name: string, cwd: string): Promise<boolean> {
  if (name === "-") return false;
  try {
    const { stat } = await import("node:fs/promises");
    return (await stat(resolve(cwd, name))).isDirectory();
  } catch {
    return false;
  }
}

function formatFor(ref: InputRef, format: Opts["format"]): Opts["format"] {
  if (format !== "auto" || ref.stdin) return format;
  const ext = extname(ref.path).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return "auto";
}

async function readInput(ref: InputRef, io: CliIO, maxBytes: number): Promise<Uint8Array> {
  const bytes = ref.stdin ? await readAll(io.stdin) : new Uint8Array(await readFile(resolve(io.cwd, ref.path)));
  if (bytes.length > maxBytes) throw new Error(`too large: ${bytes.length} bytes (the limit is ${maxBytes}; raise it with --max-bytes)`);
  return bytes;
}

// Writes <out>/<rel>.json through a temporary file and a rename, so a killed run leaves no half record.
async function writeRecord(outDir: string, ref: InputRef, record: unknown, cwd: string): Promise<void> {
  const rel = ref.rel.replace(/\.(?:txt|md|markdown|html?|)$/i, "") + ".json";
  const target = resolve(outDir, rel);
  const back = relative(outDir, target);
  if (back.startsWith("..") || isAbsolute(back)) throw new Error("the output path would leave --out");
  if (!ref.stdin && resolve(cwd, ref.path) === target) throw new Error("the output would overwrite the input");
  await mkdir(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const fh = await open(tmp, "w");
  try {
    await fh.writeFile(JSON.stringify(record, null, 2) + "\n");
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

async function runLines(opts: Opts, io: CliIO): Promise<number> {
  const { parseJobPosting, toJsonLd } = await core();
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    let id: unknown = n;
    let out: unknown;
    try {
      const parsed = JSON.parse(line) as unknown;
      let text: string;
      if (typeof parsed === "string") text = parsed;
      else if (parsed && typeof parsed === "object" && typeof (parsed as { text?: unknown }).text === "string") {
        text = (parsed as { text: string }).text;
        if ("id" in parsed) id = (parsed as { id: unknown }).id;
      } else throw new Error('each line must be a JSON string or {"id": …, "text": "…"}');
      const record = parseJobPosting(text, { now: opts.now, format: opts.format, evidence: opts.evidence });
      out = opts.jsonld ? { id, ...toJsonLd(record) } : { id, ...record };
    } catch (e) {
      out = { id, error: message(e) };
    }
    if (!write(io, JSON.stringify(out) + "\n")) await drain(io);
  }
  return 0;
}

function drain(io: CliIO): Promise<void> {
  const s = io.stdout as unknown as { once?: (ev: string, f: () => void) => void };
  return new Promise((res) => (s.once ? s.once("drain", res) : res()));
}

function write(io: CliIO, s: string): boolean {
  const r = io.stdout.write(s);
  return r !== false || true;
}

function message(e: unknown): string {
  if (e instanceof Error) {
    if ((e as NodeJS.ErrnoException).code) return describe(e);
    if (e.name === "ZodError") return "internal error: the record failed validation (run with --debug)";
    return e.message.split("\n")[0];
  }
  return String(e);
}

/** The process entry: runs, sets the exit code, and keeps a closed pipe quiet. */
export async function cli(): Promise<void> {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
