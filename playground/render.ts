/**
 * The posting with its evidence, as HTML text: built in the worker (pure string work), so the page's
 * thread only appends finished blocks. Marks follow explain.ts's rules (marks.ts); long texts are cut
 * into blocks that end after a line break (chunks.ts).
 */
import { countLines, cuts, escapeHtml } from "./chunks.js";
import { collectMarks, familyOf, footer, layout, valueAt, type How, type Mark, type Span } from "./marks.js";
import { lastAtOrBefore } from "../src/input/offset-map.js";
import type { JobPosting } from "../src/schema.js";

export interface Block {
  html: string;
  chars: number;
  lines: number;
}

export interface Drawn {
  /** the posting: every character of the input, marked runs as `.run[data-m]`, labels as `.badge[data-mark]` */
  blocks: Block[];
  /** the fields list, a hundred `<li>` to a block, in the record's order */
  fieldBlocks: { html: string; count: number }[];
  marks: Mark[];
  notFound: string[];
  rows: [string, string][];
  values: number;
}

const FIELDS_PER_BLOCK = 100;

/**
 * `--explain`'s folding of HTML pages (src/cli/explain.ts `fold`): a run of three or more lines
 * farther than `context` lines from any mark folds away; here into a closed <details>, whose text
 * is still the posting's. Returns the folded stretches as [start, end, lines], in order.
 */
export function folds(original: string, marks: readonly Mark[], context: number): [number, number, number][] {
  const starts = [0];
  for (let i = 0; i < original.length; i++) {
    const ch = original.charCodeAt(i);
    if (ch === 10 || (ch === 13 && original.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const n = starts.length;
  const lineOf = (offset: number) => lastAtOrBefore(starts, offset);
  const diff = new Int32Array(n + 1);
  for (const m of marks) {
    diff[Math.min(lineOf(m.start), n - 1)]++;
    diff[Math.min(lineOf(m.end - 1), n - 1) + 1]--;
  }
  const near = new Int32Array(n).fill(1 << 30);
  let depth = 0;
  for (let i = 0, last = -(1 << 30); i < n; i++) {
    depth += diff[i];
    if (depth > 0) last = i;
    near[i] = i - last;
  }
  for (let i = n - 1, next = 1 << 30; i >= 0; i--) {
    if (near[i] === 0) next = i;
    near[i] = Math.min(near[i], next - i);
  }
  const out: [number, number, number][] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && near[j] > context) j++;
    if (j - i >= 3) {
      out.push([starts[i], j < n ? starts[j] : original.length, j - i]);
      i = j;
    } else i = Math.max(j, i + 1);
  }
  return out;
}

export function drawEvidence(original: string, record: JobPosting, html = false): Drawn {
  const evidence = (record.evidence ?? {}) as Record<string, { how: How; spans: Span[] }>;
  const { marks, empty, outside } = collectMarks(original, evidence);
  const marksOfPath = new Map<string, number>();
  for (const m of marks) for (const p of m.paths) marksOfPath.set(p, (marksOfPath.get(p) ?? 0) + 1);

  const blocks: Block[] = [];
  let parts: string[] = [];
  let used = 0;
  let lines = 0;
  const folded = html ? folds(original, marks, 2) : [];
  let fold = 0;
  const closeBlock = () => {
    blocks.push({ html: parts.join(""), chars: used, lines });
    parts = [];
    used = 0;
    lines = 0;
  };
  const emit = (open: string, from: number, to: number) => {
    for (const { at, close } of cuts(original, from, to, used)) {
      const text = escapeHtml(original.slice(from, at));
      parts.push(open ? `${open}${text}</span>` : text);
      lines += countLines(original, from, at);
      used += at - from;
      from = at;
      if (close) closeBlock();
    }
  };
  for (const piece of layout(original.length, marks)) {
    if (piece.kind === "badge") {
      const m = marks[piece.mark];
      parts.push(
        `<button type="button" class="badge f-${familyOf(m.paths[0])}" tabindex="-1" data-mark="${m.id}" data-start="${m.start}" data-end="${m.end}">${escapeHtml(m.labels.join(", "))}</button>`,
      );
      continue;
    }
    const open = piece.marks.length ? `<span class="run f-${familyOf(marks[piece.marks[piece.marks.length - 1]].paths[0])}" data-m="${piece.marks.join(" ")}">` : "";
    let from = piece.start;
    // a folded stretch lies inside one unmarked run (no mark comes near it): one <details>, one block
    while (fold < folded.length && folded[fold][1] <= from) fold++;
    while (!open && fold < folded.length && folded[fold][0] >= from && folded[fold][1] <= piece.end) {
      const [fs, fe, n] = folded[fold++];
      emit(open, from, fs);
      parts.push(`<details class="fold"><summary>⋯ ${n} lines without a span ⋯</summary>${escapeHtml(original.slice(fs, fe))}</details>`);
      used += fe - fs;
      lines += 1;
      closeBlock();
      from = fe;
    }
    emit(open, from, piece.end);
  }
  if (parts.length) blocks.push({ html: parts.join(""), chars: used, lines });

  // the fields, in the record's order (then the evidence's), each with the value it found
  const order = new Map(Object.keys(record).map((k, i) => [k, i]));
  const rank = (p: string) => order.get(/^[A-Za-z]+/.exec(p)?.[0] ?? "") ?? order.size;
  const paths = Object.keys(evidence)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map((x) => x.p);
  const items = paths.map((path) => {
    const how = evidence[path].how;
    const count = marksOfPath.get(path) ?? 0;
    const name = path + (how && how !== "stated" ? ` (${how})` : "");
    return (
      `<li><button type="button" class="field f-${familyOf(path)}" data-path="${escapeHtml(path)}" title="${count} span${count === 1 ? "" : "s"}: Enter shows the next one">` +
      `<span class="path">${escapeHtml(name)}</span><span class="value">${escapeHtml(preview(valueAt(record, path)))}</span></button></li>`
    );
  });
  const fieldBlocks: Drawn["fieldBlocks"] = [];
  for (let i = 0; i < items.length; i += FIELDS_PER_BLOCK) {
    const some = items.slice(i, i + FIELDS_PER_BLOCK);
    fieldBlocks.push({ html: some.join(""), count: some.length });
  }
  const { notFound, rows } = footer(record, empty, outside, original.length);
  return { blocks, fieldBlocks, marks, notFound, rows, values: paths.length };
}

// an object is shown by what it was written as (a salary's raw text, a section's heading)
function preview(v: unknown): string {
  const o = v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const written = o ? [o.raw, o.name, o.heading, o.text].find((x) => typeof x === "string" && x !== "") : undefined;
  const s = typeof v === "string" ? v : typeof written === "string" ? written : (JSON.stringify(v) ?? "");
  return s.length > 90 ? s.slice(0, 89) + "…" : s;
}
