import { FIRST_SENTENCE_END_RE, GLUED_ENUMERATOR_END_RE, ITEM_COMMA_RE, LOWER_LETTER_RE, UPPER_LETTER_RE } from "../patterns.js";
import { classifySectionHeading } from "../sections/classify.js";
import { classifyLeadIn, exactHeading, labelField } from "../sections/phrases.js";

/** How far from the end a glued heading may start (characters). */
const TAIL_REACH = 120;
/** Closing marks after which a capital opens a new line that was lost: ". ", ")", "!", "?", ":". */
const CLOSERS = ".)!?;:";
/** Most words of a tail after a glued enumerator ("…năm2. Bảo hiểm & chăm sóc sức khỏe toàn diện:"; Vietnamese writes a syllable a word). */
const NUMBERED_TAIL_WORDS = 12;

/**
 * A sub-heading glued to the end of the line before it when the line breaks were lost (TopCV,
 * France Travail copies): "Được ghi nhận kịp thời.(-) Chế độ phúc lợi:", "…is preferredCharacter
 * traits we look out for:", "…à jour (FIMO) Vos avantages:", "…industrielle Rémunération :".
 * The tail must end in ":" and start with a capital at a lost break: after a closing mark, or glued
 * to a lower-case word (a capitalised word glued to it, "NodeExperience", or a mere space only when
 * the tail names a section). Returns the line without the tail and the tail, or null.
 */
export function headingTail(text: string): { head: string; tail: string } | null {
  if (text.length < 16 || text.length > 2000) return null;
  const last = text[text.length - 1];
  if (last !== ":" && last !== "：") return null;
  const body = text.slice(0, -1).trimEnd();
  for (let i = body.length - 1; i > 1 && body.length - i <= TAIL_REACH; i--) {
    if (!UPPER_LETTER_RE.test(body[i])) continue;
    const prev = body[i - 1];
    // glued: a mark or a lower-case word right before the capital, no space (the break was lost there);
    // spaced: ". Benefits:" is also how prose goes on, so only a tail that names a section counts
    let how: "closed" | "spaced" | "numbered" | "glued" | "camel" | "space";
    if (LOWER_LETTER_RE.test(prev)) how = lowerWord(body, i) ? "glued" : "camel";
    else if (CLOSERS.includes(prev)) how = "closed";
    // ("…hàng năm2. Bảo hiểm:": the next heading's number glued to the line, the break lost before it)
    else if (prev === " ") how = CLOSERS.includes(body[i - 2]) ? (GLUED_ENUMERATOR_END_RE.test(body.slice(0, i - 1)) ? "numbered" : "spaced") : "space";
    else continue;
    const tail = body.slice(i).trim();
    // "(Bereich: KI & AI) bieten wir:": a tail that closes a bracket it did not open began inside it
    if (count(tail, ")") > count(tail, "(")) continue;
    let head = body.slice(0, i).trim();
    if (head.split(" ").length < 2 || head.length < 12) continue;
    const words = tail.split(" ").length;
    if (words > 16) break;
    const cls = classifySectionHeading(tail).cls ?? classifyLeadIn(tail);
    const ok =
      how === "numbered"
        ? cls !== null || words <= NUMBERED_TAIL_WORDS
        : how === "closed"
        ? cls !== null || words <= 8
        : how === "glued"
          ? cls !== null || (words >= 2 && words <= 8)
          : how === "camel" || how === "spaced"
            ? cls !== null
            : cls?.kind !== undefined && words <= 4;
    // "We are looking to recruit a Candidate:": a head ending on a small word goes on into the tail
    // ("Preferred Soft Skills:", "Bonus Points For (Nice-to-Haves):": a short head in capitals is the heading's own first words)
    // ("As a Senior Data Engineer you will:": a run of capitalised words going on across the cut is a name, not a lost break;
    // "Reporting to the FP&A Manager, you will:": a tail with a comma is the sentence going on)
    if (!ok || (how === "space" && (lastWord(head).length <= 3 || titleWordsOnly(head) || titleCased(lastWord(head)) || tail.includes(",")))) continue;
    // "…lần/năm2." / "…Flutter.c.": the next heading's number stays with it, not with the line
    head = head.replace(GLUED_ENUMERATOR_END_RE, "").trimEnd();
    return { head, tail: tail };
  }
  return null;
}

// Most words of a head in capitals that is read as the start of the heading after it.
const TITLE_HEAD_WORDS = 3;

/** Whether a line's head is a few capitalised words: "Preferred Soft", "Bonus Points". */
function titleWordsOnly(head: string): boolean {
  const words = head.split(" ");
  // (a line in capitals, "FOR INQUIRIES, PLEASE", says nothing by its capitals)
  return words.length <= TITLE_HEAD_WORDS && !head.includes(",") && head !== head.toUpperCase() && words.every((w) => UPPER_LETTER_RE.test(w[0] ?? ""));
}

/** How far from the start a heading glued to the line under it may end (characters), and its most words. */
const HEAD_REACH = 80;
const HEAD_WORDS = 8;

