import { describe, expect, it } from "vitest";
import { parseEmploymentType } from "../../src/fields/employment.js";
import { parseJobPosting } from "../../src/index.js";

type Type = "full-time" | "part-time" | "contract" | "temporary" | "internship" | "freelance" | "volunteer";

// Badges, labels and short lines as boards show them, in six languages.
const BADGES: [string, Type][] = [
  ["Casual/Vacation", "part-time"], ["Casual position, 15–25 hours a week", "part-time"],
  ["Pełny etat", "full-time"], ["Umowa o pracę", "full-time"], ["Umowa B2B", "contract"], ["Umowa zlecenie", "contract"], ["Pół etatu", "part-time"],
  ["Umowa o pracę na czas określony", "temporary"], ["Staż", "internship"], ["Vast contract", "full-time"], ["Deeltijd (24 uur)", "part-time"],
  ["Tijdelijk contract", "temporary"], ["Stagiair marketing", "internship"], ["Toàn thời gian", "full-time"], ["Bán thời gian", "part-time"],
  ["정규직", "full-time"], ["계약직", "contract"], ["인턴", "internship"], ["Contrato sem termo", "full-time"],
  ["Full Time", "full-time"],
  // an icon before the badge; a length given to a temporary or fixed-term contract; Spanish fixed term
  ["⏱ Stage", "internship"], ["📄 Contrato temporal · 3 meses", "temporary"], ["12-month fixed-term contract", "temporary"],
  ["Plazo fijo (por obra, 14 meses)", "temporary"], ["6 month contract", "contract"],
  ["Full-time · Hybrid", "full-time"],
  ["Part-time", "part-time"],
  ["Permanent, full-time", "full-time"],
  ["Contract W2, Contract Corp-To-Corp, 3 Months", "contract"],
  ["£450 per day, Outside IR35", "contract"],
  ["Inside IR35 · 6 month contract", "contract"],
  ["Contract to hire", "contract"],
  ["Freelance", "freelance"],
  ["Temporary", "temporary"],
  ["Seasonal (November – January)", "temporary"],
  ["Internship", "internship"],
  ["Umowa o pracę, pełny etat", "full-time"],
  ["Pół etatu", "part-time"],
  ["Umowa zlecenie", "contract"],
  ["Staż", "internship"],
  ["Vast dienstverband", "full-time"],
  ["Deeltijd (24 uur)", "part-time"],
  ["ZZP", "freelance"],
  ["Toàn thời gian", "full-time"],
  ["Bán thời gian", "part-time"],
  ["Thực tập sinh", "internship"],
  ["Volunteer", "volunteer"],
  ["CDI", "full-time"],
  ["CDD de 6 mois", "temporary"],
  ["Stage", "internship"],
  ["Stage de fin d'études (6 mois)", "internship"],
  ["Alternance", "internship"],
  ["Temps partiel", "part-time"],
  ["Vollzeit", "full-time"],
  ["Teilzeit", "part-time"],
  ["Festanstellung, unbefristet", "full-time"],
  ["Werkstudent (m/w/d)", "part-time"],
  ["Befristet auf 2 Jahre", "temporary"],
  ["Ausbildung", "internship"],
  ["Jornada completa", "full-time"],
  ["Contrato indefinido", "full-time"],
  ["Prácticas", "internship"],
  ["Tiempo parcial", "part-time"],
  ["Tempo indeterminato", "full-time"],
  ["Tempo parziale", "part-time"],
  ["Estágio", "internship"],
  ["Redakteur:in (40 Wochenstunden)", "full-time"],
  ["20 hours per week", "part-time"],
  ["RemoteProductFull time", "full-time"],
  ["Rate: £450 per day", "contract"],
  ["TJM : 550 €/jour", "contract"],
];

// Words that look like a job type and are not one.
const NOT_TYPES = [
  "We have a casual dress code", "Business casual attire",
  "Sprzedaż B2B", "Dobre praktyki programowania", "Praktyka czyni mistrza",
  "Early Stage startup",
  "Series A stage",
  "Swing stage training",
  "Höheres Gehalt abhängig von Erfahrung und Ausbildung",
  "Internal tools",
  "Contemporary art",
  "Temperature control",
  "Senior Backend Engineer",
  "Berlin, Germany",
  "We build payroll software",
  "",
];

