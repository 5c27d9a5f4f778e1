import { LEXICONS, type ChromeKind } from "../lexicon/index.js";
import { COOKIE_CONSENT_STEMS, COOKIE_USE_STEMS, COOKIE_WORD_STEMS, FORM_SEND_WORDS } from "../lexicon/terms.js";
import {
  ABBREVIATED_NAME_END_RE, BUTTON_TAIL_RE, CARD_PART_SEPARATOR_RE, CHROME_BACK_ARROW_RE, CHROME_BAR_SEPARATOR_RE, CHROME_CONTACT_RE, CHROME_FACT_ROW_RE, CHROME_FIGURE_RE, CHROME_GLUE_RE, CHROME_PERCENT_RE, CHROME_PLUS_COUNT_RE, CHROME_QUESTION_END_RE, CHROME_SENTENCE_STOP_RE, CHROME_TAIL_LEAD_RE, CHROME_TAIL_SEP_RE, CHROME_TITLE_WORD_RE, COLON_END_RE, DIGIT_RE, LETTER_RE, SENTENCE_PUNCT_END_RE,
  WHITESPACE_SPLIT_RE,
} from "../patterns.js";
import type { SectionKind } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { looksLikeTitle } from "../detectors/header-lines.js";
import { knownCity } from "../fields/location.js";
import { classifySectionHeading } from "./classify.js";
import { chromeLine, exactHeading, phraseKey } from "./phrases.js";
import type { SectionInfo } from "./split.js";
import { perText } from "../memo.js";

// Board chrome found by its shape and a little vocabulary (src/lexicon/<lang>.ts: uiVerbs, uiObjects,
// siteTerms, boardNouns, placeWords, answerWords, counterNouns), whatever the board: buttons
// ("Inscribirme en esta oferta", "Stelle merken"), sentences about the site ("Please see our Privacy
// Policy."), cross-links ("Logistics Assistant jobs in Singapore"), listing headings and their cards
// ("More store roles" › "Seasonal Stockroom Assistant – Leeds"), screening questions and their
// answers, and counters ("51 to 200 employees").

/** A vocabulary list, each entry as phraseKey words, elisions taken off ("l'entreprise" → "entreprise"). */
type Phrases = string[][];

function gather(pick: (l: (typeof LEXICONS)[number]) => string[] | undefined): Phrases {
  const seen = new Set<string>();
  const out: Phrases = [];
  for (const lex of LEXICONS) {
    for (const p of pick(lex) ?? []) {
      const words = readWords(p);
      const k = words.join(" ");
      if (words.length === 0 || seen.has(k)) continue;
      seen.add(k);
      out.push(words);
    }
  }
  return out;
}

const UI_VERBS = gather((l) => l.uiVerbs);
// verbs that close a button in languages that put them last ("Jetzt bewerben", "Vacature bewaren", "Ofertę zapisz")
const LAST_VERBS = gather((l) => (l.uiVerbLast ? l.uiVerbs : undefined));
const UI_OBJECTS = gather((l) => l.uiObjects);
const SITE_TERMS = gather((l) => l.siteTerms);
const BOARD_NOUNS = new Set(gather((l) => l.boardNouns).map((w) => w.join(" ")));
// listing nouns of several words ("offerte di lavoro", "oferty pracy"), matched from their first word
const BOARD_PHRASES = gather((l) => l.boardNouns).filter((w) => w.length > 1);
// perf: the first word of every listing noun: a line none of whose words is one holds none (its tokens' words are the line's words)
const BOARD_NOUN_FIRST_WORDS = new Set([...BOARD_NOUNS].map((n) => n.split(" ")[0]));
const PLACE_WORDS = new Set(gather((l) => l.placeWords).map((w) => w.join(" ")));
const ANSWER_WORDS = new Set(gather((l) => l.answerWords).map((w) => w.join(" ")));
const FORM_FIELDS = new Set(gather((l) => l.formFields).map((w) => w.join(" ")));
const COUNTER_NOUNS = gather((l) => l.counterNouns);
// (a line's words repeat across a posting: each word's phrases are looked up once per parse)
const SITE_OPENINGS = byOpening(SITE_TERMS);
const OBJECT_OPENINGS = byOpening(UI_OBJECTS);
const siteTermsOpening = perText((word) => phrasesOpening(SITE_OPENINGS, word));
// perf: this module's own scanner of a global pattern, built once at load and rewound (`lastIndex = 0`) before each use
const CHROME_TAIL_SEP_SCAN = new RegExp(CHROME_TAIL_SEP_RE.source, CHROME_TAIL_SEP_RE.flags);

// perf: the first two letters of every site term's first word (a hash of them), and the first words of
// one letter ("o site"), so a word that opens none is passed over without a look-up
const SITE_PAIRS = new Uint8Array(0x10000);
const SITE_ONE_LETTER = new Uint8Array(0x10000);
const pairKey = (a: number, b: number) => ((a << 6) ^ b) & 0xffff;
for (const t of SITE_TERMS) {
  if (t[0].length >= 2) SITE_PAIRS[pairKey(t[0].charCodeAt(0), t[0].charCodeAt(1))] = 1;
  else SITE_ONE_LETTER[t[0].charCodeAt(0)] = 1;
}

