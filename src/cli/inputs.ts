import { readdir, stat, realpath } from "node:fs/promises";
import { extname, join, relative, resolve } from "node:path";

/** Extensions a folder walk picks up. */
export const POSTING_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** One input to parse: a file (with the folder it was found under, for mirroring) or stdin. */
export interface InputRef {
  /** what the user named, or the path found under a folder */
  path: string;
  /** path relative to the folder it was found in, for `--out` mirroring; the base name otherwise */
  rel: string;
  stdin: boolean;
}

/** A problem found while walking the inputs: the walk goes on. */
export interface WalkProblem {
  path: string;
  message: string;
}

/** Expands files, folders and '-' into inputs; loops and unreadable entries become problems. */
export async function expandInputs(names: readonly string[], cwd: string): Promise<{ inputs: InputRef[]; problems: WalkProblem[] }> {
  const inputs: InputRef[] = [];
  const problems: WalkProblem[] = [];
  for (const name of names) {
    if (name === "-") {
      inputs.push({ path: "-", rel: "stdin", stdin: true });
      continue;
    }
    const abs = resolve(cwd, name);
    let st;
    try {
      st = await stat(abs);
    } catch (e) {
      problems.push({ path: name, message: describe(e) });
      continue;
    }
    if (st.isDirectory()) {
      await walk(abs, abs, name, inputs, problems, new Set());
    } else {
      inputs.push({ path: name, rel: baseName(name), stdin: false });
    }
  }
  return { inputs, problems };
}

async function walk(root: string, dir: string, shown: string, out: InputRef[], problems: WalkProblem[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    problems.push({ path: shown, message: describe(e) });
    return;
  }
  if (seen.has(real)) {
    problems.push({ path: shown, message: "symlink loop: this folder was already visited" });
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: shown, message: describe(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    const display = join(shown, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        problems.push({ path: display, message: describe(err) });
        continue;
      }
    }
    if (isDir) await walk(root, full, display, out, problems, seen);
    else if (isFile && POSTING_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push({ path: display, rel: relative(root, full), stdin: false });
  }
}

function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1] || p;
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
      return "too many open files";
    default:
      return err?.message ? String(err.message).split("\n")[0] : String(e);
  }
}
