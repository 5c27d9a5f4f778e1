// Table test of the salary parser: invented sentences in the shapes real postings use, one format
// family per row, then a block of money that is not pay and must give nothing.
import { describe, expect, it } from "vitest";
import { findSalaries, type SalaryOptions } from "../../src/fields/salary.js";
import { parseJobPosting } from "../../src/index.js";
import type { Salary } from "../../src/schema.js";

type Expected = Omit<Salary, "raw">;
const s = (min: number | null, max: number | null, currency: string | null, period: Salary["period"]): Expected => ({ min, max, currency, period });
const L: SalaryOptions = { labelled: true };

const POSITIVES: [string, Expected, SalaryOptions?][] = [
  // working hours with their period name no pay period ("30 hours per week", "37,5 Stunden pro Woche")
  ["£27,500 - £30,000 FTE (£22,000 - £24,000 actual for 30 hours per week)", s(27500, 30000, "GBP", "year"), L],
  ["€15 per hour, 40 hours per week", s(15, 15, "EUR", "hour"), L],
  // Italian pay in a sentence: "paga oraria lorda" (hourly gross pay)
  ["CCNL Industria Alimentare, livello 6, paga oraria lorda 10,35 € più maggiorazioni per i turni notturni.", s(10.35, 10.35, "EUR", "hour")],
  // symbols, codes and words; locale numbers
  ["The salary for this position is $95,000 per year plus a generous benefits package.", s(95000, 95000, "USD", "year")],
  ["Wir bieten ein Gehalt von 70.000 € brutto/Jahr und einen Firmenlaptop.", s(70000, 70000, "EUR", "year")],
  ["70 000 € pro Jahr, 30 Urlaubstage", s(70000, 70000, "EUR", "year"), L],
  ["CHF 9'500 per month, paid thirteen times a year.", s(9500, 9500, "CHF", "month"), L],
  ["60.000,00 € brut annuel selon profil et expérience.", s(60000, 60000, "EUR", "year"), L],
  ["Salary: US$120,000 – US$140,000 per year, reviewed every spring.", s(120000, 140000, "USD", "year")],
  ["We are offering C$80,000 to C$95,000 annually depending on experience.", s(80000, 95000, "CAD", "year")],
  ["A$110k - A$130k + super", s(110000, 130000, "AUD", "year"), L],
  ["Base salary NZ$85,000 - NZ$95,000 for a full-time role in Auckland.", s(85000, 95000, "NZD", "year")],
  ["The base salary for this role is $65,000—$115,000 CAD.", s(65000, 115000, "CAD", "year")],
  ["€215.000 - €255.000 EUR", s(215000, 255000, "EUR", "year")],
  ["Wynagrodzenie: 12 000 - 16 000 zł brutto miesięcznie na umowie o pracę.", s(12000, 16000, "PLN", "month")],
  ["Mzda 45 000 Kč měsíčně plus stravenky.", s(45000, 45000, "CZK", "month")],
  ["Plata: 150.000 - 200.000 RSD mesečno, neto.", s(150000, 200000, "RSD", "month")],
  ["Salário de R$ 8.000 a R$ 10.000 por mês, regime CLT.", s(8000, 10000, "BRL", "month")],
  ["Annual pay of ¥6,000,000 with two bonus payments.", s(6000000, 6000000, "JPY", "year")],
  ["Salary 9'500 CHF per month", s(9500, 9500, "CHF", "month")],
  ["We offer 95k EUR per year and a yearly offsite.", s(95000, 95000, "EUR", "year")],
  ["Sueldo: 35 000 euros par an", s(35000, 35000, "EUR", "year"), L],
  // multipliers shared across a range, never rescaling an explicit bound
  ["Pay range: $150-190k depending on experience.", s(150000, 190000, "USD", "year"), L],
  ["Base salary $150,000 - $190k, plus equity.", s(150000, 190000, "USD", "year")],
  ["Attraktive Vergütung (Range zwischen 45-53k € je nach Erfahrung).", s(45000, 53000, "EUR", "year")],
  ["Rémunération : 45–55 k€ brut/an selon expérience.", s(45000, 55000, "EUR", "year")],
  ["Vergütung: 60 TEUR p.a. zzgl. Bonus", s(60000, 60000, "EUR", "year")],
  // Indian lakh and LPA
  ["CTC: ₹18–24 LPA for the right candidate.", s(1800000, 2400000, "INR", "year")],
  ["Salary: 8 to 12 lakhs per annum", s(800000, 1200000, "INR", "year"), L],
  ["Offered CTC ₹ 8,50,000 - 12,00,000 P.A. with joining in Pune.", s(850000, 1200000, "INR", "year")],
  // range and bound words in six languages
  ["Sueldo entre 30.000 y 38.000 € brutos anuales, jornada intensiva en verano.", s(30000, 38000, "EUR", "year")],
  ["Retribuzione tra 35.000 e 40.000 € lordi annui, buoni pasto inclusi.", s(35000, 40000, "EUR", "year")],
  ["Jahresgehalt zwischen 55.000 und 65.000 € brutto.", s(55000, 65000, "EUR", "year")],
  ["Rémunération : entre 45 k€ et 55 k€ par an.", s(45000, 55000, "EUR", "year")],
  ["The salary range is between $90,000 and $110,000 per year.", s(90000, 110000, "USD", "year")],
  // floors and ceilings: a floor sets min only, a ceiling max only
  ["Up to €60k depending on experience.", s(null, 60000, "EUR", null)],
  ["Salary from £40,000 per annum, with a review after probation.", s(40000, null, "GBP", "year")],
  ["Ab 4.000 € brutto im Monat, je nach Qualifikation.", s(4000, null, "EUR", "month")],
  ["À partir de 2 000 € brut par mois.", s(2000, null, "EUR", "month")],
  ["Sueldo desde 25.000 € al año.", s(25000, null, "EUR", "year")],
  ["Salary: $100,000+ depending on experience", s(100000, null, "USD", "year")],
  // periods
  ["Starting at $19.50 an hour, weekly pay.", s(19.5, null, "USD", "hour")],
  ["Hourly rate: $25 - $30", s(25, 30, "USD", "hour")],
  ["Stundenlohn: 14,50 €", s(14.5, 14.5, "EUR", "hour")],
  ["Daily rate £500-£600 (outside IR35), six-month contract.", s(500, 600, "GBP", "day")],
  ["TJM : 450 € à 550 €", s(450, 550, "EUR", "day"), L],
  ["$1,200/week for the twelve-week summer placement.", s(1200, 1200, "USD", "week")],
  ["€1,200 - €1,400 gross per month for 20 hours a week, depending on experience.", s(1200, 1400, "EUR", "month")],
  ["The starting salary is CA$65,000/yr - CA$80,000/yr.", s(65000, 80000, "CAD", "year")],
  ["RAL 35.000 € più welfare aziendale.", s(35000, 35000, "EUR", "year")],
  ["Salary: 3.500 € pro Monat", s(3500, 3500, "EUR", "month"), L],
  ["Pay rate: 20.37 - 38.22 per hour", s(20.37, 38.22, null, "hour"), L],
  // no period stated: a yearly-sized range, or a yearly-sized figure under a salary label, is a year's pay (inferred)
  ["$200,000–$280,000, depending on location", s(200000, 280000, "USD", "year")],
  ["Up to €60k depending on experience.", s(null, 60000, "EUR", null)],
  ["$50,000 - $74,999 USD", s(50000, 74999, "USD", "year"), L],
  // a bare "$" read as the job country's dollar
  ["$4,500 - $5,200 per month", s(4500, 5200, "SGD", "month"), { country: "SG" }],
  ["45 000 kr per måned", s(45000, 45000, "NOK", "month"), { labelled: true, country: "NO" }],
  // every range separator, thousands by locale (nl, pl, vi, pt-BR)
  ["Pay: $150−190k for the first year.", s(150000, 190000, "USD", "year")],
  ["Wij bieden Euro 3.200 tot Euro 4.700 per maand, afhankelijk van ervaring.", s(3200, 4700, "EUR", "month")],
  ["Salaris: Min €2.737 – Max. €4.400 bruto per maand bij 40 uur.", s(2737, 4400, "EUR", "month")],
  ["Je verdient € 3.500,- bruto per maand en een leaseauto.", s(3500, 3500, "EUR", "month")],
  ["Wynagrodzenie: 9 000- 13 000 PLN netto (B2B), umowa na czas nieokreślony.", s(9000, 13000, "PLN", null)],
  ["Stawka 8\u00A0000–11\u00A0500 zł brutto miesięcznie", s(8000, 11500, "PLN", "month")],
  ["Mức lương: 12.000.000 - 22.000.000 VNĐ, thưởng tháng 13.", s(12000000, 22000000, "VND", null)],
  ["Thu nhập 12 - 22 triệu / tháng tùy năng lực", s(12000000, 22000000, "VND", "month")],
  ["Lương: 12.000.000 đến 15.000.000 triệu đồng", s(12000000, 15000000, "VND", null)],
  ["Salário: R$ 5.000,00 mensais, regime CLT.", s(5000, 5000, "BRL", "month")],
  ["Hourly rate: $45.50 for contractors.", s(45.5, 45.5, "USD", "hour")],
  ["Reps have an earning potential of $50,000–$80,000 in their first year.", s(50000, 80000, "USD", "year")],
  ["Senior Backend Engineer ($175k–$250k + equity), remote in the US.", s(175000, 250000, "USD", "year")],
  ["Manager, Data - $230~240k USD + up to 20% bonus", s(230000, 240000, "USD", "year")],
  ["Competitive salary: £80 - £100k based on equity stake and experience.", s(80000, 100000, "GBP", "year")],
  ["Stanowisko: 20 - 30 tys. zł? Wynagrodzenie od 7000 do 9000 zł brutto.", s(7000, 9000, "PLN", null)],
  // base beside on-target earnings: the base is not weak, the OTE is
  ["Base salary of $80,000, OTE $160,000 with uncapped commission.", s(80000, 80000, "USD", "year")],
];