/** Whether a word may open a site term: it shows a term's first two letters, or a first word of one letter's. */
function mayOpenSiteTerm(w: string): boolean {
  const a = w.charCodeAt(0);
  return SITE_PAIRS[pairKey(a, w.charCodeAt(1))] === 1 || SITE_ONE_LETTER[a] === 1;
}
const objectsOpening = perText((word) => phrasesOpening(OBJECT_OPENINGS, word));
const VERBS_BY_FIRST = byFirstWord(UI_VERBS);
const LAST_VERBS_BY_FIRST = byFirstWord(LAST_VERBS);

// Most letters a stem's word may add: "ofert" → "ofertę", "pracodaw" → "pracodawcą", "job" → "jobs".
const STEM_SLACK = 4;
// Most words of a button ("Email this job to a friend"), and how far its object may stand from its verb.
const BUTTON_WORDS = 6;
const OBJECT_REACH = 3;
// Most words of a button whose verb comes last ("Jetzt bewerben", "Diese Stelle merken").
const LAST_VERB_WORDS = 3;
// Most words of a line that one site term alone makes chrome ("Please see our Privacy Policy.").
const SITE_SHORT_WORDS = 8;
// Words per site term in a paragraph dominated by them (a cookie notice, a footer).
const SITE_DENSITY = 20;
// Most words of a cross-link ("Jobs at Eco Ring Singapore in Singapore 228213") and of a counter.
const LINK_WORDS = 12;
const COUNTER_WORDS = 8;
// Most words of a response-rate line.
const RATE_WORDS = 20;
const RATE_REACH = 3;
// A listing heading ("More store roles", "Ofertas similares") and the cards under it.
const LISTING_WORDS = 4;
const CARD_WORDS = 10;

/** Lowercase words with elisions taken off: "Voir l'entreprise" → ["voir", "entreprise"]. */
function wordsOf(text: string): readonly string[] {
  return wordsOfText(text);
}

const wordsOfText = perText(readWords);

function readWords(text: string): string[] {
  const key = phraseKey(text);
  if (key.length === 0) return [];
  return key.split(" ").map((w) => {
    const q = w.indexOf("'");
    return q > 0 && q <= 2 && q < w.length - 1 ? w.slice(q + 1) : w;
  });
}

function stemHit(word: string, stem: string): boolean {
  return word.startsWith(stem) && word.length - stem.length <= STEM_SLACK;
}

/** Where `phrase` stands in `words` (all but its last word exact, the last one a stem), else -1. */
function findPhrase(words: readonly string[], phrase: readonly string[], from = 0): number {
  for (let i = from; i + phrase.length <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = k === phrase.length - 1 ? stemHit(words[i + k], phrase[k]) : words[i + k] === phrase[k];
    if (ok) return i;
  }
  return -1;
}

/** How long the verb phrase at words[i] is (0 when none): verbs match whole words. */
function verbAt(words: readonly string[], i: number, verbs: Map<string, Phrases> = VERBS_BY_FIRST): number {
  let best = 0;
  if (i < 0 || i >= words.length) return 0;
  for (const v of verbs.get(words[i]) ?? []) {
    if (v.length <= best || i + v.length > words.length) continue;
    if (v.every((w, k) => words[i + k] === w)) best = v.length;
  }
  return best;
}

function objectNear(words: readonly string[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to && i < words.length; i++) {
    for (const o of objectsOpening(words[i])) if (i + o.length - 1 <= to && phraseAt(words, i, o)) return true;
    // "all'annuncio", "l'offre", "dell'offerta": the object after an elided article
    const apostrophe = words[i].indexOf("'");
    const rest = apostrophe > 0 && apostrophe <= ELIDED_ARTICLE_MAX ? words[i].slice(apostrophe + 1) : "";
    if (rest && objectsOpening(rest).some((o) => o.length === 1 && stemHit(rest, o[0]))) return true;
  }
  return false;
}
/** Whether an object of one or two words ends the line: "Report this job", "Reply to this ad". */
function objectEnds(words: readonly string[]): boolean {
  const last = words.length - 1;
  if (objectNear(words, last, last)) return true;
  return last >= 1 && objectsOpening(words[last - 1]).some((o) => o.length === 2 && phraseAt(words, last - 1, o));
}

// The longest article elided before an apostrophe: "l'", "d'", "all'", "dell'", "nell'".
const ELIDED_ARTICLE_MAX = 5;

/**
 * A button or link line: a UI verb and what it acts on, a few words and no sentence
 * ("Submit Application", "Voir l'entreprise", "Inscribirme en esta oferta", "Stelle merken",
 * "Aplikuj na tą ofertę", "Meet the hiring team"). "Apply paint with brush and roll" acts on no
 * page object; "Send your CV to jobs@acme.com" holds a contact; "Submit your application by 31 May" a date.
 */
// Words a line may end with only when it leads into what follows ("Send your CV to", "Envía tu CV a").
const BUTTON_TRAILING_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "at", "a", "à", "an", "para", "per", "au", "aan", "na", "do"]);

