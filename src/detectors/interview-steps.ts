import { spanOf, type Context } from "../context.js";
import type { Span } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { COLON_END_RE, DIGIT_START_RE, SENTENCE_SPLIT_RE, STEP_ARROW_SPLIT_RE, STEP_BARE_NUMBER_RE, STEP_WORD_RE } from "../patterns.js";
import { STEP_LAST_WORDS } from "../lexicon/steps.js";
import { CLOSING_LINE_WORDS } from "../lexicon/names.js";
import { anyPhraseIn, lowered } from "../fields/words.js";
import { classifySectionHeading } from "../sections/classify.js";
import { STEP_MAX, STEPS_MAX, chainSteps, enumerationSteps, inlineNumbered, sequenceSteps, stepLike } from "./step-text.js";
import { perText } from "../memo.js";

/*
 * Hiring steps from the blocks a posting gives its process, wherever it names it: a list, short lines
 * with no bullets, numbered cards ("1." / "Application review" / "Our team reads…"), sub-headings, or a
 * line or sentence that holds them all (src/detectors/step-text.ts reads that one).
 */

/** Steps with the spans of the blocks they come from. */
export interface Steps {
  items: string[];
  spans: Span[][];
}

const NONE: Steps = { items: [], spans: [] };
/** Longest line read as one step when a section's steps are lines without bullets. */
const LINE_MAX = 170;
/** Longest line read as a step by its shortness alone, under the process's own heading. */
const SHORT_STEP = 60;
/** Longest text read as a heading inside a section ("Our hiring process – simple, quick, human."). */
const HEADING_LINE_MAX = 90;

/** A list's closing line ("We look forward to your application"), not a step. */
function closingLine(text: string): boolean {
  return anyPhraseIn(lowered(text), CLOSING_LINE_WORDS);
}

/**
 * The steps the blocks of a process section give: its list (a list item that is a chain gives its
 * pieces), else numbered cards, a chain line, short lines, or steps told in its prose.
 */
export function blocksToSteps(ctx: Context, blocks: readonly Block[], duration: (t: string) => number | null, strict = false): Steps {
  const list = blocks.filter((b) => b.type === "item" && !ctx.labelBlocks.has(b));
  // "Recruiter call • Case study • Offer" on one line, cut into a paragraph and items by the input's repair: a short
  // paragraph right above the list that names a step itself is the first step (a lead-in names none)
  const at = list.length ? blocks.indexOf(list[0]) : -1;
  const before = at > 0 ? blocks[at - 1] : null;
  if (before && before.type === "paragraph" && before.text.length <= SHORT_STEP && !COLON_END_RE.test(before.text) && !before.text.endsWith(".") && stepLike(before.text, duration)) {
    list.unshift(before);
  }
  if (list.length > 0) {
    let end = list.length;
    while (end > 1 && closingLine(list[end - 1].text)) end--;
    const kept = list.slice(0, end);
    // a page's text keeps each line of a card layout as an item ("1." / "Application review" / "Our team reads…")
    const cards = numberedCards(blocks.filter((b) => b.type !== "heading" && !ctx.labelBlocks.has(b)), duration);
    if (cards.items.length) return cards;
    if (kept.length === 1) {
      const pieces = chainSteps(kept[0].text, true, duration) ?? sequenceSteps(kept[0].text);
      if (pieces) return { items: pieces, spans: pieces.map(() => [spanOf(kept[0])]) };
    }
    // the list's runs (items with nothing between them), while they read as steps: under a line that only may name
    // the process, half the items of a run must name a step; under the process's own heading a quarter ("Salary
    // up to £45K", "Localização: São Paulo" are facts); a run of duties after the steps is the next section's
    const taken: Block[] = [];
    for (const run of runsOf(kept, blocks)) {
      const like = run.filter((b) => stepLike(b.text, duration)).length;
      if (like * (strict ? 2 : 4) < run.length) break;
      taken.push(...run);
    }
    if (!taken.length) return NONE;
    const out: Steps = { items: [], spans: [] };
    for (const b of taken) {
      const pieces = (b.text.split(STEP_ARROW_SPLIT_RE).length >= 3 ? chainSteps(b.text, true, duration) : null) ?? inlineNumbered(b.text);
      for (const p of pieces ?? [b.text]) {
        out.items.push(p);
        out.spans.push([spanOf(b)]);
      }
    }
    return out;
  }
  const titled = headingCards(blocks, duration);
  if (titled.items.length) return titled;
  const paras = blocks.filter((b) => b.type === "paragraph" && !ctx.labelBlocks.has(b));
  if (!paras.length) return NONE;
  const cards = numberedCards(paras, duration);
  if (cards.items.length) return cards;
  // one line with arrows between the steps
  for (const b of paras) {
    if (b.text.split(STEP_ARROW_SPLIT_RE).length < 2) continue;
    const pieces = chainSteps(b.text, true, duration);
    if (pieces) return { items: pieces, spans: pieces.map(() => [spanOf(b)]) };
  }
  // one or two paragraphs, one of them a line of three steps or more between dashes ("Call – Case study – Offer")
  // or numbers ("1) Call with HR 2) Technical test 3) Final interview")
  if (paras.length <= 2) {
    for (const b of paras) {
      const pieces = b.text.length <= LINE_MAX * 2 ? chainSteps(b.text, true, duration) ?? inlineNumbered(b.text) : null;
      if (pieces) return { items: pieces, spans: pieces.map(() => [spanOf(b)]) };
    }
  }
  // short lines without bullets, a lead-in line ("Here is how it works:") aside, up to a line that heads something else
  let lines = lineRun(paras);
  // "Best of luck!", "We can't wait to meet you!": a cheer after the steps is none
  while (lines.length > 2 && lines[lines.length - 1].text.endsWith("!") && !stepLike(lines[lines.length - 1].text, duration)) lines = lines.slice(0, -1);
  if (lines.length >= 2) {
    // a short line under the process's own heading is a step's name ("Inscrição e avaliação inicial", "Offer")
    const like = lines.filter((b) => stepLike(b.text, duration) || (!strict && b.text.length <= SHORT_STEP)).length;
    if (like * 2 >= lines.length) return { items: lines.map((b) => b.text), spans: lines.map((b) => [spanOf(b)]) };
  }
  // prose: a sequence told in order, else a listing sentence
  for (const b of paras) {
    const seq = sequenceSteps(b.text);
    if (seq) return { items: seq, spans: seq.map(() => [spanOf(b)]) };
  }
  for (const b of paras) {
    for (const sentence of b.text.split(SENTENCE_SPLIT_RE)) {
      const en = enumerationSteps(sentence, true, duration);
      if (en) return { items: en, spans: en.map(() => [spanOf(b)]) };
    }
  }
  return NONE;
}

