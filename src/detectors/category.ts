import { factSpans, foundValue, spanOf, type Context, type Detector } from "../context.js";
import { parseLocations } from "../fields/location.js";
import { BREADCRUMB_SITE_WORDS } from "../lexicon/terms.js";
import type { Block } from "../tree/blocks.js";
import { BREADCRUMB_ARROW_RE, BREADCRUMB_SEP_RE, BREADCRUMB_LEAD_IN_RE, BREADCRUMB_LISTING_TAIL_RE, DIGIT_RE, SENTENCE_PUNCT_END_RE, TRAILING_SEPARATOR_RE, WHITESPACE_SPLIT_RE } from "../patterns.js";
import { looksLikeTitle } from "./header-lines.js";

// How far down the page a breadcrumb may stand, in blocks.
const BREADCRUMB_BLOCKS = 30;
// The longest breadcrumb line and step read.
const BREADCRUMB_MAX = 300;
const STEP_MAX = 80;
const STEP_WORDS = 8;

/**
 * The category a board's breadcrumb names: "Inicio > Ofertas de empleo > Turismo, hotelería y restaurantes >
 * Cartagena", "Vacatures › Transport en logistiek › Heftruckchauffeur", "Jobs in UAE > HSE jobs in UAE > HSE Officer".
 * The site's steps (its home, "Jobs", "Offres d'emploi"), places, the company, the title and a role's listing
 * ("Java Developer Jobs", "Chef jobs") are not categories; the first step left is. A step between two places is a
 * place ("Bretagne › Ille-et-Vilaine › Rennes"). Only the page's first breadcrumb counts.
 */
export function breadcrumbCategory(ctx: Context): { value: string; block: Block } | null {
  const title = foundValue(ctx, "title")?.toLowerCase() ?? null;
  const company = foundValue(ctx, "company")?.toLowerCase() ?? null;
  const places = foundValue(ctx, "locations") ?? [];
  const placeNames = new Set(places.flatMap((l) => [l.city, l.region, l.raw]).filter((n): n is string => n !== null).map((n) => n.toLowerCase()));
  for (const b of ctx.blocks.slice(0, BREADCRUMB_BLOCKS)) {
    const steps = breadcrumbSteps(b);
    if (!steps) continue;
    for (let k = 0; k < steps.length; k++) {
      // the site's home opens a breadcrumb of three steps or more
      if (k === 0 && steps.length >= 3) continue;
      const step = steps[k];
      if (BREADCRUMB_SITE_WORDS.has(step.split(WHITESPACE_SPLIT_RE)[0].toLowerCase()) || DIGIT_RE.test(step)) continue;
      const core = step.replace(BREADCRUMB_LISTING_TAIL_RE, "").trim();
      const lower = core.toLowerCase();
      if (core.length < 2 || lower === title || lower === company || placeNames.has(lower)) continue;
      if (title && k === steps.length - 1 && title.includes(lower)) continue;
      if (looksLikeTitle(core) || place(core)) continue;
      // "… › Bretagne › Ille-et-Vilaine › Rennes": a step between two places is a place as well
      if (k > 0 && place(steps[k - 1]) && (k === steps.length - 1 || place(steps[k + 1]))) continue;
      return { value: core, block: b };
    }
    return null;
  }
  return null;
}

function place(step: string): boolean {
  return parseLocations(step.trim(), { strict: true }).length > 0;
}

/** The steps of a breadcrumb line: arrows between steps, or " / " between links ("[Colorado Jobs] / [Marketing] / …"). */
function breadcrumbSteps(b: Block): string[] | null {
  // (a list item, a sentence or a quotation in guillemets is no breadcrumb: "Dossier > Entretien > Offre", "OSGT > SAP.")
  if (b.type === "item" || SENTENCE_PUNCT_END_RE.test(b.text) || b.text.includes("«")) return null;
  const text = b.text.trim().replace(BREADCRUMB_LEAD_IN_RE, "");
  if (text.length > BREADCRUMB_MAX) return null;
  let steps: string[];
  if (BREADCRUMB_ARROW_RE.test(text)) steps = text.split(BREADCRUMB_SEP_RE);
  else if (b.links.length >= 2 && text.includes(" / ")) {
    steps = text.split(" / ");
    const linked = new Set(b.links.map((l) => l.text.trim()));
    if (steps.filter((s) => linked.has(s.trim())).length < 2) return null;
  } else return null;
  steps = steps.map((s) => s.trim()).filter(Boolean);
  if (steps.length < 2 || steps.some((s) => s.length > STEP_MAX || s.split(WHITESPACE_SPLIT_RE).length > STEP_WORDS)) return null;
  return steps;
}

/** The board's category or industry, from a Category / Industry label, JSON-LD or the page's breadcrumb. */
export const categoryDetector: Detector<"category"> = {
  key: "category",
  detect(ctx) {
    const label = ctx.labels.find((l) => l.field === "category" && l.value.length <= 100);
    if (label) return { value: label.value.replace(TRAILING_SEPARATOR_RE, ""), how: "stated", spans: [spanOf(label.block)] };
    if (ctx.structured?.category) return { value: ctx.structured.category, how: "stated", spans: factSpans(ctx, "category") };
    const crumb = breadcrumbCategory(ctx);
    if (crumb) return { value: crumb.value, how: "stated", spans: [spanOf(crumb.block)] };
    return null;
  },
};
