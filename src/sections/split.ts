import type { ChromeKind } from "../lexicon/index.js";
import { HEADING_NEGATIONS } from "../lexicon/terms.js";
import type { SectionKind } from "../schema.js";
import { CARD_PHONE_RE, COLON_END_RE, DIGIT_RE, GLUED_LINES_RE, LOC_ADDRESS_PART_RE, LOC_NAMED_STREET_RE, FIRST_SENTENCE_END_RE, KEY_VALUE_RE, LETTER_OR_DIGIT_RE, LETTER_RE, NON_LETTER_APOSTROPHE_SPLIT_RE, PLUS_ITEM_RE, SENTENCE_END_RE, UPPER_LETTER_RE } from "../patterns.js";
import type { Block } from "../tree/blocks.js";
import { delimitedList } from "../tree/tails.js";
import { classifySectionHeading, exactHeading, headingCore, headingScores, itemKind, itemScores, lastSentence, leadInKind, listKind, longHeadingKind, segmentList } from "./classify.js";
import { chromeByShape } from "./chrome-shapes.js";
import { menuLine } from "../detectors/header-lines.js";
import { hasLegalForm } from "../detectors/company-evidence.js";
import { chromeLine, classifyLeadIn, labelField, type HeadingClass } from "./phrases.js";
import { factRunAt, knownFact } from "./labels.js";

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
  /** kinds the heading's words point to equally ("Skills & Requirements"), for the items to settle */
  tied?: SectionKind[];
}

