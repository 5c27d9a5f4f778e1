/**
 * How the page lays evidence over the posting: the rules of `jobparse --explain` (src/cli/explain.ts),
 * without a terminal. Pure, so test/playground.test.ts can hold it to the CLI's own output.
 *
 * Rules (as in explain.ts): spans with the same start and end share one mark, labelled with every
 * path; marks are ordered outer first (by start, then the longer one); at one offset, ends come
 * before starts; the innermost open mark (latest start, then shortest) colours the text; a span that
 * would split a surrogate pair is widened to the whole character; empty spans and spans off the text
 * are listed under it instead of drawn.
 */
import type { JobPosting } from "../src/schema.js";

export type How = "stated" | "derived" | "inferred";
export interface Span {
  start: number;
  end: number;
}
export interface Mark extends Span {
  id: number;
  paths: string[];
  labels: string[];
}
/** A run of text with the marks open over it (outer first), or a mark's label where it opens. */
export type Piece = { kind: "text"; start: number; end: number; marks: number[] } | { kind: "badge"; mark: number };

/** The colour family of each field, as in explain.ts (chalk colour names). */
export const FAMILY: Record<string, string> = {
  title: "cyan", company: "cyan", category: "cyan", seniority: "cyan", language: "cyan", tags: "cyan",
  locations: "blue", workplaceType: "blue", employmentType: "blue", contacts: "blue", applyUrl: "blue",
  salary: "green", benefits: "green",
  postedAt: "magenta", validThrough: "magenta",
  experience: "yellow", education: "yellow", requirements: "yellow", niceToHave: "yellow", skills: "yellow",
  summary: "cyanBright", responsibilities: "cyanBright", teams: "cyanBright", interviewProcess: "cyanBright",
  removed: "red",
};

/** The colour family of a path (`salary.min` → green); "plain" for a field with none. */
export function familyOf(path: string): string {
  const field = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  return FAMILY[field] ?? "plain";
}

export function collectMarks(original: string, evidence: Record<string, { how: How; spans: Span[] }>) {
  const byRange = new Map<string, Omit<Mark, "id">>();
  const empty = new Set<string>();
  const outside: { path: string; span: Span }[] = [];
  for (const [path, ev] of Object.entries(evidence)) {
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
  const marks: Mark[] = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end).map((m, id) => ({ ...m, id }));
  return { marks, empty, outside };
}

function isLowSurrogateAt(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const lo = s.charCodeAt(i);
  const hi = s.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}

/** The posting cut at every mark boundary; crossing marks stay exact (a run lists every mark open over it). */
export function layout(length: number, marks: readonly Mark[]): Piece[] {
  const opensAt = new Map<number, Mark[]>();
  const closesAt = new Map<number, Mark[]>();
  for (const m of marks) {
    push(opensAt, m.start, m);
    push(closesAt, m.end, m);
  }
  const offsets = [...new Set([...opensAt.keys(), ...closesAt.keys()])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  const active: Mark[] = [];
  const text = (start: number, end: number) => {
    if (start < end) pieces.push({ kind: "text", start, end, marks: active.map((m) => m.id) });
  };
  let pos = 0;
  for (const at of offsets) {
    text(pos, at);
    pos = at;
    for (const m of closesAt.get(at) ?? []) active.splice(active.indexOf(m), 1);
    for (const m of opensAt.get(at) ?? []) {
      // `active` stays in open order (ids are that order), so its last mark is the innermost one
      let i = active.length;
      while (i > 0 && active[i - 1].id > m.id) i--;
      active.splice(i, 0, m);
      pieces.push({ kind: "badge", mark: m.id });
    }
  }
  text(pos, length);
  return pieces;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NOT_FIELDS = new Set(["schemaVersion", "warnings", "evidence"]);

/** What explain.ts lists under the posting: fields not found, values without a span, empty and stray spans. */
export function footer(record: JobPosting, empty: ReadonlySet<string>, outside: readonly { path: string; span: Span }[], length: number) {
  const evidence = (record.evidence ?? {}) as Record<string, unknown>;
  const coveredPaths = new Set<string>();
  for (const k of Object.keys(evidence)) {
    coveredPaths.add(k);
    for (let i = 0; i < k.length; i++) if (k[i] === "." || k[i] === "[") coveredPaths.add(k.slice(0, i));
  }
  const notFound: string[] = [];
  const noSpan: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (NOT_FIELDS.has(key)) continue;
    if (isEmpty(value)) {
      if (key !== "removed") notFound.push(key);
    } else if (Array.isArray(value)) {
      if (Object.hasOwn(evidence, key)) continue;
      value.forEach((_, i) => {
        if (!coveredPaths.has(`${key}[${i}]`)) noSpan.push(`${key}[${i}]`);
      });
    } else if (!coveredPaths.has(key)) noSpan.push(key);
  }
  const rows: [string, string][] = [];
  if (noSpan.length) rows.push(["No span", noSpan.join(", ")]);
  if (empty.size) rows.push(["Empty span", [...empty].join(", ")]);
  if (outside.length) rows.push(["Off the text", outside.map((o) => `${o.path} ${o.span.start}–${o.span.end}`).join(", ") + ` (the text has ${length} characters)`]);
  for (const w of record.warnings) rows.push(["Warning", w]);
  return { notFound, rows };
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.values(v as object).every(isEmpty);
  return false;
}

/** The value at an evidence path such as `contacts.emails[0]` or `salary.min`. */
export function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split(".")) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    if (m[1]) v = (v as Record<string, unknown> | undefined)?.[m[1]];
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) v = (v as unknown[] | undefined)?.[Number(i[1])];
  }
  return v;
}
