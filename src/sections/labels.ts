import type { LabelField } from "../lexicon/index.js";
import { COLON_END_RE, ICON_GLYPH_START_RE, KEY_VALUE_RE } from "../patterns.js";
import type { Block } from "../tree/blocks.js";
import { exactHeading, gluedLabel, labelField } from "./phrases.js";
import type { SectionInfo } from "./split.js";

/** A labelled value such as `Location: Berlin`, `Job TypeFull Time` or a label line and its value line. */
export interface LabelHit {
  field: LabelField;
  label: string;
  value: string;
  block: Block;
  /** the label's own block when the label stood on a line of its own ("Seniority level" above "Entry level") */
  labelBlock?: Block;
  /** where it stood: the top of the page or an overview section is stronger evidence than prose */
  where: "header" | "overview" | "body";
}

const LABEL_SECTIONS = new Set(["overview", "other", "about-role", "compensation", "how-to-apply"]);
const LIST_KINDS = new Set(["tags", "skills", "benefits", "nice-to-have"]);
const PAIR_ANYWHERE = new Set(["location", "salary", "employmentType", "workplaceType", "validThrough"]);

/** Collects every labelled value of the posting, in order. */
// A glued label this short needs a value of several words: "JobScout24" is a brand, "JobSenior Backend Engineer" a label.
const SHORT_GLUED_LABEL = 4;

export function collectLabels(sections: readonly SectionInfo[], headerBlocks: ReadonlySet<Block>, chrome: ReadonlySet<Block> = new Set()): LabelHit[] {
  const hits: LabelHit[] = [];
  const headedHits: LabelHit[] = [];
  for (const s of sections) {
    // chrome sections hold no facts, except the "Key: Value" rows a board's widget sometimes carries
    const chromeOnlyKeyValues = s.chrome === "board";
    if (s.chrome && !chromeOnlyKeyValues) continue;
    const where = s.kind === "overview" ? "overview" : "body";
    const blocks = s.blocks;
    // a fact's label taken as the section's heading, its value the one short line under it
    // ("Location" above "Halifax, NS", "Terms of employment" above "Permanent employment");
    // pay under a heading is read by the pay detector, which ranks every figure of the section
    const headed = s.heading && s.heading.text.length <= 40 && blocks[0] ? labelField(s.heading.text.replace(COLON_END_RE, "")) : null;
    if (headed && PAIR_ANYWHERE.has(headed) && headed !== "salary" && !chrome.has(s.heading!) && blocks[0].text.length <= 80 && !sentence(blocks[0].text) && !labelField(blocks[0].text) && blocks[0].type !== "heading" && !exactHeading(blocks[0].text.replace(COLON_END_RE, ""))) {
      // weaker than a label written as one: read after every other
      headedHits.push({ field: headed, label: s.heading!.text, value: blocks[0].text, block: blocks[0], labelBlock: s.heading!, where: "body" });
    }
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      const w = headerBlocks.has(b) ? "header" : where;
      if (b.type === "heading" && b.pseudo === false && b.depth < 3) continue;
      // ("⏳ Closing: 31 Dec 2026", "🗓 Posted: 01 Dec 2026": the board's pictograph before the label is no part of it)
      const kv = colonIn(b.text) ? KEY_VALUE_RE.exec(withoutGlyph(b.text)) : null;
      if (kv) {
        const field = labelField(kv[1]);
        if (field) {
          hits.push({ field, label: kv[1].trim(), value: kv[2].trim(), block: b, where: w });
          continue;
        }
      }
      if (chromeOnlyKeyValues) continue;
      if (w !== "body" || s.kind === "overview" || b.type === "item") {
        const glued = b.text.length <= 200 ? gluedLabel(b.text) : null;
        // a brand written in one word is no label and its value: a logo link "JobScout24", "JobTeaser"
        const brand = glued !== null && ((b.links.length === 1 && b.links[0].text.trim() === b.text.trim()) || (glued.label.length < SHORT_GLUED_LABEL && !glued.value.includes(" ")));
        if (glued && glued.value && !brand) {
          hits.push({ field: glued.field, label: glued.label, value: glued.value, block: b, where: w });
          continue;
        }
      }
      // "Seniority level" on one line and "Entry level" on the next (LinkedIn, Indeed job details)
      // a place, pay or contract label stands out wherever it is ("Location:" above "• California (Required)")
      const factLabel = PAIR_ANYWHERE.has(labelField(b.text.replace(COLON_END_RE, "")) ?? "title") && (COLON_END_RE.test(b.text) || !LIST_KINDS.has(s.kind));
      if ((w !== "body" || LABEL_SECTIONS.has(s.kind) || factLabel) && b.text.length <= 40 && i + 1 < blocks.length) {
        const field = labelField(b.text.replace(COLON_END_RE, ""));
        const next = blocks[i + 1];
        // in a menu ("Jobs finden / Gehalt / Unternehmen / Karriereberatung") labels follow labels: no pair there
        const prev = blocks[i - 1];
        const inMenu = prev !== undefined && prev.text.length <= 40 && labelField(prev.text.replace(COLON_END_RE, "")) !== null;
        // a site menu's entries are no label and no value ("Unternehmen" above "Einloggen"); nor is a page's
        // contents ("Location" above "About the job"): a line the lexicon knows whole as a heading is no value
        if (field && !inMenu && !chrome.has(b) && !chrome.has(next) && next.text.length <= 80 && !sentence(next.text) && !labelField(next.text) && !exactHeading(next.text.replace(COLON_END_RE, "")) && (b.type !== "paragraph" || next.type !== "heading")) {
          hits.push({ field, label: b.text, value: next.text, block: next, labelBlock: b, where: w });
          i++;
        }
      }
    }
  }
  hits.push(...labelRuns(sections));
  return [...hits, ...headedHits];
}

