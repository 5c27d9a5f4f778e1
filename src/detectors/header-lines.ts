import type { Context } from "../context.js";
import { parseDate } from "../fields/dates.js";
import { parseEmploymentType } from "../fields/employment.js";
import { knownCity, parseLocations } from "../fields/location.js";
import { findSalaries } from "../fields/salary.js";
import { parseWorkplaceBadge } from "../fields/workplace.js";
import { anyPhraseIn, findIn, lowered, phraseCandidates } from "../fields/words.js";
import { MORE_ROLE_WORDS, NOT_ROLE_FAMILY_WORDS, NOT_TITLE_WORDS, ROLE_SUFFIX_FAMILIES, ROLE_WORDS } from "../lexicon/roles.js";
import {
  ABBREVIATED_NAME_END_RE, AVATAR_FOR_WORD_RE, NON_HYPHEN_WORD_CHARS_RE, BREADCRUMB_RE, MENU_ROW_SPLIT_RE, LETTER_RE, LOGO_END_RE, MULTIWORD_MARK_RE, NON_WORD_CHARS_RE, SENTENCE_PUNCT_END_RE,
  WHITESPACE_SPLIT_RE, BLANK_LINE_RE,
} from "../patterns.js";
import { withoutIcon } from "../input/repair.js";
import { MENU_WORDS } from "../lexicon/names.js";
import { chromeLine, classifyHeading, phraseRun } from "../sections/phrases.js";
import type { Block } from "../tree/blocks.js";
import { perText } from "../memo.js";

/** What one short line at the top of a posting is. */
export type HeaderRole = "date" | "salary" | "location" | "badge" | "chrome" | "logo" | "counter" | "text";

// Detectors ask about the same header lines many times; the answers are kept per parse (per context
// object, dropped with it), never across parses.
const ROLES = new WeakMap<object, Map<string, HeaderRole>>();

/** Reads one header line for what it is; lines with a role are not titles or company names. */
export function headerRole(text: string, ctx: Pick<Context, "now">): HeaderRole {
  let memo = ROLES.get(ctx);
  if (!memo) ROLES.set(ctx, (memo = new Map()));
  let role = memo.get(text);
  if (role === undefined) memo.set(text, (role = readRole(text, ctx)));
  return role;
}

function readRole(text: string, ctx: Pick<Context, "now">): HeaderRole {
  // "📍 Oslo, Norway", "💰 €60k": the fact without its icon
  const t = withoutIcon(text.trim());
  if (chromeLine(t)) return "chrome";
  // breadcrumbs: "Inicio » Ofertas de trabajo » Barcelona » Desarrollador/a Frontend"
  if (BREADCRUMB_RE.test(t)) return "chrome";
  if (LOGO_END_RE.test(t) || AVATAR_FOR_WORD_RE.test(t)) return "logo";
  if (t.length < 80) {
    const low = lowered(t);
    if (anyPhraseIn(low, NOT_TITLE_WORDS)) return "counter";
  }
  if (t.length <= 60 && t.split(WHITESPACE_SPLIT_RE).length <= 6 && parseDate(t, ctx.now)) return "date";
  if (t.length <= 80 && findSalaries(t).length > 0) return "salary";
  // (perf: a line that reads as a title is neither, and the title test is cheap and kept per parse: it goes first)
  if (t.length <= 40 && !looksLikeTitle(t) && (parseWorkplaceBadge(t) || parseEmploymentType(t))) return "badge";
  if (t.length <= 80 && !looksLikeTitle(t) && parseLocations(t, { strict: true }).length > 0) return "location";
  if (t.length <= 80 && looksLikeTitle(t) && placeHoldsRole(t)) return "location";
  return "text";
}

/**
 * Whether a line that reads as a title names its role only inside a place's name: "Salvador - BA (1 vaga)",
 * "Quito, Ecuador" (a role ending, "-ador"); without the places the line names no role.
 */
