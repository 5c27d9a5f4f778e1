import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";

/** Extensions a folder walk picks up. */
export const POSTING_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** One input to parse: a file (with where its record goes under `--out`) or stdin. */
export interface InputRef {
  /** what the user named, or the path found under a folder: the name every message uses */
  path: string;
  /** absolute path of the file; null for stdin */
  abs: string | null;
  /** the record's file under `--out`: the tree below the named folder, `.json` for the extension */
  out: string;
}

/** What a walk yields, in a fixed order: inputs, and problems (the walk goes on after them). */
export type WalkItem = { kind: "input"; ref: InputRef } | { kind: "problem"; path: string; message: string } | { kind: "empty"; path: string };

/** What a folder with no postings is told: the extensions a walk reads. */
export function noPostingsMessage(folder: string): string {
  return `no postings found in ${folder} (read: ${[...POSTING_EXTENSIONS].join(" ")})`;
}

export interface WalkOptions {
  /** a folder never to walk into below a named folder (the `--out` folder when it sits inside an input folder) */
  skip?: string | null;
  /** stops the walk early (Ctrl-C) */
  signal?: AbortSignal;
}

/**
 * Expands files, folders and '-' into inputs, lazily and in a fixed order (each folder sorted by
 * name), so a folder of 100,000 files is never held as a list. Hidden entries are skipped; symlink
 * loops, dangling links and unreadable folders become problems, never an endless walk.
 */
export async function* walkInputs(names: readonly string[], cwd: string, options: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const seen = new Set<string>();
  for (const name of names) {
    if (options.signal?.aborted) return;
    if (name === "-") {
      yield { kind: "input", ref: { path: "-", abs: null, out: "stdin.json" } };
      continue;
    }
    const abs = resolve(cwd, name);
    let st;
    try {
      st = await stat(abs);
    } catch (e) {
      yield { kind: "problem", path: name, message: describe(e) };
      continue;
    }
    if (st.isDirectory()) {
      // a named folder that holds no posting at all is said so, once (exit 1), not a quiet "0 parsed"
      let found = false;
      for await (const item of walkFolder(abs, name, "", [], seen, options)) {
        if (item.kind !== "problem") found = true;
        yield item;
      }
      if (!found && !options.signal?.aborted) yield { kind: "empty", path: name };
    }
    else yield { kind: "input", ref: { path: name, abs, out: outputName(basename(abs)) } };
  }
}

/** Counts the inputs a walk would give (for the progress bar's total). */
export async function countInputs(names: readonly string[], cwd: string, options: WalkOptions = {}): Promise<number> {
  let n = 0;
  for await (const item of walkInputs(names, cwd, options)) if (item.kind === "input") n++;
  return n;
}

async function* walkFolder(
  dir: string,
  shown: string,
  rel: string,
  ancestors: readonly string[],
  seen: Set<string>,
  options: WalkOptions,
): AsyncGenerator<WalkItem> {
  // `--out` inside a named folder is not walked (no records of records); `--out` that is the named
  // folder itself still is: its postings are the inputs, and their `.json` records are never picked up.
  if (options.skip && dir === options.skip && rel !== "") return;
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    yield { kind: "problem", path: shown, message: describe(e) };
    return;
  }
  if (ancestors.includes(real)) {
    yield { kind: "problem", path: shown, message: "symlink loop: it leads back to a folder above it; not followed" };
    return;
  }
  if (seen.has(real)) {
    yield { kind: "problem", path: shown, message: "already walked through another path (symlink); not followed" };
    return;
  }
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { kind: "problem", path: shown, message: describe(e) };
    return;
  }
  const kinds: { name: string; kind: "dir" | "posting" | "problem"; message?: string }[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await stat(join(dir, e.name));
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        kinds.push({ name: e.name, kind: "problem", message: describe(err) });
        continue;
      }
    }
    if (isDir) kinds.push({ name: e.name, kind: "dir" });
    else if (isFile && POSTING_EXTENSIONS.has(extname(e.name).toLowerCase())) kinds.push({ name: e.name, kind: "posting" });
  }
  entries.length = 0;
  kinds.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const outNames = siblingOutputNames(kinds.filter((k) => k.kind === "posting").map((k) => k.name));
  const chain = [...ancestors, real];
  for (const k of kinds) {
    if (options.signal?.aborted) return;
    const display = join(shown, k.name);
    if (k.kind === "problem") yield { kind: "problem", path: display, message: k.message! };
    else if (k.kind === "dir") yield* walkFolder(join(dir, k.name), display, join(rel, k.name), chain, seen, options);
    else yield { kind: "input", ref: { path: display, abs: join(dir, k.name), out: join(rel, outNames.get(k.name)!) } };
  }
}

/** `a.txt` → `a.json`; any other name keeps its extension: `notes.json` → `notes.json.json`. */
export function outputName(fileName: string): string {
  const ext = extname(fileName);
  return (POSTING_EXTENSIONS.has(ext.toLowerCase()) ? fileName.slice(0, -ext.length) : fileName) + ".json";
}

/**
 * Output names for the postings of one folder. `a.txt` and `a.md` side by side would both become
 * `a.json` and one record would be lost, so clashing names keep their extension (`a.txt.json`);
 * names that differ only in case clash too, as they do on macOS and Windows.
 */
export function siblingOutputNames(files: readonly string[]): Map<string, string> {
  const names = new Map(files.map((f) => [f, outputName(f)]));
  for (;;) {
    const byOut = new Map<string, string[]>();
    for (const [f, o] of names) byOut.set(o.toLowerCase(), [...(byOut.get(o.toLowerCase()) ?? []), f]);
    let changed = false;
    for (const group of byOut.values()) {
      if (group.length < 2) continue;
      for (const f of group) {
        if (names.get(f) !== f + ".json") {
          names.set(f, f + ".json");
          changed = true;
        }
      }
    }
    if (!changed) return names;
  }
}

/** A one-line, human reason for a file-system error. */
export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ELOOP":
      return "symlink loop";
    case "ENOTDIR":
      return "not a folder";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    default:
      return err?.message ? String(err.message).split("\n")[0] : String(e);
  }
}
