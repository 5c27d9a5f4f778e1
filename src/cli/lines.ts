import type { Readable } from "node:stream";
import { Output, type CliIO } from "./io.js";
import type { JobResult, JobSettings } from "./job.js";
import { orderedMap } from "./ordered.js";
import { createExecutor } from "./pool.js";

type Line = { n: number; line: string | null };

/**
 * Stream mode (the Hadoop Streaming / Spark `pipe()` contract): each stdin line is a JSON string or
 * `{"id": …, "text": "…"}`, and exactly one compact line comes out per line in, in order. A bad line
 * gives `{"id": …, "error": "…"}` and the stream goes on, so the exit code is 0 unless stdin itself
 * fails. Input is read only as fast as output is taken, so memory stays flat on endless input.
 */
export async function runLines(settings: JobSettings, concurrency: number, io: CliIO): Promise<number> {
  const exec = await createExecutor(concurrency, settings);
  const out = new Output(io.stdout);
  const work = async ({ n, line }: Line): Promise<JobResult> => {
    if (line === null) {
      const error = `line too long: more than ${settings.maxBytes} bytes (raise the limit with --max-bytes)`;
      return { ok: false, text: JSON.stringify({ id: n, error }) + "\n", warned: false, error };
    }
    return exec.run({ kind: "line", n, line });
  };
  const window = exec.workers > 0 ? exec.workers * 8 : 4;
  let incomplete = 0;
  // --debug: the stack of the first line to fail with each message, 20 at most, so that a stderr
  // nobody reads (a pipe holds 64 KB) can never fill up and hold the stream or its exit.
  const stacks = new Set<string>();
  try {
    for await (const r of orderedMap(splitLines(io.stdin, settings.maxBytes), work, window)) {
      if (settings.debug && r.stack && stacks.size < 20 && !stacks.has(r.error ?? "")) {
        stacks.add(r.error ?? "");
        io.stderr.write(r.stack + "\n");
      }
      const text = r.bytes ?? r.text!;
      for (const note of r.notes ?? []) io.stderr.write(`jobparse: line ${JSON.parse(typeof text === "string" ? text : Buffer.from(text).toString("utf8")).id}: ${note}\n`);
      if (r.incomplete) incomplete++;
      if (!(await out.write(text))) break;
    }
  } catch (e) {
    io.stderr.write(`jobparse: stdin: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    return 1;
  } finally {
    await exec.close();
  }
  return settings.strict && incomplete > 0 ? 1 : 0;
}

/**
 * Splits a byte stream into numbered UTF-8 lines (`\n`, with `\r\n` handled by the caller), pulling
 * a chunk only when the consumer asks for a line. A line longer than `maxBytes` is not kept: it
 * comes out as `line: null`, so one endless line cannot fill memory.
 */
export async function* splitLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  let skipping = false;
  const take = (): string | null => {
    const line = skipping ? null : Buffer.concat(parts, size).toString("utf8");
    parts = [];
    size = 0;
    skipping = false;
    return n === 1 && line !== null && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  };
  for await (const c of stream) {
    const chunk = typeof c === "string" ? Buffer.from(c) : (c as Buffer);
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      add(chunk.subarray(start, nl));
      n++;
      yield { n, line: take() };
      start = nl + 1;
    }
    add(chunk.subarray(start));
  }
  if (size > 0 || skipping) {
    n++;
    yield { n, line: take() };
  }

  function add(piece: Buffer): void {
    if (skipping || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes) {
      skipping = true;
      parts = [];
      size = 0;
    } else parts.push(piece);
  }
}