// The label and value lines of facts tables and label runs: no list's lines to vote on.
const PAIR_LINES = new WeakSet<Block>();

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
  // a question item's nested answers ("What's the interview process like?" › "First, a call…"): the section to go back to after them
  // (after a lead-in line's nested items, "Considerable knowledge of:" › …, its list goes on as it was)
  let nested: { depth: number; resume: SectionInfo; lead: boolean } | null = null;
  // a lead-in closing a paragraph of prose ("… We are thrilled about the benefits below:") interrupts its
  // section: after the list and the prose that follows it, that section goes on
  let interrupted: { lead: SectionInfo; resume: SectionInfo } | null = null;
  for (let bi = 0; bi < blocks.length; bi++) {
    let b = blocks[bi];
    // "Requisitos" among the lines of a plain-text list, "Bonus points for experience in:" among bullets:
    // a heading that lost its mark, not one more item
    if (b.type === "item" && !nested && !current.chrome && itemHeading(blocks, bi, current)) b = { ...b, type: "heading", depth: 3, pseudo: true };
    if (interrupted && current === interrupted.lead && b.type !== "item" && current.blocks.some((x) => x.type === "item")) {
      current = { ...interrupted.resume, heading: null, blocks: [] };
      sections.push(current);
      interrupted = null;
    }
    if (nested?.lead && (b.type !== "item" || b.depth <= nested.depth)) {
      current = nested.resume;
      nested = null;
    }
    if (nested && (b.type !== "item" || b.depth <= nested.depth)) {
      current = { ...nested.resume, heading: null, blocks: [], known: false };
      sections.push(current);
      nested = null;
    }
    const nextItem = blocks[bi + 1];
    if (!nested && b.type === "item" && b.text.endsWith("?") && nextItem?.type === "item" && nextItem.depth > b.depth && !current.chrome) {
      const kind = classifySectionHeading(b.text).cls?.kind;
      if (kind && NESTED_KINDS.has(kind)) {
        nested = { depth: b.depth, resume: current, lead: false };
        current = { heading: { ...b, type: "heading", pseudo: true }, kind, chrome: null, blocks: [], known: true };
        sections.push(current);
        continue;
      }
    }
    // "Considerable knowledge of:" over its nested lines, "Bonus points for experience in:" over the lines after
    // it: a list line leading into the lines under it heads them, it is no item of its own. Where its last
    // words (or its lines) name another list kind, the lines are of that kind; nested, the list goes on after them.
    // (not where a list after prose ends a lead-in's list: see afterProse below)
    const proseBefore = current.heading?.type === "paragraph" && afterProse(current, b);
    const lead = !nested && b.type === "item" && !current.chrome && !proseBefore ? itemLeadIn(blocks, bi, current) : null;
    if (lead) {
      const heading: Block = { ...b, type: "heading", pseudo: true };
      if (lead.kind && lead.nested) {
        nested = { depth: b.depth, resume: current, lead: true };
        current = { heading, kind: lead.kind, chrome: null, blocks: [], known: true };
        sections.push(current);
      } else if (lead.kind) {
        current = { heading, kind: lead.kind, chrome: null, blocks: [], known: true };
        sections.push(current);
      } else current.blocks.push(heading);
      continue;
    }
    const lineChrome = chromeLine(b.text);
    // "In this role, you will:" before a list opens that section, as a heading would
    let leadIn = b.type !== "item" && b.text.endsWith(":") && b.text.length <= 200 ? classifyLeadIn(b.text.slice(0, -1)) : null;
    // "…, vos principales missions seront les suivantes :" over a list: the last clause's stems name it
    // (a heading that already named its list, still without items, keeps it: "Nice to have" over "the following will distinguish you:")
    // (under a bare number — a screening question — "Describe your experience in the following:" asks, it names no list)
    // (a list written as paragraphs, one a line, has lines already: "Who You Are" › its lines › "We have a rewarding working place that provides a:")
    const namedAbove = (current.known && GROUPING.has(current.kind) && noLinesYet(current.blocks)) || (current.heading !== null && !LETTER_RE.test(headingCore(current.heading.text)));
    // (at the top of the page, "Data Engineer (m/w/d) at Acme. Responsibilities:" is the header's line: it stays whole there)
    const headerLine = !sections.some((x) => x.known && !x.chrome) && FIRST_SENTENCE_END_RE.test(b.text);
    // (under a list's heading, a lead-in whose words name a prose kind is that list's introduction: "What would make you a fit for the role:")
    if (leadIn?.kind && current.known && GROUPING.has(current.kind) && current.blocks.length === 0 && current.heading !== null && !GROUPING.has(leadIn.kind)) leadIn = null;
    if (!leadIn && !namedAbove && !headerLine && b.type === "paragraph" && COLON_END_RE.test(b.text) && lastSentence(b.text).length <= LEAD_IN_LEN && blocks[bi + 1]?.type === "item") {
      const kind = leadInKind(b.text, listAfter(blocks, bi + 1), oneList(blocks, bi + 1));
      if (kind) leadIn = { kind };
    }
    // "What we offer" › its perks › prose › "Type / Role:" › links to the board's categories: a label line over
    // a list of links, after the list and its prose, is the board's taxonomy, no more of the list
    if (!leadIn && b.type === "paragraph" && !current.chrome && current.known && GROUPING.has(current.kind) && current.blocks[current.blocks.length - 1]?.type === "paragraph" && current.blocks.some((x) => x.type === "item") && labelLine(b.text) && linkList(blocks, bi + 1)) {
      current = { heading: { ...b, type: "heading", pseudo: true, depth: 3 }, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
      continue;
    }
    // a plain "Nice to haves" paragraph right above a list is a heading that lost its markup
    // (a question asks for its list as well, "¿Qué buscamos?", "What will you do?", unless the items
    // under it say they are another kind: then it was a sentence of the prose)
    const question = b.text.endsWith("?");
    // (a question stands as a heading over prose as well: "Wat ga je doen?" ⏎ "Je rijdt dagritten…; …")
    // (over a list written on one line as well, "Wat vragen wij?" ⏎ "Rijbewijs CE; tachograafkaart; …";
    // a question among questions is an FAQ's or a form's, and one inside chrome stays there)
    const next = blocks[bi + 1];
    const lineList = question && !current.chrome && next?.type === "paragraph" && !blocks[bi - 1]?.text.endsWith("?") && delimitedList(next.text, Infinity) !== null;
    // (a heading the lexicon knows whole, "What you'll do", over lines written as paragraphs, or over a lead-in:
    // "Qualifications" ⏎ "What would make you a fit for the role:" ⏎ the lines)
    const overLines = next?.type === "paragraph" && blocks[bi + 2] !== undefined && exactHeading(b.text) && !perkAmongPerks(b, blocks[bi - 1], current);
    const under = next?.type === "item" || lineList || overLines;
    if (!leadIn && b.type === "paragraph" && b.text.length <= 50 && (!SENTENCE_END_RE.test(b.text) || question) && under) {
      const c = classifySectionHeading(b.text).cls;
      const items = question && c?.kind ? listKind(listAfter(blocks, bi + 1)) : null;
      // ("What skills do I need?" over sentences of musts: a skills heading whose items are requirements, settled below)
      if (c?.kind && (items === null || items === c.kind || (c.kind === "skills" && items === "requirements"))) leadIn = c;
    }
    // "Department" above "Finance", "Location:" above "Berlin": a field and its value, not a section
    const inList = current.known && GROUPING.has(current.kind);
    let pairs = b.type !== "item" || current.known ? labelRun(blocks, bi, inList) : 0;
    // ("Detalle de la oferta" ⏎ "Cargo" ⏎ "Analista de cartera" ⏎ …: the short line over a facts table is its title, no more of the list above)
    const titled = pairs === 0 && b.type !== "heading" && inList && current.blocks.some((x) => x.type === "item") && factsTitle(b) ? tablePairs(blocks, bi + 1, true) : 0;
    if (titled > 0) {
      current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
      current.blocks.push({ ...b, type: "paragraph", depth: 0 });
      bi++;
      pairs = titled;
    }
    if (pairs > 0 && !current.chrome) {
      if (!LABEL_HOME.has(current.kind)) {
        current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
        sections.push(current);
      }
      for (let k = bi; k < bi + pairs * 2; k++) {
        const line = blocks[k].type === "heading" ? { ...blocks[k], type: "paragraph" as const, depth: 0 } : blocks[k];
        PAIR_LINES.add(line);
        current.blocks.push(line);
      }
      bi += pairs * 2 - 1;
      // ("Idiomas requeridos" ⏎ "Inglés" ⏎ "Conocimientos necesarios" ⏎ "Windows 11" ⏎ "ITIL": a skills label after the table heads its list)
      const label = blocks[bi + 1];
      if (label && label.type !== "heading" && blocks[bi + 2]?.type === "item" && labelField(label.text.replace(COLON_END_RE, "")) === "skills") {
        current = { heading: { ...label, type: "heading", pseudo: true }, kind: "skills", chrome: null, blocks: [], known: true };
        sections.push(current);
        bi++;
      }
      continue;
    }
    if (b.type === "heading" || leadIn) {
      // a bare line inside a list ("Strong experience with Go") is a heading only when its words mostly name a kind
      const lastBlock: Block | undefined = current.blocks[current.blocks.length - 1];
      // (after prose, "O que é necessário para a posição?" opens the next section: it is in no list; after a
      // short bare line, one of a list's lines that lost their bullets, it is)
      const inList: boolean = b.pseudo && current.known && GROUPING.has(current.kind) && lastBlock !== undefined && (lastBlock.type === "item" || (lastBlock.type === "paragraph" && lastBlock.text.length <= LIST_LINE_LEN));
      const byWords: ReturnType<typeof classifySectionHeading> | null = b.type === "heading" ? classifySectionHeading(b.text, inList ? { cover: 0.5 } : {}) : null;
      const long: SectionKind | null = b.type === "heading" && !byWords?.cls ? longHeadingKind(b.text) : null;
      let cls: HeadingClass | null = b.type === "heading" ? byWords?.cls ?? (long ? { kind: long } : b.text.split(" ").length >= 3 ? listTail(b.text, inList) : null) : leadIn;
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
      // ("Pulled from the full job description", "Insights sur le profil": a board's line whose words only
      // suggest a kind is the board's; a heading the lexicon knows whole keeps its kind)
      if (lineChrome && (!cls || cls.kind === "how-to-apply" || !exactHeading(b.text))) {
        chromeBlocks.push({ block: b, kind: lineChrome });
        continue;
      }
      // "Who You Are" › "Core Experience": a deeper heading of the same kind is a group inside the section
      if (cls?.kind && cls.kind === current.kind && current.known && !current.chrome && GROUPING.has(current.kind) && current.heading && b.depth > current.heading.depth) {
        current.blocks.push(b);
        continue;
      }
      if (cls?.kind) {
        const resume: SectionInfo = current;
        current = { heading: b, kind: cls.kind, chrome: null, blocks: [], known: true, tied: byWords?.tied };
        sections.push(current);
        interrupted = leadIn && b.type === "paragraph" && b.text.length > LEAD_IN_LEN && resume.known && !resume.chrome && resume.kind !== cls.kind ? { lead: current, resume } : null;
        continue;
      }
      // "401(k) with a 4% match" standing alone between perks: one more line of the list, not a heading
      const prevBlock = current.blocks[current.blocks.length - 1];
      if (!cls && b.pseudo && !current.chrome && current.known && GROUPING.has(current.kind) && prevBlock && prevBlock.type !== "heading" && prevBlock.text.length <= 200) {
        current.blocks.push({ ...b, type: "paragraph", depth: 0 });
        continue;
      }
      // "Benefits" then "France" then the perks: a short unknown heading right under a list's heading groups its list
      if (!cls && !current.chrome && current.known && GROUPING.has(current.kind) && current.blocks.length === 0 && current.heading?.type === "heading" && b.text.split(" ").length <= GROUP_WORDS && blocks[bi + 1] && blocks[bi + 1].type !== "heading") {
        current.blocks.push(b);
        continue;
      }
      if (current.chrome && STICKY_CHROME.has(current.chrome)) {
        current.blocks.push(b);
        continue;
      }
      const deeper = current.heading !== null && (b.depth > current.heading.depth || (b.pseudo && !current.heading.pseudo && b.depth >= 3));
      // a heading of the same kind of mark and level as the section's own ends it ("**Harold Liu**" after "**Extras:**")
      const peer = current.heading !== null && b.depth === current.heading.depth && b.pseudo === current.heading.pseudo && b.strong === current.heading.strong && !b.text.endsWith(":");
      if (!current.chrome && current.known && GROUPING.has(current.kind) && !peer && (deeper || b.text.endsWith(":") || b.depth >= 3)) {
        current.blocks.push(b);
        continue;
      }
      current = { heading: b, kind: "other", chrome: null, blocks: [], known: false, tied: byWords?.tied };
      sections.push(current);
      continue;
    }
    if (lineChrome && !current.chrome) {
      chromeBlocks.push({ block: b, kind: lineChrome });
      continue;
    }
    // "Requisitos" › its list, then a blank and "Nível: Senior. / CLT / Vaga Urgente": a run of badges is no more of the list;
    // nor is a contact card ("Jane Doe / HR Partner / +49 30 1234 567") at the end of a section
    if (b.type === "item" && current.known && GROUPING.has(current.kind) && (badgeRun(blocks, bi, current) || contactCard(blocks, bi))) {
      current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
    }
    // "Diferenciais" › its items, then "Regime de contratação: CLT / Jornada: Integral / Local de trabalho: Mooca":
    // a run of facts rows is the page's facts, no more of the list
    if (current.known && GROUPING.has(current.kind) && current.blocks.some((x) => x.type === "item") && !knownFact(current.blocks[current.blocks.length - 1]) && factRunAt(blocks, bi) > 0) {
      current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
    }
    // "Candidatar-me / Guardar oferta / Partilhar" ⏎ the employer's first paragraph: a row of buttons read as a
    // share or menu heading holds no prose (the paragraph is the posting's, not the buttons')
    if (current.chrome && BUTTON_CHROME.has(current.chrome) && b.type === "paragraph" && b.text.length >= PROSE_LINE_MIN && SENTENCE_END_RE.test(b.text)) {
      current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
    }
    // a list opened by a lead-in line ("Extras desired:") ends where prose follows it: a later list
    // (a signature, a note's bullets) is not more of it
    if (b.type === "item" && current.known && current.heading?.type === "paragraph" && GROUPING.has(current.kind) && afterProse(current, b)) {
      current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
    }
    current.blocks.push(b);
  }
  // buttons, site sentences, cross-links, counters and screening questions, by shape (chrome-shapes.ts)
  const kept = chromeByShape(sections.filter((s) => s.heading !== null || s.blocks.length > 0), chromeBlocks);
  inheritEmptyHeadings(kept);
  const voted = splitAtGroupLines(voteByItems(kept));
  mustsBeforePluses(voted);
  return { sections: voted, chromeBlocks };
}