export function uiActionLine(text: string, strict = false): boolean {
  // ("View all jobs from this employer (3)", "See all jobs at Saguaro Valley Health": the button without its count or employer)
  const t = text.trim().replace(BUTTON_TAIL_RE, "");
  if (t.length === 0 || t.length > 80 || DIGIT_RE.test(t) || CHROME_CONTACT_RE.test(t)) return false;
  if ((CHROME_SENTENCE_STOP_RE.test(t) && !t.endsWith("!")) || COLON_END_RE.test(t)) return false;
  // a button holds no address, no clause and leads into nothing: "Join us here: https://…", "Join our team, apply today!",
  // "Envía tu CV a" (over an address) are the employer's words
  if (t.includes("http") || t.includes(",") || BUTTON_TRAILING_PREPOSITIONS.has(t.slice(t.lastIndexOf(" ") + 1).toLowerCase())) return false;
  const words = wordsOf(t);
  if (words.length < 2 || words.length > BUTTON_WORDS) return gluedButtons(t);
  // the verb opens the line ("Share this job") or, in German, Dutch and Polish word order, closes it ("Jetzt bewerben")
  // (strict, inside a list of the job: the object ends the line, "Report this job", never "Share job openings on social media")
  const first = verbAt(words, 0);
  if (first > 0 && (strict ? objectEnds(words) : objectNear(words, first, first + OBJECT_REACH))) return true;
  if (words.length <= LAST_VERB_WORDS) {
    for (let n = 1; n <= 2 && n < words.length; n++) {
      if (verbAt(words, words.length - n, LAST_VERBS_BY_FIRST) === n && objectNear(words, 0, words.length - n - 1)) return true;
    }
  }
  return !strict && gluedButtons(t);
}

/**
 * A button and the links it opens: "Compartir oferta: Twitter | LinkedIn | Facebook", "Share this job: Email · X".
 * Before the colon a button, after it three or fewer words between each separator.
 */
export function shareBar(text: string): boolean {
  const t = text.trim();
  const colon = t.indexOf(":");
  // ("Join us here: https://…": an address after the colon is where to apply, no bar of share links)
  if (colon <= 0 || t.length > 160 || t.includes("http")) return false;
  const head = t.slice(0, colon);
  if (!uiActionLine(head) && chromeLine(head) === null) return false;
  const links = t.slice(colon + 1).split(CHROME_BAR_SEPARATOR_RE).map((p) => p.trim()).filter(Boolean);
  return links.length >= 2 && links.every((p) => p.split(WHITESPACE_SPLIT_RE).length <= 3);
}

// Most words of a button glued to the end of a paragraph ("… Kliknij tutaj, aby skontaktować się z pracodawcą lub wysłać swoje CV").
const TAIL_WORDS = 14;
// Most buttons read off one paragraph's end.
const TAIL_PIECES = 3;

/** A paragraph's glued last piece is a button: a UI verb first and its object right after ("Click here to …", "Apply for this job"). */
function tailButton(piece: string, strict: boolean): boolean {
  // ("… contact us at <<EMAIL>>", "… by: Email": one word that the lexicon knows as a button is no tail)
  if (uiActionLine(piece, strict) || (chromeLine(piece) !== null && piece.split(WHITESPACE_SPLIT_RE).length >= 2)) return true;
  if (strict || CHROME_CONTACT_RE.test(piece)) return false;
  const words = wordsOf(piece);
  if (words.length < 2 || words.length > TAIL_WORDS || CHROME_SENTENCE_STOP_RE.test(piece.trim())) return false;
  const v = verbAt(words, 0);
  return v > 0 && objectNear(words, v, v);
}

/**
 * Buttons glued to the end of a paragraph or an item, as one-line scrapes keep them ("… Możliwości
 * podróży » Aplikuj na tą ofertę pracy", "… we'd love to hear from you. Apply for this job"): the
 * text without them and the buttons as a block of their own, else null. Inside a list of the job a
 * tail must be a whole button ending at its object.
 */
export function gluedTail(b: Block, strict: boolean, sentencesOnly = false): { kept: Block; tail: Block } | null {
  const text = b.text;
  if (text.length < 40) return null;
  const cuts: { at: number; after: number }[] = [];
  const re = CHROME_TAIL_SEP_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!sentencesOnly || SENTENCE_PUNCT_END_RE.test(m[0].trim())) cuts.push({ at: m.index, after: m.index + m[0].length });
  let end = text.length;
  let cut = -1;
  for (let k = cuts.length - 1, n = 0; k >= 0 && n < TAIL_PIECES; k--, n++) {
    const piece = text.slice(cuts[k].after, end).trim();
    if (!piece || !tailButton(piece, strict)) break;
    cut = cuts[k].at;
    end = cuts[k].at;
  }
  if (cut <= 0) return null;
  // the separator before the buttons stays with the text when it ends a sentence ("… from you." + "Apply now")
  const keep = text.slice(0, cut + (SENTENCE_PUNCT_END_RE.test(text.slice(0, cut + 1)) ? 1 : 0)).trim();
  if (wordsOf(keep).length < 3) return null;
  return { kept: { ...b, text: keep, end: Math.min(b.end, b.start + keep.length) }, tail: { ...b, text: text.slice(cut).replace(CHROME_TAIL_LEAD_RE, "").trim(), start: Math.min(b.end, b.start + cut) } };
}

/** "Log inBook a demo": buttons glued together, each piece a button or a chrome line. */
function gluedButtons(t: string): boolean {
  const pieces = t.split(CHROME_GLUE_RE);
  if (pieces.length < 2 || pieces.length > 4) return false;
  return pieces.every((p) => chromeLine(p.trim()) !== null || (p.trim().split(WHITESPACE_SPLIT_RE).length <= BUTTON_WORDS && uiActionPiece(p.trim())));
}

