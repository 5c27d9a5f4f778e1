import { factSpans, foundValue, spanOf, type Context, type Detector } from "../context.js";
import { parseLocations } from "../fields/location.js";
import {
  APPOSITIVE_VERB_RE, AT_COMPANY_END_RE, AT_COMPANY_LINE_RE, AT_COMPANY_WE_RE, AVATAR_FOR_PREFIX_RE, AVATAR_FOR_RE, COMPANY_DASH_TAGLINE_RE,
  COMPANY_IS_HIRING_RE, COMPANY_NAME_LINE_RE, COMPANY_SUBJECT_RE, JOIN_COMPANY_RE, LEADING_ARTICLE_RE, LOGO_END_RE, LOGO_SUFFIX_RE,
  NAME_TRAILING_PUNCT_RE, POSSESSIVE_END_RE, TWO_LETTERS_RE, WE_APPOSITIVE_RE, WHITESPACE_SPLIT_RE,
} from "../patterns.js";
import type { Span } from "../schema.js";
import { classifyHeading, labelField } from "../sections/phrases.js";
import { headerLines, headerRole, looksLikeTitle } from "./header-lines.js";
import { pageTitleParts } from "./title.js";
import { pipeHeader } from "./pipe-header.js";

/**
 * The hiring company: JSON-LD, a Company label, "X logo", the name line beside the title at the top,
 * "<Title> at <Company>", "About <Company>", "<Company> is hiring", a pipe header's first field.
 */
export const companyDetector: Detector<"company"> = {
  key: "company",
  detect(ctx) {
    if (ctx.structured?.company) return { value: ctx.structured.company, how: "stated", spans: factSpans(ctx, "company") };
    const label = ctx.labels.find((l) => l.field === "company" && l.value.length <= 80);
    if (label) return { value: label.value, how: "stated", spans: [spanOf(label.block)] };
    const pageTitle = ctx.labels.find((l) => l.field === "title" && l.where !== "body");
    const fromPage = pageTitle ? pageTitleParts(pageTitle.value).company : null;
    if (fromPage && fromPage.length <= 60) return { value: fromPage, how: "stated", spans: [spanOf(pageTitle!.block)] };
    const pipe = pipeHeader(ctx);
    if (pipe?.company) return { value: pipe.company.text, how: "stated", spans: [spanOf(pipe.block)] };
    const lines = headerLines(ctx);
    const hiring = lines.map((b) => ({ b, m: COMPANY_IS_HIRING_RE.exec(b.text) })).find((x) => x.m && x.b.text.length <= 60);
    if (hiring?.m) return { value: hiring.m[1], how: "stated", spans: [spanOf(hiring.b)] };
    // "Nimbleroot logo" (LinkedIn, Greenhouse), "Avatar for Madhive" (Wellfound)
    const logo = lines.find((b) => (LOGO_END_RE.test(b.text) || AVATAR_FOR_RE.test(b.text)) && b.text.length <= 60);
    if (logo) {
      const name = logo.text.replace(LOGO_SUFFIX_RE, "").replace(AVATAR_FOR_PREFIX_RE, "").trim();
      if (name && COMPANY_NAME_LINE_RE.test(name)) return { value: name, how: "stated", spans: [spanOf(logo)] };
    }
    const title = foundValue(ctx, "title");
    const exactAt = lines.findIndex((b) => title !== null && title !== undefined && b.text === title);
    const titleAt = exactAt >= 0 ? exactAt : lines.findIndex((b) => title && b.text.includes(title));
    // the company line sits right next to the title at the top of most boards
    if (titleAt >= 0) {
      for (const i of [titleAt + 1, titleAt - 1, titleAt + 2, titleAt - 2]) {
        const b = lines[i];
        if (!b || b.text.length > 60 || !COMPANY_NAME_LINE_RE.test(b.text) || !TWO_LETTERS_RE.test(b.text) || labelField(b.text)) continue;
        if (headerRole(b.text, ctx) !== "text" || looksLikeTitle(b.text) || classifyHeading(b.text)) continue;
        if (b.text.split(WHITESPACE_SPLIT_RE).length > 5) continue;
        return { value: b.text, how: "stated", spans: [spanOf(b)] };
      }
      const m = AT_COMPANY_END_RE.exec(lines[titleAt].text);
      if (m) return { value: m[1], how: "stated", spans: [spanOf(lines[titleAt])] };
    }
    for (const b of ctx.blocks) {
      if (b.text.length > 120) continue;
      const m = title && b.text.startsWith(title) ? AT_COMPANY_END_RE.exec(b.text) : null;
      if (m) return { value: m[1], how: "stated", spans: [spanOf(b)] };
    }
    // "at Quillfeather (View all jobs)" under the title; "Copperline Mutual – Leeds, West Yorkshire"
    for (const b of lines.slice(0, 15)) {
      const at = AT_COMPANY_LINE_RE.exec(b.text);
      if (at) return { value: at[1].trim(), how: "stated", spans: [spanOf(b)] };
      const dash = COMPANY_DASH_TAGLINE_RE.exec(b.text);
      if (dash && !looksLikeTitle(dash[1]) && parseLocations(dash[2], { strict: true }).length) return { value: dash[1].trim(), how: "stated", spans: [spanOf(b)] };
    }
    const best = proseCandidate(ctx);
    if (best) return { value: best.name, how: "inferred", spans: best.spans };
    return null;
  },
};

const NOT_NAMES = new Set(["we", "our", "this", "the", "you", "it", "as", "at", "in", "for", "if", "as a", "they", "he", "she", "there", "here", "what", "who", "why", "how", "about", "join", "your", "all", "each", "every", "a", "an", "no", "one", "when", "with", "from", "by", "on", "to", "that", "these", "those", "some", "most", "many", "job", "role", "team", "company", "position", "ideal", "candidates", "experience", "responsibilities", "requirements", "salary", "benefits", "location", "description", "summary", "overview", "wir", "sie", "du", "nous", "vous", "nosotros", "le", "la", "les", "el", "der", "die", "das"]);

// The company named most often as the subject of the posting's prose ("Tallowtree is…", "At Flix, we…").
function proseCandidate(ctx: Context): { name: string; spans: Span[] } | null {
  const scores = new Map<string, { score: number; spans: Span[] }>();
  const add = (name: string, weight: number, span: Span) => {
    const n = name.trim().replace(POSSESSIVE_END_RE, "").replace(NAME_TRAILING_PUNCT_RE, "");
    if (n.length < 2 || NOT_NAMES.has(n.toLowerCase()) || NOT_NAMES.has(n.split(WHITESPACE_SPLIT_RE)[0].toLowerCase())) return;
    if (looksLikeTitle(n) || classifyHeading(n)) return;
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

