import { decodeHTMLStrict } from "entities";
import { cp1252Char } from "./cp1252.js";

/** Decodes one entity such as `&amp;`, `&oslash;`, `&#x2F;` or `&#8217;` (all of HTML5); unknown ones are returned as given. */
export function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return entity;
    // "&#146;": HTML reads 128–159 as the Windows-1252 characters of those bytes
    return code >= 0x80 && code <= 0x9f ? cp1252Char(code) : String.fromCodePoint(code);
  }
  const out = decodeHTMLStrict(entity);
  // "&shy;", "&zwj;": characters the text drops anyway
  return out === "\u00ad" || out === "\u200d" || out === "\u200c" ? "" : out;
}
