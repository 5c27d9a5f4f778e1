import { describe, expect, it } from "vitest";
import { LEXICON_LANGUAGES, LEXICONS } from "../../src/lexicon/index.js";
import { chromeLine, classifyHeading, labelField } from "../../src/sections/phrases.js";
import { classifySectionHeading } from "../../src/sections/classify.js";

// Headings in the shapes of Polish, Dutch, Vietnamese, Korean and European Portuguese boards (invented).
const HEADINGS: [string, string][] = [
  // Polish
  ["Twój zakres obowiązków", "responsibilities"],
  ["Zakres obowiązków:", "responsibilities"],
  ["Czym będziesz się zajmować?", "responsibilities"],
  ["Nasze wymagania", "requirements"],
  ["Czego oczekujemy od Ciebie:", "requirements"],
  ["Kogo szukamy?", "requirements"],
  ["Mile widziane", "nice-to-have"],
  ["Dodatkowym atutem będzie:", "nice-to-have"],
  ["To oferujemy", "benefits"],
  ["Co oferujemy?", "benefits"],
  ["Benefity", "benefits"],
  ["Etapy rekrutacji", "interview-process"],
  ["O firmie", "about-company"],
  // Dutch
  ["Functieomschrijving", "about-role"],
  ["Wat ga je doen?", "responsibilities"],
  ["Jouw taken", "responsibilities"],
  ["Functie-eisen", "requirements"],
  ["Wat vragen wij?", "requirements"],
  ["Wie ben jij?", "requirements"],
  ["Pré", "nice-to-have"],
  ["Wat bieden wij?", "benefits"],
  ["Arbeidsvoorwaarden", "benefits"],
  ["Sollicitatieprocedure", "interview-process"],
  ["Over ons", "about-company"],
  // Vietnamese
  ["Mô tả công việc", "responsibilities"],
  ["Yêu cầu ứng viên", "requirements"],
  ["Quyền lợi", "benefits"],
  ["Phúc lợi", "benefits"],
  ["Ưu tiên", "nice-to-have"],
  ["Cách thức ứng tuyển", "how-to-apply"],
  ["Quy trình tuyển dụng", "interview-process"],
  ["Giới thiệu công ty", "about-company"],
  // Korean, spaced and unspaced
  ["주요 업무", "responsibilities"],
  ["담당업무", "responsibilities"],
  ["자격 요건", "requirements"],
  ["지원 자격", "requirements"],
  ["우대 사항", "nice-to-have"],
  ["우대사항", "nice-to-have"],
  ["복지 및 혜택", "benefits"],
  ["혜택 및 복지", "benefits"],
  ["전형 절차", "interview-process"],
  ["채용 절차", "interview-process"],
  ["포지션 개요", "about-role"],
  // European Portuguese
  ["Funções", "responsibilities"],
  ["O teu perfil", "requirements"],
  ["Fatores preferenciais", "nice-to-have"],
  ["O que oferecemos", "benefits"],
  ["Regalias", "benefits"],
  ["Candidaturas", "how-to-apply"],
];

// Lines of those languages that are no heading kind: sentences, names, items.
const NOT_HEADINGS = [
  "Pracujemy w małym zespole w centrum Krakowa i lubimy kawę",
  "Jan Kowalski",
  "Je werkt samen met collega's uit het hele land aan mooie projecten",
  "Hà Nội",
  "Sử dụng Unity để phát triển trò chơi cho thiết bị di động",
  "서울특별시 강남구",
  "고객 데이터를 분석하여 인사이트를 도출합니다",
  "Lisboa",
];

