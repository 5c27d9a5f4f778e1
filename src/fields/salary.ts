import currencyCodes from "currency-codes";
import { CURRENCY_COUNTRIES } from "../lexicon/places.js";
import {
  BETWEEN_AND_WORDS, CEILING_WORDS, CODE_STOPWORDS, CONDITION_WORDS, CURRENCY_SCALE, REFERENCE_WORDS, COUNT_UNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS, FLOOR_WORDS, GENERIC_SYMBOLS, GROSS_WORDS,
  LOCAL_CURRENCY, MULTIPLIERS, NOT_PAY_STEMS, NOT_PAY_WORDS, PAY_STEMS, PAY_WORDS, PERIOD_PHRASES, WEAK_PAY_WORDS, WORDLIKE_CODES, YEARLY_SIZED,
} from "../lexicon/money.js";
import {
  AFTER_TOKEN_RE, AFTER_TWO_WORDS_RE, CLAUSE_BREAK_RE, CONJUNCTION_JOIN_RE, CURRENCY_BEFORE_RE, CURRENCY_SIGN_END_RE, DECIMALS_END_RE, DIGIT_RE,
  GLUED_BEFORE_NUMBER_RE, GLUED_RANGE_JOIN_RE, LOWER_LETTER_RE, UPPER_LETTER_RE,
  GROUPED_NUMBER_RE, LETTER_RE, MONEY_NUMBER_RE, PAREN_ASIDE_RE, PENSION_PLAN_AFTER_RE, PERCENT_AFTER_RE, PLUS_WORD_RE, RANGE_JOIN_RE, SLASH_PERIOD_RE,
  WORD_CHAR_RE, WORD_RE, ARTICLE_START_RE, BACKTICK_APOSTROPHES_RE, BLANK_END_RE, BLANK_RUNS_RE, BLANK_RUN_RE, COLON_SPACE_TAIL_RE, LIST_PUNCT_END_RE,
  NON_DIGITS_RE, NON_SPACE_RUNS_RE, SLASHES_RE, SLASH_BLANKS_RE, SPACES_SPLIT_RE, WHITESPACE_RUNS_RE, HOURS_PER_PERIOD_RE,
} from "../patterns.js";
import type { Salary } from "../schema.js";

type Period = NonNullable<Salary["period"]>;

/** A salary found in a piece of text, with its offsets in that text and how sure the text is that it is pay. */
export interface SalaryHit {
  salary: Salary;
  start: number;
  end: number;
  /** a pay word ("salary", "Gehalt"), a label or a stated period says it is pay */
  payContext: boolean;
  /** a pay word such as "salary" or "Gehalt" stands in the clause */
  payWord: boolean;
  /** on-target earnings or total compensation, which a base salary beside it beats */
  weak: boolean;
  /** the period was inferred from a yearly-sized figure under a salary label, not stated */
  periodInferred: boolean;
  /** the period was stated in the text */
  periodStated: boolean;
  /** the currency is a shared symbol ("$", "kr") read as its default, with no country to say otherwise */
  genericCurrency: boolean;
  /** a range of two figures with a currency, both sized like a year's pay ("$175k-$250k"): pay-shaped even with no pay word */
  yearlyRange: boolean;
}

/** Options of `findSalaries`. */
export interface SalaryOptions {
  /** the text is the value of a salary label (or follows one), so a bare number counts and a yearly-sized figure is yearly */
  labelled?: boolean;
  /** ISO 3166 code of the job's country, to read "$", "kr", "¥" as the local currency */
  country?: string | null;
}

/** One number in the text with the currency and multiplier written around it. */
interface Amount {
  value: number;
  /** ISO code, or null */
  currency: string | null;
  /** the currency was a shared symbol ("$", "kr") that the country may override */
  generic: boolean;
  mult: number;
  explicitMult: boolean;
  grouped: boolean;
  multPeriod: Period | null;
  /** a glued "+" after the amount: "$80k+" */
  plus: boolean;
  start: number;
  end: number;
  numEnd: number;
}

// perf: this module's own scanners of the global patterns, built once at load and rewound before each use
// (no loop below calls back into the function that runs it, so no scan is cut short by another)
const MONEY_NUMBER_SCAN = new RegExp(MONEY_NUMBER_RE.source, MONEY_NUMBER_RE.flags);
const WORD_SCAN = new RegExp(WORD_RE.source, WORD_RE.flags);
const CLAUSE_BREAK_SCAN = new RegExp(CLAUSE_BREAK_RE.source, CLAUSE_BREAK_RE.flags);
const NON_SPACE_RUNS_SCAN = new RegExp(NON_SPACE_RUNS_RE.source, NON_SPACE_RUNS_RE.flags);

