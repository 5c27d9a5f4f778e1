import type { Context } from "../context.js";
import { parseLocations } from "../fields/location.js";
import { CLASSIFIED_HEADLINE_RE, CLASSIFIED_SENTENCE_END_RE } from "../patterns.js";
import type { Location } from "../schema.js";
import type { Block } from "../tree/blocks.js";

/** What a classified ad's run-on headline states. */
export interface ClassifiedHeadline {
  block: Block;
  title: string;
  company: string | null;
  locations: Location[];
}

const DIGITS = new Set("0123456789");
// joining words of a role in capitals ("CHEF DE PARTIE", "BAR AND KITCHEN STAFF")
const JOINERS = new Set(["and", "of", "for", "the", "de", "la", "le", "les", "des", "du", "und", "y", "e", "di", "del", "a", "en", "im", "het", "na", "do", "da"]);
const VOWELS = new Set("AEIOUY");

const MEMO = new WeakMap<object, ClassifiedHeadline | null>();

/**
 * A classified ad's run-on headline, as local boards print it: a role in capitals with a hiring
 * word, then the employer, its street and town in one sentence, then the terms ("NIGHT BAKER NEEDED —
 * Crumb & Co, 12 Mill Ln, Bristol. Early shifts, £13/hr."). The employer is the first comma piece
 * when it is a name (not a street number or the town); the place is the last piece of the sentence.
 */
export function classifiedHeadline(ctx: Context): ClassifiedHeadline | null {
  if (MEMO.has(ctx)) return MEMO.get(ctx)!;
  let out: ClassifiedHeadline | null = null;
  for (const b of ctx.blocks.slice(0, 3)) {
    const m = CLASSIFIED_HEADLINE_RE.exec(b.text.trim());
    if (!m) continue;
    const title = titleCase(m[1].trim());
    const end = m[2].search(CLASSIFIED_SENTENCE_END_RE);
    const sentence = end >= 0 ? m[2].slice(0, end) : m[2];
    const pieces = sentence.split(",").map((p) => p.trim()).filter(Boolean);
    const last = pieces.length ? pieces[pieces.length - 1] : null;
    const locations = last ? parseLocations(last, { strict: true }) : [];
    const first = pieces[0];
    const company = pieces.length >= 2 && first.length <= 60 && !DIGITS.has(first[0]) && parseLocations(first, { strict: true }).length === 0 ? first : null;
    out = { block: b, title, company, locations };
    break;
  }
  MEMO.set(ctx, out);
  return out;
}

/** "NIGHT BAKER" → "Night Baker", "CHEF DE PARTIE" → "Chef de Partie"; acronyms ("IT", "HGV") stay. */
function titleCase(s: string): string {
  return s
    .split(" ")
    .map((w, i) => {
      const low = w.toLowerCase();
      if (i > 0 && JOINERS.has(low)) return low;
      if (w.length <= 2 || (w.length === 3 && ![...w].some((c) => VOWELS.has(c)))) return w;
      return w[0] + low.slice(1);
    })
    .join(" ");
}
