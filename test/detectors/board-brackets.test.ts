import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const parse = (text: string, format: "text" | "markdown" = "text") => parseJobPosting(text, { now: "2026-12-07", format });

describe("a board's name with a note in brackets is still the board's", () => {
  it("the page title's board part is no employer", () => {
    const r = parse("Title: Data Analyst at Brambleford Foods | Welcome to the Jungle (formerly Otta)\n\nURL Source: https://jobs.example.com/x\n\nMarkdown Content:\nBrambleford Foods\n\nData Analyst\n\n- £40k – £48k\n- Leeds, UK\n\n## What you'll do\n\n- Build dashboards", "markdown");
    expect(r.company).toBe("Brambleford Foods");
  });
});

describe("an ATS career site's menu entries are no employer", () => {
  it("reads the company line above the menu", () => {
    const r = parse("Skip to main content\nHollins Creek Plumbing, LLC\nCareer Center | Recruitment\nCurrent Openings\nMy Applications\nSign In\n\n< Back to Current Openings\n\nService Plumber\nReno, NV, US\nPosted 3 Days Ago\nFull Time\n\nJob Description\n\nHollins Creek Plumbing is a family business.\n\nResponsibilities\n- Repair leaks");
    expect(r.company).toBe("Hollins Creek Plumbing, LLC");
    expect(r.title).toBe("Service Plumber");
  });
});