function placeHoldsRole(t: string): boolean {
  const locs = parseLocations(t, { strict: true });
  // (the towns must be ones the tables know: strict reading still takes "ASESOR DE CLIENTES (La Paz)" for a town and its region)
  if (locs.length === 0 || locs.some((l) => l.city !== null && knownCity(l.city) === null)) return false;
  // (the names only: a line read whole as a place, "Analytics Engineer at PostNord, Stockholm", keeps its role)
  let rest = t;
  for (const l of locs) for (const name of [l.city, l.region, l.country]) if (name) rest = rest.replace(name, " ");
  return !looksLikeTitle(rest);
}

// Role words split once: single words (looked up by token) and phrases (searched as text).
const ALL_ROLES = [...ROLE_WORDS, ...MORE_ROLE_WORDS];
const ROLE_SINGLE = new Set(ALL_ROLES.filter((w) => !MULTIWORD_MARK_RE.test(w)));
const ROLE_PHRASES = ALL_ROLES.filter((w) => MULTIWORD_MARK_RE.test(w));
const ROLE_SUFFIXES = ["", "s", "es", "in", "innen", "e", "a", "as", "os"];

/** A line reads as a job title when it is short and names a role ("Senior Backend Engineer", "Chef de projet (H/F)"). */
export function looksLikeTitle(text: string): boolean {
  return titleLike(text);
}

const titleLike = perText(readsAsTitle);

function readsAsTitle(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 110) return false;
  if (SENTENCE_PUNCT_END_RE.test(t) && !ABBREVIATED_NAME_END_RE.test(t)) return false;
  if (t.split(WHITESPACE_SPLIT_RE).filter((w) => LETTER_RE.test(w)).length > 16) return false;
  const lower = t.toLowerCase();
  const tokens = lower.split(NON_WORD_CHARS_RE).filter(Boolean);
  let role = tokens.some(roleToken);
  // "Aide-soignant(e)": a role written with a hyphen is one word of the lexicon
  if (!role && lower.includes("-")) role = hyphenWords(lower).some(roleToken);
  if (!role) {
    const low = lowered(lower);
    role = anyPhraseIn(low, ROLE_PHRASES);
  }
  return role && !classifyHeading(t);
}

/** The hyphenated words of a line: "Aide-soignant(e)" → "Aide-soignant". */
function hyphenWords(text: string): string[] {
  return text.split(NON_HYPHEN_WORD_CHARS_RE).filter((w) => w.length > 2 && w.includes("-") && !w.startsWith("-") && !w.endsWith("-"));
}

// "engineer" matches "engineers", "Entwickler" matches "Softwareentwicklerin", but not "engineered"
export function roleToken(tok: string): boolean {
  for (const suffix of ROLE_SUFFIXES) {
    if (!tok.endsWith(suffix)) continue;
    const stem = tok.slice(0, tok.length - suffix.length);
    if (ROLE_SINGLE.has(stem)) return true;
    // German compounds end in the role: "Softwareentwickler", "Systemadministrator"
    // (not a field of work the German compound ends in: "Feinmechanik" is no "mechanik", a mechanic in Polish)
    for (let k = 6; k < stem.length - 2; k++) if (ROLE_SINGLE.has(stem.slice(stem.length - k)) && !NOT_ROLE_FAMILY_WORDS.has(stem.slice(stem.length - k))) return true;
  }
  return roleFamily(tok);
}

// a role by its ending: "barista", "électricien", "programador", "electrician" (long words only, known non-roles aside)
function roleFamily(tok: string): boolean {
  if (tok.length < 7 || NOT_ROLE_FAMILY_WORDS.has(tok)) return false;
  const word = tok.endsWith("s") && !tok.endsWith("ss") ? tok.slice(0, -1) : tok;
  if (NOT_ROLE_FAMILY_WORDS.has(word)) return false;
  return ROLE_SUFFIX_FAMILIES.some((f) => word.endsWith(f) && word.length - f.length >= 4);
}

/** The blocks of the header that are short lines (≤ 120 characters), in order. */
export function headerLines(ctx: Context): Block[] {
  return ctx.header.filter((b) => b.text.length <= 120);
}

