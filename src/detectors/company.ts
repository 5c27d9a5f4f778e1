import { factSpans, foundValue, spanOf, type Context, type Detector } from "../context.js";
import { codedTown, parseLocations } from "../fields/location.js";
import { LANGUAGE_COUNTRIES } from "../lexicon/places.js";
import { parseDate } from "../fields/dates.js";
import {
  CAPITAL_OR_DIGIT_START_RE, MEMBER_SINCE_RE, DIGIT_RE as DIGIT_IN_RE, LETTER_RE, APPOSITIVE_VERB_RE, AT_COMPANY_END_RE, AT_COMPANY_LINE_RE, AT_COMPANY_WE_RE, AVATAR_FOR_PREFIX_RE, AVATAR_FOR_RE, COMPANY_DASH_TAGLINE_RE, RATING_TAIL_RE,
  COMPANY_IS_HIRING_RE, COMPANY_NAME_LINE_RE, COMPANY_SUBJECT_RE, JOIN_COMPANY_RE, LEADING_ARTICLE_RE, LOGO_END_RE, LOGO_SUFFIX_RE,
  EMPLOYER_PROFILE_PATH_RE, YEAR_WORD_RE, NAME_TRAILING_PUNCT_RE, POSSESSIVE_END_RE, TITLE_COMPANY_TAIL_RE, TWO_LETTERS_RE, WE_APPOSITIVE_RE, WHITESPACE_SPLIT_RE,
  POSTCODE_BEFORE_RE,
} from "../patterns.js";
import type { Span } from "../schema.js";
import { classifyHeading, labelField } from "../sections/phrases.js";
import { headerLines, headerRole, looksLikeTitle, menuLine } from "./header-lines.js";
import { employerTail, pageTitleParts } from "./title.js";
import { classifiedHeadline } from "./classified.js";
import { pipeHeader } from "./pipe-header.js";
import { anonymousClient, bestEvidence, pluralFirm, presentedClient, boardName, confirmedName, hasLegalForm, looksLikeName, mentions, namedClient, presented, readsAsHeading, withoutLegalForm } from "./company-evidence.js";
import { inlineLabel, ownValue } from "./inline-labels.js";
import { CAREERS_PREFIXES, CAREERS_SUFFIX_WORDS, COMPANY_LABELS, DEPARTMENT_WORDS, MENU_WORDS, POSTED_BY_WORDS, SITE_AFTER_NAME_WORDS, UNIT_AFTER_NAME_WORDS, UNNAMED_EMPLOYER_WORDS } from "../lexicon/names.js";
import type { Block } from "../tree/blocks.js";

/**
 * The hiring company: JSON-LD, a Company label, "X logo", the name line beside the title at the top,
 * "<Title> at <Company>", "About <Company>", "<Company> is hiring", a pipe header's first field.
 */
