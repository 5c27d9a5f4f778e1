import { factSpans, spanOf, type Context, type Detection, type Detector } from "../context.js";
import type { Block } from "../tree/blocks.js";
import {
  CAPITAL_OR_DIGIT_START_RE, ELIDED_ARTICLE_RE, GENDER_MARK_RE, GENDER_TITLE_RE, NON_WORD_CHARS_RE, TITLE_CLAUSE_BREAK_RE, LETTER_RE, HIRING_A_RE, IS_HIRING_LINE_RE, LOWER_WORD_START_RE, PAGE_TITLE_SPLIT_RE, SITE_SECTION_NAME_RE,
  TITLE_AT_COMPANY_RE, TITLE_EDGE_PUNCT_RE, TITLE_TAIL_SPLIT_RE, TRAILING_PARENS_RE, TITLE_END_STOPWORD_RE, WHITESPACE_RUNS_RE, WHITESPACE_SPLIT_RE,
  GENDER_MARK_END_RE, CLASSIFIED_HIRING_WORD_RE, TITLE_EMPLOYER_JOIN_RE, TITLE_TERMS_DASH_RE, LOC_ADDRESS_PART_RE, POSTCODE_WORD_RE, LETTER_OR_DIGIT_END_RE, BRACKET_AFTER_TITLE_RE, NEXT_LABEL_WORD_RE, TRAILING_BRACKET_RE, DIGIT_RE, TITLE_COUNT_TAIL_RE, TITLE_LEAD_TAG_RE, TITLE_HOURS_PIECE_RE, TITLE_TAIL_PIECES_RE, BREADCRUMB_STEP_RE, LETTER_OR_DIGIT_START_RE, CODE_WORD_RE, COLON_END_RE } from "../patterns.js";
import { capitalisedRole, headerLines, headerRole, looksLikeTitle, menuLine, roleToken, shortLineRun } from "./header-lines.js";
import { classifiedHeadline } from "./classified.js";
import { parseDate } from "../fields/dates.js";
import { codedTown, parseLocations } from "../fields/location.js";
import { pipeHeader } from "./pipe-header.js";
import { boardName, firmName, hasLegalForm, looksLikeName, mentions, presented } from "./company-evidence.js";
import { inlineLabel } from "./inline-labels.js";
import { INSTITUTION_WORDS, JOB_AD_WORDS, LISTING_INFIXES, LISTING_LEADS, BACK_LINK_WORDS, HOME_WORDS, SENTENCE_OPENER_WORDS, NOT_TITLE_FIRST_WORDS, TITLE_EMPLOYER_PREPOSITIONS, TITLE_LABELS, TITLE_TAG_WORDS } from "../lexicon/names.js";
import { chromeLine, classifyHeading, labelField } from "../sections/phrases.js";
import { withoutBrackets } from "../sections/classify.js";

// "We're hiring a **Lead Data Scientist** to run…", "Acme is hiring a Senior Engineer", "looking for a Staff Engineer to"


// "senior backend engineer to help build…" → "senior backend engineer": the words up to the last role noun
function cutAtRole(phrase: string): string | null {
  let words = phrase.trim().split(WHITESPACE_SPLIT_RE);
  while (words.length > 1 && LEADING_STOP.has(words[0].toLowerCase())) words.shift();
  // it starts at its first capitalised word ("passionate Mobile App Developer", "structured and solution-oriented
  // Analytics Engineer"), when only adjectives stand before it (no "to", "with" that goes on with the sentence)
  const first = words.findIndex((w) => CAPITAL_OR_DIGIT_START_RE.test(w));
  if (first > 0 && words.slice(1, first).every((w) => !TITLE_END_STOPWORD_RE.test(w) || ADJECTIVE_JOINS.has(w.toLowerCase()))) words = words.slice(first);
  // the title ends before the first word that goes on with the sentence ("manager to serve as…")
  const stop = words.findIndex((w, i) => i > 0 && TITLE_END_STOPWORD_RE.test(w));
  if (stop > 0) words = words.slice(0, stop);
  // it starts at its first capitalised word ("passionate Mobile App Developer", "engagierten KFZ-Mechatroniker")
  const cap = words.findIndex((w) => CAPITAL_OR_DIGIT_START_RE.test(w));
  if (cap > 0) words = words.slice(cap);
  // a bracket right after the role stays with it: "Product Designer (Mobile) to help…"
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const t = words.slice(0, n).join(" ");
    if (TITLE_END_STOPWORD_RE.test(words[n - 1])) continue;
    if (looksLikeTitle(words[n - 1])) {
      const next = words[n];
      return next && next.startsWith("(") && next.endsWith(")") && next.length <= 30 ? `${t} ${next}` : t;
    }
  }
  return null;
}

/** A label's value up to the next "Label:" on its line: "Night Nurse Hourly Rate: $40" → "Night Nurse Hourly". */
function upToNextLabel(value: string): string {
  for (let k = value.indexOf(": "); k > 0; k = value.indexOf(": ", k + 1)) {
    const w = value.lastIndexOf(" ", k - 1) + 1;
    const word = value.slice(w, k);
    if (w > 0 && CAPITAL_OR_DIGIT_START_RE.test(word) && !DIGIT_RE.test(word)) return value.slice(0, w).trim();
  }
  return value;
}

/**
 * An inline value without the first word of a two-word label that follows it: "Position Title: Sandblaster/
 * Painter Reports To: …" → "Sandblaster/ Painter" (the value is cut at "To:"; "Reports" belongs to the label).
 */
function beforeNextLabel(value: string, line: string): string {
  const at = line.indexOf(value);
  const next = at < 0 ? null : NEXT_LABEL_WORD_RE.exec(line.slice(at + value.length));
  if (!next) return value;
  const words = value.split(WHITESPACE_SPLIT_RE);
  const last = words[words.length - 1];
  if (words.length < 2 || !CAPITAL_OR_DIGIT_START_RE.test(last) || looksLikeTitle(last)) return value;
  // the two words make a label ("Hourly Rate:", "Start Date:"), or the word before the colon is none alone ("To:")
  const word = next[1];
  if (labelField(word) && !labelField(`${last} ${word}`)) return value;
  const head = words.slice(0, -1).join(" ");
  return looksLikeTitle(head) ? head : value;
}