/**
 * Whether a section has no lines of a list yet: no item, and fewer than two paragraphs (a list written as
 * paragraphs has lines already). One pass that stops at the first item or the second paragraph.
 */
function noLinesYet(blocks: readonly Block[]): boolean {
  let paragraphs = 0;
  for (const x of blocks) if (x.type === "item" || (x.type === "paragraph" && ++paragraphs >= 2)) return false;
  return true;
}

/**
 * Whether a line the lexicon also knows as a heading that names no list ("Visa sponsorship") is one more
 * line of the list it stands in: opened by an icon, as the line before it is ("🌎 Visa sponsorship" after "🍼 Parental leave").
 */
function perkAmongPerks(b: Block, prev: Block | undefined, current: SectionInfo): boolean {
  const icon = (t: string): boolean => t.length > 0 && !LETTER_OR_DIGIT_RE.test(t[0]);
  return current.known && GROUPING.has(current.kind) && prev?.type === "paragraph" && icon(b.text) && icon(prev.text) && classifySectionHeading(b.text).cls?.kind === "other";
}

// Most words of a list line that reads as a name or a perk ("Pension", "Private health cover").
const SHORT_LINE_WORDS = 3;
// Longest bare line read as one of a list's lines that lost their bullets.
const LIST_LINE_LEN = 120;
// Lists of names, where a word a heading would use is one more name.
const NAME_LISTS: ReadonlySet<SectionKind> = new Set(["skills", "tags"]);
// Most words of an unknown heading that groups the list of the heading right above it ("France", "Core team").
const GROUP_WORDS = 3;
// Most words and characters a list item read as a heading may have.
const ITEM_HEADING_WORDS = 6;
const ITEM_HEADING_LEN = 60;

/**
 * Whether the list item blocks[i] is a heading that lost its mark: a short line the lexicon names as
 * another section kind ("Requisitos", "Key Responsibilities", "Bonus points for experience in:"),
 * that does not itself read as an item of a kind other than the one it names ("Competitive salary"
 * is a perk, not the pay section), with more of the posting under it.
 */
