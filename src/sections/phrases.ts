import { LEXICONS, type ChromeKind, type LabelField } from "../lexicon/index.js";
import { CAPITAL_START_RE, HN_META_RE, LABEL_END_CHAR_RE, LETTER_OR_DIGIT_RE, STAR_ICON_END_RE, TRACKING_TAGS_RE, VALUE_START_CHAR_RE } from "../patterns.js";
import type { SectionKind } from "../schema.js";
import { perText } from "../memo.js";
import { lowerCase } from "../fields/words.js";

/** What a heading says its section is: a kind of section, or a block of board chrome. */
export type HeadingClass = { kind: SectionKind; chrome?: undefined } | { kind?: undefined; chrome: ChromeKind };

/** Lowercases and folds punctuation so "What You’ll Do:" and "what you'll do" meet. */
export function phraseKey(text: string): string {
  return keyOf(text);
}

const keyOf = perText(readPhraseKey);

function readPhraseKey(text: string): string {
  let out = "";
  let space = true;
  const s = lowerCase(text);
  // perf: a run of word characters is copied whole, not a character at a time
  let run = -1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code > 127 && LETTER_OR_DIGIT_RE.test(s[i]))) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      out += s.slice(run, i);
      run = -1;
      space = false;
    }
    const ch = s[i];
    if (ch === "’" || ch === "‘" || ch === "`" || ch === "´") {
      out += "'";
      space = false;
    } else if (ch === "&" || ch === "+") {
      out += space ? "and " : " and ";
      space = true;
    } else if (!space) {
      out += " ";
      space = true;
    }
  }
  if (run >= 0) out += s.slice(run);
  return out.trim();
}

const HEADINGS = new Map<string, HeadingClass>();
const CHROME_LINES = new Map<string, ChromeKind>();
const LABELS = new Map<string, LabelField>();
const CHROME_PREFIXES: { key: string; kind: ChromeKind }[] = [];
let longestLabel = 0;

for (const lex of LEXICONS) {
  for (const [kind, phrases] of Object.entries(lex.headings)) {
    for (const p of phrases ?? []) {
      const k = phraseKey(p);
      if (!HEADINGS.has(k)) HEADINGS.set(k, { kind: kind as SectionKind });
    }
  }
  for (const [chrome, phrases] of Object.entries(lex.chromeHeadings)) {
    // chrome wins over a section kind: "apply for this job" is a button, not a how-to-apply section
    for (const p of phrases ?? []) HEADINGS.set(phraseKey(p), { chrome: chrome as ChromeKind });
  }
  for (const [chrome, phrases] of Object.entries(lex.chromeLines)) {
    for (const p of phrases ?? []) if (!CHROME_LINES.has(phraseKey(p))) CHROME_LINES.set(phraseKey(p), chrome as ChromeKind);
  }
  for (const p of lex.chromePrefixes ?? []) CHROME_PREFIXES.push({ key: p.toLowerCase(), kind: "board" });
  for (const [field, phrases] of Object.entries(lex.labels)) {
    for (const p of phrases ?? []) {
      const k = phraseKey(p);
      if (!LABELS.has(k)) LABELS.set(k, field as LabelField);
      longestLabel = Math.max(longestLabel, p.length);
    }
  }
}

// perf: the chrome prefixes by their first character (a line is tried only against those it could
// start with, in list order), and the first word of every chrome line (a row of buttons starts with one)
const PREFIXES_BY_FIRST = new Map<string, { key: string; kind: ChromeKind }[]>();
for (const p of CHROME_PREFIXES) {
  const list = PREFIXES_BY_FIRST.get(p.key[0] ?? "");
  if (list) list.push(p);
  else PREFIXES_BY_FIRST.set(p.key[0] ?? "", [p]);
}
const EMPTY_PREFIX = CHROME_PREFIXES.some((p) => p.key === "");
const CHROME_LINE_FIRST_WORDS = new Set([...CHROME_LINES.keys()].map((k) => k.split(" ")[0]));

// perf: every run of a heading phrase's first words ("what", "what we", "what we offer"), so a
// heading's words are extended into a phrase only while some phrase still begins with them
const HEADING_STARTS = new Set<string>();
for (const key of HEADINGS.keys()) {
  const words = key.split(" ");
  for (let n = 1; n <= words.length; n++) HEADING_STARTS.add(words.slice(0, n).join(" "));
}

/** Single words that name a kind only when they open the heading ("About Gorgias", "Life at X"). */
const OPENERS_ONLY = new Set(["about", "life at", "as a", "you'll", "you will", "company", "experience", "role", "mission", "plus", "preferred", "tech", "tools", "package", "profile", "interested", "contact", "application"]);

/** The kind a lexicon heading phrase names when the text is that phrase exactly ("Nasze wymagania", "What we offer"). */
export function exactHeading(text: string): HeadingClass | null {
  const key = phraseKey(text);
  return key.length > 0 && key.length <= 90 ? (HEADINGS.get(key) ?? null) : null;
}

/**
 * Classifies a heading by the longest lexicon phrase it holds. A phrase counts when it opens the
 * heading or covers at least half of its words ("Diversity & Inclusion at Gorgias" → diversity).
 */
export function classifyHeading(text: string): HeadingClass | null {
  return headingOf(text);
}

const headingOf = perText(readHeading);