function uiActionPiece(p: string): boolean {
  const words = wordsOf(p);
  const v = verbAt(words, 0);
  return v > 0 && words.length >= 2 && objectNear(words, v, v + OBJECT_REACH);
}

/** How many site terms a line holds ("cookie", "privacy policy", "this page", "powered by"). */
function siteHits(words: readonly string[]): number {
  let hits = 0;
  // one pass over the words, each tried only against the terms it could open
  for (let i = 0; i < words.length; i++) {
    // (a word that opens a term shows the term's first two letters: its stem, or its whole first word)
    if (!mayOpenSiteTerm(words[i])) continue;
    for (const term of siteTermsOpening(words[i])) {
      if (phraseAt(words, i, term)) {
        hits++;
        i += term.length - 1;
        break;
      }
    }
  }
  return hits;
}

/** Whether `phrase` stands at words[i] (all but its last word exact, the last one a stem). */
function phraseAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!(k === phrase.length - 1 ? stemHit(words[i + k], phrase[k]) : words[i + k] === phrase[k])) return false;
  }
  return true;
}

/** Phrases by their exact first word (verbs match whole words). */
function byFirstWord(phrases: Phrases): Map<string, Phrases> {
  const out = new Map<string, Phrases>();
  for (const p of phrases) out.set(p[0], [...(out.get(p[0]) ?? []), p]);
  return out;
}

/** Phrases by the word they may open with (`phraseAt`): a phrase of several words by its first word, a one-word stem by itself. */
interface Openings {
  /** phrases of several words by their first word: list indices */
  byWord: Map<string, number[]>;
  /** one-word stems by the stem: list indices */
  byStem: Map<string, number[]>;
  list: Phrases;
  /** the lengths the one-word stems have (perf: a word is cut only to those) */
  stemLengths: Set<number>;
}

function byOpening(phrases: Phrases): Openings {
  const byWord = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  phrases.forEach((p, k) => {
    const map = p.length === 1 ? byStem : byWord;
    map.set(p[0], [...(map.get(p[0]) ?? []), k]);
  });
  return { byWord, byStem, list: phrases, stemLengths: new Set(phrases.filter((p) => p.length === 1).map((p) => p[0].length)) };
}

/**
 * The phrases that may stand at a word, in list order, so that a line's words meet only the phrases
 * they could open: those of several words opening with it, and the one-word stems it starts with
 * (a stem's word adds at most STEM_SLACK letters).
 */
function phrasesOpening(index: Openings, word: string): Phrases {
  let hits = index.byWord.get(word) ?? NONE;
  for (let cut = 0; cut <= STEM_SLACK && cut < word.length; cut++) {
    if (!index.stemLengths.has(word.length - cut)) continue;
    const stems = index.byStem.get(cut === 0 ? word : word.slice(0, word.length - cut));
    if (stems) hits = [...hits, ...stems];
  }
  if (hits.length === 0) return NO_PHRASES;
  return [...hits].sort((a, b) => a - b).map((k) => index.list[k]);
}

const NO_PHRASES: Phrases = [];
const NONE: readonly number[] = [];

/**
 * A sentence about the site, not the job: a short line that names it ("Please see our Privacy
 * Policy.", "Powered by Greenhouse", "Report a problem with this page") or a paragraph dominated by
 * its words (a cookie notice). Inside a list of the job, only the dense kind counts.
 */
export function siteSentence(text: string, inList = false): boolean {
  if (text.length > 1200) return false;
  const words = wordsOf(text);
  if (words.length === 0) return false;
  const hits = siteHits(words);
  if (hits === 0) return false;
  // a cookie notice, whatever its length in words: "Usiamo i cookie per migliorare la tua esperienza sul sito. Accetta"
  if (!inList && words.length <= COOKIE_NOTICE_WORDS && cookieNotice(words)) return true;
  // "On this page you will find:" leads into a list of the job
  if (!inList && hits >= 1 && words.length <= SITE_SHORT_WORDS && !COLON_END_RE.test(text.trim())) return true;
  return hits >= 2 && hits * SITE_DENSITY >= words.length;
}

// The longest cookie notice read as one, in words.
const COOKIE_NOTICE_WORDS = 60;

// How far before the cookie word the site's verb stands: "Usiamo i cookie", "Używamy plików cookies".
const COOKIE_VERB_REACH = 3;

/** Whether the words name the site's using cookies ("we use cookies", not "bake cookies … using recipes") or a consent to them. */
function cookieNotice(words: readonly string[]): boolean {
  const at = words.findIndex((w) => COOKIE_WORD_STEMS.some((c) => w.startsWith(c)));
  if (at < 0) return false;
  if (words.slice(Math.max(0, at - COOKIE_VERB_REACH), at).some((w) => COOKIE_USE_STEMS.some((u) => w.startsWith(u)))) return true;
  return words.some((w) => COOKIE_CONSENT_STEMS.some((u) => w.startsWith(u)));
}

/**
 * A board's cross-link: "<Role> jobs in <Place>", "<Role> salaries in <Place>", "Jobs at <Company>",
 * "Emplois Comptable à Lyon", "Empleos de Vendedor en La Paz", "Vagas de Java em Santos". A plural
 * listing noun, a place word after it, title-like words around them and no sentence. "Experience
 * running batch jobs in Airflow" is not one: its words before "jobs" are not a title.
 */
