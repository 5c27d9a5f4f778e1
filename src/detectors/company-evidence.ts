import { spanOf, type Context } from "../context.js";
import { parseLocations } from "../fields/location.js";
import {
  ANONYMOUS_CLIENT, ARTICLES_AFTER_CUE, CASED_LEGAL_FORMS, CLIENT_HEADING_WORDS, ROMANCE_ARTICLES, FIRST_PLURAL_ENDINGS, COMPANY_NOUNS, HIRING_BEFORE_CUES, HIRING_VERBS, WE_ARE_CUES, MENU_WORDS, PLACE_CUE_PRONOUNS, PLACE_CUE_STOCK_NOUNS, TOPIC_CUES, WE_AT_CUES, WEAK_LEGAL_FORMS, GOVERNMENT_OF, PUBLIC_BODY_OF, GOVERNMENT_SUFFIX, LEGAL_FORMS, NAMED_CLIENT_LEADS, NAME_AFTER_COMMA_CUES, NAME_AFTER_CUES, NAME_BEFORE_CUES, NOT_COMPANY_PREDICATES, NOT_EMPLOYER_HOSTS, NOT_NAME_WORDS, JOB_BOARD_NAMES,
} from "../lexicon/names.js";
import { ELIDED_LEAD_RE, BOARD_JOBS_WORD_RE, DOMAIN_END_RE, LEGAL_TAIL_PUNCT_RE, NAME_END_COMMA_RE, COPYRIGHT_OWNER_RE, COMPANY_SUBJECT_RE, NON_LETTER_SPLIT_RE, TRAILING_PARENS_RE, INSTITUTION_OF_END_RE, EMAIL_RE, LEADING_ARTICLE_RE, URL_RE, WE_APPOSITIVE_RE, WHITESPACE_SPLIT_RE } from "../patterns.js";
import type { Span } from "../schema.js";
import { classifyHeading, labelField } from "../sections/phrases.js";
import { looksLikeTitle } from "./header-lines.js";
import type { Block } from "../tree/blocks.js";

/** What the posting says for one candidate name. */
export interface NameEvidence {
  name: string;
  score: number;
  /** the weight of the cues alone */
  cue: number;
  /** independent kinds of evidence: cue, repeat, domain, legal, government */
  kinds: Set<string>;
  spans: Span[];
}

const OPEN_PUNCT = "(\"'“‘«[*_";
const CLOSE_PUNCT = ")\"'”’»]*_,;:!?";
const CONNECTORS = new Set(["of", "and", "&", "de", "du", "des", "der", "für", "y", "e", "do", "da", "la", "van", "von", "und", "for", "the", "z", "o.o."]);
const LEGAL = new Set(LEGAL_FORMS);
const GENERIC_HOST_PARTS = new Set(["www", "help", "login", "secure", "account", "accounts", "auth", "sso", "support", "search", "signup", "m", "com", "org", "net", "gov", "edu", "gob", "gouv", "co", "ac", "mail", "email", "careers", "career", "jobs", "job", "apply", "boards", "hr", "recruiting", "talent", "work", "team", "info", "example", "app", "api", "cdn", "static", "img", "images", "assets"]);
// hosts of applicant-tracking boards whose first path segment is the employer's slug, and the page names that stand there instead
const ATS_PATH_HOSTS = new Set(["greenhouse", "lever", "ashbyhq", "smartrecruiters", "workable", "breezy", "recruiterflow", "jobvite", "bamboohr"]);
const ATS_PATH_PAGES = new Set(["embed", "job", "jobs", "j", "o", "en", "de", "fr", "es", "nl", "pl", "pt", "en-us", "job_app", "careers", "board", "boards", "api", "v1"]);
const ARTICLES = new Set(["a", "the", "die", "der", "das", "la", "le", "les", "el", "los", "o", "l'"]);

function isUpper(c: string | undefined): boolean {
  return !!c && c !== c.toLowerCase() && c === c.toUpperCase();
}
function isDigit(c: string | undefined): boolean {
  return !!c && c >= "0" && c <= "9";
}

/** A word without the quotes and brackets around it, and whether a clause ends after it. */
function bare(tok: string): { word: string; ends: boolean } {
  let a = 0;
  let b = tok.length;
  while (a < b && OPEN_PUNCT.includes(tok[a])) a++;
  let ends = false;
  while (b > a && CLOSE_PUNCT.includes(tok[b - 1])) {
    if (",;:!?".includes(tok[b - 1])) ends = true;
    b--;
  }
  let word = tok.slice(a, b);
  // a full stop ends the clause unless it belongs to an abbreviation ("Inc.", "Sp. z o.o.")
  // "St. Johns County", "Mt. Hood": a short capitalised abbreviation goes on
  const shortAbbrev = word.length <= 3 && isUpper(word[0]);
  if (word.endsWith(".") && !LEGAL.has(word.toLowerCase()) && !shortAbbrev && word.length > 2 && !word.slice(0, -1).includes(".")) {
    word = word.slice(0, -1);
    ends = true;
  }
  return { word, ends };
}

/**
 * A brand written in lower case ("acemate", "komoot"): one word of letters the prose opens a paragraph
 * with, in lower case, where any common word would be capitalised, and writes more than once.
 */
function lowerCaseBrand(word: string, ctx: Context): boolean {
  if (word.length < 3 || word.length > 30 || word !== word.toLowerCase() || word === word.toUpperCase()) return false;
  if (NOT_NAME_WORDS.has(word) || classifyHeading(word) !== null) return false;
  const opens = ctx.blocks.filter((p) => p.type === "paragraph" && p.text.startsWith(`${word} `)).length;
  return opens >= 1 && mentions(ctx.text, word) >= 3;
}

function nameWord(w: string): boolean {
  return (isUpper(w[0]) || isDigit(w[0])) && w.length >= 1;
}

/** The capitalised words that start at token i: "Acme Labs, we…" → "Acme Labs". */
function nameAfter(tokens: string[], i: number): string | null {
  const out: string[] = [];
  for (let k = i; k < tokens.length && out.length < 6; k++) {
    const { word, ends } = bare(tokens[k]);
    if (!word) break;
    if (nameWord(word) || (out.length > 0 && LEGAL.has(word.toLowerCase()))) out.push(word);
    else if (out.length > 0 && CONNECTORS.has(word.toLowerCase()) && k + 1 < tokens.length && nameWord(bare(tokens[k + 1]).word)) out.push(word);
    else break;
    if (ends) break;
  }
  return out.length ? out.join(" ") : null;
}

