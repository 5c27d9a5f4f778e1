import { constants } from "node:fs";
import { access, mkdir, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { Output, readAll, type CliIO } from "./io.js";
import { countInputs, describe, noPostingsMessage, walkInputs, type InputRef, type WalkItem } from "./inputs.js";
import type { JobResult, JobSettings, Task } from "./job.js";
import { orderedMap } from "./ordered.js";
import { createExecutor } from "./pool.js";
import { plainReporter, progressReporter } from "./progress.js";

/** What a batch needs beyond the settings every job shares. */
export interface BatchOptions {
  names: readonly string[];
  /** absolute `--out` folder, or null */
  outDir: string | null;
  /** `--out` as the user wrote it, for messages */
  outLabel?: string;
  concurrency: number;
  quiet: boolean;
  debug: boolean;
  /** --strict: a --jsonld record missing a property Google requires fails the run (exit 1) */
  strict?: boolean;
}

type Done = { ref: InputRef | null; path: string; result: JobResult; empty?: boolean };

/**
 * Parses files, folders and stdin: in input order whatever the concurrency, with a bounded number
 * of inputs in flight, so a folder of 100,000 files runs in constant memory. Every input is tried;
 * the exit code is 1 when any failed.
 */
export async function runBatch(b: BatchOptions, base: JobSettings, io: CliIO): Promise<number> {
  const started = performance.now();
  let realOut: string | null = null;
  if (b.outDir) {
    const ready = await prepareOutDir(b.outDir);
    if ("problem" in ready) {
      // every input would fail the same way: one line instead of one per input
      io.stderr.write(`jobparse: --out ${b.outLabel ?? b.outDir}: ${ready.problem}\n`);
      return ready.exitCode;
    }
    realOut = ready.real;
  }
  const stays = realOut && b.outDir ? staysInside(b.outDir, realOut) : null;
  const single = b.names.length === 1 && !(await isFolder(b.names[0], io.cwd));
  const mode: JobSettings["mode"] = b.outDir ? "out" : base.mode === "pretty" && base.jsonld ? "json" : base.mode;
  const settings: JobSettings = { ...base, mode, named: !single };
  const exec = await createExecutor(single ? 1 : b.concurrency, settings);
  const out = new Output(io.stdout);
  const showBar = !single && !b.quiet && io.stderr.isTTY === true && (mode === "out" || io.stdout.isTTY !== true);
  const report = showBar ? progressReporter(io) : plainReporter(io);
  if (showBar) void countInputs(b.names, io.cwd, { skip: b.outDir, signal: io.signal }).then((n) => report.setTotal(n), () => undefined);
  // With several named inputs, two of them could map to one output file; the first one keeps it.
  const claimed = b.outDir && b.names.length > 1 ? new Map<string, string>() : null;

  const work = async (item: WalkItem): Promise<Done> => {
    if (item.kind === "empty") return { ref: null, path: item.path, empty: true, result: { ok: false, text: null, warned: false, error: noPostingsMessage(item.path) } };
    if (item.kind === "problem") return { ref: null, path: item.path, result: { ok: false, text: null, warned: false, error: item.message } };
    const ref = item.ref;
    try {
      let target: string | null = null;
      if (b.outDir) {
        target = resolve(b.outDir, ref.out);
        const back = relative(b.outDir, target);
        if (!within(back) || back === "") throw new Error("the output path would leave --out");
        if (stays && !(await stays(dirname(target)))) throw new Error(`its output ${ref.out} would leave --out through a symlink; not written`);
        if (ref.abs !== null && ref.abs === target) throw new Error("the output would overwrite the input");
        const owner = claimed?.get(target);
        if (owner !== undefined) throw new Error(`its output ${ref.out} is already written for ${owner}`);
        claimed?.set(target, ref.path);
      }
      const task: Task =
        ref.abs === null
          ? { kind: "bytes", path: ref.path, bytes: await readAll(io.stdin, settings.maxBytes), target }
          : { kind: "file", path: ref.path, abs: ref.abs, target };
      return { ref, path: ref.path, result: await exec.run(task) };
    } catch (e) {
      const error = (e as NodeJS.ErrnoException).code ? describe(e) : e instanceof Error ? e.message.split("\n")[0] : String(e);
      return { ref, path: ref.path, result: { ok: false, text: null, warned: false, error } };
    }
  };

  let parsed = 0;
  let failed = 0;
  let warned = 0;
  let items = 0;
  let empty = 0;
  let incomplete = 0;
  // inputs in flight: with workers, enough for every worker to have its next batch waiting (an input
  // in flight is a path; a worker reads the file itself)
  const window = exec.workers > 0 ? exec.workers * 32 : 4;
  // Listening tells the process entry that Ctrl-C should stop the walk and let in-flight inputs finish.
  const onAbort = () => undefined;
  if (!single) io.signal?.addEventListener("abort", onAbort);
  try {
    for await (const done of orderedMap(walkInputs(b.names, io.cwd, { skip: b.outDir, signal: io.signal }), work, window)) {
      const r = done.result;
      if (done.ref) report.tick();
      if (done.empty) {
        empty++;
        report.log(`jobparse: ${r.error}`);
        continue;
      }
      for (const note of r.notes ?? []) report.log(`jobparse: ${done.ref?.abs === null ? "stdin" : done.path}: ${note}`);
      if (r.incomplete) incomplete++;
      if (!r.ok) {
        failed++;
        report.log(`jobparse: ${done.ref?.abs === null ? "stdin" : done.path}: ${r.error}`);
        if (b.debug && r.stack) report.log(r.stack);
        continue;
      }
      parsed++;
      if (r.warned) warned++;
      if (r.bytes) {
        // a worker's --ndjson line, written as it came
        if (!(await out.write(r.bytes))) break;
        continue;
      }
      if (r.text === null) continue;
      let text = r.text;
      if (mode === "json" && !single) text = (items === 0 ? "[\n" : ",\n") + text.replace(/^/gm, "  ");
      else if (mode === "json") text += "\n";
      else if (mode === "pretty" && items > 0) text = "\n" + text;
      items++;
      if (!(await out.write(text))) break;
    }
    if (mode === "json" && !single && !out.closed) await out.write(items === 0 ? "[]\n" : "\n]\n");
  } finally {
    io.signal?.removeEventListener("abort", onAbort);
    report.stop();
    await exec.close();
  }
  const interrupted = io.signal?.aborted === true;
  if (!single && !b.quiet) {
    const secs = (performance.now() - started) / 1000;
    io.stderr.write(
      `jobparse: ${parsed} parsed, ${failed} failed, ${warned} with warnings, ${secs.toFixed(2)}s` +
        (exec.workers > 0 ? ` (${exec.workers} workers)` : "") +
        (interrupted ? "; interrupted, the rest not started" : "") +
        "\n",
    );
  }
  if (interrupted) return 130;
  return failed > 0 || empty > 0 || (b.strict && incomplete > 0) ? 1 : 0;
}

/** True when the name is a folder (a batch even if it holds one file). */
export async function isFolder(name: string, cwd: string): Promise<boolean> {
  if (name === "-") return false;
  try {
    return (await stat(resolve(cwd, name))).isDirectory();
  } catch {
    return false;
  }
}

// `relative()` from a folder to a path inside it: not "..", not "../x", not another drive.
function within(rel: string): boolean {
  return !(rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel));
}

