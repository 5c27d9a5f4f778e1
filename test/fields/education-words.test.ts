// Table tests of degree wording in every lexicon language (invented requirement lines), the degree
// asked for over the one wished for, and lines that name no degree.
import { describe, expect, it } from "vitest";
import { parseEducation } from "../../src/fields/education.js";
import { parseJobPosting } from "../../src/index.js";

type Level = "high-school" | "associate" | "bachelor" | "master" | "doctorate" | "other";

const ROWS: [string, string, Level][] = [
  ["en", "BSc (Hons) in Geography or a related subject", "bachelor"],
  // Australia's and Hong Kong's vocational awards; Belgium's bachelor; Québec's diplomas; Brazil's primary school
  ["en", "A Certificate IV in Disability or Community Services (or studying towards one)", "other"],
  ["en", "Higher Diploma or above in Logistics", "associate"],
  ["fr", "Bachelier en marketing ou expérience équivalente", "bachelor"],
  ["fr", "Diplôme d'études secondaires (DES) ou l'équivalent", "high-school"],
  ["fr", "DEC en techniques de comptabilité", "associate"],
  ["pt", "Ensino fundamental completo", "other"],
  ["es", "Ingeniero/a Industrial o carrera afín", "bachelor"],
  // trades' and vocational qualifications
  ["en", "Completed apprenticeship as a joiner, City & Guilds or NVQ Level 3", "other"],
  ["de", "Abgeschlossene Lehre als Elektroinstallateur/in", "other"],
  ["de", "Kaufmännische Grundbildung (EFZ) mit Weiterbildung im Rechnungswesen", "other"],
  ["de", "Gesellenbrief im Tischlerhandwerk", "other"],
  ["fr", "Diplôme d'aide-soignant(e) et autorisation d'exercer", "other"],
  ["fr", "Titre professionnel de cariste ou CACES R489", "other"],
  ["es", "Certificado de profesionalidad en Atención sociosanitaria", "other"],
  ["nl", "Diploma secundair onderwijs (TSO of BSO)", "high-school"],
  ["en", "You hold an MSc in Operations Research", "master"],
  ["en", "Master of Science in Biostatistics or equivalent", "master"],
  ["en", "A technical or quantitative degree (Physics, Economics or similar)", "bachelor"],
  ["en", "Secondary (high) school graduation certificate", "high-school"],
  ["en", "GED or equivalent accepted", "high-school"],
  ["en", "Tertiary qualification in Nursing or Health Science", "bachelor"],
  ["en", "Grade 12 (Matric) with Maths and Science", "high-school"],
  ["en", "Minimum of SSCE with credits in English and Mathematics", "high-school"],
  ["en", "Diploma in Supply Chain Management or equivalent", "associate"],
  ["es", "Título de tercer nivel en Administración de Empresas", "bachelor"],
  ["es", "Título de cuarto nivel en Finanzas (deseable)", "master"],
  ["pt", "12.º ano completo, preferencialmente na área de Turismo", "high-school"],
  ["es", "Título de Ingeniero(a) Civil o Ingeniero(a) Comercial", "bachelor"],
  ["es", "Nivel educacional: Universitaria completa", "bachelor"],
  ["sv", "Du har gymnasieexamen från barn- och fritidsprogrammet", "high-school"],
  ["sv", "Kandidatexamen i ekonomi", "bachelor"],
  ["en", "Post-secondary education in a related field", "other"],
  ["en", "Graduated from university with a major in accounting", "bachelor"],
  ["fr", "Licence ou Master en logistique", "bachelor"],
  ["fr", "Diplôme Bac+5 (école de commerce ou Master 2)", "master"],
  ["fr", "CAP ou BEP en menuiserie", "other"],
  ["fr", "Bac pro commerce exigé", "high-school"],
  ["es", "Licenciatura en Contaduría Pública", "bachelor"],
  ["es", "Título universitario en Ingeniería Civil", "bachelor"],
  ["es", "Bachiller en Humanidades", "high-school"],
  ["es", "Maestría en Finanzas (deseable)", "master"],
  ["pt", "Graduação em Ciência da Computação ou áreas afins", "bachelor"],
  ["pt", "Ensino médio completo", "high-school"],
  ["pt", "Tecnólogo em Redes de Computadores", "associate"],
  ["pt", "Pós-graduação em Gestão de Projetos", "master"],
  ["de", "Abitur oder Fachhochschulreife", "high-school"],
  ["de", "Abgeschlossene Ausbildung als Elektroniker/in", "other"],
  ["de", "Abgeschlossenes Studium der Betriebswirtschaft", "bachelor"],
  ["de", "Master-Abschluss in Data Science", "master"],
  ["it", "Laurea in Economia o discipline affini", "bachelor"],
  ["it", "Diploma di scuola superiore", "high-school"],
  ["it", "Laurea o diploma in ambito tecnico", "high-school"],
  ["it", "Laurea magistrale in Ingegneria Gestionale", "master"],
  ["nl", "Afgeronde hbo-opleiding in de richting bedrijfskunde", "bachelor"],
  ["nl", "HBO of WO diploma in Informatica", "bachelor"],
  ["nl", "Een WO-master in Econometrie", "master"],
  ["nl", "Mbo-niveau 4 in de logistiek", "other"],
  ["pl", "Wykształcenie wyższe techniczne", "bachelor"],
  ["pl", "Wykształcenie średnie", "high-school"],
  ["pl", "Studia wyższe magisterskie z zakresu finansów", "master"],
  ["vi", "Tốt nghiệp ĐH/CĐ chuyên ngành CNTT", "associate"],
  // Nigeria's OND, Austria's HTL and Matura, Mexico's preparatoria, Chile's higher technician, Spain's grado superior
  ["en", "Minimum of OND in Accounting or Business Administration", "associate"],
  ["de", "Abgeschlossene HTL für Maschinenbau", "high-school"],
  ["de", "Matura oder abgeschlossene Lehre", "high-school"],
  ["es", "Escolaridad: preparatoria terminada", "high-school"],
  ["es", "Técnico de Nivel Superior en Administración", "associate"],
  ["es", "Ciclo formativo de grado superior en Administración y Finanzas", "associate"],
  ["fr", "Licence en gestion ou équivalent", "bachelor"],
];

