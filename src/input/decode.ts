import { LETTER_RE } from "../patterns.js";
import { decodeCp1252 } from "./cp1252.js";

/** Turns the bytes a scraper saved into text: BOMs, UTF-16, and a Windows-1252 fallback. */
export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes bytes; never throws. UTF-16 without a BOM is recognised by its zero bytes. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeCp1252(bytes), encoding: "windows-1252" };
  }
}

// "J\0o\0b\0" : ASCII text saved as UTF-16 without a BOM has a zero in every other byte.
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * True when the text looks like binary data rather than a posting: a high share of control
 * characters (NULs among them), unless what is left once they are dropped reads as prose (more than
 * 200 letters, mostly letters, in words parted by spaces as text is: bytes read as Windows-1252 have
 * a space in about one character of a hundred, prose in one of eight). A few stray NULs in a
 * posting, or many in a short one, are not binary.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) if (badUnit(text.charCodeAt(i))) bad++;
  if (bad / n <= 0.1) return false;
  // (letters and spaces are counted only for a text with that many bad characters: a posting almost never)
  let letters = 0;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (badUnit(c)) continue;
    if (c === 32 || c === 10) spaces++;
    else if (LETTER_RE.test(text[i]!)) letters++;
  }
  const rest = n - bad;
  return !(letters > 200 && letters > rest * 0.6 && spaces > rest * 0.08);
}

/** A control character (not a tab or a line end) or the replacement character. */
function badUnit(c: number): boolean {
  return c < 9 || (c > 13 && c < 32) || c === 0xfffd;
}
