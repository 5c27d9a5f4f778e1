import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { CliIO } from "./io.js";
import { runJob } from "./job.js";
import { scoreCase, summarizeScores, type CaseScore, type EvalResult, type Label } from "./scorer.js";

/** Inputs a label can sit beside, in the order they are looked for. */
const INPUT_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"];
const LABEL = ".expected.json";
/** The reference day of a label without `$now` (the same as the corpus scorer's). */
const DEFAULT_NOW = "2026-01-01";

export interface EvalOptions {
  json?: boolean;
  /** 0–1: exit 1 under it */
  min?: number;
  /** worst cases listed */
  worst: number;
  verbose?: boolean;
  /** reference day for labels without `$now` */
  now?: string;
}

interface Case {
  id: string;
  input: string;
  label: Label;
}

/**
 * `jobparse eval DIR…`: parses every labelled posting (an input beside `<case>.expected.json`) as
 * `jobparse --json --now <$now>` would, scores it (scorer.ts), prints the per-field table and the
 * worst cases, or `--json`. Exit 0; 1 under `--min` or when nothing labelled was found; 2 for a bad name.
 */
export async function runEval(names: string[], o: EvalOptions, io: CliIO): Promise<number> {
  if (o.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.now)) {
    io.stderr.write(`jobparse: eval: --now takes a date as YYYY-MM-DD, not "${o.now}"\n`);
    return 2;
  }
  const found = new Map<string, Case>();
  for (const name of names) {
    let cases: Case[];
    try {
      cases = await findCases(resolve(io.cwd, name), name);
    } catch (e) {
      io.stderr.write(`jobparse: eval: ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    if (cases.length === 0) {
      io.stderr.write(`jobparse: eval: no labelled postings found in ${name} (a posting <case>.txt|.md|.html beside <case>${LABEL})\n`);
      return 1;
    }
    for (const c of cases) found.set(c.id, c); // a case named twice counts once
  }
  const results: CaseScore[] = [];
  for (const c of found.values()) {
    const now = typeof c.label.$now === "string" ? c.label.$now : (o.now ?? DEFAULT_NOW);
    const job = await runJob(
      { kind: "file", path: c.input, abs: resolve(io.cwd, c.input), target: null },
      { now, format: "auto", evidence: false, jsonld: false, mode: "json", color: false, maxBytes: 20 * 1024 * 1024, debug: false, named: false },
    );
    const outcome = job.ok && job.text !== null ? { record: JSON.parse(job.text) as Record<string, unknown> } : { error: job.error ?? "no record" };
    results.push(scoreCase(c.id, c.label, outcome));
  }
  const r = summarizeScores(results);
  io.stdout.write(o.json ? JSON.stringify(r, null, 2) + "\n" : table(r, o));
  if (o.min !== undefined && !(r.overall >= o.min)) {
    io.stderr.write(`jobparse: eval: ${pct(r.overall).trim()}% is under --min ${pct(o.min).trim()}%\n`);
    return 1;
  }
  return 0;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function table(r: EvalResult, o: EvalOptions): string {
  const lines = ["field                  cases  score"];
  for (const [k, v] of Object.entries(r.fields).sort((a, b) => a[1].score - b[1].score)) lines.push(`${k.padEnd(22)} ${String(v.cases).padStart(5)}  ${pct(v.score)}%`);
  const worst = [...r.results].sort((a, b) => a.score - b.score).filter((c) => c.score < 1).slice(0, o.worst);
  if (worst.length) {
    lines.push("", `worst cases (${worst.length} of ${r.results.filter((c) => c.score < 1).length} under 100%)`);
    for (const c of worst) {
      lines.push(`${pct(c.score)}%  ${c.id}${c.error ? "  ERROR " + c.error : ""}`);
      if (o.verbose && !c.error) for (const [k, f] of Object.entries(c.fields)) if (f.score < 1) lines.push(`         ${k}: ${JSON.stringify(f.detail)}`);
    }
  }
  lines.push("", `overall ${pct(r.overall).trim()}% over ${r.cases} cases, ${r.scored} fields`);
  return lines.join("\n") + "\n";
}

/** The labelled cases under a folder (sorted, recursively), or the one case a file names. */
async function findCases(abs: string, shown: string): Promise<Case[]> {
  const st = await stat(abs).catch(() => null);
  if (!st) throw new Error("no such file or folder");
  if (!st.isDirectory()) {
    const stem = stripCase(abs);
    const input = await firstExisting(stem);
    if (!input || !(await stat(stem + LABEL).catch(() => null))) throw new Error(`not a labelled case (an input beside its ${LABEL})`);
    return [{ id: stripCase(shown), input, label: await readLabel(stem + LABEL) }];
  }
  const out: Case[] = [];
  const entries = (await readdir(abs, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.isDirectory()) {
      out.push(...(await findCases(join(abs, e.name), join(shown, e.name))));
      continue;
    }
    if (!e.name.endsWith(LABEL)) continue;
    const stem = e.name.slice(0, -LABEL.length);
    const input = await firstExisting(join(abs, stem));
    if (input) out.push({ id: join(shown, stem), input, label: await readLabel(join(abs, e.name)) });
  }
  return out;
}

function stripCase(p: string): string {
  for (const x of [LABEL, ...INPUT_EXTENSIONS]) if (p.endsWith(x)) return p.slice(0, -x.length);
  return p;
}

async function firstExisting(stem: string): Promise<string | null> {
  for (const x of INPUT_EXTENSIONS) if ((await stat(stem + x).catch(() => null))?.isFile()) return stem + x;
  return null;
}

async function readLabel(path: string): Promise<Label> {
  const v: unknown = JSON.parse(await readFile(path, "utf8"));
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error(`${path}: a label is a JSON object`);
  return v as Label;
}