const NOT_EDUCATION: [string, string][] = [
  ["en", "You'll operate with a high degree of ownership"],
  ["de", "Sie unterstützen die Professur in Forschung und Lehre"],
  ["fr", "Le dap de la cuisine est un plat du jour"],
  ["en", "We sponsor apprenticeships for school leavers every year"],
  ["en", "HBO Max and streaming subscriptions on us"],
  ["en", "A diploma of patience helps with our customers"],
  ["fr", "Une casquette (cap) offerte à l'arrivée"],
  ["it", "In grado di lavorare in team"],
  ["en", "Master the art of the follow-up call"],
  ["fr", "ASSISTANTS ADMINISTRATION DES VENTES (H/F)"],
  ["fr", "Gestion des stocks et des commandes"],
  // a licence's class: a trade's or a driver's, no degree; "ond" in lower case is no diploma
  ["fr", "Licence C (électricien de construction) obligatoire"],
  ["es", "Licencia de conducir clase B vigente"],
  ["en", "Beyond the pond lies the depot"],
];

describe("degree wording by language", () => {
  it.each(ROWS)("%s: %s", (lang, text, level) => {
    expect(parseEducation(text, { lang })?.level).toBe(level);
  });
});

describe("lines that name no degree", () => {
  it.each(NOT_EDUCATION)("%s: %s", (lang, text) => {
    expect(parseEducation(text, { lang })).toBeNull();
  });
  // a student's hours are a benefit, never a degree asked for
  it("a degree word in the benefits gives no education", () => {
    const text = "# Werkstudent Marketing (m/w/d)\n\n## Deine Aufgaben\n\n- Du pflegst unsere Kanäle\n- Du schreibst Texte\n\n## Was wir bieten\n\n- Flexible Zeiten neben deinem Studium\n- Ein Laptop\n";
    expect(parseJobPosting(text, { format: "markdown", now: "2026-11-27" }).education).toBeNull();
  });
});

describe("the degree asked for over the one wished for", () => {
  const wish = (c: string) => c.includes("preferred") || c.includes("a plus") || c.includes("von Vorteil");
  const ROWS_WISH: [string, Level][] = [
    ["PhD preferred; a degree in chemistry is required", "bachelor"],
    ["Master's degree preferred, Bachelor's degree required", "bachelor"],
    ["Bachelor's degree in Finance (Master's preferred)", "bachelor"],
    ["MBA a plus, bachelor's degree in business required", "bachelor"],
    ["Promotion von Vorteil, abgeschlossenes Studium der Chemie", "bachelor"],
  ];
  it.each(ROWS_WISH)("%s", (text, level) => expect(parseEducation(text, { preferred: wish })?.level).toBe(level));

  it("a wish alone is kept, and marked", () => {
    const e = parseEducation("Master's degree preferred", { preferred: wish });
    expect(e?.level).toBe("master");
    expect(e?.preferred).toBe(true);
  });

  it("in a posting, the requirement's degree wins over the pluses' and over a wish read first", () => {
    const md = (reqs: string, plus: string) =>
      `# Data Scientist\n\n## Requirements\n\n${reqs}\n\n## Nice to have\n\n${plus}\n`;
    const level = (text: string) => parseJobPosting(text, { format: "markdown", now: "2026-11-27" }).education?.level ?? null;
    expect(level(md("- Master's degree in Statistics is preferred\n- Bachelor's degree in a quantitative field\n- 3+ years of Python", "- Kaggle medals"))).toBe("bachelor");
    expect(level(md("- 3+ years of Python\n- SQL", "- PhD in Machine Learning"))).toBe("doctorate");
    expect(level(md("- Bachelor's degree in Economics\n- SQL", "- PhD in Economics"))).toBe("bachelor");
  });
});