const ISO_CODES = new Set(currencyCodes.codes().filter((c) => !CODE_STOPWORDS.includes(c)));
// Words of every list, read once: the lists are data, these are their lookup forms.
const LOWER_SYMBOLS = new Map(Object.entries(CURRENCY_SYMBOLS).filter(([k]) => k.length > 1 && LETTER_RE.test(k)).map(([k, v]) => [k.toLowerCase(), v]));
const BEFORE_PERIOD_PHRASES = Object.fromEntries(
  Object.entries(PERIOD_PHRASES).map(([p, list]) => [p, list.filter((w) => !w.startsWith("/") && !ARTICLE_START_RE.test(w) && (w.length >= 5 || ["tjm", "ral", "ctc"].includes(w)))]),
) as Record<Period, string[]>;
const PERIODS: Period[] = ["hour", "day", "week", "month", "year"];

/** Reads a currency token written before or after a number; null when it is none. */
function currencyToken(token: string, glued: boolean): { code: string; generic: boolean } | null {
  const t = token.trim();
  if (!t) return null;
  const sym = CURRENCY_SYMBOLS[t] ?? (t.length > 1 ? LOWER_SYMBOLS.get(t.toLowerCase()) : undefined);
  if (sym) {
    // a lone letter ("R" for rand) only when glued to the number: "R25 000", never "R 2"
    if (t.length === 1 && LETTER_RE.test(t) && !glued) return null;
    return { code: sym, generic: GENERIC_SYMBOLS.includes(t) };
  }
  // "PKR. 85,000": a code written with a full stop after it
  const code = t.endsWith(".") ? t.slice(0, -1) : t;
  if (ISO_CODES.has(code)) return { code, generic: false };
  const word = CURRENCY_WORDS[t.toLowerCase()];
  if (word) return { code: word, generic: GENERIC_SYMBOLS.includes(t.toLowerCase()) };
  return null;
}

// "95,000" "70.000" "70 000" "9'500" "60.000,00" "12,00,000" "1,5" → numbers; a separator before three digits groups thousands.
function parseNumber(raw: string): { value: number; grouped: boolean } {
  const grouped = GROUPED_NUMBER_RE.test(raw);
  if (!grouped) return { value: Number(raw.replace(",", ".")), grouped: false };
  const dec = DECIMALS_END_RE.exec(raw);
  const intPart = dec ? raw.slice(0, dec.index) : raw;
  return { value: Number(intPart.replace(NON_DIGITS_RE, "")) + (dec ? Number("0." + dec[1]) : 0), grouped: true };
}