/**
 * The run of short lines a process is written as: from the first (a lead-in line ending in ":" or a
 * long one aside) to a line that heads another kind ("Why join us", "Benefits"; a closing step such
 * as "Offer" or "Angebot" is no heading), a long text, or a closing line.
 */
function lineRun(paras: readonly Block[]): Block[] {
  let from = 0;
  if (paras.length > 2 && (COLON_END_RE.test(paras[0].text) || paras[0].text.length > LINE_MAX)) from = 1;
  const out: Block[] = [];
  for (let i = from; i < paras.length && out.length < STEPS_MAX; i++) {
    const t = paras[i].text;
    if (t.length > LINE_MAX || COLON_END_RE.test(t) || closingLine(t)) break;
    // a link or a rule line names no step
    if (!STEP_WORD_RE.test(t) || t.includes("://") || t.startsWith("www.")) continue;
    const cls = t.length <= HEADING_LINE_MAX ? classifySectionHeading(t).cls : null;
    // (a line with a list's mark, "Aplicação de teste;", is a step whatever its words)
    const marked = t.endsWith(";") || t.endsWith(",") || t.endsWith(".");
    // (and it heads something only with lines after it: "Meet the team" closing the steps is the last step)
    const heads = i + 1 < paras.length;
    if (cls && !marked && heads && cls.kind !== "interview-process" && !STEP_LAST_WORDS.includes(lowered(t).lower.trim())) break;
    out.push(paras[i]);
  }
  return out;
}

/** The items cut into runs where another block stands between two of them. */
function runsOf(items: readonly Block[], blocks: readonly Block[]): Block[][] {
  const runs: Block[][] = [];
  let last = -2;
  for (const b of items) {
    const at = blocks.indexOf(b);
    if (at !== last + 1 || !runs.length) runs.push([]);
    runs[runs.length - 1].push(b);
    last = at;
  }
  return runs;
}

/**
 * Card layouts that print each step's number on its own line, then its name, then what happens:
 * "1." / "Application review" / "Our Talent Partners read…" / "2." / "Talent interview" / "A 45-minute
 * chat…". The name is the line after the number; the duration is read from the whole card.
 */
function numberedCards(paras: readonly Block[], duration: (t: string) => number | null): Steps {
  const starts = paras.map((b, i) => (STEP_BARE_NUMBER_RE.test(b.text.trim()) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2) return NONE;
  const out: Steps = { items: [], spans: [] };
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] + 1;
    const to = k + 1 < starts.length ? starts[k + 1] : Math.min(paras.length, from + 2);
    if (from >= to) continue;
    const card = paras.slice(from, to);
    const name = card[0].text;
    if (name.length > STEP_MAX) return NONE;
    const minutes = duration(card.map((b) => b.text).join(" "));
    // the name carries the card's duration so that the caller reads it back
    out.items.push(minutes !== null && duration(name) === null ? `${name} (${minutes} min)` : name);
    out.spans.push(card.map((b) => spanOf(b)));
  }
  return out.items.length >= 2 ? out : NONE;
}

