import type { Context, Detection, Detector, FieldKey, Fields } from "./context.js";
import { defaultDetectors } from "./detectors/index.js";
import { prepareInput, type InputFormat, type Prepared } from "./input/prepare.js";
import { FIELD_PATH_INDEX_RE, FIELD_PATH_SPLIT_RE, HYPHENS_RE, ISO_DAY_RE, WORD_CHAR_RE } from "./patterns.js";
import { JobPostingSchema, type Evidence, type JobPosting, type Span } from "./schema.js";
import { forgetLowered } from "./fields/words.js";
import { forgetTexts } from "./memo.js";
import { collectLabels } from "./sections/labels.js";
import { menuBlocks } from "./sections/menus.js";
import { splitSections } from "./sections/split.js";
import { treeToBlocks, type Block } from "./tree/blocks.js";

/** Options of `parseJobPosting`. */
export interface ParseOptions {
  /** reference date for relative dates ("11 days ago"); a Date or `YYYY-MM-DD`; default: today */
  now?: Date | string;
  /** input format; `auto` sniffs it */
  format?: InputFormat;
  /** add `evidence` to the record */
  evidence?: boolean;
  /** another list of detectors, run in order, instead of the default one */
  detectors?: readonly Detector[];
}

/** The record before any detector: fresh lists each time (no structuredClone of a constant). */
function emptyFields(): Fields {
  return {
    title: null, company: null, locations: [], workplaceType: null, employmentType: null, salary: null,
    postedAt: null, validThrough: null, category: null, seniority: null, experience: null, education: null,
    summary: null, description: "", sections: [], teams: [], responsibilities: [], requirements: [], niceToHave: [],
    benefits: [], interviewProcess: [], skills: [], tags: [], contacts: { emails: [], urls: [] }, applyUrl: null,
    language: null, removed: [], warnings: [],
  };
}

/**
 * Parses one job posting (text, Markdown or HTML; a string or bytes) into a validated record:
 * normalise → tree → sections → detectors → validate. Pure: no I/O, no global state.
 */
export function parseJobPosting(input: string | Uint8Array, options: ParseOptions = {}): JobPosting {
  forgetLowered();
  forgetTexts();
  const prepared = prepareInput(input, options.format ?? "auto");
  const ctx = analyse(prepared, toDate(options.now));
  const found = ctx.found as Map<FieldKey, Detection<unknown>>;
  const record: Record<string, unknown> = { schemaVersion: 1, ...emptyFields() };
  const warnings: string[] = [];
  for (const d of options.detectors ?? defaultDetectors) {
    let r: Detection<unknown> | null;
    try {
      r = d.detect(ctx) as Detection<unknown> | null;
    } catch (e) {
      warnings.push(`${d.key}: not read (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    if (!r) continue;
    found.set(d.key, r);
    if (d.key !== "warnings") record[d.key] = r.value;
    if (r.warnings) warnings.push(...r.warnings);
  }
  record.warnings = [...((record.warnings as string[]) ?? []), ...warnings];
  if (options.evidence) record.evidence = buildEvidence(record, found, prepared);
  return JobPostingSchema.parse(record);
}

function toDate(now: Date | string | undefined): Date {
  if (now instanceof Date && !Number.isNaN(now.getTime())) return now;
  if (typeof now === "string") {
    const d = new Date(ISO_DAY_RE.test(now) ? now + "T00:00:00Z" : now);
    if (!Number.isNaN(d.getTime())) return d;
    throw new RangeError(`not a date: ${now}`);
  }
  return new Date();
}

/** Builds the detectors' context: blocks, sections, the header, labels. */
export function analyse(prepared: Prepared, now: Date): Context {
  const blocks = treeToBlocks(prepared.tree, { linesAreItems: prepared.format === "text", source: prepared.text });
  const split = splitSections(blocks);
  const sections = split.sections;
  // the site's menu, breadcrumb and link rows at the top of the page are chrome too
  const known = new Set(split.chromeBlocks.map((c) => c.block));
  const chromeBlocks = [...split.chromeBlocks, ...menuBlocks(blocks, known).map((block) => ({ block, kind: "navigation" as const }))];
  const chrome = new Set(chromeBlocks.map((c) => c.block));
  const header = headerBlocks(blocks, sections, chrome);
  const labels = collectLabels(sections, new Set(header), chrome);
  return {
    text: prepared.text,
    format: prepared.format,
    blocks,
    sections,
    chromeBlocks,
    header,
    labels,
    labelBlocks: new Set(labels.flatMap((l) => (l.labelBlock ? [l.block, l.labelBlock] : l.where === "body" ? [] : [l.block]))),
    structured: prepared.structured,
    now,
    found: new Map(),
  };
}

// The top of the page: every block before the first section the lexicon knows, chrome left out.
function headerBlocks(blocks: readonly Block[], sections: ReturnType<typeof splitSections>["sections"], chrome: ReadonlySet<Block>): Block[] {
  // (a known heading with nothing under it, a menu's button read as one, "Sou empresa", ends no header)
  const firstKnown = sections.find((s) => s.known && !s.chrome && s.heading && s.blocks.length > 0);
  const stop = firstKnown?.heading ? blocks.indexOf(firstKnown.heading) : Math.min(blocks.length, 15);
  const chromeSection = new Set(sections.filter((s) => s.chrome).flatMap((s) => (s.heading ? [s.heading, ...s.blocks] : s.blocks)));
  return blocks.slice(0, Math.min(stop, 40)).filter((b) => !chrome.has(b) && !chromeSection.has(b));
}

// Fields whose value is the text of whole blocks: their spans are already exact.
const WHOLE_BLOCKS = new Set(["description", "sections", "removed", "summary"]);

/** The text a value is written as, to find it inside the block it came from. */
function needleOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const v = value as { raw?: unknown; name?: unknown };
    if (typeof v.raw === "string") return v.raw;
    if (typeof v.name === "string") return v.name;
  }
  return null;
}

/**
 * The record's evidence, by path: every non-null scalar and every list item with the spans of the
 * original input it came from. A span is narrowed from its block to the words of the value when
 * the block has them as written. Values without evidence are left out of the record, with a warning.
 */
function buildEvidence(record: Record<string, unknown>, found: Map<FieldKey, Detection<unknown>>, prepared: Prepared): Record<string, Evidence> {
  const out: Record<string, Evidence> = {};
  const lower = new Map<string, string>();
  const narrow = (spans: readonly Span[], value: unknown, key: string, how: Evidence["how"]): Span[] => {
    // a derived value ("en", a date) is not written as such: it keeps the blocks it was read from
    const needle = WHOLE_BLOCKS.has(key) || how === "derived" ? null : loose(needleOf(value)?.trim() ?? "");
    return spans.map((s) => {
      if (needle && needle.length >= 2 && s.end - s.start >= needle.length) {
        const k = `${s.start}:${s.end}`;
        let hay = lower.get(k);
        if (hay === undefined) lower.set(k, (hay = loose(prepared.text.slice(s.start, s.end))));
        const at = hay.length === s.end - s.start ? wordAt(hay, needle) : -1;
        if (at >= 0) s = { start: s.start + at, end: s.start + at + needle.length };
      }
      return { start: prepared.toOriginal(s.start), end: prepared.toOriginal(s.end) };
    });
  };
  const add = (path: string, how: Evidence["how"], spans: readonly Span[] | undefined, value: unknown, key: string) => {
    const seen = new Set<string>();
    const usable = (spans ?? []).filter((s) => s.end > s.start && !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`));
    if (usable.length) out[path] = { how, spans: narrow(usable, value, key, how) };
  };
  for (const [key, d] of found) {
    if (key === "warnings") continue;
    const value = record[key];
    const how = d.how ?? "stated";
    if (Array.isArray(value)) value.forEach((v, i) => add(`${key}[${i}]`, how, d.itemSpans?.[i] ?? d.spans, v, key));
    else if (value !== null && value !== undefined && value !== "" && key !== "contacts") add(key, how, d.spans, value, key);
    for (const [path, spans] of Object.entries(d.pathSpans ?? {})) add(path, how, spans, valueAt(record, path), key);
  }
  leaveOutUnevidenced(record, out);
  return out;
}

