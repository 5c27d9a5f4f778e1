import type { Context } from "../context.js";
import type { Block } from "../tree/blocks.js";
import { lowered } from "../fields/words.js";

/**
 * A labelled value written inline, where flattened pages put several on one line
 * ("Kto szuka: Acme Sp. z o.o. Stanowisko: QA Engineer Lokalizacja: Rzeszów"): the value runs from
 * the label's colon to the next capitalised word that stands before a colon, or to the line's end.
 */
export function inlineLabel(ctx: Context, labels: readonly string[], maxBlocks = 40): { value: string; block: Block } | null {
  for (const b of ctx.blocks.slice(0, maxBlocks)) {
    const t = b.text;
    // (every label stands before a colon)
    if (!t.includes(":")) continue;
    // (perf: the lowercase form other detectors made of the block; `lowered` keeps the text as written when
    // lowering changes its length, or when it is lowercase already, and only then is it lowered here)
    const kept = lowered(t).lower;
    const low = kept !== t ? kept : t.toLowerCase();
    const hay = low.length === t.length ? low : t;
    for (const label of labels) {
      const needle = hay === low ? label.toLowerCase() : label;
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
        // a label is written capitalised: "Position Title:", "Stanowisko:"
        if (t[i] === low[i]) continue;
        // a list item is a label run's line only when the label opens it
        if (i > 0 && (b.type === "item" || !" \t;|•·".includes(t[i - 1]))) continue;
        let j = i + label.length;
        while (t[j] === " ") j++;
        if (t[j] !== ":") continue;
        const value = valueAfter(t, j + 1);
        if (value) return { value, block: b };
      }
    }
  }
  return null;
}

/** A label's value cut at the next inline label of its line ("Acme Sp. z o.o. Stanowisko: …" → "Acme Sp. z o.o."). */
export function ownValue(value: string): string {
  return valueAfter(value, 0) ?? value;
}

function valueAfter(t: string, from: number): string | null {
  let end = t.length;
  // the next "Label:" — a word (or two) with a capital directly before a colon
  for (let k = t.indexOf(":", from); k >= 0; k = t.indexOf(":", k + 1)) {
    // "https://…" and "10:30" are not labels
    if (t[k + 1] === "/" || (t[k + 1] >= "0" && t[k + 1] <= "9")) continue;
    let s = k;
    while (s > from && t[s - 1] === " ") s--;
    let w = s;
    while (w > from && t[w - 1] !== " ") w--;
    const word = t.slice(w, s);
    if (!word || word[0] === word[0].toLowerCase()) {
      // "Opis stanowiska podany przez pracodawcę:" — a lowercase label closes the value at its first capital word
      let c = w;
      let steps = 0;
      while (c > from && steps < 5) {
        let p = c - 1;
        while (p > from && t[p - 1] !== " ") p--;
        const pw = t.slice(p, c).trim();
        steps++;
        if (pw && pw[0] !== pw[0].toLowerCase()) {
          w = p;
          break;
        }
        c = p;
      }
      if (steps >= 5 || c <= from) continue;
    }
    end = w;
    break;
  }
  const value = trimValue(t.slice(from, end).trim());
  return value.length >= 2 && value.length <= 100 ? value : null;
}

/**
 * The name part of a value: up to a legal form ("Acme S.A. ul. Długa 9" → "Acme S.A."), without
 * lower-case words trailing it ("Rohlig Logistics są" → "Rohlig Logistics").
 */
function trimValue(value: string): string {
  const words = value.split(" ").filter(Boolean);
  const legal = words.findIndex((w, i) => i > 0 && LEGAL_END.has(w.toLowerCase()));
  let keep = legal + 1 + (legal >= 0 && words[legal].toLowerCase() === "sp." && words[legal + 2] ? 2 : 0);
  // a limited partnership goes on after its partner's form: "Rabenfeld GmbH & Co. KG"
  if (legal >= 0 && (words[keep] === "&" || words[keep] === "+") && CO_WORDS.has(words[keep + 1]?.toLowerCase()) && PARTNERSHIP_FORMS.has(words[keep + 2]?.toLowerCase())) keep += 3;
  let out = legal >= 0 ? words.slice(0, keep) : words;
  if (legal < 0 && out.length > 1) {
    let n = out.length;
    while (n > 1 && out[n - 1][0] === out[n - 1][0].toLowerCase() && out[n - 1][0] !== out[n - 1][0].toUpperCase()) n--;
    out = out.slice(0, n);
  }
  return out.join(" ");
}

const CO_WORDS = new Set(["co.", "co"]);
const PARTNERSHIP_FORMS = new Set(["kg", "kgaa", "ohg", "kg."]);
const LEGAL_END = new Set(["s.a.", "sp.", "gmbh", "ltd", "ltd.", "inc.", "llc", "s.c.", "sas", "s.l.", "ag"]);
