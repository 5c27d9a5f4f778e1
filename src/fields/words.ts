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

/** Lowercases a text once for many `findIn` searches. */
export function lowered(text: string): Lowered {
  const lower = text.toLowerCase();
  // a lowercase form of another length (Turkish "İ") would shift every index: search the text as given
  return { text, lower: lower.length === text.length ? lower : text };
}

/** `findPhrase` over a text lowercased once; `needle` must be lowercase. */
export function findIn(hay: Lowered, needle: string, from = 0, glued = false): number {
  const { text, lower } = hay;
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

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR_RE.test(ch);
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
