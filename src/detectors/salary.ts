import { foundValue, spanOf, type Context, type Detector } from "../context.js";
import { findSalaries, periodNear, type SalaryHit } from "../fields/salary.js";
import type { Salary } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { headerLines } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";

const UNIT: Record<string, Salary["period"]> = { HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" };
// where a bare "$" is not the US dollar
const DOLLAR_BY_COUNTRY: Record<string, string> = { CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD", MX: "MXN", TW: "TWD" };
const SKIP_KINDS = new Set(["about-company", "diversity", "how-to-apply", "teams", "interview-process"]);

/**
 * Pay: JSON-LD, a salary label (a yearly-sized figure there is yearly), the header's pay line,
 * a pipe header field, then a compensation section, then a sentence that says it is pay.
 * Benefits only count when the sentence names pay ("Gehalt: 45-53k €").
 */
export const salaryDetector: Detector<"salary"> = {
  key: "salary",
  detect(ctx) {
    const s = ctx.structured?.salary;
    const dollar = dollarCurrency(ctx);
    if (s && s.min !== undefined) {
      return { value: { raw: s.raw, min: s.min, max: s.max ?? s.min, currency: s.currency ?? null, period: UNIT[(s.unit ?? "").toUpperCase()] ?? null }, how: "stated" };
    }
    const fix = (h: SalaryHit, b: Block) => {
      const salary = { ...h.salary };
      if (dollar && salary.currency === "USD" && /^\$|[^A-Z]\$/.test(" " + h.salary.raw) && !/US\$|USD/.test(h.salary.raw)) salary.currency = dollar;
      return { value: salary, how: h.periodInferred ? ("inferred" as const) : ("stated" as const), spans: [spanOf(b)] };
    };
    for (const l of ctx.labels) {
      if (l.field !== "salary") continue;
      const hits = findSalaries(l.value, { labelled: true });
      if (hits.length) return fix(hits[0], l.block);
    }
    const pipe = pipeHeader(ctx);
    if (pipe) {
      for (const f of pipe.fields) {
        const hits = findSalaries(f);
        if (hits.length) return fix(hits[0], pipe.block);
      }
    }
    for (const b of headerLines(ctx).slice(0, 25)) {
      const hits = findSalaries(b.text);
      if (hits.length && b.text.length <= 100) {
        const h = hits[0];
        // "CA$65,000/yr - CA$80,000/yr" spells the period on both ends
        if (!h.salary.period) h.salary.period = periodNear(b.text);
        return fix(h, b);
      }
    }
    let best: { hit: SalaryHit; block: Block; score: number } | null = null;
    for (const sec of ctx.sections) {
      if (sec.chrome || SKIP_KINDS.has(sec.kind)) continue;
      for (const b of sec.blocks) {
        const hits = findSalaries(b.text);
        for (const h of hits) {
          if (!h.payContext) continue;
          if (sec.kind === "benefits" && !/\b(?:salary|gehalt|vergütung|salaire|salario|pay|compensation|base)\b/i.test(b.text)) continue;
          const score = (sec.kind === "compensation" ? 3 : 0) + (h.periodInferred ? 0 : 1) + (h.salary.min !== h.salary.max ? 1 : 0);
          if (!best || score > best.score) best = { hit: h, block: b, score };
        }
      }
    }
    return best ? fix(best.hit, best.block) : null;
  },
};

function dollarCurrency(ctx: Context): string | null {
  const locs = foundValue(ctx, "locations") ?? [];
  const codes = new Set(locs.map((l) => l.countryCode).filter(Boolean));
  if (codes.size === 1) {
    const [cc] = [...codes];
    return DOLLAR_BY_COUNTRY[cc as string] ?? null;
  }
  return null;
}