const NEGATIVES: [string, SalaryOptions?][] = [
  ["We offer a 401(k) with a 4% company match."],
  ["401k plan with company match", L],
  ["Flexible schedule, 10-15 hours per week.", L],
  ["Travel 80% of the time across the region."],
  ["We raised $20M in Series A funding last year."],
  ["Our revenue grew to $50M ARR in 2025."],
  ["We are a team of 120 people across 3 offices.", L],
  ["Generous equity package of 0.5% - 1%."],
  ["$5,000 sign-on bonus for qualified candidates."],
  ["Meal vouchers worth €8 per working day."],
  ["Annual learning budget of €1,500 for books and courses."],
  ["Competitive salary and great benefits."],
  ["DOE", L],
  ["Attraktives Gehalt und flexible Arbeitszeiten."],
  ["Monthly stipend of $500 for your internet and phone."],
  ["We send boxes to 18,000 subscribers every month."],
  ["Founded in 2019, we now have 45 employees in Lisbon."],
  ["$1,000 annual learning budget"],
  ["Relocation package up to $10,000."],
  ["$100 monthly grocery credit"],
  ["Join a $2B company backed by top investors."],
  ["13 Monatsgehälter und 30 Tage Urlaub", L],
  ["Try Premium for CA$0"],
  ["Sign-on bonus: $3,000"],
  ["Ticket restaurant de 9 € par jour."],
  ["This is description text with number 80,000 in it."],
  ["In a typical student job you earn €11 an hour; here you build real products."],
  ["Mức lương: Thỏa thuận"],
  ["Salary: Negotiable", L],
  ["Jaarlijks een opleidingsbudget van € 300,- netto."],
  ["Je ontvangt een maandelijkse telefoonvergoeding van €57,50 netto."],
  ["Lunch card: 300 PLN monthly for groceries."],
  ["Food allowance up to €115 net monthly"],
  ["Hỗ trợ ăn trưa 500.000đ/ tháng"],
];

