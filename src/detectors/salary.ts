import { factSpans, foundValue, spanOf, type Context, type Detection, type Detector } from "../context.js";
import { findSalaries, type SalaryHit } from "../fields/salary.js";
import { findPhrase } from "../fields/words.js";
import { DOLLAR_PLACES, LANGUAGE_COUNTRY, LOCAL_CURRENCY, PAY_STEMS, PAY_WORDS } from "../lexicon/money.js";
import { COLON_END_RE, CURRENCY_MENTION_RE, DIGIT_RE, INTRO_END_RE, NON_LETTERS_RE, SENTENCE_BREAK_RE } from "../patterns.js";
import { labelField } from "../sections/phrases.js";
import type { Salary } from "../schema.js";
import type { Block } from "../tree/blocks.js";
import { headerLines, topFactLines } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";
import { evidenceOf } from "./locations.js";
import { leadingCountry } from "../fields/country-evidence.js";
import { dict } from "../lexicon/dict.js";
import { CURRENCY_COUNTRIES, EURO_COUNTRIES } from "../lexicon/places.js";

const UNIT: Record<string, Salary["period"]> = dict({ HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" });
const SKIP_KINDS = new Set(["about-company", "diversity", "how-to-apply", "teams", "interview-process"]);
// How much each place says the figure is the posting's pay; the best candidate wins, the earliest among equals.
const RANK = { label: 50, pipe: 45, headed: 42, header: 40, labelled: 32, compensation: 30, payWord: 20, loose: 10 } as const;
const DOLLAR_CODES = new Set(Object.values(LOCAL_CURRENCY.USD));
// A country's own currency: those only one country uses, the dollar's and the euro's countries.
const COUNTRY_CURRENCY: Record<string, string> = dict({
  ...Object.fromEntries(Object.entries(CURRENCY_COUNTRIES).map(([code, country]) => [country, code])),
  ...LOCAL_CURRENCY.USD,
  US: "USD",
  ...Object.fromEntries(EURO_COUNTRIES.map((c) => [c, "EUR"])),
});

interface Candidate {
  hit: SalaryHit;
  block: Block;
  rank: number;
}

/**
 * Pay: JSON-LD first; then every figure that reads as pay, ranked by where it stands (a salary label,
 * the header's pay line or a pipe field, lines after "Annual Salary:", a compensation section, a
 * sentence naming pay) and by how complete it is (a range, a stated period, base rather than OTE).
 * A bare "$" is read as the dollar of the job's country ("$4,500" in Toronto is CAD).
 */
export const salaryDetector: Detector<"salary"> = {
  key: "salary",
  detect(ctx) {
    const s = ctx.structured?.salary;
    if (s && (s.min !== undefined || s.max !== undefined)) {
      const period = UNIT[(s.unit ?? "").toUpperCase()] ?? null;
      return { value: { raw: s.raw, min: s.min ?? null, max: s.max ?? s.min ?? null, currency: s.currency ?? null, period }, how: "stated", spans: factSpans(ctx, "salary") };
    }
    const country = jobCountry(ctx);
    const find = (text: string, labelled = false) => findSalaries(text, { labelled, country });
    const cands: Candidate[] = [];
    const add = (hits: SalaryHit[], block: Block, rank: number) => {
      for (const hit of hits) cands.push({ hit, block, rank: rank + bonus(hit) + (rank < RANK.labelled && moneyLine(block.text, hit) ? 3 : 0) });
    };
    const labelBlocks = new Set<Block>();
    for (const l of ctx.labels) {
      if (l.field !== "salary") continue;
      labelBlocks.add(l.block);
      add(find(l.value, true), l.block, RANK.label);
    }
    const pipe = pipeHeader(ctx);
    if (pipe) for (const f of pipe.fields) add(find(f), pipe.block, RANK.pipe);
    for (const b of topFactLines(ctx)) {
      if (b.text.length > 100 || labelBlocks.has(b)) continue;
      add(find(b.text).filter((h) => h.salary.currency !== null && (h.payContext || moneyLine(b.text, h))), b, RANK.header);
    }
    // "Annual Salary:" or "Salary is determined by location:" on its own line: the lines after it are its values
    let intro = false;
    for (const sec of ctx.sections) {
      if (sec.chrome) {
        intro = false;
        continue;
      }
      // "About us" or an equal-opportunity note may still hold the pay ("The salary range for this role is:");
      // there only a figure that names itself pay counts
      const aside = SKIP_KINDS.has(sec.kind);
      if (aside) intro = false;
      // a heading that is a figure ("San Francisco: $200K - $235K" read as a heading) continues the list before it
      const figureHeading = sec.heading !== null && DIGIT_RE.test(sec.heading.text);
      if (!figureHeading) intro = sec.kind === "compensation" && sec.heading !== null;
      const blocks = figureHeading && sec.heading ? [sec.heading, ...sec.blocks] : sec.blocks;
      for (const b of blocks) {
        // (a value line, not prose: "Po skúšobnej dobe 1 400 EUR/mesiac … Priemerná mzda u nás je 1 650 EUR/mesiac." says more than the value)
        const labelled = intro && b.text.length <= 160 && !proseSentences(b.text);
        const hits = labelBlocks.has(b) ? [] : find(b.text, labelled);
        for (const h of hits) {
          if (aside && !labelled && !h.payWord && !h.periodStated) continue;
          const line = moneyLine(b.text, h);
          const range = h.salary.min !== null && h.salary.max !== null && h.salary.min !== h.salary.max;
          // benefits list perks ("$2,000 home-office budget"); pay there names itself or stands alone as a range
          if (sec.kind === "benefits" && !h.payWord && !labelled && !(line && range) && !h.yearlyRange) continue;
          // "Founding Engineer ($175k-$250k + equity)": a range of a year's pay names itself
          if (!labelled && !h.payContext && !line && !h.yearlyRange) continue;
          // ("Základná zložka mzdy (brutto)" ⏎ "od 1 250 EUR/mesiac": the short line right under a pay label is its value)
          const value = labelled && b === sec.blocks[0] && b.text.length <= LABEL_VALUE_MAX && sec.heading !== null && labelField(sec.heading.text.replace(COLON_END_RE, "")) === "salary";
          const rank = aside ? RANK.loose : value ? RANK.headed : labelled ? RANK.labelled : sec.kind === "compensation" ? RANK.compensation : h.payWord ? RANK.payWord : RANK.loose;
          add([h], b, rank);
        }
        if (isIntro(b.text)) intro = true;
        else if (hits.length === 0) intro = sec.kind === "compensation" && intro && b.type !== "heading" && b.text.length > 160;
      }
    }
    if (cands.length === 0) return null;
    const best = cands.reduce((a, c) => (c.rank > a.rank ? c : a));
    const salary = { ...best.hit.salary };
    let how: Detection<Salary>["how"] = best.hit.periodInferred ? "inferred" : "stated";
    if (salary.period === null || best.hit.periodInferred) {
      // the header says "$270k – $300k", the text "$270,000 - $300,000/year": the same figures, one period
      const twin = cands.find((c) => c.hit.periodStated && c.hit.salary.min === salary.min && c.hit.salary.max === salary.max);
      if (twin) {
        salary.period = twin.hit.salary.period;
        how = "stated";
      }
    }
    // "Salary ⏎ 18.75 hourly" on a Canadian posting: a labelled figure with no currency is paid in the country's own
    if (salary.currency === null && country && best.rank >= RANK.labelled) salary.currency = COUNTRY_CURRENCY[country] ?? null;
    if (best.hit.genericCurrency && salary.currency === "USD") {
      const stated = statedDollar(ctx.text);
      if (stated) salary.currency = stated;
    }
    return { value: salary, how, spans: [spanOf(best.block)] };
  },
};

// A range beats a single figure, a stated period an inferred one, base pay on-target earnings;
// in prose, a line that is only the figure beats a figure inside a sentence.
function bonus(h: SalaryHit): number {
  const s = h.salary;
  return (h.payWord ? 4 : 0) + (s.min !== null && s.max !== null && s.min !== s.max ? 3 : 0) + (h.periodStated ? 2 : 0) - (h.weak ? 15 : 0);
}

// "CA$150,000 - CA$180,000 a year", "$65,000—$115,000 CAD", "Salary: €45k": a line that is little else than the figure.
// LinkedIn and job cards put it between dots or bars: "Toronto, ON · $65K/yr - $80K/yr · Full-time".
const MONEY_LINE_REACH = 200;

function moneyLine(text: string, h: SalaryHit): boolean {
  // a look of a few words each way is enough, and keeps a line with thousands of figures linear
  const before = text.slice(Math.max(0, h.start - MONEY_LINE_REACH), h.start);
  const after = text.slice(h.end, h.end + MONEY_LINE_REACH);
  const from = Math.max(before.lastIndexOf("•"), before.lastIndexOf("·"), before.lastIndexOf("|")) + 1;
  const seps = [after.indexOf("•"), after.indexOf("·"), after.indexOf("|")].filter((i) => i >= 0);
  const to = seps.length ? Math.min(...seps) : after.length;
  const rest = (before.slice(from) + " " + after.slice(0, to)).replace(NON_LETTERS_RE, " ").trim();
  return rest.length <= 14;
}

// "Annual Salary:", "The pay range for this role is:", "Salary is determined by experience and location:"
function isIntro(text: string): boolean {
  if (text.length > 200 || !INTRO_END_RE.test(text)) return false;
  const lower = text.toLowerCase();
  return PAY_WORDS.some((w) => findPhrase(lower, w) >= 0) || PAY_STEMS.some((s) => lower.includes(s));
}

/** The job's country when the posting names one: a single country among the locations, else a dollar place in them or the header. */
function jobCountry(ctx: Context): string | null {
  const locs = foundValue(ctx, "locations") ?? [];
  const codes = new Set(locs.map((l) => l.countryCode).filter((c): c is string => !!c));
  if (codes.size === 1) return [...codes][0];
  if (codes.size > 1) return null;
  const texts = [...locs.map((l) => l.raw), ...headerLines(ctx).filter((b) => b.text.length <= 80).map((b) => b.text)];
  for (const t of texts) {
    const lower = t.toLowerCase();
    for (const [place, cc] of Object.entries(DOLLAR_PLACES)) if (findPhrase(lower, place) >= 0) return cc;
  }
  // "Sueldo: $ 900.000" beside "+54 351…" and "rrhh@empresa.com.ar": the country the posting's own evidence points to
  const lead = leadingCountry(evidenceOf(ctx));
  if (lead) return lead;
  // "Timeløn fra 185 kr." in a Danish posting with no place named is in Danish kroner
  return LANGUAGE_COUNTRY[foundValue(ctx, "language") ?? ""] ?? null;
}

// "All figures in CAD": one dollar other than the US one named in the text, and the US one never.
function statedDollar(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(CURRENCY_MENTION_RE.source, CURRENCY_MENTION_RE.flags))) {
    const code = m[0] === "US$" || m[0].length > 3 ? "USD" : m[0];
    if (code === "USD") return null;
    if (DOLLAR_CODES.has(code)) found.add(code);
  }
  return found.size === 1 ? [...found][0] : null;
}

// The longest line read as the value of the pay label above it.
const LABEL_VALUE_MAX = 80;
// The fewest words of a sentence of prose among a heading's value lines.
const PROSE_WORDS = 8;

/** Whether a line is prose rather than a value: two sentences, or one long sentence ending in a full stop. */
function proseSentences(text: string): boolean {
  const t = text.trim();
  return SENTENCE_BREAK_RE.test(t) || (t.endsWith(".") && t.split(" ").length >= PROSE_WORDS);
}
