import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { Output, readAll, type CliIO } from "./io.js";
import { countInputs, walkInputs, type InputRef, type WalkItem } from "./inputs.js";
import type { JobResult, JobSettings, Task } from "./job.js";
import { orderedMap } from "./ordered.js";
import { createExecutor } from "./pool.js";
import { plainReporter, progressReporter } from "./progress.js";

/** What a batch needs beyond the settings every job shares. */
export interface BatchOptions {
  names: readonly string[];
  /** absolute `--out` folder, or null */
  outDir: string | null;
  concurrency: number;
  quiet: boolean;
  debug: boolean;
}

type Done = { ref: InputRef | null; path: string; result: JobResult };

/**
 * Parses files, folders and stdin: in input order whatever the concurrency, with a bounded number
 * of inputs in flight, so a folder of 100,000 files runs in constant memory. Every input is tried;
 * the exit code is 1 when any failed.
 */
export async function runBatch(b: BatchOptions, base: JobSettings, io: CliIO): Promise<number> {
  const started = performance.now();
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
    if (item.kind === "problem") return { ref: null, path: item.path, result: { ok: false, text: null, warned: false, error: item.message } };
    const ref = item.ref;
    try {
      let target: string | null = null;
      if (b.outDir) {
        target = resolve(b.outDir, ref.out);
        const back = relative(b.outDir, target);
        if (back === "" || back.startsWith(".." + sep) || back === ".." || isAbsolute(back)) throw new Error("the output path would leave --out");
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
      return { ref, path: ref.path, result: { ok: false, text: null, warned: false, error: e instanceof Error ? e.message : String(e) } };
    }
  };

  let parsed = 0;
  let failed = 0;
  let warned = 0;
  let items = 0;
  const window = exec.workers > 0 ? exec.workers * 8 : 4;
  // Listening tells the process entry that Ctrl-C should stop the walk and let in-flight inputs finish.
  const onAbort = () => undefined;
  if (!single) io.signal?.addEventListener("abort", onAbort);
  try {
    for await (const done of orderedMap(walkInputs(b.names, io.cwd, { skip: b.outDir, signal: io.signal }), work, window)) {
      const r = done.result;
      if (done.ref) report.tick();
      if (!r.ok) {
        failed++;
        report.log(`jobparse: ${done.path}: ${r.error}`);
        if (b.debug && r.stack) report.log(r.stack);
        continue;
      }
      parsed++;
      if (r.warned) warned++;
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
  return failed > 0 ? 1 : 0;
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
