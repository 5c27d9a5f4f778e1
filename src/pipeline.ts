import type { Context, Detection, Detector, FieldKey, Fields } from "./context.js";
import { defaultDetectors } from "./detectors/index.js";
import { prepareInput, type InputFormat, type Prepared } from "./input/prepare.js";
import { JobPostingSchema, type Evidence, type JobPosting } from "./schema.js";
import { collectLabels } from "./sections/labels.js";
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

const EMPTY: Fields = {
  title: null, company: null, locations: [], workplaceType: null, employmentType: null, salary: null,
  postedAt: null, validThrough: null, category: null, seniority: null, experience: null, education: null,
  summary: null, description: "", sections: [], teams: [], responsibilities: [], requirements: [], niceToHave: [],
  benefits: [], interviewProcess: [], skills: [], tags: [], contacts: { emails: [], urls: [] }, applyUrl: null,
  language: null, removed: [], warnings: [],
};

/**
 * Parses one job posting (text, Markdown or HTML; a string or bytes) into a validated record:
 * normalise → tree → sections → detectors → validate. Pure: no I/O, no global state.
 */
export function parseJobPosting(input: string | Uint8Array, options: ParseOptions = {}): JobPosting {
  const prepared = prepareInput(input, options.format ?? "auto");
  const ctx = analyse(prepared, toDate(options.now));
  const found = ctx.found as Map<FieldKey, Detection<unknown>>;
  const record: Record<string, unknown> = { schemaVersion: 1, ...structuredClone(EMPTY) };
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
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(now) ? now + "T00:00:00Z" : now);
    if (!Number.isNaN(d.getTime())) return d;
    throw new RangeError(`not a date: ${now}`);
  }
  return new Date();
}

/** Builds the detectors' context: blocks, sections, the header, labels. */
export function analyse(prepared: Prepared, now: Date): Context {
  const blocks = treeToBlocks(prepared.tree, { linesAreItems: prepared.format === "text" });
  const { sections, chromeBlocks } = splitSections(blocks);
  const header = headerBlocks(blocks, sections, new Set(chromeBlocks.map((c) => c.block)));
  const labels = collectLabels(sections, new Set(header));
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
  const firstKnown = sections.find((s) => s.known && !s.chrome && s.heading);
  const stop = firstKnown?.heading ? blocks.indexOf(firstKnown.heading) : Math.min(blocks.length, 15);
  const chromeSection = new Set(sections.filter((s) => s.chrome).flatMap((s) => (s.heading ? [s.heading, ...s.blocks] : s.blocks)));
  return blocks.slice(0, Math.min(stop, 40)).filter((b) => !chrome.has(b) && !chromeSection.has(b));
}

function buildEvidence(record: Record<string, unknown>, found: Map<FieldKey, Detection<unknown>>, prepared: Prepared): Record<string, Evidence> {
  const out: Record<string, Evidence> = {};
  const map = (s: { start: number; end: number }) => ({ start: prepared.toOriginal(s.start), end: prepared.toOriginal(s.end) });
  for (const [key, d] of found) {
    const value = record[key];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      d.itemSpans?.forEach((spans, i) => {
        if (spans.length) out[`${key}[${i}]`] = { how: d.how ?? "stated", spans: spans.map(map) };
      });
    } else if (d.spans?.length) {
      out[key] = { how: d.how ?? "stated", spans: d.spans.map(map) };
    }
  }
  return out;
}
