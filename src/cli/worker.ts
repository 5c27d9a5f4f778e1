import { runJob, type JobResult, type JobSettings, type Task } from "./job.js";

/** The worker-thread entry of the pool: one task in, one result out. */
export default function work({ task, settings }: { task: Task; settings: JobSettings }): Promise<JobResult> {
  return runJob(task, settings);
}
