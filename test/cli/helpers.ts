import { EventEmitter } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import type { CliIO } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

/** A stdout/stderr stand-in that keeps what was written; `slow` makes write() ask for a drain now and then. */
export class Capture extends EventEmitter {
  text = "";
  writes = 0;
  drains = 0;
  constructor(
    public isTTY = false,
    private readonly slow = false,
  ) {
    super();
  }
  write(s: string | Uint8Array): boolean {
    // a worker's --lines / --ndjson output comes as UTF-8 bytes, each write whole lines
    this.text += typeof s === "string" ? s : Buffer.from(s.buffer, s.byteOffset, s.length).toString("utf8");
    this.writes++;
    if (this.slow && this.writes % 3 === 0) {
      setTimeout(() => {
        this.drains++;
        this.emit("drain");
      }, 2);
      return false;
    }
    return true;
  }
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  out: Capture;
}

/** Runs the CLI in-process with the given stdin text (or a terminal, when `stdin` is "tty"). */
export async function runCli(
  argv: string[],
  options: { stdin?: string | "tty"; cwd?: string; env?: Record<string, string>; stdoutTTY?: boolean; slowStdout?: boolean } = {},
): Promise<Ran> {
  const stdin = options.stdin === "tty" ? Object.assign(new Readable({ read() {} }), { isTTY: true }) : Readable.from([Buffer.from(options.stdin ?? "")]);
  const out = new Capture(options.stdoutTTY ?? false, options.slowStdout ?? false);
  const err = new Capture();
  const io: CliIO = { stdout: out, stderr: err, stdin, env: options.env ?? {}, cwd: options.cwd ?? process.cwd() };
  const code = await run(argv, io);
  return { code, stdout: out.text, stderr: err.text, out };
}

/** A temporary folder with the given files (path → text or bytes); removed by the returned function. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "jobparse-cli-"));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An aggregator-style posting (invented company), in the shape job boards copy-paste. */
export const AGGREGATOR_POSTING = `11 days ago

Senior Backend Engineer

Quillory

On Site
Full Time
€95,000
Belgrade, Serbia

Job Overview

Job TitleSenior Backend Engineer
Job TypeFull Time
CategoryCommerce
Experience5 Years
DegreeMaster
Offered Salary€95,000
LocationBelgrade, Serbia

Job Description

Senior Backend Engineer at Quillory

We build conversational commerce software that helps online shops talk to their customers.

What You'll Do

  • Design features, APIs and data models used by thousands of merchants.
  • Ship your features to production and watch how they behave.

Who You Are

  • 5+ years of experience in backend development, ideally Python or Java.
  • You write clean, testable code.

Perks And Benefits

  • 5 weeks of paid vacation
  • Private health insurance
`;

/** A small posting of a different shape, numbered so order can be checked. */
export function smallPosting(i: number): string {
  return `Data Engineer ${i}\n\nNorthwind Labs ${i}\n\nFull Time\n€${60 + (i % 30)},000\nLisbon, Portugal\n\nResponsibilities\n- Build pipeline number ${i}\n- Keep it running\n`;
}
