import { kTransferable, kValue, Tinypool } from "tinypool";
import { loadCore, runJob, type JobResult } from "./job.js";
import type { WorkerBatch, WorkerReply } from "./pool.js";

const encoder = new TextEncoder();

// The parser is loaded as the thread starts, while the main thread walks the inputs, not when the first
// batch comes (a failure to load is reported by that batch's jobs, which wait on the same promise).
loadCore().catch(() => undefined);

/**
 * The worker-thread entry of the pool: a batch of tasks in, their results out, in order. The thread
 * is the pool's own, so it reads and writes its files with blocking calls (cheaper than promises).
 * Texts that go to stdout as they are (--lines, --ndjson) leave as one buffer of bytes, moved (not
 * copied) to the main thread, which writes them without ever making strings of them.
 */
export default async function work({ tasks, settings }: WorkerBatch): Promise<WorkerReply> {
  const results: JobResult[] = [];
  for (const task of tasks) results.push(await runJob(task, settings, { blocking: true }));
  if (settings.mode !== "ndjson") return { results, bytes: null, sizes: [] };
  let joined = "";
  const sizes = results.map((r) => {
    if (r.text === null) return -1;
    joined += r.text;
    const size = Buffer.byteLength(r.text, "utf8");
    r.text = null;
    return size;
  });
  const bytes = encoder.encode(joined);
  // tinypool moves a result that names its transferables (its own buffer: TextEncoder makes a fresh one)
  const reply: WorkerReply = { results, bytes, sizes };
  return Tinypool.move({ [kTransferable]: bytes.buffer, [kValue]: reply }) as unknown as WorkerReply;
}
