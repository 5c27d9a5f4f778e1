import type { Context, Detection } from "../context.js";
import { COLON_END_RE, DIGIT_COMMA_DIGIT_RE, SENTENCE_GAP_END_RE, FULL_STOP_END_RE, LETTER_OR_DIGIT_RE, LETTER_RE, SENTENCE_END_RE, CATALOGUE_SENTENCE_SPLIT_RE, COLON_SPACE_RE } from "../patterns.js";
import type { SectionKind, Span } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { anyPhraseIn, lowered } from "../fields/words.js";
import { CATALOGUE_OFFER_VERBS, CATALOGUE_PRONOUNS, CLOSING_LINE_WORDS } from "../lexicon/names.js";
import { LIST_JOINERS, delimitedList, gluedItems } from "../tree/tails.js";
import { itemKind } from "../sections/classify.js";
import { phraseKey } from "../sections/phrases.js";

/** The longest paragraph read as a list written on one line, and how many comma pieces make one. */
const LINE_LIST_LEN = 600;
// The longest paragraph read as items glued together ("…programmingAbility to write…").
const GLUED_LIST_LEN = 4000;
const LINE_LIST_COMMAS = 4;
const CATALOGUE_PIECES = 5;
const CATALOGUE_WORDS = 5;
// The pieces a paragraph block was cut into (null: none), by block: blocks belong to one parse.
const PIECES = new WeakMap<Block, string[] | null>();

// The longest paragraph that is one item when it stands alone, and among others.
const LONE_ITEM_LEN = 160;
const ITEM_PARAGRAPH_LEN = 260;

// The items of each kind (and options) read in a parse, by context: the requirements are asked for by two
// detectors, the role's items by two (dropped with the context).
const ITEMS = new WeakMap<Context, Map<string, { items: readonly string[]; spans: readonly Span[][] }>>();

/** Items of every section of a kind, in order; a section without items gives its short paragraphs (fresh lists: the caller may change them). */
export function sectionItems(ctx: Context, kind: SectionKind, options: { paragraphs?: boolean | "catalogues" } = {}): { items: string[]; spans: Span[][] } {
  let memo = ITEMS.get(ctx);
  if (!memo) ITEMS.set(ctx, (memo = new Map()));
  const key = `${kind} ${String(options.paragraphs)}`;
  let read = memo.get(key);
  if (!read) memo.set(key, (read = readSectionItems(ctx, kind, options)));
  return { items: [...read.items], spans: [...read.spans] };
}