/** The capitalised words that end at token i: "…2023, a Objective foi" → "Objective". */
function nameBefore(tokens: string[], i: number): string | null {
  const out: string[] = [];
  // "Mbodi AI (YC P25) is hiring": a bracket right before the verb is not part of the name
  if (tokens[i]?.endsWith(")")) {
    let k = i;
    while (k >= 0 && k > i - 5 && !tokens[k].startsWith("(")) k--;
    if (k > 0 && tokens[k].startsWith("(")) i = k - 1;
  }
  for (let k = i; k >= 0 && out.length < 6; k--) {
    const { word, ends } = bare(tokens[k]);
    if (!word || (ends && k !== i)) break;
    if (ends && k === i) {
      // "Acme, Inc. is…" keeps its legal form; any other comma ends the subject
      if (!LEGAL.has(word.toLowerCase())) return null;
    }
    if (nameWord(word) || LEGAL.has(word.toLowerCase())) out.unshift(word);
    else if (out.length > 0 && CONNECTORS.has(word.toLowerCase()) && k > 0 && nameWord(bare(tokens[k - 1]).word)) out.unshift(word);
    else break;
  }
  while (out.length && CONNECTORS.has(out[0].toLowerCase())) out.shift();
  return out.length ? out.join(" ") : null;
}

/** Lowercase letters and digits only: "LEGO Group" → "legogroup". */
export function nameKey(name: string): string {
  let s = "";
  for (const c of name.toLowerCase()) if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c > "\u00bf") s += c;
  return s;
}

/** The name without a leading article and a trailing legal form: "The LEGO Group" → "LEGO". */
function coreKey(name: string): string {
  const words = name.split(WHITESPACE_SPLIT_RE);
  while (words.length > 1 && ARTICLES.has(words[0].toLowerCase())) words.shift();
  while (words.length > 1 && LEGAL.has(words[words.length - 1].toLowerCase())) words.pop();
  return nameKey(words.join(" "));
}

/** Second-level names of the e-mail and web domains the posting gives: careers@acme.co.uk → "acme". */
export function domainStems(text: string): Set<string> {
  return domains(text).all;
}

/**
 * The domain stems of a text, and those of them that came from e-mail addresses (an address names
 * its owner more surely than a link).
 */
function domains(text: string): { all: Set<string>; mail: Set<string> } {
  const out = new Set<string>();
  const add = (host: string) => {
    const parts = host.toLowerCase().split(".").filter(Boolean);
    if (parts.length < 2) return;
    // every label but the top-level one and generic ones: acme.co.uk, jobs.acme.com, acme.example.org
    for (const stem of parts.slice(0, -1)) {
      if (stem.length >= 3 && !NOT_EMPLOYER_HOSTS.has(stem) && !GENERIC_HOST_PARTS.has(stem)) out.add(stem.split("-").join(""));
    }
  };
  // (an address needs its "@", a URL its "http")
  if (text.includes("@")) for (const m of text.matchAll(EMAIL_RE)) add(m[0].slice(m[0].indexOf("@") + 1));
  const mail = new Set(out);
  if (text.includes("http")) for (const m of text.matchAll(URL_RE)) {
    try {
      const u = new URL(m[0]);
      add(u.hostname);
      // an applicant-tracking board names the employer in its path: greenhouse.io/wolt/jobs/…, jobs.lever.co/acme/…
      const host = u.hostname.toLowerCase().split(".");
      const slug = u.pathname.split("/").filter(Boolean)[0]?.toLowerCase() ?? "";
      if (host.some((h) => ATS_PATH_HOSTS.has(h)) && slug.length >= 3 && !GENERIC_HOST_PARTS.has(slug) && !ATS_PATH_PAGES.has(slug)) {
        const stem = slug.split("-").join("");
        if (nameKey(stem) === stem) out.add(stem);
      }
    } catch {
      /* not a URL after all */
    }
  }
  return { all: out, mail };
}

function domainMatch(name: string, stems: Set<string>): boolean {
  const k = coreKey(name);
  const full = nameKey(name);
  if (k.length < 2) return false;
  for (const s of stems) {
    if (s === k || s === full) return true;
    if (k.length >= 4 && (s.startsWith(k) || k.startsWith(s)) && Math.min(s.length, k.length) >= 4) return true;
  }
  return false;
}

function isGovernment(name: string): boolean {
  const low = name.toLowerCase();
  if (GOVERNMENT_OF.some((g) => low.startsWith(`${g} of `))) return true;
  const words = low.split(WHITESPACE_SPLIT_RE);
  return words.length >= 2 && GOVERNMENT_SUFFIX.includes(words[words.length - 1]);
}

function isPublicBody(name: string): boolean {
  const low = name.toLowerCase();
  return PUBLIC_BODY_OF.some((g) => low.startsWith(`${g} of `));
}

export function hasLegalForm(name: string): boolean {
  const low = name.toLowerCase();
  return LEGAL_FORMS.some((f) => f.length >= 2 && low.endsWith(` ${f}`));
}

/** A name without its legal form: "Distribuidora Regia del Norte, S.A. de C.V." → "Distribuidora Regia del Norte". */
export function withoutLegalForm(name: string): string {
  const low = name.toLowerCase();
  let cut = name.length;
  for (const f of LEGAL_FORMS) if (f.length >= 2 && low.endsWith(` ${f}`)) cut = Math.min(cut, name.length - f.length - 1);
  return name.slice(0, cut).replace(LEGAL_TAIL_PUNCT_RE, "").trim();
}

/**
 * A name of three or more capitalised words that ends in a profession in the plural: "Brackenridge Consulting
 * Engineers", "Holt & Lane Architects" (two words, "Software Engineers", may be a team or a page's heading).
 */
export function pluralFirm(name: string): boolean {
  const words = name.trim().split(WHITESPACE_SPLIT_RE);
  const named = words.filter((w) => !NAME_JOINERS.has(w.toLowerCase()));
  const last = words[words.length - 1];
  return named.length >= 3 && last.length > 3 && last.endsWith("s") && !last.endsWith("ss") && named.every((w) => isUpper(w[0]));
}
const NAME_JOINERS = new Set(["&", "and", "und", "og", "och", "et", "y", "e"]);

/** A firm's name by its legal form, one no word or role shares: "Haselbauer Haustechnik GmbH", "Acme Ltd." (not "… Group", "… AG"). */
export function firmName(line: string): boolean {
  const t = line.trim();
  const low = t.toLowerCase();
  // ("… Snedkerfirma ApS": a short form in its own case, after a name of capitalised words, not shouted)
  if (t !== t.toUpperCase() && CASED_LEGAL_FORMS.some((f) => t.endsWith(` ${f}`))) return true;
  return LEGAL_FORMS.some((f) => f.length >= 3 && !WEAK_LEGAL_FORMS.has(f) && low.endsWith(` ${f}`));
}

