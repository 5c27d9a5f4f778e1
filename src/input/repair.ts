import {
  ASCII_COLON_END_RE, BLANK_RE, BLANK_THEN_CAPITAL_RE, BOLD_HEADS_BLOCK_AFTER_RE, BOLD_OPENS_BLOCK_BEFORE_RE, BULLET_AFTER_STOP_RE, BULLET_ONLY_RE,
  GLUED_STAR_BULLET_RE, INLINE_BOLD_HEADING_RE, INLINE_BULLET_RE, PARAGRAPH_BREAK_RE, SENTENCE_PUNCT_END_RE, SPACE_RUN_RE, STAR_OR_DASH_START_RE,
  TABS_SPLIT_RE, TAB_RUNS_RE, WIDE_GAP_RE, ICON_GLYPH_START_RE, ICON_WORD_START_RE,
} from "../patterns.js";
import { ICON_GLYPHS, ICON_LIGATURE_WORDS } from "../lexicon/facts.js";
import { applyEdits, type Edit, type Rewritten } from "./rewrite.js";

// perf: this module's own scanner of a global pattern, built once at load and rewound (`lastIndex = 0`) before each use;
// the loop that runs it calls nothing that runs it again
const WIDE_GAP_SCAN = new RegExp(WIDE_GAP_RE.source, WIDE_GAP_RE.flags);

/**
 * Gives scraped Markdown back the structure its scraper flattened (JobSpy, some crawl4ai output):
 * paragraph breaks turned into runs of spaces, bold headings and "*" bullets glued into one line
 * ("**Job Responsibilities** * You will lead… * Implement…"). Lines that look normal are untouched.
 */
export function repairScrapedMarkdown(text: string): Rewritten {
  const edits: Edit[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    repairLine(text, at, nl, edits);
    at = nl + 1;
  }
  iconEdits(text, edits);
  escapeDelimiterFloods(text, edits);
  return applyEdits(text, edits);
}

/** More emphasis marks than this in one paragraph are text, not emphasis. */
const MAX_DELIMITERS = 200;

/**
 * micromark pairs emphasis marks in time quadratic in their number within one paragraph, so a
 * scraped table or a line of thousands of `**a**` would take minutes. Past MAX_DELIMITERS in one
 * paragraph, every `*` and `_` of it is escaped: the text stays, the emphasis goes.
 */
function escapeDelimiterFloods(text: string, edits: Edit[]): void {
  let paraStart = 0;
  let count = 0;
  const flood = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if ((c === 42 /* * */ || c === 95) /* _ */ && text.charCodeAt(i - 1) !== 92 /* \ */) edits.push({ start: i, end: i, insert: "\\" });
    }
  };
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    if (PARAGRAPH_BREAK_RE.test(text.slice(at, Math.min(nl, at + 12)))) {
      if (count > MAX_DELIMITERS) flood(paraStart, at);
      paraStart = at;
      count = 0;
    }
    for (let i = at; i < nl; i++) {
      const c = text.charCodeAt(i);
      if (c === 42 || c === 95) count++;
    }
    at = nl + 1;
  }
  if (count > MAX_DELIMITERS) flood(paraStart, text.length);
}

function repairLine(text: string, start: number, end: number, edits: Edit[]): void {
  const line = text.slice(start, end);
  if (line.length < 40) return;
  const runs = [...line.matchAll(new RegExp(SPACE_RUN_RE.source, SPACE_RUN_RE.flags))].filter(
    (m) => !BULLET_ONLY_RE.test(line.slice(0, m.index ?? 0)),
  );
  const bolds = [...line.matchAll(new RegExp(INLINE_BOLD_HEADING_RE.source, INLINE_BOLD_HEADING_RE.flags))];
  const bullets = [...line.matchAll(new RegExp(INLINE_BULLET_RE.source, INLINE_BULLET_RE.flags))];
  const flattened = runs.length > 0 || bullets.length >= 2 || (bolds.length >= 2 && line.length > 300) || GLUED_STAR_BULLET_RE.test(line);
  if (!flattened) return;
  // characters already rewritten: a later edit over any of them is dropped
  const taken = new Uint8Array(line.length + 1);
  const add = (s: number, e: number, insert: string) => {
    for (let i = s; i < e; i++) if (taken[i]) return;
    taken.fill(1, s, e);
    edits.push({ start: start + s, end: start + e, insert });
  };
  // "**What we are looking for:*** Proficiency": the heading's stars, then the first bullet's star
  for (const m of bolds) {
    const inner = m[1].trim();
    const i = m.index ?? 0;
    const before = line.slice(Math.max(0, i - 2), i);
    const after = line.slice(i + m[0].length, i + m[0].length + 3);
    const opensBlock = i === 0 || BOLD_OPENS_BLOCK_BEFORE_RE.test(line.slice(Math.max(0, i - 3), i)) || BLANK_RE.test(before);
    const headsBlock = ASCII_COLON_END_RE.test(inner) || m[2] === "*" || BOLD_HEADS_BLOCK_AFTER_RE.test(after) || BLANK_THEN_CAPITAL_RE.test(after);
    if (!opensBlock || !headsBlock || inner.length > 80 || SENTENCE_PUNCT_END_RE.test(inner)) continue;
    const s = i;
    const e = i + m[0].length;
    add(s, e, `\n\n**${inner}**\n\n${m[2] === "*" ? "* " : ""}`);
  }
  // "What your day will look like* Design and implement…": a heading glued to the first bullet
  const glued = GLUED_STAR_BULLET_RE.exec(line);
  if (glued && !STAR_OR_DASH_START_RE.test(line)) add(glued.index, glued.index + glued[0].length, "\n\n* ");
  for (const m of bullets) {
    const i = m.index ?? 0;
    add(i, i + m[0].length - 0, `\n${m[1] === "•" ? "-" : "*"} `);
  }
  for (const m of runs) {
    const i = m.index ?? 0;
    // "*   Run the sales cycle": the gap after a list marker is Markdown, not a lost break
    if (BULLET_ONLY_RE.test(line.slice(0, i))) continue;
    add(i, i + m[0].length, "\n\n");
  }
}

