import type { Readable } from "node:stream";

/** A place the CLI writes to: process.stdout/stderr, or a stand-in in tests. */
export interface Sink {
  write(s: string | Uint8Array): boolean | void;
  isTTY?: boolean;
  once?(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener?(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** What the CLI reads and writes, so tests can drive it in-process. */
export interface CliIO {
  stdout: Sink;
  stderr: Sink;
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** aborted on Ctrl-C: a batch stops taking new inputs and finishes the ones in flight */
  signal?: AbortSignal;
}

/** The real process's streams. */
export function processIO(signal?: AbortSignal): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), signal };
}

/** Reads a whole stream into bytes, refusing more than `limit` bytes. */
export async function readAll(stream: Readable, limit = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === "string" ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    if (size > limit) throw new Error(`too large: more than ${limit} bytes (raise the limit with --max-bytes)`);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Writes results to stdout with backpressure: `write` resolves once the stream can take more,
 * and returns false for good when the reader has gone (`jobparse … | head`).
 */
export class Output {
  closed = false;
  constructor(private readonly sink: Sink) {}

  async write(s: string | Uint8Array): Promise<boolean> {
    if (this.closed) return false;
    let ok: boolean | void;
    try {
      ok = this.sink.write(s);
    } catch (e) {
      if (isPipeClosed(e)) this.closed = true;
      else throw e;
      return false;
    }
    if (ok === false && this.sink.once) await this.drained();
    return !this.closed;
  }

  private drained(): Promise<void> {
    const sink = this.sink;
    return new Promise((resolve) => {
      const finish = (closed: boolean) => {
        sink.removeListener?.("drain", onDrain);
        sink.removeListener?.("error", onGone);
        sink.removeListener?.("close", onGone);
        if (closed) this.closed = true;
        resolve();
      };
      const onDrain = () => finish(false);
      const onGone = () => finish(true);
      sink.once!("drain", onDrain);
      sink.once!("error", onGone);
      sink.once!("close", onGone);
    });
  }
}

/** True for the errors a write gets when the reading end of a pipe has closed. */
export function isPipeClosed(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED" || code === "ERR_STREAM_WRITE_AFTER_END";
}
