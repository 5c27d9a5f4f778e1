import { WORD_CHAR_RE } from "../patterns.js";

/**
 * Finds a phrase as whole words, case-insensitively; returns its index or -1. With `glued`, a
 * phrase may also start or end where a lowercase letter meets a capital, as scraped badges run
 * together ("RemoteProductFull time", "Full TimeHybrid"). `from` starts the search later.
 */
export function findPhrase(text: string, phrase: string, options: { glued?: boolean; from?: number } = {}): number {
  return findIn(lowered(text), phrase.toLowerCase(), options.from ?? 0, options.glued === true);
}

/** A text and its lowercase form, made once and searched for many phrases. */
export interface Lowered {
  readonly text: string;
  readonly lower: string;
}

// perf: the same texts are lowered again and again (one block, many detectors): the last few are
// kept, each with the set of its words, built on the first search.
// memory: emptied by dropping the Map, never by clear() (see src/memo.ts: a cleared long-lived Map
// keeps its dead entries' young objects alive until a full GC, so the heap grew with every parse).
let LOWERED_CACHE = new Map<string, IndexedLowered>();
const LOWERED_CACHE_MAX = 2000;
const LOWERED_CACHE_CHARS = 1_000_000;
let loweredChars = 0;

interface IndexedLowered extends Lowered {
  words?: Set<string>;
  /** phraseCandidates' answers for this text, by list index */
  candidates?: Map<object, number[]>;
}

/** Forgets the lowered texts: called as each parse starts, so no text outlives the parse that read it. */
export function forgetLowered(): void {
  if (LOWERED_CACHE.size > 0) LOWERED_CACHE = new Map();
  loweredChars = 0;
}

/**
 * Lowercases a text, the Turkish dotted capital "İ" as "i": JavaScript makes it "i" and a combining
 * dot, a letter longer, so "İş Tanımı" would meet neither "iş tanımı" nor the indexes of its text.
 */
export function lowerCase(text: string): string {
  return (text.includes("İ") ? text.replaceAll("İ", "i") : text).toLowerCase();
}

/** Lowercases a text once for many `findIn` searches. */
export function lowered(text: string): Lowered {
  const known = LOWERED_CACHE.get(text);
  if (known) return known;
  const lower = lowerCase(text);
  // a lowercase form of another length (Turkish "İ") would shift every index: search the text as given
  const made: IndexedLowered = { text, lower: lower.length === text.length ? lower : text };
  if (LOWERED_CACHE.size >= LOWERED_CACHE_MAX || loweredChars + text.length > LOWERED_CACHE_CHARS) {
    LOWERED_CACHE = new Map();
    loweredChars = 0;
  }
  if (text.length <= LOWERED_CACHE_CHARS / 4) {
    LOWERED_CACHE.set(text, made);
    loweredChars += text.length;
  }
  return made;
}

