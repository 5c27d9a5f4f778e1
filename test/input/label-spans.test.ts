import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const parse = (html: string) => parseJobPosting(html, { now: "2026-12-07", format: "html" });
const page = (rows: string) => `<html><body><h1>Warehouse Associate</h1><ul class="meta">${rows}</ul><h2>What you will do</h2><ul><li>Pick and pack orders</li><li>Load trucks</li></ul></body></html>`;

// ATS job-fact rows written as two spans with no colon between them (Oracle, iCIMS and others)
describe("a label span and its value span", () => {
  it("read as one label and its value", () => {
    const r = parse(page(`<li><span class="t">Job Category</span><span class="v">Distribution</span></li><li><span class="t">Posting Date</span><span class="v">11/30/2026</span></li>`));
    expect(r.category).toBe("Distribution");
    expect(r.postedAt).toBe("2026-11-30");
  });
  it("keep a colon the value already carries", () => {
    const r = parse(page(`<li><span>Job Category</span><span>: Distribution</span></li>`));
    expect(r.category).toBe("Distribution");
  });
  it("leave two badges that are no label alone", () => {
    const r = parse(page(`<li><span>Full-time</span><span>Remote</span></li>`));
    expect(r.category).toBeNull();
    expect(r.employmentType).toBe("full-time");
  });
});