// How far down the page a facts block still counts as the top (blocks), and how long its lines are.
const TOP_BLOCKS = 40;
const FACT_LINE_MAX = 120;
const FACT_ROLES: ReadonlySet<HeaderRole> = new Set(["date", "salary", "location", "badge"]);
// Headings a board's tab row or overview carries, which a facts block may follow.
const TAB_KINDS: ReadonlySet<string> = new Set(["about-company", "overview", "other", "about-role", "compensation"]);
const TOP_FACTS = new WeakMap<object, Block[]>();

/**
 * The header's short lines and the facts block near the top that a tab label or a section heading
 * put after them: Pracuj-like pages write "O firmie" / "About the company" between the title and
 * "Kraków / umowa o pracę / pełny etat". A run of short lines counts when two or more of them, and at
 * least half, are places, dates, pay or contract badges. A paragraph of such lines is read line by line.
 */
export function topFactLines(ctx: Context): Block[] {
  return [...headerLines(ctx), ...factsBelowHeader(ctx)];
}

/** The lines of the facts block that stands after the header near the top, or none (read once per parse). */
export function factsBelowHeader(ctx: Context): readonly Block[] {
  let memo = TOP_FACTS.get(ctx);
  if (!memo) TOP_FACTS.set(ctx, (memo = readFactsBelowHeader(ctx)));
  return memo;
}

function readFactsBelowHeader(ctx: Context): Block[] {
  const last = ctx.header.length > 0 ? ctx.blocks.indexOf(ctx.header[ctx.header.length - 1]) : -1;
  const chrome = new Set(ctx.chromeBlocks.map((c) => c.block));
  // the facts block stands before the posting's lists: a duties or benefits heading ends the search
  const listHeads = new Set(ctx.sections.filter((s) => s.known && s.heading && !TAB_KINDS.has(s.kind)).map((s) => s.heading));
  // perf: the lines are read in order only until the count is settled either way (a line's role costs
  // a date, a pay and a place parse): a run of prose lines fails once too few are left to make half
  const facts = (run: Block[]) => {
    const need = Math.max(2, Math.ceil(run.length / 2));
    let n = 0;
    for (let i = 0; i < run.length; i++) {
      if (n + (run.length - i) < need) return false;
      if (FACT_ROLES.has(headerRole(run[i].text, ctx)) && ++n >= need) return true;
    }
    return false;
  };
  let run: Block[] = [];
  for (let i = last + 1; i < Math.min(ctx.blocks.length, TOP_BLOCKS); i++) {
    const b = ctx.blocks[i];
    if (chrome.has(b)) continue;
    if (listHeads.has(b)) break;
    const lines = b.type === "heading" ? null : ctx.format === "html" ? [b] : linesOf(b, ctx.text);
    if (lines === null || lines.some((l) => l.text.length > FACT_LINE_MAX)) {
      if (facts(run)) return run;
      run = [];
      continue;
    }
    run.push(...lines);
  }
  return facts(run) ? run : [];
}

/** The source lines of a block, each as a block of its own (a paragraph of one fact a line). */
function linesOf(b: Block, text: string): Block[] {
  const src = text.slice(b.start, b.end);
  if (!src.includes("\n") || b.text.length <= FACT_LINE_MAX) return [b];
  const out: Block[] = [];
  let at = b.start;
  for (const line of src.split("\n")) {
    const t = line.trim();
    if (t) out.push({ ...b, text: t, start: at + line.indexOf(t), end: at + line.indexOf(t) + t.length, links: [] });
    at += line.length + 1;
  }
  return out;
}

