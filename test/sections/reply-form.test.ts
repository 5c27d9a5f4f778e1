import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { uiActionLine } from "../../src/sections/chrome-shapes.js";

const parse = (text: string) => parseJobPosting(text, { now: "2026-12-07", format: "text" });

// A classified board's reply form under the ad: its fields and button, one to a line, are chrome, in every language.
describe("a reply form's fields are no items", () => {
  it.each([
    ["it", "Offriamo:\n- contratto a tempo indeterminato\n- buoni pasto\n\nRispondi all'annuncio\nNome\nEmail\nTelefono\nMessaggio\nInvia", ["contratto a tempo indeterminato", "buoni pasto"]],
    ["en", "What we offer:\n- Free meals on shift\n- Paid breaks\n\nReply to this ad\nName\nEmail\nMessage\nSend", ["Free meals on shift", "Paid breaks"]],
    ["pl", "Oferujemy:\n- umowę o pracę\n- premie kwartalne\n\nOdpowiedz na ogłoszenie\nImię\nE-mail\nWiadomość\nWyślij", ["umowę o pracę", "premie kwartalne"]],
  ])("%s", (_lang, tail, want) => {
    const r = parse(`Commessa part time\n\nNegozio in centro cerca commessa.\n\n${tail}`);
    expect(r.benefits).toEqual(want);
  });
  it("two perks that are also form words stay perks", () => {
    const r = parse("Barista\n\nWe offer:\n- Name badge and uniform\n- Free coffee\n- Phone allowance\n");
    expect(r.benefits).toEqual(["Name badge and uniform", "Free coffee", "Phone allowance"]);
  });
});

describe("a button's object after an elided article", () => {
  it.each([["Rispondi all'annuncio", true], ["Voir l'offre", true], ["Prepara l'ordine del cliente", false]] as const)("%s", (line, want) => {
    expect(uiActionLine(line, true)).toBe(want);
  });
});
