import { version } from "./version.js";

/**
 * The process entry (bin/jobparse.js): a bare `jobparse --version` is answered before commander
 * or anything else loads, as fast as node starts; everything else goes to the program in main.ts.
 */
export async function cli(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    process.stdout.write(version() + "\n");
    return;
  }
  const main = await import("./main.js");
  await main.cli();
}