/** A line without the pictograph a board prints before its label ("⏳ Closing: …" → "Closing: …"). */
function withoutGlyph(text: string): string {
  const m = ICON_GLYPH_START_RE.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Whether a text holds a colon, as every KEY_VALUE_RE row does (perf: most lines have none, and the pattern is not run on them). */
export function colonIn(text: string): boolean {
  return text.includes(":") || text.includes("：");
}

/** A line written as a sentence ("This position currently works on-site only."), not a value. */
function sentence(text: string): boolean {
  return text.endsWith(".") && text.split(" ").length > 4;
}

// A run of facts rows: at least this many rows, and this share of them with a label a field reads.
const RUN_MIN = 3;
const RUN_KNOWN_SHARE = 0.4;
const RUN_ROW_MAX = 200;
// Most words of a row's label ("Java: 3 years" rows of a skills list have one-word keys too).
const RUN_LABEL_WORDS = 4;

/** A "Label: value" row of a facts run: its label, value and whether a field reads the label. */
function factRow(b: Block): { label: string; value: string; known: boolean } | null {
  const kv = b.type !== "heading" && b.text.length <= RUN_ROW_MAX && colonIn(b.text) ? KEY_VALUE_RE.exec(b.text) : null;
  if (!kv || kv[1].trim().split(" ").length > RUN_LABEL_WORDS) return null;
  // a value written as a sentence is a list's item with its lead-in ("Formação acadêmica: Graduação concluída na área de TI.")
  if (sentence(kv[2].trim())) return null;
  return { label: kv[1].trim(), value: kv[2].trim(), known: labelField(kv[1]) !== null };
}

/** Whether rows (at least three, two and 40% of them with a label a field reads) make a run of facts. */
function factsRun(rows: readonly { known: boolean }[]): boolean {
  const known = rows.filter((r) => r.known).length;
  return rows.length >= RUN_MIN && known >= 2 && known >= rows.length * RUN_KNOWN_SHARE;
}

/** How many blocks from blocks[i] make a run of facts rows (0 when they make none). */
export function factRunAt(blocks: readonly Block[], i: number): number {
  const rows: { known: boolean }[] = [];
  for (let k = i; k < blocks.length; k++) {
    const row = factRow(blocks[k]);
    if (!row) break;
    rows.push(row);
  }
  return factsRun(rows) ? rows.length : 0;
}

/** Whether the block is one "Label: value" fact whose label a field reads ("Job type: Full-time"). */
export function knownFact(b: Block): boolean {
  return factRow(b)?.known === true;
}

/**
 * Rows of a run of "Label: value" lines are facts wherever they stand, not list items: Naukri's
 * "Role: … / Industry Type: … / Department: … / Employment Type: …" under the perks, Workday's
 * "Department: … / Scheduled Weekly Hours: … / Work Shift: …". A run is three or more such rows in a
 * row, two or more (and 40%) of them with a label the lexicon maps to a field; each row is given as a
 * `fact` hit at the overview level, so it is kept out of the lists (its own field hit stays as it was).
 */
function labelRuns(sections: readonly SectionInfo[]): LabelHit[] {
  const out: LabelHit[] = [];
  for (const s of sections) {
    if (s.chrome) continue;
    let run: { block: Block; label: string; value: string; known: boolean }[] = [];
    const flush = () => {
      if (factsRun(run)) {
        for (const r of run) out.push({ field: "fact", label: r.label, value: r.value, block: r.block, where: "overview" });
      }
      run = [];
    };
    for (const b of s.blocks) {
      const row = factRow(b);
      if (!row) {
        flush();
        continue;
      }
      run.push({ block: b, ...row });
    }
    flush();
  }
  return out;
}
