import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

describe("parseJobPosting", () => {
  it("reads a minimal posting", () => {
    const r = parseJobPosting("Senior Backend Engineer\n\nAcme\n\nFull Time\n", { now: "2026-11-27" });
    expect(r.title).toBe("Senior Backend Engineer");
    expect(r.employmentType).toBe("full-time");
  });
});
