import { foldStyled } from "../fields/words.js";
import { LEXICONS, type Lexicon } from "../lexicon/index.js";
import { ROLE_WORDS } from "../lexicon/roles.js";
import { JOB_NOUNS, SIMILAR_FILLER_WORDS, SIMILAR_WORDS } from "../lexicon/names.js";
import { BREADCRUMB_RE, LETTER_OR_DIGIT_RE, SENTENCE_END_RE } from "../patterns.js";
import type { SectionKind } from "../schema.js";
import { classifyHeading, phraseKey, type HeadingClass } from "./phrases.js";
import { perText } from "../memo.js";

/*
 * Section kinds by evidence: a heading's words vote for kinds through weighted stems (lexicon data),
 * and a list's items vote through their own stems. The exact lexicon phrase stays the strongest vote.
 * A kind wins only with a margin over the runner-up; otherwise no kind is given, never a guess.
 */

/** One stem: the words it must open with, how much it weighs, and where it may stand. */
interface Stem {
  kind: SectionKind;
  /** the stem's words, each a word beginning (the last may be cut: "respons") */
  words: string[];
  /** a word ending ("-ar": "Atender", "Resolver"), matched on an item's first word only */
  suffix: string | null;
}

function compile(pick: (lex: Lexicon) => Partial<Record<SectionKind, string[]>> | undefined): Stem[] {
  const out: Stem[] = [];
  const seen = new Set<string>();
  for (const lex of LEXICONS) {
    for (const [kind, stems] of Object.entries(pick(lex) ?? {})) {
      for (const raw of stems ?? []) {
        const suffix = raw.startsWith("-") ? raw.slice(1).toLowerCase() : null;
        const key = suffix ?? phraseKey(raw);
        const id = kind + "|" + (suffix ? "-" : "") + key;
        if (!key || seen.has(id)) continue;
        seen.add(id);
        out.push({ kind: kind as SectionKind, words: suffix ? [] : key.split(" "), suffix });
      }
    }
  }
  return out;
}

const HEADING_STEMS = compile((l) => l.headingStems);
// Whole headings that are a lexicon phrase ("what you'll do"): the phrase decides alone.
const EXACT = new Set<string>();
for (const lex of LEXICONS) for (const phrases of Object.values(lex.headings)) for (const p of phrases ?? []) EXACT.add(phraseKey(p));
const ITEM_STEMS = compile((l) => l.itemStems);
// "Notre client…", "Auxiliar administrativo": words that end like an infinitive and open no task
const NOT_INFINITIVES = new Set(LEXICONS.flatMap((l) => (l.notInfinitives ?? []).map((w) => phraseKey(w))));

// perf: stems indexed by their first word, so a text's words look up the few stems that may open
// at them instead of trying every stem at every word. A first word that must be whole is keyed as
// it is; a word beginning (the last word, longer than SHORT_STEM) by its first four letters.
interface StemIndex {
  whole: Map<string, number[]>;
  begins: Map<string, number[]>;
  /** suffix stems and stems without words: always tried */
  always: number[];
}

function indexStems(stems: readonly Stem[]): StemIndex {
  const index: StemIndex = { whole: new Map(), begins: new Map(), always: [] };
  stems.forEach((s, i) => {
    const first = s.words[0];
    if (s.suffix !== null || !first) return void index.always.push(i);
    const whole = s.words.length > 1 || first.length <= SHORT_STEM;
    const map = whole ? index.whole : index.begins;
    const key = whole ? first : first.slice(0, SHORT_STEM + 1);
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  });
  return index;
}

/** The stems, in their order, that may open at one of `words` (every other one opens nowhere). */
function stemCandidates(stems: readonly Stem[], index: StemIndex, words: readonly string[]): Stem[] {
  const hits = new Set<number>(index.always);
  for (const w of words) {
    const whole = index.whole.get(w);
    if (whole) for (const i of whole) hits.add(i);
    if (w.length > SHORT_STEM) {
      const begins = index.begins.get(w.slice(0, SHORT_STEM + 1));
      if (begins) for (const i of begins) hits.add(i);
    }
  }
  return [...hits].sort((a, b) => a - b).map((i) => stems[i]);
}

