import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { hasHtmlStructure, markupHintsToText } from "../../src/input/markup-hints.js";
import { sniffFormat } from "../../src/input/sniff.js";

const NOW = "2026-11-27";
const parse = (s: string) => parseJobPosting(s, { now: NOW, evidence: true });

describe("text with a few HTML tags is text with markup hints", () => {
  it.each([
    ["inline tags and raw newlines", "Remote-first team.<br/><br/><strong>You will</strong>\n• Build APIs\n• Own on-call\n", "text"],
    ["<p> separators with newlines", "<p>Harbour Labs makes tide tables.</p>\n<p><b>Requirements</b></p>\n<p>Go, SQL</p>\n", "text"],
    ["Markdown with stray </br>", "# Baker\n\nWe bake bread.\n\n**Jo Bell**</br>\n**phone:** 0400 000 000</br>\n", "markdown"],
    ["a whole page", "<!doctype html><html><body><p>Hi</p></body></html>", "html"],
    ["an HTML fragment with lists", "<h2>Duties</h2>\n<ul>\n<li>Bake</li>\n<li>Clean</li>\n</ul>\n", "html"],
    ["one line of paragraphs", "<p>We bake.</p><p>You clean.</p><p>Apply now.</p>", "html"],
  ])("%s", (_name, text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it("tells structure from hints", () => {
    expect(hasHtmlStructure("<div><div>x</div></div>")).toBe(true);
    expect(hasHtmlStructure("Text <b>bold</b> and <br> breaks <p>para</p>")).toBe(false);
  });

  it("turns breaks, paragraphs, list items and bold lines into text layout, offsets mapped back", () => {
    const src = "Intro line<br/><strong>Benefits:</strong><br>\n<ul><li>Gym</li><li>Bonus</li></ul>";
    const r = markupHintsToText(src, false);
    expect(r.text).toContain("**Benefits:**");
    expect(r.text).toContain("\n• Gym");
    const at = r.text.indexOf("Gym");
    expect(src.slice(r.toSource(at), r.toSource(at + 3))).toBe("Gym");
  });

  it("a bold word inside a sentence is not a heading line", () => {
    const r = markupHintsToText("We are <b>very</b> small.", false);
    expect(r.text).toBe("We are very small.");
  });

  it("links keep their target, its offsets exact", () => {
    const src = 'Apply <a href="https://jobs.example/7">here</a> today';
    expect(markupHintsToText(src, true).text).toBe("Apply <https://jobs.example/7> here today");
    const r = markupHintsToText(src, false);
    expect(r.text).toBe("Apply https://jobs.example/7 here today");
    const at = r.text.indexOf("https");
    expect(src.slice(r.toSource(at), r.toSource(at + 22))).toBe("https://jobs.example/7");
    expect(markupHintsToText('See <a href="https://x.example/a">https://x.example/a</a>.', false).text).toBe("See https://x.example/a.");
  });

  it("never gives an empty description from an API description field with words", () => {
    const r = parse("Remote-first payments team in Lisbon.<br/><br/><strong>You will</strong>\n• Build APIs for merchants\n• Own on-call for the ledger\n<br/><strong>You have</strong>\n• 4 years of Kotlin\n• Care for tests");
    expect(r.description.length).toBeGreaterThan(40);
    expect(r.responsibilities).toEqual(["Build APIs for merchants", "Own on-call for the ledger"]);
    expect(r.requirements).toEqual(["4 years of Kotlin", "Care for tests"]);
  });

  it("keeps raw newlines of a text with <p> tags: each Key: Value line stays a line", () => {
    const r = parse("<p>Senior Baker</p>\nLocation: Leeds, UK\nSalary: £30,000 - £34,000 per year\n<p>We bake sourdough for cafés across Yorkshire and need a night baker to lead the shift.</p>");
    expect(r.locations[0]).toMatchObject({ city: "Leeds", countryCode: "GB" });
    expect(r.salary).toMatchObject({ min: 30000, max: 34000, currency: "GBP" });
  });
});