/** Lower case, a hyphen read as a space ("full-time" is written "Full Time"), the length kept. */
function loose(s: string): string {
  return s.toLowerCase().replace(HYPHENS_RE, " ");
}

/** Where `needle` first stands as whole words in `hay` (not "en" inside "Engineer"), or -1. */
function wordAt(hay: string, needle: string): number {
  const edge = WORD_CHAR_RE;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? " ";
    const after = hay[at + needle.length] ?? " ";
    if (!(edge.test(needle[0]) && edge.test(before)) && !(edge.test(needle[needle.length - 1]) && edge.test(after))) return at;
  }
  return -1;
}

/** The value at a path such as `contacts.emails[0]`. */
function valueAt(record: Record<string, unknown>, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split(FIELD_PATH_SPLIT_RE)) {
    const i = FIELD_PATH_INDEX_RE.exec(part);
    v = i ? (v as unknown[] | undefined)?.[Number(i[1])] : (v as Record<string, unknown> | undefined)?.[part];
  }
  return v;
}

// Fields that are bookkeeping, not facts taken from the posting.
const NOT_FACTS = new Set(["schemaVersion", "warnings", "evidence"]);

/** Drops every value that has no evidence (a detector that gave none), saying so in the warnings. */
function leaveOutUnevidenced(record: Record<string, unknown>, evidence: Record<string, Evidence>): void {
  const warnings = record.warnings as string[];
  const lists: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(record)) {
    if (NOT_FACTS.has(key)) continue;
    if (key === "contacts") {
      const c = value as { emails: string[]; urls: string[] };
      lists.push(["contacts.emails", c.emails], ["contacts.urls", c.urls]);
    } else if (Array.isArray(value)) lists.push([key, value]);
    else if (value !== null && value !== "" && !evidence[key]) {
      warnings.push(`${key}: left out, no evidence`);
      record[key] = key === "description" ? "" : null;
    }
  }
  for (const [path, list] of lists) {
    if (list.every((_, i) => evidence[`${path}[${i}]`])) continue;
    const kept: unknown[] = [];
    list.forEach((v, i) => {
      const e = evidence[`${path}[${i}]`];
      delete evidence[`${path}[${i}]`];
      if (!e) {
        warnings.push(`${path}[${i}]: left out, no evidence`);
        return;
      }
      evidence[`${path}[${kept.length}]`] = e;
      kept.push(v);
    });
    list.length = kept.length;
    for (let i = 0; i < kept.length; i++) list[i] = kept[i];
  }
}