export function crossLinkLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 140 || CHROME_SENTENCE_STOP_RE.test(t) || COLON_END_RE.test(t)) return false;
  if (!wordsOf(text).some((w) => BOARD_NOUN_FIRST_WORDS.has(w))) return false;
  const raw = t.split(WHITESPACE_SPLIT_RE).filter((w) => LETTER_RE.test(w) || DIGIT_RE.test(w));
  if (raw.length < 2 || raw.length > LINK_WORDS) return false;
  const lower = raw.map((w) => wordsOf(w).join(" "));
  const noun = lower.findIndex((w) => BOARD_NOUNS.has(w));
  if (noun === -1) return false;
  // "Offerte di lavoro Magazziniere a Bologna", "Offres d'emploi Comptable à Lyon": the listing noun's whole phrase
  let nounEnd = noun;
  for (const p of BOARD_PHRASES) if (p[0] === lower[noun] && p.every((w, k) => lower[noun + k] === w)) nounEnd = Math.max(nounEnd, noun + p.length - 1);
  if (!lower.slice(nounEnd + 1).some((w) => PLACE_WORDS.has(w))) return false;
  // before the noun: a title ("Logistics Assistant"), or a button's verb and a site's address ("Find https://… Jobs")
  for (let i = 0; i < noun; i++) {
    if (!CHROME_TITLE_WORD_RE.test(raw[i]) && !CHROME_CONTACT_RE.test(raw[i])) return false;
  }
  // after it: names and places, joined by small words ("de", "en", "La Paz", "228213")
  let named = 0;
  for (let i = nounEnd + 1; i < raw.length; i++) {
    if (CHROME_TITLE_WORD_RE.test(raw[i])) named++;
    else if (!PLACE_WORDS.has(lower[i]) && lower[i].length > 3) return false;
  }
  return named >= 1;
}

/**
 * The place a board's link to its listings names: "Jobs in Hosur" → "Hosur", "Empleos en Nuevo León" →
 * "Nuevo León"; null for any other line.
 */
export function crossLinkPlace(text: string): string | null {
  if (!crossLinkLine(text)) return null;
  const raw = text.trim().split(WHITESPACE_SPLIT_RE).filter((w) => LETTER_RE.test(w) || DIGIT_RE.test(w));
  const lower = raw.map((w) => wordsOf(w).join(" "));
  const noun = lower.findIndex((w) => BOARD_NOUNS.has(w));
  const at = lower.findIndex((w, i) => i > noun && PLACE_WORDS.has(w));
  const place = at > 0 ? raw.slice(at + 1).join(" ") : "";
  return place.length >= 2 ? place : null;
}

/**
 * A board's counter: a figure right before what it counts, or a count's label and its figure, a few
 * words and no sentence ("51 to 200 Employees", "792K members", "118 Ratings", "Salariés : 85").
 * "65% of our employees identify as…" and "Applications close on the 29th" count nothing.
 */
export function counterLine(text: string, strict = false): boolean {
  const t = text.trim();
  // (strict, inside a list of the job: a board's size bucket, "51 to 200 employees"; "+400 colaboradores" is the employer's claim)
  if (strict && t.split(CHROME_FIGURE_RE).length < 3) return false;
  if (!strict && responseRate(t)) return true;
  if (!DIGIT_RE.test(t) || t.length > 80 || CHROME_SENTENCE_STOP_RE.test(t) || CHROME_PERCENT_RE.test(t)) return false;
  const words = wordsOf(t);
  if (words.length > COUNTER_WORDS) return false;
  for (const n of COUNTER_NOUNS) {
    const at = findPhrase(words, n);
    if (at === -1) continue;
    // "51 to 200 employees", "2.4k followers": a figure (or a range) right before the noun
    if (at > 0 && DIGIT_RE.test(words[at - 1])) return true;
    // "Salariés : 85", "Employees 51-200": the noun then only figures
    if (at === 0 && words.length > 1 && words.slice(1).every((w) => DIGIT_RE.test(w) || w.length <= 2)) return true;
  }
  return false;
}

/**
 * A board's response rate: a percentage of what it counts and a time window ("Responded to 75% or
 * more applications in the past 30 days, typically within 1 day."). "65% of our employees work
 * remotely" gives no window.
 */
function responseRate(t: string): boolean {
  if (t.length > 160 || !CHROME_PERCENT_RE.test(t) || t.split(CHROME_FIGURE_RE).length < 3) return false;
  const raw = t.split(WHITESPACE_SPLIT_RE);
  if (raw.length > RATE_WORDS) return false;
  // the percentage counts the noun a few words on ("75% or more applications"), not "grew 40% in 2025 … 120 employees"
  const pct = raw.findIndex((w) => w.includes("%"));
  const words = raw.map((w) => wordsOf(w).join(" "));
  // and what it counts is something the board handles (applications, candidatures), not the employer's staff
  const handled = (w: string) => UI_OBJECTS.some((o) => o.length === 1 && stemHit(w, o[0]));
  return COUNTER_NOUNS.some((n) => n.length === 1 && words.some((w, i) => i > pct && i - pct <= RATE_REACH && stemHit(w, n[0]) && handled(w)));
}