/** How often a name is written in the text, as a whole word, case-sensitively (at most `cap`). */
export function mentions(text: string, name: string, cap = 8): number {
  let n = 0;
  for (let i = text.indexOf(name); i >= 0 && n < cap; i = text.indexOf(name, i + name.length)) {
    const before = text[i - 1];
    const after = text[i + name.length];
    if ((before === undefined || !letterOrDigit(before)) && (after === undefined || !letterOrDigit(after))) n++;
  }
  return n;
}

/** How often the name is written without its legal form ("Acme" for "Acme GmbH"), when it has one. */
function bareMentions(text: string, name: string): number {
  const low = name.toLowerCase();
  // the longest form the name ends with: "Acme Sp. z o.o.", "Acme Pty Ltd"
  const form = LEGAL_FORMS.filter((f) => low.endsWith(` ${f}`)).sort((a, b) => b.length - a.length)[0];
  if (!form) return 0;
  const core = name.slice(0, name.length - form.length - 1).trim().replace(NAME_END_COMMA_RE, "");
  return core.length >= 3 ? mentions(text, core) : 0;
}

function letterOrDigitIn(word: string): boolean {
  for (const c of word) if (letterOrDigit(c)) return true;
  return false;
}

function letterOrDigit(c: string): boolean {
  return isDigit(c) || c.toLowerCase() !== c.toUpperCase();
}

/** Whether every word of the name is also written in lower case in the text: a common word, not a name. */
function commonWords(name: string, lowerText: string, text: string): boolean {
  const words = name.split(WHITESPACE_SPLIT_RE).filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (!words.length) return true;
  // a name of several words is common only when the text writes the whole phrase in lower case ("open data services")
  if (words.length > 1) {
    const low = name.toLowerCase();
    for (let i = lowerText.indexOf(low); i >= 0; i = lowerText.indexOf(low, i + 1)) if (text[i] === low[0] && plainBefore(lowerText[i - 1])) return true;
    return false;
  }
  return words.every((w) => {
    if (w.length > 1 && w === w.toUpperCase()) return false; // "LEGO", "ORF", "BMAT"
    const low = w.toLowerCase();
    if (low === w) return true;
    // written in lower case somewhere: the lowercase form appears where the text has it in lower case
    for (let i = lowerText.indexOf(low); i >= 0; i = lowerText.indexOf(low, i + 1)) {
      const before = lowerText[i - 1];
      const after = lowerText[i + low.length];
      if (text[i] !== low[0] || !plainBefore(before) || !plainAfter(after, lowerText[i + low.length + 1])) continue;
      // a word alone in a table cell or on its line ("| Company slug | acme |") is a slug, not prose
      if (!wordBeside(text, i, i + low.length)) continue;
      return true;
    }
    return false;
  });
}

/** Whether a word at [start, end) has another word beside it on its line (one space away). */
function wordBeside(text: string, start: number, end: number): boolean {
  const before = text[start - 2];
  const after = text[end + 1];
  return (text[start - 1] === " " && before !== undefined && letterOrDigit(before)) || (text[end] === " " && after !== undefined && letterOrDigit(after));
}

// a word in prose, not a piece of a link or an address ("acme.com", "jobs@acme", "/acme/")
function plainBefore(c: string | undefined): boolean {
  return c === undefined || " \t\n(\"'“‘«".includes(c);
}
function plainAfter(c: string | undefined, next: string | undefined): boolean {
  if (c === undefined || " \t\n,;:!?)\"'”’»".includes(c)) return true;
  return c === "." && (next === undefined || next === " " || next === "\n");
}

/**
 * Whether a string can be a company name in this posting: capitalised, a few words, not a pronoun,
 * heading, label, title, place or common word of the text.
 */
export function looksLikeName(name: string, ctx: Context): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 60) return false;
  if (!(isUpper(n[0]) || isDigit(n[0]))) return false;
  const words = n.split(WHITESPACE_SPLIT_RE);
  // (its legal form is no part of its length: "Distribuidora Regia del Norte, S.A. de C.V.")
  if (words.length > 6 && withoutLegalForm(n).split(WHITESPACE_SPLIT_RE).length > 6) return false;
  if (isDigit(n[0]) && words.length > 1 && !letterOrDigit(words[0][words[0].length - 1] ?? "")) return false;
  // "0 개월", "6 opportunities a year."
  if (isDigit(n[0]) && words.length > 1 && words[0].split("").every(isDigit)) return false;
  const first = words[0].toLowerCase();
  // "Jobs & Co GmbH": a legal form makes a name of a menu word ("Bei Roos GmbH" stays a preposition)
  // "Le Fournil des Tanneurs", "La Poste": an article before a capitalised word opens a name, as "The" does
  const articleLed = words.length > 1 && ARTICLE_NAME_OPENERS.has(first) && isUpper(words[1][0]);
  if (NOT_NAME_WORDS.has(first) && !(words.length > 1 && (isGovernment(n) || isPublicBody(n) || first === "the" || articleLed || (hasLegalForm(n) && MENU_WORDS.has(first))))) return false;
  if (words.length === 1 && NOT_NAME_WORDS.has(first)) return false;
  if (words.some((w) => w.endsWith(":"))) return false;
  if (n.endsWith(".") && !hasLegalForm(n)) return false;
  // a legal form makes a name of words a title could hold ("Elbkontor Logistik GmbH")
  // ("Brackenridge Consulting Engineers", "Holt & Lane Architects": a firm named for its people, in the plural, is no role)
  if (readsAsHeading(n, ctx) || labelField(n) || (looksLikeTitle(n) && !hasLegalForm(n) && !articleLed && !pluralFirm(n))) return false;
  if (!isGovernment(n) && !hasLegalForm(n) && parseLocations(n, { strict: true }).length > 0) return false;
  if (!hasLegalForm(n) && commonWords(n, ctx.text.toLowerCase(), ctx.text)) return false;
  return true;
}

/**
 * Whether a line is a section heading rather than a name: "Saffronleaf Technologies" holds a heading
 * word, but its first word is a proper noun the text never writes in lower case, so it is a name;
 * "Core Technologies" is a heading.
 */
