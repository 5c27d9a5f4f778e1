import { MONEY_RE, NOT_PAY_RE, PAY_WORD_RE, PERIOD_DAY_RE, PERIOD_HOUR_RE, PERIOD_MONTH_RE, PERIOD_WEEK_RE, PERIOD_YEAR_RE, RANGE_JOIN_RE } from "../patterns.js";
import type { Salary } from "../schema.js";

type Period = NonNullable<Salary["period"]>;

/** One amount found in text, with where it stood. */
interface Amount {
  value: number;
  currency: string | null;
  explicitMult: boolean;
  grouped: boolean;
  mult: number;
  start: number;
  end: number;
}

/** A salary found in a piece of text, with its offsets in that text. */
export interface SalaryHit {
  salary: Salary;
  start: number;
  end: number;
  /** the text around it says it is pay (a label, "salary", a period) */
  payContext: boolean;
  periodInferred: boolean;
}

const SYMBOLS: Record<string, string> = {
  "$": "USD", "US$": "USD", "CA$": "CAD", "C$": "CAD", "AU$": "AUD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD",
  "S$": "SGD", "R$": "BRL", "MX$": "MXN", "NT$": "TWD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
  "₪": "ILS", "₱": "PHP", "₦": "NGN", "zł": "PLN", "Kč": "CZK", "kr": "SEK", "Rs": "INR", "Rs.": "INR",
  euro: "EUR", euros: "EUR", dollar: "USD", dollars: "USD", pound: "GBP", pounds: "GBP", dinara: "RSD", dinar: "RSD", dinars: "RSD",
  franc: "CHF", francs: "CHF",
};

function currencyOf(token: string | undefined): string | null {
  if (!token) return null;
  const t = token.trim();
  if (/^[A-Z]{3}$/.test(t)) return t;
  return SYMBOLS[t] ?? SYMBOLS[t.toLowerCase()] ?? null;
}

const MULTS: Record<string, number> = { k: 1e3, m: 1e6, mio: 1e6, "mio.": 1e6, mil: 1e3, lakh: 1e5, lakhs: 1e5, lpa: 1e5, l: 1e5, thousand: 1e3, teur: 1e3, tsd: 1e3, "tsd.": 1e3 };

