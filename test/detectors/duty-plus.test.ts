import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

// Invented postings: a line that says it is a plus stands in one list only.
describe("a duty that says it is optional is not also a plus", () => {
  it("keeps '(optional)' duties in the responsibilities only", () => {
    const text = ["## Your tasks", "", "- Prepare the annual accounts", "- Advise clients on payroll", "- Lead the junior team (optional)"].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.responsibilities).toContain("Lead the junior team (optional)");
    expect(r.niceToHave).not.toContain("Lead the junior team (optional)");
  });

  it("still takes a plus from a list with no kind of its own", () => {
    const text = ["## The role", "", "Some context about the role.", "", "## Other", "", "- Experience with Kafka is a plus", "- Spanish is a plus"].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.niceToHave).toEqual(expect.arrayContaining(["Experience with Kafka is a plus"]));
  });
});
