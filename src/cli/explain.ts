import { Chalk, type ChalkInstance } from "chalk";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { decodeBytes } from "../input/decode.js";
import { lastAtOrBefore } from "../input/offset-map.js";
import { sniffFormat } from "../input/sniff.js";
import type { JobPosting } from "../schema.js";
import { noPostingsMessage, walkInputs } from "./inputs.js";
import { Output, readAll, type CliIO } from "./io.js";
import { errorMessage, formatFor, readLimited, runJob, type JobSettings } from "./job.js";

/** How `renderExplain` lays the posting out. */
export interface ExplainOptions {
  /** chalk colours (a badge per span, the span's text in its field's colour); false: plain `⟦…⟧` markers */
  color: boolean;
  /** a header line naming the input (several inputs) */
  name?: string | null;
  /**
   * Show only the lines within this many lines of a marked one; a longer run of unmarked lines
   * folds into one `⋯` line (HTML pages, mostly markup). null: every line (text and Markdown).
   */
  context?: number | null;
}

/** The markers of plain mode: mathematical white square brackets, which job postings do not use. */
export const OPEN = "⟦";
export const CLOSE = "⟧";
/** The line between the posting and the list of fields. */
export const RULE = "─".repeat(60);

type How = "stated" | "derived" | "inferred";
type Span = { start: number; end: number };

// One highlighted stretch: every evidence path whose span is exactly [start, end) shares one marker.
interface Mark {
  start: number;
  end: number;
  paths: string[];
  labels: string[];
}

// A colour per field family, so related fields read alike; the label always names the exact path.
const FAMILY: Record<string, keyof ChalkInstance> = {
  title: "cyan", company: "cyan", category: "cyan", seniority: "cyan", language: "cyan", tags: "cyan",
  locations: "blue", workplaceType: "blue", employmentType: "blue", contacts: "blue", applyUrl: "blue",
  salary: "green", benefits: "green",
  postedAt: "magenta", validThrough: "magenta",
  experience: "yellow", education: "yellow", requirements: "yellow", niceToHave: "yellow", skills: "yellow",
  summary: "cyanBright", responsibilities: "cyanBright", teams: "cyanBright", interviewProcess: "cyanBright",
  removed: "red",
};

// Fields that are bookkeeping, not something a posting states.
const NOT_FIELDS = new Set(["schemaVersion", "warnings", "evidence"]);

/**
 * The posting as given, with every evidence span of the record marked and labelled by its field
 * path, then the fields that found nothing. Pure: a string in, a string out.
 *
 * Rules: a span is marked where it starts and (plain mode) where it ends; spans with the same
 * start and end share one marker; at one offset, ends come before starts, inner spans close
 * before outer ones and outer ones open first, so nested spans nest and crossing spans stay
 * exact. In colour the innermost span (latest start, then shortest) colours the text. Empty spans
 * and spans outside the text are listed under the text instead of drawn.
 */
export function renderExplain(original: string, record: JobPosting, options: ExplainOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const evidence = (record.evidence ?? {}) as Record<string, { how: How; spans: Span[] }>;
  const { marks, empty, outside } = collectMarks(original, evidence);

  // boundaries: opens sorted outer-first; closes at one offset run inner-first (reverse open order)
  const opensAt = new Map<number, Mark[]>();
  const closesAt = new Map<number, Mark[]>();
  for (const m of marks) {
    push(opensAt, m.start, m);
    push(closesAt, m.end, m);
  }
  const order = new Map(marks.map((m, i) => [m, i]));
  for (const list of closesAt.values()) list.reverse();
  const offsets = [...new Set([...opensAt.keys(), ...closesAt.keys()])].sort((a, b) => a - b);

  const parts: string[] = [];
  const active: Mark[] = [];
  const text = (from: number, to: number) => {
    if (from >= to) return;
    const shown = display(original, from, to);
    const inner = active[active.length - 1];
    parts.push(inner ? paint(colourOf(c, inner.paths[0]), shown) : marks.length > 0 ? paint(c.dim, shown) : shown);
  };
  let pos = 0;
  for (const at of offsets) {
    text(pos, at);
    pos = at;
    for (const m of closesAt.get(at) ?? []) {
      active.splice(active.indexOf(m), 1);
      if (!options.color) parts.push(`${OPEN}/${m.paths.join(", ")}${CLOSE}`);
    }
    for (const m of opensAt.get(at) ?? []) {
      // keep `active` in open order, so its last element is the innermost span
      let i = active.length;
      while (i > 0 && order.get(active[i - 1])! > order.get(m)!) i--;
      active.splice(i, 0, m);
      const label = m.labels.join(", ");
      parts.push(options.color ? colourOf(c, m.paths[0]).inverse(` ${label} `) : `${OPEN}${label}${CLOSE}`);
    }
  }
  text(pos, original.length);

  let body = parts.join("");
  if (options.context !== undefined && options.context !== null) body = fold(body, original, marks, options.context, c);
  const out: string[] = [];
  if (options.name) out.push(c.dim(`── ${options.name}`));
  out.push(body.replace(/\n$/, ""));
  out.push(c.dim(RULE));
  const hasHow = Object.values(evidence).some((e) => e.how !== "stated");
  out.push(...footer(record, evidence, empty, outside, original.length, c, hasHow));
  return out.join("\n") + "\n";
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function collectMarks(original: string, evidence: Record<string, { how: How; spans: Span[] }>) {
  const byRange = new Map<string, Mark>();
  const empty = new Set<string>();
  const outside: { path: string; span: Span }[] = [];
  for (const [raw, ev] of Object.entries(evidence)) {
    const path = clean(raw);
    const label = path + (ev.how && ev.how !== "stated" ? ` (${ev.how})` : "");
    for (const span of ev.spans ?? []) {
      if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > original.length || span.start > span.end) {
        outside.push({ path, span });
        continue;
      }
      if (span.start === span.end) {
        empty.add(path);
        continue;
      }
      // never split an emoji (a surrogate pair): widen the span to the whole character
      const start = isLowSurrogateAt(original, span.start) ? span.start - 1 : span.start;
      const end = isLowSurrogateAt(original, span.end) ? span.end + 1 : span.end;
      const key = `${start}:${end}`;
      let m = byRange.get(key);
      if (!m) byRange.set(key, (m = { start, end, paths: [], labels: [] }));
      if (!m.paths.includes(path)) {
        m.paths.push(path);
        m.labels.push(label);
      }
    }
  }
  // outer first: by start, then the longer span, then as the evidence lists them
  const marks = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  return { marks, empty, outside };
}