function readHeading(text: string): HeadingClass | null {
  const key = phraseKey(text);
  if (key.length === 0 || key.length > 90) return null;
  const exact = HEADINGS.get(key);
  if (exact) return exact;
  const words = key.split(" ");
  if (words.length > 12) return null;
  let best: HeadingClass | null = null;
  let bestLen = 0;
  for (let i = 0; i < words.length; i++) {
    let phrase = "";
    for (let j = i; j < words.length && j - i < 8; j++) {
      phrase = j === i ? words[j] : phrase + " " + words[j];
      if (!HEADING_STARTS.has(phrase)) break;
      const hit = HEADINGS.get(phrase);
      if (!hit) continue;
      const len = j - i + 1;
      const opens = i === 0;
      if (OPENERS_ONLY.has(phrase) && !opens) continue;
      const covers = len / words.length;
      // "You have contributed to an open-source tool" is a sentence that opens with a heading phrase
      const ok = opens ? covers >= 0.34 : covers >= 0.5;
      if (ok && len > bestLen) {
        best = hit;
        bestLen = len;
      }
    }
  }
  return best;
}

/**
 * A lead-in sentence that ends in a colon and names a section by its last words:
 * "This is a senior individual contributor role responsible for:", "In this role, you will:".
 * Only phrases of two or more words count, and only as the sentence's ending.
 */
export function classifyLeadIn(text: string): HeadingClass | null {
  const words = phraseKey(text).split(" ");
  for (let n = Math.min(6, words.length); n >= 2; n--) {
    const hit = HEADINGS.get(words.slice(words.length - n).join(" "));
    if (hit?.kind) return hit;
  }
  return null;
}

/** The chrome kind of a whole line such as "Easy Apply" or "Show more", else null. */
export function chromeLine(text: string): ChromeKind | null {
  return chromeOf(text);
}

const chromeOf = perText(readChromeLine);

function readChromeLine(text: string): ChromeKind | null {
  if (text.length <= 60) {
    const hit = CHROME_LINES.get(phraseKey(text));
    if (hit) return hit;
  }
  if (text.length <= 300) {
    const lower = text.toLowerCase();
    for (const p of EMPTY_PREFIX ? CHROME_PREFIXES : PREFIXES_BY_FIRST.get(lower[0]) ?? []) if (lower.startsWith(p.key)) return p.kind;
    // "pkeller 14 days ago | parent | context | favorite | on: Ask HN…": Hacker News' meta line
    // (perf: the pattern needs its "|")
    if (text.includes("|") && HN_META_RE.test(text)) return "board";
    // "#LI-Hybrid", "#DNP": recruiters' tracking tags
    if (TRACKING_TAGS_RE.test(text)) return "board";
    // "comparis.ch Star Icon": an icon's alt text after a name
    // (perf: the pattern needs the line to end in "n" or "N")
    if (text.length <= 60 && (text.endsWith("n") || text.endsWith("N")) && STAR_ICON_END_RE.test(text)) return "board";
    // "Apply now    Save job", "Postuler | Sauvegarder": a row of buttons, every word part of one
    if (text.length <= 80) {
      const words = phraseKey(text).split(" ");
      if (!CHROME_LINE_FIRST_WORDS.has(words[0])) return null;
      const run = phraseRun(words, CHROME_LINES, false);
      if (run.covered === words.length && words.length >= 2 && run.first) return CHROME_LINES.get(run.first) ?? null;
    }
  }
  return null;
}

/** The field a label such as "Job Type" or "Offered Salary" feeds, else null. */
export function labelField(label: string): LabelField | null {
  if (label.length > 48) return null;
  const field = LABELS.get(phraseKey(label));
  if (field !== undefined) return field;
  // a label with a gloss in brackets reads as either of its words: "Nível (Senioridade)", "Salary (gross)", "Ort (PLZ)"
  const open = label.indexOf("(");
  const close = label.lastIndexOf(")");
  if (open <= 0 || close < open) return null;
  return LABELS.get(phraseKey(label.slice(0, open))) ?? LABELS.get(phraseKey(label.slice(open + 1, close))) ?? null;
}

/**
 * A label glued to its value, as aggregators' overview blocks come out when copied:
 * "Job TitleSenior Backend Engineer", "Experience5 Years", "Offered Salary€95,000".
 * The value must start with a capital, a digit or a currency sign right after the label.
 */
export function gluedLabel(line: string): { field: LabelField; label: string; value: string } | null {
  const max = Math.min(line.length - 1, longestLabel);
  for (let n = max; n >= 3; n--) {
    const next = line[n];
    if (!VALUE_START_CHAR_RE.test(next)) continue;
    const prev = line[n - 1];
    if (!LABEL_END_CHAR_RE.test(prev)) continue;
    const label = line.slice(0, n);
    const field = LABELS.get(phraseKey(label));
    if (field && CAPITAL_START_RE.test(label)) return { field, label, value: line.slice(n).trim() };
  }
  return null;
}

// The most words of one entry read by `phraseRun` ("skip to main content", "trouver un emploi").
const RUN_ENTRY_WORDS = 4;

/**
 * A line's words read as entries of a phrase table, longest first at each word: how many words the
 * entries cover, how many entries, and the first. With `skip`, a word no entry opens is passed over
 * ("Search Jobs Browse Jobs Career Advice Recruiters"); without, the reading stops there (a row of buttons).
 */
export function phraseRun(words: readonly string[], table: { has(key: string): boolean }, skip: boolean): { covered: number; entries: number; first: string | null } {
  let covered = 0;
  let entries = 0;
  let first: string | null = null;
  for (let i = 0; i < words.length; ) {
    let n = Math.min(RUN_ENTRY_WORDS, words.length - i);
    let key = "";
    for (; n >= 1; n--) {
      key = words.slice(i, i + n).join(" ");
      if (table.has(key)) break;
    }
    if (n === 0) {
      if (!skip) break;
      i++;
      continue;
    }
    first ??= key;
    covered += n;
    entries++;
    i += n;
  }
  return { covered, entries, first };
}