/** The title with the short bracket written right after it in the sentence: "Product Designer" + "(Mobile) to help…". */
function withBracketAfter(title: string, sentence: string): string {
  const at = sentence.indexOf(title);
  if (at < 0 || title.includes("(")) return title;
  const m = BRACKET_AFTER_TITLE_RE.exec(sentence.slice(at + title.length));
  return m ? `${title} ${m[1]}` : title;
}

// words that join two adjectives before a title ("structured and solution-oriented Analytics Engineer")
const ADJECTIVE_JOINS = new Set(["and", "or", "und", "oder", "et", "ou", "y", "e", "i", "en"]);

/** "emploi de Technicien Projet (H/F)", "de ses clients un Assistant (F/H)": the title starts at its first capital. */
function fromFirstCapital(phrase: string): string {
  const words = phrase.trim().split(WHITESPACE_SPLIT_RE);
  const cap = words.findIndex((w) => CAPITAL_OR_DIGIT_START_RE.test(w));
  return cap > 0 ? words.slice(cap).join(" ") : words.join(" ");
}

// the articles a title follows in a sentence ("recrute un …", "sucht einen …", "hiring a …", "busca una …")
const TITLE_ARTICLES = new Set(["a", "an", "as", "the", "als", "einen", "eine", "einer", "ein", "eine/n", "un", "une", "un(e)", "un.e", "un/e", "des", "una", "uno", "unos", "unas", "como", "um", "uma"]);

/**
 * The title a gender mark closes at the end of a clause: "Adecco recrute un agent d'accueil (h/f)",
 * "… des nouveaux talents : CONDUCTEUR D'ENGINS (H/F)", "sur des postes d'Assistant-comptable (F/H)".
 * The words after the clause's last article; from there, a run of capitalised words that names a
 * role, or else the words from the first role noun.
 */
function genderMarkedPhrase(text: string): string | null {
  const mark = GENDER_MARK_RE.exec(text.slice(0, 600));
  if (!mark) return null;
  const before = text.slice(0, mark.index);
  let start = 0;
  for (const m of before.matchAll(TITLE_CLAUSE_BREAK_RE)) if (m.index + m[0].length < before.length) start = m.index + m[0].length;
  let words = before.slice(start).trim().split(WHITESPACE_SPLIT_RE).filter(Boolean).slice(-8);
  // the title starts after its article or a head count: "recrute un agent d'accueil (h/f)", "recherchons 3 caristes (H/F)"
  const article = words.findLastIndex((w, k) => TITLE_ARTICLES.has(w.toLowerCase()) || (k < words.length - 1 && Number.isInteger(Number(w))));
  if (article >= 0) words = words.slice(article + 1);
  words = words.map((w, k) => (k === 0 ? w.replace(ELIDED_ARTICLE_RE, "") : w));
  if (!words.length) return null;
  const bare = (w: string) => (w.startsWith("(") ? w.slice(1) : w).replace(ELIDED_ARTICLE_RE, "");
  // a capitalised name after lower-case words: "recrute un Magasinier-cariste d'usine", "emploi de Technicien Projet"
  const cap = words.findIndex((w, k) => CAPITAL_OR_DIGIT_START_RE.test(bare(w)) && (k === 0 || LOWER_WORD_START_RE.test(words[k - 1])));
  const named = cap >= 0 ? [words[cap].replace(ELIDED_ARTICLE_RE, ""), ...words.slice(cap + 1)].join(" ") : null;
  let title = named && looksLikeTitle(named) ? named : null;
  if (!title) {
    const role = words.findIndex((w) => bare(w).toLowerCase().split(NON_WORD_CHARS_RE).some((tok) => tok && roleToken(tok)));
    title = role >= 0 ? [bare(words[role]), ...words.slice(role + 1)].join(" ") : null;
  }
  if (!title || !looksLikeTitle(title) || title.split(WHITESPACE_SPLIT_RE).length > 7) return null;
  return `${title} ${mark[0].trim()}`;
}

/** The title inside a line that is a sentence naming the role before a gender mark ("Pour notre client, nous recherchons 3 caristes (H/F)"); else the line. */
function sentenceTitle(text: string): string {
  if (!GENDER_MARK_RE.test(text)) return text;
  // a sentence: a lower-case word (a verb, a pronoun) before the article ("nous recherchons un …"), not "Bankkaufmann - als Kreditspezialist"
  const words = text.split(WHITESPACE_SPLIT_RE);
  const article = words.findIndex((w) => TITLE_ARTICLES.has(w));
  if (article < 0 || !words.slice(0, article).some((w) => w.length >= 3 && LOWER_WORD_START_RE.test(w))) return text;
  return genderMarkedPhrase(text) ?? text;
}

/** A line that is a label and its value ("Location: Paris", "URL: https://…") or holds a link is not a title. */
function labelOrLink(text: string): boolean {
  if (text.includes("://") || text.includes("www.")) return true;
  const colon = text.indexOf(": ");
  return colon > 0 && colon <= 30;
}

/**
 * The title a header line holds, without a link after it ("Product Engineer: https://…") and without a
 * label before it ("Job Announcement: Program Manager"); null when it is another field's label line.
 */
function titlePart(text: string): string | null {
  let t = text.replace(TITLE_COUNT_TAIL_RE, "");
  const link = Math.min(...["http://", "https://", "www."].map((m) => (t.indexOf(m) >= 0 ? t.indexOf(m) : t.length)));
  if (link < t.length) t = t.slice(0, link).replace(TITLE_EDGE_PUNCT_RE, "").trim();
  while (t.length && ",;:-–—".includes(t[t.length - 1])) t = t.slice(0, -1).trim();
  // "(" left open by the cut
  if (t.lastIndexOf("(") > t.lastIndexOf(")")) t = t.slice(0, t.lastIndexOf("(")).trim();
  if (t.length < 3) return null;
  const colon = t.indexOf(": ");
  if (colon > 0 && colon <= 30) {
    const label = t.slice(0, colon);
    if (looksLikeTitle(label)) return t;
    if (labelField(label)) return null;
    const value = t.slice(colon + 2).trim();
    return looksLikeTitle(value) ? value : null;
  }
  return t;
}


