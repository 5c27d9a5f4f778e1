import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { looksBinary } from "../../src/input/decode.js";
import { normalizeText } from "../../src/input/normalize.js";
import { InputError, prepareInput } from "../../src/input/prepare.js";

const NOW = "2026-11-27";

// UTF-8 bytes shown one character per byte, as ISO-8859-1 shows them (C1 controls for 0x80–0x9F).
const latin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

describe("mojibake of ISO-8859-1 and Windows-1252, entities, control characters", () => {
  it.each([
    ["an apostrophe as C1 controls", latin1("We’re hiring"), "We’re hiring"],
    ["a bullet as C1 controls", latin1("• Build APIs"), "• Build APIs"],
    ["a no-break space as Â + NBSP", latin1("Salary:\u00a0€50k"), "Salary: €50k"],
    ["accents", latin1("Zürich, Genève, København"), "Zürich, Genève, København"],
    ["Windows-1252 mojibake still", "weâ€™re in CafÃ©", "we’re in Café"],
    ["an HTML5 entity", "K&oslash;benhavn &rarr; Malm&ouml;", "København → Malmö"],
    ["a long entity name", "&CounterClockwiseContourIntegral;", "∳"],
    ["a numeric entity in the Windows-1252 range", "we&#146;re", "we’re"],
    ["an unknown entity kept", "R&notanentity; D", "R&notanentity; D"],
    ["NULs and other controls dropped", "Engi\u0000neer\u0007 in Leeds\u0085", "Engineer in Leeds"],
    ["a form feed ends a line", "Page one\fPage two", "Page one\nPage two"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("keeps the offset map exact through the repair", () => {
    const input = "A " + latin1("“Lead” • Zürich") + " Z";
    const n = normalizeText(input);
    expect(n.text).toBe("A “Lead” • Zürich Z");
    const at = n.text.indexOf("Zürich");
    expect(input.slice(n.toOriginal(at), n.toOriginal(at + "Zürich".length))).toBe(latin1("Zürich"));
    expect(input.slice(n.toOriginal(n.text.length - 1))).toBe("Z");
  });

  it("a posting with a few NULs spliced in is read, not refused as binary", () => {
    const text = "Night Baker\n\nCrumb & Co bakes bread for Bristol cafés.\u0000 We need a night baker.\n\nWhat you will do\n• Bake\u0000 sourdough\n• Clean the ovens\n";
    expect(looksBinary(text)).toBe(false);
    const r = parseJobPosting(text, { now: NOW });
    expect(r.description).toContain("Bake sourdough");
  });

  it("a short posting with many NULs is read when the rest is prose; random bytes are still binary", () => {
    const prose = "Se busca panadero para turno de noche en Cochabamba. Horario de lunes a viernes, sueldo según experiencia. Enviar hoja de vida al correo de la panadería antes del fin de mes; se valora experiencia en masas madre y hornos de piso. Ofrecemos contrato fijo y buen ambiente.";
    let spliced = "";
    for (let i = 0; i < prose.length; i++) spliced += prose[i] + (i % 6 === 0 ? "\u0000\u0000" : "");
    expect(looksBinary(spliced)).toBe(false);
    let x = 7;
    const random = new TextDecoder().decode(Uint8Array.from({ length: 3000 }, () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), (x >> 8) & 0xff)));
    expect(looksBinary(random)).toBe(true);
  });

  it("binary is a high share of control bytes or a known signature", () => {
    expect(looksBinary("\u0000\u0001\u0002\u0003abc\u0000\u0000\u0005\u0006")).toBe(true);
    expect(() => prepareInput(new TextEncoder().encode("%PDF-1.7\n<< /Type /Page >>"))).toThrow(InputError);
  });

  it("evidence of a value after mojibake points at the broken bytes of the input", () => {
    const input = latin1("Senior Engineer\n\nLocation: Zürich, Switzerland\n\nWe’re a small team building payroll software for Swiss shops.\n");
    const r = parseJobPosting(input, { now: NOW, evidence: true });
    expect(r.locations[0]).toMatchObject({ city: "Zürich", countryCode: "CH" });
    const span = r.evidence!["locations[0]"].spans[0];
    expect(input.slice(span.start, span.end)).toContain(latin1("Zürich"));
  });
});

describe("styled letters are folded to plain ones, offsets exact", () => {
  it.each([
    ["mathematical sans-serif bold", "𝗥𝗲𝗾𝘂𝗶𝘀𝗶𝘁𝗼𝘀", "Requisitos"],
    ["mathematical bold", "𝐁𝐞𝐧𝐞𝐟𝐢𝐭𝐬:", "Benefits:"],
    ["mathematical italic and digits", "𝑌𝑜𝑢 𝑤𝑖𝑙𝑙 𝟑", "You will 3"],
    ["full-width letters", "Ｒｅｍｏｔｅ　ＯＫ", "Remote OK"],
    ["a ligature", "ﬁnance oﬃce", "finance office"],
    ["emoji are not letters", "🎯 Goals", "🎯 Goals"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("maps each plain letter back to its surrogate pair", () => {
    const input = "x 𝗥𝗲𝗾 y";
    const n = normalizeText(input);
    expect(n.text).toBe("x Req y");
    expect(input.slice(n.toOriginal(2), n.toOriginal(5))).toBe("𝗥𝗲𝗾");
    expect(input.slice(n.toOriginal(6))).toBe("y");
  });

  it("a styled heading is read as the heading it spells", () => {
    const text = "Analista de Dados\n\n𝗥𝗲𝘀𝗽𝗼𝗻𝘀𝗮𝗯𝗶𝗹𝗶𝗱𝗮𝗱𝗲𝘀\n• Criar painéis de vendas\n• Automatizar relatórios\n\n𝗥𝗲𝗾𝘂𝗶𝘀𝗶𝘁𝗼𝘀\n• SQL avançado\n• Python\n";
    const r = parseJobPosting(text, { now: NOW, evidence: true });
    expect(r.requirements).toEqual(["SQL avançado", "Python"]);
    const span = r.evidence!["requirements[0]"].spans[0];
    expect(text.slice(span.start, span.end)).toContain("SQL avançado");
  });
});

describe("a stray NUL inside JSON-LD", () => {
  it("a currency that is no code after the NUL is dropped is no currency; the record stays valid", () => {
    const html = '<!doctype html><html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Baker","baseSalary":{"currency":"#\u0000EUR","value":{"minValue":30000,"maxValue":34000,"unitText":"YEAR"}}}</script></head><body><p>We bake bread for cafés across Leeds every night of the week.</p></body></html>';
    const r = parseJobPosting(html, { now: NOW });
    expect(r.salary).toMatchObject({ min: 30000, max: 34000, currency: null });
  });
});
