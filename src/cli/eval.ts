import type { CliIO } from "./io.js";

export async function runEval(_dirs: string[], _o: { json?: boolean; min?: number; worst: number; now?: string }, io: CliIO): Promise<number> {
  io.stderr.write("jobparse: eval: not built yet\n");
  return 1;
}