/**
 * The title a breadcrumb ends with: "Strona główna / Testing / QA Automation Engineer",
 * "Home › Jobs › Cook" (three steps or more, the first the site's home or its list of jobs); else the line.
 */
export function breadcrumbLast(text: string): string {
  const steps = text.split(BREADCRUMB_STEP_RE).map((p) => p.trim());
  if (steps.length < 3 || steps.length > 8 || !HOME_WORDS.has(steps[0].toLowerCase())) return text;
  return steps[steps.length - 1] || text;
}

// the header roles a title's tail may hold: pay, a place, a work mode or contract, a date
const TAIL_FACT_ROLES = new Set(["salary", "location", "badge", "date"]);

/**
 * A header line without what a board glues to its title: a bracketed tag before it ("[Hiring] …",
 * "(Remote) …") and a tail of facts after " - " or " | " ("… - $45/hr, remote, ~60 hours",
 * "… | Lisboa · Full-time"). A tail is cut when all its pieces are facts and it holds pay or hours,
 * or two facts or more; "Software Engineer - Full Stack" and "Nurse - Remote" keep theirs.
 */
export function undecorated(text: string, ctx: Pick<Context, "now">): string {
  let t = text.trim();
  const tag = TITLE_LEAD_TAG_RE.exec(t);
  if (tag && TITLE_TAG_WORDS.has(tag[1].trim().toLowerCase()) && t.length > tag[0].length + 2) t = t.slice(tag[0].length).trim();
  t = unwrapped(t, ctx);
  // the first separator after which everything is facts: "Software Engineer -- Infra | Oslo, Norway | Onsite"
  const cuts: number[] = [];
  for (const sep of TAIL_SEPARATORS) for (let at = t.indexOf(sep); at > 0; at = t.indexOf(sep, at + 1)) cuts.push(at);
  for (const at of cuts.sort((a, b) => a - b)) {
    const head = t.slice(0, at).trim();
    const tail = t.slice(at + 3);
    if (factTail(tail, ctx) && looksLikeTitle(head)) return head;
  }
  return t;
}

/**
 * A title without what a page wraps it in: the employer or site before a bar ("Österreichischer
 * Rundfunk (71451a) | Redakteur:in"), a date after it ("Redakteur:in 01.10.2025"), and the page's own
 * words before or after it ("Stellenausschreibung Redakteur:in", "Nurse – Job Description",
 * "Role summary: Data Analyst"). Each cut is made only when what is left reads as a title.
 */
// The countries whose region codes a town after a title may carry ("Saint-Denis (93)", "Sarzana (SP)", "Baar (ZG)").
const CODED_COUNTRIES = ["FR", "IT", "CH", "BR"];

function unwrapped(text: string, ctx: Pick<Context, "now">): string {
  let t = text;
  // "Acme GmbH | Senior Engineer": the pieces before the bar that name no role
  for (let bar = t.indexOf(" | "); bar > 0; bar = t.indexOf(" | ")) {
    const head = t.slice(0, bar).trim();
    const rest = t.slice(bar + 3).trim();
    // a name before the bar, not a label and its value ("Standort: Osnabrück | Start: 2026 | Ausbildung")
    if (looksLikeTitle(head) || !looksLikeTitle(rest) || head.includes(":") || rest.includes(": ") || headerRole(head, ctx) !== "text") break;
    t = rest;
  }
  // "BI and Analytics Engineer [up to RM12k]": pay in a bracket after the title
  const pay = TRAILING_BRACKET_RE.exec(t);
  if (pay && headerRole(pay[1], ctx) === "salary" && looksLikeTitle(t.slice(0, pay.index))) t = t.slice(0, pay.index).trim();
  // "Redakteur:in 01.10.2025": a date written after the title
  const words = t.split(WHITESPACE_SPLIT_RE);
  const last = words[words.length - 1];
  // (a date inside a bracket is the post's term: "(01.07.2026 – 30.06.2028)")
  const head = words.slice(0, -1).join(" ");
  if (words.length >= 2 && DIGIT_RE.test(last) && !last.includes(")") && head.split("(").length === head.split(")").length && parseDate(last, ctx.now) && looksLikeTitle(head)) t = head;
  // "Stellenausschreibung Redakteur:in", "Job Description – Nurse", "Nurse – Job Description"
  const ws = t.split(WHITESPACE_SPLIT_RE);
  for (let n = Math.min(3, ws.length - 1); n >= 1; n--) {
    const lead = ws.slice(0, n).join(" ").replace(TITLE_EDGE_PUNCT_RE, "");
    const rest = ws.slice(n).join(" ").replace(TITLE_EDGE_PUNCT_RE, "").trim();
    // the lead holds no role noun of the title ("Role summary Barista" would take "Barista" away)
    const leadRole = lead.toLowerCase().split(NON_WORD_CHARS_RE).some((w) => w && roleToken(w));
    if (!leadRole && pageWords(lead) && looksLikeTitle(rest)) {
      t = rest;
      break;
    }
  }
  for (const sep of TAIL_SEPARATORS) {
    const at = t.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = t.slice(0, at).trim();
    const tail = t.slice(at + sep.length).replace(TITLE_EDGE_PUNCT_RE, "");
    if (pageWords(tail) && looksLikeTitle(head)) return head;
    // "Technicien de maintenance H/F - Saint-Denis (93)": a gender marker closes the title; a place after it is the job's place
    if (GENDER_MARK_END_RE.test(head) && (parseLocations(tail, { strict: true }).length > 0 || codedTown(tail, CODED_COUNTRIES) !== null)) return head;
  }
  return t;
}

/** Whether words name the page or a section of it rather than the role: "Job Description", "Stellenausschreibung". */
function pageWords(words: string): boolean {
  const low = words.trim().toLowerCase();
  if (!low) return false;
  if (JOB_AD_WORDS.has(low)) return true;
  const kind = classifyHeading(words.trim())?.kind;
  return kind === "about-role" || kind === "overview";
}