/** Stems this short match whole words only. */
const SHORT_STEM = 3;
const HEADING_INDEX = indexStems(HEADING_STEMS);
const ITEM_INDEX = indexStems(ITEM_STEMS);

/** Whether the stem's words open words[at…]: every word whole, the last one as a beginning. */
function opensAt(words: readonly string[], at: number, stem: readonly string[]): boolean {
  if (at + stem.length > words.length) return false;
  for (let j = 0; j < stem.length; j++) {
    const w = words[at + j];
    // a stem of three letters or fewer is a whole word ("pré" is not "préparateur")
    const whole = j < stem.length - 1 || stem[j].length <= SHORT_STEM;
    if (whole ? w !== stem[j] : !w.startsWith(stem[j])) return false;
  }
  return true;
}

function occurs(words: readonly string[], stem: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (opensAt(words, i, stem)) return true;
  return false;
}

/** Adds `w` to a kind's score. */
function add(scores: Map<SectionKind, number>, kind: SectionKind, w: number): void {
  scores.set(kind, (scores.get(kind) ?? 0) + w);
}

/** The highest-scoring kind, its score and the runner-up's score. */
function topTwo(scores: ReadonlyMap<SectionKind, number>): { best: SectionKind | null; top: number; second: number } {
  let best: SectionKind | null = null;
  let top = 0;
  let second = 0;
  for (const [k, v] of scores) {
    if (v > top) {
      second = top;
      top = v;
      best = k;
    } else if (v > second) second = v;
  }
  return { best, top, second };
}

/** The best kind when it leads the runner-up by `margin`, else null. */
function winner(scores: ReadonlyMap<SectionKind, number>, margin: number): { kind: SectionKind | null; tied: SectionKind[] } {
  const { best, top, second } = topTwo(scores);
  if (best === null || top <= 0) return { kind: null, tied: [] };
  if (top - second >= margin) return { kind: best, tied: [] };
  const tied = [...scores].filter(([, v]) => v === top).map(([k]) => k);
  // "Skills & Requirements": skills are a kind of requirement, so the broader kind takes a tie of the two
  if (tied.length === 2 && tied.includes("skills") && tied.includes("requirements")) return { kind: "requirements", tied };
  return { kind: null, tied };
}

/**
 * The heading's text without what does not change its kind: leading emoji, icons and numbering
 * ("1.", "01", "A)", "IV."), trailing "?" or ":". Case is folded by phraseKey.
 */
export function headingCore(text: string): string {
  // "𝗥𝗲𝗾𝘂𝗶𝘀𝗶𝘁𝗼𝘀": styled letters (bold, italic, full-width) read as plain ones
  let s = foldStyled(text).trim();
  // icons and bullets before the first letter or digit (an emoji is two code units: neither counts)
  let i = 0;
  while (i < s.length && !LETTER_OR_DIGIT_RE.test(s[i])) i++;
  s = s.slice(i);
  // numbering: digits, a lone letter or a roman numeral, closed by ".", ")" or "-" or standing alone ("01 About")
  let j = 0;
  while (j < s.length && j < 6 && LETTER_OR_DIGIT_RE.test(s[j])) j++;
  const lead = s.slice(0, j);
  const after = s[j];
  // "01 About", "3. Perks" but not "2024 roadmap"
  const digits = lead.length > 0 && lead.length <= 2 && [...lead].every((c) => c >= "0" && c <= "9");
  const letter = lead.length === 1 && !digits;
  const roman = lead.length > 0 && lead.length <= 4 && [...lead.toLowerCase()].every((c) => c === "i" || c === "v" || c === "x");
  const closes = after === "." || after === ")" || after === "-" || after === "–";
  if (j < s.length && ((digits && (closes || after === " ")) || ((letter || roman) && closes))) {
    s = s.slice(j + 1);
    let k = 0;
    while (k < s.length && !LETTER_OR_DIGIT_RE.test(s[k])) k++;
    s = s.slice(k);
  }
  return s;
}