describe("findSalaries", () => {
  it.each(POSITIVES)("reads %s", (text, expected, options) => {
    const hit = findSalaries(text, options)[0];
    expect(hit, text).toBeDefined();
    const { raw, ...value } = hit.salary;
    expect(value).toEqual(expected);
    expect(text.replace(/\s+/g, " ")).toContain(raw);
  });

  it.each(NEGATIVES)("finds no pay in %s", (text, options) => {
    expect(findSalaries(text, options)).toEqual([]);
  });

  it("marks a yearly-sized range with no period written as inferred", () => {
    const hit = findSalaries("Founding Engineer, $150-190k + equity")[0];
    expect(hit.salary).toMatchObject({ min: 150000, max: 190000, period: "year" });
    expect(hit.periodInferred).toBe(true);
    expect(findSalaries("$150,000 - $190,000 per year")[0].periodInferred).toBe(false);
  });

  it("keeps gross and the period in the raw text", () => {
    expect(findSalaries("€1,200 - €1,400 gross per month for 20 hours a week")[0].salary.raw).toBe("€1,200 - €1,400 gross per month");
  });

  it("stays linear on long runs of numbers, separators and currency marks", () => {
    const inputs = ["1,".repeat(20_000), "$1 - ".repeat(4_000), "9 999 ".repeat(4_000), "k€".repeat(20_000) + "1", "€".repeat(20_000) + "5"];
    for (const input of inputs) {
      const t = performance.now();
      findSalaries(input, { labelled: true });
      expect(performance.now() - t, input.slice(0, 12)).toBeLessThan(1500);
    }
  });
});