function readSectionItems(ctx: Context, kind: SectionKind, options: { paragraphs?: boolean | "catalogues" }): { items: string[]; spans: Span[][] } {
  const items: string[] = [];
  const spans: Span[][] = [];
  for (const s of ctx.sections) {
    if (s.kind !== kind || s.chrome) continue;
    const list = s.blocks.filter((b) => b.type === "item" && !ctx.labelBlocks.has(b));
    // a section without a list gives its short paragraphs (boards that drop bullets), never long prose;
    // a paragraph that is a list on one line ("Vale-transporte, Assistência médica, Seguro de vida, …",
    // "Java | Spring Boot | Kafka", "…; annual bonus; free shuttle") gives its pieces
    let paragraphs = list.length > 0 || options.paragraphs === false ? [] : s.blocks.filter((b) => b.type === "paragraph" && b.text.length <= GLUED_LIST_LEN && !COLON_END_RE.test(b.text) && !ctx.labelBlocks.has(b));
    // "Please apply with your resume." and what follows it (contacts, the registered address, a legal note)
    // end a section of paragraphs: they are no part of its list
    // (a closing line opens with its words: "Addresses any questions voters raise" is a duty)
    const closing = paragraphs.findIndex((b) => closingOpens(b.text) && !gluedItems(b.text));
    if (closing > 0) paragraphs = paragraphs.slice(0, closing);
    const pieces = new Map<Block, string[]>();
    // perks written as lines of noun phrases ("Staff discount, paid sick days, uniform provided") under their
    // heading, or closing the pay's prose ("R 28 000 per month CTC. Provident fund, medical aid, …"): each perk
    // is an item; beside them, a short line of the section is one (in the pay's section, none is)
    // (under a perks heading only a lone paragraph: several short ones are the list's lines, one perk each)
    // (a paragraph of prose beside the line, "Für diese Position gilt ein Mindestentgelt von …", is no perk line)
    const perkLines = paragraphs.filter((b) => !(FULL_STOP_END_RE.test(b.text) && (b.text.length > ITEM_PARAGRAPH_LEN || b.text.split(CATALOGUE_SENTENCE_SPLIT_RE).length > 1)));
    if ((kind === "benefits" && perkLines.length === 1) || options.paragraphs === "catalogues") {
      const dropProse = options.paragraphs === "catalogues";
      const cuts = paragraphs.map((b) => catalogue(b.text, dropProse));
      if (cuts.some((c) => c !== null)) {
        paragraphs.forEach((b, i) => {
          const texts = cuts[i] ?? (dropProse || b.text.length > ITEM_PARAGRAPH_LEN || !perkLines.includes(b) || b.text.endsWith("?") || closingLine(b.text) ? [] : [b.text]);
          for (const t of texts) {
            items.push(t);
            spans.push([{ start: b.start, end: b.end }]);
          }
        });
        continue;
      }
    }
    if (options.paragraphs === "catalogues" && list.length === 0) continue;
    // (commas part a sentence's words as well: only a paragraph too long to be kept as one item is cut at them)
    for (const b of paragraphs) {
      const lone = paragraphs.length === 1;
      const tooLong = b.text.length > (lone ? LONE_ITEM_LEN : ITEM_PARAGRAPH_LEN);
      // (a shorter one only when it stands alone and is a catalogue: five or more pieces of a few words each;
      // "…would be a plus: TDD, C++; numerics" leads into its list: the lead-in is no piece of it)
      const commas = tooLong ? LINE_LIST_COMMAS : lone ? CATALOGUE_PIECES : Infinity;
      // (several detectors ask for the same sections: a paragraph is cut once per parse)
      let parts = PIECES.get(b);
      if (parts === undefined) {
        // (a colon before a space leads in, "Bonus: …"; one inside a time, "7:00–16:00", does not)
        parts = gluedItems(b.text) ?? (COLON_SPACE_RE.test(b.text) || b.text.length > LINE_LIST_LEN ? null : delimitedList(b.text, commas, tooLong ? Infinity : CATALOGUE_WORDS));
        PIECES.set(b, parts);
      }
      if (parts) pieces.set(b, parts);
    }
    const source: Block[] = list.length > 0 ? list : withoutAnswers(paragraphs.filter((b) => pieces.has(b) || b.text.length <= ITEM_PARAGRAPH_LEN));
    // a lone lead-in paragraph is prose, not a list
    if (list.length === 0 && source.length === 1 && source[0].text.length > LONE_ITEM_LEN && !pieces.has(source[0])) continue;
    // "Dann bewirb dich jetzt!", "Envía tu hoja de vida…", "And much more!": the lines a list ends with
    // (with the signature under them: "Wir freuen uns über Deine Bewerbung :)" ⏎ "LG Anna Berg")
    // ("Pour toutes questions, vous pouvez nous joindre…" and the agency's slogan under it: a list ends at a line that opens so)
    // (near its end: "Please apply CV in English" among the requirements is one of them)
    const closes = source.findIndex((b, i) => i > 0 && source.length - i <= CLOSING_TAIL && closingOpens(b.text) && !gluedItems(b.text));
    let end = closes > 0 ? closes : source.length;
    while (end > 0 && (closingLine(source[end - 1].text) || (end > 1 && signature(source[end - 1].text) && closingLine(source[end - 2].text)))) end--;
    for (const b of source.slice(0, end)) {
      for (const t of pieces.get(b) ?? [b.text]) {
        items.push(t);
        spans.push([{ start: b.start, end: b.end }]);
      }
    }
  }
  return { items, spans };
}

// A perks catalogue: at least three pieces, each of a few words, two of them of more than one word.
const CATALOGUE_MIN = 3;
const CATALOGUE_PIECE_WORDS = 12;
const CATALOGUE_PIECE_LEN = 100;
const CATALOGUE_SENTENCES = 2;
// The most lines from a closing line to the end of its list (the closing line, contacts, a slogan, a legal note).
const CLOSING_TAIL = 4;
// How far into a paragraph the words of a closing line stand.
const CLOSING_LEAD_LEN = 40;
const CATALOGUE_LONG_PIECES = 2;

