import { LANGUAGE_LETTERS, STOP_WORDS } from "../lexicon/terms.js";
import { LETTER_RE, WHITESPACE_SPLIT_RE } from "../patterns.js";

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/**
 * The posting's language (ISO 639-1) from the stop words and job words of its prose ("the",
 * "und", "requisitos", "expérience") and the letters only some languages write ("ñ", "ß", "ã"),
 * offline and instant. Reads at most the first 20,000 characters; null when no language has
 * enough evidence.
 */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  // links and e-mail addresses are no one's prose ("example.com" holds Portuguese "com")
  const sample = (text.length > 20000 ? text.slice(0, 20000) : text)
    .split(WHITESPACE_SPLIT_RE)
    .filter((t) => !t.includes("://") && !t.startsWith("www.") && !t.includes("@"))
    .join(" ");
  let word = "";
  let total = 0;
  const add = (lang: string, n: number) => counts.set(lang, (counts.get(lang) ?? 0) + n);
  const flush = () => {
    if (word.length === 0) return;
    const langs = INDEX.get(word);
    if (langs) for (const l of langs) add(l, 1 / langs.length);
    total++;
    word = "";
  };
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i];
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) word += ch.toLowerCase();
    else if (c > 191 && LETTER_RE.test(ch)) {
      const lower = ch.toLowerCase();
      const hint = LANGUAGE_LETTERS[lower];
      if (hint) add(hint, 0.5);
      word += lower;
    } else flush();
  }
  flush();
  let best: string | null = null;
  let bestN = 0;
  for (const [l, n] of counts) if (n > bestN) [best, bestN] = [l, n];
  return bestN >= 3 || (bestN >= 2 && bestN / total > 0.15) ? best : null;
}