/** Whether the line's role noun is written as a name is ("Warehouse Associate", "CARISTE"), not a plural in a sentence ("des maçons"). */
export function capitalisedRole(text: string): boolean {
  for (const tok of text.split(NON_WORD_CHARS_RE)) {
    if (!tok || tok[0] === tok[0].toLowerCase()) continue;
    if (roleToken(tok.toLowerCase())) return true;
  }
  // "Aide-soignant(e)": a hyphenated role, capitalised
  if (text.includes("-")) for (const w of hyphenWords(text)) if (w[0] !== w[0].toLowerCase() && roleToken(w.toLowerCase())) return true;
  const low = lowered(text.toLowerCase());
  return phraseCandidates(low, ROLE_PHRASES).some((k) => {
    const w = ROLE_PHRASES[k];
    const i = findIn(low, w);
    return i >= 0 && (w.startsWith("(") || w.includes("/") || text[i] !== text[i].toLowerCase());
  });
}

/**
 * A line that is a board's menu, not a title or a name: one entry ("Espace recruteur", "Find Jobs"),
 * or a row of entries most of which are menu words ("Jobs | Companies | Services", "Empleos Empresas
 * Salarios Ingresar").
 */
// A site menu written one entry per line: at least this many lines of at most two words, no blank line between them.
const NAV_RUN_LINES = 4;
const NAV_ENTRY_WORDS = 2;
// In a menu at most one line in three reads as a fact (a place, a contract word).
const NAV_FACT_SHARE = 3;

/**
 * Whether a line is an entry of a site menu: one line of a run of one- and two-word lines with no
 * blank between them, most of which are no facts of a job ("Jobs" ⏎ "Ausbildung" ⏎ "Immobilien" ⏎
 * "Mein Konto"); a run of badges ("Full-time" ⏎ "Remote" ⏎ "Senior" ⏎ "Berlin") is no menu.
 */
export function navigationEntry(line: Block, ctx: Context): boolean {
  const run = shortLineRun(line, ctx, NAV_ENTRY_WORDS);
  if (!run || run.lines.length < NAV_RUN_LINES) return false;
  const facts = run.lines.filter((b) => FACT_ROLES.has(headerRole(b.text, ctx))).length;
  return facts * NAV_FACT_SHARE <= run.lines.length;
}

/**
 * The run of short lines a line stands in: the blocks around it of at most `words` words each (no
 * heading), with no blank line between them, and the line's index in the run. Null when the line is
 * not short itself or not among the blocks.
 */
export function shortLineRun(line: Block, ctx: Context, words: number): { lines: Block[]; at: number } | null {
  const short = (b: Block | undefined) => !!b && b.type !== "heading" && b.text.trim().split(WHITESPACE_SPLIT_RE).length <= words;
  if (!short(line)) return null;
  const at = ctx.blocks.findIndex((b) => b === line || b.start === line.start);
  if (at < 0) return null;
  const joined = (x: Block, y: Block) => y.start >= x.end && !BLANK_LINE_RE.test(ctx.text.slice(x.end, y.start));
  let a = at;
  let z = at;
  while (a > 0 && short(ctx.blocks[a - 1]) && joined(ctx.blocks[a - 1], ctx.blocks[a])) a--;
  while (z < ctx.blocks.length - 1 && short(ctx.blocks[z + 1]) && joined(ctx.blocks[z], ctx.blocks[z + 1])) z++;
  return { lines: ctx.blocks.slice(a, z + 1), at: at - a };
}

export function menuLine(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (MENU_WORDS.has(t)) return true;
  let parts = t.split(MENU_ROW_SPLIT_RE).map((p) => p.trim()).filter(Boolean);
  // one line of single-word entries: "empleos empresas salarios ingresar"
  if (parts.length < 2) parts = t.split(WHITESPACE_SPLIT_RE);
  if (parts.length < 2 || parts.length > 12) return false;
  const menu = parts.filter((p) => MENU_WORDS.has(p)).length;
  if (menu >= 2 && menu * 3 >= parts.length * 2) return true;
  return menuPhrases(t.split(WHITESPACE_SPLIT_RE));
}

/** "Search Jobs Browse Jobs Career Advice Recruiters": a line read as menu entries of several words, two thirds of its words. */
function menuPhrases(words: readonly string[]): boolean {
  if (words.length < 3 || words.length > 16) return false;
  const { covered, entries } = phraseRun(words, MENU_WORDS, true);
  return entries >= 3 && covered * 3 >= words.length * 2;
}
