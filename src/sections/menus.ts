import { ANY_DIGIT_RE, BREADCRUMB_SEP_RE, BUTTON_ROW_RE, DOMAIN_TAIL_RE, LINK_ROW_SEPARATORS_RE, WHITESPACE_SPLIT_RE } from "../patterns.js";
import { MENU_WORDS } from "../lexicon/names.js";
import type { Block } from "../tree/blocks.js";
import { uiActionLine } from "./chrome-shapes.js";
import { chromeLine } from "./phrases.js";
import { looksLikeTitle, menuLine } from "../detectors/header-lines.js";

const TOP = 30;
const MENU_ENTRY_CHARS = 32;
const MENU_ENTRY_WORDS = 4;
const MIN_RUN = 4;
// Menu words that confirm a run of short lines where two in five of its lines are such words.
const LONG_RUN_VOTES = 3;

/**
 * The site's menu and breadcrumb at the top of a scraped page, found by shape and confirmed by
 * vocabulary: a run of at least four short lines (no digits, at most four words, no title) of which at
 * least two, and half, are menu words ("Jobs", "Entreprises", "Anmelden") or navigation chrome; a line
 * of links and separators only; a breadcrumb ("Offres d'emploi > Assistant > Villeurbanne").
 * The other entries of a confirmed run go with it ("Alternance", "Formation"): a menu is one thing.
 */
export function menuBlocks(blocks: readonly Block[], already: ReadonlySet<Block>): Block[] {
  const out = menuRuns(blocks.slice(0, TOP), already, true);
  // the site's footer at the end of the page has the same shape ("Company / About / Careers / Press"): runs only, no breadcrumbs
  if (blocks.length > TOP) out.push(...menuRuns(blocks.slice(Math.max(TOP, blocks.length - TOP)), already, false));
  return out;
}

function menuRuns(top: readonly Block[], already: ReadonlySet<Block>, head: boolean): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < top.length) {
    if (!menuShaped(top[i], already)) {
      // (a row of bracketed buttons, "[ Apply Now ]  [ Email to a Friend ]  [ Print ]", anywhere near the top or the foot)
      if ((head && (breadcrumb(top[i]) || linkRow(top[i]) || menuRow(top[i]))) || buttonRow(top[i])) out.push(top[i]);
      i++;
      continue;
    }
    // one menu is one list (or a run of bare lines): a blank line or a new list ends it
    let j = i + 1;
    while (j < top.length && menuShaped(top[j], already) && top[j].type === top[i].type && top[j].list === top[i].list) j++;
    const run = top.slice(i, j);
    const votes = run.filter(menuWord).length;
    // the entries a vote carries along are short: "Alternance", "Formation"
    const carried = (b: Block) => menuWord(b) || b.text.split(WHITESPACE_SPLIT_RE).length <= 2;
    // (a longer run needs fewer: a public service's "Privatpersonen / Unternehmen / Institutionen / Über uns / Anmelden / Leichte Sprache")
    if (run.length >= MIN_RUN && votes >= 2 && (votes * 2 >= run.length || (votes >= LONG_RUN_VOTES && votes * 5 >= run.length * 2))) out.push(...run.filter((b) => !already.has(b) && carried(b)));
    i = j;
  }
  return out;
}

function menuWord(b: Block): boolean {
  // a button in the run ("Book a demo", "Voir les offres") votes for a menu as a menu word does
  return MENU_WORDS.has(b.text.toLowerCase()) || chromeLine(b.text) === "navigation" || uiActionLine(b.text);
}

function menuShaped(b: Block, already: ReadonlySet<Block>): boolean {
  if (already.has(b)) return true;
  if (b.type === "heading" && !b.pseudo) return false;
  const t = b.text;
  // (the cheap tests first: most lines are too long to be an entry)
  if (t.length > MENU_ENTRY_CHARS) return false;
  // a title ends the menu above it: the run never reaches into the posting's own header ("Alternance", one word, may be an entry)
  const words = t.split(WHITESPACE_SPLIT_RE).length;
  return words <= MENU_ENTRY_WORDS && !t.endsWith(":") && !ANY_DIGIT_RE.test(t.replace(DOMAIN_TAIL_RE, "")) && !(words >= 2 && looksLikeTitle(t));
}

/** "Home | Search Jobs | Employers | Advertise | Contact Us": a row of menu entries between bars, most of them menu words. */
function menuRow(b: Block): boolean {
  return b.text.length <= 200 && b.text.includes(" | ") && menuLine(b.text);
}

/** "[ Apply Now ]  [ Email to a Friend ]  [ Print ]": nothing but two or more bracketed buttons. */
function buttonRow(b: Block): boolean {
  return b.text.length <= 200 && BUTTON_ROW_RE.test(b.text);
}

/** "Offres d'emploi > Assistant administratif > Villeurbanne": three or more short parts. */
function breadcrumb(b: Block): boolean {
  if (b.text.length > 160) return false;
  const parts = b.text.split(BREADCRUMB_SEP_RE);
  return parts.length >= 3 && parts.every((p) => p.trim().length > 0 && p.split(WHITESPACE_SPLIT_RE).length <= 5);
}

/** "[Vagas](…) | [Sobre nós](…) | [Acessibilidade](…)": nothing but three or more links and separators. */
function linkRow(b: Block): boolean {
  if (b.links.length < 3 || b.text.length > 200) return false;
  let rest = b.text;
  for (const l of b.links) rest = rest.replace(l.text, "");
  return rest.replace(LINK_ROW_SEPARATORS_RE, "").length === 0;
}
