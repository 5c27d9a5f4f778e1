import { spanOf, type Detector } from "../context.js";
import { parseWorkplaceBadge, parseWorkplaceStatement, type WorkplaceType } from "../fields/workplace.js";
import type { Span } from "../schema.js";
import { headerLines } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";

const SKIP_KINDS = new Set(["benefits", "about-company", "diversity", "how-to-apply", "compensation"]);

/**
 * Onsite, hybrid or remote, from evidence about the role: JSON-LD, a label, a header badge,
 * a pipe header field, then statements in the posting ("This is a hybrid role"), never perks.
 * A statement that disagrees with a badge goes to warnings.
 */
export const workplaceTypeDetector: Detector<"workplaceType"> = {
  key: "workplaceType",
  detect(ctx) {
    const found: { value: WorkplaceType; spans: Span[]; strength: number }[] = [];
    if (ctx.structured?.remote) found.push({ value: "remote", spans: [], strength: 3 });
    for (const l of ctx.labels) {
      if (l.field !== "workplaceType" && l.field !== "location" && l.field !== "employmentType") continue;
      const v = parseWorkplaceBadge(l.value);
      if (v) found.push({ value: v, spans: [spanOf(l.block)], strength: 3 });
    }
    const pipe = pipeHeader(ctx);
    if (pipe) {
      for (const f of pipe.fields) {
        const v = f.length <= 60 ? parseWorkplaceBadge(f) : null;
        if (v) found.push({ value: v, spans: [spanOf(pipe.block)], strength: 3 });
      }
    }
    for (const b of headerLines(ctx).slice(0, 25)) {
      for (const piece of b.text.split(/\s+[·•|]\s+/)) {
        if (piece.length > 50) continue;
        const v = parseWorkplaceBadge(piece);
        if (v) found.push({ value: v, spans: [spanOf(b)], strength: 2 });
      }
    }
    // "#LI-Hybrid", "#LI-Remote": LinkedIn's own workplace tags in the text
    for (const b of ctx.blocks) {
      const m = /#LI-(Hybrid|Remote|Onsite|On-?site)\b/i.exec(b.text);
      if (m) found.push({ value: parseWorkplaceBadge(m[1]) ?? "onsite", spans: [spanOf(b)], strength: 2 });
    }
    for (const s of ctx.sections) {
      if (s.chrome || SKIP_KINDS.has(s.kind)) continue;
      for (const b of s.blocks) {
        if (b.type === "heading" || b.text.length < 12) continue;
        for (const sentence of b.text.split(/(?<=[.!?])\s+/)) {
          const v = parseWorkplaceStatement(sentence);
          if (v) found.push({ value: v, spans: [spanOf(b)], strength: 1 });
        }
      }
    }
    if (found.length === 0) return null;
    const top = Math.max(...found.map((f) => f.strength));
    const strongest = found.filter((f) => f.strength === top);
    // hybrid is never collapsed into remote: a hybrid badge beside a remote badge means hybrid
    const pick = strongest.find((f) => f.value === "hybrid") ?? strongest[0];
    const warnings: string[] = [];
    const other = found.find((f) => f.value !== pick.value && f.strength >= 1 && !(pick.value === "hybrid" && f.value !== "hybrid" && f.strength < top));
    if (other) warnings.push(`workplaceType: the posting also says ${other.value}; kept ${pick.value}`);
    return { value: pick.value, how: "stated", spans: pick.spans, warnings };
  },
};
