import {
  LANGUAGE_LETTER_RANGES, LANGUAGE_LETTERS, SCRIPT_DEFAULTS, SCRIPT_LETTER_RANGES, SCRIPT_LETTERS, SCRIPT_RANGES, STOP_WORDS,
  UNSPACED_SCRIPTS,
} from "../lexicon/terms.js";
import { LETTER_RE, WHITESPACE_SPLIT_RE } from "../patterns.js";
import { foldStyled } from "./words.js";

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of new Set(words)) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/** How much one letter only some languages write weighs against one stop word. */
const LETTER_WEIGHT = 0.5;
/** A writing system's share of the words, at least, for the text to be read as that script's language. */
const SCRIPT_SHARE = 0.25;

function inRanges(c: number, ranges: readonly [number, number, string][]): string | null {
  for (const [from, to, name] of ranges) if (c >= from && c <= to) return name;
  return null;
}

/** The script of a letter that is not Latin ("ko", "cyrillic", "han"…), null for Latin and unknown letters. */
function scriptOf(c: number): string | null {
  if (c < 0x0370 || (c >= 0x1e00 && c <= 0x1eff)) return null;
  return inRanges(c, SCRIPT_RANGES);
}

function asciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The most weighty key of a tally, with its weight. */
function top(counts: Map<string, number>): [string | null, number] {
  let best: string | null = null;
  let bestN = 0;
  for (const [k, n] of counts) if (n > bestN) [best, bestN] = [k, n];
  return [best, bestN];
}

const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

// perf: a letter's languages ("da sv nb") split once, not at every letter of the text
const HINT_LANGUAGES = new Map<string, string[]>();
function hintLanguages(hint: string): string[] {
  let langs = HINT_LANGUAGES.get(hint);
  if (!langs) HINT_LANGUAGES.set(hint, (langs = hint.split(" ")));
  return langs;
}

/**
 * The posting's language (ISO 639-1), offline and instant. A writing system that names a language
 * (Hangul, kana, Cyrillic, Greek, Arabic, Thai…) decides when it holds a good share of the words,
 * its letters telling the languages of one script apart ("і" Ukrainian, "ы" Russian). Latin text is
 * read from the stop words and job words of its prose ("the", "und", "się", "của", "requisitos") and
 * the letters only some languages write ("ñ", "ß", "ã", "ł", "ư", "ộ"). Reads at most the first
 * 20,000 characters; null when no language has enough evidence.
 */
export function detectLanguage(text: string): string | null {
  // links and e-mail addresses are no one's prose ("example.com" holds Portuguese "com")
  // (perf: a text with no "://", "www." or "@" has no such word: read as it is, its spaces are no letters either way)
  const folded = foldStyled(text.length > 20000 ? text.slice(0, 20000) : text);
  const sample = folded.includes("://") || folded.includes("www.") || folded.includes("@")
    ? folded.split(WHITESPACE_SPLIT_RE).filter((t) => !t.includes("://") && !t.startsWith("www.") && !t.includes("@")).join(" ")
    : folded;
  const latin = new Map<string, number>();
  const scripts = new Map<string, number>();
  const scriptHints = new Map<string, Map<string, number>>();
  let latinWords = 0;
  let word = "";
  let wordScript: string | null = null;
  const flush = () => {
    if (word.length === 0) return;
    if (wordScript === null) {
      const langs = INDEX.get(word);
      if (langs) for (const l of langs) add(latin, l, 1 / langs.length);
      latinWords++;
    } else if (!(wordScript in UNSPACED_SCRIPTS)) add(scripts, wordScript, 1);
    word = "";
  };
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (asciiLetter(c)) {
      if (wordScript !== null) flush();
      wordScript = null;
      // perf: a run of ASCII letters is taken whole
      // (and lowered only when it holds a capital)
      let end = i + 1;
      let capital = c <= 90;
      for (let d = sample.charCodeAt(end); end < sample.length && asciiLetter(d); d = sample.charCodeAt(++end)) if (d <= 90) capital = true;
      word += capital ? sample.slice(i, end).toLowerCase() : sample.slice(i, end);
      i = end - 1;
    } else if (c > 191 && LETTER_RE.test(sample[i])) {
      const ch = sample[i];
      const script = scriptOf(c);
      if (script !== wordScript) flush();
      wordScript = script;
      const lower = ch.toLowerCase();
      word += lower;
      if (script === null) {
        const hint = LANGUAGE_LETTERS[lower] ?? inRanges(c, LANGUAGE_LETTER_RANGES);
        if (hint) {
          const langs = hintLanguages(hint);
          for (const l of langs) add(latin, l, LETTER_WEIGHT / langs.length);
        }
        continue;
      }
      const per = UNSPACED_SCRIPTS[script];
      if (per) add(scripts, script, 1 / per);
      const hint = SCRIPT_LETTERS[lower] ?? inRanges(c, SCRIPT_LETTER_RANGES);
      if (hint) {
        const hints = scriptHints.get(script) ?? new Map<string, number>();
        scriptHints.set(script, hints);
        add(hints, hint, 1);
      }
    } else flush();
  }
  flush();
  const [best, bestN] = top(latin);
  const [script, scriptN] = top(scripts);
  // "회원ID" and "Python" in a Korean posting are English words; a Korean name in an English one is not Korean
  if (script && scriptN >= 3 && scriptN >= bestN && scriptN >= SCRIPT_SHARE * (scriptN + latinWords)) {
    const [hinted] = top(scriptHints.get(script) ?? new Map<string, number>());
    return hinted ?? SCRIPT_DEFAULTS[script] ?? script;
  }
  return bestN >= 3 || (bestN >= 2 && bestN / latinWords > 0.15) ? best : null;
}