describe("salary in a posting", () => {
  const now = "2026-11-27";
  it("reads a bare $ as the dollar of a Canadian job", () => {
    const r = parseJobPosting("Junior Developer\n\nLocation: Toronto, Ontario, Canada\n\nSalary: $70,000 - $85,000 per year\n", { now });
    expect(r.salary).toMatchObject({ min: 70000, max: 85000, currency: "CAD", period: "year" });
  });
  it("gives null for competitive pay", () => {
    expect(parseJobPosting("Backend Engineer\n\nSalary: Competitive, DOE\n\nWe offer a 401(k) with 4% match.\n", { now }).salary).toBeNull();
  });
  it("takes the lines under an Annual Salary line", () => {
    const r = parseJobPosting("Policy Lead\n\nParis, France\n\nAnnual Salary:\n\n€120.000 - €140.000 EUR\n", { now });
    expect(r.salary).toMatchObject({ min: 120000, max: 140000, currency: "EUR", period: "year" });
  });
});

describe("a lone R with a space before the figure is the rand only in a South African posting", () => {
  it.each([
    ["R 28 000 - R 34 000 per month", "ZA", { min: 28000, max: 34000, currency: "ZAR", period: "month" }],
    ["R 450 000 per annum", "ZA", { min: 450000, max: 450000, currency: "ZAR", period: "year" }],
  ] as const)("%s (%s)", (text, country, want) => {
    expect(findSalaries(text, { country })[0]?.salary).toMatchObject(want);
  });
  it.each([["R 28 000 - R 34 000 per month", "GB"], ["Habilitation R 408 requise", "FR"], ["Req R 5038 open", null]] as const)("%s (%s): none", (text, country) => {
    expect(findSalaries(text, { country }).length).toBe(0);
  });
});

const now = "2026-11-27";

describe("a lone N before the figure is the naira only in a Nigerian posting", () => {
  it("reads the naira where the posting is Nigerian", () => {
    expect(findSalaries("N180,000 - N250,000 monthly", { country: "NG", labelled: true })[0]?.salary).toMatchObject({ min: 180000, max: 250000, currency: "NGN", period: "month" });
  });
  it.each([["N180,000 - N250,000 monthly", "GB"], ["N95 masks for 2,000 staff", null], ["Grade N5 to N7", undefined]] as const)("%s (%s): no naira", (text, country) => {
    expect(findSalaries(text, { country: country ?? undefined }).some((h) => h.salary.currency === "NGN")).toBe(false);
  });
});

describe("a labelled figure with no currency is paid in the country's own", () => {
  it.each([
    ["Cook\n\nLocation\nMoncton, NB\nSalary\n18.75 hourly / 30 to 40 hours per week\n\nCook breakfast and lunch.", "CAD"],
    ["Storekeeper at Oduya Builders Limited\n\nLocation: Ikeja, Lagos, Nigeria\n\nSalary\nN120,000 - N150,000 monthly.\n\nKeep the store.", "NGN"],
    ["Técnico en Enfermería\n\nUbicación: Temuco, Chile\nRenta: $780.000 líquido\n\nAtender pacientes.", "CLP"],
    ["Lead Analytics Engineer\nLyon, France\nSalaire :\n60K à 70K\n\nVous construisez nos modèles.", "EUR"],
  ])("%s", (text, currency) => {
    expect(parseJobPosting(text, { now }).salary?.currency).toBe(currency);
  });
  it("leaves a figure in prose without a currency", () => {
    expect(parseJobPosting("Cook\n\nMoncton, NB\n\nWe serve 300 covers a night in a 120 seat room.", { now }).salary).toBeNull();
  });
});

describe("a range whose joining word a scraper glued between the amounts", () => {
  it.each([
    ["$3,800to$4,600 Monthly", "SG", { min: 3800, max: 4600, currency: "SGD", period: "month" }],
    ["3.000bis€3.500 € brutto im Monat", "DE", { min: 3000, max: 3500, currency: "EUR" }],
  ] as const)("%s", (text, country, want) => {
    expect(findSalaries(text, { country })[0]?.salary).toMatchObject(want);
  });
  it.each(["5pm shift", "3D printing", "$3,800to"])("%s: no range", (text) => {
    expect(findSalaries(text, { country: "SG" }).every((h) => h.salary.min === h.salary.max)).toBe(true);
  });
});
