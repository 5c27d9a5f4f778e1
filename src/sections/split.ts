import type { ChromeKind } from "../lexicon/index.js";
import type { SectionKind } from "../schema.js";
import { SENTENCE_END_RE } from "../patterns.js";
import type { Block } from "../tree/blocks.js";
import { chromeLine, classifyHeading, classifyLeadIn } from "./phrases.js";

/** A run of blocks under one heading, with what the heading says it is. */
export interface SectionInfo {
  heading: Block | null;
  kind: SectionKind;
  /** set when the whole section is board chrome */
  chrome: ChromeKind | null;
  /** the blocks under the heading (sub-headings included), chrome lines left out */
  blocks: Block[];
  /** true when the heading named a kind from the lexicon */
  known: boolean;
}

// List-like sections keep unknown sub-headings ("Technical:", "**Leadership**") as groups inside.
const GROUPING: ReadonlySet<SectionKind> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "skills", "compensation", "interview-process", "teams"]);
// After these, unknown headings are more of the same chrome (similar-job cards, form fields).
const STICKY_CHROME: ReadonlySet<ChromeKind> = new Set(["similar-jobs", "apply-form", "faq", "advice"]);

/**
 * Splits the blocks into sections at headings and classifies each heading through the lexicon.
 * Lines that are board chrome on their own ("Easy Apply", "Show more") are returned apart.
 */
export function splitSections(blocks: readonly Block[]): { sections: SectionInfo[]; chromeBlocks: { block: Block; kind: ChromeKind }[] } {
  const sections: SectionInfo[] = [];
  const chromeBlocks: { block: Block; kind: ChromeKind }[] = [];
  let current: SectionInfo = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
  sections.push(current);
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const lineChrome = chromeLine(b.text);
    // "In this role, you will:" before a list opens that section, as a heading would
    let leadIn = b.type !== "item" && b.text.endsWith(":") && b.text.length <= 200 ? classifyLeadIn(b.text.slice(0, -1)) : null;
    // a plain "Nice to haves" paragraph right above a list is a heading that lost its markup
    if (!leadIn && b.type === "paragraph" && b.text.length <= 50 && !SENTENCE_END_RE.test(b.text) && blocks[bi + 1]?.type === "item") {
      const c = classifyHeading(b.text);
      if (c?.kind) leadIn = c;
    }
    if (b.type === "heading" || leadIn) {
      let cls = b.type === "heading" ? classifyHeading(b.text) ?? (b.text.split(" ").length >= 3 ? classifyLeadIn(b.text) : null) : leadIn;
      // "Technical Skills" under "Who You Are" is a group of requirements, not a skills section
      const nextLen = blocks[bi + 1]?.text.length ?? 0;
      if (cls?.kind === "skills" && current.kind === "requirements" && current.heading && b.depth >= current.heading.depth && nextLen >= 60) cls = null;
      // "Apply for this job" at the top of the page is a button, not the start of the application form
      if (cls?.chrome && lineChrome && !sections.some((x) => x.known && !x.chrome)) {
        chromeBlocks.push({ block: b, kind: lineChrome });
        continue;
      }
      if (cls?.chrome) {
        current = { heading: b, kind: "other", chrome: cls.chrome, blocks: [], known: true };
        sections.push(current);
        continue;
      }
      // "Jetzt bewerben", "Apply": a button, though the lexicon also knows it as a heading
      if (lineChrome && (!cls || cls.kind === "how-to-apply")) {
        chromeBlocks.push({ block: b, kind: lineChrome });
        continue;
      }
      if (cls?.kind) {
        current = { heading: b, kind: cls.kind, chrome: null, blocks: [], known: true };
        sections.push(current);
        continue;
      }
      // "401(k) with a 4% match" standing alone between perks: one more line of the list, not a heading
      const prevBlock = current.blocks[current.blocks.length - 1];
      if (!cls && b.pseudo && !current.chrome && current.known && GROUPING.has(current.kind) && prevBlock && prevBlock.type !== "heading" && prevBlock.text.length <= 200) {
        current.blocks.push({ ...b, type: "paragraph", depth: 0 });
        continue;
      }
      if (current.chrome && STICKY_CHROME.has(current.chrome)) {
        current.blocks.push(b);
        continue;
      }
      const deeper = current.heading !== null && (b.depth > current.heading.depth || (b.pseudo && !current.heading.pseudo && b.depth >= 3));
      if (!current.chrome && current.known && GROUPING.has(current.kind) && (deeper || b.text.endsWith(":") || b.depth >= 3)) {
        current.blocks.push(b);
        continue;
      }
      current = { heading: b, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
      continue;
    }
    if (lineChrome && !current.chrome) {
      chromeBlocks.push({ block: b, kind: lineChrome });
      continue;
    }
    current.blocks.push(b);
  }
  const kept = sections.filter((s) => s.heading !== null || s.blocks.length > 0);
  inheritEmptyHeadings(kept);
  return { sections: kept, chromeBlocks };
}

// Kinds a heading gives when it does not say what its list is ("Was Sie erwartet:", "The details").
const VAGUE: ReadonlySet<SectionKind> = new Set(["about-role", "other"]);

/**
 * A board's own heading with nothing under it, right above the employer's heading: "Benefits" then
 * "Was Sie erwartet:" with the list. The board's heading says what the list is; the vague one
 * under it takes its kind.
 */
function inheritEmptyHeadings(sections: SectionInfo[]): void {
  for (let i = 0; i + 1 < sections.length; i++) {
    const s = sections[i];
    const next = sections[i + 1];
    if (!s.known || s.chrome || s.blocks.length > 0 || !GROUPING.has(s.kind)) continue;
    if (next.chrome || !next.heading || !VAGUE.has(next.kind)) continue;
    if (!next.blocks.some((b) => b.type === "item")) continue;
    next.kind = s.kind;
  }
}
