import { describe, expect, it } from "vitest";
import { parseEducation } from "../../src/fields/education.js";

type Level = "high-school" | "associate" | "bachelor" | "master" | "doctorate" | "other";

// Requirement lines in the shapes of real postings, and the level they ask for.
const ROWS: [string, Level][] = [
  ["Wykształcenie wyższe ekonomiczne", "bachelor"], ["Wykształcenie średnie", "high-school"], ["Tytuł magister inżynier", "master"],
  ["Je hebt een afgeronde hbo-opleiding", "bachelor"], ["Mbo-niveau 4", "other"], ["Tốt nghiệp Đại học chuyên ngành CNTT", "bachelor"],
  ["Tốt nghiệp Cao đẳng trở lên", "associate"], ["초대졸 이상", "associate"], ["석사 이상", "master"],
  ["Doctor of Pharmacy (PharmD) from an accredited college", "doctorate"], ["PharmD with residency training", "doctorate"],
  ["Superior completo em Administração ou Contabilidade", "bachelor"], ["Graduação em nível superior em Engenharia", "bachelor"],
  ["HNC/HND in Electrical Engineering", "associate"], ["A foundation degree in Early Years", "associate"],
  ["Bachelor's degree in Computer Science or a related field", "bachelor"],
  ["BS/MS in Computer Science or equivalent experience", "bachelor"],
  ["BS or MS in Engineering, Computer Science, or related fields", "bachelor"],
  ["BA in Economics, Finance or Accounting", "bachelor"],
  ["B.Sc. in Mathematics or Physics", "bachelor"],
  ["B.Tech/B.E. in CS from a recognised university", "bachelor"],
  ["B.Com / M.Com with 4+ years in accounts", "bachelor"], ["UG: B.Com in Commerce", "bachelor"], ["MBBS with a valid registration", "bachelor"],
  ["BBA or MBA from a recognised institute", "bachelor"], ["MCA with 2 years in Java", "master"], ["LLB (Hons) from a recognised university", "bachelor"],
  ["A degree (Level 8) in Microbiology or a related science", "bachelor"], ["A degree (honours) in Civil Engineering", "bachelor"],
  ["A 4-year degree from an accredited university", "bachelor"],
  ["Undergraduate degree in Computer Science or STEM", "bachelor"],
  ["MSc in Statistics, Econometrics or a related field", "master"],
  ["Master's degree in Data Science preferred", "master"],
  ["MBA a plus", "master"],
  ["PhD in Machine Learning or equivalent research experience", "doctorate"],
  ["Doctorate in Chemistry with post-doctoral work", "doctorate"],
  ["Associate's degree in Nursing (ADN) required", "associate"],
  ["High school diploma or GED required", "high-school"],
  ["A-levels or equivalent", "high-school"],
  ["Bac+5 en école d'ingénieur ou de commerce", "master"],
  ["Bac+2 minimum (BTS, DUT) en comptabilité", "associate"],
  ["Bac+3 minimum en communication", "bachelor"],
  ["Diplôme d'ingénieur ou équivalent", "master"],
  ["Abitur oder Fachabitur wünschenswert", "high-school"],
  ["Schulabschluss erforderlich, Motivation ist uns wichtiger als Noten", "high-school"],
  ["Abgeschlossenes Studium der Informatik oder vergleichbare Ausbildung", "bachelor"],
  ["Hochschulabschluss (Bachelor/Master) in Wirtschaftsinformatik", "bachelor"],
  ["Abgeschlossene Berufsausbildung als Kaufmann/-frau", "other"],
  ["Grado en Ingeniería Informática o similar", "bachelor"],
  ["Licenciatura en Administración de Empresas", "bachelor"],
  ["Máster en Marketing Digital valorable", "master"],
  ["ESO o Bachillerato", "high-school"],
  ["Laurea in Ingegneria Gestionale", "bachelor"],
  ["Laurea magistrale in Economia", "master"],
  ["Ensino superior completo em Administração", "bachelor"],
];

// Words that look like a degree and are not one.
const NOT_EDUCATION = [
  "Experience building LLM pipelines for analytics", "Apply at www.b.com/careers", "Ship LLM-based tools to production",
  "HBO Max and Disney+ subscriptions", "Een mooie werkplek in Utrecht",
  "Master the art of negotiation with enterprise buyers",
  "Scrum Master experience is a plus",
  "You will master any tech stack we throw at you",
  "Experience with MS Office and Google Sheets",
  "Our office in Boston, MA is next to the station",
  "Master data management tools such as Informatica",
  "Eso es lo que buscamos en nuestro equipo",
  "A salary cap of 80k applies to this grade",
  "Degrees of freedom in the design are large",
  "We build accounting software for co-operatives",
  "",
];

describe("parseEducation", () => {
  it.each(ROWS)("%s", (text, level) => expect(parseEducation(text)?.level).toBe(level));
  it.each(NOT_EDUCATION)("finds no degree in %j", (text) => expect(parseEducation(text)).toBeNull());
  it("reads the clause to its full stop, not to the dots of an abbreviation", () => {
    expect(parseEducation("B.Com / M.Com with 4+ years in accounts. Tally is a must")?.raw).toBe("B.Com / M.Com with 4+ years in accounts");
    expect(parseEducation("Bachelor's degree in a relevant field (e.g., Physics).Proven SQL skills")?.raw).toBe("Bachelor's degree in a relevant field (e.g., Physics)");
  });
  it("marks a bare mention as weak", () => {
    expect(parseEducation("An exceptional academic track record from both high school and university")?.weak).toBe(true);
    expect(parseEducation("High school diploma or GED required")?.weak).toBe(false);
  });
});

// Words that are a degree in one language only, and department badges (invented).
describe("education words scoped to their language", () => {
  const ROWS: [string, string, string | null][] = [
    ["en", "Promotion potential: GS-13, no further promotion", null],
    ["de", "Abgeschlossene Promotion in Chemie oder Physik", "doctorate"],
    ["en", "A valid Driving Licence and your own car", null],
    ["fr", "Licence en gestion ou équivalent", "bachelor"],
    ["it", "Sei in grado di lavorare in autonomia", null],
    ["es", "Grado en Administración de Empresas", "bachelor"],
    ["es", "🗂 Ingeniería", null],
    ["es", "Título en Ingeniería Industrial o similar", "bachelor"],
    ["en", "Engineering", null],
    ["en", "We ship from a BTS of our own design", null],
    ["en", "Zero tolerance: a BAC over 0.02 ends the shift", null],
    ["fr", "Niveau BAC exigé", "high-school"],
    ["sv", "Du har en högskoleexamen inom ekonomi", "bachelor"],
    ["da", "Du har en kandidatuddannelse i statskundskab", "master"],
    ["nb", "Fullført mastergrad i informatikk", "master"],
    ["nb", "Fagbrev som elektriker", "other"],
    ["sv", "Avslutad gymnasieutbildning", "high-school"],
  ];
  it.each(ROWS)("[%s] %s → %s", (lang, text, level) => expect(parseEducation(text, { lang })?.level ?? null).toBe(level));
});
