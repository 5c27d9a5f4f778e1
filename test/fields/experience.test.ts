import { describe, expect, it } from "vitest";
import { parseExperience } from "../../src/fields/experience.js";
import { parseJobPosting } from "../../src/index.js";

// Requirement lines in the shapes of real postings, and the years they ask for.
const ROWS: [string, number | null, number | null][] = [
  ["You will have held a Chef de Partie position in a busy hotel kitchen for at least 2 years", 2, null],
  ["Python (4+ years)", 4, null],
  // Polish, Dutch, Vietnamese, Korean
  ["Min. 2 lata doświadczenia na podobnym stanowisku", 2, null],
  ["Masz co najmniej 3 lata doświadczenia w pracy z klientem", 3, null],
  ["Je hebt minimaal 4 jaar ervaring als accountmanager", 4, null],
  ["2-4 jaar werkervaring in de logistiek", 2, 4],
  ["Có ít nhất 2 năm kinh nghiệm ở vị trí tương đương", 2, null],
  ["Kinh nghiệm 01-03 năm lập trình web", 1, 3],
  ["경력 5년 이상", 5, null],
  ["관련 업무 경력 3년 이상이신 분", 3, null],
  ["5+ years of experience building web applications", 5, null],
  ["3-5 years of experience in a product design role", 3, 5],
  ["3 to 5 yrs of hands-on experience with Kubernetes", 3, 5],
  ["At least five years of professional experience in accounting", 5, null],
  ["someone with at least 3 years of production Rust", 3, null],
  ["Four (4) years of experience as a Software Engineer or closely related position", 4, null],
  ["and five (5) years of experience developing software using Java, of which one (1) year includes Rust", 5, null],
  ["8+ years of product management, including 2 in AI products", 8, null],
  ["Minimum 2 ans d'expérience sur un poste similaire", 2, null],
  ["Vous avez au moins 3 ans d'expérience en gestion de projet", 3, null],
  ["Expérience : 5 ans minimum en développement Java", 5, null],
  ["De 3 à 5 ans d'expérience en marketing digital", 3, 5],
  ["Mindestens 3 Jahre Berufserfahrung im Controlling", 3, null],
  ["Du bringst 2-3 Jahre Erfahrung in der Datenanalyse mit", 2, 3],
  ["Al menos 3 años de experiencia con React", 3, null],
  ["Experiencia mínima: 3 años en puestos similares", 3, null],
  ["Pelo menos 2 anos de experiência com Python", 2, null],
  ["Almeno 3 anni di esperienza nel ruolo", 3, null],
  ["5+ years building mobile apps", 5, null],
  ["You have 3+ years experience as a full-stack engineer", 3, null],
  ["Software development: 2 years (Preferred)", 2, null],
  ["2 years' experience in a busy kitchen", 2, null],
  ["Minimum of 2 years' experience as a receptionist", 2, null],
  ["0-2 years of experience; new graduates welcome", 0, 2],
  ["12+ months of experience with customer support tools", 1, null],
  ["Up to 2 years of experience in sales", null, 2],
  ["two to three years of experience in logistics", 2, 3],
  ["10+ yrs exp. in embedded C", 10, null],
  ["looking for another Developer (3+ years of experience) to join our team", 3, null],
  // the company's voice asking, more joins, glued lines, and the nl / pl / pt / vi lexicon
  ["We'd like 5+ years of experience with Go and Postgres.", 5, null],
  ["Polyglots welcome, but we would like to see 2+ years of commercial Python experience.", 2, null],
  ["Two years of full-time paid experience in an office setting.", 2, null],
  ["Degree in CS is required.3+ years of experience in the field.", 3, null],
  ["Vous avez une expérience significative entre 3 et 5 ans dans le SAV.", 3, 5],
  ["Min. 3 lata doświadczenia w prowadzeniu rekrutacji IT", 3, null],
  ["Co najmniej 1 rok doświadczenia na podobnym stanowisku", 1, null],
  ["Je hebt minimaal 3 jaar ervaring als data engineer.", 3, null],
  ["Minimaal 2 tot 4 jaar werkervaring in de logistiek", 2, 4],
  ["Có kinh nghiệm 1 năm lập trình Unity", 1, null],
  ["Đã có kinh nghiệm ít nhất 02-03 năm trong việc triển khai hồ sơ", 2, 3],
  ["Você tem 3 anos de experiência com Java e Spring", 3, null],
  // "over N years" that the candidate is asked for, after a sentence about the company
  ["We are a small studio in Leeds. Over 5 years of experience with React is required.", 5, null],
  ["Somos una consultora joven. Buscamos a alguien con más de 3 años de experiencia en SAP.", 3, null],
  ["Sie sind Entwickler mit über 5 Jahren Erfahrung in Java", 5, null],
  ["Candidates with over 4 years of experience in audit", 4, null],
  ["More than 2 years of SQL experience", 2, null],
  // "US" in capitals is the country, not the company's "us"
  ["Boston, MA, US · Job type Full-time · Experience 3+ years · Visa: will sponsor", 3, null],
];

