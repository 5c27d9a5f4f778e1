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

/** What the main thread sends a worker: several tasks in one message, run in order. */
export interface WorkerBatch {
  tasks: Task[];
  settings: JobSettings;
}

/**
 * What a worker sends back: the results in order, their texts (when they go to stdout as they are)
 * moved as one buffer of UTF-8 bytes, `sizes[i]` bytes for result i (-1: no text). Strings copied
 * from thread to thread were most of what the main thread allocated, and enough of them lived
 * through two minor GCs (promoted, kept until a full one) that its young generation kept growing.
 */
export interface WorkerReply {
  results: JobResult[];
  bytes: Uint8Array | null;
  sizes: number[];
}

// Run from the sources (vitest), this file is pool.ts and worker.ts cannot run in a bare thread: the
// build's dist/cli/worker.js stands in. Built (tsc or the esbuild bundle), worker.js sits beside it.
function workerFile(): string {
  const url = import.meta.url.endsWith(".ts") ? new URL("../../dist/cli/worker.js", import.meta.url) : new URL("./worker.js", import.meta.url);
  return fileURLToPath(url);
}

// Messages in flight per worker: the next one waits in the worker's port while it runs the current one.
const BATCHES_PER_WORKER = 2;
// Most tasks in one message (a crash retries its batch task by task, so a batch is kept short).
const MAX_BATCH = 16;
// The young generation of each worker, in MB (V8 makes it a third of each semi-space pair and the
// large-object space): V8 grows a thread's young generation step by step, after as many bytes have
// survived as it holds, so with its default (up to 48 MB) a long --lines stream kept growing for
// thousands of postings. A parse allocates a few MB at most; 12 MB is reached within the first ones.
const WORKER_YOUNG_MB = 12;

/**
 * concurrency 1 runs in-process; more starts that many worker threads (tinypool). Tasks are handed to
 * the workers in batches: whatever is waiting when a worker can take more goes in one message (one
 * task when the workers keep up, so nothing waits to fill a batch), which keeps the main thread's
 * cost per input to bookkeeping.
 */
export async function createExecutor(concurrency: number, settings: JobSettings): Promise<Executor> {
  const file = workerFile();
  if (concurrency <= 1 || !existsSync(file)) {
    // Parsing blocks this thread: let the event loop turn before each task, or a --lines stream whose
    // input is already buffered would run for seconds without seeing Ctrl-C, timers or a closed pipe.
    return { workers: 0, run: (task) => setImmediate().then(() => runJob(task, settings)), close: async () => undefined };
  }
  const { Tinypool } = await import("tinypool");
  const pool = new Tinypool({
    filename: file,
    minThreads: concurrency,
    maxThreads: concurrency,
    concurrentTasksPerWorker: BATCHES_PER_WORKER,
    idleTimeout: 30_000,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  type Waiting = { task: Task; resolve: (r: JobResult) => void };
  const slots = concurrency * BATCHES_PER_WORKER;
  let busy = 0;
  let waiting: Waiting[] = [];
  const send = (batch: Waiting[], retry: boolean) => {
    busy++;
    const message: WorkerBatch = { tasks: batch.map((w) => w.task), settings };
    pool
      .run(message)
      .then(
        ({ results, bytes, sizes }: WorkerReply) => {
          let at = 0;
          batch.forEach((w, i) => {
            const r = results[i];
            if (bytes && sizes[i] >= 0) r.bytes = bytes.subarray(at, (at += sizes[i]));
            w.resolve(r);
          });
        },
        (e: unknown) => {
          // A worker that died (out of memory, a native crash) takes its batch with it: each task is
          // tried again alone, so only the one that kills a worker fails.
          if (retry && batch.length > 1) for (const w of batch) send([w], false);
          else for (const w of batch) w.resolve(crashed(e, w.task, settings));
        },
      )
      .finally(() => {
        busy--;
        flush();
      });
  };
  const flush = () => {
    while (busy < slots && waiting.length > 0) {
      // the waiting tasks shared among the free slots, in order
      const size = Math.min(MAX_BATCH, Math.ceil(waiting.length / (slots - busy)));
      const batch = waiting.length <= size ? waiting : waiting.slice(0, size);
      waiting = waiting.length <= size ? [] : waiting.slice(size);
      send(batch, true);
    }
  };
  return {
    workers: concurrency,
    run: (task) =>
      new Promise<JobResult>((resolve) => {
        waiting.push({ task, resolve });
        // tasks started in the same turn of the event loop leave together
        if (waiting.length === 1) queueMicrotask(flush);
      }),
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