/** Every number of the text that may be money, with the currency and multiplier around it. */
function amounts(text: string, country?: string | null): Amount[] {
  const out: Amount[] = [];
  const re = MONEY_NUMBER_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    const { value, grouped } = parseNumber(m[0]);
    if ((value === 401 || value === 403 || value === 457) && PENSION_PLAN_AFTER_RE.test(text.slice(numEnd, numEnd + 4))) continue;
    let start = numStart;
    let currency: { code: string; generic: boolean } | null = null;
    const pre = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, numStart - 8), numStart));
    if (pre) {
      // ("R 28 000" with its space: the rand, in a posting that is South African)
      currency = currencyToken(pre[1], !BLANK_END_RE.test(pre[0]) || (country !== undefined && country !== null && CURRENCY_COUNTRIES[CURRENCY_SYMBOLS[pre[1].trim()] ?? ""] === country));
      // "habilitation R408", "Req ID R5038007": a lone letter is the rand only in a South African posting
      // ("N180,000" is the naira only where the posting is Nigerian: a lone letter other than the rand's needs its country said)
      if (currency && LETTER_RE.test(pre[1].trim()) && pre[1].trim().length === 1 && (country !== undefined || pre[1].trim() !== "R") && CURRENCY_COUNTRIES[currency.code] !== country) currency = null;
      if (currency) start = numStart - pre[0].length;
      // "$3,800to$4,600": a joining word glued before the sign is no part of the currency
      else if (pre[1].length > 1 && !LETTER_RE.test(pre[1].slice(-1)) && CURRENCY_SYMBOLS[pre[1].slice(-1)] !== undefined) {
        currency = currencyToken(pre[1].slice(-1), true);
        if (currency) start = numStart - 1 - (pre[0].length - pre[1].length);
      }
    }
    // "401(k)", "H1B", "Q4", "v2": a number glued to letters that are no currency is not an amount
    if (!currency && GLUED_BEFORE_NUMBER_RE.test(text[numStart - 1] ?? " ")) continue;
    let end = numEnd;
    let mu = multiplierAfter(text, end, currency !== null);
    // "12.000.000-15.000.000 triệu đồng": a multiplier after a figure written out in full only repeats its size
    if (mu && grouped && value >= 100_000) {
      end += mu.length;
      if (!currency && mu.currency) currency = { code: mu.currency, generic: false };
      mu = null;
    }
    if (mu) {
      end += mu.length;
      if (!currency && mu.glued) currency = currencyToken(mu.glued, true);
    }
    const after = currencyAfter(text, end);
    if (after && (!currency || currency.generic || after.currency.code === currency.code)) {
      // "$65,000—$115,000 CAD", "€215.000 - €255.000 EUR": a code after the number names the currency
      if (!currency || !after.currency.generic) currency = after.currency;
      end += after.length;
    }
    // "3D", "5G", "2FA", "5pm": letters glued after a number that are no multiplier or currency
    // ("$3,800to$4,600": a range's joining word glued between the ends is none of those)
    if (end === numEnd && LETTER_RE.test(text[numEnd] ?? " ") && !GLUED_RANGE_JOIN_RE.test(text.slice(numEnd, numEnd + 4))) continue;
    // "PHP 8" is a language version; the peso is written with real amounts ("PHP 25,000")
    if (currency && WORDLIKE_CODES.includes(currency.code) && value < 1000 && !mu && text.slice(start, end).includes(currency.code)) continue;
    if (!currency && mu?.currency) currency = { code: mu.currency, generic: false };
    // "$80k+" (glued) is a floor; "$150k + equity" adds something else
    const plus = text[end] === "+" && !PLUS_WORD_RE.test(text.slice(end, end + 2));
    out.push({
      value, currency: currency?.code ?? null, generic: currency?.generic ?? false, mult: mu?.factor ?? 1, explicitMult: mu !== null,
      grouped, multPeriod: mu?.period ?? null, plus, start, end: plus ? end + 1 : end, numEnd,
    });
  }
  return out;
}

/** A multiplier right after a number ("60k", "1,2 Mio.", "18 LPA", "45 k€"), with a currency glued to it. */
function multiplierAfter(text: string, at: number, hasCurrency: boolean): { factor: number; currency?: string; period?: Period; length: number; glued: string } | null {
  const tok = AFTER_TOKEN_RE.exec(text.slice(at, at + 16));
  if (!tok) return null;
  const spaced = tok[0].length - tok[1].length;
  const glued = CURRENCY_SIGN_END_RE.exec(tok[1])?.[0] ?? "";
  let word = tok[1].slice(0, tok[1].length - glued.length);
  if (!MULTIPLIERS[word.toLowerCase()] && word.endsWith(".")) word = word.slice(0, -1);
  const key = word.toLowerCase();
  const mu = MULTIPLIERS[key];
  if (!mu) return null;
  // a lone "m"/"b" only glued after a currency ("$5m", never "5 m²"); a lone "L" only glued ("15L")
  if ((key === "m" || key === "b" || key === "l" || key === "tr") && (spaced > 0 || (key !== "l" && key !== "tr" && !hasCurrency))) return null;
  const withGlued = tok[1] === word + glued;
  return { ...mu, length: spaced + word.length + (withGlued ? glued.length : 0), glued: withGlued ? glued : "" };
}