function itemHeading(blocks: readonly Block[], i: number, current: SectionInfo): boolean {
  const b = blocks[i];
  const next = blocks[i + 1];
  if (!next || next.type === "heading") return false;
  const colon = COLON_END_RE.test(b.text);
  const text = b.text.replace(COLON_END_RE, "").trim();
  // a label and its value ("Salary: $52,000"), a figure ("2+ years of experience"): an item's facts, never a heading
  if (DIGIT_RE.test(headingCore(text)) || text.includes(":")) return false;
  // the whole line a lexicon heading, or a line leading into what follows ("Bonus points for experience in:"
  // "Wat vragen wij?"; a question among questions is one of a form's, no heading, and one over answers
  // nested under it is an FAQ's, read below)
  const question = text.endsWith("?") && !blocks[i - 1]?.text.endsWith("?") && !next.text.endsWith("?") && !(next.type === "item" && next.depth > b.depth);
  if (!colon && !question && !exactHeading(text)) return false;
  // "Pay" over "$19.50 an hour": a field's name over its value is a label, read as such further on
  if (labelField(text)) return false;
  // a menu ("About us / Our story / Benefits / Apply"): links, or section names one after another
  if (b.links.length > 0 || (next.type === "item" && exactHeading(next.text)) || (blocks[i - 1]?.type === "item" && exactHeading(blocks[i - 1].text))) return false;
  // in a list of names ("Accessibility" among "Figma / Storybook"), a name is one more of them; among
  // short lines ("Pension / Bonus / Health cover") a heading word is one more line, unless the list opens with it:
  // a heading stands out from the sentences above it ("…trabajos similares." then "Requisitos")
  const prev = blocks[i - 1];
  const sameList = prev?.type === "item" && prev.list === b.list;
  if (!colon && (NAME_LISTS.has(current.kind) || (sameList && prev.text.split(" ").length <= SHORT_LINE_WORDS && !SENTENCE_END_RE.test(prev.text)))) return false;
  if (text.length === 0 || text.length > ITEM_HEADING_LEN || (SENTENCE_END_RE.test(text) && !question) || text.split(" ").length > ITEM_HEADING_WORDS) return false;
  const cls = classifySectionHeading(text, { cover: 0.5 }).cls;
  if (!cls?.kind || cls.chrome || cls.kind === current.kind) return false;
  const own = itemKind(text);
  if (own !== null && own !== "skills" && own !== cls.kind) return false;
  return true;
}

// Kinds a list line leading into the lines under it may give them.
const ITEM_LEAD_KINDS: ReadonlySet<SectionKind> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "skills"]);

/**
 * Whether the list item blocks[i], ending in a colon, leads into the items under it (nested deeper, or
 * following it in its list) inside a list section: then the kind its last clause and those items name
 * (null: the section's own), and whether they are nested. A field's label ("Salary:" over "$52,000")
 * and a line that already holds a label and its value are no lead-ins.
 */
function itemLeadIn(blocks: readonly Block[], i: number, current: SectionInfo): { kind: SectionKind | null; nested: boolean } | null {
  const b = blocks[i];
  const next = blocks[i + 1];
  if (!COLON_END_RE.test(b.text) || b.text.length > LEAD_IN_LEN || next?.type !== "item") return null;
  if (!current.known || !GROUPING.has(current.kind)) return null;
  const nestedUnder = next.depth > b.depth;
  // (a list of its own of one line, right over another list, heads it too: "- Translation:" ⏎ ⏎ "- Translate …")
  const prev = blocks[i - 1];
  const alone = !(prev?.type === "item" && prev.list === b.list);
  if (!nestedUnder && next.depth !== b.depth) return null;
  if (!nestedUnder && next.list !== b.list && !alone) return null;
  const text = b.text.replace(COLON_END_RE, "").trim();
  if (text.length === 0 || text.includes(":") || labelField(text) || factRunAt(blocks, i) > 0 || labelRun(blocks, i) > 0) return null;
  // ("Having experience with the following is desired, but not required:" over tools: pluses)
  // (only its own closing words name another kind: the lines alone do not overrule the section's heading)
  const named = current.kind === "requirements" && PLUS_ITEM_RE.test(text) ? "nice-to-have" : classifyLeadIn(text)?.kind;
  const kind = named && named !== current.kind && ITEM_LEAD_KINDS.has(named) ? named : null;
  // (a line over the lines after it heads them whether or not it names them: "Considerable knowledge of:",
  // "Suporte ao Sistema Web:"; what it names, "Some of our benefits:", is its section's own kind)
  // (one that names nothing, or stands in a list of its own, only as one short phrase: two lines a scraper
  // glued together, "Caching (e.g. Redis)Familiarity with the following would be a bonus:", are two items)
  if (!nestedUnder && (!named || next.list !== b.list) && (text.split(" ").length > LEAD_PHRASE_WORDS || GLUED_LINES_RE.test(text))) return null;
  return { kind, nested: nestedUnder };
}

/**
 * The kind a heading's closing words name ("…, here is what you can expect from us"); inside a list, words
 * that name no kind do not end it ("Flexible working hours" is one more perk, not the "working hours" section).
 */
function listTail(text: string, inList: boolean): HeadingClass | null {
  const cls = classifyLeadIn(text);
  return inList && cls?.kind === "other" ? null : cls;
}

/**
 * "What you'll ideally have on your first day" then "Things that'll give you a head start": two lists of
 * pluses and no requirements. The first, whose heading only leans to "ideal", holds the musts.
 */
function mustsBeforePluses(sections: SectionInfo[]): void {
  const listed = (s: SectionInfo) => !s.chrome && s.blocks.some((b) => b.type === "item");
  if (sections.some((s) => s.kind === "requirements" && listed(s))) return;
  const pluses = sections.filter((s) => s.kind === "nice-to-have" && listed(s));
  const first = pluses[0];
  if (pluses.length < 2 || !first.heading || exactHeading(first.heading.text)) return;
  first.kind = "requirements";
  // its own "Good to have" group stays a list of pluses
  const at = innerPluses(first);
  if (at < first.blocks.length) {
    sections.splice(sections.indexOf(first) + 1, 0, { heading: first.blocks[at], kind: "nice-to-have", chrome: null, blocks: first.blocks.slice(at + 1), known: true });
    first.blocks = first.blocks.slice(0, at);
  }
}

/** Where a group heading of pluses ("Good to have") stands inside a section's blocks, or the blocks' length. */
function innerPluses(s: SectionInfo): number {
  const at = s.blocks.findIndex((b) => b.type === "heading" && classifySectionHeading(b.text).cls?.kind === "nice-to-have");
  return at < 0 ? s.blocks.length : at;
}

/** The texts of the list that opens at blocks[i] (its top-level items, at most 30). */
/** Whether the run of items from blocks[i] is one list (plain-text lines of another run do not follow it). */
function oneList(blocks: readonly Block[], i: number): boolean {
  for (let k = i; k < blocks.length && blocks[k].type === "item"; k++) if (blocks[k].list !== blocks[i].list) return false;
  return true;
}

// Most words of a label line ("Type / Role:", "Subject Area(s):").
const LABEL_LINE_WORDS = 4;

/** A label line: a few capitalised words and a colon, no sentence ("Type / Role:", "Categories:"). */
function labelLine(text: string): boolean {
  if (!COLON_END_RE.test(text)) return false;
  const words = text.replace(COLON_END_RE, "").split(" ").filter((w) => LETTER_RE.test(w));
  return words.length > 0 && words.length <= LABEL_LINE_WORDS && words.every((w) => UPPER_LETTER_RE.test(w[0]));
}

