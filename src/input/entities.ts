import { dict } from "../lexicon/dict.js";
/** HTML entities scraped text carries most often; numeric ones are decoded generically. */
const NAMED: Record<string, string> = dict({
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", bull: "•", middot: "·", euro: "€",
  pound: "£", yen: "¥", copy: "©", reg: "®", trade: "™", shy: "", zwj: "", zwnj: "", laquo: "«",
  raquo: "»", eacute: "é", egrave: "è", ecirc: "ê", agrave: "à", aacute: "á", acirc: "â", ccedil: "ç",
  ocirc: "ô", oacute: "ó", uacute: "ú", ugrave: "ù", iacute: "í", icirc: "î", iuml: "ï", ntilde: "ñ",
  auml: "ä", ouml: "ö", uuml: "ü", Auml: "Ä", Ouml: "Ö", Uuml: "Ü", szlig: "ß", Eacute: "É",
  times: "×", deg: "°", sect: "§", para: "¶", cent: "¢", frac12: "½", thinsp: " ", ensp: " ", emsp: " ",
});

/** Decodes one entity such as `&amp;`, `&#x2F;` or `&#8217;`; unknown ones are returned as given. */
export function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return entity;
    return String.fromCodePoint(code);
  }
  return NAMED[body] ?? NAMED[body.toLowerCase()] ?? entity;
}