/** A currency written after a number: "€", "EUR", "zł", "euros", "Canadian dollars". */
function currencyAfter(text: string, at: number): { currency: { code: string; generic: boolean }; length: number } | null {
  const two = AFTER_TWO_WORDS_RE.exec(text.slice(at, at + 30));
  const twoCode = two ? CURRENCY_WORDS[two[1].toLowerCase().replace(BLANK_RUN_RE, " ")] : undefined;
  if (two && twoCode) return { currency: { code: twoCode, generic: false }, length: two[0].length };
  const tok = AFTER_TOKEN_RE.exec(text.slice(at, at + 16));
  if (!tok) return null;
  const glued = tok[0].length === tok[1].length;
  const c = currencyToken(tok[1], glued);
  if (c) return { currency: c, length: tok[0].length };
  // "22.000.000 VNĐLàm việc…": lines glued by the scraper; a code in capitals ends where a capitalised word begins
  for (let i = 2; i < tok[1].length - 1; i++) {
    if (!UPPER_LETTER_RE.test(tok[1][i]) || !LOWER_LETTER_RE.test(tok[1][i + 1]) || !UPPER_LETTER_RE.test(tok[1][i - 1])) continue;
    const cut = currencyToken(tok[1].slice(0, i), glued);
    if (cut) return { currency: cut, length: tok[0].length - tok[1].length + i };
  }
  if (!tok[1].endsWith(".")) return null;
  const c2 = currencyToken(tok[1].slice(0, -1), glued);
  return c2 ? { currency: c2, length: tok[0].length - 1 } : null;
}

/** Finds a phrase as whole words ("/hr" needs no word start; `plural` lets an "s" end it); returns the first index or -1. */
function phraseIndex(hay: string, phrase: string, from = 0, plural = false): number {
  let i = hay.indexOf(phrase, from);
  while (i >= 0) {
    const before = i === 0 ? " " : hay[i - 1];
    let after = hay[i + phrase.length] ?? " ";
    if (plural && after === "s") after = hay[i + phrase.length + 1] ?? " ";
    const startOk = phrase.startsWith("/") || !WORD_CHAR_RE.test(before);
    if (startOk && !WORD_CHAR_RE.test(after)) return i;
    i = hay.indexOf(phrase, i + 1);
  }
  return -1;
}

/** The earliest (or latest) of a list of phrases in a lowercase text, with its position. */
function findAny(hay: string, phrases: readonly string[], last: boolean, plural = false, units?: ReadonlySet<string>): { index: number; phrase: string } | null {
  let best: { index: number; phrase: string } | null = null;
  for (const p of phrases) {
    // (perf: `units` holds every UTF-16 unit of the text: a phrase whose first one it lacks is not there)
    if (units !== undefined && !units.has(p[0])) continue;
    let i = phraseIndex(hay, p, 0, plural);
    if (i < 0) continue;
    if (last) for (let j = phraseIndex(hay, p, i + 1, plural); j >= 0; j = phraseIndex(hay, p, j + 1, plural)) i = j;
    if (!best || (last ? i + p.length > best.index + best.phrase.length : i < best.index || (i === best.index && p.length > best.phrase.length))) best = { index: i, phrase: p };
  }
  return best;
}

/** A word list split for speed: single words looked up in a set, phrases ("sign-on", "per employee") searched. */
interface WordList {
  words: ReadonlySet<string>;
  phrases: readonly string[];
}

function wordList(list: readonly string[]): WordList {
  const single = (w: string) => new RegExp(WORD_RE.source, WORD_RE.flags).exec(w)?.[0] === w;
  return { words: new Set(list.filter(single)), phrases: list.filter((w) => !single(w)) };
}

const PAY_LIST = wordList(PAY_WORDS);
// "budget van € 300,- netto": gross and net qualify any amount, so after one they do not outvote a perk word before it
const STRONG_PAY_LIST = wordList(PAY_WORDS.filter((w) => !GROSS_WORDS.includes(w)));
const NOT_PAY_LIST = wordList(NOT_PAY_WORDS);

/** The words of a lowercase text (`WORD_RE` runs) and where each starts: read once for every list a window is tested against. */
interface WindowWords {
  words: string[];
  at: number[];
}

function windowWords(hay: string): WindowWords {
  const words: string[] = [];
  const at: number[] = [];
  const re = WORD_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    words.push(m[0]);
    at.push(m.index);
  }
  return { words, at };
}

/** The earliest (or latest) word of a list in a lowercase text (its words read by `windowWords`); an "s" may end a word ("conferences"). */
function findWord(hay: string, ww: WindowWords, list: WordList, last: boolean): number {
  let best = -1;
  for (let k = 0; k < ww.words.length; k++) {
    const w = ww.words[k];
    if (list.words.has(w) || (w.endsWith("s") && list.words.has(w.slice(0, -1)))) {
      best = ww.at[k];
      if (!last) break;
    }
  }
  const phrase = findAny(hay, list.phrases, last, true);
  return phrase ? pick(best, phrase.index, last) : best;
}