/** The items from blocks[i] are a list of links, each item one link and nothing else ("[Geography](…/categories/geography)"). */
function linkList(blocks: readonly Block[], i: number): boolean {
  let n = 0;
  for (let k = i; k < blocks.length && blocks[k].type === "item" && blocks[k].list === blocks[i].list; k++, n++) {
    const b = blocks[k];
    if (b.links.length !== 1 || b.links[0].text.trim() !== b.text.trim()) return false;
  }
  return n > 0;
}

function listAfter(blocks: readonly Block[], i: number): string[] {
  const out: string[] = [];
  const id = blocks[i].list;
  for (let k = i; k < blocks.length && out.length < 30 && blocks[k].type === "item"; k++) if (blocks[k].list === id) out.push(blocks[k].text);
  return out;
}

// Kinds a question item may give the answers nested under it (an FAQ's "What's the interview process like?").
const NESTED_KINDS: ReadonlySet<SectionKind> = new Set(["interview-process", "benefits", "requirements", "responsibilities"]);

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

/** Most badges a run may hold ("CLT", "Remoto", "Vaga Urgente"), and how long each may be. */
const BADGES_MAX = 5;
const BADGE_LEN = 40;

/**
 * Whether blocks[i] opens a second list right after the section's list that is a run of badges:
 * a few short lines, fewer than half read as the section's kind, one of them a "Label: value" fact or a word
 * or two alone ("Nível: Senior." / "CLT" / "Vaga Urgente").
 */
function badgeRun(blocks: readonly Block[], i: number, s: SectionInfo): boolean {
  const prev = s.blocks[s.blocks.length - 1];
  const b = blocks[i];
  if (!prev || prev.type !== "item" || prev.list === b.list || prev.depth !== b.depth) return false;
  const run: Block[] = [];
  for (let k = i; k < blocks.length && blocks[k].type === "item" && blocks[k].list === b.list; k++) run.push(blocks[k]);
  if (run.length > BADGES_MAX || s.blocks.filter((x) => x.type === "item").length < 3) return false;
  if (run.some((x) => x.text.length > BADGE_LEN) || run.filter((x) => itemKind(x.text) === s.kind).length * 2 >= run.length) return false;
  return run.some((x) => KEY_VALUE_RE.test(x.text) || x.text.split(" ").length <= 2);
}

/** Most lines a contact card holds, and how long each may be. */
const CARD_MAX = 6;
const CARD_LEN = 60;

/**
 * Whether blocks[i] opens a contact card: a new list of a few short lines, one a telephone number
 * or an e-mail address, the others a name or a role ("Maksat Munal / Personalverantwortlicher /
 * +49 (0)30 606 902 41").
 */
function contactCard(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i];
  if (blocks[i - 1]?.type === "item" && blocks[i - 1].list === b.list) return false;
  const run: Block[] = [];
  for (let k = i; k < blocks.length && blocks[k].type === "item" && blocks[k].list === b.list; k++) run.push(blocks[k]);
  if (run.length < 2 || run.length > CARD_MAX || run.some((x) => x.text.length > CARD_LEN)) return false;
  // ("Lundgaard & Sønner ApS" ⏎ "Gudrunsvej 44, 8260 Viby J" ⏎ "www.lundgaard.example.dk": an address and a site make a card as a phone does)
  const reach = (x: Block) => (phoneEnd(x.text) && CARD_PHONE_RE.test(x.text)) || (x.text.includes("@") && !x.text.includes(" @")) || siteLine(x.text);
  // ("Wawelsoft sp. z o.o." ⏎ "Software house · 120 pracowników · Kraków" ⏎ "Zobacz profil firmy": a firm's name and its row of facts)
  const firmRow = hasLegalForm(run[0].text) && run.slice(1).some((x) => x.text.split(CARD_ROW_SEPARATOR).length >= 3);
  // (a legal form's full stop ends no sentence: "… sp. z o.o.", "… S.A.")
  return (run.some(reach) || firmRow || (run.some((x) => addressLine(x.text)) && run.some((x) => siteLine(x.text)))) && (!SENTENCE_END_RE.test(run[0].text) || hasLegalForm(run[0].text));
}
// What stands between the facts of a company card's row.
const CARD_ROW_SEPARATOR = " · ";

/** Whether a line is only a web address: "www.lundgaard.example.dk", "https://acme.example.com/jobs". */
function siteLine(text: string): boolean {
  const t = text.trim();
  return !t.includes(" ") && (t.startsWith("www.") || t.startsWith("http://") || t.startsWith("https://"));
}

/** Whether a line opens with a street and its number: "Gudrunsvej 44, 8260 Viby J", "12 Mill Lane, Bristol". */
function addressLine(text: string): boolean {
  const first = text.split(",")[0].trim();
  return DIGIT_RE.test(first) && (LOC_ADDRESS_PART_RE.test(first) || LOC_NAMED_STREET_RE.test(first));
}

/** Whether a line ends, before its white space, in a digit or a bracket, as every CARD_PHONE_RE number does (perf: most lines do not, and the pattern is not run). */
function phoneEnd(text: string): boolean {
  const t = text.trimEnd();
  const c = t[t.length - 1];
  return c === ")" || (c >= "0" && c <= "9");
}

/** Whether the section already had its list, then prose, and `b` opens another list. */
function afterProse(s: SectionInfo, b: Block): boolean {
  const last = s.blocks[s.blocks.length - 1];
  if (!last || last.type !== "paragraph") return false;
  // the section's first list, found once (a scan per item would be quadratic on long runs)
  let first = FIRST_LIST.get(s);
  if (first === undefined) {
    first = s.blocks.find((x) => x.type === "item")?.list ?? -1;
    if (first !== -1) FIRST_LIST.set(s, first);
  }
  if (first !== -1) return first !== b.list;
  // (its lines written as paragraphs, "Why Work With Us?" ⏎ "Supportive leadership" ⏎ …, then prose: a list after it is another's)
  return last.text.length > LIST_LINE_LEN && s.blocks.filter((x) => x.type === "paragraph" && x.text.length <= LIST_LINE_LEN).length >= 2;
}

const FIRST_LIST = new WeakMap<SectionInfo, number>();

// Sections a field and its value may stand in without ending them (the top of the page, facts, prose).
const LABEL_HOME: ReadonlySet<SectionKind> = new Set(["overview", "other", "about-role", "about-company"]);

/**
 * How many label/value pairs run from blocks[i]: "Department⏎Finance⏎Employment type⏎Part-time".
 * A label is a short line the lexicon knows as a field name; its value the short line under it. A
 * lone pair counts when neither line is a list item (one perk that happens to be a field name,
 * "Remote", stays a perk); list items need two pairs in a row.
 */