export function readsAsHeading(line: string, ctx: Context): boolean {
  if (!classifyHeading(line)) return false;
  const words = line.trim().split(WHITESPACE_SPLIT_RE);
  if (words.length < 2 || !isUpper(words[0][0]) || NOT_NAME_WORDS.has(words[0].toLowerCase()) || classifyHeading(words[0])) return true;
  return commonWords(words[0], ctx.text.toLowerCase(), ctx.text);
}

/**
 * A recruiter's client presented under its own heading ("About Our Client" / "Tallowbark Health is a
 * not-for-profit…"): the employer, before the agency that the page's title or header names.
 */
export function presentedClient(ctx: Context): { name: string; block: Block } | null {
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length - 1; i++) {
    const h = blocks[i];
    if (h.type !== "heading" || h.text.length > 60 || !clientHeading(h.text)) continue;
    const next = blocks[i + 1];
    const subj = next.type === "paragraph" ? COMPANY_SUBJECT_RE.exec(next.text) : null;
    if (!subj) continue;
    const name = subj[1].replace(LEADING_ARTICLE_RE, "").trim();
    // "Our client is a leading…", "Unser Kunde ist…": the client unnamed
    if (clientHeading(name) || CLIENT_OPENERS.has(name.split(WHITESPACE_SPLIT_RE)[0].toLowerCase())) continue;
    if (looksLikeName(name, ctx)) return { name, block: next };
  }
  return null;
}

// Words a paragraph about an unnamed client opens with ("Our client is…", "This organisation…", "Il s'agit…").
const CLIENT_OPENERS = new Set(["our", "my", "this", "the", "unser", "unsere", "unserer", "notre", "nuestro", "nuestra", "nosso", "nossa", "onze", "nasz", "il", "we", "wir", "nous"]);

/** Whether a heading names a recruiter's client: one of its words is a client word. */
function clientHeading(text: string): boolean {
  return text.toLowerCase().split(NON_LETTER_SPLIT_RE).some((w) => CLIENT_HEADING_WORDS.has(w));
}

/** The client a recruiter names in apposition: "Our client, Brindlecote Foods, a family-owned…", "Notre client, la société Verreval, …". */
export function namedClient(ctx: Context): { name: string; block: Block } | null {
  const blocks = ctx.blocks.slice(0, 60).filter((b) => b.type !== "heading" && b.text.length >= 30);
  // (perf: a lead's longest word that none of these blocks holds is in none of them: the blocks are read
  // one by one only when one is there, most postings have none)
  const inAny = keyWords(blocks.map((b) => b.text).join("\n").toLowerCase());
  if (!NAMED_CLIENT_KEYS.some(inAny)) return null;
  for (const b of blocks) {
    const low = b.text.toLowerCase();
    const present = keyWords(low);
    for (let n = 0; n < NAMED_CLIENT_LEADS.length; n++) {
      const lead = NAMED_CLIENT_LEADS[n];
      const i = inAny(NAMED_CLIENT_KEYS[n]) && present(NAMED_CLIENT_KEYS[n]) ? low.indexOf(lead) : -1;
      if (i < 0 || (i > 0 && letterOrDigit(low[i - 1])) || b.text[i + lead.length] !== ",") continue;
      const rest = b.text.slice(i + lead.length + 1);
      const end = rest.indexOf(",");
      if (end < 0 || end > 70) continue;
      const name = rest.slice(0, end).trim().replace(LEADING_ARTICLE_RE, "");
      if (name.split(WHITESPACE_SPLIT_RE).length <= 6 && looksLikeName(name, ctx)) return { name, block: b };
    }
  }
  return null;
}

// perf: each phrase's longest word, which a text holding the phrase holds too: a few scans of the text for
// the words the phrases share ("client", "kunde") instead of one scan per phrase
const longestWord = (p: string) => p.split(" ").reduce((a, w) => (w.length > a.length ? w : a), "");
const ANONYMOUS_KEYS = ANONYMOUS_CLIENT.map(longestWord);
const NAMED_CLIENT_KEYS = NAMED_CLIENT_LEADS.map(longestWord);

/** Whether a lowercase text holds a word, each word looked for once. */
function keyWords(low: string): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let has = seen.get(word);
    if (has === undefined) seen.set(word, (has = low.includes(word)));
    return has;
  };
}

/** Whether the ad is a recruiter's for a client it does not name. */
export function anonymousClient(ctx: Context): boolean {
  const low = ctx.text.toLowerCase();
  const present = keyWords(low);
  const phrases = ANONYMOUS_CLIENT.filter((p, n) => present(ANONYMOUS_KEYS[n]) && low.includes(p));
  if (phrases.length === 0) return false;
  // (in the prose and headings only: a duty's "Keep case notes in our client management system" is about the
  // employer's own clients, a service's users, not a recruiter's)
  return ctx.blocks.some((b) => {
    if (b.type === "item") return false;
    const t = b.text.toLowerCase();
    return phrases.some((p) => {
      for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) if (!letterOrDigit(t[i - 1] ?? " ") && !letterOrDigit(t[i + p.length] ?? " ")) return true;
      return false;
    });
  });
}

// per parse, dropped with the context
const MEMO = new WeakMap<object, Map<string, NameEvidence>>();

/** A cue phrase split into its words, with its weight. */
interface Cue {
  text: string;
  words: string[];
  weight: number;
}

/** Cues by their first word (lower-cased when `lower`), so a block's words are read once, not once per cue. */
function byFirstWord(cues: readonly (readonly [string, number])[], lower: boolean): Map<string, Cue[]> {
  const index = new Map<string, Cue[]>();
  for (const [text, weight] of cues) {
    const words = text.split(" ");
    const key = lower ? words[0].toLowerCase() : words[0];
    index.set(key, [...(index.get(key) ?? []), { text, words, weight }]);
  }
  return index;
}

const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(GOVERNMENT_OF);
const AFTER_CUES = byFirstWord([...NAME_AFTER_CUES, ...WE_AT_CUES], false);
// cues of languages that drop the subject pronoun ("En Acme buscamos…", "Na Acme acreditamos…", "W Acme tworzymy…")
const PRO_DROP_CUES = new Set(["En", "en", "Na", "na", "No", "no", "Em", "em", "W", "w"]);
/** Whether a cue is the copula ("is a", "est une"), which says what a thing is, not that it hires. */
function w2IsCopula(cueWords: string[]): boolean {
  return cueWords.length === 2 && (cueWords[0] === "is" || cueWords[0] === "est" || cueWords[0] === "está") && ARTICLES_AND_A.has(cueWords[1]);
}
const ARTICLES_AND_A = new Set(["a", "an", "the", "un", "une", "le", "la", "em"]);
// cues after which the clause goes on in the second position with the verb ("Bei Acme lernst du…", "Bij Acme werk je…")
const VERB_SECOND_CUES = new Set(["Bei", "bei", "Bij", "bij"]);