/** A listing heading: a few words ending in a plural listing noun that name no section ("More store roles", "Ofertas similares"). */
export function listingHeading(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < 2 || words.length > LISTING_WORDS) return false;
  if (!BOARD_NOUNS.has(words[words.length - 1]) && !BOARD_NOUNS.has(words[0])) return false;
  if (COLON_END_RE.test(text.trim()) || DIGIT_RE.test(text) || CHROME_CONTACT_RE.test(text)) return false;
  const cls = classifySectionHeading(text).cls;
  return cls === null || cls.chrome !== undefined;
}

/** "+8 more", "+3", "+12 weitere": the rest of a list of chips folded behind a counter. */
export function moreCount(text: string): boolean {
  const t = text.trim();
  if (!CHROME_PLUS_COUNT_RE.test(t)) return false;
  const words = wordsOf(t.slice(1));
  return words.length <= 2 && (words.length === 1 || UI_OBJECTS.some((o) => o.length === 1 && stemHit(words[1], o[0])));
}

/** A question and its answer buttons on one line: "Was this job posting helpful? Yes No". */
export function askedAndAnswered(text: string): boolean {
  const q = text.lastIndexOf("?");
  if (q <= 0 || text.length > 160) return false;
  const tail = wordsOf(text.slice(q + 1));
  return tail.length >= 2 && tail.length <= 4 && tail.every((w) => ANSWER_WORDS.has(w));
}

/** An answer a screening question offers ("Yes", "No", "Skip", "Oui", "Nein"). */
function answerLine(text: string): boolean {
  return ANSWER_WORDS.has(wordsOf(text).join(" "));
}

// Kinds whose list items are the employer's: a button's words there are a duty ("Share knowledge", "Report to the CFO").
const LIST_KINDS: ReadonlySet<SectionKind> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "skills", "interview-process", "teams", "compensation"]);

/** What one block is as chrome, judged with what it stands in, else null. */
export function blockChrome(b: Block, inList: boolean, inHeader = false): ChromeKind | null {
  if (siteSentence(b.text, inList)) return "board";
  // a cross-link and a counter have shapes no duty or perk has ("Data Engineer jobs in Austin, TX", "201 to 500 Employees")
  if (crossLinkLine(b.text)) return "similar-jobs";
  // (at the top of the page a counter shares its line with the job's facts, "Singapore · 5 days ago · Over 100 applicants": the header reads those)
  if ((!inHeader || !CHROME_FACT_ROW_RE.test(b.text)) && counterLine(b.text, inList)) return "board";
  if (uiActionLine(b.text, inList)) return "navigation";
  if (inList) return null;
  if (shareBar(b.text)) return "share";
  // a chrome heading of the lexicon standing as a bare line ("Who's the hiring manager?", "Report this job")
  // ("Open Positions:" leads into the employer's own list of roles: a line that ends in a colon is no button)
  const named = b.type === "heading" || COLON_END_RE.test(b.text.trim()) ? null : exactHeading(b.text.replace(CHROME_QUESTION_END_RE, ""));
  if (named?.chrome) return named.chrome;
  if (moreCount(b.text) || askedAndAnswered(b.text)) return "board";
  // "← All open positions", "« Retour aux offres": a back link
  if (CHROME_BACK_ARROW_RE.test(b.text) && b.text.split(WHITESPACE_SPLIT_RE).length <= BUTTON_WORDS) return "navigation";
  return null;
}

/**
 * Takes the chrome the lexicon's phrases missed out of the sections, by shape: buttons, site
 * sentences, cross-links and counters become chrome blocks; a listing heading and the short cards
 * under it, a screening question with its answers and a run of numbered questions become chrome.
 * A list item of the job (a duty, a perk) is only ever chrome when its words are about the site.
 */