function labelRun(blocks: readonly Block[], i: number, inList = false): number {
  let pairs = 0;
  let items = false;
  for (let k = i; k + 1 < blocks.length; k += 2) {
    const label = blocks[k];
    const value = blocks[k + 1];
    if (label.text.length > 40 || value.text.length > 80) break;
    if (!labelField(label.text.replace(COLON_END_RE, ""))) break;
    // a Markdown heading ("## Compensation") was written as a heading: only a bare line is a label
    if (label.type === "heading" && !label.pseudo) break;
    if (labelField(value.text.replace(COLON_END_RE, "")) || COLON_END_RE.test(value.text)) break;
    if (value.type === "heading" && (!value.pseudo || classifySectionHeading(value.text).cls)) break;
    // a page's contents ("Location" ⏎ "About the job" ⏎ "Benefits"): a line the lexicon knows whole as a heading is no value
    if (exactHeading(value.text.replace(COLON_END_RE, ""))) break;
    // "Conocimientos necesarios" over "Windows 11", "Active Directory", …: a heading over its list, not one value
    const more = blocks[k + 2];
    if (value.type === "item" && more?.type === "item" && more.list === value.list && !labelField(more.text.replace(COLON_END_RE, "")) && !proseLine(more)) break;
    if (label.type === "item" || value.type === "item") items = true;
    pairs++;
  }
  // (one pair that opens its own run of lines with prose under it is a card: "Entreprise" ⏎ "FONDERIES CHABROL-VIDAL" ⏎ "Fondée en 1923, …")
  const card = pairs === 1 && blocks[i - 1]?.list !== blocks[i].list && blocks[i + 2] !== undefined && proseLine(blocks[i + 2]);
  // (a facts table whose first label only is followed by an unknown one, "Cargo" ⏎ "Analista" ⏎ "Área" ⏎ …, is the table)
  const table = tablePairs(blocks, i, inList);
  if (table > pairs) return table;
  if (pairs === 1 && items && !card) return 0;
  // "Salary:" over a line and then a list: a heading whose section opens with a sentence
  if (pairs === 1 && blocks[i + 2]?.type === "item" && !card) return 0;
  return pairs;
}

// Most words of a facts table's title line ("Detalle de la oferta", "Job details").
const FACTS_TITLE_WORDS = 5;

/** A short line that may title a facts table: a few words, no sentence, no colon, no field's label, no button ("Show less"). */
function factsTitle(b: Block): boolean {
  const t = b.text.trim();
  return t.length > 0 && t.split(" ").length <= FACTS_TITLE_WORDS && !SENTENCE_END_RE.test(t) && !COLON_END_RE.test(t) && !labelField(t) && !chromeLine(t);
}

// Chrome a row of buttons or links makes, which never runs on into prose.
const BUTTON_CHROME: ReadonlySet<ChromeKind> = new Set(["share", "navigation"]);
// The fewest characters of a line of prose under a card's label and value.
const PROSE_LINE_MIN = 100;

/** Whether a block is a line of prose: long, and ending as a sentence ends. */
function proseLine(b: Block): boolean {
  return b.text.length >= PROSE_LINE_MIN && SENTENCE_END_RE.test(b.text);
}

// Fewest pairs of a facts table, and fewest labels in it a field reads.
const TABLE_MIN_PAIRS = 3;
const TABLE_MIN_KNOWN = 2;
// Most words of a label, and of a value, in a table whose labels are mostly unknown.
const TABLE_LABEL_WORDS = 5;
const TABLE_VALUE_WORDS = 4;
// Most words of the value under a first label no field reads, after a list.
const FIRST_VALUE_WORDS = 2;
// Most pairs read as one table.
const TABLE_MAX_PAIRS = 40;

/**
 * A facts table written as label and value lines whose labels the lexicon mostly does not know
 * ("Appointment type ⏎ Permanent ⏎ Work schedule ⏎ Full-time ⏎ Drug test ⏎ Yes ⏎ Control number ⏎
 * 871234500"): pairs of a short capitalised label and a short value, two of whose labels at least a
 * field reads, and a quarter of them, or every value of at most four words. The number of pairs, or 0.
 */
function tablePairs(blocks: readonly Block[], i: number, knownFirst = false): number {
  // (in a list's section, the table opens at a label a field reads, or one over a word or two: "Laptop allowance" ⏎
  // "Annual learning budget of ₱ 30,000" are perks, "Relocation expenses reimbursed" ⏎ "No" a fact)
  // (and a list's last line is no label of the line after it: "• Bottes fournies" ⏎ "Conditions")
  if (knownFirst && blocks[i + 1] && (blocks[i].list !== blocks[i + 1].list || (!labelField(blocks[i].text.replace(COLON_END_RE, "")) && blocks[i + 1].text.split(" ").length > FIRST_VALUE_WORDS))) return 0;
  let pairs = 0;
  let known = 0;
  let short = true;
  // (read from every block of a run of short lines: a bounded look keeps a long list linear)
  for (let k = i; k + 1 < blocks.length && pairs < TABLE_MAX_PAIRS; k += 2) {
    const label = blocks[k];
    const value = blocks[k + 1];
    const name = label.text.replace(COLON_END_RE, "");
    if (label.type === "heading" && !label.pseudo) break;
    if (name.length === 0 || name.length > 40 || !UPPER_LETTER_RE.test(name[0]) || SENTENCE_END_RE.test(name) || name.split(" ").length > TABLE_LABEL_WORDS) break;
    // (a question under a label is a form's: "Application Question(s):" ⏎ "Desired salary range?")
    if (name.includes(":") || value.text.length === 0 || value.text.length > 80 || COLON_END_RE.test(value.text) || value.text.endsWith("?") || labelField(value.text) || exactHeading(value.text)) break;
    if (value.type === "heading" && !value.pseudo) break;
    // ("Show more ⏎ Show less" above a table: buttons, no pair)
    if (chromeLine(name) || chromeLine(value.text)) break;
    // ("Salary ⏎ $23 an hour ⏎ Benefits ⏎ - Medical…": a section's heading ends the table)
    const field = labelField(name);
    if (!field && exactHeading(name)) break;
    // ("Conocimientos necesarios ⏎ Windows 11 ⏎ Active Directory": a list's label heads its list, one value a line)
    if (field === "skills" || field === "tags") break;
    if (field) known++;
    if (value.text.split(" ").length > TABLE_VALUE_WORDS) short = false;
    pairs++;
  }
  return pairs >= TABLE_MIN_PAIRS && known >= TABLE_MIN_KNOWN && (known * 4 >= pairs || short) ? pairs : 0;
}