const LABELS: [string, string][] = [
  ["Lokalizacja", "location"], ["Wynagrodzenie", "salary"], ["Rodzaj umowy", "employmentType"], ["Stanowisko", "title"], ["Kto szuka", "company"],
  ["Standplaats", "location"], ["Salaris", "salary"], ["Dienstverband", "employmentType"], ["Uren", "employmentType"],
  ["Địa điểm", "location"], ["Mức lương", "salary"], ["Kinh nghiệm", "experience"],
  ["근무지", "location"], ["급여", "salary"], ["경력", "experience"], ["고용형태", "employmentType"],
  ["Vencimento", "salary"],
  // a gloss in brackets: either word names the field
  ["Fecha fin de plazo", "validThrough"], ["Career category", "category"], ["Job Field", "category"],
  ["Nível (Senioridade)", "seniority"], ["Salary (gross)", "salary"], ["Arbeitsort (PLZ)", "location"], ["Experiencia (años)", "experience"],
];
// brackets name no field when neither word does
const NOT_LABELS = ["Requirements (must)", "Our team (Berlin)", "Nível (Senioridade"];

const CHROME = ["Aplikuj", "Aplikuj teraz", "Solliciteer", "Solliciteer direct", "Ứng tuyển ngay", "지원하기", "Partilhar"];

describe("lexicons of Polish, Dutch, Vietnamese, Korean and European Portuguese", () => {
  it.each(HEADINGS)("%s → %s", (text, kind) => expect(classifyHeading(text)?.kind).toBe(kind));
  it.each(NOT_HEADINGS)("%s is no heading", (text) => expect(classifyHeading(text)?.kind ?? null).toBeNull());
  it.each(LABELS)("label %s → %s", (label, field) => expect(labelField(label)).toBe(field));
  it.each(NOT_LABELS)("%s is no label", (label) => expect(labelField(label)).toBeNull());
  it.each(CHROME)("%s is chrome", (line) => expect(chromeLine(line)).not.toBeNull());
  it("registers one lexicon per language it names", () => expect(LEXICONS.length).toBe(LEXICON_LANGUAGES.size));
});

// Boards' tails by heading: similar jobs, a board's promotion, screening questions (invented wordings).
const CHROME_HEADINGS: [string, string][] = [
  ["Other jobs at Harbour Fish Bar", "similar-jobs"], ["Related Content", "similar-jobs"], ["Misschien ook interessant", "similar-jobs"],
  ["Why apply to jobs via Jobstack", "promo"], ["Questions you'll be asked", "apply-form"],
];
describe("boards' tails by heading", () => {
  it.each(CHROME_HEADINGS)("%s is %s", (text, kind) => expect(classifyHeading(text)?.chrome).toBe(kind));
  it.each(["Other duties as assigned", "Related experience", "Questions?"])("%s is no chrome", (text) => expect(classifyHeading(text)?.chrome ?? null).toBeNull());
  it.each(["Apply   Save Job   Email to a Friend", "Never pay for a job interview or training."])("%s is a chrome line", (line) => expect(chromeLine(line)).not.toBeNull());
});

// Headings worded the boards' way, read by their stems (invented wordings).
const STEM_HEADINGS: [string, string][] = [
  ["You'll be a great fit if you", "requirements"], ["Good fit if you have", "requirements"],
  ["Was Sie bei uns bewegen", "responsibilities"], ["Das bewegst du bei uns", "responsibilities"],
  ["Votre fonction", "responsibilities"], ["Things you need to know", "other"],
];
describe("headings read by their stems", () => {
  it.each(STEM_HEADINGS)("%s → %s", (text, kind) => expect(classifySectionHeading(text).cls?.kind).toBe(kind));
  it("'Attached documents' is the board's", () => expect(classifySectionHeading("Attached documents").cls?.chrome).toBe("board"));
});

// More headings as boards word them (invented): Spanish and Italian offers, how to apply, facts blocks.
const MORE_HEADINGS: [string, string][] = [
  ["Se ofrece", "benefits"], ["Si offre", "benefits"], ["Cómo inscribirse", "how-to-apply"],
  ["Dettagli dell'offerta", "overview"], ["Detalle del aviso", "overview"], ["Détails de l'offre", "overview"],
];
describe("more headings as boards word them", () => {
  it.each(MORE_HEADINGS)("%s → %s", (text, kind) => expect(classifyHeading(text)?.kind).toBe(kind));
});