/**
 * Gives copied plain text back the line breaks it lost: bullets glued into one line
 * ("• one• two• three"), headings glued to their text by a tab ("About the role\tWe're looking…"),
 * blocks separated by tab runs or wide space runs on one long line. Normal lines are untouched.
 */
export function repairPlainText(text: string, isHeading: (s: string) => boolean): Rewritten {
  const edits: Edit[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    repairTextLine(text, at, nl, edits, isHeading);
    at = nl + 1;
  }
  iconEdits(text, edits);
  return applyEdits(text, edits);
}

function repairTextLine(text: string, start: number, end: number, edits: Edit[], isHeading: (s: string) => boolean): void {
  const line = text.slice(start, end);
  if (line.length < 12) return;
  // bullets glued inline: a break before every "•" after the first character
  let bullets = 0;
  for (let i = 1; i < line.length; i++) if (line[i] === "•") bullets++;
  if (bullets >= 2 || (bullets === 1 && line.trimStart()[0] !== "•" && BULLET_AFTER_STOP_RE.test(line))) {
    for (let i = 1; i < line.length; i++) {
      if (line[i] !== "•") continue;
      let s = i;
      while (s > 0 && (line[s - 1] === " " || line[s - 1] === "\t")) s--;
      if (s === 0) continue;
      edits.push({ start: start + s, end: start + i, insert: "\n" });
    }
  }
  // "Heading<TAB>text" and "a<TAB><TAB>b": tabs where blocks were
  const tab = line.indexOf("\t");
  if (tab > 0) {
    const segments = line.split(TABS_SPLIT_RE);
    const first = segments[0].trim();
    if (segments.length >= 3 || (first.length <= 60 && isHeading(first))) {
      for (const m of line.matchAll(new RegExp(TAB_RUNS_RE.source, TAB_RUNS_RE.flags))) {
        const i = m.index ?? 0;
        if (i === 0 || i + m[0].length >= line.length) continue;
        edits.push({ start: start + i, end: start + i + m[0].length, insert: "\n" });
      }
    }
  }
  // one long line with wide gaps: "Remote - US   Apply"
  if (line.length > 160) {
    const re = WIDE_GAP_SCAN;
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const i = m.index;
      edits.push({ start: start + i, end: start + i + m[0].length, insert: "\n" });
    }
  }
}

const LIGATURES = new Set(ICON_LIGATURE_WORDS);
const GLYPHS = new Set(ICON_GLYPHS);

/**
 * A header fact without the pictograph boards print before it ("📍 Oslo, Norway" → "Oslo, Norway").
 * The glyph stays in the text (it keeps a short line from reading as a heading); the facts are read without it.
 */
export function withoutIcon(text: string): string {
  const m = ICON_GLYPH_START_RE.exec(text);
  return m && GLYPHS.has(m[1].replace("\uFE0F", "")) ? text.slice(m[0].length) : text;
}
const ICON_LINE_MAX = 90;

/**
 * An icon font's ligature word before a header fact, dropped: "location_on Leeds, UK", "schedule
 * Full-time" (the word is the icon's name, never text a reader sees).
 */
function iconEdits(text: string, edits: Edit[]): void {
  const lines: { start: number; line: string }[] = [];
  for (let at = 0; at <= text.length; ) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    lines.push({ start: at, line: text.slice(at, nl) });
    at = nl + 1;
  }
  lines.forEach(({ start, line }) => {
    if (line.length > ICON_LINE_MAX) return;
    const w = ICON_WORD_START_RE.exec(line);
    // the fact after the word is short, not a sentence ("home Office days are Tuesdays and …" stays)
    if (w && LIGATURES.has(w[1]) && line.length - w[0].length <= 60 && !SENTENCE_PUNCT_END_RE.test(line.trimEnd())) {
      const from = start + w.index + w[0].indexOf(w[1]);
      edits.push({ start: from, end: start + w[0].length, insert: "" });
      return;
    }
  });
}
