import { readFileSync } from "node:fs";

/** The package's version, read from package.json (two folders up from src/cli and dist/cli alike). */
export function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}