/**
 * A heading glued to the start of the paragraph under it when the line break was lost: "What we
 * offer colleaguesWe consider…", "Ihre AufgabenSie betreuen…", "Nos avantagesVous bénéficiez…". The
 * head ends on a lower-case letter with the next sentence's capital glued to it, and must name a
 * section kind by itself. Returns the heading and the rest of the line, or null.
 */
export function headingHead(text: string): { head: string; rest: string } | null {
  if (text.length < 30) return null;
  for (let i = 2; i < text.length && i <= HEAD_REACH; i++) {
    if (!UPPER_LETTER_RE.test(text[i]) || !LOWER_LETTER_RE.test(text[i - 1])) continue;
    // a name written in camel case ("GitHub", "TravelPerk") is no lost break: the word must open in lower case
    if (!lowerWord(text, i)) return null;
    const head = text.slice(0, i).trim();
    const rest = text.slice(i).trim();
    if (rest.length < 20 || head.split(" ").length > HEAD_WORDS) return null;
    const cls = classifySectionHeading(head).cls;
    return cls?.kind ? { head, rest } : null;
  }
  return null;
}

/** Whether the word that ends right before `i` is written in lower case ("preferred" in "preferredCharacter"). */
function lowerWord(body: string, i: number): boolean {
  let s = i - 1;
  while (s > 0 && body[s - 1] !== " " && !CLOSERS.includes(body[s - 1])) s--;
  return LOWER_LETTER_RE.test(body[s]);
}

/** The last word of a text. */
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

/** Whether a word is written in Title Case: a capital, then lower-case letters ("Data", not "JIRA"). */
function titleCased(word: string): boolean {
  return UPPER_LETTER_RE.test(word[0] ?? "") && [...word.slice(1)].some((c) => LOWER_LETTER_RE.test(c));
}

/** How many times `ch` occurs in `text`. */
function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** Kinds whose label may lead a paragraph of its own items ("Nice to have: …", "Avantages : …"); a "Soft skills : …" or "Expérience : …" line is a labelled item of the list it stands in. */
const LABELLED_LIST_KINDS = new Set(["nice-to-have", "benefits"]);
/** The longest label before the colon, in characters. */
const LABEL_REACH = 50;
/** The longest piece between commas that is still an item of a comma list. */
const COMMA_ITEM = 60;
/** The longest piece of a list written on one line after its list's label ("Si offre: …, …"). */
const LABELLED_PIECE = 100;
/** The longest rest that is one item. */
const ONE_ITEM = 200;
/** Words that join the last piece of a list: "…, RTT et mutuelle", "…, teamwork and". */
export const LIST_JOINERS = new Set(["and", "or", "et", "ou", "und", "oder", "y", "o", "e", "i", "oraz", "lub", "en", "of", "och", "og"]);

/**
 * A paragraph led by a list heading and its colon: "Wünschenswert: Erfahrung mit Power BI.",
 * "Avantages : 13e mois, intéressement, RTT", "Diferenciais: cursando Administração; experiência com
 * TOTVS". The label must be a lexicon heading of a list kind, exactly; the rest is one item, or its
 * pieces when ";" joins them or three or more short pieces are joined by commas. Null otherwise.
 */
export function labelledList(text: string): { label: string; items: string[] } | null {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > LABEL_REACH) return null;
  const label = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  // "Profil :- Première expérience…": a bullet glued to its heading is read as the list's first line
  if (!rest || rest.length < 3 || "-–•·*▪●◦".includes(rest[0])) return null;
  const kind = exactHeading(label)?.kind;
  // "Experience: 2+ years…", "Education: Bachelor's": a field's label and its value, read as a fact
  if (!kind || !LABELLED_LIST_KINDS.has(kind) || labelField(label)) return null;
  // prose under a label ("…procedures. Knowledge of…") is no list
  if (rest.slice(0, -1).includes(". ")) return null;
  // (under a list's own label a piece may be longer: "inquadramento e RAL commisurati all'esperienza (indicativamente …)")
  const pieces = delimitedList(rest, 3, Infinity, LABELLED_PIECE);
  if (pieces) return { label, items: pieces };
  if (rest.split(";").filter((p) => p.trim()).length >= 2) return null;
  // one item is a line, not a paragraph of prose under a label
  return rest.length <= ONE_ITEM ? { label, items: [rest] } : null;
}

/** Marks that part a list written on one line besides ";" and ",": "Java | Spring Boot | Kafka", "Go · SQL · Git". */
const LINE_SEPARATORS = [" | ", " · ", " • ", " ▪ "];

/**
 * The items of a list written as one line or paragraph: two or more pieces parted by ";", three or
 * more short pieces parted by "|" or "·", or `commas` or more short pieces (of at most `commaWords` words)
 * parted by commas ("…, RTT et mutuelle": the joining word goes). Prose ("We build tools. You ship them.") is no list. Null otherwise.
 */
