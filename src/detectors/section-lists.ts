import { factSpans, spanOf, type Detector } from "../context.js";
import { skillName } from "../fields/skills.js";
import type { Span } from "../schema.js";
import { findSalaries } from "../fields/salary.js";
import { BRACKET_STATUS_RE, COMMA_RE, PERIOD_SPACE_RE, PLUS_ITEM_RE } from "../patterns.js";
import { listDetection, proseCatalogues, sectionItems } from "./lists.js";
import { delimitedList } from "../tree/tails.js";

/** What the person will do: the items of responsibilities sections. */
export const responsibilitiesDetector: Detector<"responsibilities"> = {
  key: "responsibilities",
  detect(ctx) {
    const { items, spans } = sectionItems(ctx, "responsibilities");
    // no responsibilities section: the list under "Job Description" / "The role" is what the person will do
    if (items.length === 0 && !ctx.sections.some((s) => s.kind === "responsibilities")) {
      const role = sectionItems(ctx, "about-role", { paragraphs: false });
      if (role.items.length >= 3) return listDetection(role.items, role.spans);
    }
    return listDetection(items, spans);
  },
};

/** Must-haves: the items of requirements sections, less the ones that say they are a plus. */
export const requirementsDetector: Detector<"requirements"> = {
  key: "requirements",
  detect(ctx) {
    const { items, spans } = sectionItems(ctx, "requirements");
    const keep = items.map((t, i) => [t, spans[i]] as const).filter(([t]) => !PLUS_ITEM_RE.test(t) || mustThenPlus(t));
    return listDetection(keep.map((k) => k[0]), keep.map((k) => k[1]));
  },
};

/** Fewest words of a must before its plus clause ("Excellent English; Arabic is an advantage"), and in a bracket's plus. */
const MUST_HEAD_WORDS = 2;

/**
 * Whether an item is a must with a plus after it: "NEBOSH IGC is mandatory; OSHA 30 is a plus",
 * "Français courant ; l'anglais est un plus", "Rijbewijs B (BE is een pré)". The must before the ";" is
 * itself no plus and the plus is in the clause after it, or the plus is a bracket's own sentence; the
 * item stays a requirement (the plus is a detail of it). "Banking background (preferred)", "Strong
 * JavaScript (highly desirable, 10% of the time)": a bracket that only rates its item makes it a plus whole.
 */
export function mustThenPlus(text: string): boolean {
  const semi = text.indexOf(";");
  if (semi > 0) {
    const head = text.slice(0, semi).trim();
    if (head.split(" ").length >= MUST_HEAD_WORDS && !PLUS_ITEM_RE.test(head) && PLUS_ITEM_RE.test(text.slice(semi + 1))) return true;
  }
  const open = text.indexOf("(");
  const close = text.indexOf(")", open);
  if (open <= 0 || close < 0) return false;
  const head = text.slice(0, open).trim();
  const inside = text.slice(open + 1, close).trim();
  const after = text.slice(close + 1);
  return head.split(" ").length >= MUST_HEAD_WORDS - 1 && !PLUS_ITEM_RE.test(head) && !PLUS_ITEM_RE.test(after) && inside.split(" ").length > MUST_HEAD_WORDS && PLUS_ITEM_RE.test(inside) && !BRACKET_STATUS_RE.test(inside);
}

/** Sections whose prose may hold a plus sentence of its own, and the longest such paragraph. */
const PLUS_PROSE_KINDS = new Set(["requirements", "about-role", "other"]);
// ("other" only under a heading that names it, "Additional Considerations": a section of the page with no heading holds anything)
const PLUS_PARAGRAPH = 300;

/** Pluses: nice-to-have sections, and requirement items that say they are a plus. */
export const niceToHaveDetector: Detector<"niceToHave"> = {
  key: "niceToHave",
  detect(ctx) {
    const own = sectionItems(ctx, "nice-to-have");
    const req = sectionItems(ctx, "requirements");
    // "Other languages are highly valued." among the items of the role's description
    for (const kind of ["about-role", "other", "responsibilities"] as const) {
      const more = sectionItems(ctx, kind, { paragraphs: false });
      // a loop, not push(...): a list of 100,000 items would overflow the call's arguments
      for (let i = 0; i < more.items.length; i++) {
        req.items.push(more.items[i]);
        req.spans.push(more.spans[i]);
      }
    }
    const items = [...own.items];
    const spans = [...own.spans];
    // "Previous upstream contributions … are a big plus.", "Experience in X preferred. Experience in Y preferred.":
    // a short paragraph whose every sentence names a plus, among the requirements or the role's prose
    for (const s of ctx.sections) {
      if (s.chrome || !PLUS_PROSE_KINDS.has(s.kind) || (s.kind === "other" && !s.known)) continue;
      s.blocks.forEach((b, i) => {
        if (b.type !== "paragraph" || b.text.length > PLUS_PARAGRAPH || ctx.labelBlocks.has(b)) return;
        // a lead-in ("Bonus points for:", "Nice to have, but not required") or a question heads a list, it is none
        const next = s.blocks[i + 1];
        if (next?.type === "item" || b.text.endsWith(":") || b.text.endsWith("?") || b.text.split(" ").length < 4) return;
        const sentences = b.text.split(PERIOD_SPACE_RE).map((t, i, all) => (i < all.length - 1 ? `${t}.` : t).trim()).filter(Boolean);
        if (sentences.length === 0 || !sentences.every((t) => PLUS_ITEM_RE.test(t) && !mustThenPlus(t))) return;
        for (const t of sentences) {
          items.push(t);
          spans.push([spanOf(b)]);
        }
      });
    }
    // a duty already listed as such ("Lead the team (optional)") is not also a plus: one list each
    const duties = new Set((ctx.found.get("responsibilities")?.value as string[] | undefined) ?? []);
    req.items.forEach((t, i) => {
      if (PLUS_ITEM_RE.test(t) && !duties.has(t) && !mustThenPlus(t)) {
        items.push(t);
        spans.push(req.spans[i]);
      }
    });
    return listDetection(items, spans);
  },
};

