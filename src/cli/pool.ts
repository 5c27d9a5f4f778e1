import { existsSync } from "node:fs";
import { setImmediate } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { errorMessage, runJob, type JobResult, type JobSettings, type Task } from "./job.js";

/** Runs tasks in this thread or in a pool of worker threads; `run` never rejects. */
export interface Executor {
  /** worker threads in use; 0 = in-process */
  readonly workers: number;
  run(task: Task): Promise<JobResult>;
  close(): Promise<void>;
}

// Run from the sources (vitest), this file is pool.ts and worker.ts cannot run in a bare thread: the
// build's dist/cli/worker.js stands in. Built (tsc or the esbuild bundle), worker.js sits beside it.
function workerFile(): string {
  const url = import.meta.url.endsWith(".ts") ? new URL("../../dist/cli/worker.js", import.meta.url) : new URL("./worker.js", import.meta.url);
  return fileURLToPath(url);
}

/** concurrency 1 runs in-process; more starts that many worker threads (tinypool). */
export async function createExecutor(concurrency: number, settings: JobSettings): Promise<Executor> {
  const file = workerFile();
  if (concurrency <= 1 || !existsSync(file)) {
    // Parsing blocks this thread: let the event loop turn before each task, or a --lines stream whose
    // input is already buffered would run for seconds without seeing Ctrl-C, timers or a closed pipe.
    return { workers: 0, run: (task) => setImmediate().then(() => runJob(task, settings)), close: async () => undefined };
  }
  const { Tinypool } = await import("tinypool");
  // Two tasks per thread, so one's file reading and writing overlaps the other's parsing.
  const pool = new Tinypool({ filename: file, minThreads: concurrency, maxThreads: concurrency, concurrentTasksPerWorker: 2, idleTimeout: 30_000 });
  return {
    workers: concurrency,
    run: (task) => pool.run({ task, settings }).catch((e: unknown) => crashed(e, task, settings)),
    close: () => pool.destroy(),
  };
}

// A worker that died (out of memory, a native crash) fails its task, not the run.
function crashed(e: unknown, task: Task, settings: JobSettings): JobResult {
  const error = `internal error: the worker stopped (${errorMessage(e)})`;
  const stack = settings.debug && e instanceof Error ? e.stack : undefined;
  const text = task.kind === "line" ? JSON.stringify({ id: task.n, error }) + "\n" : null;
  return { ok: false, text, warned: false, error, ...(stack ? { stack } : {}) };
}