/** A question's options: the section is headed by a bare number, or its list follows a line that asks. */
function answers(s: SectionInfo): boolean {
  if (s.heading && !LETTER_RE.test(headingCore(s.heading.text))) return true;
  const first = s.blocks.findIndex((b) => b.type === "item");
  const before = first > 0 ? s.blocks[first - 1] : null;
  if (before === null || before.type === "item" || !before.text.endsWith("?")) return false;
  // options are few and short ("Yes", "No", "1–3 years"); a question heading a real list ("What will you do?") is not
  const items = s.blocks.filter((b) => b.type === "item");
  return items.length <= 8 && items.every((b) => b.text.length <= 60);
}

// Kinds a short line inside another list's section may open when its own items read as that kind.
const GROUP_SPLIT_KINDS: ReadonlySet<SectionKind> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits"]);
// Most words and characters of such a line ("WHY RIDGEWAY?", "The good stuff:").
const GROUP_LINE_WORDS = 6;
const GROUP_LINE_LEN = 60;
// The items under it that must read as the other kind: at least three, and three in five of them.
const GROUP_MIN_ITEMS = 3;
const GROUP_SHARE = 0.6;

/** A short line that may name a group of items: no sentence's full stop, no "Label: value" fact. */
function groupLine(b: Block): boolean {
  if (b.type === "item" || b.text.length === 0 || b.text.length > GROUP_LINE_LEN) return false;
  const last = b.text[b.text.length - 1];
  if (last === "." || last === ";" || last === "," || last === "…") return false;
  return b.text.split(" ").length <= GROUP_LINE_WORDS && !KEY_VALUE_RE.test(b.text);
}

/**
 * "Bonus points if you have:" › its items, then "The good stuff:" or "WHY RIDGEWAY?" over pay, pension
 * and leave: a short line whose heading words name no kind ends the list above it when the items under
 * it read, three in five at least, as another list kind than the section's, and the items above do not.
 * The line heads a section of the kind its items give.
 */
function splitAtGroupLines(sections: SectionInfo[]): SectionInfo[] {
  const out: SectionInfo[] = [];
  const queue = sections.slice().reverse();
  while (queue.length > 0) {
    const s = queue.pop() as SectionInfo;
    out.push(s);
    if (s.chrome || !GROUPING.has(s.kind)) continue;
    const blocks = s.blocks;
    const cut = newListOfAnotherKind(s);
    if (cut !== null) {
      s.blocks = blocks.slice(0, cut.at);
      queue.push({ heading: null, kind: cut.kind, chrome: null, blocks: blocks.slice(cut.at), known: false });
      continue;
    }
    for (let j = 1; j + 2 < blocks.length + 1; j++) {
      const line = blocks[j];
      if (!groupLine(line) || blocks[j - 1].type !== "item" || blocks[j + 1]?.type !== "item") continue;
      const after: string[] = [];
      for (let k = j + 1; k < blocks.length && blocks[k].type === "item"; k++) after.push(blocks[k].text);
      const kind = after.length >= GROUP_MIN_ITEMS ? listKind(after, GROUP_SHARE) : null;
      if (!kind || kind === s.kind || !GROUP_SPLIT_KINDS.has(kind)) continue;
      // a line that names its own kind or reads as the section's ("Ability to" over tasks it leads into) groups, it does not end
      const named = classifySectionHeading(line.text.replace(COLON_END_RE, "")).cls;
      if ((named && named.kind !== kind) || itemScores(line.text).has(s.kind)) continue;
      const before = blocks.slice(0, j).filter((b) => b.type === "item").map((b) => b.text);
      if (listKind(before, 0.5) === kind) continue;
      const heading: Block = line.type === "heading" ? line : { ...line, type: "heading", depth: 3, pseudo: true };
      s.blocks = blocks.slice(0, j);
      queue.push({ heading, kind, chrome: null, blocks: blocks.slice(j + 1), known: false });
      break;
    }
  }
  return out;
}

/**
 * A section's second list, after prose, whose items read as another kind than the section's and than
 * its first list: a benefits tab pasted under the requirements ("…offers a competitive benefit
 * program. ⏎ Medical ⏎ Dental ⏎ Vision…"), musts listed after the duties with only a sentence between.
 * Where it starts (its lead-in sentence with it) and the kind it opens, or null.
 */
function newListOfAnotherKind(s: SectionInfo): { at: number; kind: SectionKind } | null {
  const blocks = s.blocks;
  // (the items above are gathered as the walk goes, and each run is read once: linear in the section)
  const before: string[] = [];
  for (let j = 0; j < blocks.length; j++) {
    const b = blocks[j];
    const prev = blocks[j - 1];
    if (b.type !== "item") continue;
    if (!prev || (prev.type === "item" && prev.list === b.list) || before.length === 0) {
      before.push(b.text);
      continue;
    }
    const run: string[] = [];
    let k = j;
    for (; k < blocks.length && blocks[k].type === "item" && blocks[k].list === b.list; k++) run.push(knownFact(blocks[k]) ? "" : blocks[k].text);
    const kind = run.length >= GROUP_MIN_ITEMS ? listKind(run, GROUP_SHARE) : null;
    // a line that reads as the section's kind ("Ability to:" over the tasks it leads into) keeps the
    // list in the section; any other line leads into the new list
    const keeps = () => {
      if (prev.type === "item") return false;
      const named = classifySectionHeading(prev.text.replace(COLON_END_RE, "")).cls;
      return named?.kind === s.kind || itemScores(prev.text).has(s.kind);
    };
    if (kind && kind !== s.kind && GROUP_SPLIT_KINDS.has(kind) && listKind(before, 0.5) !== kind && !keeps()) return { at: prev.type === "item" ? j : j - 1, kind };
    for (let m = j; m < k; m++) before.push(blocks[m].text);
    j = k - 1;
  }
  return null;
}

// Kinds whose list the items may settle: a heading that says no list kind, or only a vague one.
const ITEMS_SETTLE: ReadonlySet<SectionKind> = new Set(["other", "about-role"]);
// Kinds a heading may be given by a word any sentence holds ("recruit", "process", "apply", "contact"): unless the
// lexicon knows the heading whole, a clear majority of its items (this share) reads it as another list.
const COMMON_STEM_KINDS: ReadonlySet<SectionKind> = new Set(["interview-process", "how-to-apply"]);
const ITEMS_OVER_STEM_SHARE = 0.5;
// The lists a clear majority may make of them (short names make no skills here: addresses, menus).
const ITEMS_OVER_STEM: ReadonlySet<SectionKind> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits"]);

