import type { ChromeKind } from "./lexicon/index.js";
import type { JobPosting, Span } from "./schema.js";
import type { LabelHit } from "./sections/labels.js";
import type { SectionInfo } from "./sections/split.js";
import type { Block } from "./tree/blocks.js";

/** The record's fields that detectors fill. */
export type Fields = Omit<JobPosting, "schemaVersion" | "evidence">;
export type FieldKey = keyof Fields;

/** Facts a page states in schema.org JobPosting JSON-LD: the strongest evidence there is. */
export interface StructuredFacts {
  title?: string;
  company?: string;
  description?: string;
  datePosted?: string;
  validThrough?: string;
  employmentType?: string[];
  locations?: { city?: string; region?: string; country?: string; raw: string }[];
  remote?: boolean;
  applicantRegions?: string[];
  salary?: { min?: number; max?: number; currency?: string; unit?: string; raw: string };
  category?: string;
  skills?: string[];
  experienceMonths?: number;
  education?: string;
  applyUrl?: string;
  /** the board's tags (front matter `tags:`) */
  tags?: string[];
  /** contact e-mails given as facts (front matter `contact: {email: …}`) */
  emails?: string[];
  /** blocks of the input that are facts, not text (front matter), dropped from the description */
  removed?: { kind: string; text: string; span: Span }[];
  /** by fact (`title`, `salary`, `locations[0]`, `skills[2]`, …): the spans of the JSON-LD it was read from */
  where?: Record<string, Span[]>;
}

/** How a value was obtained: stated in the text, computed from stated text, or inferred from context. */
export type How = "stated" | "derived" | "inferred";

/** What a detector found: the value, the spans it came from (normalised offsets) and doubts. */
export interface Detection<T> {
  value: T;
  how?: How;
  spans?: Span[];
  /** for lists: the spans of each item, by index */
  itemSpans?: Span[][];
  /** spans of values inside the field, by their path (`contacts.emails[0]`) */
  pathSpans?: Record<string, Span[]>;
  warnings?: string[];
}

/** Everything detectors read; nothing in it is mutated by a detector. */
export interface Context {
  /** the normalised text the offsets point into */
  readonly text: string;
  readonly format: "text" | "markdown" | "html";
  readonly blocks: readonly Block[];
  readonly sections: readonly SectionInfo[];
  /** chrome lines found outside chrome sections */
  readonly chromeBlocks: readonly { block: Block; kind: ChromeKind }[];
  /** the blocks at the top of the page, before the first section the lexicon knows */
  readonly header: readonly Block[];
  readonly labels: readonly LabelHit[];
  /** the blocks labels were read from, which are facts rather than list items */
  readonly labelBlocks: ReadonlySet<Block>;
  readonly structured: StructuredFacts | null;
  readonly now: Date;
  /** what earlier detectors found, by key */
  readonly found: ReadonlyMap<FieldKey, Detection<unknown>>;
}

/** A detector fills one field of the record; it returns null for "nothing here". */
export interface Detector<K extends FieldKey = FieldKey> {
  readonly key: K;
  detect(ctx: Context): Detection<Fields[K]> | null;
}

/** Reads an earlier detector's value, typed by its key. */
export function foundValue<K extends FieldKey>(ctx: Context, key: K): Fields[K] | undefined {
  return ctx.found.get(key)?.value as Fields[K] | undefined;
}

/** The spans of a JSON-LD fact (empty when the page gave none). */
export function factSpans(ctx: Context, fact: string): Span[] {
  return ctx.structured?.where?.[fact] ?? [];
}

/** The span of one block. */
export function spanOf(b: Block): Span {
  return { start: b.start, end: b.end };
}