// the marks a board glues a title's facts on with (each three characters long)
const TAIL_SEPARATORS = [" - ", " – ", " — ", " | "];

function factTail(tail: string, ctx: Pick<Context, "now">): boolean {
  const pieces = tail.split(TITLE_TAIL_PIECES_RE).flatMap((p) => p.split(" | ")).map((p) => p.trim()).filter(Boolean);
  if (!pieces.length || pieces.length > 6) return false;
  let strong = false;
  for (const p of pieces) {
    if (TITLE_HOURS_PIECE_RE.test(p)) {
      strong = true;
      continue;
    }
    const role = headerRole(p, ctx);
    if (!TAIL_FACT_ROLES.has(role)) return false;
    if (role === "salary") strong = true;
  }
  return strong || pieces.length >= 2;
}

// prepositions after which any capitalised word may be a place or a field ("Analista en Sistemas"): the name must be presented
const WEAK_PREPOSITIONS = new Set(["en", "na", "no", "w"]);

/**
 * "Product Owner Klantportaal bij Waterschap Dijkstroom", "Chef de projet chez Verreval": the title and the
 * employer after the preposition, when the text writes that name again elsewhere (and, after a
 * preposition that also leads places and fields, presents it as a company).
 */
export function employerTail(text: string, ctx: Context): { title: string; company: string } | null {
  const words = text.trim().split(WHITESPACE_SPLIT_RE);
  for (let i = words.length - 2; i >= 1; i--) {
    const prep = words[i].toLowerCase();
    if (!TITLE_EMPLOYER_PREPOSITIONS.includes(prep)) continue;
    const company = words.slice(i + 1).join(" ").replace(TITLE_EDGE_PUNCT_RE, "").trim();
    const title = words.slice(0, i).join(" ");
    if (words.length - i - 1 > 5 || !looksLikeTitle(title) || looksLikeTitle(company) || !looksLikeName(company, ctx)) continue;
    if (mentions(ctx.text, company) <= mentions(text, company)) continue;
    if (WEAK_PREPOSITIONS.has(prep) && !presented(company, ctx)) continue;
    return { title, company };
  }
  return null;
}

const DATE_ROLES = new Set(["date", "counter"]);
// The facts a headline stands above: a place, pay, a date.
const FACT_LINE_ROLES = new Set(["location", "salary", "date", "counter", "badge"]);

const LEADING_STOP = new Set(["a", "an", "the", "our", "einen", "einem", "einer", "eine", "ein", "eine/n", "un", "une", "una", "uno", "nach", "als", "as"]);

/**
 * The header line most like a title: it names a role, and the facts of the job (pay, place,
 * badges, a date, the company) follow right after it; a line repeated further down counts more.
 */
/** Whether a line is a board's search-result heading: "Vagas de Cozinheiro em Salvador - BA", "Cook jobs in Leeds". */
function searchResultHeading(text: string): boolean {
  const low = ` ${text.trim().toLowerCase()} `;
  return LISTING_LEADS.some((lead) => low.startsWith(` ${lead} `)) || LISTING_INFIXES.some((infix) => low.includes(infix));
}

/** Whether a line of a few words was a "Label:" line over a short value line: a field and its value, as boards print their facts. */
function labelOverValue(b: Block, next: Block | undefined, ctx: Context): boolean {
  if (!next || next.type === "heading" || next.text.length > 80 || b.text.split(WHITESPACE_SPLIT_RE).length > LABEL_WORDS) return false;
  // (a bare label line is read as a heading without its colon: the colon is in the text it came from)
  return COLON_END_RE.test(b.text) || COLON_END_RE.test(ctx.text.slice(b.start, b.end).trimEnd());
}
// The most words of a label line ("Date posted:", "Recruiter:", "Closing date for applications:").
const LABEL_WORDS = 4;

function bestTitleLine(ctx: Context, lines: Block[]): Block | undefined {
  let best: Block | undefined;
  let bestScore = 0;
  const all = ctx.blocks.map((b) => b.text);
  lines.forEach((b, i) => {
    // a breadcrumb's last step, the title without a board's tag and facts tail
    const clean = undecorated(breadcrumbLast(b.text), ctx);
    const part = titlePart(clean);
    const text = part && sentenceTitle(part);
    if (!text || (headerRole(clean, ctx) !== "text" && !titleBeforeTerms(clean, ctx)) || !looksLikeTitle(text) || menuLine(text) || menuEntry(b, ctx)) return;
    // the board's logo line ("Trade Me Jobs") above the posting; a street address with its postcode ("12 rue des Tanneurs, 26000 Valence")
    if (boardName(text, ctx) || streetAddress(clean)) return;
    // a label line over its value ("Recruiter:" ⏎ "Vukani Direct Insurance", read as a bare heading) names a field, not the job
    if (labelOverValue(b, lines[i + 1], ctx)) return;
    // the board's search-result heading above the posting ("Vagas de Cozinheiro em Salvador - BA")
    if (searchResultHeading(text)) return;
    // the employer's name under the title ("Haselbauer Haustechnik GmbH"): a legal form ends no title
    if (firmName(text) && !TITLE_EMPLOYER_JOIN_RE.test(text)) return;
    // a board that prints titles in lower case ("cook") puts the posting date right under them
    // a classified ad's headline in sentence case names its role in lower case, with a hiring word ("Part time cleaner needed - …")
    const adHeadline = CLASSIFIED_HIRING_WORD_RE.test(text) && CAPITAL_OR_DIGIT_START_RE.test(text) && lines.slice(i + 1, i + 4).some((n) => FACT_LINE_ROLES.has(headerRole(n.text, ctx)));
    if (!capitalisedRole(text) && !adHeadline && !(text === text.toLowerCase() && text.split(WHITESPACE_SPLIT_RE).length <= 4 && lines[i + 1] && DATE_ROLES.has(headerRole(lines[i + 1].text, ctx)))) return;
    if (BACK_LINK_WORDS.has(text.split(WHITESPACE_SPLIT_RE)[0].toLowerCase())) return;
    // the page's title bar ("Senior Analytics Engineer (w/m/d) | Jobs at") when the title itself is a line of its own
    const bar = text.indexOf(" | ");
    if (bar > 0 && lines.some((o) => o !== b && o.text === text.slice(0, bar).trim())) return;
    let score = 1;
    let factsFollow = false;
    for (const next of lines.slice(i + 1, i + 5)) {
      const role = headerRole(next.text, ctx);
      if (role === "salary" || role === "location" || role === "badge" || role === "date" || role === "counter") {
        factsFollow = true;
        break;
      }
    }
    if (factsFollow) score += 2;
    // a search box's query ("What / warehouse") is lower case; titles are written capitalised
    // "(Junior) Java Developer": the first word inside its bracket
    if (!CAPITAL_OR_DIGIT_START_RE.test(withoutOpeningBrackets(clean))) score -= 2;
    if (b.type === "heading" && !b.pseudo && b.depth <= 2) score += 1;
    if (all.filter((t) => t === b.text || t === clean).length > 1) score += 1;
    // the line a breadcrumb ends with, written again under it, is the title; the breadcrumb is not
    if (clean !== b.text.trim() && lines.some((o) => o !== b && o.text.trim() === text)) return;
    // the words of the title itself, without the employer after it ("… Engineer at Goodgame Studios")
    const words = titleWords(withoutEmployer(clean.replace(TITLE_AT_COMPANY_RE, ""), ctx));
    const lower = words.filter((w) => LOWER_WORD_START_RE.test(w)).length;
    if (words.length > 6 && lower / words.length > 0.4) score -= 2;
    // a title is a name, not a sentence: "Derzeit suchen wir nach einem Steuerberater (m/w/d) für …"
    // (a long name of capitalised words, "(Senior) Analytics Engineer – Snowflake & Power BI Deutschlandweit remote (w/m/d)", is not one)
    if (words.length > 8 && !factsFollow && (lower >= 2 || !oneName(text))) score -= 2;
    if (score > bestScore) {
      best = text === b.text ? b : { ...b, text };
      bestScore = score;
    }
  });
  return best;
}

