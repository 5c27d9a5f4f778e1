import type { CliIO } from "./io.js";

const SHOW_CURSOR = "\u001b[?25h";
let cursorHidden: NodeJS.WritableStream | null = null;

/**
 * Shows the cursor again if a progress bar hid it and did not get to stop (a second Ctrl-C,
 * SIGTERM, an exit from anywhere). Synchronous: the process entry calls it on "exit".
 */
export function restoreCursor(): void {
  if (cursorHidden) cursorHidden.write(SHOW_CURSOR);
  cursorHidden = null;
}

/** Where a batch reports: a progress bar when it is long and stderr is a terminal, and its messages. */
export interface Reporter {
  /** one message line on stderr (printed above the bar while it shows) */
  log(line: string): void;
  tick(): void;
  setTotal(n: number): void;
  stop(): void;
}

/** Plain stderr: no bar. */
export function plainReporter(io: CliIO): Reporter {
  return { log: (line) => void io.stderr.write(line + "\n"), tick() {}, setTotal() {}, stop() {} };
}

/**
 * A reporter that shows a cli-progress bar once the batch has run for `delayMs` and its total is
 * known, so short batches print nothing but their messages.
 */
export function progressReporter(io: CliIO, delayMs = 1000): Reporter {
  const stream = io.stderr as unknown as NodeJS.WritableStream;
  let done = 0;
  let total: number | null = null;
  let bar: { update(n: number): void; setTotal(n: number): void } | null = null;
  let multi: { log(s: string): void; stop(): void; create(total: number, start: number): typeof bar } | null = null;
  let stopped = false;
  let due = false;
  const show = async () => {
    if (stopped || multi || total === null || !due) return;
    const { default: cliProgress } = await import("cli-progress");
    if (stopped || multi) return;
    const m = new cliProgress.MultiBar(
      {
        stream,
        format: "jobparse {bar} {percentage}% | {value}/{total} inputs | {eta_formatted} left",
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    multi = m as unknown as typeof multi;
    cursorHidden = stream;
    bar = m.create(Math.max(total, done), done) as unknown as typeof bar;
  };
  const timer = setTimeout(() => {
    due = true;
    void show();
  }, delayMs);
  timer.unref();
  return {
    log(line) {
      if (multi) multi.log(line + "\n");
      else io.stderr.write(line + "\n");
    },
    tick() {
      done++;
      bar?.update(done);
    },
    setTotal(n) {
      total = n;
      bar?.setTotal(Math.max(n, done));
      void show();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      multi?.stop();
      if (multi) cursorHidden = null;
    },
  };
}
