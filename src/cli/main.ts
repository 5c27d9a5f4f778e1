import { Command, CommanderError, Option } from "commander";
import { getEventListeners } from "node:events";
import { resolve } from "node:path";
import { isPipeClosed, processIO, type CliIO } from "./io.js";
import type { JobSettings } from "./job.js";
import { version } from "./version.js";

// Only commander and this file load up front: batch, stream, worker pool and parser load when a
// command runs, so `--version` and `--help` stay close to a bare `node` start.

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

const ABOUT = "jobparse: turn scraped job-posting text (plain text, Markdown or HTML) into one validated JSON record.";
const EXAMPLES = `Examples:
  $ jobparse posting.txt                 a readable summary
  $ jobparse posting.txt --json          the record as JSON
  $ jobparse posting.txt --explain       the posting with what was taken from where marked
  $ cat posting.md | jobparse --json     from stdin
  $ jobparse postings/ --out parsed/     a folder, mirrored as <name>.json files
  $ jobparse postings/ --ndjson          one compact record per line
  $ jobparse --lines < texts.ndjson      stream mode: one output line per input line
  $ jobparse schema                      the JSON Schema of the record
`;

/** Runs the CLI with the given arguments (without node and script); returns the exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name("jobparse")
    .usage("[inputs...] [options]")
    .version(version(), "-V, --version")
    .argument("[inputs...]", "files, folders, or '-' for stdin (none + piped stdin = stdin)")
    .option("--json", "the record as pretty JSON; several inputs give an array")
    .option("--jsonld", "schema.org JobPosting JSON-LD instead of the native record")
    .option("--ndjson", "one compact record per line, with its input's path")
    .addOption(
      new Option("--lines", 'stream mode: each stdin line is a JSON string or {"id","text"}; one output line per input line').conflicts(["out", "ndjson"]),
    )
    .option("--out <dir>", "write one <name>.json per input, mirroring the folder tree")
    .addOption(new Option("--format <format>", "input format").choices(["auto", "text", "markdown", "html"]).default("auto"))
    .option("--now <date>", 'reference date (YYYY-MM-DD) for relative dates such as "11 days ago" (default: today)')
    .option("--concurrency <n>", "worker threads for batches and --lines; 1 = no workers (default: number of cores)", (v) => positiveInt(v, "--concurrency"))
    .option("--evidence", "add where each value came from")
    .addOption(new Option("--explain", "print the posting with each extracted span marked by field").conflicts(["json", "jsonld", "ndjson", "lines", "out"]))
    .option("--no-color", "plain output (also NO_COLOR)")
    .option("--quiet", "no progress bar or summary on stderr")
    .option("--debug", "show stack traces")
    .option("--max-bytes <n>", "largest input (or --lines line) accepted, in bytes", (v) => positiveInt(v, "--max-bytes"), 20 * 1024 * 1024)
    .showSuggestionAfterError(true)
    .addHelpText("beforeAll", `${ABOUT}\n\n${EXAMPLES}`)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // one line: "jobparse: unknown option '--jsn' (did you mean --json?)"
      outputError: (s, write) => write(s.replace(/^error: /, "jobparse: ").replace(/\n\(Did you mean (.*)\)/, " (did you mean $1)")),
    })
    .action(async (inputs: string[], opts: Opts) => {
      exitCode = await main(inputs, opts, io, program);
    });
  program
    .command("schema")
    .description("print the JSON Schema of the record")
    .action(async () => {
      const { recordJsonSchema } = await import("../index.js");
      io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      if (e.code === "jobparse.invalidArgument") io.stderr.write(`jobparse: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`jobparse: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    if (argv.includes("--debug") && e instanceof Error && e.stack) io.stderr.write(e.stack + "\n");
    return 1;
  }
  return exitCode;
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CommanderError(2, "jobparse.invalidArgument", `${name} takes a whole number ≥ 1, not "${v}"`);
  return n;
}

// The day in the user's time zone, fixed once so a batch that runs past midnight stays consistent.
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function main(names: string[], opts: Opts, io: CliIO, program: Command): Promise<number> {
  if (opts.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.now)) {
    io.stderr.write(`jobparse: --now takes a date as YYYY-MM-DD, not "${opts.now}"\n`);
    return 2;
  }
  if (opts.now !== undefined && new Date(opts.now + "T00:00:00Z").toISOString().slice(0, 10) !== opts.now) {
    io.stderr.write(`jobparse: --now: "${opts.now}" is not a real date\n`);
    return 2;
  }
  const noColor = (io.env.NO_COLOR ?? "") !== "" || io.env.TERM === "dumb";
  const settings: JobSettings = {
    now: opts.now ?? today(),
    format: opts.format,
    evidence: opts.evidence === true,
    jsonld: opts.jsonld === true,
    mode: opts.ndjson ? "ndjson" : opts.json || opts.jsonld ? "json" : "pretty",
    color: opts.color !== false && !noColor && io.stdout.isTTY === true,
    maxBytes: opts.maxBytes,
    debug: opts.debug === true,
    named: false,
  };
  const concurrency = Math.min(opts.concurrency ?? (await import("node:os")).availableParallelism(), 256);
  if (opts.lines) {
    if (names.length > 0) {
      io.stderr.write(`jobparse: --lines reads stdin only; try 'jobparse --lines < ${names[0]}'\n`);
      return 2;
    }
    if (io.stdin.isTTY) {
      io.stderr.write("jobparse: --lines reads JSON lines from stdin; pipe them in: jobparse --lines < postings.ndjson\n");
      return 2;
    }
    const { runLines } = await import("./lines.js");
    return runLines({ ...settings, mode: "ndjson" }, concurrency, io);
  }
  if (names.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(`${ABOUT}\n\n${EXAMPLES}\n${program.helpInformation().split("\n")[0]}\nAll options: jobparse --help\n`);
      return 2;
    }
    names = ["-"];
  }
  if (opts.explain) {
    const { runExplain } = await import("./explain.js");
    return runExplain(names, settings, io);
  }
  const outDir = opts.out ? resolve(io.cwd, opts.out) : null;
  const { runBatch } = await import("./batch.js");
  return runBatch({ names, outDir, outLabel: opts.out, concurrency, quiet: opts.quiet === true, debug: settings.debug }, settings, io);
}

/** The process entry: runs, sets the exit code, keeps a closed pipe quiet, and stops a batch gently on Ctrl-C. */
export async function cli(): Promise<void> {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (isPipeClosed(e)) process.exit(process.exitCode ?? 0);
    process.stderr.write(`jobparse: stdout: ${e.message}\n`);
    process.exit(1);
  });
  process.stderr.on("error", () => undefined);
  const stop = new AbortController();
  process.on("SIGINT", () => {
    // A batch listens and finishes what is in flight; anything else, or a second Ctrl-C, quits now.
    if (stop.signal.aborted || getEventListeners(stop.signal, "abort").length === 0) process.exit(130);
    // on a terminal, start below the "^C" it echoed
    process.stderr.write(`${process.stderr.isTTY ? "\n" : ""}jobparse: stopping after the inputs in flight (Ctrl-C again to quit now)\n`);
    stop.abort();
  });
  process.exitCode = await run(process.argv.slice(2), processIO(stop.signal));
}