export const companyDetector: Detector<"company"> = {
  key: "company",
  detect(ctx) {
    if (ctx.structured?.company) return { value: ctx.structured.company, how: "stated", spans: factSpans(ctx, "company") };
    const label = ctx.labels.find((l) => l.field === "company" && l.value.length <= 80);
    if (label) {
      // a flattened page's label run: "Kto szuka: Acme Sp. z o.o. Stanowisko: QA Engineer"
      const value = withoutSite(ownValue(label.value));
      if (UNNAMED_EMPLOYER_WORDS.has(value.split(WHITESPACE_SPLIT_RE)[0].toLowerCase())) return null;
      // a footer's "Company" column over "About Us", a stray "zu" read as a value: no name
      if (nameValue(value, ctx)) return { value, how: "stated", spans: [spanOf(label.block)] };
    }
    // "Kto szuka: Acme Sp. z o.o. Stanowisko: …", "Agency: Department of Elections"
    const inline = inlineLabel(ctx, COMPANY_LABELS);
    if (inline && UNNAMED_EMPLOYER_WORDS.has(inline.value.split(WHITESPACE_SPLIT_RE)[0].toLowerCase())) return null;
    if (inline && inline.value.length <= 80 && inline.value.split(WHITESPACE_SPLIT_RE).length <= 8) return { value: inline.value, how: "stated", spans: [spanOf(inline.block)] };
    // "About Our Client" / "Tallowbark Health is…": the client a recruiter presents, not the recruiter
    const presentedTo = presentedClient(ctx);
    if (presentedTo) return { value: presentedTo.name, how: "stated", spans: [spanOf(presentedTo.block)] };
    const pageTitle = ctx.labels.find((l) => l.field === "title" && l.where !== "body");
    // "… | Careers at Harborlight Hospitality", "… - Acme Careers": the careers site's owner
    const pageCompany = pageTitle ? pageTitleParts(pageTitle.value).company : null;
    const fromPage = pageCompany ? withoutCareersWords(pageCompany) : null;
    if (fromPage && fromPage.length <= 60 && !boardName(fromPage, ctx)) return { value: fromPage, how: "stated", spans: [spanOf(pageTitle!.block)] };
    const pipe = pipeHeader(ctx);
    // the first field of a bar is the employer only when it reads as a name, not a place, a contract or the title
    // a bar that names no role may be a facts line that opens with its place ("Sydney CBD | Full-Time | On-Site")
    if (pipe?.company && !boardName(pipe.company.text, ctx) && nameValue(pipe.company.text, ctx) && barName(pipe.company.text, ctx) && (pipe.title || !placeField(pipe.company.text))) return { value: pipe.company.text, how: "stated", spans: [spanOf(pipe.block)] };
    const ad = classifiedHeadline(ctx);
    if (ad?.company) return { value: ad.company, how: "stated", spans: [spanOf(ad.block)] };
    // a recruiter's client named in apposition is the employer; a client it does not name leaves no company
    const client = namedClient(ctx);
    if (client) return { value: client.name, how: "stated", spans: [spanOf(client.block)] };
    if (anonymousClient(ctx)) return null;
    // every guess from the layout must be confirmed by the rest of the text
    let beside: { value: string; block: Block } | null = null;
    for (const guess of layoutGuesses(ctx)) {
      // the board's own name or a menu entry is never the employer, however often the page repeats it
      if (boardName(guess.value, ctx) || menuLine(guess.value)) continue;
      // the value of another field's label elsewhere ("Department" ⏎ "Finance & Administration") is that field's
      if (labelledAsOther(guess.value, ctx)) continue;
      // a name the page writes after a postcode is a town ("Singen (Hohentwiel)" ⏎ … "78224 Singen (Hohentwiel)")
      if (afterPostcode(guess.value, ctx)) continue;
      if (confirmedName(guess.value, ctx, guess.block.text)) return { value: guess.value, how: "stated", spans: [spanOf(guess.block)] };
      // "Hartwell Careers", "Open roles at Velmont" beside the title: the careers site presents its owner
      if ((guess.careers || guess.profile) && looksLikeName(guess.value, ctx)) return { value: guess.value, how: "stated", spans: [spanOf(guess.block)] };
      // a link to a place on the page ("Zum Inhalt" → #main) is the page's chrome
      if (guess.beside && !beside && besideName(guess.value, ctx) && !anchorLink(guess.block)) beside = guess;
    }
    const best = bestEvidence(ctx);
    if (best) return { value: best.name, how: "inferred", spans: best.spans.slice(0, 3) };
    const prose = proseCandidate(ctx);
    // a subject the prose repeats must also be presented as a company somewhere ("About X", "X is an employer", its domain)
    if (prose && confirmedName(prose.name, ctx) && presented(prose.name, ctx) && !boardName(prose.name, ctx)) return { value: prose.name, how: "inferred", spans: prose.spans };
    // nothing else names the employer: the name line beside the title in a header of facts
    // ("Warehouse Associate / Brindle Logistics / Memphis, TN / $18 an hour") is the board's company field
    if (beside) return { value: beside.value, how: "inferred", spans: [spanOf(beside.block)] };
    return null;
  },
};