export function chromeByShape(sections: readonly SectionInfo[], chromeBlocks: { block: Block; kind: ChromeKind }[]): SectionInfo[] {
  const out: SectionInfo[] = [];
  const questions = numberedQuestions(sections);
  // listing lines the lexicon already took out ("More store roles", "Similar jobs"): their cards follow them
  const listings = chromeBlocks.filter((c) => c.kind === "similar-jobs" || listingHeading(c.block.text)).map((c) => c.block.start);
  // the kind of the cards that follow a listing line or a widget's button, while they last
  let cards: ChromeKind | null = null;
  let seenJob = false;
  let seenProse = false;
  let prevEnd = 0;
  const afterListing = (b: Block) => seenJob && listings.some((at) => at >= prevEnd && at < b.start);
  for (const s of sections) {
    if (s.chrome || questions.has(s)) {
      out.push(questions.has(s) ? { ...s, chrome: "apply-form" } : s);
      cards = null;
      const last = s.blocks[s.blocks.length - 1] ?? s.heading;
      if (last) prevEnd = last.end;
      continue;
    }
    const section: SectionInfo = { ...s, blocks: [] };
    out.push(section);
    if (s.heading) {
      const h = s.heading;
      // (under any heading, in any language, a run of other postings' cards: "Joburi similare" › "Asistent Medical Laborator · Laborator Napoca · Cluj-Napoca")
      if ((seenJob && listingHeading(h.text) && jobCards(s.blocks.slice(0, CARDS_LOOKED_AT))) || (seenProse && cardRun(s.blocks, 0) >= CARD_RUN)) section.chrome = "similar-jobs";
      else {
        // a heading that is a button ("Voir l'entreprise", "Submit Application") leaves; its section stays
        const kind = blockChrome(h, false, !seenJob);
        if (kind) {
          chromeBlocks.push({ block: h, kind });
          section.heading = null;
        }
        cards = null;
      }
      prevEnd = h.end;
    }
    const inList = s.known && LIST_KINDS.has(s.kind);
    for (let i = 0; i < s.blocks.length; i++) {
      const b = s.blocks[i];
      if (section.chrome) {
        section.blocks.push(b);
        continue;
      }
      if (afterListing(b) && jobCards(s.blocks.slice(i, i + CARDS_LOOKED_AT))) cards = "similar-jobs";
      prevEnd = b.end;
      // the cards of a listing ("Seasonal Stockroom Assistant – Manchester Trafford") under its listing line
      if (cards && cardLine(b)) {
        chromeBlocks.push({ block: b, kind: cards });
        continue;
      }
      cards = null;
      // other postings' cards without a heading over them ("Weitere Jobs von Acme GmbH" ⏎ "Frontend Developer · Wien · Vollzeit" ⏎ …),
      // with the short line that announces them
      // (a sub-heading over them, "### Locuri similare" inside the last list's section, goes with them)
      const under = b.type === "heading" ? 1 : 0;
      const run = seenProse ? cardRun(s.blocks, i + under) : 0;
      if (run >= CARD_RUN) {
        const prev = section.blocks[section.blocks.length - 1];
        if (under) chromeBlocks.push({ block: b, kind: "similar-jobs" });
        else if (prev && prev.type !== "heading" && cardLead(prev.text)) chromeBlocks.push({ block: section.blocks.pop()!, kind: "similar-jobs" });
        i += under;
        for (let k = i; k < i + run; k++) chromeBlocks.push({ block: s.blocks[k], kind: "similar-jobs" });
        i += run - 1;
        prevEnd = s.blocks[i].end;
        continue;
      }
      // a reply form's fields and button, one to a line ("Nome" ⏎ "Email" ⏎ "Messaggio" ⏎ "Invia"), in a list too
      const fields = formRun(s.blocks, i);
      if (fields > 0) {
        for (let k = i; k < i + fields; k++) chromeBlocks.push({ block: s.blocks[k], kind: "apply-form" });
        i += fields - 1;
        prevEnd = s.blocks[i].end;
        continue;
      }
      if (b.type !== "item" || !inList) {
        if (seenJob && listingHeading(b.text) && jobCards(s.blocks.slice(i + 1, i + 1 + CARDS_LOOKED_AT))) {
          chromeBlocks.push({ block: b, kind: "similar-jobs" });
          cards = "similar-jobs";
          continue;
        }
        const answers = answersAfter(s.blocks, i);
        if (answers > 0) {
          for (let k = i; k <= i + answers; k++) chromeBlocks.push({ block: s.blocks[k], kind: "apply-form" });
          i += answers;
          prevEnd = s.blocks[i].end;
          continue;
        }
      }
      const kind = blockChrome(b, inList && b.type === "item", !seenJob);
      // (a header's row of facts is read whole by the header's own detectors: "Toronto, ON · 3 days ago · Over 100 applicants")
      const glued = kind ? null : gluedTail(b, inList && b.type === "item", !seenJob);
      if (glued) {
        section.blocks.push(glued.kept);
        chromeBlocks.push({ block: glued.tail, kind: "navigation" });
        continue;
      }
      if (kind) {
        chromeBlocks.push({ block: b, kind });
        // "Meet the hiring team" › a recruiter's card ("Priya Raman", "Talent Acquisition Partner at Nimbleroot", "Message"):
        // a button the lexicon also knows as a chrome heading opens a widget of short lines
        if (kind === "navigation" && exactHeading(b.text)?.chrome && jobCards(s.blocks.slice(i + 1, i + 1 + CARDS_LOOKED_AT))) cards = "promo";
      } else section.blocks.push(b);
    }
    if (s.known && s.kind !== "overview") seenJob = true;
    // (in a language the lexicon lacks no section is known: the employer's first paragraph of prose says the page's header is behind)
    if (seenJob || s.blocks.some((b) => b.type === "paragraph" && b.text.length >= PROSE_MIN && CHROME_SENTENCE_STOP_RE.test(b.text))) seenProse = true;
  }
  return out.filter((s) => s.heading !== null || s.blocks.length > 0);
}

// The fewest characters of a paragraph of the employer's prose.
const PROSE_MIN = 200;
// The fewest cards of other postings in a row read as a list of them.
const CARD_RUN = 2;
// Most parts of a card and words of a part ("Asistent Medical Laborator · Laborator Napoca Analize · Cluj-Napoca").
const CARD_PARTS = 4;
const CARD_PART_WORDS = 6;

/**
 * The parts of what may be another posting's card, whatever the language: two to four short parts between
 * bullets or bars, none a sentence ("Frontend Developer (m/w/d) · Wien · Vollzeit"); null for any other line.
 */