describe("parseEmploymentType", () => {
  it.each(BADGES)("%s", (text, want) => {
    expect(parseEmploymentType(text, { glued: true })?.value).toBe(want);
  });
  it.each(NOT_TYPES)("finds no type in %j", (text) => {
    expect(parseEmploymentType(text)).toBeNull();
  });
});

const now = "2026-11-27";

describe("employment type detector", () => {
  it("reads a statement in the prose", () => {
    const r = parseJobPosting("Sandblaster\n\nPosition summary\n\nThis is a FULL TIME POSITION with overtime. Operate a man lift and swing stage safely.", { now });
    expect(r.employmentType).toBe("full-time");
  });

  it("does not take a candidate's past for the job's type", () => {
    const r = parseJobPosting("Staff Engineer\n\nRequirements\n\n- You have 7+ years of full-time experience in software engineering\n- Experience at an early stage startup", { now });
    expect(r.employmentType).toBeNull();
  });

  it("does not take full-time paid experience in a requirement for the job's type", () => {
    const r = parseJobPosting("Election Clerk\n\nMinimum qualifications\n\n- Two years of full-time paid experience in an office\n- A valid driver's license", { now });
    expect(r.employmentType).toBeNull();
  });

  it("reads a salaried position stated under the pay", () => {
    const r = parseJobPosting("Grant Writer\n\nCompensation\n\nThis is a full-time, salaried position with benefits.\n\nWhat you'll do\n\n- Write proposals", { now });
    expect(r.employmentType).toBe("full-time");
  });

  it("does not read an employment-contract disclaimer as a contract job", () => {
    const r = parseJobPosting("Painter\n\nAbout the role\n\nThis document does not create an employment contract, implied or otherwise.", { now });
    expect(r.employmentType).toBeNull();
  });

  it("reads a dated title as a fixed term", () => {
    const text = "Korrespondent:in (Büroleiter:in) Büro Belgrad (01.07.2026 – 30.06.2028)\n\nBeim Rundfunk wird folgende Funktion ausgeschrieben. Bewerbungen bis 8. Oktober.\n\nIhre Aufgaben\n\n- Berichte aus der Region schreiben\n- Das Büro leiten\n";
    const r = parseJobPosting(text, { now });
    expect(r.employmentType).toBe("temporary");
  });

  // the mode of a degree asked for is not the job's: Vietnamese, English, German, Polish
  it.each([
    ["Lập trình viên Front-end\n\nYêu cầu\n\n1. Đại học toàn thời gian chuyên ngành công nghệ thông tin, có ít nhất 2 năm kinh nghiệm", null],
    ["Data Analyst\n\nRequirements\n\n- A full-time university degree in statistics or economics\n- SQL and Python", null],
    ["Data Analyst\n\nRequirements\n\n- Bachelor's degree (full-time) in statistics\n- SQL and Python", null],
    ["Data Analyst\n\nAbout the role\n\nThis is a full-time role in our Leeds office.\n\nRequirements\n\n- A full-time university degree", "full-time"],
    ["Nhân viên kinh doanh\n\nMô tả công việc\n\nLàm việc toàn thời gian tại văn phòng Hà Nội, từ thứ 2 đến thứ 6.", "full-time"],
  ])("%j", (text, want) => {
    expect(parseJobPosting(text, { now }).employmentType).toBe(want);
  });
});

describe("an open-ended contract beside the hours", () => {
  it("takes 'Hours: Part time' over 'Contract: Permanent'", () => {
    const r = parseJobPosting(["Fundraising Officer", "Harbourside Trust", "", "Contract: Permanent", "Hours: Part time", "Salary: £28,000 pro rata"].join("\n"), { now: "2026-12-07" });
    expect(r.employmentType).toBe("part-time");
  });

  it("keeps 'Permanent' as full-time when nothing says the hours", () => {
    const r = parseJobPosting(["Payroll Analyst", "Cedar Foods", "", "Contract Type: Permanent", "Start date: 2027-01-04"].join("\n"), { now: "2026-12-07" });
    expect(r.employmentType).toBe("full-time");
  });
});
