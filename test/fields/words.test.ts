import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPhraseIn, findIn, findPhrase, isSpaceUnit, lowered, phraseCandidates } from "../../src/fields/words.js";

// The scan findIn made before it was indexed by the text's words: every index must keep its answers.
// (The Turkish "İ" lowers to "i", so a text that holds one is still searched case-insensitively.)
function scan(text: string, needle: string, from = 0, glued = false): number {
  const low = text.replaceAll("İ", "i").toLowerCase();
  const lower = low.length === text.length ? low : text;
  const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const isLower = (ch: string | undefined) => ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
  const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  for (let i = lower.indexOf(needle, from); i >= 0; i = lower.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    const startOk = !word(i === 0 ? " " : lower[i - 1]) || (glued && isLower(text[i - 1]) && isUpper(text[i]));
    const endOk = !word(lower[end] ?? " ") || (glued && isLower(text[end - 1]) && isUpper(text[end]));
    if (startOk && endOk) return i;
  }
  return -1;
}

describe("findIn and phraseCandidates (indexed by the text's words)", () => {
  const rows: [string, string, boolean, number][] = [
    ["We offer a full time position with flexible hours in Lyon", "full time", false, 11],
    ["We offer a full-time position with flexible hours in Lyon", "full time", false, -1],
    ["Badges: RemoteProductFull time, apply on our careers page", "full time", false, -1],
    ["Badges: RemoteProductFull time, apply on our careers page", "full time", true, 21],
    ["Badges: Full TimeHybrid and a long tail of other badge words", "full time", true, 8],
    ["Kein Homeoffice möglich, Arbeit vor Ort in unserem Büro in Köln", "vor ort", false, 32],
    ["Stellenbeschreibung: Teilzeitkraft gesucht für unser Team in Bonn", "teilzeit", false, -1],
    ["İstanbul ofisimizde tam zamanlı çalışacak bir mühendis arıyoruz", "tam zamanlı", false, 20],
    ["İlan: Tam Zamanlı, İş Yerinde", "tam zamanlı", false, 6],
    ["İlan: Tam Zamanlı, İş Yerinde", "iş yerinde", false, 19],
    ["The posting says (m/w/d) after the title of the role, as boards do", "(m/w/d)", false, 17],
    // a phrase that opens with a sign still needs an edge before it, as it always did
    ["Salary: 50k/yr plus a bonus for everyone who joins this quarter", "/yr", false, -1],
    ["Salary: 50k /yr plus a bonus for everyone who joins this quarter", "/yr", false, 12],
  ];
  it.each(rows)("%s ← %s (glued %s)", (text, needle, glued, at) => {
    expect(findIn(lowered(text), needle, 0, glued)).toBe(at);
    expect(scan(text, needle, 0, glued)).toBe(at);
  });

  it("finds what the plain scan finds, for any text, needle, start and glued", () => {
    const piece = fc.constantFrom("a", "b", "ab", "ba", "A", "B", "aB", " ", " ", "-", "/", "(", "é", "É", "1", "İ", "x y", "\n");
    const text = fc.array(piece, { minLength: 8, maxLength: 40 }).map((p) => p.join(""));
    const needle = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join("").toLowerCase());
    fc.assert(
      fc.property(text, needle, fc.nat(30), fc.boolean(), (t, n, from, glued) => {
        expect(findIn(lowered(t), n, from, glued)).toBe(scan(t, n, from, glued));
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves out of a list's candidates only phrases that do not stand in the text", () => {
    const piece = fc.constantFrom("a", "b", "ab", "A", "aB", " ", "-", "/", "é", "1", "x y");
    const text = fc.array(piece, { minLength: 8, maxLength: 40 }).map((p) => p.join(""));
    const list = fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join("").toLowerCase()), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(text, list, fc.boolean(), (t, phrases, glued) => {
        const hay = lowered(t);
        const kept = new Set(phraseCandidates(hay, phrases, glued));
        phrases.forEach((p, i) => {
          if (!kept.has(i)) expect(scan(t, p, 0, glued)).toBe(-1);
        });
        expect([...kept]).toEqual([...kept].sort((a, b) => a - b));
        expect(anyPhraseIn(hay, phrases, glued)).toBe(phrases.some((p) => scan(t, p, 0, glued) >= 0));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a phrase list by its words: the hits of a constant list, in list order", () => {
    const list = ["remote", "hybrid", "on site", "work from home", "vor ort"];
    const text = "This role is hybrid: two days on site in Berlin, the rest work from home.";
    const hay = lowered(text);
    expect(phraseCandidates(hay, list).map((i) => list[i])).toEqual(["hybrid", "on site", "work from home"]);
    expect(findPhrase(text, "Work From Home")).toBe(text.indexOf("work from home"));
    expect(anyPhraseIn(lowered("Nothing about the place of work in this sentence at all"), list)).toBe(false);
  });
});

describe("isSpaceUnit", () => {
  it("reads every UTF-16 unit as a regex's \\s does (tabs, line ends, no-break and wide spaces, the byte-order mark)", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(["\t", "\n", "\u00a0", "\u2009", "\u3000", "\ufeff"].every((s) => isSpaceUnit(s.charCodeAt(0)))).toBe(true);
    expect(["a", "-", "\u200b", "·"].some((s) => isSpaceUnit(s.charCodeAt(0)))).toBe(false);
  });
});