/** Every kind's score for a heading: the lexicon phrase it holds (3) and the stems among its words (1 a word). */
export function headingScores(text: string): Map<SectionKind, number> {
  const scores = new Map<SectionKind, number>();
  const core = headingCore(text);
  const key = phraseKey(core);
  if (!key) return scores;
  const words = key.split(" ");
  if (words.length > 12) return scores;
  // a lexicon phrase inside the heading is a half vote ("Voraussetzungen für die Stelle": the phrase "die stelle")
  const phrase = classifyHeading(core);
  if (phrase?.kind) add(scores, phrase.kind, 0.5);
  stemVotes(words, scores);
  return scores;
}

/** Adds the heading stems' votes of `words` to `scores`: each word to the kind of the longest stem that opens it. */
function stemVotes(words: readonly string[], scores: Map<SectionKind, number>, nounsOnly = false): void {
  // each word goes to the kind of the longest stem that opens it ("bewerbungsprozess" is a process, not "bewerb"-ung)
  const best = words.map(() => ({ len: 0, kinds: new Set<SectionKind>(), noun: false }));
  for (const s of stemCandidates(HEADING_STEMS, HEADING_INDEX, words)) {
    if (!s.words.length) continue;
    const len = s.words.join(" ").length;
    for (let i = 0; i < words.length; i++) {
      if (!opensAt(words, i, s.words)) continue;
      for (let j = 0; j < s.words.length; j++) {
        const b = best[i + j];
        if (len > b.len) {
          b.len = len;
          b.kinds = new Set([s.kind]);
          b.noun = nounStem(s);
        } else if (len === b.len) b.kinds.add(s.kind);
      }
    }
  }
  // (with nounsOnly, a word counts only when its longest stem is a noun: "ideal candidate" is no "ideal")
  for (const b of best) if (!nounsOnly || b.noun) for (const k of b.kinds) add(scores, k, HEADING_WEIGHT[k] ?? 1);
}

// Kinds a lead-in sentence may open: lists, never prose kinds ("please contact:", "about the company:").
const LEAD_IN_KINDS: ReadonlySet<SectionKind> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "interview-process", "skills"]);
// Kinds whose stems are common in any sentence ("process", "tools"): the items must say so too.
const LEAD_IN_CONFIRM: ReadonlySet<SectionKind> = new Set(["interview-process", "skills"]);
// The items a lead-in that names nothing must have, and the share of them that must read as one kind.
const LEAD_IN_MIN_ITEMS = 3;
const LEAD_IN_SHARE = 0.6;
/** How many of a lead-in's last words are read: the clause that names the list. */
const LEAD_IN_WORDS = 30;

/**
 * The kind a lead-in sentence gives the list right under it, by the stems of its last clause:
 * "Sous la responsabilité du chef d'équipe, vos principales missions seront les suivantes :",
 * "As a developer your main responsibilities will involve:", "It would be an added bonus if you
 * have experience in:". The stems must name one list kind by a clear margin, and the items must
 * not read as another kind (a lead-in only names a list its items agree with).
 */
