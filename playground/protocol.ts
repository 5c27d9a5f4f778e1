/** What the page and its worker say to each other. */
import type { Drawn } from "./render.js";

export type Format = "auto" | "text" | "markdown" | "html";

export interface Request {
  id: number;
  /** the input's bytes, decoded by the core as the CLI decodes a file */
  bytes: Uint8Array;
  /** a file's name (its extension picks the format, as on the command line); "" for pasted text */
  name: string;
  format: Format;
  /** the reference day, YYYY-MM-DD */
  now: string;
}

export type Response =
  | { id: number; phase: "record"; json: string; jsonld: string; ms: number }
  | { id: number; phase: "evidence"; drawn: Drawn; html: boolean; ms: number }
  | { id: number; phase: "error"; message: string };

/** The format, as `jobparse` picks it (src/cli/job.ts formatFor): a chosen one wins, then the file's extension. */
export function formatFor(name: string, format: Format): Format {
  if (format !== "auto" || name === "") return format;
  const ext = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? "";
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return "auto";
}