/** Whether a heading holds a negation: "Please do NOT apply if:". */
function negated(text: string): boolean {
  return text.toLowerCase().split(NON_LETTER_APOSTROPHE_SPLIT_RE).some((w) => HEADING_NEGATIONS.has(w));
}

/** Whether a heading of musts also says skills ("Required skills", "Skills needed"): its items may be names of skills. */
function skillsWord(s: SectionInfo): boolean {
  return s.kind === "requirements" && !s.chrome && s.heading !== null && (headingScores(s.heading.text).get("skills") ?? 0) > 0;
}

/** Whether a section's kind came from a common word of its heading, not from a phrase the lexicon knows whole. */
function byCommonStem(s: SectionInfo): boolean {
  if (s.chrome || s.heading === null || exactHeading(s.heading.text.replace(COLON_END_RE, "").trim())) return false;
  // ("Our commitment to you:" over perks: a prose kind named only by a phrase inside the heading, a half vote)
  return COMMON_STEM_KINDS.has(s.kind) || (PROSE_KINDS.has(s.kind) && (headingScores(s.heading.text).get(s.kind) ?? 0) < 1);
}
// Kinds of prose sections, which a phrase inside a heading may name without its list being prose.
const PROSE_KINDS: ReadonlySet<SectionKind> = new Set(["diversity", "about-company"]);
// What a vague heading's list may turn out to be ("What awaits you" over perks); its duties stay about the role.
const FROM_VAGUE: ReadonlySet<SectionKind> = new Set(["requirements", "nice-to-have", "benefits", "interview-process"]);

/**
 * The items' vote: a list with no heading, or under a heading that names no list kind, takes the
 * kind most of its items read as; a heading whose words point two ways takes the one its items
 * confirm; a headingless list whose items change kind part-way is cut into one section per run.
 * A heading that plainly names another kind (About us, a chrome block) keeps its list as it is.
 */
function voteByItems(sections: SectionInfo[]): SectionInfo[] {
  const out: SectionInfo[] = [];
  for (const s of sections) {
    // a heading whose words point two ways ("Skills & Requirements") lets its items choose between them
    const settles = ITEMS_SETTLE.has(s.kind) || s.kind === "skills" || (s.tied?.length ?? 0) > 0 || byCommonStem(s) || skillsWord(s);
    // (a facts table's lines, "Idiomas requeridos" ⏎ "Inglés - Nivel Intermedio", are no list's)
    const items = s.chrome || !settles ? [] : s.blocks.filter((b) => b.type === "item" && !PAIR_LINES.has(b));
    if (items.length < 2) {
      out.push(s);
      continue;
    }
    // "01" then "Do you have a driver's licence?" then "Yes / No": answers to a screening question, not a list of a kind
    // ("Kiwi Health Jobs" ⏎ "New Zealand's health job board" ⏎ "Home | Search Jobs | Employers": a site's header, with its menu row)
    if (answers(s) || (!s.heading && items.some((b) => menuLine(b.text)))) {
      out.push(s);
      continue;
    }
    // a "Job type: Full-time" fact among the items is no vote for a kind (it still counts among them)
    const texts = items.map((b) => (knownFact(b) ? "" : b.text));
    // with no heading at all, the items alone must carry the list: more than half of them
    const kind = listKind(texts, s.heading ? 1 / 3 : 0.51);
    if (s.kind === "about-role") {
      if (kind && FROM_VAGUE.has(kind)) s.kind = kind;
      out.push(s);
      continue;
    }
    // "We are looking to recruit a Candidate:" over degrees and years: a stem any sentence may hold named a
    // process or an application; a clear majority of the items says which list it is
    // (not where some items still read as the heading says: "Phone screening: November 16th" above the duties;
    // nor under a negated heading: "Please do NOT apply if:" over "You are a recruiting agency")
    // (a list whose items change kind part-way, duties then musts under one such heading, is cut into its runs)
    if (byCommonStem(s)) {
      const own = texts.filter((t) => itemKind(t) === s.kind).length;
      if (own < 2 && !negated(s.heading!.text)) {
        const runs = segmentList(texts);
        if (runs && runs.every((k) => k === null || ITEMS_OVER_STEM.has(k))) {
          // (an item no run holds stays with the run before it, or the first run after it: the list is all lists)
          const first = runs.find((k) => k !== null) ?? null;
          let last = first;
          cutRuns(s, items, runs.map((k) => (last = k ?? last)), out);
          continue;
        }
        const clear = listKind(texts, ITEMS_OVER_STEM_SHARE);
        if (clear && ITEMS_OVER_STEM.has(clear)) s.kind = clear;
      }
      out.push(s);
      continue;
    }
    if (kind && !ITEMS_SETTLE.has(s.kind)) {
      // "What skills do I need?" over "7+ years of experience…", "Strong written communication skills": musts, not names
      // "Required skills" over "Transport Planning / Paragon / Microsoft Excel": names, where the heading says skills too
      if (s.tied?.includes(kind) || (s.kind === "skills" && kind === "requirements") || (kind === "skills" && skillsWord(s))) s.kind = kind;
      out.push(s);
      continue;
    }
    if (kind) {
      // a heading the lexicon knows as "other" (Working hours, Additional information) holds no steps or tools
      // short names make skills only where the heading's words also say skills (badges "Hybrid / Full Time" are no skills)
      const fits = kind === "skills" ? s.tied?.includes("skills") === true : !s.known || kind !== "interview-process";
      if (fits && (!s.tied?.length || s.tied.includes(kind))) s.kind = kind;
      out.push(s);
      continue;
    }
    const runs = s.known ? null : segmentList(texts);
    if (!runs) {
      out.push(s);
      continue;
    }
    cutRuns(s, items, runs, out);
  }
  return out;
}

/** Cuts a section before the first item of each run of another kind; prose between stays with what precedes it. */
function cutRuns(s: SectionInfo, items: readonly Block[], runs: readonly (SectionKind | null)[], out: SectionInfo[]): void {
  const kindOf = new Map(items.map((b, i) => [b, runs[i]] as const));
  let part: SectionInfo = { ...s, blocks: [] };
  let partKind: SectionKind | null | undefined;
  out.push(part);
  for (const b of s.blocks) {
    const k = kindOf.get(b);
    if (k !== undefined && partKind !== undefined && k !== partKind) {
      part = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
      out.push(part);
    }
    if (k !== undefined) {
      partKind = k;
      part.kind = k ?? "other";
    }
    part.blocks.push(b);
  }
}

// The longest lead-in sentence read for the kind of the list under it.
const LEAD_IN_LEN = 300;
// The most words of a list line that heads the lines after it without naming their kind ("Considerable knowledge of:").
const LEAD_PHRASE_WORDS = 12;