/** The earliest (or latest) word containing one of the stems. */
function findStem(hay: string, stems: readonly string[], last: boolean): number {
  let best = -1;
  for (const s of stems) {
    const i = last ? hay.lastIndexOf(s) : hay.indexOf(s);
    if (i >= 0 && (best < 0 || (last ? i > best : i < best))) best = i;
  }
  return best;
}

/** The period named by a stretch of text (the earliest, or with `last` the one closest to its end). */
export function periodNear(text: string, options: { last?: boolean; before?: boolean } = {}): Period | null {
  // (perf: no period phrase is empty, so an empty window names none; the others are tried only where the
  // window holds their first character)
  if (text.length === 0) return null;
  const hay = normaliseWindow(text);
  const units = new Set<string>();
  for (let i = 0; i < hay.length; i++) units.add(hay[i]);
  let best: { period: Period; index: number } | null = null;
  for (const p of PERIODS) {
    const hit = findAny(hay, options.before ? BEFORE_PERIOD_PHRASES[p] : PERIOD_PHRASES[p], options.last === true, false, units);
    if (hit && (!best || (options.last ? hit.index > best.index : hit.index < best.index))) best = { period: p, index: hit.index };
  }
  return best?.period ?? null;
}

function normaliseWindow(text: string): string {
  // ("£27,500 FTE (… for 30 hours per week)": the week is the hours', not the pay's)
  return text.toLowerCase().replace(BACKTICK_APOSTROPHES_RE, "'").replace(SLASH_BLANKS_RE, "/").replace(BLANK_RUNS_RE, " ").replace(HOURS_PER_PERIOD_RE, " ");
}

/** The clause before `at` (after the last break) and after `at` (up to the next break). */
function clauseAround(text: string, start: number, end: number): { head: string; tail: string } {
  const headWin = text.slice(Math.max(0, start - 90), start);
  let cut = 0;
  const re = CLAUSE_BREAK_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(headWin); m; m = re.exec(headWin)) cut = m.index + m[0].length;
  const tailWin = text.slice(end, end + 70);
  re.lastIndex = 0;
  const br = re.exec(tailWin);
  return { head: headWin.slice(cut), tail: br ? tailWin.slice(0, br.index) : tailWin };
}

type Verdict = "pay" | "not-pay" | null;

// "$100 monthly grocery credit", "stipend of $2,000", "$80,000 base salary": the nearest telling word decides.
function verdict(hay: string, last: boolean, payList: WordList = PAY_LIST): { verdict: Verdict; index: number } {
  const ww = windowWords(hay);
  const payAt = pick(findWord(hay, ww, payList, last), findStem(hay, PAY_STEMS, last), last);
  const notAt = pick(findWord(hay, ww, NOT_PAY_LIST, last), findStem(hay, NOT_PAY_STEMS, last), last);
  if (payAt < 0 && notAt < 0) return { verdict: null, index: -1 };
  if (notAt < 0) return { verdict: "pay", index: payAt };
  if (payAt < 0) return { verdict: "not-pay", index: notAt };
  return (last ? payAt >= notAt : payAt <= notAt) ? { verdict: "pay", index: payAt } : { verdict: "not-pay", index: notAt };
}

function pick(a: number, b: number, last: boolean): number {
  if (a < 0) return b;
  if (b < 0) return a;
  return last ? Math.max(a, b) : Math.min(a, b);
}

function effective(a: Amount): number {
  return a.value * a.mult;
}