export function leadInKind(text: string, items: readonly string[], oneList = true): SectionKind | null {
  let clause = text.trim();
  if (clause.endsWith(":") || clause.endsWith("：")) clause = clause.slice(0, -1);
  // the last sentence only: what came before it is about something else
  clause = lastSentence(clause);
  // an aside in brackets does not name the list ("Atlanta (requiring 1 day a week in office):")
  clause = withoutBrackets(clause);
  const key = phraseKey(foldStyled(clause));
  if (!key) return null;
  const words = key.split(" ").slice(-LEAD_IN_WORDS);
  const byItems = listKind(items, 1 / 3);
  // every stem ("you have", "we need", "looking for"), when the items read the same way
  const all = new Map<SectionKind, number>();
  stemVotes(words, all);
  const kind = winner(all, 1).kind;
  if (kind && LEAD_IN_KINDS.has(kind) && byItems === kind) return kind;
  // pluses read as musts, item by item ("Experience with XBeach"): a clause that names pluses alone names them
  // ("It would be an advantage if you also have:", "Schön, wenn du mitbringst")
  // (not where the clause names the musts as well: "your skills and qualifications will ideally include:")
  if (kind === "nice-to-have" && (byItems === "requirements" || byItems === "skills") && !all.has("requirements") && !all.has("skills")) return kind;
  // a clause that names nothing ("Reporting to the Payroll Manager, the analyst will:") leads into
  // the list its items clearly make, three in five of them at least (when other lines follow the list,
  // they may be of another kind: the items then settle the section, not the lead-in)
  if (all.size === 0 && oneList && items.length >= LEAD_IN_MIN_ITEMS) {
    const clear = listKind(items, LEAD_IN_SHARE);
    if (clear && LEAD_IN_KINDS.has(clear) && !LEAD_IN_CONFIRM.has(clear)) return clear;
  }
  // short names ("Terraform modules", "Grafana") read as skills, which any list of must-haves or pluses may be
  if (byItems !== null && byItems !== "skills") return null;
  // alone, only the nouns that name a list ("missions", "responsibilities", "benefits", "bonus"): a
  // sentence's own small words ("if you have any questions", "must include") name nothing
  if (items.length < 2) return null;
  const nouns = new Map<SectionKind, number>();
  stemVotes(words, nouns, true);
  const noun = winner(nouns, 1).kind;
  return noun && LEAD_IN_KINDS.has(noun) && !LEAD_IN_CONFIRM.has(noun) ? noun : null;
}

/** A paragraph's last sentence: a lead-in closing a paragraph of prose ("… We are thrilled about the benefits below:"). */
export function lastSentence(text: string): string {
  const cut = Math.max(text.lastIndexOf(". "), text.lastIndexOf("! "), text.lastIndexOf("? "));
  return cut >= 0 ? text.slice(cut + 2) : text;
}

/** Fewest and most words of a heading read by its nouns alone. */
const LONG_HEADING_MIN = 9;
const LONG_HEADING_MAX = 16;

/**
 * The list kind a long heading names by its nouns, where its last words are a phrase of another kind:
 * "Here is a sampling of the benefits we offer our team" (benefits, not "our team"), "Below are
 * some of the key duties and responsibilities of this position". Null unless one kind leads by one.
 */
export function longHeadingKind(text: string): SectionKind | null {
  const core = headingCore(text);
  if (SENTENCE_END_RE.test(core)) return null;
  const words = phraseKey(foldStyled(core)).split(" ");
  if (words.length < LONG_HEADING_MIN || words.length > LONG_HEADING_MAX) return null;
  const nouns = new Map<SectionKind, number>();
  stemVotes(words, nouns, true);
  const kind = winner(nouns, 1).kind;
  return kind && LEAD_IN_KINDS.has(kind) && !LEAD_IN_CONFIRM.has(kind) ? kind : null;
}