/**
 * Whether the words from token j are the clause's pronoun after "At Acme," / "Bei Acme": "we…",
 * "our mission…", or, in a verb-second language, one verb and then the pronoun ("lernst du").
 */
function pronounFollows(tokens: string[], j: number, cue: string): boolean {
  const next = bare(tokens[j] ?? "").word.toLowerCase();
  if (PLACE_CUE_PRONOUNS.has(next)) return true;
  // "En Tecnova Andina buscamos…", "W Softrax tworzymy…": a verb in the first person plural, its pronoun dropped
  if (PRO_DROP_CUES.has(cue) && next.length >= 5 && FIRST_PLURAL_ENDINGS.some((e) => next.endsWith(e))) return true;
  if (!VERB_SECOND_CUES.has(cue) || !next || next !== bare(tokens[j] ?? "").word || bare(tokens[j]).ends) return false;
  return PLACE_CUE_PRONOUNS.has(bare(tokens[j + 1] ?? "").word.toLowerCase());
}

/**
 * The names a legal form closes anywhere in the prose: "with Nextdoor, Inc. (New York)", "CEYLAN GmbH
 * sucht…", "Acme Sp. z o.o. zatrudni…". Forms that are also common words ("company", "group", "as")
 * count only where a stronger cue presents the name.
 */
function legalFormNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // (perf: a word whose last character is no such mark keeps its tail: the pattern ends at the word's end)
    let raw = TAIL_PUNCT_CHARS.includes(tokens[i][tokens[i].length - 1]) ? tokens[i].replace(LEGAL_TAIL_PUNCT, "") : tokens[i];
    // "… bei der KV GmbH.": the full stop ends the sentence, unless the form is written with it ("Inc.")
    if (raw.endsWith(".") && !LEGAL.has(raw.toLowerCase()) && LEGAL.has(raw.slice(0, -1).toLowerCase())) raw = raw.slice(0, -1);
    let low = raw.toLowerCase();
    let end = i;
    // "Sp. z o.o.": the form of three words, read from its last
    if (low === "o.o." && i >= 3 && tokens[i - 1] === "z" && tokens[i - 2].toLowerCase() === "sp.") {
      end = i - 2;
      low = "sp. z o.o.";
    } else if (!LEGAL.has(low) || WEAK_LEGAL_FORMS.has(low) || (raw === low && !low.includes("."))) continue;
    // "Nextdoor, Inc.": the comma before the form belongs to the name
    const words: string[] = [];
    for (let k = end - 1; k >= 0 && words.length < 5; k--) {
      const tok = k === end - 1 && tokens[k].endsWith(",") ? tokens[k].slice(0, -1) : tokens[k];
      const { word, ends } = bare(tok);
      if (!word || ends || !(nameWord(word) || (words.length && CONNECTORS.has(word.toLowerCase())))) break;
      words.unshift(word);
    }
    while (words.length && (CONNECTORS.has(words[0].toLowerCase()) || NOT_NAME_WORDS.has(words[0].toLowerCase()))) words.shift();
    if (!words.length) continue;
    const form = low === "sp. z o.o." ? tokens.slice(i - 2, i + 1).join(" ").replace(LEGAL_TAIL_PUNCT, "") : raw;
    out.push(`${words.join(" ")}${tokens[end - 1].endsWith(",") ? "," : ""} ${form}`);
  }
  return out;
}
// the punctuation after a legal form that is not part of it: "Acme GmbH," "Acme Inc.)"
const LEGAL_TAIL_PUNCT = LEGAL_TAIL_PUNCT_RE;
// (the characters of LEGAL_TAIL_PUNCT_RE's class)
const TAIL_PUNCT_CHARS = ",;:!?)]\"'”’»";
const COMMA_CUE_WORDS = new Set(NAME_AFTER_COMMA_CUES.map(([cue]) => cue));
const NO_TOKENS: ReadonlySet<string> = new Set();
const BEFORE_CUES = byFirstWord([...NAME_BEFORE_CUES, ...HIRING_BEFORE_CUES], true);

/** The cues under a word and then those under its other spelling (perf: none made when neither has any). */
function cuesAt(index: Map<string, Cue[]>, word: string, other: string): Cue[] | undefined {
  const first = index.get(word);
  if (other === word) return first;
  const second = index.get(other);
  return first && second ? [...first, ...second] : first ?? second;
}

