/**
 * Long texts drawn in blocks that the browser lays out only near the screen (CSS content-visibility),
 * so a 1 MB posting or record costs the page what a few screens cost. A block ends just after a line
 * break once it holds `size` characters (so lines are never cut), or at `4 × size` within a line too
 * long to wait for.
 */
export const BLOCK = 16_000;

/** Where the blocks of `text[from, to)` end, given `used` characters already in the open block. */
export function cuts(text: string, from: number, to: number, used: number, size = BLOCK): { at: number; close: boolean }[] {
  const out: { at: number; close: boolean }[] = [];
  let s = from;
  while (s < to) {
    if (used < size) {
      const take = whole(text, Math.min(to, s + (size - used)), to);
      out.push({ at: take, close: false });
      used += take - s;
      s = take;
      continue;
    }
    const nl = text.indexOf("\n", s);
    let cut = nl >= 0 && nl < to ? nl + 1 : to;
    const hard = 4 * size;
    if (used + cut - s >= hard) {
      cut = whole(text, s + Math.max(1, hard - used), to);
    }
    used += cut - s;
    const close = text.charCodeAt(cut - 1) === 10 || used >= hard;
    out.push({ at: cut, close });
    if (close) used = 0;
    s = cut;
  }
  return out;
}

// Never between the halves of a surrogate pair: one more code unit when `at` would split one.
function whole(text: string, at: number, to: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff && at < to ? at + 1 : at;
}

/** A block element holding `html` (or plain text), sized for the layout it skips. */
export function block(content: string, chars: number, lines: number, plain = false): HTMLDivElement {
  const div = document.createElement("div");
  div.className = "block";
  if (plain) div.textContent = content;
  else div.innerHTML = content;
  // a guess of its height until it is first drawn: its lines, and the wrapping of long ones
  div.style.containIntrinsicSize = `auto ${Math.round(20 * Math.max(lines, chars / 90))}px`;
  return div;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

/** Text as HTML that parses back to the very same characters (a CR too, which the parser would drop). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"\r]/g, (c) => ESCAPES[c]);
}

/**
 * Fills `el` with `text` (plain, no markup) in blocks, appended a few at a time so the page keeps
 * answering; resolves when all are in, or when `current()` turns false (a newer text replaced it).
 */
export function fillText(el: HTMLElement, text: string, current: () => boolean = () => true): Promise<void> {
  el.replaceChildren();
  const blocks: { text: string; lines: number }[] = [];
  let start = 0;
  let prev = 0;
  let lines = 0;
  for (const { at, close } of cuts(text, 0, text.length, 0)) {
    lines += countLines(text, prev, at);
    prev = at;
    if (close) {
      blocks.push({ text: text.slice(start, at), lines });
      start = at;
      lines = 0;
    }
  }
  if (start < text.length) blocks.push({ text: text.slice(start), lines });
  return appendSliced(el, blocks.length, (i) => block(blocks[i].text, blocks[i].text.length, blocks[i].lines, true), current);
}

/** Appends `count` elements made by `make`, for about 12 ms at a time; resolves when done or no longer `current`. */
export function appendSliced(el: HTMLElement, count: number, make: (i: number) => HTMLElement, current: () => boolean): Promise<void> {
  return new Promise((done) => {
    let next = 0;
    const step = () => {
      if (!current()) return done();
      const until = performance.now() + 12;
      while (next < count && performance.now() < until) el.append(make(next++));
      if (next < count) setTimeout(step, 0);
      else done();
    };
    step();
  });
}

export function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
