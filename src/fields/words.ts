/**
 * Finds a phrase as whole words, case-insensitively; returns its index or -1. With `glued`, a
 * phrase may also start or end where a lowercase letter meets a capital, as scraped badges run
 * together ("RemoteProductFull time", "Full TimeHybrid").
 */
export function findPhrase(text: string, phrase: string, options: { glued?: boolean } = {}): number {
  const lowered = text.toLowerCase();
  // a lowercase form of another length (Turkish "İ") would shift every index: search the text as given
  const hay = lowered.length === text.length ? lowered : text;
  const needle = phrase.toLowerCase();
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const end = i + needle.length;
    const before = i === 0 ? " " : hay[i - 1];
    const after = hay[end] ?? " ";
    const startOk = !isWordChar(before) || (options.glued === true && isLower(text[i - 1]) && isUpper(text[i]));
    const endOk = !isWordChar(after) || (options.glued === true && isLower(text[end - 1]) && isUpper(text[end]));
    if (startOk && endOk) return i;
    i = hay.indexOf(needle, i + 1);
  }
  return -1;
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