/** Every name the posting presents as a company, with the evidence for it. */
export function companyEvidence(ctx: Context): Map<string, NameEvidence> {
  const memo = MEMO.get(ctx);
  if (memo) return memo;
  const found = new Map<string, NameEvidence>();
  const { all: stems, mail: mailStems } = domains(ctx.text);
  const add = (raw: string | null, weight: number, kind: string, span: Span, brand = false) => {
    if (!raw) return;
    let name = raw.trim();
    const words = name.split(WHITESPACE_SPLIT_RE);
    while (words.length > 1 && ARTICLES.has(words[0].toLowerCase()) && words[0] !== "The") words.shift();
    // "Firma Softrax poszukuje…": the generic noun before the name
    // "L'agence Adéquat de Cholet": the noun with its elided article
    const noun = words[0].toLowerCase().replace(ELIDED_LEAD_RE, "");
    if (words.length > 1 && COMPANY_NOUNS.has(noun)) words.shift();
    name = words.join(" ");
    if (name.endsWith("'s") || name.endsWith("’s")) name = name.slice(0, -2);
    if (!brand && !looksLikeName(name, ctx)) return;
    const key = coreKey(name);
    const e = [...found.values()].find((x) => coreKey(x.name) === key) ?? { name, score: 0, cue: 0, kinds: new Set<string>(), spans: [] };
    // the longer spelling wins: "Function Health" over "Function"
    if (name.length > e.name.length && coreKey(name) === coreKey(e.name)) e.name = name;
    e.score += weight;
    if (kind === "cue") e.cue += weight;
    e.kinds.add(kind);
    e.spans.push(span);
    found.set(coreKey(e.name), e);
  };
  for (const b of ctx.blocks.slice(0, 400)) {
    if (b.text.length > 2000) continue;
    const tokens = b.text.split(WHITESPACE_SPLIT_RE).filter(Boolean);
    const bares = tokens.map(bare);
    // "About Acme" as a heading says more than a sentence that opens so
    for (let i = 0; i < tokens.length; i++) {
      const cues = cuesAt(AFTER_CUES, bares[i].word, tokens[i]);
      if (!cues) continue;
      for (const { text: cue, words: cueWords, weight: w } of cues) {
        if (i + cueWords.length >= tokens.length) continue;
        if (!cueWords.every((c, k) => bares[i + k].word === c || (k === cueWords.length - 1 && tokens[i + k] === c))) continue;
        // a name-following cue opens its sentence or heading, or stands lower case inside one
        // "💚 Sobre a TrueChange", "• About Acme": icons and bullets before the cue are no words
        const startsSentence = i === 0 || bares[i - 1].ends || tokens[i - 1].endsWith(".") || tokens.slice(0, i).every((t) => !letterOrDigitIn(t));
        if (isUpper(cue[0]) && !startsSentence) continue;
        if (bares[i + cueWords.length - 1].ends) continue;
        let name = nameAfter(tokens, i + cueWords.length);
        // "Willkommen bei der KV GmbH", "Rejoignez la Maison Dupont": an article between the cue and a name
        // that carries a legal form or is written again ("Über die Rolle" names a topic, not a company)
        // "Sobre a TrueChange": after a topic cue only an article of a language that writes common nouns in lower case
        const article = tokens[i + cueWords.length]?.toLowerCase() ?? "";
        if (!name && ARTICLES_AFTER_CUE.has(article) && (!TOPIC_CUES.has(cue) || ROMANCE_ARTICLES.has(article))) {
          const behind = nameAfter(tokens, i + cueWords.length + 1);
          if (behind && (hasLegalForm(behind) || mentions(ctx.text, behind) >= 2)) name = behind;
        }
        // "About acemate": a heading that is the cue and one word the prose opens sentences with in lower case
        if (!name && b.type === "heading" && i === 0 && tokens.length === cueWords.length + 1 && lowerCaseBrand(bares[i + cueWords.length].word, ctx)) {
          add(bares[i + cueWords.length].word, w + 1, "cue", spanOf(b), true);
          continue;
        }
        if (!name) continue;
        const whole = b.type === "heading" && i === 0 && name.split(" ").length === tokens.length - cueWords.length;
        // "We are Acme, a …": the name the company gives itself before an apposition
        const nameEnd = i + cueWords.length + name.split(" ").length - 1;
        const apposition = WE_ARE_CUES.has(cue) && (tokens[nameEnd]?.endsWith(",") ?? false);
        add(name, whole ? w + 1 : apposition ? w + 2 : w, "cue", spanOf(b));
      }
    }
    // (perf: most blocks hold none of these cues: the set of their words is made only for one that does)
    const present = tokens.some((t) => COMMA_CUE_WORDS.has(t)) ? new Set(tokens) : NO_TOKENS;
    for (const [cue, w] of NAME_AFTER_COMMA_CUES) {
      if (!present.has(cue)) continue;
      for (let i = 0; i + 1 < tokens.length; i++) {
        if (tokens[i] !== cue) continue;
        const startsSentence = i === 0 || bare(tokens[i - 1]).ends || tokens[i - 1].endsWith(".");
        const name = nameAfter(tokens, i + 1);
        if (!name || PLACE_CUE_STOCK_NOUNS.has(name.toLowerCase())) continue;
        // the name's last word carries the comma
        const n = name.split(" ").length;
        const last = tokens[i + n];
        const comma = !!last && last.endsWith(",");
        // the clause goes on with the company's or the reader's pronoun: "At Acme, we…", "At Acme we…", "Bei Acme lernst du…"
        const pronoun = pronounFollows(tokens, i + 1 + n, cue);
        if (!comma && !pronoun) continue;
        if (isUpper(cue[0]) && !startsSentence && !pronoun) continue;
        // with the comma or the verb-second word order the phrase presents a workplace; "At Christmas we close" does not
        const strong = pronoun && (comma || VERB_SECOND_CUES.has(cue) || PRO_DROP_CUES.has(cue));
        add(name, strong ? (isUpper(cue[0]) ? Math.max(w, 3) + 1 : w + 2) : pronoun ? Math.max(w, 3) - (isUpper(cue[0]) ? 0 : 1) : w, "cue", spanOf(b));
      }
    }
    for (let i = 1; i < tokens.length; i++) {
      const low = tokens[i].toLowerCase();
      const lowBare = bares[i].word === tokens[i] ? low : bares[i].word.toLowerCase();
      const cues = cuesAt(BEFORE_CUES, low, lowBare);
      if (!cues) continue;
      for (const { words: cueWords, weight: w } of cues) {
        if (i + cueWords.length > tokens.length) continue;
        // "Acme is hiring", "Acme (YC W25) Is Hiring": the verb in any case
        if (!cueWords.every((c, k) => tokens[i + k].toLowerCase() === c || (k === cueWords.length - 1 && bares[i + k].word.toLowerCase() === c))) continue;
        const next = bare(tokens[i + cueWords.length] ?? "").word.toLowerCase();
        if (NOT_COMPANY_PREDICATES.includes(next)) continue;
        const name = nameBefore(tokens, i - 1);
        if (!name) continue;
        // the subject opens its sentence: "Acme is…", "…2023, a Objective foi…"
        const start = i - name.split(" ").length;
        const prev = start > 0 ? tokens[start - 1] : null;
        const opens = prev === null || bare(prev).ends || prev.endsWith(".") || ARTICLES.has(prev.toLowerCase());
        if (!opens) continue;
        // a weak verb ("X is a…", "X offers") counts only where the name opens the paragraph: "English is a hard gate" mid-text is not
        const opensBlock = start === 0 || (start === 1 && ARTICLES.has(tokens[0].toLowerCase()));
        if (w <= 2 && !opensBlock) continue;
        // a hiring verb whose subject opens one of the first paragraphs: "Maison Verlaine recrute un cuisinier…"
        const hiring = opensBlock && HIRING_VERBS.has(cueWords[0]) && w >= 2 && ctx.blocks.indexOf(b) <= 5 && !w2IsCopula(cueWords);
        add(name, hiring ? Math.max(w, 3) + 1 : w, "cue", spanOf(b));
      }
    }
    // "with Nextdoor, Inc. (New York)", "CEYLAN GmbH sucht…": a name its legal form closes
    for (const name of legalFormNames(tokens)) add(name, 1, "legal", spanOf(b));
    // "Wir, die MA Media, sind…", "We, the Flix team, are…": the company named beside "we"
    const appos = b.type === "paragraph" ? WE_APPOSITIVE_RE.exec(b.text) : null;
    if (appos) add(appos[1], 4, "cue", spanOf(b));
    // "City of Portland", "Adams County": a government employer named in the text
    for (let i = 0; i < tokens.length; i++) {
      const w = bares[i].word;
      if (tokens[i + 1] === "of" && GOVERNMENT_WORDS.has(w.toLowerCase()) && isUpper(w[0])) {
        const rest = nameAfter(tokens, i + 2);
        if (rest) add(`${w} of ${rest}`, 1, "government", spanOf(b));
      } else if (w === "County" && i > 0 && !bare(tokens[i - 1]).ends) {
        const name = nameBefore(tokens, i);
        if (name && name.split(" ").length >= 2) add(name, 1, "government", spanOf(b));
      }
    }
  }
  // a name the mail or web domain spells: careers@acme.com and "Acme" in the text
  if (stems.size) {
    const seen = new Set<string>();
    for (const b of ctx.blocks.slice(0, 400)) {
      const tokens = b.text.split(WHITESPACE_SPLIT_RE);
      for (let i = 0; i < tokens.length; i++) {
        const w = bare(tokens[i]).word;
        if (!nameWord(w) || seen.has(w)) continue;
        if (!stems.has(nameKey(w))) continue;
        seen.add(w);
        add(nameAfter(tokens, i) ?? w, 1, mailStems.has(nameKey(w)) ? "mail" : "domain", spanOf(b));
      }
    }
  }
  for (const e of found.values()) {
    if (domainMatch(e.name, stems)) e.kinds.add("domain");
    if (hasLegalForm(e.name)) e.kinds.add("legal");
    if (isGovernment(e.name)) e.kinds.add("government");
    // "Nextdoor, Inc." is written again as "Nextdoor"
    const m = Math.max(mentions(ctx.text, e.name), bareMentions(ctx.text, e.name));
    if (m >= 2) e.kinds.add("repeat");
    e.score += Math.min(m, 5);
  }
  MEMO.set(ctx, found);
  return found;
}