// "$150-190k" and "45-53k €": the multiplier of one end also scales a small, plain other end;
// "$150,000 - $190k" keeps both as written.
function scaleRange(a: Amount, b: Amount): [number, number] {
  let lo = effective(a);
  let hi = effective(b);
  if (!a.explicitMult && !a.grouped && b.explicitMult && a.value < 1000) {
    const scaled = a.value * b.mult;
    if (scaled <= hi) lo = scaled;
  } else if (!b.explicitMult && !b.grouped && a.explicitMult && b.value < 1000) {
    const scaled = b.value * a.mult;
    if (scaled >= lo) hi = scaled;
  } else if (!a.explicitMult && !a.grouped && b.grouped && a.value < 1000 && hi >= 1000) {
    // "60-75.000 €" (German shorthand): the small end is in thousands too
    const scaled = a.value * 1000;
    if (scaled <= hi && scaled * 5 >= hi) lo = scaled;
  }
  return [round(lo), round(hi)];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function plausible(lo: number | null, hi: number | null, period: Period | null, currency: string | null): boolean {
  const scale = (currency && CURRENCY_SCALE[currency]) || 1;
  const l = (lo ?? hi ?? 0) / scale;
  const h = (hi ?? lo ?? 0) / scale;
  if (l <= 0 || h < l || h > l * 5) return false;
  switch (period) {
    case "hour":
      return l >= 1 && h <= 3000;
    case "day":
      return l >= 10 && h <= 30000;
    case "week":
      return l >= 30 && h <= 100000;
    case "month":
      return l >= 50 && h <= 2_000_000;
    default:
      return l >= 1 && h <= 200_000_000;
  }
}

/**
 * Finds salaries in a piece of text: single figures, ranges ("$150-190k", "entre 30.000 y 38.000 €",
 * "zwischen 45 und 53 k€"), floors ("ab 4.000 €": min only) and ceilings ("up to €60k": max only; a
 * ceiling says nothing of the least pay, so min stays null). An amount needs a currency, a salary
 * label or a pay word; words such as "budget", "bonus" or "equity" next to it make it no salary.
 */
export function findSalaries(text: string, options: SalaryOptions = {}): SalaryHit[] {
  if (!DIGIT_RE.test(text)) return [];
  const list = amounts(text, options.country);
  const hits: SalaryHit[] = [];
  const labelled = options.labelled === true;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    let b: Amount | null = null;
    let joinPeriod: Period | null = null;
    const next = list[i + 1];
    if (next) {
      let between = text.slice(a.end, next.start);
      const slash = SLASH_PERIOD_RE.exec(between);
      if (slash) {
        joinPeriod = periodNear("/" + slash[1]);
        if (joinPeriod) between = between.slice(slash[0].length);
      }
      if (RANGE_JOIN_RE.test(between)) {
        const conj = CONJUNCTION_JOIN_RE.test(between);
        const lead = normaliseWindow(text.slice(Math.max(0, a.start - 30), a.start));
        // "between X and Y", "tussen X en Y": a range; "van € 100 en € 50" names two amounts
        if (!conj || BETWEEN_AND_WORDS.some((w) => lead.trimEnd().endsWith(" " + w) || lead.trim() === w)) b = next;
      }
    }
    let lo = 0;
    let hi = 0;
    if (b) {
      [lo, hi] = scaleRange(a, b);
      if (!(hi >= lo && hi <= lo * 5)) b = null;
    }
    if (!b) {
      lo = round(effective(a));
      hi = lo;
    } else i++;
    const end = b ? b.end : a.end;
    const cur = pickCurrency(a, b, options.country ?? null);
    // a bare number is pay only under a label or a pay word, and only when it is sized like pay: not a year, not a count
    const yearLike = !a.grouped && !a.explicitMult && a.value >= 1900 && a.value <= 2100 && Number.isInteger(a.value);
    if (!cur && (yearLike || (!labelled && !(a.grouped || a.explicitMult || hi >= 1000)))) continue;
    const { head, tail } = clauseAround(text, a.start, end);
    const headN = normaliseWindow(head);
    const tailN = normaliseWindow(tail);
    // "10-15 hours per week", "a team of 60 people", "20%": counts, not money
    if (PERCENT_AFTER_RE.test(tail) || (!cur && findAny(tailN.slice(0, 16), COUNT_UNITS, false)?.index === (tailN.startsWith(" ") ? 1 : 0))) continue;
    // "£80 - £100k based on equity stake": what pay depends on says nothing of what the figure is
    const condition = findAny(tailN, CONDITION_WORDS, false);
    const tailRead = condition ? tailN.slice(0, condition.index) : tailN;
    const tailClean = tailRead.replace(PAREN_ASIDE_RE, " ");
    const headVerdict = verdict(headN, true);
    const strongTail = verdict(tailClean, false, STRONG_PAY_LIST);
    const tailVerdict = strongTail.verdict === null && headVerdict.verdict !== "not-pay" ? verdict(tailClean, false) : strongTail;
    // "in a typical student job you earn €11 an hour": someone else's pay, not the posting's
    if (findAny(sentenceBefore(text, a.start), REFERENCE_WORDS, false)) continue;
    if (tailVerdict.verdict === "not-pay" || (tailVerdict.verdict === null && headVerdict.verdict === "not-pay")) continue;
    const payWord = tailVerdict.verdict === "pay" || headVerdict.verdict === "pay";
    const weak = findAny(headN + " " + tailN, WEAK_PAY_WORDS, false) !== null;
    const statedPeriod = a.multPeriod ?? b?.multPeriod ?? joinPeriod ?? periodNear(tail) ?? periodNear(headN, { last: true, before: true });
    let period: Period | null = statedPeriod;
    if (!cur && ((!labelled && !payWord) || (hi < 1000 && period === null))) continue;
    let min: number | null = lo;
    let max: number | null = hi;
    if (!b) {
      const bound = boundOf(headN, a);
      if (bound === "floor") max = null;
      if (bound === "ceiling") min = null;
    }
    let periodInferred = false;
    const currency = cur?.code ?? null;
    const sized = currency !== null && YEARLY_SIZED[currency] !== undefined && (min ?? max ?? 0) >= YEARLY_SIZED[currency];
    const yearlyRange = b !== null && sized && cur !== null && lo !== hi;
    // "$150-190k" with no period written: a figure of a year's size is a year's pay (how: inferred)
    if (period === null && (labelled || payWord || yearlyRange) && !weak && sized) {
      period = "year";
      periodInferred = true;
    }
    if (!plausible(min, max, period, currency)) continue;
    hits.push({
      salary: { raw: rawOf(text, a.start, end, tail), min, max, currency, period },
      start: a.start,
      end,
      payContext: labelled || payWord || statedPeriod !== null,
      payWord,
      weak,
      periodInferred,
      periodStated: statedPeriod !== null,
      genericCurrency: cur?.generic ?? false,
      yearlyRange,
    });
  }
  return hits;
}