/** The maximal runs of word characters of a lowercase text (a UTF-16 unit at a time, as `findIn` reads edges). */
function wordRuns(lower: string, out: Set<string>): Set<string> {
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const word = i < lower.length && isWordUnit(lower.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.add(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

// perf: for each needle, the word runs that any match must show as whole words of the text (all of
// them; with `glued`, only those bounded by the needle's own non-word characters, since a glued
// match may start or end inside a run of the text).
let NEEDLE_RUNS = new Map<string, { plain: string[]; glued: string[] }>();

function needleRuns(needle: string): { plain: string[]; glued: string[] } {
  let r = NEEDLE_RUNS.get(needle);
  if (r) return r;
  const plain: string[] = [];
  const glued: string[] = [];
  let start = -1;
  for (let i = 0; i <= needle.length; i++) {
    const word = i < needle.length && isWordChar(needle[i]);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      const run = needle.slice(start, i);
      plain.push(run);
      if (start > 0 && i < needle.length) glued.push(run);
      start = -1;
    }
  }
  r = { plain, glued };
  if (NEEDLE_RUNS.size >= LOWERED_CACHE_MAX) NEEDLE_RUNS = new Map();
  NEEDLE_RUNS.set(needle, r);
  return r;
}

/** `findPhrase` over a text lowercased once; `needle` must be lowercase. */
export function findIn(hay: Lowered, needle: string, from = 0, glued = false): number {
  const { text, lower } = hay;
  // a needle whose words are not all words of the text is not there (a set lookup, not a scan)
  if (lower.length > 24) {
    const runs = glued ? needleRuns(needle).glued : needleRuns(needle).plain;
    if (runs.length) {
      const h = hay as IndexedLowered;
      const words = (h.words ??= wordRuns(lower, new Set()));
      for (const run of runs) if (!words.has(run)) return -1;
    }
  }
  let i = lower.indexOf(needle, from);
  while (i >= 0) {
    const end = i + needle.length;
    const before = i === 0 ? " " : lower[i - 1];
    const after = lower[end] ?? " ";
    const startOk = !isWordChar(before) || (glued && isLower(text[i - 1]) && isUpper(text[i]));
    const endOk = !isWordChar(after) || (glued && isLower(text[end - 1]) && isUpper(text[end]));
    if (startOk && endOk) return i;
    i = lower.indexOf(needle, i + 1);
  }
  return -1;
}

/** Whether a UTF-16 unit is white space as a regex's `\s` reads it (line ends, tabs, spaces of every width, the byte-order mark). */
export function isSpaceUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isWordChar(ch: string): boolean {
  return isWordUnit(ch.charCodeAt(0));
}

// perf: WORD_CHAR_RE's answer for each UTF-16 unit above ASCII, asked once (0 not yet asked, 1 no, 2 yes)
const WORD_UNITS = new Uint8Array(0x10000);

/** `isWordChar` of one UTF-16 unit, read by its code (no one-character string made). */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = WORD_UNITS[c];
  if (known === 0) WORD_UNITS[c] = known = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A UTF-16 unit that starts a styled letter: the mathematical alphanumerics (𝗥, 𝐁), full-width forms (Ｒ), ligatures (ﬁ). */
export function isStyledUnit(c: number): boolean {
  return c === 0xd835 || (c >= 0xff01 && c <= 0xff5e) || (c >= 0xfb00 && c <= 0xfb06);
}

/** Styled letters read as plain ones ("𝗥𝗲𝗾𝘂𝗶𝘀𝗶𝘁𝗼𝘀" → "Requisitos"); a text without any is returned as it is, unscanned by NFKC. */
export function foldStyled(text: string): string {
  for (let i = 0; i < text.length; i++) if (isStyledUnit(text.charCodeAt(i))) return text.normalize("NFKC");
  return text;
}

// ---- perf: phrase lists searched as one ------------------------------------------------------------

interface ListIndex {
  /** phrase indices by one word run every match of the phrase shows as a whole word of the text */
  byRun: Map<string, number[]>;
  /** phrases with no such run: always searched */
  always: number[];
}

const LIST_INDEX = new WeakMap<readonly string[], { plain?: ListIndex; glued?: ListIndex }>();

function indexList(phrases: readonly string[], glued: boolean): ListIndex {
  const byRun = new Map<string, number[]>();
  const always: number[] = [];
  phrases.forEach((p, i) => {
    const runs = glued ? needleRuns(p).glued : needleRuns(p).plain;
    if (!runs.length) return void always.push(i);
    // the longest run: the rarest
    let key = runs[0];
    for (const r of runs) if (r.length > key.length) key = r;
    const list = byRun.get(key);
    if (list) list.push(i);
    else byRun.set(key, [i]);
  });
  return { byRun, always };
}

/**
 * The indices (a shared array: read it, never change it), in list order, of the phrases of `phrases` (lowercase, as `findIn` takes them) that
 * may occur in the text as `findIn` finds them: every other one surely does not. A list is indexed
 * once (by identity: pass a constant), a text's words once, so a caller looping over a long phrase
 * list with `findIn` loops over these few instead, with the same results.
 */
export function phraseCandidates(hay: Lowered, phrases: readonly string[], glued = false): number[] {
  let entry = LIST_INDEX.get(phrases);
  if (!entry) LIST_INDEX.set(phrases, (entry = {}));
  const index = glued ? (entry.glued ??= indexList(phrases, true)) : (entry.plain ??= indexList(phrases, false));
  const h = hay as IndexedLowered;
  const known = h.candidates?.get(index);
  if (known) return known;
  const words = (h.words ??= wordRuns(h.lower, new Set()));
  const out = index.always.slice();
  if (words.size < index.byRun.size) {
    for (const w of words) {
      const hit = index.byRun.get(w);
      if (hit) for (const i of hit) out.push(i);
    }
  } else {
    for (const [run, hit] of index.byRun) if (words.has(run)) for (const i of hit) out.push(i);
  }
  if (out.length > 1) out.sort((a, b) => a - b);
  (h.candidates ??= new Map()).set(index, out);
  return out;
}

/** Whether any phrase of `phrases` (lowercase) stands in the text: `phrases.some((p) => findIn(hay, p) >= 0)`, indexed. */
export function anyPhraseIn(hay: Lowered, phrases: readonly string[], glued = false): boolean {
  for (const i of phraseCandidates(hay, phrases, glued)) if (findIn(hay, phrases[i], 0, glued) >= 0) return true;
  return false;
}