/** Perks and benefits: the items of benefits sections. */
export const benefitsDetector: Detector<"benefits"> = {
  key: "benefits",
  detect(ctx) {
    const { items, spans } = sectionItems(ctx, "benefits");
    // "Compensation & Benefits": the list under a pay section is its benefits (the pay is prose)
    // (with no list, a line of perks closing the pay's prose: "R 28 000 per month CTC. Provident fund, medical aid, …")
    const pay = sectionItems(ctx, "compensation", { paragraphs: "catalogues" });
    pay.items.forEach((t, i) => {
      if (findSalaries(t).length === 0) {
        items.push(t);
        spans.push(pay.spans[i]);
      }
    });
    // no section names the perks: a sentence of the prose that offers them ("In return, we offer you …")
    if (items.length === 0 && !ctx.sections.some((s) => s.kind === "benefits" && !s.chrome)) {
      const prose = proseCatalogues(ctx);
      return listDetection(prose.items, prose.spans);
    }
    return listDetection(items, spans);
  },
};

/** Named skills: skills sections, a Skills label, JSON-LD skills. */
export const skillsDetector: Detector<"skills"> = {
  key: "skills",
  detect(ctx) {
    const { items, spans } = sectionItems(ctx, "skills");
    if (items.length) return split(items, spans, false, skillName);
    const label = ctx.labels.find((l) => l.field === "skills");
    if (label) return split([label.value], [[spanOf(label.block)]], false, skillName);
    if (ctx.structured?.skills?.length) return { value: ctx.structured.skills, how: "stated", itemSpans: ctx.structured.skills.map((_, i) => factSpans(ctx, `skills[${i}]`)) };
    return null;
  },
};

/** The board's tags: tags sections, a Tags label or the front matter's tags. */
export const tagsDetector: Detector<"tags"> = {
  key: "tags",
  detect(ctx) {
    const { items, spans } = sectionItems(ctx, "tags");
    if (items.length) return split(items, spans, true);
    const label = ctx.labels.find((l) => l.field === "tags");
    if (label) return split([label.value], [[spanOf(label.block)]], true);
    if (ctx.structured?.tags?.length) return { value: ctx.structured.tags, how: "stated", itemSpans: ctx.structured.tags.map((_, i) => factSpans(ctx, `tags[${i}]`)) };
    return null;
  },
};

/** Comma lists split into their items, each keeping the span of the line it came from; tags once each; `name` tidies a piece or drops it. */
function split(items: readonly string[], spans: readonly Span[][], once: boolean, name: (piece: string) => string | null = (p) => p) {
  const out: string[] = [];
  const outSpans: Span[][] = [];
  const seen = new Set<string>();
  items.forEach((t, i) => {
    for (const raw of splitCommaList(t)) {
      const piece = name(raw);
      if (piece === null) continue;
      const k = piece.toLowerCase();
      if (once && seen.has(k)) continue;
      seen.add(k);
      out.push(piece);
      outSpans.push(spans[i] ?? []);
    }
  });
  return listDetection(out, outSpans);
}

/**
 * "Python, Go, SQL" is three skills; "Figma (prototyping, components)" and "Design systems,
 * component libraries, and documentation" are one each: commas inside brackets do not split, and
 * a list written as a phrase (a piece opening with "and"/"or", or pieces of many words) stays whole.
 */
function splitCommaList(t: string): string[] {
  // "Go | gRPC | Kafka", "Python · Django · Redis": a line of names parted by bars or dots
  const marked = t.length <= 400 && !COMMA_RE.test(t) ? delimitedList(t, Infinity) : null;
  if (marked) return marked;
  if (t.length > 200 || !COMMA_RE.test(t) || PERIOD_SPACE_RE.test(t)) return [t];
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if ((c === "," || c === ";") && depth === 0) {
      pieces.push(t.slice(from, i));
      from = i + 1;
    }
  }
  pieces.push(t.slice(from));
  const list = pieces.map((x) => x.trim()).filter(Boolean);
  const phrase = list.some((x, i) => (i > 0 && (x.startsWith("and ") || x.startsWith("or ") || x.startsWith("& "))) || x.split(" ").length > 4);
  return phrase ? [t] : list;
}