/**
 * The pieces of a paragraph that lists perks as noun phrases parted by commas: "Staff discount on
 * front-store products, paid sick days, flexible scheduling, uniform provided." A sentence about the
 * pay before it ("R 28 000 per month CTC, depending on experience.") stays an item of its own, or goes
 * when `dropProse` (the pay's own section). Not "Health, dental and vision insurance" (one perk, its
 * kinds listed), nor a sentence ("We are a small, friendly team, and …", "Weil wir X, Y und Z verbinden"):
 * no piece has a pronoun among its first two words.
 */
function catalogue(text: string, dropProse: boolean): string[] | null {
  // ("…w godz. 7:00–16:00; …": a full stop before a figure or a small letter ends no sentence)
  const sentences = text.split(CATALOGUE_SENTENCE_SPLIT_RE).map((t) => t.trim()).filter(Boolean);
  // one line of perks, or one sentence before it; a paragraph of prose, or lines glued together, is none
  // (two sentences only in the pay's section: the pay, then its perks)
  if (sentences.length > (dropProse ? CATALOGUE_SENTENCES : 1) || gluedItems(text)) return null;
  const out: string[] = [];
  let found = false;
  for (const [i, sentence] of sentences.entries()) {
    // the pay's own lines are no catalogue ("$185,000–$215,000, plus equity")
    // (a question is none: "Lust, Technik nicht nur zu betreuen, sondern mitzugestalten?")
    const parts = (dropProse && DIGIT_COMMA_DIGIT_RE.test(sentence)) || sentence.endsWith("?") ? [] : commaPieces(withoutOfferLead(sentence));
    // "…in technical, management, and professional areas within a dynamic, entrepreneurial …": a joining word inside is a sentence's
    if (parts.slice(1, -1).some((p) => LIST_JOINERS.has(p.split(" ")[0].toLowerCase()))) continue;
    // "health, dental, life and long-term disability insurance": kinds of one perk, its noun written once at the end
    if (parts.length >= 3 && !parts[0].includes(" ") && !parts[1].includes(" ") && parts[2].split(" ").some((w) => LIST_JOINERS.has(w))) continue;
    // (the perks close the paragraph: "R 28 000 per month CTC. Provident fund, medical aid, …")
    const ok = i === sentences.length - 1 && parts.length >= CATALOGUE_MIN && parts.every((p) => p.length <= CATALOGUE_PIECE_LEN && p.split(" ").length <= CATALOGUE_PIECE_WORDS && !p.includes(": ")) && parts.filter((p) => p.includes(" ")).length >= CATALOGUE_LONG_PIECES && parts.every((p) => {
      const w = p.split(" ");
      return !PRONOUNS.has(w[0].toLowerCase()) && !LINKS.has(w[0]) && !(w.length > 1 && SUBJECTS.has(w[1].toLowerCase()));
    });
    if (ok) {
      found = true;
      out.push(...lastPieceApart(parts));
    } else if (!dropProse) out.push(sentence.replace(FULL_STOP_END_RE, ""));
  }
  return found ? out : null;
}

/** "The company offers professional development, …", "KTM provides flexible work, …": the perks after the verb. */
function withoutOfferLead(sentence: string): string {
  const words = sentence.split(" ");
  for (let i = 1; i < Math.min(words.length - 1, OFFER_VERB_REACH); i++) {
    if (OFFER_VERBS.has(words[i].toLowerCase())) return words.slice(i + 1).join(" ");
  }
  return sentence;
}

const OFFER_VERBS = new Set(CATALOGUE_OFFER_VERBS);
// How far into a sentence its offering verb may stand ("Full benefit package includes …").
const OFFER_VERB_REACH = 6;

/**
 * A line cut at its commas and semicolons, never inside brackets or a number ("R$ 450,00",
 * "(pro rata), NHS Pension"); the joining word before the last piece goes ("…, and PPE supplied").
 */
function commaPieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  // "a, b; c; d": semicolons part the items, commas the words inside one
  const marks = text.includes("; ") ? ";" : ",;";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (marks.includes(c) && depth === 0 && text[i + 1] === " ") {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim().replace(FULL_STOP_END_RE, ""));
  const last = out[out.length - 1];
  const space = last.indexOf(" ");
  if (out.length > 1 && space > 0 && LIST_JOINERS.has(last.slice(0, space).toLowerCase())) out[out.length - 1] = last.slice(space + 1);
  return out.filter(Boolean);
}