/** A title with the job's terms after a dash, read as a badge line: "Aide-soignant(e) (m/f) – CDI 30h/semaine". */
function titleBeforeTerms(text: string, ctx: Context): boolean {
  const cut = text.search(TITLE_TERMS_DASH_RE);
  if (cut <= 0) return false;
  const head = text.slice(0, cut).trim();
  return headerRole(head, ctx) === "text" && looksLikeTitle(head) && headerRole(text.slice(cut).replace(TITLE_TERMS_DASH_RE, ""), ctx) === "badge";
}

/** A street address with its postcode and town: "12 rue des Tanneurs, 26000 Valence", "Industriestraße 12, 79618 Rheinfelden". */
function streetAddress(text: string): boolean {
  return text.includes(",") && LOC_ADDRESS_PART_RE.test(text.split(",")[0].trim()) && POSTCODE_WORD_RE.test(text);
}

/** The job title: JSON-LD, a Title label, the page's H1, a pipe header, the first title-like header line. */
export const titleDetector: Detector<"title"> = {
  key: "title",
  detect(ctx) {
    const found = readTitle(ctx);
    // whatever line it came from, the title without the page's words around it ("… – Job Description")
    if (found && !ctx.structured?.title) {
      const clean = tidy(unwrapped(found.value, ctx));
      if (clean !== found.value && looksLikeTitle(clean)) return { ...found, value: clean };
    }
    return found;
  },
};