// Years that are not experience: age, tenure, vesting, company history, degrees, contracts.
const NOT_EXPERIENCE = [
  "Posting for 3 years",
  "Maior de 18 anos.",
  "We have worked with hospitals across the region for over 20 years.",
  "Od 15 lat jesteśmy liderem na rynku opakowań",
  "Wij bestaan al 30 jaar en groeien nog steeds",
  "Xét tăng lương 2 lần/năm",
  "수습 기간 3개월",
  "A 4-year degree in Computer Science or a related field",
  "Applicants must be 18 years old or older",
  "Must be at least 21 years of age to drive our vans",
  "Founded 10 years ago in a garage in Leeds",
  "Equity vesting over 4 years with a 1 year cliff",
  "We have been in business for 30 years",
  "Wir sind eine Mediaagentur aus München mit über 25 Jahren Erfahrung.",
  "Our average tenure is 6 years",
  "For the past 15 years we have helped farmers sell direct",
  "This is a 6 month contract with a possible extension",
  "Celebrating 20 years of innovation this spring",
  "We ship to 40 countries",
  "Jesteśmy biurem projektowym, nasz zespół ma 15 lat doświadczenia w branży.",
  "Há mais de 19 anos de mercado, atuando no setor público.",
  "Pay: $10 - $13 an hour, no experience needed",
  "Thử việc 2 tháng, hưởng 85% lương",
  // the company's own history: "with over N years", or "over N years" opening a sentence after the company's own
  "Die Nordlicht Planungs GmbH ist ein Ingenieurbüro mit über 30 Jahren Erfahrung.",
  "Con más de 12 años de experiencia, somos referentes en la construcción de viviendas.",
  "Fort de plus de 20 ans d'expérience, le cabinet accompagne les PME.",
  "With over 25 years of experience in logistics, Harbourline moves goods across Europe.",
  "Dziś jesteśmy zespołem architektów z wieloletnią praktyką. Ponad 18 lat doświadczenia w branży oraz setki projektów.",
  "We are a family business from Porto. Over 30 years of experience in textile finishing.",
  "Somos uma empresa de engenharia com mais de 15 anos de experiência no setor.",
  "",
];

describe("parseExperience", () => {
  it.each(ROWS)("%s", (text, min, max) => {
    const hit = parseExperience(text);
    expect(hit).not.toBeNull();
    expect([hit?.minYears, hit?.maxYears]).toEqual([min, max]);
  });
  it.each(NOT_EXPERIENCE)("finds no experience in %j", (text) => {
    expect(parseExperience(text)).toBeNull();
  });
  it("reads a labelled value", () => {
    expect(parseExperience("3 Years", { labelled: true })?.minYears).toBe(3);
  });
  it("stays fast on adversarial input", () => {
    const t = Date.now();
    parseExperience("5 years ".repeat(5000));
    parseExperience("at least ".repeat(5000) + "x");
    expect(Date.now() - t).toBeLessThan(500);
  });
});

describe("experience detector: items under a how-to-apply heading are what the applicant brings", () => {
  const head = "Payroll Specialist\n\nAbout the role\n\nYou will run payroll for 400 staff.\n\nHow to apply\n\n";
  it.each([
    ["- 4+ years of experience in payroll\n- Fluent Excel\n", 4],
    ["- At least 2 years of experience with SAP HR\n- A cover letter\n", 2],
    ["- Send your CV and a letter; we reply within 5 years of experience\n", null],
    ["Our team has over 20 years of experience in payroll. Send your CV to jobs@acme.example\n", null],
  ])("%j", (tail, want) => {
    expect(parseJobPosting(head + tail, { now: "2026-11-27" }).experience?.minYears ?? null).toBe(want);
  });
});