/**
 * Creates the `--out` folder and checks it can be written: its real path, or one line saying why
 * not. Naming a file is a usage error (2); a folder the file system refuses fails the run (1).
 */
async function prepareOutDir(outDir: string): Promise<{ real: string } | { problem: string; exitCode: number }> {
  if ((await stat(outDir).catch(() => null))?.isDirectory() === false) return { problem: "is a file, not a folder", exitCode: 2 };
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // `--out notes.txt/parsed`: mkdir says ENOTDIR (or EEXIST) when a part of the path is a file
    const why = code === "ENOTDIR" || code === "EEXIST" ? "a part of its path is a file" : describe(e);
    return { problem: `cannot create the folder: ${why}`, exitCode: 1 };
  }
  try {
    await access(outDir, constants.W_OK);
    return { real: await realpath(outDir) };
  } catch (e) {
    return { problem: `cannot write there: ${describe(e)}`, exitCode: 1 };
  }
}

/**
 * A check that a folder under `--out` really is inside it: a symlink already sitting in the
 * `--out` tree (`parsed/eu -> /etc`) would otherwise carry records out of it. Folders not made
 * yet are judged by their nearest existing parent; verdicts on existing folders are kept.
 */
function staysInside(outDir: string, realOut: string): (dir: string) => Promise<boolean> {
  const known = new Map<string, boolean>();
  const check = async (dir: string): Promise<boolean> => {
    const cached = known.get(dir);
    if (cached !== undefined) return cached;
    let real: string;
    try {
      real = await realpath(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT" && dir !== outDir && dir !== dirname(dir)) return check(dirname(dir));
      throw e;
    }
    const ok = within(relative(realOut, real));
    known.set(dir, ok);
    return ok;
  };
  return check;
}