function cardParts(text: string): string[] | null {
  if (!CARD_PART_SEPARATOR_RE.test(text)) return null;
  const parts = text.split(CARD_PART_SEPARATOR_RE).map((p) => p.trim());
  if (parts.length < 2 || parts.length > CARD_PARTS) return null;
  // ("Analista de Conteúdo Jr.": an abbreviation's full stop ends no sentence)
  if (parts.some((p) => p.length === 0 || p.split(WHITESPACE_SPLIT_RE).length > CARD_PART_WORDS || (CHROME_SENTENCE_STOP_RE.test(p) && !ABBREVIATED_NAME_END_RE.test(p)) || COLON_END_RE.test(p))) return null;
  return parts;
}

/**
 * How many blocks from blocks[i] on are other postings' cards, one after another: lines of one shape (as many
 * parts), one of them at least opened by a job title or closed by a known town ("Palkanlaskija · Pirkanmaan
 * Palkkapalvelu Oy · Tampere"). 0 when no line says so.
 */
function cardRun(blocks: readonly Block[], i: number): number {
  let n = 0;
  let proven = false;
  let size = 0;
  for (; i + n < blocks.length && blocks[i + n].type !== "heading"; n++) {
    const parts = cardParts(blocks[i + n].text);
    if (!parts || (size && parts.length !== size)) break;
    size = parts.length;
    proven ||= looksLikeTitle(parts[0]) || knownCity(parts[parts.length - 1]) !== null;
  }
  return proven ? n : 0;
}

/** The short line over other postings' cards: no sentence, no colon ("Weitere Jobs von Acme GmbH", "More from this employer"). */
function cardLead(text: string): boolean {
  const t = text.trim();
  return t.split(WHITESPACE_SPLIT_RE).length <= CARD_WORDS && !CHROME_SENTENCE_STOP_RE.test(t) && !COLON_END_RE.test(t) && !cardParts(t);
}

// How many lines under a listing line are read to tell its cards.
const CARDS_LOOKED_AT = 4;

/** The lines under a listing line are job cards: short lines, one of them at least a job title ("Assistant Store Manager – Leeds"). */
function jobCards(blocks: readonly Block[]): boolean {
  const short = blocks.filter(cardLine);
  return short.length >= 1 && short.length * 2 >= blocks.length && short.some((b) => looksLikeTitle(b.text));
}

/** A similar-job card's line: short, no sentence ("Assistant Store Manager – Leeds", "CDI · Lyon"). */
function cardLine(b: Block): boolean {
  const t = b.text.trim();
  return t.length > 0 && t.split(WHITESPACE_SPLIT_RE).length <= CARD_WORDS && !CHROME_SENTENCE_STOP_RE.test(t) && !COLON_END_RE.test(t);
}

/** How many answer lines follow the question at blocks[i] ("Do you have a valid licence?" › "Yes" / "No" / "Skip"), else 0. */
// The fewest lines of a reply form read as one.
const FORM_MIN_FIELDS = 3;

/** How many lines from blocks[i] are a reply form's fields and button, each alone on its line (0 when fewer than three). */
function formRun(blocks: readonly Block[], i: number): number {
  let n = 0;
  while (i + n < blocks.length && blocks[i + n].type !== "heading" && blocks[i + n].text.length <= FORM_FIELD_LEN && FORM_FIELDS.has(wordsOf(blocks[i + n].text).join(" "))) n++;
  // ("Name" ⏎ "Send": two lines when the second is the form's button)
  return n >= FORM_MIN_FIELDS || (n === 2 && FORM_SEND_WORDS.has(wordsOf(blocks[i + 1].text).join(" "))) ? n : 0;
}
const FORM_FIELD_LEN = 30;

function answersAfter(blocks: readonly Block[], i: number): number {
  if (!blocks[i].text.trim().endsWith("?") || blocks[i].text.length > 300) return 0;
  let n = 0;
  while (i + n + 1 < blocks.length && n < 5 && answerLine(blocks[i + n + 1].text)) n++;
  return n >= 2 ? n : 0;
}

// Most blocks and characters of one numbered screening question.
const QUESTION_BLOCKS = 5;
const QUESTION_LEN = 500;

/**
 * Application forms' supplemental questions: a run of sections headed by bare numbers ("01", "02"),
 * each a question or a prompt with its answers, no list of the job in them. A run of two or more is
 * the form; a short heading right after it with nothing under it ("Required Question") goes with it.
 */
function numberedQuestions(sections: readonly SectionInfo[]): Set<SectionInfo> {
  const out = new Set<SectionInfo>();
  let run: SectionInfo[] = [];
  const close = (next: SectionInfo | undefined) => {
    if (run.length >= 2 && run.filter(asks).length * 2 >= run.length) {
      for (const s of run) out.add(s);
      if (next?.heading && next.blocks.length === 0 && next.heading.text.split(WHITESPACE_SPLIT_RE).length <= 3) out.add(next);
    }
    run = [];
  };
  for (const s of sections) {
    const numbered = s.heading !== null && !LETTER_RE.test(s.heading.text) && DIGIT_RE.test(s.heading.text);
    if (numbered && !s.chrome && s.blocks.length <= QUESTION_BLOCKS && s.blocks.every((b) => b.text.length <= QUESTION_LEN)) run.push(s);
    else close(s);
  }
  close(undefined);
  return out;
}

function asks(s: SectionInfo): boolean {
  return s.blocks.some((b) => b.text.trim().endsWith("?")) || s.blocks.some((b) => answerLine(b.text));
}
