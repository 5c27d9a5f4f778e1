import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

// A board's keywords written as one labelled line, in the words of several languages (invented rows).
const ROWS: [string, string, string[]][] = [
  ["Spanish", "Chofer de reparto\n\nManejar la camioneta en ruta fija.\n\nPalabras clave: chofer, reparto, licencia tipo b", ["chofer", "reparto", "licencia tipo b"]],
  ["English", "Warehouse Operative\n\nPick and pack orders.\n\nKeywords: warehouse, forklift, night shift", ["warehouse", "forklift", "night shift"]],
  ["German", "Lagerhelfer (m/w/d)\n\nSie kommissionieren Waren.\n\nSchlagwörter: Lager, Logistik, Staplerschein", ["Lager", "Logistik", "Staplerschein"]],
  ["Portuguese", "Repositor de loja\n\nReposição dos lineares.\n\nPalavras-chave: retalho, reposição, part-time", ["retalho", "reposição", "part-time"]],
];

describe("tags from a labelled keywords line", () => {
  for (const [name, text, tags] of ROWS) {
    it(name, () => expect(parseJobPosting(text, { now: "2026-12-07" }).tags).toEqual(tags));
  }
  it("reads no tags from a sentence that mentions keywords", () => {
    expect(parseJobPosting("Data Analyst\n\nYou will track search keywords, ranking and traffic for our shop.", { now: "2026-12-07" }).tags).toEqual([]);
  });
});
