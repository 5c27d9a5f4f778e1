import { describe, expect, it } from "vitest";
import { seniorityFromLevel, seniorityFromTitle, seniorityFromYears } from "../../src/fields/seniority.js";
import { parseJobPosting } from "../../src/index.js";

type Level = "intern" | "junior" | "mid" | "senior" | "lead" | "principal" | "executive";

// Titles as employers write them, and the level they name.
const TITLES: [string, Level][] = [
  ["Młodszy specjalista ds. sprzedaży", "junior"], ["Starszy księgowy", "senior"], ["Dyrektor finansowy", "executive"], ["Stażysta w dziale HR", "intern"],
  ["Teamleider logistiek", "lead"], ["Stagiair communicatie", "intern"], ["Thực tập sinh Marketing", "intern"], ["Fresher Java Developer", "junior"],
  ["[회사] 재무팀 팀장급", "lead"], ["백엔드 개발자 (신입)", "junior"],
  ["Senior Backend Engineer", "senior"],
  ["Sr. Data Analyst", "senior"],
  ["Junior Developer (m/w/d)", "junior"],
  ["Software Engineer II", "mid"],
  ["Software Engineer III", "senior"],
  ["Data Analyst I - Finance", "junior"],
  ["Staff Software Engineer", "lead"],
  ["Principal Product Manager", "principal"],
  ["Principal Staff Software Engineer", "principal"],
  ["VP of Engineering", "executive"],
  ["Head of Marketing", "executive"],
  ["Director, Finance", "executive"],
  ["Chief Technology Officer", "executive"],
  ["Managing Director", "executive"],
  ["Senior Engineering Manager", "senior"],
  ["Tech Lead, Payments", "lead"],
  ["Lead Data Scientist, Marketplace", "lead"],
  ["Marketing Intern (Summer 2027)", "intern"],
  ["Praktikant (m/w/d) Marketing", "intern"],
  ["Stagiaire Data Analyst", "intern"],
  ["Ausbildung Fachinformatiker Systemintegration", "intern"],
  ["Développeur confirmé", "senior"],
  ["Medior Data Engineer", "mid"],
  ["Mid-level Frontend Developer", "mid"],
  ["Desarrollador Semi Senior", "mid"],
  ["Entry-Level Sales Representative", "junior"],
  ["Graduate Software Engineer", "junior"],
  ["Associate Product Manager", "junior"],
  ["Founding Engineer (Rust)", "senior"],
  ["Senior NetSuite Solution Architect", "senior"],
  ["Teamleiter Kundenservice", "lead"],
  ["Engineering Manager, Payments", "lead"],
];

// Titles that name no level.
const NO_LEVEL = [
  "Product Designer",
  "Account Executive, Mid-Market",
  "Executive Assistant",
  "Library Staff",
  "Warehouse Associate",
  "Head Chef",
  "Copywriter",
  "Receptionist",
  "Steuerberater (m/w/d)",
  "Software Engineer - Full Stack",
  "Customer Success Manager (DACH)",
  "Solutions Architect",
  "",
];

describe("seniorityFromTitle", () => {
  it.each(TITLES)("%s", (title, level) => expect(seniorityFromTitle(title)).toBe(level));
  it.each(NO_LEVEL)("names no level in %j", (title) => expect(seniorityFromTitle(title)).toBeNull());
});

describe("seniorityFromLevel and seniorityFromYears", () => {
  it("reads board level values", () => {
    expect(seniorityFromLevel("Mid-Senior level")).toBe("senior");
    expect(seniorityFromLevel("Entry level")).toBe("junior");
    expect(seniorityFromLevel("Internship")).toBe("intern");
    expect(seniorityFromLevel("Director")).toBe("executive");
  });
  it("infers a level from the years asked for", () => {
    expect(seniorityFromYears(0, 2)).toBe("junior");
    expect(seniorityFromYears(3, 5)).toBe("mid");
    expect(seniorityFromYears(6, 8)).toBe("senior");
    expect(seniorityFromYears(3, null)).toBeNull();
    expect(seniorityFromYears(null, null)).toBeNull();
  });
});

describe("seniority detector", () => {
  const now = "2026-11-27";
  it("reads the level the prose gives the role", () => {
    const r = parseJobPosting("Our internship program lets students work on real projects.\n\nAs an intern, you will build a data pipeline for our lab.\n\nWhat you'll do\n\n- Analyse sequencing data", { now });
    expect(r.seniority).toBe("intern");
  });
  it("infers mid from 3-5 years when the title names no level", () => {
    const r = parseJobPosting("Product Designer\n\nHalcyon Loop\n\nRequirements\n\n- 3–5 years of experience designing web products", { now });
    expect(r.seniority).toBe("mid");
  });
});