function readTitle(ctx: Context): Detection<string> | null {
  {
    if (ctx.structured?.title) return { value: tidy(ctx.structured.title), how: "stated", spans: factSpans(ctx, "title") };
    const label = ctx.labels.find((l) => l.field === "title" && l.where !== "body" && l.value.length <= 120);
    // a page title, as Jina Reader writes it: "Title: Account Executive | Careers | Brightvane"
    // a label run on one line ("Position: Night Nurse Hourly Rate: $40"): the value up to the next label
    if (label) {
      const fromLabel = tidy(pageTitleParts(beforeNextLabel(upToNextLabel(label.value), label.value)).title);
      // the page's title decorates the posting's own heading ("Support Worker - Casual Job in Ballarat VIC" over
      // the heading "Support Worker - Casual"): the heading, without the board's words
      const own = ctx.blocks.find((b) => b.type === "heading" && !b.pseudo && b.depth <= 2 && b.text.length >= 4 && b.text.length < fromLabel.length && fromLabel.toLowerCase().startsWith(b.text.trim().toLowerCase()) && fromLabel[b.text.trim().length] === " ");
      if (own && looksLikeTitle(own.text)) return { value: tidy(own.text), how: "stated", spans: [spanOf(own)] };
      return { value: fromLabel, how: "stated", spans: [spanOf(label.block)] };
    }
    // "Stanowisko: QA Engineer Lokalizacja: …", "Position Title: Painter" written inline
    const inline = inlineLabel(ctx, TITLE_LABELS, 12);
    const inlineTitle = inline ? titlePart(beforeNextLabel(inline.value, inline.block.text)) : null;
    if (inline && inlineTitle && looksLikeTitle(inlineTitle)) return { value: tidy(inlineTitle), how: "stated", spans: [spanOf(inline.block)] };
    const pipe = pipeHeader(ctx);
    if (pipe?.title) return { value: pipe.title.text, how: "stated", spans: [spanOf(pipe.block)] };
    const ad = classifiedHeadline(ctx);
    if (ad) return { value: ad.title, how: "stated", spans: [spanOf(ad.block)] };
    const h1Block = ctx.blocks.find((b) => b.type === "heading" && b.depth === 1 && !b.pseudo);
    // "# [Hiring] Illustrator - $45/hr, remote": the H1 without a board's tag and facts tail
    const h1 = h1Block ? { ...h1Block, text: undecorated(h1Block.text, ctx) } : undefined;
    // the page's one H1 is its title, even when it carries pay ("Logistics Mover / Assistant $13/hr");
    // an H1 that is a section heading ("Overview", "About Us"), a label or a sentence is not
    const h1Role = h1 ? headerRole(h1.text, ctx) : null;
    // ("Stellenangebot" over the title: a heading that only names the page is none)
    const h1Ok = h1 && !classifyHeading(h1.text) && !labelOrLink(h1.text) && !searchResultHeading(h1.text) && !JOB_AD_WORDS.has(h1.text.trim().toLowerCase()) && (looksLikeTitle(h1.text) || nameLikeLine(h1.text));
    if (h1 && h1Ok && h1.text.length <= 120 && (h1Role === "text" || ((h1Role === "salary" || h1Role === "badge" || h1Role === "date") && looksLikeTitle(h1.text)) || (h1Role === "location" && placeAfterName(h1.text)))) {
      return { value: tidy(withoutEmployer(cutCompanyTail(h1.text, ctx), ctx)), how: "stated", spans: [spanOf(h1Block!)] };
    }
    const lines = headerLines(ctx);
    // "SuperPlane is hiring a" / "Remote Product Engineer" (RemoteOK, Himalayas)
    const hiring = lines.findIndex((b) => IS_HIRING_LINE_RE.test(b.text));
    if (hiring >= 0 && lines[hiring + 1] && lines[hiring + 1].text.length <= 110) return { value: tidy(lines[hiring + 1].text), how: "stated", spans: [spanOf(lines[hiring + 1])] };
    const candidate = bestTitleLine(ctx, lines.slice(0, 30));
    if (candidate) return { value: tidy(withoutEmployer(cutCompanyTail(candidate.text.replace(TITLE_AT_COMPANY_RE, ""), ctx), ctx)), how: "stated", spans: [spanOf(candidate)] };
    // a title heading under the company's introduction ("About Philo" … "Lead Backend Engineer")
    const heading = introHeadings(ctx).find((b) => b.text.length <= 90 && looksLikeTitle(b.text) && !searchResultHeading(b.text) && !labelOverValue(b, ctx.blocks[ctx.blocks.indexOf(b) + 1], ctx) && capitalisedRole(b.text) && !labelOrLink(b.text) && headerRole(b.text, ctx) === "text" && CAPITAL_OR_DIGIT_START_RE.test(b.text) && b.text.split(WHITESPACE_SPLIT_RE).length <= 8 && !NOT_TITLE_FIRST_WORDS.has(b.text.split(WHITESPACE_SPLIT_RE)[0].toLowerCase()) && !BACK_LINK_WORDS.has(b.text.split(WHITESPACE_SPLIT_RE)[0].toLowerCase()));
    if (heading) return { value: tidy(cutCompanyTail(sentenceTitle(heading.text), ctx)), how: "stated", spans: [spanOf(heading)] };
    // a title only in a sentence: "We're hiring a Lead Data Scientist to…"
    // a gender marker closes a German or French title: "als Technical Customer Support Manager (m/f/d)"
    for (const [i, b] of ctx.blocks.slice(0, 30).entries()) {
      // an item further down is a duty or a perk; the opening lines of a text without bullets are its prose
      if (b.type === "item" && (i > 2 || b.text.length < 60)) continue;
      const g = GENDER_TITLE_RE.exec(b.text);
      if (g) {
        // the marker closes the title, so the whole phrase from its first capital is the title: "Technicien Projet Industrialisation (H/F)"
        const whole = fromFirstCapital(g[1]);
        const t = looksLikeTitle(whole) && whole.split(WHITESPACE_SPLIT_RE).length <= 6 ? whole : cutAtRole(g[1]);
        if (t && looksLikeTitle(t)) return { value: tidy(`${t} ${g[2]}`), how: "stated", spans: [spanOf(b)] };
      }
    }
    for (const [i, b] of ctx.blocks.slice(0, 30).entries()) {
      if (b.type === "item" && (i > 2 || b.text.length < 60)) continue;
      const t = genderMarkedPhrase(b.text);
      if (t) return { value: tidy(t), how: "stated", spans: [spanOf(b)] };
    }
    // a title glued to the first sentence: "Senior Software Engineer (Rust/C++) At Rebel Space, our mission is…"
    const glued = gluedTitle(ctx);
    if (glued) return { value: tidy(glued.title), how: "stated", spans: [spanOf(glued.block)] };
    for (const b of ctx.blocks.slice(0, 30)) {
      if (b.type !== "paragraph") continue;
      const m = HIRING_A_RE.exec(b.text);
      if (m) {
        const cut = cutAtRole(m[1]);
        // "a Product Designer (Mobile) to help…": a short bracket right after the role stays with it
        const t = cut && withBracketAfter(cut, b.text.slice(m.index + m[0].length - m[1].length));
        // "a manager to provide…": one common noun in lower case is not a title
        if (t && looksLikeTitle(t) && (t.includes(" ") || CAPITAL_OR_DIGIT_START_RE.test(t))) return { value: tidy(t), how: "stated", spans: [spanOf(b)] };
      }
    }
    // no line names a role noun: the first header line that is a short name with the job's facts right under it
    // ("Growth Marketing" / "Lisbon, Portugal · Hybrid" / "Full-time")
    // a breadcrumb whose last step is written again right under it as a line of its own: that line, whatever
    // its case and words ("jobs › transportation & logistics › shipper receiver" ⏎ "shipper receiver")
    const echo = breadcrumbEcho(ctx);
    if (echo) return { value: tidy(echo.text), how: "stated", spans: [spanOf(echo)] };
    const named = unnamedRoleLine(ctx, lines.slice(0, 12));
    if (named) return { value: tidy(named.text), how: "inferred", spans: [spanOf(named)] };
    return null;
  }
}

/**
 * The title a scraper glued to the posting's first sentence: the opening words of the first paragraph,
 * up to a capitalised sentence opener ("At", "We", "Wir", "Chez", "En"…) with a sentence after it,
 * when those words name a role as a title does ("Senior Software Engineer (Rust/C++) At Acme, our…").
 */