// "95,000" "70.000" "70 000" "9'500" "60.000,00" "1,5" → numbers; a lone separator before three digits groups thousands.
function parseNumber(raw: string): { value: number; grouped: boolean } | null {
  const s = raw.replace(/[’' ]/g, (c) => (c === " " ? "\u0001" : "'"));
  const m = /^(\d{1,3}(?:[,.'\u0001]\d{3})+)(?:([.,])(\d{1,2}))?$/.exec(s);
  if (m) {
    const int = Number(m[1].replace(/[,.'\u0001]/g, ""));
    const frac = m[3] ? Number("0." + m[3]) : 0;
    return { value: int + frac, grouped: true };
  }
  const d = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(raw);
  if (!d) return null;
  return { value: Number(d[1]) + (d[2] ? Number("0." + d[2]) : 0), grouped: false };
}

function amounts(text: string): Amount[] {
  const out: Amount[] = [];
  const re = new RegExp(MONEY_RE.source, MONEY_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const g = m.groups ?? {};
    const num = parseNumber(g.num ?? "");
    if (!num) continue;
    // "401(k)", "24/7", "1-1", "Series B": a number glued to letters or slashes is not an amount
    const before = text[m.index - 1] ?? " ";
    if (!g.pre && /[\p{L}\/#]/u.test(before)) continue;
    const multKey = g.mult?.toLowerCase().replace(/\.$/, "");
    const mult = multKey ? MULTS[multKey] ?? MULTS[multKey + "."] ?? 1 : 1;
    out.push({
      value: num.value,
      currency: currencyOf(g.pre) ?? currencyOf(g.post),
      explicitMult: !!g.mult,
      grouped: num.grouped,
      mult,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** The period words right around an amount, or null. */
export function periodNear(text: string): Period | null {
  if (PERIOD_HOUR_RE.test(text)) return "hour";
  if (PERIOD_DAY_RE.test(text)) return "day";
  if (PERIOD_WEEK_RE.test(text)) return "week";
  if (PERIOD_MONTH_RE.test(text)) return "month";
  if (PERIOD_YEAR_RE.test(text)) return "year";
  return null;
}

/**
 * Finds salaries in a piece of text: single figures and ranges with a currency (or a pay label),
 * multipliers shared across a range ("$150-190k") but never rescaling an explicit bound.
 * `labelled` says the text is the value of a salary label, so a bare number counts.
 */
export function findSalaries(text: string, options: { labelled?: boolean; defaultCurrency?: string | null } = {}): SalaryHit[] {
  const list = amounts(text);
  const hits: SalaryHit[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    let b: Amount | null = null;
    const nextA = list[i + 1];
    if (nextA) {
      const between = text.slice(a.end, nextA.start);
      if (RANGE_JOIN_RE.test(between) && between.replace(RANGE_JOIN_RE, "").trim() === "") b = nextA;
    }
    // "between $90,000 and $110,000"
    let lo = scaled(a, b);
    let hi = b ? scaled(b, a) : lo;
    const currency = a.currency ?? b?.currency ?? null;
    const start = a.start;
    const end = b ? b.end : a.end;
    if (b) i++;
    const before = text.slice(Math.max(0, start - 48), start);
    const after = text.slice(end, end + 48);
    const labelled = options.labelled === true;
    if (!currency && !labelled && !(PAY_WORD_RE.test(before) && (a.explicitMult || a.grouped))) continue;
    if (lo <= 0 || hi <= 0) continue;
    if (hi < lo) [lo, hi] = [hi, lo];
    // what follows the amount decides first: "$100 monthly grocery credit" is a perk, "€95,000 a year" is pay
    const afterClause = after.split(/[.;\n]/)[0];
    if (NOT_PAY_RE.test(afterClause.slice(0, 32)) && !PAY_WORD_RE.test(afterClause.slice(0, 12))) continue;
    if (/%/.test(text.slice(end, end + 2))) continue;
    const periodAfter = periodNear(afterClause.slice(0, 28));
    const periodBefore = periodNear(before.slice(-28));
    let period: Period | null = periodAfter ?? periodBefore;
    let periodInferred = false;
    const payContext = labelled || PAY_WORD_RE.test(before + " " + afterClause.slice(0, 24)) || period !== null;
    if (period === null && lo >= 10000 && payContext) {
      period = "year";
      periodInferred = true;
    }
    if (!plausible(lo, hi, period)) continue;
    hits.push({
      salary: { raw: text.slice(start, end).trim(), min: lo, max: hi, currency: currency ?? options.defaultCurrency ?? null, period },
      start,
      end,
      payContext,
      periodInferred,
    });
  }
  return hits;
}

// "$150-190k": the k of the upper bound also scales a small lower bound; "$150,000 - $190k" keeps both.
function scaled(a: Amount, other: Amount | null): number {
  if (a.explicitMult) return Math.round(a.value * a.mult);
  if (other && other.explicitMult && !a.grouped && a.value < 1000 && a.value * other.mult <= other.value * other.mult * 1.01) {
    const v = a.value * other.mult;
    if (v <= other.value * other.mult) return Math.round(v);
  }
  return a.value;
}

function plausible(lo: number, hi: number, period: Period | null): boolean {
  if (hi > lo * 5 && lo > 0) return false;
  switch (period) {
    case "hour":
      return lo >= 3 && hi <= 2000;
    case "day":
      return lo >= 20 && hi <= 20000;
    case "week":
      return lo >= 50 && hi <= 50000;
    case "month":
      return lo >= 100 && hi <= 500000;
    case "year":
      return lo >= 1000 && hi <= 50_000_000;
    default:
      return lo >= 10 && hi <= 50_000_000;
  }
}