/** Whether the text writes the name right after a postcode somewhere: then it is a town's. */
function afterPostcode(name: string, ctx: Context): boolean {
  for (let i = ctx.text.indexOf(name); i >= 0; i = ctx.text.indexOf(name, i + name.length)) {
    if (POSTCODE_BEFORE_RE.test(ctx.text.slice(Math.max(0, i - POSTCODE_REACH), i))) return true;
  }
  return false;
}
// Most characters of a postcode and the space after it.
const POSTCODE_REACH = 10;

/**
 * Whether a labelled value can be a name: not a section heading or menu entry ("About Us"), and
 * capitalised, or a lower-case brand the text writes again ("konfetti"), not a stray word ("zu").
 */
function nameValue(value: string, ctx: Context): boolean {
  const v = value.trim();
  if (v.length < 2 || menuLine(v) || (readsAsHeading(v, ctx) && !hasLegalForm(v))) return false;
  // "Su Subito dal 2019", "Member since 2018": how long the firm has been on the board, not its name
  if (MEMBER_SINCE_RE.test(v)) return false;
  // a script without capitals (Korean, Chinese) has no lower-case words to tell apart
  const first = v[0];
  if (CAPITAL_OR_DIGIT_START_RE.test(v) || first.toLowerCase() === first.toUpperCase()) return true;
  return v.length >= 3 && mentions(ctx.text, v) >= 2;
}

/** Whether a field names a place by its first or last word: "Sydney CBD", "Gräfelfing bei München". */
function placeField(value: string): boolean {
  const words = value.trim().split(WHITESPACE_SPLIT_RE);
  return [value, words[0], words[words.length - 1]].some((w) => parseLocations(w, { strict: true }).length > 0);
}

/** A careers site's name without its section words: "Hartwell Careers" → "Hartwell", "Open roles at Velmont" → "Velmont". */
export function withoutCareersWords(text: string): string {
  const t = text.trim();
  const low = t.toLowerCase();
  for (const p of CAREERS_PREFIXES) {
    if (low.startsWith(`${p} `) && t.length > p.length + 2) return t.slice(p.length + 1).trim();
  }
  const words = t.split(WHITESPACE_SPLIT_RE);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    if (CAREERS_SUFFIX_WORDS.has(words.slice(-n).join(" ").toLowerCase())) return words.slice(0, -n).join(" ").replace(NAME_TRAILING_PUNCT_RE, "").trim();
  }
  return t;
}

/** Whether the posting gives a text as the value of a label of another field: "Department: Finance & Administration". */
function labelledAsOther(value: string, ctx: Context): boolean {
  // (a name with its legal form is a firm's wherever it stands: Platsbanken's "Arbetsplats" ⏎ "Björkdalens Omsorg AB" ⏎ its street)
  if (hasLegalForm(value)) return false;
  const v = value.trim().toLowerCase();
  return ctx.labels.some((l) => l.field !== "company" && l.value.trim().toLowerCase() === v);
}

/** Whether a line is only a link to a place on its own page ("[Skip to content](#main)"). */
function anchorLink(b: Block): boolean {
  return b.links.length === 1 && b.links[0].text.trim() === b.text.trim() && b.links[0].url.startsWith("#");
}

/** The first piece of a row whose other pieces are all facts: "Café Ostra · Porto · Full-time" → "Café Ostra"; else the row. */
function nameBeforeFacts(text: string, ctx: Context): string {
  for (const sep of [" · ", " • "]) {
    const pieces = text.split(sep).map((p) => p.trim());
    if (pieces.length >= 2 && pieces[0] && pieces.slice(1).every((p) => FACT_ROLES.has(headerRole(p, ctx)))) return pieces[0];
  }
  return text;
}

