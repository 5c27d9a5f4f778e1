import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const parse = (text: string, format: "text" | "markdown" | "html" = "text") => parseJobPosting(text, { now: "2026-12-07", format });

// "Job TitleSenior Backend Engineer": a label glued to its value is read; a brand written in one word is not
describe("glued labels and brands", () => {
  it("reads a label glued to a value of several words", () => {
    expect(parse("Job TitleWarehouse Team Leader\nLocationLeeds\n\nDuties\n- Lead the night shift").title).toBe("Warehouse Team Leader");
  });
  it.each([
    ["a board's logo link", "[JobRadar24](https://jobradar.example.ch/)\n\nRiverbank Foods AG\n\n# Lagerist (m/w/d)\n\nIhre Aufgaben\n\n- Kommissionieren", "markdown"],
    ["a logo link in a page's header", '<html><body><header><a href="https://jobradar.example.ch/" class="logo">JobRadar24</a><nav><a href="/jobs">Jobs</a><a href="/firmen">Firmen</a></nav></header><main><p>Riverbank Foods AG</p><h1>Lagerist (m/w/d)</h1><ul><li><span>Arbeitsort:</span> 8001 Zürich</li></ul><h2>Ihre Aufgaben</h2><ul><li>Kommissionieren</li></ul></main></body></html>', "html"],
    ["a brand on its own line", "JobRadar24\n\nRiverbank Foods AG\n\nLagerist (m/w/d)\n\nIhre Aufgaben:\n- Kommissionieren", "text"],
  ] as const)("%s is no title label", (_name, text, format) => {
    expect(parse(text, format).title).toBe("Lagerist (m/w/d)");
  });
});