/** The text with what stands in round brackets left out. */
export function withoutBrackets(text: string): string {
  let out = "";
  let depth = 0;
  for (const c of text) {
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** A stem that is one word of five letters or more: a noun or an adverb that names a kind, not a sentence's small words. */
function nounStem(stem: Stem): boolean {
  return stem.words.length === 1 && stem.words[0].length >= 5;
}

// "Conocimientos deseables", "Preferred skills": the word that makes a list optional outweighs the noun it qualifies.
const HEADING_WEIGHT: Partial<Record<SectionKind, number>> = { "nice-to-have": 2 };

/** What a heading names: chrome or an exact lexicon phrase first, then its stems' vote with a margin. */
export interface SectionHeadingClass {
  cls: HeadingClass | null;
  /** kinds the words point to equally ("Skills & Requirements"), for the items to settle */
  tied: SectionKind[];
}

/**
 * Classifies a heading: an exact or covering lexicon phrase is kept as it is (it is right on what it
 * knows, and it also names chrome); otherwise the stems vote and the best kind must lead by one.
 */
export function classifySectionHeading(text: string, options: { cover?: number } = {}): SectionHeadingClass {
  const core = headingCore(text);
  // "Accueil > Offres d'emploi > Santé": a breadcrumb names the site's path, not a section
  if (core.length === 0 || core.length > 90 || BREADCRUMB_RE.test(core)) return { cls: null, tied: [] };
  const phrase = classifyHeading(core);
  if (phrase?.chrome) return { cls: phrase, tied: [] };
  const key = phraseKey(core);
  if (phrase?.kind && EXACT.has(key)) return { cls: phrase, tied: [] };
  const words = key.split(" ");
  if (similarJobs(words)) return { cls: { chrome: "similar-jobs" }, tied: [] };
  // "Recruitment Consultant", "Benefits Specialist": a job title, not a section, unless a phrase says so;
  // "Strong experience with C#, .NET" is a list line that lost its bullet, not a heading
  if (!phrase && sentenceLike(core)) {
    // "Aufgaben, die dich wachsen lassen": a short heading with a flourish after the comma reads by its head
    const head = core.slice(0, core.indexOf(","));
    if (head.length > 0 && head.split(" ").length <= 3 && !sentenceLike(head)) return classifySectionHeading(head, options);
    return { cls: null, tied: [] };
  }
  if (words.length > 8 || namesRole(key)) return { cls: null, tied: [] };
  const scores = headingScores(text);
  const { kind, tied } = perksOverWishes(scores) ?? payAndPerks(scores) ?? winner(scores, 0.5);
  // the kind's words must make up a share of the heading ("Things you'll tackle": one word in three)
  // (short words — "o", "que", "the", "of" — do not count: "O que é necessário para a vaga?")
  const content = Math.max(1, words.filter((w) => w.length >= 4).length);
  if (kind && (scores.get(kind) ?? 0) >= content * (options.cover ?? 0.25)) return { cls: { kind }, tied };
  return { cls: phrase?.kind && tied.length === 0 && !options.cover ? phrase : null, tied };
}

// How far a wish word may outweigh the perks noun it qualifies ("Optional Benefits" 2 : 1.5).
const WISH_OVER_PERKS = 2;

/**
 * "Optional Benefits", "Perks & Extras", "Bonus & Benefits": a wish word (optional, extra, bonus) beside
 * a perks noun and no word of a candidate's qualities qualifies the perks; the list is benefits, and its
 * items may still say otherwise. A heading that is mostly the wish ("Nice-to-have perks") stays a wish.
 */
function perksOverWishes(scores: ReadonlyMap<SectionKind, number>): { kind: SectionKind; tied: SectionKind[] } | null {
  const perks = scores.get("benefits") ?? 0;
  const wish = scores.get("nice-to-have") ?? 0;
  if (perks <= 0 || wish <= 0 || wish > perks * WISH_OVER_PERKS) return null;
  for (const k of scores.keys()) if (k !== "benefits" && k !== "nice-to-have") return null;
  return { kind: "benefits", tied: ["benefits", "nice-to-have"] };
}

/**
 * "Package & Remuneration", "Pay and perks": a heading that names the pay and the perks together heads
 * a compensation section, whose list is the benefits and whose prose is the pay.
 */
function payAndPerks(scores: ReadonlyMap<SectionKind, number>): { kind: SectionKind; tied: SectionKind[] } | null {
  if (!((scores.get("benefits") ?? 0) > 0 && (scores.get("compensation") ?? 0) > 0)) return null;
  for (const k of scores.keys()) if (k !== "benefits" && k !== "compensation") return null;
  return { kind: "compensation", tied: ["compensation", "benefits"] };
}

/** Whether the whole heading is a lexicon phrase ("Requisitos", "Key responsibilities"), numbering and marks aside. */
export function exactHeading(text: string): boolean {
  return EXACT.has(phraseKey(headingCore(text)));
}

/** Commas, brackets or a closing full stop: the punctuation of a sentence or a list line, not of a heading. */
function sentenceLike(text: string): boolean {
  return text.includes(",") || text.includes("(") || text.endsWith(".") || text.includes("; ");
}

const ROLES = new Set(ROLE_WORDS.map((w) => phraseKey(w)));

/** Whether a heading holds a role noun ("engineer", "head of", "responsable"), as titles do. */
function namesRole(key: string): boolean {
  const words = key.split(" ");
  for (let i = 0; i < words.length; i++) {
    if (ROLES.has(words[i])) return true;
    if (i + 1 < words.length && ROLES.has(words[i] + " " + words[i + 1])) return true;
  }
  return false;
}

// ---- the items' vote ----------------------------------------------------------------------------

// A "plus" or a perk is said outright; an opening verb or a skill word is weaker evidence.
const ITEM_WEIGHT: Partial<Record<SectionKind, number>> = { "nice-to-have": 2, benefits: 1.5 };
// Kinds a list item may be read as.
const ITEM_KINDS: ReadonlySet<SectionKind> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "interview-process", "skills"]);