/** Whether a header of facts (a place, pay, a contract badge, a date) stands within a few lines of the title. */
function factsAround(lines: Block[], titleAt: number, ctx: Context): boolean {
  for (let i = Math.max(0, titleAt - 2); i <= titleAt + 4 && i < lines.length; i++) {
    if (i !== titleAt && FACT_ROLES.has(headerRole(lines[i].text, ctx))) return true;
  }
  return false;
}

/**
 * Whether a line beside the title, which nothing else confirms, still reads as the employer's name: a
 * name of a few words (not a common phrase of the text, a place, a heading or a role), and not a
 * department line made of function words only ("Design – Product", "Data & Analytics").
 */
function besideName(value: string, ctx: Context): boolean {
  const words = value.split(WHITESPACE_SPLIT_RE);
  if (words.length > 5 || value.includes(" · ") || value.includes(" | ")) return false;
  if (!looksLikeName(value, ctx)) return false;
  // every word of a name is capitalised ("Résumé du poste", "Estamos contratando" are phrases)
  const named = words.filter((w) => LETTER_RE.test(w) && !JOINING_WORDS.has(w.toLowerCase()) && !CONNECTOR_WORDS.has(w.toLowerCase()));
  if (!named.every((w) => CAPITAL_OR_DIGIT_START_RE.test(w))) return false;
  // one word alone ("Mobil", "Sucre") may be any capitalised word; a brand is shaped as one ("HubSpot", "N26", "BMAT")
  if (named.length === 1 && !brandShaped(named[0])) return false;
  return named.some((w) => !DEPARTMENT_WORDS.has(w.toLowerCase().replace(NAME_TRAILING_PUNCT_RE, "")));
}

/** A word written as a brand rather than a word: a capital or a digit after its first letter ("HubSpot", "N26", "BMAT"). */
function brandShaped(word: string): boolean {
  const rest = word.slice(1);
  return rest !== rest.toLowerCase() || DIGIT_IN_RE.test(rest);
}

// the roles of header lines that make a header of facts
const FACT_ROLES = new Set(["location", "salary", "badge", "date"]);
// the words that join the parts of a department or a name ("Data & Analytics", "Research and Development")
const JOINING_WORDS = new Set(["&", "and", "und", "et", "y", "e", "i", "en", "og", "och", "a", "of", "–", "-", "/"]);
// the small words a name of several words may hold in lower case ("Museum of Modern Art", "Banco do Brasil")
const CONNECTOR_WORDS = new Set(["of", "the", "for", "de", "du", "des", "la", "le", "del", "do", "da", "dos", "das", "von", "van", "der", "den", "am", "an", "im", "zu", "y", "e"]);

/** Whether a bar's first field is a name rather than a place, a contract or a role ("Sydney CBD | Full-Time", "Volunteer | remote"). */
function barName(value: string, ctx: Context): boolean {
  if (hasLegalForm(value)) return true;
  const v = value.trim();
  // "Architect Financial Technologies | Chicago" holds a role noun, but its domain (architect.co) confirms the name
  return headerRole(v, ctx) === "text" && (!looksLikeTitle(v) || confirmedName(v, ctx));
}

// dates, counters and pay between the title and the company are stepped over ("$18,000 - $22,000 Mensual")
const DATE_LIKE_ROLES = new Set(["date", "counter", "salary"]);

/** The name after a posting date: "Posted on November 28, 2026 by Maple Hollow Bistro" → "Maple Hollow Bistro". */
function postedBy(text: string, ctx: Context): string | null {
  if (text.length > 120) return null;
  const low = text.toLowerCase();
  for (const [lead, by] of POSTED_BY_WORDS) {
    if (!low.startsWith(`${lead} `)) continue;
    const at = low.indexOf(` ${by} `, lead.length);
    if (at < 0) continue;
    // what stands between the lead and the name is a date ("on November 28, 2026", "le 3 décembre 2026")
    const when = text.slice(lead.length, at).trim();
    if (!when || !parseDate(when, ctx.now)) continue;
    const name = text.slice(at + by.length + 2).trim();
    return name.length >= 2 && name.length <= 60 ? name : null;
  }
  return null;
}