/**
 * Steps as sub-headings, each over what happens in it ("### Intro call" / "A 30-minute chat with…" /
 * "### Case study" / …): the heading is the step's name; the duration is read from the whole card.
 */
function headingCards(blocks: readonly Block[], duration: (t: string) => number | null): Steps {
  const starts = blocks.map((b, i) => (b.type === "heading" ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2 || starts.length > STEPS_MAX) return NONE;
  const out: Steps = { items: [], spans: [] };
  for (let k = 0; k < starts.length; k++) {
    const head = blocks[starts[k]];
    const card = blocks.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : blocks.length);
    if (head.text.length > STEP_MAX) return NONE;
    const minutes = duration(card.map((b) => b.text).join(" "));
    out.items.push(minutes !== null && duration(head.text) === null ? `${head.text} (${minutes} min)` : head.text);
    out.spans.push(card.map((b) => spanOf(b)));
  }
  // the sub-headings must read as steps: half of them name one or give a duration
  return out.items.filter((t) => stepLike(t, duration)).length * 2 >= out.items.length ? out : NONE;
}

/** Whether a short line or heading names the hiring process, a flourish after a dash or in brackets aside ("Our Recruitment Process - simple, quick, and human."). */
export function processHeading(text: string): boolean {
  return namesProcess(text);
}

// (every short line of every section is asked: each once per parse)
const namesProcess = perText(readsAsProcessHeading);

function readsAsProcessHeading(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > HEADING_LINE_MAX) return false;
  if (classifySectionHeading(t).cls?.kind === "interview-process") return true;
  const cuts = [t.indexOf(" ("), t.indexOf(" - "), t.indexOf(" – "), t.indexOf(" — ")].filter((i) => i > 0);
  if (!cuts.length) return false;
  const head = t.slice(0, Math.min(...cuts));
  return head.split(" ").length <= 6 && classifySectionHeading(head).cls?.kind === "interview-process";
}

/** Kinds whose headings never head a hiring process. */
const NOT_PROCESS_HEADINGS: ReadonlySet<string> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "skills", "compensation", "diversity", "teams", "interview-process"]);

/**
 * Steps under a line that names the process where no section was made of it: a heading the splitter
 * gave no kind for its flourish, or a short paragraph inside another section ("Le Processus de
 * Recrutement (Rapide & Humain) 🔍" over four lines). The steps run to the next heading or line of another kind.
 */
export function stepsUnderProcessLines(ctx: Context, duration: (t: string) => number | null): Steps {
  for (const s of ctx.sections) {
    if (s.chrome) continue;
    if (s.heading && !NOT_PROCESS_HEADINGS.has(s.kind) && processHeading(s.heading.text)) {
      const found = blocksToSteps(ctx, following(s.blocks, -1), duration, true);
      if (found.items.length) return found;
    }
    // (inside a list of duties a line may be a group of it, "Projekt- & Prozessunterstützung": the items
    // under it must then read as steps, which strict asks)
    for (let i = 0; i < s.blocks.length; i++) {
      const b = s.blocks[i];
      if (b.type === "item" || b.text.length > HEADING_LINE_MAX || !processHeading(b.text.replace(COLON_END_RE, ""))) continue;
      const found = blocksToSteps(ctx, following(s.blocks, i), duration, true);
      if (found.items.length) return found;
    }
  }
  return NONE;
}

/** The blocks after index `at` up to the next heading, a short line of another kind, or a long text after the first. */
function following(blocks: readonly Block[], at: number): Block[] {
  const out: Block[] = [];
  for (let i = at + 1; i < blocks.length && out.length < STEPS_MAX * 3; i++) {
    const b = blocks[i];
    if (b.type === "heading") break;
    // (a card's name after its number, "3." / "Application Review", heads nothing)
    const numbered = i > 0 && STEP_BARE_NUMBER_RE.test(blocks[i - 1].text.trim());
    if (b.type === "paragraph" && !numbered && b.text.length <= HEADING_LINE_MAX && !DIGIT_START_RE.test(b.text)) {
      const cls = classifySectionHeading(b.text.replace(COLON_END_RE, "")).cls;
      if (cls && cls.kind !== "interview-process") break;
    }
    if (out.length > 0 && b.type === "paragraph" && b.text.length > 400) break;
    out.push(b);
  }
  return out;
}