function gluedTitle(ctx: Context): { title: string; block: Block } | null {
  const b = ctx.header.find((x) => x.type === "paragraph" && x.text.length > 60);
  if (!b || ctx.blocks.indexOf(b) > 3) return null;
  const words = b.text.split(WHITESPACE_SPLIT_RE);
  for (let i = 2; i <= Math.min(12, words.length - 6); i++) {
    if (!SENTENCE_OPENER_WORDS.has(words[i])) continue;
    const head = words.slice(0, i);
    const last = head[head.length - 1];
    if (".!?:;,".includes(last[last.length - 1])) return null;
    // a name, not a clause: no opener and few lower-case words before the cut
    if (head.some((w) => SENTENCE_OPENER_WORDS.has(w)) || head.filter((w) => LOWER_WORD_START_RE.test(w)).length * 3 > head.length) return null;
    const title = head.join(" ").split("**").join("").split("__").join("");
    if (looksLikeTitle(title) && capitalisedRole(title) && nameLikeLine(title) && CAPITAL_OR_DIGIT_START_RE.test(title)) return { title, block: b };
    return null;
  }
  return null;
}

// Kinds of a list of the job's own: a heading of one ends the page's introduction.
const LIST_KINDS: ReadonlySet<string> = new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "skills", "interview-process"]);

/** How many blocks under a breadcrumb its last step may be written again, and its most words. */
const ECHO_REACH = 3;
const ECHO_WORDS = 10;

/** The line right under a breadcrumb (within ECHO_REACH blocks) that repeats its last step. */
function breadcrumbEcho(ctx: Context): Block | null {
  const top = ctx.blocks.slice(0, 40);
  for (let i = 0; i < top.length; i++) {
    const last = breadcrumbLast(top[i].text);
    if (last === top[i].text) continue;
    const want = last.trim().toLowerCase();
    if (!want || want.split(" ").length > ECHO_WORDS) continue;
    const echo = top.slice(i + 1, i + 1 + ECHO_REACH).find((b) => b.text.trim().toLowerCase() === want);
    if (echo && !classifyHeading(echo.text) && !menuEntry(echo, ctx)) return echo;
  }
  return null;
}

/** The headings before the first section of the job itself (responsibilities, requirements, benefits…), that no kind was given. */
function introHeadings(ctx: Context): Block[] {
  const out: Block[] = [];
  // (the kind the sections were given, by stems and items as well: "The Executive Director's responsibilities include:")
  const kinds = new Map(ctx.sections.flatMap((s) => (s.heading && s.known && !s.chrome && LIST_KINDS.has(s.kind) ? [[s.heading, s.kind] as const] : [])));
  for (const b of ctx.blocks.slice(0, 40)) {
    if (b.type !== "heading") continue;
    const c = classifyHeading(b.text);
    const kind = c?.kind ?? kinds.get(b);
    if (kind && kind !== "about-company" && kind !== "overview" && kind !== "other") break;
    if (!c) out.push(b);
  }
  return out;
}

/**
 * "External Affairs, France", "Field Sales, Nordics": a name and the place after its last comma, where
 * the name alone is no place (a page's H1 such as "Paris, France" stays a place).
 */
function placeAfterName(text: string): boolean {
  const comma = text.lastIndexOf(", ");
  if (comma <= 0) return false;
  const head = text.slice(0, comma).trim();
  const tail = text.slice(comma + 2).trim();
  return parseLocations(tail, { strict: true }).length > 0 && parseLocations(head, { strict: true }).length === 0 && CAPITAL_OR_DIGIT_START_RE.test(head);
}

/**
 * Whether a line is a site menu's entry for an audience ("For Recruiters", "Students", "Employers"):
 * one or two words, a plural or "For …", in a run of three or more short lines (no blank line between
 * them) that holds a menu word or the page's chrome.
 */
function menuEntry(line: Block, ctx: Context): boolean {
  const words = line.text.trim().split(WHITESPACE_SPLIT_RE);
  if (words.length > 2 || line.type === "heading") return false;
  const low = words.map((w) => w.toLowerCase());
  if (!(AUDIENCE_LEADS.has(low[0]) || low[low.length - 1].endsWith("s"))) return false;
  const run = shortLineRun(line, ctx, MENU_ENTRY_WORDS);
  if (!run || run.lines.length < MENU_RUN_LINES) return false;
  const chrome = new Set(ctx.chromeBlocks.map((c) => c.block));
  return run.lines.some((b, k) => k !== run.at && (menuLine(b.text) || chrome.has(b)));
}
// A menu's run: three lines or more of at most three words.
const MENU_RUN_LINES = 3;
const MENU_ENTRY_WORDS = 3;
// words that open a menu entry for an audience ("For Recruiters", "Für Arbeitgeber", "Pour les candidats")
const AUDIENCE_LEADS = new Set(["for", "für", "pour", "para", "voor", "dla"]);

/**
 * The first text line of the header when it reads as a title without a known role noun: two to six
 * capitalised words, no sentence, label, heading, menu entry or place, and facts of the job (a place,
 * pay, a contract badge, a date) within the next three lines.
 */
function unnamedRoleLine(ctx: Context, lines: Block[]): Block | null {
  // the site's menu entries, its name, its breadcrumb, its buttons and icons' facts are stepped over
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = undecorated(line.text.trim(), ctx);
    // ("Service Crew (Full Time)": the terms in its bracket make no badge of it; "📍 Tampines": an icon opens a fact, no title)
    if (!LETTER_OR_DIGIT_START_RE.test(withoutOpeningBrackets(t)) || headerRole(withoutBrackets(t).trim(), ctx) !== "text" || menuLine(t) || chromeLine(t)) continue;
    if (menuEntry(line, ctx) || boardName(t, ctx) || breadcrumbLast(t) !== t) continue;
    // the first line of the header's own text is the only one read
    return namedRoleLine(t, i, lines, ctx) ? (t === line.text ? line : { ...line, text: t }) : null;
  }
  return null;
}

// Longest line read as an icon's fact.
const ICON_FACT_LEN = 60;