export function delimitedList(text: string, commas: number, commaWords = Infinity, pieceLen = COMMA_ITEM): string[] | null {
  const rest = text.trim();
  if (FIRST_SENTENCE_END_RE.test(rest.slice(0, -1))) return null;
  const bySemicolon = rest.split(";").map((p) => p.trim()).filter(Boolean);
  if (bySemicolon.length >= 2) return bySemicolon.every((p) => p.length <= ONE_ITEM) ? bySemicolon : null;
  for (const sep of LINE_SEPARATORS) {
    if (!rest.includes(sep)) continue;
    const parts = rest.split(sep).map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 3 && parts.every((p) => p.length <= pieceLen)) return parts;
  }
  // ("paga oraria lorda 10,35 €": a decimal comma cuts nothing)
  const byComma = rest.split(ITEM_COMMA_RE).map((p) => p.trim()).filter(Boolean);
  if (byComma.length >= commas && byComma.every((p) => p.length <= pieceLen && p.split(" ").length <= commaWords)) {
    const last = byComma[byComma.length - 1];
    const space = last.indexOf(" ");
    if (space > 0 && LIST_JOINERS.has(last.slice(0, space).toLowerCase())) byComma[byComma.length - 1] = last.slice(space + 1);
    return byComma.map(withoutEnd);
  }
  return null;
}

// A piece without the full stop that closed the line: "Vale-transporte." → "Vale-transporte".
function withoutEnd(p: string): string {
  return p.endsWith(".") ? p.slice(0, -1) : p;
}

/** The fewest letters of the word a glued sentence opens with ("Tham", not the "Js" of "Node.Js"). */
const GLUED_WORD_MIN = 3;

/** The first character at or after `i` that is not a soft hyphen or a space. */
function firstLetter(text: string, i: number): string | undefined {
  while (i < text.length && (text[i] === "\u00ad" || text[i] === " ")) i++;
  return text[i];
}

/** Whether a character is a letter written in lower case, or in upper case. */
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * A list whose line breaks were lost with no space left between the items (TopCV, France Travail copies):
 * "…Bắc Mỹ.Tham gia…", "…làm gameThành thạo…". An item starts at a capital followed by a lower-case
 * letter that is glued to a full stop or to a word in lower case ("game", two letters at least), never
 * inside a name: "JavaScript", "iOS", "ASP.Net", "Node.Js", "RESTful" and "PDFs" stay whole. At least three pieces of two words or more; null otherwise.
 */
export function gluedItems(text: string): string[] | null {
  const cuts: number[] = [];
  let wordStart = 0;
  for (let i = 1; i + 1 < text.length; i++) {
    const prev = text[i - 1];
    if (prev === " " || prev === "\n" || prev === "\u00ad") wordStart = i;
    // "…wideorozmowy- wsparcie…": a bullet run into the end of the item before it
    if (prev === " " && text[i - 2] === "-" && i >= 3 && text[i - 3] !== " " && text[i - 3] !== "-" && (isLower(text[i]) || isUpper(text[i]))) {
      cuts.push(i);
      continue;
    }
    if (!isUpper(text[i]) || !isLower(text[i + 1])) continue;
    let letters = 0;
    while (i + letters < text.length && (isUpper(text[i + letters]) || isLower(text[i + letters]))) letters++;
    const left = text.slice(wordStart, i);
    let glued = false;
    // ("UX...Đóng": an ellipsis ends the item before whatever it follows)
    if (prev === "." || prev === "!" || prev === "?" || prev === "…" || prev === ";" || prev === ")") {
      const bare = ![...left].some((c) => isLower(c) || isUpper(c));
      glued = bare || left.endsWith("..") || prev === "…" || (letters >= GLUED_WORD_MIN && [...left].some(isLower));
    }
    else if (isLower(prev)) glued = left.length >= 2 && [...left].every(isLower);
    if (glued) cuts.push(i);
  }
  if (cuts.length < 2) return null;
  // a list that lost its breaks this way lost them everywhere: a full stop and a space before a capital end an item too
  for (let i = 2; i < text.length; i++) {
    if (text[i - 1] === " " && (text[i - 2] === "." || text[i - 2] === "!") && isUpper(firstLetter(text, i))) cuts.push(i);
  }
  cuts.sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    let piece = text.slice(from, at).trim();
    while (piece.startsWith("\u00ad") || piece.startsWith("- ")) piece = piece.slice(piece[0] === "-" ? 2 : 1).trim();
    if (piece.endsWith("-") && at < text.length) piece = piece.slice(0, -1).trimEnd();
    from = at;
    if (piece.split(" ").length < 2 && pieces.length > 0) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
  }
  // (the prose a lost list runs into is no item: a piece as long as a paragraph is left out)
  return pieces.length >= 3 && pieces.every((p) => p.split(" ").length >= 2) ? pieces.filter((p) => p.length <= GLUED_ITEM_MAX) : null;
}

/** The longest piece of a glued list kept as an item. */
const GLUED_ITEM_MAX = 400;