const PRONOUNS = new Set(CATALOGUE_PRONOUNS);
// words that open a clause about the perk before them, not a perk: "Generous equity, with annual top-ups"
const LINKS = new Set(["with", "for", "to", "in", "at", "by", "from", "through", "which", "including", "such", "mit", "für", "avec", "pour", "con", "para", "com"]);
// the subjects a clause's second word may be ("Weil wir …", "Como nosotros …"); articles are no subjects
const SUBJECTS = new Set(["i", "we", "you", "they", "wir", "du", "nous", "vous", "nosotros", "ustedes", "você", "vocês", "nós", "noi", "voi", "wij", "jij", "my", "wy"]);

// The most words of a signature line under a closing line ("Best, Anna Berg, Talent Partner").
const SIGNATURE_WORDS = 6;

/** A short line with no sentence in it: a name and a role, as a letter is signed. */
function signature(text: string): boolean {
  return text.split(" ").length <= SIGNATURE_WORDS && !SENTENCE_END_RE.test(text);
}

/** Whether a paragraph opens with a closing line's words, or after a question ("Interested? Send your CV…"). */
function closingOpens(text: string): boolean {
  const low = text.slice(0, CLOSING_LEAD_LEN).toLowerCase();
  for (const w of CLOSING_LINE_WORDS) {
    const at = low.indexOf(w);
    if (at === 0 || (at > 0 && SENTENCE_GAP_END_RE.test(low.slice(0, at)))) return true;
  }
  return false;
}

function closingLine(text: string): boolean {
  return anyPhraseIn(lowered(text), CLOSING_LINE_WORDS);
}

/** A list detection, or null when empty. */
export function listDetection(items: string[], spans: Span[][]): Detection<string[]> | null {
  // a board that repeats its facts ("Benefits" above, "Benefits: 401(k), Dental…" again at the end) gives each item once
  const seen = new Set<string>();
  const keep: number[] = [];
  items.forEach((t, i) => {
    // "📩", "✨", "💼🚀": icons between a list's lines say nothing
    if (!LETTER_OR_DIGIT_RE.test(t)) return;
    const k = itemKey(t);
    if (k && seen.has(k)) return;
    seen.add(k);
    keep.push(i);
  });
  if (keep.length === 0) return null;
  return keep.length === items.length ? { value: items, how: "stated", itemSpans: spans } : { value: keep.map((i) => items[i]), how: "stated", itemSpans: keep.map((i) => spans[i] ?? []) };
}

/** An item as compared for repeats: lower case, without the closing mark. */
function itemKey(t: string): string {
  let k = t.trim().toLowerCase();
  while (k.length && ".;,!".includes(k[k.length - 1])) k = k.slice(0, -1);
  return k;
}

/** How long an answer option under a question may be ("Yes", "No", "1–3 years"). */
const OPTION_LEN = 20;

/**
 * Paragraphs less a screening questionnaire's lines: "01" / "Are you at least 21?" / "Yes" / "No" are
 * a question's number, the question and its options, not lines of a list.
 */
function withoutAnswers(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let options = false;
  for (const b of blocks) {
    const t = b.text;
    if (t.endsWith("?") || !LETTER_RE.test(t)) {
      options = t.endsWith("?");
      continue;
    }
    if (options && t.length <= OPTION_LEN) continue;
    options = false;
    out.push(b);
  }
  return out;
}

// Joining words that part the last two perks of a written list ("…, free meals and ongoing training"):
// "and" only, never "or" ("en" is also French "in", "of" also English "of").
const AND_JOINERS = new Set(["and", "und", "et", "y", "e", "i", "oraz", "og", "och"]);
// Fewest words on each side of such a word for it to part two perks ("learning and development budget" is one).
const JOINED_SIDE_WORDS = 2;

/** A list's last piece parted at its first "and" with two words or more on each side: "free meals on shift and ongoing training" → two. */
function lastPieceApart(parts: readonly string[]): string[] {
  const last = parts[parts.length - 1];
  const words = last.split(" ");
  for (let i = JOINED_SIDE_WORDS; i <= words.length - 1 - JOINED_SIDE_WORDS; i++) {
    // ("Urlaubs- und Weihnachtsgeld": a word cut before its joiner shares the noun after it)
    if (AND_JOINERS.has(words[i].toLowerCase()) && !words[i - 1].endsWith("-")) return [...parts.slice(0, -1), words.slice(0, i).join(" "), words.slice(i + 1).join(" ")];
  }
  return parts.slice();
}

