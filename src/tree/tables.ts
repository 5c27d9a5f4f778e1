import { TABLE_COLUMN_WORDS } from "../lexicon/tables.js";
import { COLON_END_RE, DIGIT_RE, TABLE_DELIMITER_CELL_RE } from "../patterns.js";
import { labelField } from "../sections/phrases.js";

/**
 * Markdown pipe tables, which the Markdown reader (no GFM) leaves as a paragraph of `| a | b |`
 * lines. A table of two columns is label/value facts (`| Location | Denver, CO |` reads as
 * "Location: Denver, CO", the path every "Label: value" line takes); a header with one row under it
 * is a horizontal fact row (`| Hours | Pay |` over `| 24–32 | €18 |`); any other table gives one
 * item per row, its first cell leading the rest. The delimiter row (`|---|:--:|`) is never text.
 * HTML tables (mdast `table` nodes) are read by the same rules, their first row taken as data.
 */

/** What one line of a paragraph that holds a pipe table becomes: fact or prose paragraphs, a list item, or nothing. */
export type TableLine = { type: "paragraph" | "item"; texts: string[] } | null;

const COLUMN_WORDS = new Set(TABLE_COLUMN_WORDS);

/** The cells of a `| a | b |` line (outer pipes optional, `\|` kept as a pipe); null for a line without a pipe. */
export function pipeCells(line: string): string[] | null {
  if (!line.includes("|")) return null;
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && line[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (ch === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  const t = line.trim();
  if (t.startsWith("|")) cells.shift();
  if (t.endsWith("|") && !t.endsWith("\\|")) cells.pop();
  return cells;
}

function isDelimiter(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => TABLE_DELIMITER_CELL_RE.test(c));
}

/** "Skills:" and "Location" head a fact; a bare word ("Python") heads an item. */
function isLabel(cell: string): boolean {
  return COLON_END_RE.test(cell) || labelField(cell) !== null;
}

function fact(label: string, values: readonly string[]): string {
  const rest = values.filter(Boolean).join(", ");
  const head = label.replace(COLON_END_RE, "").trim();
  return rest ? `${head}: ${rest}` : head;
}

/**
 * How each line of a paragraph reads when the paragraph holds a pipe table (a header line, then a
 * delimiter line, then rows); null when it holds none. Lines before and after the table stay prose.
 */
export function pipeTableLines(lines: readonly string[]): TableLine[] | null {
  const cells = lines.map(pipeCells);
  // a delimiter line with a line of cells above it opens a table; one paragraph may hold several
  const opens = (i: number) => i > 0 && cells[i] !== null && isDelimiter(cells[i] ?? []) && cells[i - 1] !== null;
  let delim = cells.findIndex((_, i) => opens(i));
  if (delim < 0) return null;
  const out: TableLine[] = lines.map((l) => ({ type: "paragraph", texts: [l] }));
  while (delim >= 0) {
    const headAt = delim - 1;
    let endAt = delim + 1;
    // the rows run to a line without a pipe, or to the header line of the next table
    while (endAt < lines.length && cells[endAt] !== null && !isDelimiter(cells[endAt] ?? []) && !opens(endAt + 1)) endAt++;
    const head = (cells[headAt] ?? []).filter((c, i, all) => c || i < all.length - 1);
    const read = readTable(head, cells.slice(delim + 1, endAt).map((r) => r ?? []), false);
    out[delim] = null;
    out[headAt] = read.head;
    read.rows.forEach((r, i) => (out[delim + 1 + i] = r));
    let next = -1;
    for (let i = endAt; i < lines.length && next < 0; i++) if (opens(i)) next = i;
    // a stray delimiter line after the rows is no text either
    if (endAt < lines.length && cells[endAt] !== null && isDelimiter(cells[endAt] ?? [])) out[endAt] = null;
    delim = next;
  }
  return out;
}

/**
 * How a table's header and rows read. A header with no rows is a row; a header over one row of values
 * is a horizontal fact row; the header of a two-column table is a fact of its own unless it names
 * the columns, or (`headerIsData` false, as Markdown writers add a header) unless it reads as none.
 */
export function readTable(head: readonly string[], rows: readonly (readonly string[])[], headerIsData: boolean): { head: TableLine; rows: TableLine[] } {
  const width = Math.max(head.length, ...rows.map((r) => r.length));
  const filled = (r: readonly string[]) => r.filter(Boolean);
  // a header with no rows under it is one row: "| Skills: | Backend | Python |"
  if (rows.length === 0) return { head: row(filled(head), width), rows: [] };
  const labels = head.filter(isLabel).length;
  // "| Uren | 24 uur |" over "| Locatie | Utrecht |" is two facts down, not one across: the row's first cell is a label too
  const across = head.length >= 3 || labels * 2 >= head.length;
  if (rows.length === 1 && head.length >= 2 && head.length === rows[0].length && across && !isLabel(rows[0][0])) {
    // a horizontal fact row: the header names the fields, the one row under it gives their values
    const facts = head.map((h, i) => (h && rows[0][i] ? fact(h, [rows[0][i]]) : "")).filter(Boolean);
    return { head: null, rows: [facts.length > 0 ? { type: "paragraph", texts: facts } : null] };
  }
  // "| Field | Value |", "| Tool | Level |" name the columns; "| Uren | 24 - 32 uur |" is a fact
  const columns = head.every((h) => COLUMN_WORDS.has(h.toLowerCase().replace(COLON_END_RE, "")));
  const headFact = !columns && (headerIsData || (head.length === 2 && (isLabel(head[0]) || DIGIT_RE.test(head[1]))));
  return { head: headFact && (width === 2 || headerIsData) ? row(filled(head), width) : null, rows: rows.map((r) => row(filled(r), width)) };
}

function row(cells: readonly string[], width: number): TableLine {
  if (cells.length === 0) return null;
  if (cells.length === 1) return { type: "paragraph", texts: [cells[0]] };
  if (width === 2 || isLabel(cells[0])) return { type: "paragraph", texts: [fact(cells[0], cells.slice(1))] };
  return { type: "item", texts: [fact(cells[0], cells.slice(1))] };
}
