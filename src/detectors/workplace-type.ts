import { factSpans, spanOf, type Detector } from "../context.js";
import { mayStateWorkplace, parseWorkplaceBadge, parseWorkplaceStatement, type WorkplaceType } from "../fields/workplace.js";
import { COLON_END_RE, HEADER_PIECES_RE, NO_ANSWER_RE, SENTENCE_SPLIT_RE, WP_LINKEDIN_TAG_RE, WP_ROLE_ITSELF_RE, YES_NO_ROW_RE } from "../patterns.js";
import type { Context } from "../context.js";
import type { Span } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { topFactLines } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";

// Sections that say nothing about where this job is done.
const SKIP_KINDS = new Set(["diversity", "how-to-apply", "interview-process"]);
// "About us" and the pay section speak of the company; a statement there counts least, unless it names the role.
const ASIDE_KINDS = new Set(["about-company", "compensation"]);
// Labels whose value may be a workplace badge: "Location: Remote (EU)", "Region: Anywhere in the World".
const BADGE_FIELDS = new Set(["workplaceType", "location", "employmentType", "region", "country"]);

interface Evidence {
  value: WorkplaceType;
  spans: Span[];
  /** 3 a label or JSON-LD, 2 a badge at the top, 1 a statement, 0.5 a statement among the perks */
  strength: number;
}

/** Sentences of a block; long bold lines ("**Location- work from home: …**") count as prose too. */
function statementsOf(b: Block): string[] {
  if (b.text.length < 12) return [];
  if (b.type === "heading" && b.text.length < (b.pseudo ? 25 : 40)) return [];
  return b.text.split(SENTENCE_SPLIT_RE);
}

/**
 * Rows of a government-style table that answer a work-mode question with No: "Remote eligible" above
 * "No", "Telework eligible: No", "Homeoffice möglich: Nein". The row's words are then no evidence
 * of that mode, and a No to remote or hybrid says the work is on site.
 */
function deniedRows(ctx: Context): { rows: Set<Block>; onsite: Block[] } {
  const rows = new Set<Block>();
  const onsite: Block[] = [];
  ctx.blocks.forEach((b, i) => {
    if (b.text.length > 60) return;
    const row = YES_NO_ROW_RE.exec(b.text);
    const next = ctx.blocks[i + 1];
    const question = row ? row[1] : b.text.trim().replace(COLON_END_RE, "");
    const no = row ? NO_ANSWER_RE.test(row[2]) : next !== undefined && NO_ANSWER_RE.test(next.text.trim());
    if (!no || question.length > 40) return;
    const v = parseWorkplaceBadge(question) ?? parseWorkplaceStatement(question);
    if (!v) return;
    rows.add(b);
    if (v !== "onsite") onsite.push(row ? b : next!);
  });
  return { rows, onsite };
}

/**
 * Onsite, hybrid or remote, from evidence about the role: JSON-LD, a label, a header badge,
 * a pipe header field, then statements in the posting ("This is a hybrid role"), never perks.
 * Statements among the benefits count least ("Hybrid work model" is there as often as perks are).
 * Hybrid is never collapsed into remote; evidence that disagrees goes to warnings.
 */
export const workplaceTypeDetector: Detector<"workplaceType"> = {
  key: "workplaceType",
  detect(ctx) {
    const found: Evidence[] = [];
    const denied = deniedRows(ctx);
    for (const b of denied.onsite) found.push({ value: "onsite", spans: [spanOf(b)], strength: 2 });
    if (ctx.structured?.remote) found.push({ value: "remote", spans: factSpans(ctx, "remote"), strength: 3 });
    for (const l of ctx.labels) {
      if (!BADGE_FIELDS.has(l.field) || denied.rows.has(l.block) || (l.labelBlock && denied.rows.has(l.labelBlock))) continue;
      const v = parseWorkplaceBadge(l.value.length <= 80 ? l.value : l.value.slice(0, 80));
      // "Location: Amsterdam or Remote within the EU" lists options; a Workplace label states the type
      if (v) found.push({ value: v, spans: [spanOf(l.block)], strength: l.field === "workplaceType" ? 3 : 2 });
    }
    const pipe = pipeHeader(ctx);
    if (pipe) {
      for (const f of pipe.fields) {
        const v = f.length <= 60 ? parseWorkplaceBadge(f) : null;
        if (v) found.push({ value: v, spans: [spanOf(pipe.block)], strength: 3 });
      }
    }
    for (const b of topFactLines(ctx).slice(0, 32)) {
      if (denied.rows.has(b)) continue;
      for (const piece of b.text.split(HEADER_PIECES_RE)) {
        if (piece.length > 50) continue;
        const v = parseWorkplaceBadge(piece);
        if (v) found.push({ value: v, spans: [spanOf(b)], strength: 2 });
      }
    }
    // "#LI-Hybrid", "#LI-Remote": LinkedIn's own workplace tags in the text
    for (const b of ctx.blocks) {
      if (denied.rows.has(b)) continue;
      const m = WP_LINKEDIN_TAG_RE.exec(b.text);
      if (m) found.push({ value: parseWorkplaceBadge(m[1]) ?? "onsite", spans: [spanOf(b)], strength: 2 });
    }
    for (const s of ctx.sections) {
      if (s.chrome || SKIP_KINDS.has(s.kind)) continue;
      const aside = ASIDE_KINDS.has(s.kind);
      const strength = s.kind === "benefits" ? 0.5 : aside ? 0.25 : 1;
      for (const b of s.heading ? [s.heading, ...s.blocks] : s.blocks) {
        // (perf: most blocks name no workplace in any sentence: tested once, not split)
        if (denied.rows.has(b) || !mayStateWorkplace(b.text)) continue;
        for (const sentence of statementsOf(b)) {
          const v = parseWorkplaceStatement(sentence);
          if (!v) continue;
          // "This is a hybrid role", "The position is fully remote": said of the role itself, as firm as a badge
          const itself = WP_ROLE_ITSELF_RE.test(sentence);
          found.push({ value: v, spans: [spanOf(b)], strength: itself && strength === 1 ? 2 : itself && aside ? 1 : strength });
        }
      }
    }
    if (found.length === 0) return null;
    const top = Math.max(...found.map((f) => f.strength));
    const strongest = found.filter((f) => f.strength === top);
    const pick = strongest.find((f) => f.value === "hybrid") ?? majority(strongest);
    const warnings: string[] = [];
    // a remote or on-site statement beside a hybrid badge describes part of the hybrid week
    const other = found.find((f) => f.value !== pick.value && f.strength >= 1 && (pick.value !== "hybrid" || f.strength === top));
    if (other) warnings.push(`workplaceType: the posting also says ${other.value}; kept ${pick.value}`);
    return { value: pick.value, how: "stated", spans: pick.spans, warnings };
  },
};

// The value most of the evidence gives; the first one on a tie.
function majority(list: Evidence[]): Evidence {
  const counts = new Map<WorkplaceType, number>();
  for (const f of list) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
  let best = list[0];
  for (const f of list) if ((counts.get(f.value) ?? 0) > (counts.get(best.value) ?? 0)) best = f;
  return best;
}
