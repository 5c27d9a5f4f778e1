import { JSON_SCALAR_CHAR_RE } from "../patterns.js";

// Where each value of a JSON document sits in its text, so that a fact read from a page's JSON-LD
// can point at the characters it came from. The values themselves come from JSON.parse; this only
// finds their extents, and gives up (null) on anything JSON.parse would not have accepted.

/** The extent of one JSON value, and of its members or elements. */
export interface JsonAt {
  start: number;
  end: number;
  members?: Map<string, JsonAt>;
  elements?: JsonAt[];
}

const MAX_DEPTH = 64;

/** The extents of a JSON text's values, or null when it is not JSON (or nests deeper than 64). */
export function jsonPositions(text: string): JsonAt | null {
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const string = (): string | null => {
    if (text[i] !== '"') return null;
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) return null;
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return null;
    }
  };
  const value = (depth: number): JsonAt | null => {
    if (depth > MAX_DEPTH) return null;
    ws();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const members = new Map<string, JsonAt>();
      ws();
      if (text[i] === "}") return { start, end: ++i, members };
      for (;;) {
        ws();
        const key = string();
        if (key === null) return null;
        ws();
        if (text[i++] !== ":") return null;
        const v = value(depth + 1);
        if (!v) return null;
        if (!members.has(key)) members.set(key, v);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return { start, end: ++i, members };
        else return null;
      }
    }
    if (c === "[") {
      i++;
      const elements: JsonAt[] = [];
      ws();
      if (text[i] === "]") return { start, end: ++i, elements };
      for (;;) {
        const v = value(depth + 1);
        if (!v) return null;
        elements.push(v);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return { start, end: ++i, elements };
        else return null;
      }
    }
    if (c === '"') return string() === null ? null : { start, end: i };
    // number, true, false, null
    while (i < text.length && JSON_SCALAR_CHAR_RE.test(text[i])) i++;
    return i > start ? { start, end: i } : null;
  };
  const root = value(0);
  ws();
  return root && i === text.length ? root : null;
}