/** Every kind's score for one list item. */
export function itemScores(text: string): ReadonlyMap<SectionKind, number> {
  return itemScoresOf(text);
}

// perf: the lists around a line are read again and again as sections are split (per parse, `perText`)
const itemScoresOf = perText(readItemScores);

function readItemScores(text: string): Map<SectionKind, number> {
  const scores = new Map<SectionKind, number>();
  const key = phraseKey(foldStyled(text.length > 300 ? text.slice(0, 300) : text));
  if (!key) return scores;
  const words = key.split(" ");
  for (const s of stemCandidates(ITEM_STEMS, ITEM_INDEX, words)) {
    if (!ITEM_KINDS.has(s.kind)) continue;
    const w = ITEM_WEIGHT[s.kind] ?? 1;
    if (s.suffix !== null) {
      // "Atender llamadas", "Contrôler la qualité": an infinitive opening the item is a task
      // (a name in capitals, "PARTNAIRE vous propose…", is no verb either)
      const first = words[0];
      if (first.length >= s.suffix.length + 3 && first.endsWith(s.suffix) && !NOT_INFINITIVES.has(first) && !capitalised(text, first.length)) add(scores, s.kind, w);
      continue;
    }
    // what the person does opens the item ("Build…", "Review…"); other kinds' words count anywhere
    const hit = s.kind === "responsibilities" ? opensAt(words, 0, s.words) : occurs(words, s.words);
    if (hit) add(scores, s.kind, w);
  }
  // "Kafka", "Google Analytics", "CI/CD": a short name with no other cue is a skill
  if (scores.size === 0 && words.length <= 3 && text.length <= 40 && !SENTENCE_END_RE.test(text) && hasCapitalOrSymbol(text)) add(scores, "skills", 1);
  return scores;
}