// The sentence up to an amount, lowercased: the words that may put the figure in someone else's mouth.
function sentenceBefore(text: string, at: number): string {
  const win = text.slice(Math.max(0, at - 120), at);
  let cut = 0;
  for (const ch of [".", "!", "?", "\n", "•", ";"]) cut = Math.max(cut, win.lastIndexOf(ch) + 1);
  return normaliseWindow(win.slice(cut));
}

// "up to $60k" is a ceiling, "ab 4.000 €" and "$80k+" are floors; "from $50k to $60k" was a range already.
function boundOf(head: string, a: Amount): "floor" | "ceiling" | null {
  if (a.plus) return "floor";
  const h = head.replace(COLON_SPACE_TAIL_RE, "");
  const ends = (w: string) => h.endsWith(w) && !WORD_CHAR_RE.test(h[h.length - w.length - 1] ?? " ");
  if (CEILING_WORDS.some(ends)) return "ceiling";
  if (FLOOR_WORDS.some(ends)) return "floor";
  return null;
}

// The most specific currency of the two ends: "$65,000—$115,000 CAD" is CAD; a shared "$" follows the country.
function pickCurrency(a: Amount, b: Amount | null, country: string | null): { code: string; generic: boolean } | null {
  const ends = b ? [a, b] : [a];
  const specific = ends.find((e) => e.currency && !e.generic);
  if (specific?.currency) return { code: specific.currency, generic: false };
  const generic = ends.find((e) => e.currency);
  if (!generic?.currency) return null;
  const local = country ? LOCAL_CURRENCY[generic.currency]?.[country] : undefined;
  return { code: local ?? generic.currency, generic: !country };
}

const PERIOD_SET = new Set(Object.values(PERIOD_PHRASES).flat());

// The amount as written, with "gross"/"brutto" and the period words right after it: "€1,200 - €1,400 gross per month".
function rawOf(text: string, start: number, end: number, tail: string): string {
  let extra = 0;
  const re = NON_SPACE_RUNS_SCAN;
  re.lastIndex = 0;
  for (let k = 0, m = re.exec(tail); m && k < 5; k++, m = re.exec(tail)) {
    const stop = m.index + m[0].length;
    const words = normaliseWindow(tail.slice(0, stop)).replace(SLASHES_RE, " /").trim().replace(LIST_PUNCT_END_RE, "").split(SPACES_SPLIT_RE);
    while (words.length && GROSS_WORDS.includes(words[0])) words.shift();
    if (words.length && GROSS_WORDS.includes(words[words.length - 1])) words.pop();
    if (words.length === 0 || PERIOD_SET.has(words.join(" ")) || PERIOD_SET.has(words.join(""))) extra = stop;
  }
  return text.slice(start, end + extra).replace(WHITESPACE_RUNS_RE, " ").trim();
}
