// Runs the jobparse command in this process (same arguments) and, on exit, writes what it cost to
// file descriptor 3 for bench/run.mjs: peak resident memory (kB) and CPU time (µs), worker threads
// included.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const u = process.resourceUsage();
  try {
    writeSync(3, JSON.stringify({ maxRSS: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }) + "\n");
  } catch {
    // fd 3 not open: run by hand
  }
});
await import("../bin/jobparse.js");
