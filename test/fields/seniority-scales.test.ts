import { describe, expect, it } from "vitest";
import { seniorityFromLevel } from "../../src/fields/seniority.js";
import { parseJobPosting } from "../../src/index.js";

// Boards' level scales (invented values in their shapes) and an experience label whose value is a level.
describe("level scales of boards", () => {
  it.each([
    ["specjalista (Mid / Regular)", "mid"],
    ["starszy specjalista (Senior)", "senior"],
    ["młodszy specjalista (Junior)", "junior"],
    ["Mid Career", "mid"],
    ["Semi Senior", "mid"],
    ["Seniority Level: Mid", null],
    ["Regular customer contact", null],
  ] as const)("%s", (value, want) => {
    expect(seniorityFromLevel(value)).toBe(want);
  });
  it("an experience label whose value is a level gives the seniority", () => {
    const r = parseJobPosting("Customer Support Specialist\n\nExperience level\nMid-level\n\nWhat you'll do\n- Answer tickets", { now: "2026-12-07" });
    expect(r.seniority).toBe("mid");
  });
  it("an experience label with years gives no level by itself", () => {
    const r = parseJobPosting("Customer Support Specialist\n\nExperience: 2 years\n\nWhat you'll do\n- Answer tickets", { now: "2026-12-07" });
    expect(r.seniority).toBeNull();
  });
});
