/**
 * Scoring a record against a label (pure: no files, no clock). A label is a JSON object naming
 * some fields of the record; only those are scored:
 *
 * - scalars: 0 or 1. Strings match when their token Dice similarity (after normalising case,
 *   quotes, dashes, Markdown marks and list bullets) is at least 0.9; numbers exactly; `null`
 *   matches null, a missing value or an empty list.
 * - lists: F1 of a greedy one-to-one matching; string items match at Dice ≥ 0.8; object items
 *   match on their first key (Dice ≥ 0.8 for strings) with every other labelled key equal.
 * - objects: the mean of their labelled keys (a missing object counts as all-null).
 * - `{"$anyOf": [a, b]}`: the best of the alternatives.
 * - `$descriptionIncludes` / `$descriptionExcludes`: the share of the phrases found / not found
 *   in the normalised description. `$now` is the reference day to parse with, not a field.
 */

export type Label = Record<string, unknown>;
export interface FieldScore {
  score: number;
  detail: unknown;
}
export interface CaseScore {
  id: string;
  error: string | null;
  score: number;
  fields: Record<string, FieldScore>;
}
export interface EvalResult {
  overall: number;
  cases: number;
  /** labelled fields scored, over all cases */
  scored: number;
  fields: Record<string, { cases: number; score: number }>;
  results: CaseScore[];
}

const LIST_ITEM_MIN = 0.8;
const SCALAR_MIN = 0.9;