/** Whether a name the layout suggests is confirmed by anything else in the posting. */
export function confirmedName(name: string, ctx: Context, ownBlockText?: string): boolean {
  if (!looksLikeName(name, ctx)) return false;
  if (hasLegalForm(name) || isGovernment(name) || isPublicBody(name)) return true;
  const ev = companyEvidence(ctx).get(coreKey(name));
  if (ev && (ev.kinds.has("cue") || ev.kinds.has("domain") || ev.kinds.has("repeat"))) return true;
  if (domainMatch(name, domainStems(ctx.text))) return true;
  // written again elsewhere, beyond the line it was read from
  const own = ownBlockText ? mentions(ownBlockText, name) : 1;
  const core = name.split(WHITESPACE_SPLIT_RE).filter((w) => !ARTICLES.has(w.toLowerCase()) && !LEGAL.has(w.toLowerCase())).join(" ");
  if (mentions(ctx.text, name) > own || (core.length >= 3 && core !== name && mentions(ctx.text, core) > own)) return true;
  // "Neumann Kaffee Gruppe (NKG)": the name without its abbreviation, written again
  const unbracketed = name.replace(TRAILING_PARENS_RE, "").trim();
  if (unbracketed.length >= 4 && unbracketed !== name && mentions(ctx.text, unbracketed) > (ownBlockText ? mentions(ownBlockText, unbracketed) : 1)) return true;
  // a header in capitals, the prose in title case: "TERRAVIVA SEGUROS" … "En Terraviva Seguros llevamos…"
  return name.length >= 4 && name === name.toUpperCase() && name !== name.toLowerCase() && mentions(ctx.text, titleCase(name)) > 0;
}

function titleCase(name: string): string {
  return name.split(" ").map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
}

/** The best-supported name: two kinds of evidence, or one strong cue written more than once. */
export function bestEvidence(ctx: Context): NameEvidence | null {
  let best: NameEvidence | null = null;
  for (const e of companyEvidence(ctx).values()) {
    const kinds = e.kinds.size;
    // two kinds of evidence, or one cue that presents the company outright ("About Acme", "Acme is an equal opportunity employer")
    // "jobs@fennimore.example.com" and "Fennimore" written in the text: the address and the name agree
    const mail = e.kinds.has("mail");
    if (mail) e.kinds.add("domain");
    const ok = mail || (kinds >= 2 && (e.kinds.has("cue") || e.kinds.has("domain") || e.kinds.has("legal") || e.kinds.has("government"))) || (e.kinds.has("cue") && e.cue >= 4);
    if (!ok) continue;
    // the board's own name ("© 2026 Adzuna Ltd", its logo linked home) is not the employer unless the posting presents it
    if (boardName(e.name, ctx)) continue;
    // a government body is the employer only when the text names no other
    const score = e.score + kinds * 2 - (e.kinds.has("government") && !e.kinds.has("cue") ? 3 : 0);
    if (!best || score > best.score) best = { ...e, score };
  }
  // "Mistral" and "Mistral AI" both presented: the full name, when it has evidence of its own
  if (best) {
    for (const e of companyEvidence(ctx).values()) {
      if (e.name.length > best.name.length && e.name.startsWith(`${best.name} `) && e.kinds.size >= 2 && e.kinds.has("cue")) return { ...e, score: best.score };
    }
  }
  if (!best || !(best.score >= 6 || best.kinds.has("mail"))) return null;
  // "Porthleven" read from the mail domain, "University of Porthleven" written each time: the institution's whole name
  const whole = institutionName(best.name, ctx.text);
  return whole ? { ...best, name: whole } : best;
}

// Most characters looked at before a name for the institution it belongs to ("University of ", "Città di ").
const INSTITUTION_REACH = 40;

/**
 * The name of the institution a name belongs to, where the text writes it so at least twice and at two in three
 * of the name's mentions: "University of Porthleven", "City of Greenbay", "Comune di Lecco"; else null.
 */
