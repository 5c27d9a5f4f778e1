// Table test of interview-step durations: invented steps in the shapes boards write them, and steps
// with no duration (or a number that is no duration) that must give null.
import { describe, expect, it } from "vitest";
import { durationMinutes } from "../../src/detectors/interview-process.js";
import { parseJobPosting } from "../../src/index.js";

const DURATIONS: [string, number][] = [
  ["Technical interview (60 minutes)", 60],
  ["Pairing (60 minutes) & system design (60 minutes)", 120],
  ["A half an hour call with our talent partner", 30],
  ["An hour and a half of pair programming on a real ticket", 90],
  ["Case study with the data team (1h30)", 90],
  ["On-site day: 1h45 with the founders", 105],
  ["3 × 30-minute interviews with future teammates", 90],
  ["2 x 45 min technical deep dives", 90],
  ["Intro call with the CTO (20’)", 20],
  ["A 30-minute call to get acquainted", 30],
  ["Entretien d'une demi-heure avec la RH", 30],
  ["Gespräch mit dem Team (eine Stunde)", 60],
  ["Rozmowa techniczna (45 minut)", 45],
  ["Kennismakingsgesprek van een half uur", 30],
];

const NO_DURATION = [
  "Culture fit conversation with two team leads",
  "Offer and references",
  "We are a 24/7 support team, 90’s music optional",
  "Take-home exercise (about 3 features)",
];

describe("durationMinutes", () => {
  it.each(DURATIONS)("reads %s", (text, want) => expect(durationMinutes(text)).toBe(want));
  it.each(NO_DURATION)("finds no duration in %s", (text) => expect(durationMinutes(text)).toBeNull());
});

describe("interview steps in a posting", () => {
  it("keeps a '20-minute' compound in the step name and takes '(1h30)' out of it", () => {
    const r = parseJobPosting("Analyst\n\nOur process\n\n- A 20-minute call with our recruiter\n- Case study (1h30)\n- Offer\n", { now: "2026-11-27" });
    expect(r.interviewProcess).toEqual([
      { name: "A 20-minute call with our recruiter", durationMinutes: 20 },
      { name: "Case study", durationMinutes: 90 },
      { name: "Offer", durationMinutes: null },
    ]);
  });

  it("reads steps told as prose when the interview section has no list", () => {
    const text = "Backend Engineer\n\nWhat you will do\n\n- Build APIs\n- Run services\n\nOur interview process\n\nWe keep it short. First, you will have a 30-minute call with our recruiter; then a technical interview of an hour with two engineers. Finally, we make an offer within a week.\n";
    const r = parseJobPosting(text, { now: "2026-11-27" });
    expect(r.interviewProcess.map((s) => s.durationMinutes)).toEqual([30, 60, null]);
    expect(r.interviewProcess[0].name).toMatch(/^First, you will have a 30-minute call/);
  });

  it("takes no steps from prose without ordinal words", () => {
    const text = "Backend Engineer\n\nWhat you will do\n\n- Build APIs\n- Run services\n\nOur interview process\n\nWe keep it short and friendly, and we answer every application within a week.\n";
    expect(parseJobPosting(text, { now: "2026-11-27" }).interviewProcess).toEqual([]);
  });
});

// Invented postings whose hiring steps are told in prose outside any interview section.
describe("interview steps told in a sentence or two", () => {
  const steps = (text: string) => (parseJobPosting(text, { format: "markdown", now: "2026-11-27" }).interviewProcess ?? []).map((s) => s.name);

  it("an enumeration after a sentence that names the process", () => {
    const text = "## About us\n\nWe build route planners for bike couriers. Our hiring process is short but careful: a 20-minute call with the founder, a technical interview with two engineers, and a paid day in Ghent to meet the team.";
    expect(steps(text)).toEqual(["a 20-minute call with the founder", "a technical interview with two engineers", "a paid day in Ghent to meet the team"]);
  });

  it("two sentences in a row that each name a step, under how to apply", () => {
    const text = "## How to apply\n\nSend us your CV and a short note. If your profile fits, we will invite you to a video interview with our lead developer. Shortlisted candidates then complete a take-home assignment of about three hours.";
    expect(steps(text)).toHaveLength(2);
  });

  // negatives
  it("a statement about interviews is no list of steps", () => {
    const text = "## Notes\n\nINTERVIEW NOTICE: I understand that all interviews for this vacancy, will be scheduled by phone or email.";
    expect(steps(text)).toEqual([]);
  });

  it("a figure after a hiring label is no list of steps", () => {
    const text = "## Details\n\nThe hiring range for this role is: $46,500 - $60,000 a year.";
    expect(steps(text)).toEqual([]);
  });

  it("two sentences naming interviews in a benefits section are no steps", () => {
    const text = "## Benefits\n\nWe pay travel costs for every interview. Candidates invited to an on-site interview get lunch with the team.";
    expect(steps(text)).toEqual([]);
  });
});