/** Whether the text's first `n` letters are all capitals ("PARTNAIRE", "GRUPO"). */
function capitalised(text: string, n: number): boolean {
  let letters = 0;
  for (const c of text) {
    if (letters >= n) break;
    if (c.toLowerCase() === c.toUpperCase()) continue;
    if (c !== c.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

function hasCapitalOrSymbol(text: string): boolean {
  for (const c of text) if ((c !== c.toLowerCase()) || c === "/" || c === "#" || c === "+" || c === ".") return true;
  return false;
}

/** The kind one item reads as, or null when no kind leads by one. */
export function itemKind(text: string): SectionKind | null {
  return winner(itemScores(text), 1).kind;
}

/**
 * The kind a list reads as: a clear majority of the items that vote (at least two, twice the
 * runner-up, and `share` of all the items: a third under a heading, more than half with none), else null.
 */
export function listKind(items: readonly string[], share = 1 / 3): SectionKind | null {
  if (items.length < 2) return null;
  const counts = new Map<SectionKind, number>();
  for (const t of items) {
    const k = itemKind(t);
    if (k) add(counts, k, 1);
  }
  const { best, top, second } = topTwo(counts);
  // items no cue speaks for ("Ley de Servicios Financieros 393") do not vote, but the winners must be a third of all
  if (!best || top < 2 || top < items.length * share || top < second * 2) return null;
  return best;
}

// Kinds a headingless list may be cut into.
const SEGMENT_KINDS: ReadonlySet<SectionKind> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits"]);

/**
 * A list with no heading whose items change kind part-way ("Atender llamadas…" then "Experiencia
 * en…" then "Seguro médico…"): the runs of items of one kind, each at least `minRun` long and read
 * as that kind by its own majority. Items no kind leads take the kind of the run around them.
 * Returns the kind of every item (null where no run holds), or null when fewer than two runs are found.
 */
export function segmentList(items: readonly string[], minRun = 3): (SectionKind | null)[] | null {
  const labels = items.map((t) => itemKind(t));
  // an unread item between two of one kind, or at an end next to one, takes that kind
  const filled = labels.slice();
  // the nearest read item before and after each one, in two passes (no scan per item)
  const prevKind: (SectionKind | null)[] = [];
  const nextKind: (SectionKind | null)[] = new Array(labels.length).fill(null);
  for (let i = 0, k: SectionKind | null = null; i < labels.length; i++) {
    prevKind.push(k);
    if (labels[i] !== null) k = labels[i];
  }
  for (let i = labels.length - 1, k: SectionKind | null = null; i >= 0; i--) {
    nextKind[i] = k;
    if (labels[i] !== null) k = labels[i];
  }
  for (let i = 0; i < filled.length; i++) {
    if (filled[i] !== null) continue;
    const before = prevKind[i];
    const after = nextKind[i];
    if (before && (before === after || after === null)) filled[i] = before;
    else if (after && before === null) filled[i] = after;
  }
  const out: (SectionKind | null)[] = items.map(() => null);
  let runs = 0;
  let from = 0;
  for (let i = 1; i <= filled.length; i++) {
    if (i < filled.length && filled[i] === filled[from]) continue;
    const kind = filled[from];
    const run = items.slice(from, i);
    // runs are lists of sentences ("Atender llamadas de clientes"), not menus or answer options ("Yes / No")
    const wordy = run.reduce((n, t) => n + t.length, 0) >= run.length * 25;
    if (kind && SEGMENT_KINDS.has(kind) && run.length >= minRun && wordy && listKind(run) === kind) {
      for (let k = from; k < i; k++) out[k] = kind;
      runs++;
    }
    from = i;
  }
  return runs >= 2 ? out : null;
}

// The most words of a heading of other postings ("Other similar jobs near you").
const SIMILAR_HEADING_WORDS = 5;

/** Whether a heading's words name other postings: a "similar" word and a word for jobs ("Avisos similares", "Missions similaires"). */
function similarJobs(words: readonly string[]): boolean {
  if (words.length > SIMILAR_HEADING_WORDS || !words.some((w) => SIMILAR_WORDS.has(w)) || !words.some((w) => JOB_NOUNS.has(w))) return false;
  // nothing else: "Experience in similar roles", "Job Related Requirements" name what is asked
  return words.every((w) => SIMILAR_WORDS.has(w) || JOB_NOUNS.has(w) || SIMILAR_FILLER_WORDS.has(w));
}
