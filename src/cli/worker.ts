import { runJob, type JobResult } from "./job.js";
import type { WorkerBatch } from "./pool.js";

/**
 * The worker-thread entry of the pool: a batch of tasks in, their results out, in order. The thread
 * is the pool's own, so it reads and writes its files with blocking calls (cheaper than promises).
 */
export default async function work({ tasks, settings }: WorkerBatch): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const task of tasks) results.push(await runJob(task, settings, { blocking: true }));
  return results;
}