function isLowSurrogateAt(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const lo = s.charCodeAt(i);
  const hi = s.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}

// Scraped text may carry terminal escapes or stray CRs: line ends become \n (a CR+LF split by a
// marker too) and control characters their visible symbols (ESC → ␛), so the posting cannot drive
// the terminal and every output line is one line of the input.
function display(original: string, from: number, to: number): string {
  const slice = original.slice(from, to);
  if (!/[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(slice)) return slice;
  return slice.replace(/\r|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, (ch, at: number) => {
    if (ch === "\r") return original.charCodeAt(from + at + 1) === 10 ? "" : "\n";
    const code = ch.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "␡" : "\ufffd";
  });
}

function clean(label: string): string {
  return display(label, 0, label.length).replace(/\n/g, " ").replace(/[⟦⟧]/g, "");
}

// Styles each line on its own, and no empty line, so no escape code is left dangling at a line end.
function paint(style: ChalkInstance, s: string): string {
  return s.includes("\n") ? s.split("\n").map((line) => (line ? style(line) : line)).join("\n") : style(s);
}

function colourOf(c: ChalkInstance, path: string): ChalkInstance {
  const family = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  const name = FAMILY[family];
  return name ? (c[name] as ChalkInstance) : c;
}

// Folds runs of unmarked lines far from any mark. Output line i is input line i (markers hold no
// line break and `display` keeps one \n per line end), so lines are found from the offsets.
function fold(body: string, original: string, marks: readonly Mark[], context: number, c: ChalkInstance): string {
  const lines = body.split("\n");
  const starts = [0];
  for (let i = 0; i < original.length; i++) {
    const ch = original.charCodeAt(i);
    if (ch === 10 || (ch === 13 && original.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const lineOf = (offset: number) => lastAtOrBefore(starts, offset);
  const diff = new Int32Array(lines.length + 1);
  for (const m of marks) {
    diff[Math.min(lineOf(m.start), lines.length - 1)]++;
    diff[Math.min(lineOf(m.end - 1), lines.length - 1) + 1]--;
  }
  // distance to the nearest marked line, one pass each way
  const near = new Int32Array(lines.length).fill(1 << 30);
  let depth = 0;
  for (let i = 0, last = -(1 << 30); i < lines.length; i++) {
    depth += diff[i];
    if (depth > 0) last = i;
    near[i] = i - last;
  }
  for (let i = lines.length - 1, next = 1 << 30; i >= 0; i--) {
    if (near[i] === 0) next = i;
    near[i] = Math.min(near[i], next - i);
  }
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && near[j] > context) j++;
    if (j - i >= 3) {
      out.push(c.dim(`⋯ ${j - i} lines without a span ⋯`));
      i = j;
    } else {
      for (const end = Math.max(j, i + 1); i < end; i++) out.push(lines[i]);
    }
  }
  return out.join("\n");
}

function footer(
  record: JobPosting,
  evidence: Record<string, unknown>,
  empty: ReadonlySet<string>,
  outside: readonly { path: string; span: Span }[],
  length: number,
  c: ChalkInstance,
  hasHow: boolean,
): string[] {
  // a path is covered by its own evidence or by a deeper one: `contacts` by `contacts.emails[0]`
  const coveredPaths = new Set<string>();
  for (const k of Object.keys(evidence)) {
    coveredPaths.add(k);
    for (const m of k.matchAll(/[.[]/g)) coveredPaths.add(k.slice(0, m.index));
  }
  const covered = (p: string) => coveredPaths.has(p);
  const notFound: string[] = [];
  const noSpan: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (NOT_FIELDS.has(key)) continue;
    if (isEmpty(value)) {
      if (key !== "removed") notFound.push(key);
    } else if (Array.isArray(value)) {
      if (Object.hasOwn(evidence, key)) continue;
      value.forEach((_, i) => {
        if (!covered(`${key}[${i}]`)) noSpan.push(`${key}[${i}]`);
      });
    } else if (!covered(key)) noSpan.push(key);
  }
  const rows: [string, string][] = [["Not found", notFound.length ? notFound.join(", ") : "(nothing: every field has a value)"]];
  if (noSpan.length) rows.push(["No span", compress(noSpan)]);
  if (empty.size) rows.push(["Empty span", compress([...empty])]);
  if (outside.length) rows.push(["Off the text", outside.map((o) => `${o.path} ${o.span.start}–${o.span.end}`).join(", ") + ` (the text has ${length} characters)`]);
  for (const w of record.warnings) rows.push(["Warning", clean(w)]);
  if (hasHow) rows.push(["How", "(derived) worked out from the marked text; (inferred) implied by it, not written there"]);
  return rows.map(([k, v]) => `${c.bold(k.padEnd(12))} ${v}`);
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.values(v as object).every(isEmpty);
  return false;
}

/** `a[0], a[1], a[2], a[5], b` → `a[0–2, 5], b`. */
export function compress(paths: readonly string[]): string {
  const groups = new Map<string, { base: string; idx: number[] | null }>();
  for (const p of paths) {
    const m = /\[(\d+)\]$/.exec(p);
    const base = m ? p.slice(0, m.index) : p;
    if (!m) groups.set(p, { base, idx: null });
    else if (groups.has(base + "[]")) groups.get(base + "[]")!.idx!.push(Number(m[1]));
    else groups.set(base + "[]", { base, idx: [Number(m[1])] });
  }
  return [...groups.values()]
    .map(({ base, idx }) => {
      if (!idx) return clean(base);
      const ranges: string[] = [];
      for (let i = 0; i < idx.length; ) {
        let j = i;
        while (j + 1 < idx.length && idx[j + 1] === idx[j] + 1) j++;
        ranges.push(j > i ? `${idx[i]}–${idx[j]}` : `${idx[i]}`);
        i = j + 1;
      }
      return `${clean(base)}[${ranges.join(", ")}]`;
    })
    .join(", ");
}

/**
 * `jobparse --explain`: parses each input with evidence (through the same job as the other modes,
 * so the same checks and one-line errors) and prints `renderExplain` instead of the record. Inputs
 * run one after another, for a person reading; a bad input fails alone. Returns the exit code.
 */
export async function runExplain(names: readonly string[], s: JobSettings, io: CliIO): Promise<number> {
  const out = new Output(io.stdout);
  const named = names.length > 1 || (names[0] !== "-" && (await stat(resolve(io.cwd, names[0])).then((st) => st.isDirectory(), () => false)));
  let failed = 0;
  let printed = 0;
  for await (const item of walkInputs(names, io.cwd, { signal: io.signal })) {
    if (item.kind === "problem") {
      failed++;
      io.stderr.write(`jobparse: ${item.path}: ${item.message}\n`);
      continue;
    }
    if (item.kind === "empty") {
      failed++;
      io.stderr.write(`jobparse: ${noPostingsMessage(item.path)}\n`);
      continue;
    }
    const ref = item.ref;
    const label = ref.abs === null ? "stdin" : ref.path;
    let shown: string;
    try {
      const bytes = ref.abs === null ? await readAll(io.stdin, s.maxBytes) : await readLimited(ref.abs, s.maxBytes);
      const format = formatFor(ref.path, s.format, ref.abs === null);
      // the same job as every other mode (so the same checks and errors), asked for the record with evidence
      const job = await runJob({ kind: "bytes", path: ref.path, bytes, target: null }, { ...s, format, mode: "json", jsonld: false, evidence: true });
      if (!job.ok || job.text === null) {
        failed++;
        io.stderr.write(`jobparse: ${label}: ${job.error ?? "no record"}\n`);
        if (job.stack) io.stderr.write(job.stack + "\n");
        continue;
      }
      const record = JSON.parse(job.text) as JobPosting;
      // the core decodes bytes the same way: this is the very text the offsets point into
      const original = decodeBytes(bytes).text;
      const html = (format === "auto" ? sniffFormat(original) : format) === "html";
      shown = renderExplain(original, record, { color: s.color, name: named ? label : null, context: html ? 2 : null });
    } catch (e) {
      failed++;
      io.stderr.write(`jobparse: ${label}: ${errorMessage(e)}\n`);
      if (s.debug && e instanceof Error && e.stack) io.stderr.write(e.stack + "\n");
      continue;
    }
    if (!(await out.write((printed++ > 0 ? "\n" : "") + shown))) break;
  }
  return failed > 0 ? 1 : 0;
}