/** The employer without the site or unit after it: "Aérolys Systèmes - Site de Toulouse-Blagnac" → "Aérolys Systèmes". */
function withoutSite(value: string): string {
  // the first separator after which a site or a unit is named: "ORF, Abteilung GPA - Human Resources" → "ORF"
  const cuts = [" - ", " – ", " — ", ", "].map((dash) => ({ dash, at: value.indexOf(dash) })).filter((c) => c.at > 0).sort((a, b) => a.at - b.at);
  for (const { dash, at } of cuts) {
    const after = value.slice(at + dash.length).toLowerCase();
    if ([...SITE_AFTER_NAME_WORDS, ...UNIT_AFTER_NAME_WORDS].some((w) => after.startsWith(`${w} `) || after === w)) return value.slice(0, at).trim();
  }
  return value;
}

/** A line that is only a link to a site's home page: "[XING](https://www.xing.com/)". */
function siteLogo(b: Block): boolean {
  if (b.links.length !== 1 || b.links[0].text.trim() !== b.text.trim()) return false;
  try {
    const u = new URL(b.links[0].url);
    return (u.pathname === "/" || u.pathname === "") && !u.search;
  } catch {
    return false;
  }
}

/** Names the layout suggests, strongest first: "X is hiring", "X logo", the line beside the title, "… at X". */
/** Whether a link goes to a board's page about an employer. */
function employerPage(url: string): boolean {
  try {
    return EMPLOYER_PROFILE_PATH_RE.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

function* layoutGuesses(ctx: Context): Generator<{ value: string; block: Block; beside?: boolean; careers?: boolean; profile?: boolean }> {
  const lines = headerLines(ctx);
  // "[Acme Mutual](https://board.example/employers/acme-48121) · Insurance": the board links the employer's name to its page
  for (const b of lines.slice(0, 20)) {
    const l = b.links.find((k) => k.text.trim().length >= 2 && k.text.trim().length <= 60 && b.text.trim().startsWith(k.text.trim()) && employerPage(k.url));
    if (l) yield { value: l.text.trim(), block: b, profile: true };
  }
  for (const b of lines) {
    const m = COMPANY_IS_HIRING_RE.exec(b.text);
    if (m && b.text.length <= 60) yield { value: m[1], block: b };
  }
  // "Nimbleroot logo" (LinkedIn, Greenhouse), "Avatar for Madhive" (Wellfound)
  for (const logo of lines) {
    if (!(LOGO_END_RE.test(logo.text) || AVATAR_FOR_RE.test(logo.text)) || logo.text.length > 60) continue;
    const name = logo.text.replace(LOGO_SUFFIX_RE, "").replace(AVATAR_FOR_PREFIX_RE, "").trim();
    if (name && COMPANY_NAME_LINE_RE.test(name)) yield { value: name, block: logo };
  }
  const title = foundValue(ctx, "title");
  const exactAt = lines.findIndex((b) => title !== null && title !== undefined && b.text === title);
  const titleAt = exactAt >= 0 ? exactAt : lines.findIndex((b) => title && b.text.includes(title));
  // the company line sits right next to the title at the top of most boards
  if (titleAt >= 0) {
    // "Product Owner Klantportaal bij Waterschap Dijkstroom", "Chef de projet chez Verreval"
    const emp = employerTail(lines[titleAt].text, ctx);
    if (emp) yield { value: emp.company, block: lines[titleAt] };
    // dates and counters between the title and the company are stepped over ("Publicado hace 2 días")
    let below = titleAt + 1;
    // ("Seriate (BG)" ⏎ "1 dic alle 10:42" ⏎ "Termoidraulica Bonomi S.n.c.": the town with its province's code as well)
    const langCountries = LANGUAGE_COUNTRIES[foundValue(ctx, "language") ?? ""] ?? [];
    const dateLike = (b: Block | undefined) => b !== undefined && DATE_LIKE_ROLES.has(headerRole(b.text, ctx));
    while (below < titleAt + 4 && lines[below] && (dateLike(lines[below]) || (codedTown(lines[below].text, langCountries) !== null && dateLike(lines[below + 1])))) below++;
    for (const i of [below, titleAt - 1, below + 1, titleAt - 2]) {
      const b = lines[i];
      if (!b) continue;
      // the site's own name linked to its home page above the title is the board's logo, not the employer
      if (i < titleAt && siteLogo(b)) continue;
      // "Acme S.r.l. 3,6 ★": the board's rating; "Acme Zorg – Rotterdam": the place after a dash
      // "Café Ostra · Porto · Full-time": the name before a row of facts; "Hartwell Careers", "Open roles at Velmont": the name
      const row = nameBeforeFacts(b.text.replace(RATING_TAIL_RE, ""), ctx);
      let text = withoutCareersWords(row);
      const careers = text !== row.trim();
      const dash = COMPANY_DASH_TAGLINE_RE.exec(text);
      if (dash && parseLocations(dash[2], { strict: true }).length) text = dash[1].trim();
      if (MENU_WORDS.has(text.toLowerCase()) || text.length > 60 || !COMPANY_NAME_LINE_RE.test(text) || !TWO_LETTERS_RE.test(text) || labelField(text)) continue;
      // ("Le Fournil des Tanneurs": a name that opens with its article reads as no title, whatever its nouns)
      if (headerRole(text, ctx) !== "text" || (looksLikeTitle(text) && !hasLegalForm(text) && !LEADING_ARTICLE_RE.test(text)) || readsAsHeading(text, ctx)) continue;
      // "Seriate (BG)": a town with its province's code, in the country of the posting's language, is the job's place
      if (!hasLegalForm(text) && codedTown(text, langCountries) !== null) continue;
      // (its legal form is no part of its length: "Distribuidora Regia del Norte, S.A. de C.V.")
      // (nor its joining words: "Lundgaard & Sønner Tømrer- og Snedkerfirma ApS")
      if (withoutLegalForm(text).split(WHITESPACE_SPLIT_RE).filter((w) => !JOINING_WORDS.has(w.toLowerCase())).length > 5) continue;
      // the line right below the title (dates stepped over) or right above it, inside a header of facts
      yield { value: text, block: b, beside: (i === below || i === titleAt - 1) && factsAround(lines, titleAt, ctx), careers };
    }
    const m = AT_COMPANY_END_RE.exec(lines[titleAt].text);
    if (m) yield { value: m[1], block: lines[titleAt] };
    // "Senior Analytics Engineer — The LEGO Group": the part after the title
    const rest = title ? lines[titleAt].text.slice(lines[titleAt].text.indexOf(title) + title.length) : "";
    const tail = TITLE_COMPANY_TAIL_RE.exec(rest);
    // "Data Analytics Intern – Summer 2027": a term after the title, not its employer
    if (tail && !YEAR_WORD_RE.test(tail[1])) yield { value: tail[1].trim(), block: lines[titleAt] };
  }
  for (const b of ctx.blocks) {
    if (b.text.length > 120) continue;
    const m = title && b.text.startsWith(title) ? AT_COMPANY_END_RE.exec(b.text) : null;
    if (m) yield { value: m[1], block: b };
  }
  // "Posted on November 28, 2026 by Maple Hollow Bistro"
  for (const b of lines.slice(0, 15)) {
    const name = postedBy(b.text, ctx);
    if (name) yield { value: name, block: b };
  }
  // "at Quillfeather (View all jobs)" under the title; "Copperline Mutual – Leeds, West Yorkshire"
  for (const b of lines.slice(0, 15)) {
    const at = AT_COMPANY_LINE_RE.exec(b.text);
    if (at) yield { value: at[1].trim(), block: b };
    const dash = COMPANY_DASH_TAGLINE_RE.exec(b.text);
    if (dash && !looksLikeTitle(dash[1]) && parseLocations(dash[2], { strict: true }).length) yield { value: dash[1].trim(), block: b };
  }
}

const NOT_NAMES = new Set(["we", "our", "this", "the", "you", "it", "as", "at", "in", "for", "if", "as a", "they", "he", "she", "there", "here", "what", "who", "why", "how", "about", "join", "your", "all", "each", "every", "a", "an", "no", "one", "when", "with", "from", "by", "on", "to", "that", "these", "those", "some", "most", "many", "job", "role", "team", "company", "position", "ideal", "candidates", "experience", "responsibilities", "requirements", "salary", "benefits", "location", "description", "summary", "overview", "wir", "sie", "du", "nous", "vous", "nosotros", "le", "la", "les", "el", "der", "die", "das"]);

// The company named most often as the subject of the posting's prose ("Tallowtree is…", "At Flix, we…").
function proseCandidate(ctx: Context): { name: string; spans: Span[] } | null {
  const scores = new Map<string, { score: number; spans: Span[] }>();
  const add = (name: string, weight: number, span: Span) => {
    const n = name.trim().replace(POSSESSIVE_END_RE, "").replace(NAME_TRAILING_PUNCT_RE, "");
    if (n.length < 2 || NOT_NAMES.has(n.toLowerCase()) || NOT_NAMES.has(n.split(WHITESPACE_SPLIT_RE)[0].toLowerCase())) return;
    if ((looksLikeTitle(n) && !pluralFirm(n)) || classifyHeading(n)) return;
    const e = scores.get(n) ?? { score: 0, spans: [] };
    e.score += weight;
    e.spans.push(span);
    scores.set(n, e);
  };
  let paragraphs = 0;
  const aboutCompany = new Set(ctx.sections.filter((s) => s.kind === "about-company").flatMap((s) => s.blocks));
  ctx.blocks.forEach((b, i) => {
    // "#### Ascend Analytics" / "is an innovative climate-tech company": the heading is the sentence's subject
    const next = ctx.blocks[i + 1];
    if (b.type === "heading" && b.text.length <= 60 && next?.type === "paragraph" && APPOSITIVE_VERB_RE.test(next.text)) add(b.text, 4, spanOf(b));
  });
  for (const b of ctx.blocks) {
    if (b.type !== "paragraph" && b.type !== "item") continue;
    if (paragraphs++ > 60) break;
    const subj = b.type === "paragraph" ? COMPANY_SUBJECT_RE.exec(b.text) : null;
    if (subj) add(subj[1].replace(LEADING_ARTICLE_RE, ""), aboutCompany.has(b) || paragraphs <= 3 ? 4 : 3, spanOf(b));
    // "Wir, die MA Media, sind…", "We, the Flix team, are…"
    const appos = WE_APPOSITIVE_RE.exec(b.text);
    if (appos) add(appos[1], 4, spanOf(b));
    const at = AT_COMPANY_WE_RE.exec(b.text);
    if (at) add(at[1], 3, spanOf(b));
    const join = JOIN_COMPANY_RE.exec(b.text);
    if (join) add(join[1], 2, spanOf(b));
  }
  if (scores.size === 0) return null;
  const all = ctx.blocks.map((b) => b.text).join("\n");
  let best: { name: string; score: number; spans: Span[] } | null = null;
  for (const [name, e] of scores) {
    let count = 0;
    for (let i = all.indexOf(name); i >= 0 && count < 6; i = all.indexOf(name, i + name.length)) count++;
    const score = e.score + count;
    if (!best || score > best.score) best = { name, score, spans: e.spans };
  }
  return best && best.score >= 5 ? best : null;
}