/** Text as the scorer compares it: NFKC, plain quotes and dashes, lower case, no Markdown marks or leading bullet. */
export function norm(s: unknown): string {
  return String(s)
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u00B4`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .toLowerCase()
    .replace(/[*_#>]+/g, " ")
    .replace(/^\s*(?:[-•·▪◦●‣+]|\d{1,2}[.)])\s+/, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.;:,!]+$/, "");
}

function tokens(s: unknown): string[] {
  return norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice coefficient over word tokens (1 for equal normalised texts). */
export function dice(a: unknown, b: unknown): number {
  if (norm(a) === norm(b)) return 1;
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

function isAnyOf(e: unknown): e is { $anyOf: unknown[] } {
  return e !== null && typeof e === "object" && !Array.isArray(e) && "$anyOf" in e;
}

function scalarMatch(expected: unknown, actual: unknown): boolean {
  if (isAnyOf(expected)) return expected.$anyOf.some((e) => scalarMatch(e, actual));
  if (expected === null) return actual === null || actual === undefined || (Array.isArray(actual) && actual.length === 0);
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(expected - actual) < 1e-9;
  if (typeof expected === "boolean") return actual === expected;
  if (typeof expected === "string") return typeof actual === "string" && dice(expected, actual) >= SCALAR_MIN;
  return false;
}

function matchList(expected: unknown[], actual: unknown[], itemMatch: (e: unknown, a: unknown) => number) {
  const used = new Set<number>();
  const misses: unknown[] = [];
  let matched = 0;
  for (const e of expected) {
    let best = -1;
    let bestScore = 0;
    actual.forEach((a, i) => {
      if (used.has(i)) return;
      const s = itemMatch(e, a);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    if (best >= 0) {
      used.add(best);
      matched++;
    } else misses.push(e);
  }
  return { matched, misses, extras: actual.filter((_, i) => !used.has(i)) };
}

function f1(matched: number, ne: number, na: number): number {
  if (ne === 0 && na === 0) return 1;
  if (matched === 0) return 0;
  const p = matched / na;
  const r = matched / ne;
  return (2 * p * r) / (p + r);
}

function objectItemScore(e: unknown, a: unknown): number {
  if (a === null || typeof a !== "object" || e === null || typeof e !== "object") return 0;
  const eo = e as Record<string, unknown>;
  const ao = a as Record<string, unknown>;
  const [first, ...rest] = Object.keys(eo);
  const s = typeof eo[first] === "string" && typeof ao[first] === "string" ? dice(eo[first], ao[first]) : scalarMatch(eo[first], ao[first]) ? 1 : 0;
  if (s < LIST_ITEM_MIN) return 0;
  for (const k of rest) if (!scalarMatch(eo[k], ao[k])) return 0;
  return s;
}

/** Scores one labelled value against the record's. */
export function scoreField(expected: unknown, actual: unknown): FieldScore {
  if (isAnyOf(expected)) {
    let best: FieldScore = { score: -1, detail: null };
    for (const alt of expected.$anyOf) {
      const r = scoreField(alt, actual);
      if (r.score > best.score) best = r;
    }
    return best.score < 0 ? { score: 0, detail: { expected, actual: actual ?? null } } : best;
  }
  if (Array.isArray(expected)) {
    const list = Array.isArray(actual) ? (actual as unknown[]) : [];
    const objects = expected.some((e) => e !== null && typeof e === "object");
    const m = matchList(
      expected,
      list,
      objects
        ? objectItemScore
        : (e, a) => {
            if (typeof a !== "string") return 0;
            const s = dice(e, a);
            return s >= LIST_ITEM_MIN ? s : 0;
          },
    );
    const score = f1(m.matched, expected.length, list.length);
    return { score, detail: score < 1 ? { expectedCount: expected.length, actualCount: list.length, matched: m.matched, missing: m.misses, extra: m.extras } : null };
  }
  if (expected !== null && typeof expected === "object") {
    const eo = expected as Record<string, unknown>;
    const keys = Object.keys(eo);
    // a missing object is as good as one whose every labelled key is null
    const value = actual === null || actual === undefined ? {} : actual;
    if (typeof value !== "object") return { score: 0, detail: { expected, actual } };
    const ao = value as Record<string, unknown>;
    let sum = 0;
    const wrong: Record<string, unknown> = {};
    for (const k of keys) {
      const r = scoreField(eo[k], ao[k]);
      sum += r.score;
      if (r.score < 1) wrong[k] = { expected: eo[k], actual: ao[k] ?? null };
    }
    const score = keys.length ? sum / keys.length : 1;
    return { score, detail: score < 1 ? wrong : null };
  }
  const ok = scalarMatch(expected, actual);
  return { score: ok ? 1 : 0, detail: ok ? null : { expected, actual: actual ?? null } };
}

/** Scores one case: its label against the record (or every labelled field 0 when parsing failed). */
export function scoreCase(id: string, label: Label, outcome: { record: Record<string, unknown> } | { error: string }): CaseScore {
  const fields: Record<string, FieldScore> = {};
  for (const [key, expected] of Object.entries(label)) {
    if (key === "$now") continue;
    if ("error" in outcome) fields[key] = { score: 0, detail: { error: outcome.error } };
    else if (key === "$descriptionIncludes" || key === "$descriptionExcludes") {
      const phrases = Array.isArray(expected) ? expected.map(String) : [String(expected)];
      const text = norm(outcome.record.description ?? "");
      const want = key === "$descriptionIncludes";
      const bad = phrases.filter((p) => text.includes(norm(p)) !== want);
      fields[key] = { score: phrases.length ? (phrases.length - bad.length) / phrases.length : 1, detail: bad.length ? { [want ? "missing" : "present"]: bad } : null };
    } else fields[key] = scoreField(expected, outcome.record[key]);
  }
  const scores = Object.values(fields).map((f) => f.score);
  return { id, error: "error" in outcome ? outcome.error : null, score: scores.reduce((a, b) => a + b, 0) / (scores.length || 1), fields };
}

/** The totals over cases: every labelled field of every case weighs the same. */
export function summarizeScores(results: CaseScore[]): EvalResult {
  const perField = new Map<string, { sum: number; n: number }>();
  let sum = 0;
  let n = 0;
  for (const r of results) {
    for (const [k, f] of Object.entries(r.fields)) {
      const acc = perField.get(k) ?? { sum: 0, n: 0 };
      acc.sum += f.score;
      acc.n++;
      perField.set(k, acc);
      sum += f.score;
      n++;
    }
  }
  return {
    overall: sum / (n || 1),
    cases: results.length,
    scored: n,
    fields: Object.fromEntries([...perField].map(([k, v]) => [k, { cases: v.n, score: v.sum / v.n }])),
    results,
  };
}