function institutionName(name: string, text: string): string | null {
  const counts = new Map<string, number>();
  let mentions = 0;
  for (let i = text.indexOf(name); i >= 0 && mentions < 20; i = text.indexOf(name, i + name.length)) {
    mentions++;
    const m = INSTITUTION_OF_END_RE.exec(text.slice(Math.max(0, i - INSTITUTION_REACH), i));
    if (m) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  for (const [lead, n] of counts) if (n >= 2 && n * 3 >= mentions * 2) return lead + name;
  return null;
}

/** Whether the posting presents the name as a company in some way: a cue, its domain, a legal or government form. */
export function presented(name: string, ctx: Context): boolean {
  if (hasLegalForm(name) || isGovernment(name) || domainMatch(name, domainStems(ctx.text))) return true;
  const ev = companyEvidence(ctx).get(coreKey(name));
  return !!ev && (ev.kinds.has("cue") || ev.kinds.has("domain"));
}

// per parse, dropped with the context
const BOARD_MEMO = new WeakMap<object, Set<string>>();
const BOARD_KEYS = new Set(JOB_BOARD_NAMES.map(nameKey));

// Articles a name may open with ("Le Fournil des Tanneurs", "La Poste", "El Corte Inglés", "Les Échos").
const ARTICLE_NAME_OPENERS = new Set(["le", "la", "les", "el", "los", "las", "il", "lo"]);

/**
 * The keys of the site's own names: the owner of its copyright line ("© 2026 Adzuna Ltd",
 * "Copyright 2024 foundit.in. All rights reserved") and the host of a logo line that links to the
 * site's home page ("[Intermediair](https://www.intermediair.nl/)").
 */
export function boardKeys(ctx: Context): Set<string> {
  let keys = BOARD_MEMO.get(ctx);
  if (keys) return keys;
  keys = new Set<string>();
  for (const b of ctx.blocks) {
    if (b.text.length > 300) continue;
    const m = COPYRIGHT_OWNER_RE.exec(b.text);
    if (m) {
      let owner = m[1];
      for (const stop of [". ", " - ", " – ", " | ", " · ", ",", " all rights", " alle rechte", " tous droits", " todos los derechos", " todos os direitos", " wszelkie prawa"]) {
        const at = owner.toLowerCase().indexOf(stop);
        if (at > 0) owner = owner.slice(0, at);
      }
      owner = owner.trim();
      // "foundit.in": the site's name is its domain's first label
      if (!owner.includes(" ") && owner.includes(".")) owner = owner.slice(0, owner.indexOf("."));
      const k = coreKey(owner);
      if (k.length >= 2) keys.add(k);
      // "© 2026 Hot Nigerian Jobs": the site is "Hot Nigerian" as well, where a guess drops its jobs word
      const bare = coreKey(owner.replace(BOARD_JOBS_WORD_RE, ""));
      if (bare.length >= 3 && bare !== k) keys.add(bare);
    }
    if (b.links.length === 1 && b.links[0].text.trim() === b.text.trim() && b.text.length <= 40) {
      try {
        const u = new URL(b.links[0].url);
        if (u.pathname === "/" || u.pathname === "") {
          const host = u.hostname.toLowerCase().split(".");
          const parts = host.filter((p) => !GENERIC_HOST_PARTS.has(p));
          const site = (parts.length >= 2 ? parts[parts.length - 2] : (parts[0] ?? "")).split("-").join("");
          // the logo's words are the site's name only when its domain says so ("Adzuna" → adzuna.co.uk); an
          // employer's logo on its applicant-tracking page ("Pimentel Labs" → pimentel-labs.breezy.hr) and a
          // "Website" link to the employer's own site are not
          if (site && !host.some((h) => ATS_PATH_HOSTS.has(h)) && coreKey(b.text).split(" ").join("") === site) {
            keys.add(site);
            keys.add(coreKey(b.text));
          }
        }
      } catch {
        /* not a URL */
      }
    }
  }
  siteDomainNames(ctx.text, keys);
  BOARD_MEMO.set(ctx, keys);
  return keys;
}

/**
 * Whether a name is the board's rather than the employer's: it is the site's name (copyright owner,
 * home-linked logo) and the posting's prose never presents it ("About X", "X is…", "At X, we").
 */
export function boardName(name: string, ctx: Context): boolean {
  const keys = boardKeys(ctx);
  const k = coreKey(name);
  const full = nameKey(name);
  // "Trade Me Jobs", "Indeed Careers": a board's name with its jobs word
  // ("Indeed.com", "Stellenwerk Hamburg": its domain, or its name with the town of its local site)
  // ("Welcome to the Jungle (formerly Otta)": its name with a note in brackets)
  const forms = [k, full, nameKey(name.replace(BOARD_JOBS_WORD_RE, "").replace(DOMAIN_END_RE, "")), nameKey(name.replace(TRAILING_PARENS_RE, ""))];
  const listed = forms.some((key) => BOARD_KEYS.has(key)) || boardWithPlace(name);
  if (!listed && !forms.some((key) => keys.has(key))) return false;
  const ev = companyEvidence(ctx).get(k);
  if (!ev || !ev.kinds.has("cue")) return true;
  // a board everyone knows presents itself in its own chrome ("Jora is an aggregator"): only a strong
  // cue ("At Indeed, we…", "Join SEEK") makes it the employer of its own posting
  return listed && ev.cue < STRONG_CUE;
}

// A domain's jobs word: "hotnigerianjobs.com", "bolsa-empleos.net" name a job site, not an employer ("careers" may be either).
const SITE_JOB_WORDS = ["jobs", "job", "empleos", "empleo", "empregos", "emprego", "emplois", "emploi", "stellen", "vagas", "lavoro", "praca"];

/**
 * The names of job sites the page writes as bare domains ("Posted on 3 Dec - hotnigerianjobs.com"):
 * the domain's name with and without its jobs word, so "Hot Nigerian Jobs" at the top is the site's.
 */
function siteDomainNames(text: string, keys: Set<string>): void {
  const lower = text.toLowerCase();
  for (const word of SITE_JOB_WORDS) {
    const needle = word + ".";
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      // the domain's top level follows the dot: letters, then no more of the word
      const top = lower.charCodeAt(at + needle.length);
      if (!(top >= 97 && top <= 122)) continue;
      let start = at;
      while (start > 0 && siteChar(lower.charCodeAt(start - 1))) start--;
      const name = lower.slice(start, at).split("-").join("");
      if (name.length < 3) continue;
      keys.add(name);
      keys.add(name + word);
    }
  }
}

function siteChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

/** A board's name followed by a place: "Stellenwerk Hamburg", "Indeed Deutschland" (not "Monster Energy"). */
function boardWithPlace(name: string): boolean {
  const words = name.split(WHITESPACE_SPLIT_RE);
  for (let n = 1; n < Math.min(3, words.length); n++) {
    if (BOARD_KEYS.has(nameKey(words.slice(0, n).join(" "))) && parseLocations(words.slice(n).join(" "), { strict: true }).length > 0) return true;
  }
  return false;
}

/** The cue weight of a name the posting presents as its employer in so many words. */
const STRONG_CUE = 4;
