import { Command, CommanderError, Option } from "commander";
import { getEventListeners } from "node:events";
import { resolve } from "node:path";
import { isPipeClosed, processIO, type CliIO } from "./io.js";
import type { JobSettings } from "./job.js";
import { restoreCursor } from "./progress.js";
import { version } from "./version.js";

// Only commander and this file load up front: batch, stream, worker pool and parser load when a
// command runs, so `--version` and `--help` stay close to a bare `node` start.

interface Opts {
  json?: boolean;
  jsonld?: boolean;
  strict?: boolean;
  ndjson?: boolean;
  lines?: boolean;
  out?: string;
  format: "auto" | "text" | "markdown" | "html";
  now?: string;
  concurrency?: number;
  evidence?: boolean;
  explain?: boolean;
  /** "auto" | "always" | "never"; true/false from a bare --color / --no-color */
  color?: string | boolean;
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
  $ jobparse eval labelled/              score records against <case>.expected.json labels
`;

/** Output options that cannot be combined: the first named is the one the message starts with. */
const CONFLICTS: readonly (readonly [keyof Opts, keyof Opts])[] = [
  ["json", "ndjson"],
  ["json", "lines"],
  ["ndjson", "lines"],
  ["out", "ndjson"],
  ["out", "lines"],
  ["out", "json"],
  ["jsonld", "evidence"],
  ["explain", "json"],
  ["explain", "jsonld"],
  ["explain", "ndjson"],
  ["explain", "lines"],
  ["explain", "out"],
];
const FLAG: Partial<Record<keyof Opts, string>> = { json: "--json", ndjson: "--ndjson", lines: "--lines", out: "--out", jsonld: "--jsonld", evidence: "--evidence", explain: "--explain" };

/** Runs the CLI with the given arguments (without node and script); returns the exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name("jobparse")
    .usage("[inputs...] [options]")
    .version(version(), "-V, --version")
    .argument("[inputs...]", "files, folders, or '-' for stdin (none + piped stdin = stdin)")
    .option("-j, --json", "the record as pretty JSON; several inputs give an array")
    .option("--jsonld", "schema.org JobPosting JSON-LD instead of the native record")
    .option("--strict", "with --jsonld: exit 1 when a property Google requires is missing")
    .option("-n, --ndjson", "one compact record per line, with its input's path")
    .option("-l, --lines", 'stream mode: each stdin line is a JSON string or {"id","text"}; one output line per input line')
    .option("-o, --out <dir>", "write one <name>.json per input, mirroring the folder tree")
    .addOption(new Option("-f, --format <format>", "input format").choices(["auto", "text", "markdown", "html"]).default("auto"))
    .option("--now <date>", 'reference date (YYYY-MM-DD) for relative dates such as "11 days ago" (default: today, UTC)')
    .option("-c, --concurrency <n>", "worker threads for batches and --lines; 1 = no workers (default: number of cores)", (v) => positiveInt(v, "--concurrency"))
    .option("-e, --evidence", "add where each value came from")
    .option("-x, --explain", "print the posting with each extracted span marked by field")
    .addOption(new Option("--color [when]", "colour: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never").choices(["auto", "always", "never"]))
    .option("--no-color", "same as --color never")
    .option("-q, --quiet", "no progress bar or summary on stderr")
    .option("--debug", "show stack traces")
    .option("--max-bytes <n>", "largest input (or --lines line) accepted, in bytes", (v) => positiveInt(v, "--max-bytes"), 20 * 1024 * 1024)
    .enablePositionalOptions()
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
    .description("print the JSON Schema of the record (--ndjson, --lines: of their output lines)")
    .addOption(new Option("-n, --ndjson", "the shape of an --ndjson line: the record with its input's path").conflicts("lines"))
    .option("-l, --lines", "the shape of a --lines output line: the record with its id, or {id, error}")
    .action(async (o: { ndjson?: boolean; lines?: boolean }) => {
      const { recordJsonSchema } = await import("../index.js");
      const { lineSchema } = await import("./schema-lines.js");
      const schema = recordJsonSchema() as Record<string, unknown>;
      io.stdout.write(JSON.stringify(o.lines ? lineSchema(schema, "lines") : o.ndjson ? lineSchema(schema, "ndjson") : schema, null, 2) + "\n");
    });
  program
    .command("eval")
    .description("score records against labels: <case>.<txt|md|html> beside <case>.expected.json")
    .argument("<dirs...>", "folders (or label files) to score")
    .option("-j, --json", "the scores as JSON")
    .option("--min <score>", "exit 1 when the overall score (0–1 or a percentage) is below this", (v) => score(v))
    .option("--worst <n>", "how many of the worst cases to list", (v) => positiveInt(v, "--worst"), 10)
    .option("-v, --verbose", "under each worst case, the fields that missed: expected and found")
    .option("--now <date>", "reference date (YYYY-MM-DD) for labels without $now (default: 2026-01-01)")
    .action(async (dirs: string[], o: { json?: boolean; min?: number; worst: number; now?: string; verbose?: boolean }) => {
      const { runEval } = await import("./eval.js");
      exitCode = await runEval(dirs, o, io);
    });
  program.helpCommand("help [command]", "show help for jobparse or one of its commands");
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

function score(v: string): number {
  const n = Number(v.replace(/%$/, ""));
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new CommanderError(2, "jobparse.invalidArgument", `--min takes a score from 0 to 1 (or a percentage), not "${v}"`);
  return n > 1 ? n / 100 : n;
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CommanderError(2, "jobparse.invalidArgument", `${name} takes a whole number ≥ 1, not "${v}"`);
  return n;
}

// Today in UTC, as the library's default is: fixed once so a batch that runs past midnight stays consistent.
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Colour for stdout: --color always/never wins; then FORCE_COLOR (0/false = off), NO_COLOR, TERM=dumb; then a terminal or not. */
export function colorWanted(flag: string | boolean | undefined, env: CliIO["env"], isTTY: boolean | undefined): boolean {
  if (flag === "always") return true;
  if (flag === "never" || flag === false) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === "0" || force.toLowerCase() === "false");
  if ((env.NO_COLOR ?? "") !== "" || env.TERM === "dumb") return false;
  return isTTY === true;
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
  for (const [a, b] of CONFLICTS) {
    if (opts[a] !== undefined && opts[a] !== false && opts[b] !== undefined && opts[b] !== false) {
      io.stderr.write(`jobparse: ${FLAG[a]} cannot be used with ${FLAG[b]}\n`);
      return 2;
    }
  }
  if (opts.strict && !opts.jsonld) {
    io.stderr.write("jobparse: --strict checks --jsonld output; add --jsonld\n");
    return 2;
  }
  const settings: JobSettings = {
    now: opts.now ?? today(),
    format: opts.format,
    evidence: opts.evidence === true,
    jsonld: opts.jsonld === true,
    mode: opts.ndjson ? "ndjson" : opts.json || opts.jsonld ? "json" : "pretty",
    color: colorWanted(opts.color, io.env, io.stdout.isTTY),
    maxBytes: opts.maxBytes,
    debug: opts.debug === true,
    named: false,
    strict: opts.strict === true,
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
  return runBatch({ names, outDir, outLabel: opts.out, concurrency, quiet: opts.quiet === true, debug: settings.debug, strict: opts.strict === true }, settings, io);
}

/** The process entry: runs, sets the exit code, keeps a closed pipe quiet, and stops a batch gently on Ctrl-C. */
export async function cli(): Promise<void> {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (isPipeClosed(e)) process.exit(process.exitCode ?? 0);
    process.stderr.write(`jobparse: stdout: ${e.message}\n`);
    process.exit(1);
  });
  process.stderr.on("error", () => undefined);
  // The cursor comes back however the process ends (a progress bar hides it): exit runs for
  // process.exit and a normal end; SIGTERM and SIGHUP are turned into exits so it runs for them too.
  process.on("exit", restoreCursor);
  process.on("SIGTERM", () => process.exit(143));
  process.on("SIGHUP", () => process.exit(129));
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