// Sections whose prose may hold the perks in one sentence when no section names them
// (not the company's own story: "We provide software, hardware and services to banks").
const PROSE_PERK_KINDS: ReadonlySet<SectionKind> = new Set(["requirements", "nice-to-have", "responsibilities", "about-role", "other"]);
// How far into a sentence its offering verb may stand ("We pay €15.50 per hour with a Sunday premium and offer …").
const PROSE_OFFER_REACH = 14;
// Words that say who offers: "we offer", "on offre", "wir bieten".
const OFFER_SUBJECTS = new Set(["we", "we'll", "we’ll", "on", "nous", "wir", "wij", "noi", "my", "nosotros", "nós"]);
// The person the perks go to, written between the verb and the perks ("offer you …", "bieten Ihnen …").
const OFFER_OBJECTS = new Set(["you", "vous", "te", "dir", "ihnen", "dich", "jou", "je", "ti", "vi", "ci", "tobie", "lhe", "você"]);
const PROSE_PERKS_MIN = 3;
const PROSE_PERK_VOTES = 2;
const PROSE_PERK_SHARE = 3;

/**
 * Perks written in one sentence of prose where no section names them: "In return, we can offer you a
 * supportive team, a reduced timetable in the first term, free parking and an assistance programme.",
 * "We pay €15.50 per hour with a Sunday premium and offer a staff discount, a pension after six months, …".
 * The sentence has a subject offering them, three pieces or more of a few words each after its verb, and
 * one of them at least reads as a perk.
 */
export function proseCatalogues(ctx: Context): { items: string[]; spans: Span[][] } {
  const items: string[] = [];
  const spans: Span[][] = [];
  for (const s of ctx.sections) {
    if (s.chrome || !PROSE_PERK_KINDS.has(s.kind)) continue;
    for (const b of s.blocks) {
      if (b.type !== "paragraph" || b.text.length > LINE_LIST_LEN || ctx.labelBlocks.has(b)) continue;
      for (const sentence of b.text.split(CATALOGUE_SENTENCE_SPLIT_RE)) {
        const perks = offeredPerks(sentence.trim());
        if (!perks) continue;
        for (const t of perks) {
          items.push(t);
          spans.push([{ start: b.start, end: b.end }]);
        }
      }
    }
  }
  return { items, spans };
}

function offeredPerks(sentence: string): string[] | null {
  const words = sentence.split(" ");
  for (let i = 1; i < Math.min(words.length - 1, PROSE_OFFER_REACH); i++) {
    if (!OFFER_VERBS.has(words[i].toLowerCase())) continue;
    // (a person's duties are no offer: "The clerk provides oversight of budget, personnel, …")
    const before = phraseKey(words.slice(0, i).join(" ")).split(" ");
    if (!before.some((w) => OFFER_SUBJECTS.has(w))) return null;
    let from = i + 1;
    while (from < words.length && OFFER_OBJECTS.has(words[from].toLowerCase())) from++;
    const parts = commaPieces(words.slice(from).join(" "));
    if (parts.length < PROSE_PERKS_MIN) return null;
    // (a joining word opening a piece before the last is a sentence's: "medical, dental, and vision insurance, as well as …")
    if (parts.some((p, k) => PRONOUNS.has(p.split(" ")[0].toLowerCase()) || LINKS.has(p.split(" ")[0].toLowerCase()) || (k < parts.length - 1 && LIST_JOINERS.has(p.split(" ")[0].toLowerCase())))) return null;
    const pieces = lastPieceApart(parts);
    if (pieces.some((p) => p.length > CATALOGUE_PIECE_LEN || p.split(" ").length > CATALOGUE_PIECE_WORDS)) return null;
    // the pieces read as perks: two of them and a third at least ("we provide payments for Monzo, Lloyds, PensionBee and Plum" is none)
    const perks = pieces.filter((p) => itemKind(p) === "benefits").length;
    return perks >= PROSE_PERK_VOTES && perks * PROSE_PERK_SHARE >= pieces.length ? pieces : null;
  }
  return null;
}

