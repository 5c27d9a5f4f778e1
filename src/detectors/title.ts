import { factSpans, spanOf, type Context, type Detector } from "../context.js";
import type { Block } from "../tree/blocks.js";
import {
  CAPITAL_OR_DIGIT_START_RE, GENDER_TITLE_RE, HIRING_A_RE, IS_HIRING_LINE_RE, LOWER_WORD_START_RE, PAGE_TITLE_SPLIT_RE, SITE_SECTION_NAME_RE,
  TITLE_AT_COMPANY_RE, TITLE_EDGE_PUNCT_RE, TITLE_END_STOPWORD_RE, WHITESPACE_RUNS_RE, WHITESPACE_SPLIT_RE,
} from "../patterns.js";
import { headerLines, headerRole, looksLikeTitle } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";

// "We're hiring a **Lead Data Scientist** to run…", "Acme is hiring a Senior Engineer", "looking for a Staff Engineer to"


// "senior backend engineer to help build…" → "senior backend engineer": the words up to the last role noun
function cutAtRole(phrase: string): string | null {
  const words = phrase.trim().split(WHITESPACE_SPLIT_RE);
  while (words.length > 1 && LEADING_STOP.has(words[0].toLowerCase())) words.shift();
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const t = words.slice(0, n).join(" ");
    if (TITLE_END_STOPWORD_RE.test(words[n - 1])) continue;
    if (looksLikeTitle(words[n - 1])) return t;
  }
  return null;
}

const LEADING_STOP = new Set(["a", "an", "the", "our", "einen", "einem", "einer", "eine", "ein", "eine/n", "un", "une", "una", "uno", "nach", "als", "as"]);

/**
 * The header line most like a title: it names a role, and the facts of the job (pay, place,
 * badges, a date, the company) follow right after it; a line repeated further down counts more.
 */
function bestTitleLine(ctx: Context, lines: Block[]): Block | undefined {
  let best: Block | undefined;
  let bestScore = 0;
  const all = ctx.blocks.map((b) => b.text);
  lines.forEach((b, i) => {
    if (headerRole(b.text, ctx) !== "text" || !looksLikeTitle(b.text)) return;
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
    if (!CAPITAL_OR_DIGIT_START_RE.test(b.text)) score -= 2;
    if (b.type === "heading" && !b.pseudo && b.depth <= 2) score += 1;
    if (all.filter((t) => t === b.text).length > 1) score += 1;
    const words = b.text.split(WHITESPACE_SPLIT_RE);
    const lower = words.filter((w) => LOWER_WORD_START_RE.test(w)).length;
    if (words.length > 6 && lower / words.length > 0.4) score -= 2;
    // a title is a name, not a sentence: "Derzeit suchen wir nach einem Steuerberater (m/w/d) für …"
    if (words.length > 8 && !factsFollow) score -= 2;
    if (score > bestScore) {
      best = b;
      bestScore = score;
    }
  });
  return best;
}

/** The job title: JSON-LD, a Title label, the page's H1, a pipe header, the first title-like header line. */
export const titleDetector: Detector<"title"> = {
  key: "title",
  detect(ctx) {
    if (ctx.structured?.title) return { value: tidy(ctx.structured.title), how: "stated", spans: factSpans(ctx, "title") };
    const label = ctx.labels.find((l) => l.field === "title" && l.where !== "body" && l.value.length <= 120);
    // a page title, as Jina Reader writes it: "Title: Account Executive | Careers | Brightvane"
    if (label) return { value: tidy(pageTitleParts(label.value).title), how: "stated", spans: [spanOf(label.block)] };
    const pipe = pipeHeader(ctx);
    if (pipe?.title) return { value: pipe.title.text, how: "stated", spans: [spanOf(pipe.block)] };
    const h1 = ctx.blocks.find((b) => b.type === "heading" && b.depth === 1 && !b.pseudo);
    // the page's one H1 is its title, even when it carries pay ("Logistics Mover / Assistant $13/hr")
    const h1Role = h1 ? headerRole(h1.text, ctx) : null;
    if (h1 && h1.text.length <= 120 && (h1Role === "text" || ((h1Role === "salary" || h1Role === "badge") && looksLikeTitle(h1.text)))) {
      return { value: tidy(h1.text), how: "stated", spans: [spanOf(h1)] };
    }
    const lines = headerLines(ctx);
    // "SuperPlane is hiring a" / "Remote Product Engineer" (RemoteOK, Himalayas)
    const hiring = lines.findIndex((b) => IS_HIRING_LINE_RE.test(b.text));
    if (hiring >= 0 && lines[hiring + 1] && lines[hiring + 1].text.length <= 110) return { value: tidy(lines[hiring + 1].text), how: "stated", spans: [spanOf(lines[hiring + 1])] };
    const candidate = bestTitleLine(ctx, lines.slice(0, 30));
    if (candidate) return { value: tidy(candidate.text.replace(TITLE_AT_COMPANY_RE, "")), how: "stated", spans: [spanOf(candidate)] };
    // a title only in a sentence: "We're hiring a Lead Data Scientist to…"
    // a gender marker closes a German or French title: "als Technical Customer Support Manager (m/f/d)"
    for (const b of ctx.blocks.slice(0, 30)) {
      if (b.type === "item") continue;
      const g = GENDER_TITLE_RE.exec(b.text);
      if (g) {
        const t = cutAtRole(g[1]);
        if (t && looksLikeTitle(t)) return { value: tidy(`${t} ${g[2]}`), how: "stated", spans: [spanOf(b)] };
      }
    }
    for (const b of ctx.blocks.slice(0, 30)) {
      if (b.type !== "paragraph") continue;
      const m = HIRING_A_RE.exec(b.text);
      if (m) {
        const t = cutAtRole(m[1]);
        if (t && looksLikeTitle(t)) return { value: tidy(t), how: "stated", spans: [spanOf(b)] };
      }
    }
    return null;
  },
};

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
