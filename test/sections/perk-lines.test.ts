import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { classifySectionHeading } from "../../src/sections/classify.js";

const NOW = "2026-12-07";

/** A short invented posting with one benefits heading over the given lines. */
function posting(heading: string, lines: string[], lang: "en" | "de" | "fr" | "es" | "pt" | "it" = "en"): string {
  const intro: Record<typeof lang, string> = {
    en: "Payroll Administrator\nLarchfield Foods Ltd\n\nWe are a family bakery group with four sites and we are looking for a payroll administrator to join our office team.",
    de: "Sachbearbeiter Lohn (m/w/d)\nLärchenfeld Backwaren GmbH\n\nWir sind eine Bäckereigruppe mit vier Standorten und suchen Verstärkung für unser Büro in der Lohnabrechnung.",
    fr: "Gestionnaire de paie (H/F)\nBoulangeries Mélèze SAS\n\nNous sommes un groupe de boulangeries avec quatre sites et nous recherchons un gestionnaire de paie pour notre bureau.",
    es: "Administrativo de nóminas\nPanaderías Alerce S.L.\n\nSomos un grupo de panaderías con cuatro centros y buscamos un administrativo de nóminas para nuestra oficina.",
    pt: "Auxiliar de folha de pagamento\nPadarias Lariço Ltda\n\nSomos um grupo de padarias com quatro lojas e buscamos um auxiliar de folha de pagamento para o nosso escritório.",
    it: "Impiegato paghe\nForni Larice S.r.l.\n\nSiamo un gruppo di panifici con quattro sedi e cerchiamo un impiegato paghe per il nostro ufficio amministrativo.",
  };
  return `${intro[lang]}\n\n${heading}\n${lines.join("\n\n")}\n`;
}

// A line of perks written as noun phrases parted by commas or semicolons, alone under its heading:
// each perk is an item. Lines that are prose or one perk with its kinds stay whole or give nothing.
const ROWS: [string, string, string[], string[], ("en" | "de" | "fr" | "es" | "pt" | "it")?][] = [
  ["perks", "Perks", ["Staff discount on all bread, paid sick days, flexible shifts around school, uniform provided."], ["Staff discount on all bread", "paid sick days", "flexible shifts around school", "uniform provided"]],
  ["a joining word before the last perk goes", "What we offer", ["25 days' holiday plus bank holidays (pro rata), a pension with 5% employer contribution, free parking, and an employee assistance programme"], ["25 days' holiday plus bank holidays (pro rata)", "a pension with 5% employer contribution", "free parking", "an employee assistance programme"]],
  ["pieces of more than 60 characters", "WIR BIETEN", ["Tarifvertrag der Nahrungsmittelindustrie Nordrhein-Westfalen mit Zulagen, 37-Stunden-Woche mit Gleitzeit, 30 Tage Urlaub, JobRad, betriebliche Altersvorsorge"], ["Tarifvertrag der Nahrungsmittelindustrie Nordrhein-Westfalen mit Zulagen", "37-Stunden-Woche mit Gleitzeit", "30 Tage Urlaub", "JobRad", "betriebliche Altersvorsorge"], "de"],
  ["a comma inside a sum stays", "Benefícios", ["Vale-transporte, vale-refeição de R$ 32,50 por dia, plano de saúde após 90 dias, seguro de vida"], ["Vale-transporte", "vale-refeição de R$ 32,50 por dia", "plano de saúde após 90 dias", "seguro de vida"], "pt"],
  ["semicolons part perks, commas the words inside one", "Cosa offriamo", ["Contratto a tempo indeterminato, CCNL Commercio; buoni pasto da 8 €; formazione continua"], ["Contratto a tempo indeterminato, CCNL Commercio", "buoni pasto da 8 €", "formazione continua"], "it"],
  ["the verb before the perks goes", "Avantages", ["L'entreprise propose tickets restaurant, mutuelle prise en charge à 60 %, prime de fin d'année"], ["tickets restaurant", "mutuelle prise en charge à 60 %", "prime de fin d'année"], "fr"],
  ["a time of day inside a perk, and a pay paragraph beside the line", "Wir bieten:", ["Firmenwagen auch privat, Gleitzeit von 6:30 bis 18:00, Zuschuss zum Mittagessen, ein junges Team", "Für diese Stelle gilt ein Mindestlohn von EUR 2.900 brutto im Monat. Eine Überzahlung ist je nach Erfahrung möglich."], ["Firmenwagen auch privat", "Gleitzeit von 6:30 bis 18:00", "Zuschuss zum Mittagessen", "ein junges Team"], "de"],
  // negatives
  ["one perk, its kinds listed", "Benefits", ["Health, dental, vision and life insurance from day one"], ["Health, dental, vision and life insurance from day one"]],
  ["a sentence of prose", "Why join us", ["You will join a small, friendly, ambitious team that bakes for half the town, and you will learn every part of payroll."], []],
  ["a relative clause is no perk", "Wir bieten", ["Moderne Arbeitsplätze, kurze Entscheidungswege und die Möglichkeit, Prozesse mitzugestalten, die für unsere Filialen entscheidend sind"], []],
  ["a question is no line of perks", "Warum wir?", ["Lust, Technik nicht nur zu betreuen, sondern aktiv mitzugestalten?"], [], "de"],
  ["a clause after a perk is no perk", "Perks", ["Generous equity, with annual top-ups to share our success, richer than most startups offer"], []],
  ["two sentences under a perks heading stay prose", "Beneficios", ["Ofrecemos un buen ambiente de trabajo. Formación continua, seguro médico, comedor subvencionado"], []],
];

