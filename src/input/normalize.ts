import { ENTITY_TAIL_RE, MOJIBAKE_HINT_RE, NORMALIZE_RE } from "../patterns.js";
import { isStyledUnit } from "../fields/words.js";
import { decodeEntity } from "./entities.js";
import { mapBack } from "./offset-map.js";
import { mojibakeEdits } from "./mojibake.js";

/**
 * Text cleaned for parsing, with a map back to the input as given so that every value can point
 * to its source: `toOriginal(i)` is the input offset of normalised offset `i`.
 */
export interface Normalized {
  text: string;
  toOriginal(offset: number): number;
}

/**
 * Line endings to LF, Unicode spaces to spaces, zero-width characters, soft hyphens and control
 * characters (NULs, C1) out, styled letters (𝐁𝐞𝐧𝐞𝐟𝐢𝐭𝐬, full-width) plain, HTML entities (also double-escaped) decoded, mojibake of Windows-1252
 * and ISO-8859-1 ("weâ€™re", "weâ\u0080\u0099re") repaired.
 */
export function normalizeText(input: string, options: { entities?: boolean } = {}): Normalized {
  // mojibake first: its C1 controls and "Â" + no-break space would be dropped or spaced below
  if (MOJIBAKE_HINT_RE.test(input)) {
    const pre = mojibakeEdits(input);
    if (pre.text !== input) {
      const n = normalizeRepaired(pre.text, options);
      return { text: n.text, toOriginal: (i) => pre.toSource(n.toOriginal(i)) };
    }
  }
  return normalizeRepaired(input, options);
}

function normalizeRepaired(input: string, options: { entities?: boolean }): Normalized {
  const decodeEntities = options.entities !== false;
  const normStarts: number[] = [0];
  const origStarts: number[] = [0];
  let out = "";
  let last = 0;
  NORMALIZE_RE.lastIndex = 0;
  const source = MOJIBAKE_HINT_RE.test(input) ? input : null;
  const re = new RegExp(NORMALIZE_RE.source, NORMALIZE_RE.flags);
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const s = m[0];
    let rep: string;
    const c = s.charCodeAt(0);
    if (c === 13) rep = "\n";
    else if (c === 38 /* & */) {
      if (!decodeEntities) continue;
      rep = decodeEntity(s);
      // "&amp;amp;" and "&amp;nbsp;": decode once more when the result is itself an entity
      if (rep === "&") {
        const tail = ENTITY_TAIL_RE.exec(input.slice(m.index + s.length, m.index + s.length + 12));
        if (tail) {
          rep = decodeEntity("&" + tail[0]);
          re.lastIndex = m.index + s.length + tail[0].length;
          out += input.slice(last, m.index);
          normStarts.push(out.length);
          origStarts.push(m.index);
          out += normSpace(rep);
          last = re.lastIndex;
          normStarts.push(out.length);
          origStarts.push(last);
          continue;
        }
      }
      rep = normSpace(rep);
    } else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) rep = "";
    // a vertical tab or form feed (text from PDFs) ends a line; any other control character goes
    else if (c === 0x0b || c === 0x0c) rep = "\n";
    // "𝗥𝗲𝗾𝘂𝗶𝘀𝗶𝘁𝗼𝘀", "Ｒｅｍｏｔｅ", "ﬁnance": LinkedIn's styled letters, full-width forms and ligatures read as plain ones
    else if (isStyledUnit(c)) rep = s.normalize("NFKC");
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) rep = "";
    else rep = " ";
    out += input.slice(last, m.index);
    normStarts.push(out.length);
    origStarts.push(m.index);
    out += rep;
    last = m.index + s.length;
    normStarts.push(out.length);
    origStarts.push(last);
  }
  out += input.slice(last);
  if (source !== null) {
    const repaired = mojibakeEdits(out);
    if (repaired.text !== out) {
      const toNormalised = makeMap(normStarts, origStarts, input.length, out.length);
      return { text: repaired.text, toOriginal: (i) => toNormalised(repaired.toSource(i)) };
    }
  }
  return { text: out, toOriginal: makeMap(normStarts, origStarts, input.length, out.length) };
}

function normSpace(s: string): string {
  return s === "\u00a0" || s === "\u202f" ? " " : s;
}

function makeMap(norm: number[], orig: number[], origLen: number, outLen: number) {
  return (offset: number): number => (offset >= outLen ? origLen : mapBack(norm, orig, offset, origLen));
}
