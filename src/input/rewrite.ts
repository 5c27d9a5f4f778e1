import { mapBack } from "./offset-map.js";

/** One change to a text: replace `text.slice(start, end)` with `insert`. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** A rewritten text and the way back: `toSource(i)` is the offset in the text before the edits. */
export interface Rewritten {
  text: string;
  toSource(offset: number): number;
}

/** Applies non-overlapping edits (in any order) in one pass, keeping a map back to the source. */
export function applyEdits(source: string, edits: Edit[]): Rewritten {
  if (edits.length === 0) return { text: source, toSource: (i) => i };
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const outStarts: number[] = [0];
  const srcStarts: number[] = [0];
  let out = "";
  let last = 0;
  for (const e of sorted) {
    if (e.start < last) continue; // overlapping edit: the first one wins
    out += source.slice(last, e.start);
    outStarts.push(out.length);
    srcStarts.push(e.start);
    out += e.insert;
    last = e.end;
    outStarts.push(out.length);
    srcStarts.push(last);
  }
  out += source.slice(last);
  return {
    text: out,
    toSource: (offset: number): number => mapBack(outStarts, srcStarts, offset, source.length),
  };
}
