/** Finds a phrase as whole words, case-insensitively; returns its index or -1. */
export function findPhrase(text: string, phrase: string): number {
  const hay = text.toLowerCase();
  const needle = phrase.toLowerCase();
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const before = i === 0 ? " " : hay[i - 1];
    const after = hay[i + needle.length] ?? " ";
    if (!isWordChar(before) && !isWordChar(after)) return i;
    i = hay.indexOf(needle, i + 1);
  }
  return -1;
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}