describe("a line of perks under a benefits heading gives one item per perk", () => {
  it.each(ROWS)("%s", (_name, heading, lines, expected, lang) => {
    const r = parseJobPosting(posting(heading, lines, lang ?? "en"), { now: NOW });
    if (expected.length) expect(r.benefits).toEqual(expected);
    else expect(r.benefits.length === 0 || r.benefits.every((b) => b.includes(",") && b.length > 60)).toBe(true);
  });
});

describe("how to apply, and what follows it, ends a section's list", () => {
  it.each([
    ["Perks", ["Staff discount, paid sick days, free parking", "Please apply with your CV. Only candidates selected for interview will be contacted.", "Larchfield Foods Ltd, Unit 4, Mill Lane"], ["Staff discount", "paid sick days", "free parking"]],
    ["WIR BIETEN", ["30 Tage Urlaub", "Haben wir Ihr Interesse geweckt? Dann senden Sie uns Ihre Unterlagen.", "Ihre Ansprechpartnerin: Frau Berg"], ["30 Tage Urlaub"]],
    ["Cosa offriamo", ["Buoni pasto", "Per candidarti invia il tuo CV a lavoro@example.it", "La ricerca è rivolta ad ambo i sessi."], ["Buoni pasto"]],
  ] as [string, string[], string[]][])("%s", (heading, lines, expected) => {
    const r = parseJobPosting(posting(heading, lines), { now: NOW });
    expect(r.benefits).toEqual(expected);
  });

  it("a duty that holds a closing phrase further in is still a duty", () => {
    const text = posting("Requirements", ["Answers any questions visitors raise at the front desk", "Keeps the visitor log up to date", "Orders office supplies"]);
    const r = parseJobPosting(text, { now: NOW });
    expect([...r.requirements, ...r.responsibilities]).toContain("Keeps the visitor log up to date");
  });

  it("a closing item near the end of a list drops the agency's lines under it, not the items above", () => {
    const text = posting("Ce que nous offrons", ["- Prime de froid", "- Tickets restaurant", "- Pour toutes questions, contactez l'agence", "- Interima, simplement pour vous !"]);
    const r = parseJobPosting(text, { now: NOW });
    expect(r.benefits).toEqual(["Prime de froid", "Tickets restaurant"]);
  });
});

describe("a heading that names the pay and the perks together heads the pay's section, whose perks are benefits", () => {
  it.each(["Package & Remuneration", "Pay and perks", "Remuneration and benefits"])("%s", (h) => {
    expect(classifySectionHeading(h).cls?.kind).toBe("compensation");
  });
  it("a pay sentence, then a line of perks", () => {
    const text = posting("Package & Remuneration", ["R 28 000 - R 34 000 per month CTC, depending on experience. Provident fund, medical aid (50% company contribution), annual bonus, and overalls supplied"]);
    const r = parseJobPosting(text, { now: NOW });
    expect(r.benefits).toEqual(["Provident fund", "medical aid (50% company contribution)", "annual bonus", "overalls supplied"]);
    expect(r.salary?.min).toBe(28000);
  });
  it("a pay sentence and its perks, with a note after them", () => {
    const text = posting("Package & Remuneration", ["R 30 000 per month CTC. Provident fund, medical aid, annual bonus, overtime paid", "Larchfield Foods is an equal opportunity employer and welcomes applications from everyone in the region."]);
    expect(parseJobPosting(text, { now: NOW }).benefits).toEqual(["Provident fund", "medical aid", "annual bonus", "overtime paid"]);
  });
  it("a pay line alone gives no perks", () => {
    const text = posting("Salary & Benefits", ["$52,000 - $58,000 a year, depending on experience"]);
    expect(parseJobPosting(text, { now: NOW }).benefits).toEqual([]);
  });
});

describe("a short question or lead-in line heads the line under it instead of running on into it", () => {
  it.each([
    ["Co oferujemy?", "umowę o pracę; prywatną opiekę medyczną; kartę sportową", ["umowę o pracę", "prywatną opiekę medyczną", "kartę sportową"]],
    ["Wat bieden wij?", "een vast contract; 25 vakantiedagen; een leaseauto", ["een vast contract", "25 vakantiedagen", "een leaseauto"]],
    ["Co oferujemy?", "umowę o pracę; pracę w godz. 7:00–16:00; kartę sportową", ["umowę o pracę", "pracę w godz. 7:00–16:00", "kartę sportową"]],
  ])("%s", (question, line, expected) => {
    const r = parseJobPosting(`Kierowca / Chauffeur\n\nOpis stanowiska: praca w firmie kurierskiej na terenie miasta.\n\n${question}\n${line}\n`, { now: NOW });
    expect(r.benefits).toEqual(expected);
  });
  it("wrapped prose still joins", () => {
    const r = parseJobPosting("Line Cook\n\nWe are a busy diner and we need someone who\ncan keep up on a Saturday night when the tickets stack up.\n", { now: NOW });
    expect(r.description).toContain("someone who can keep up");
  });
});