/** Whether the header line lines[i] (its text t) is a short name with the job's facts, or its employer, right under it. */
function namedRoleLine(t: string, i: number, lines: Block[], ctx: Context): boolean {
  const words = t.split(WHITESPACE_SPLIT_RE);
  // ("Recruitment #18-167080-01": a notice's number, no name)
  if (words.length > 6 || CODE_WORD_RE.test(t) || !nameLikeLine(t) || !oneName(t) || labelOrLink(t) || classifyHeading(t) || labelField(t)) return false;
  // ("Service Crew (Full Time)": a bracket opens a capitalised word)
  if (!words.every((w) => CAPITAL_OR_DIGIT_START_RE.test(withoutOpeningBrackets(w)) || !LETTER_RE.test(w) || LOWER_JOINS.has(w))) return false;
  // a label in capitals ("APPROXIMATE ANNUAL SALARY -"), a line left open, an institution's name ("Red Hill Elementary School")
  if (t === t.toUpperCase() || !LETTER_OR_DIGIT_END_RE.test(t)) return false;
  if (INSTITUTION_WORDS.has(words[words.length - 1].toLowerCase()) || hasLegalForm(t)) return false;
  if (NOT_TITLE_FIRST_WORDS.has(words[0].toLowerCase()) || BACK_LINK_WORDS.has(words[0].toLowerCase())) return false;
  // one word ("Cook", "Boilermaker") may be a company's name as well: only the employer's name with its
  // legal form, or the posting's date, right under it makes it the title
  if (words.length === 1) return lines.slice(i + 1, i + 3).some((n) => hasLegalForm(n.text) || DATE_ROLES.has(headerRole(n.text, ctx)));
  for (const next of lines.slice(i + 1, i + 4)) {
    const role = headerRole(next.text, ctx);
    if (role === "salary" || role === "location" || role === "badge" || role === "date") return true;
    // ("📍 Tampines": a short line that opens with an icon is one of the job's facts, whatever the place)
    if (!LETTER_OR_DIGIT_START_RE.test(next.text) && LETTER_RE.test(next.text) && next.text.length <= ICON_FACT_LEN) return true;
  }
  return false;
}

// the small words a title of capitalised words may hold ("Head of Growth", "Chef de Partie")
const LOWER_JOINS = new Set(["of", "and", "&", "for", "de", "du", "des", "la", "al", "del", "do", "da", "und", "-", "–", "/"]);

/** Whether a line names one thing: no label, bar or comma outside its brackets ("Engineers, Designers, PMs" is a list). */
function oneName(text: string): boolean {
  if (text.includes(": ") || text.includes("|")) return false;
  let depth = 0;
  for (const c of text) {
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if ((c === "," || c === ";") && depth === 0) return false;
  }
  return true;
}

/** A short capitalised line with no sentence in it: a name-like H1 ("Praktikum Online-Marketing", "Ballot Manager"). */
function nameLikeLine(text: string): boolean {
  const words = text.split(WHITESPACE_SPLIT_RE);
  // a script without capitals (Korean, Chinese) or a bracketed tag first ("[Acme] Designer") counts as capitalised
  const first = [...text].find((c) => LETTER_RE.test(c) || (c >= "0" && c <= "9")) ?? "";
  const capital = first !== "" && (first === first.toUpperCase() || first.toLowerCase() === first.toUpperCase());
  return (capital || CAPITAL_OR_DIGIT_START_RE.test(text)) && words.length <= 10 && words.filter((w) => LOWER_WORD_START_RE.test(w)).length <= words.length / 2;
}

/** "Senior Analytics Engineer — The LEGO Group": the company after a dash or bar is not part of the title. */
function cutCompanyTail(text: string, ctx: Context): string {
  const m = TITLE_TAIL_SPLIT_RE.exec(text);
  if (!m) return text;
  const head = text.slice(0, m.index);
  const tail = text.slice(m.index + m[0].length);
  // a dash inside a bracket is a range ("(01.07.2026 – 30.06.2028)"), not a company
  if (head.split("(").length !== head.split(")").length || !LETTER_RE.test(tail.replace(TRAILING_PARENS_RE, ""))) return text;
  return looksLikeTitle(head) && !looksLikeTitle(tail) && looksLikeName(tail, ctx) ? head : text;
}

/**
 * The words a title line counts as a name: those with letters ("-" is no word), up to an "at"/"@" that a
 * capitalised name follows ("Junior Expert BI (m/w/d) at HSE24 / Home Shopping GmbH").
 */
function titleWords(text: string): string[] {
  const words = text.split(WHITESPACE_SPLIT_RE).filter((w) => LETTER_RE.test(w));
  const at = words.findLastIndex((w, i) => i > 0 && (w === "at" || w === "@") && CAPITAL_OR_DIGIT_START_RE.test(words[i + 1] ?? ""));
  return at > 0 ? words.slice(0, at) : words;
}

/** A line without the brackets it opens with: "(Junior) Java Developer" → "Junior) Java Developer". */
function withoutOpeningBrackets(text: string): string {
  let i = 0;
  while (i < text.length && "([【".includes(text[i])) i++;
  return text.slice(i);
}

/** The title without the employer a preposition names after it ("… bij Waterschap Dijkstroom"). */
function withoutEmployer(text: string, ctx: Context): string {
  const emp = employerTail(text, ctx);
  if (emp) return emp.title;
  // "… (m/w/d) at HSE24 / Home Shopping Europe GmbH": after "at", a capitalised name of a few words is the employer's
  const words = titleWords(text);
  const all = text.split(WHITESPACE_SPLIT_RE).filter((w) => LETTER_RE.test(w));
  if (words.length < all.length && all.length - words.length <= 7 && looksLikeTitle(words.join(" "))) {
    const at = text.lastIndexOf(` ${all[words.length]} `);
    if (at > 0) return text.slice(0, at).trim();
  }
  return text;
}

/** Splits a page title such as "Account Executive, Mid-Market | Careers | Brightvane" or "Copywriter - VML". */
export function pageTitleParts(value: string): { title: string; company: string | null } {
  const parts = value.split(PAGE_TITLE_SPLIT_RE).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return { title: value, company: null };
  const rest = parts.slice(1).filter((p) => !SITE_SECTION_NAME_RE.test(p));
  return { title: parts[0], company: rest.length ? rest[rest.length - 1] : null };
}

function tidy(t: string): string {
  return t.replace(WHITESPACE_RUNS_RE, " ").replace(TITLE_EDGE_PUNCT_RE, "").trim();
}
