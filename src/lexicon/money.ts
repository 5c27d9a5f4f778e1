import { dict } from "./dict.js";
/**
 * Money words as data: currency symbols and names, multipliers, pay periods, and the nouns that say
 * an amount is pay or something else (a budget, a bonus, a funding round). Lowercase unless noted;
 * per language where the words differ. The logic that reads them lives in src/fields/salary.ts.
 */

/**
 * Currency symbols and abbreviations written next to a number, as written (case matters: "R" and
 * "Rs" are not words). `$`, `kr`, `¥` and `Rs` are shared by several currencies: see LOCAL_CURRENCY.
 */
export const CURRENCY_SYMBOLS: Record<string, string> = dict({
  $: "USD", "US$": "USD", "USD$": "USD", "U$": "USD", "CA$": "CAD", "C$": "CAD", "CAD$": "CAD", "Can$": "CAD",
  "AU$": "AUD", A$: "AUD", "AUD$": "AUD", "NZ$": "NZD", "NZD$": "NZD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD", "SGD$": "SGD",
  R$: "BRL", "MX$": "MXN", "MXN$": "MXN", "NT$": "TWD", "RD$": "DOP", "COL$": "COP", "CLP$": "CLP", "ARS$": "ARS",
  "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "CN¥": "CNY", "JP¥": "JPY", "円": "JPY", "元": "CNY", "₹": "INR",
  "₩": "KRW", "₪": "ILS", "₱": "PHP", "₦": "NGN", "₺": "TRY", "₴": "UAH", "₽": "RUB", "฿": "THB", "₫": "VND", "₡": "CRC",
  "₵": "GHS", "₸": "KZT", "₼": "AZN", "₾": "GEL", "₲": "PYG", Rs: "INR", "Rs.": "INR", "₨": "INR", R: "ZAR", N: "NGN",
  "zł": "PLN", "Kč": "CZK", kr: "SEK", "kr.": "SEK", Kr: "SEK", "Kr.": "SEK", Ft: "HUF", "Fr.": "CHF", "SFr.": "CHF",
  "CHF": "CHF", din: "RSD", "din.": "RSD", "дин": "RSD", "дин.": "RSD", "лв": "BGN", "лв.": "BGN", lei: "RON",
  "kn": "HRK", "RM": "MYR", Rp: "IDR", "Rp.": "IDR", "KSh": "KES", "Ksh": "KES", "E£": "EGP",
  "Dhs": "AED",
  // vi: "12.000.000 VNĐ", "15.000.000đ"
  "VNĐ": "VND", "VNđ": "VND", "đ": "VND", "Đ": "VND",
  // tr / hu: "25.000 TL", "450 000 Ft/hó"
  TL: "TRY", "Ft.": "HUF",
});

/** Symbols and words that several currencies share, read as their default only when no country says otherwise. */
export const GENERIC_SYMBOLS = ["$", "kr", "kr.", "Kr", "Kr.", "¥", "Rs", "Rs.", "₨", "dollar", "dollars", "peso", "pesos"];

/** A figure at least this large, in these currencies, is a year's pay and never a month's ("Salary: €45,000"). */
export const YEARLY_SIZED: Record<string, number> = dict({
  USD: 15000, EUR: 15000, GBP: 15000, CHF: 15000, CAD: 15000, AUD: 15000, NZD: 15000, SGD: 15000, HKD: 100000,
});

/**
 * Currencies whose unit is small, with roughly how many units make a dollar's worth, so that one
 * sanity range of pay fits them all: "22.000.000 VNĐ / tháng" is a month's pay, "¥6,000,000" a year's.
 */
export const CURRENCY_SCALE: Record<string, number> = dict({
  VND: 20000, IDR: 15000, IRR: 40000, LAK: 20000, UZS: 10000, KRW: 1000, CLP: 1000, COP: 4000, PYG: 7000, MNT: 3000,
  JPY: 100, HUF: 300, NGN: 1000, KZT: 400, TZS: 2500, UGX: 3500, LKR: 300, PKR: 250, ARS: 1000,
});

/** Currency names written out, by language (lowercase). */
export const CURRENCY_WORDS: Record<string, string> = dict({
  // en
  euro: "EUR", euros: "EUR", dollar: "USD", dollars: "USD", "us dollars": "USD", "usd dollars": "USD",
  "canadian dollars": "CAD", "australian dollars": "AUD", "singapore dollars": "SGD", "new zealand dollars": "NZD",
  "hong kong dollars": "HKD", pound: "GBP", pounds: "GBP", "pounds sterling": "GBP", sterling: "GBP",
  rupee: "INR", rupees: "INR", yen: "JPY", yuan: "CNY", rmb: "CNY", renminbi: "CNY", rand: "ZAR", naira: "NGN",
  zloty: "PLN", zlotys: "PLN", koruna: "CZK", crowns: "CZK", forint: "HUF", shekel: "ILS", shekels: "ILS", ringgit: "MYR",
  peso: "MXN", pesos: "MXN", reais: "BRL", lira: "TRY", dirham: "AED", dirhams: "AED", francs: "CHF",
  "swiss francs": "CHF", franc: "CHF", krona: "SEK", kronor: "SEK", krone: "NOK", kroner: "NOK", dinar: "RSD", dinars: "RSD",
  // de
  "schweizer franken": "CHF", franken: "CHF",
  // fr
  "francs suisses": "CHF", "dollars canadiens": "CAD", "livres sterling": "GBP",
  // es / pt
  "dólares": "USD", "dólar": "USD", "dólares estadounidenses": "USD", reales: "BRL", "libras": "GBP",
  // pl / cs / sr / hu / ro
  "złotych": "PLN", "zlotych": "PLN", "złote": "PLN", "korun": "CZK", "dinara": "RSD", "динара": "RSD", lej: "RON",
  // vi
  "đồng": "VND", vnd: "VND", "vnđ": "VND",
});

/**
 * Symbols that several currencies write the same way, resolved by the country of the job:
 * "$4,500" in Toronto is CAD, "45 000 kr" in Oslo is NOK.
 */
export const LOCAL_CURRENCY: Record<string, Record<string, string>> = {
  USD: { CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD", MX: "MXN", TW: "TWD", AR: "ARS", CL: "CLP", CO: "COP", UY: "UYU", DO: "DOP" },
  SEK: { NO: "NOK", DK: "DKK", IS: "ISK", FO: "DKK", GL: "DKK" },
  JPY: { CN: "CNY" },
  INR: { PK: "PKR", LK: "LKR", NP: "NPR" },
  MXN: { AR: "ARS", CL: "CLP", CO: "COP", UY: "UYU", PH: "PHP", DO: "DOP", CU: "CUP" },
};

// lexicon helper: "45 000 kr" with no place named is the krone or krona of the posting's language
/** The country a language's postings are from, to read a shared symbol ("kr") when no place says. */
export const LANGUAGE_COUNTRY: Record<string, string> = dict({ da: "DK", nb: "NO", sv: "SE", is: "IS" });

/** Place names that say which dollar a bare "$" is, when no location carries a country code. */
export const DOLLAR_PLACES: Record<string, string> = dict({
  canada: "CA", toronto: "CA", vancouver: "CA", montreal: "CA", "montréal": "CA", ottawa: "CA", calgary: "CA", edmonton: "CA",
  winnipeg: "CA", ontario: "CA", quebec: "CA", "québec": "CA", "british columbia": "CA", alberta: "CA",
  australia: "AU", sydney: "AU", melbourne: "AU", brisbane: "AU", perth: "AU", adelaide: "AU", canberra: "AU",
  "new south wales": "AU", queensland: "AU", "new zealand": "NZ", auckland: "NZ", wellington: "NZ", christchurch: "NZ",
  singapore: "SG", "hong kong": "HK", mexico: "MX", "méxico": "MX", cdmx: "MX", guadalajara: "MX", monterrey: "MX",
  taipei: "TW", taiwan: "TW", "buenos aires": "AR", argentina: "AR", santiago: "CL", chile: "CL", "bogotá": "CO", bogota: "CO", colombia: "CO",
});

/** Currency codes of ISO 4217 that are also everyday words in capitals ("ALL", "TOP", "CUP"): never a currency. */
export const CODE_STOPWORDS = ["ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "MAD", "GEL", "AMD", "ANG", "SOS", "BAM", "CAR", "BOV", "CHE", "CHW"];

/** Currency codes that are also names in tech postings ("PHP 8"): a currency only beside an amount of 1,000 or more. */
export const WORDLIKE_CODES = ["PHP"];

/** Multipliers after a number: "60k", "1,2 Mio.", "18 LPA", "2 lakhs", "30 mil". `currency`/`period` when the word implies one. */
export const MULTIPLIERS: Record<string, { factor: number; currency?: string; period?: "year" }> = dict({
  k: { factor: 1e3 }, thousand: { factor: 1e3 }, tsd: { factor: 1e3 }, "tsd.": { factor: 1e3 }, tausend: { factor: 1e3 },
  mil: { factor: 1e3 }, mille: { factor: 1e3 }, teur: { factor: 1e3, currency: "EUR" }, keur: { factor: 1e3, currency: "EUR" },
  m: { factor: 1e6 }, mm: { factor: 1e6 }, mio: { factor: 1e6 }, "mio.": { factor: 1e6 }, million: { factor: 1e6 }, millions: { factor: 1e6 },
  millionen: { factor: 1e6 }, millones: { factor: 1e6 }, "milhões": { factor: 1e6 }, milioni: { factor: 1e6 },
  b: { factor: 1e9 }, bn: { factor: 1e9 }, billion: { factor: 1e9 }, mrd: { factor: 1e9 }, "mrd.": { factor: 1e9 },
  lakh: { factor: 1e5, currency: "INR" }, lakhs: { factor: 1e5, currency: "INR" }, lac: { factor: 1e5, currency: "INR" },
  lacs: { factor: 1e5, currency: "INR" }, l: { factor: 1e5, currency: "INR" }, lpa: { factor: 1e5, currency: "INR", period: "year" },
  cr: { factor: 1e7, currency: "INR" }, crore: { factor: 1e7, currency: "INR" }, crores: { factor: 1e7, currency: "INR" },
  // vi: "12 - 22 triệu" (millions of đồng)
  "triệu": { factor: 1e6, currency: "VND" }, tr: { factor: 1e6, currency: "VND" },
});

/**
 * Words for a pay period, by language, as whole phrases. Slash forms ("/hr") stand right after the
 * amount or its currency; the others anywhere in the amount's clause. Checked in this order.
 */
export const PERIOD_PHRASES: Record<"hour" | "day" | "week" | "month" | "year", string[]> = {
  hour: [
    "/hr", "/h", "/hour", "/hrs", "/std", "/std.", "/stunde", "/heure", "/hora", "/ora", "/sat", "per hour", "an hour", "a hour",
    "hourly", "per hr", "p/h", "p.h.", "ph", "hr", "phr",
    "stundenlohn", "pro stunde", "je stunde", "die stunde", "in der stunde", "stündlich", "stundensatz", "brutto/stunde", "brutto pro stunde",
    "par heure", "de l'heure", "l'heure", "horaire", "brut/heure", "brut de l'heure",
    "por hora", "la hora", "a la hora", "/hora bruta", "hora", "à hora", "por hora bruta",
    "all'ora", "l'ora", "orari", "all’ora", "l’ora", "orario", "oraria", "lordi all'ora", "po satu", "na sat",
    "per uur", "uurloon", "/uur", "bruto per uur", "/hod.", "/hod", "za hodinu", "na hodinu", "za godzinę", "na godzinę", "/godz.", "/godz", "godzinowa", "/giờ", "mỗi giờ",
    // da / sv / nb (lexicon helper): "Timeløn fra 185 kr.", "160 kr/t", "220 kr i timmen"
    "i timen", "pr. time", "pr time", "per time", "/time", "/t", "i timmen", "per timme", "/tim", "timeløn", "timelønn", "timlön",
    // fi / ro (lexicon helper): "14 €/tunti", "tuntipalkka 13,50 €"; "25 lei/oră", "pe oră"
    "/tunti", "tunnissa", "tuntipalkka", "/oră", "/ora", "pe oră", "pe ora",
    // tr / hu (lexicon helper): "saatlik 150 TL", "2 500 Ft/óra", "órabér"
    "saatlik", "/saat", "saatlik ücret", "/óra", "óránként", "órabér",
  ],
  day: [
    "/day", "/d", "/jour", "/j", "/tag", "/día", "/dia", "/giorno", "per day", "a day", "daily", "day rate", "daily rate", "per diem",
    "tagessatz", "pro tag", "am tag", "täglich", "par jour", "tjm", "taux journalier", "journalier", "por día", "por dia", "al día",
    "diario", "diária", "al giorno", "giornaliero", "giornalieri", "dnevno",
    "per dag", "/dag", "dagtarief", "dziennie", "za dzień", "/ngày",
  ],
  week: [
    "/wk", "/week", "/w", "/semaine", "/woche", "/semana", "/settimana", "per week", "a week", "weekly", "pw", "p/w", "p.w.",
    "pro woche", "wöchentlich", "par semaine", "hebdomadaire", "por semana", "semanal", "semanales", "a settimana", "settimanale", "nedeljno",
    "per week", "wekelijks", "tygodniowo",
  ],
  month: [
    "/mo", "/mth", "/month", "/mon", "/mois", "/monat", "/mes", "/mês", "/mese", "/m", "per month", "a month", "monthly", "pm", "p/m", "p.m.",
    "per mensem", "pro monat", "im monat", "monatlich", "monatsgehalt", "brutto/monat", "brutto monatlich", "bruttomonatsgehalt", "mtl.",
    "par mois", "mensuel", "mensuels", "mensuelle", "brut mensuel", "brut/mois", "al mes", "por mes", "mensual", "mensuales",
    "bruto mensual", "brutos mensuales", "por mês", "mensal", "mensais", "ao mês", "al mese", "mensile", "mensili", "lordo mensile",
    "mesečno", "mesecno", "miesięcznie", "měsíčně", "na mesec", "mjesečno", "per månad", "i månaden", "/mån", "per måned", "pr. måned", "om måneden", "/mies.", "/mies", "/mc", "/msc", "mies.", "/měs.", "/měs", "měs.", "/mesiac", "mesačne", "za mesiac", "/mes.",
    "per maand", "/maand", "p/mnd", "/mnd", "per mnd", "maandelijks", "bruto per maand", "maandsalaris", "brutto miesięcznie", "na miesiąc", "/miesiąc",
    "mensalmente", "/tháng", "mỗi tháng", "hàng tháng", "một tháng",
    // da / sv / nb (lexicon helper): "32 000 kr/md", "Månadslön 32 000 kr"
    "/md", "/md.", "pr. md", "pr. md.", "pr md", "per md", "i måneden", "/måned", "/månad", "pr. mnd", "pr. mnd.", "i månaden",
    "månedsløn", "månadslön", "månedslønn",
    // fi / ro (lexicon helper): "3 400–3 900 € / kk", "kuukausipalkka"; "6.000 RON net / lună", "brut lunar"
    "/kk", "kk", "kuukaudessa", "/kuukausi", "kuukausipalkka", "/lună", "/luna", "pe lună", "pe luna", "lunar", "net/lună", "brut/lună",
    // tr / hu (lexicon helper): "25.000 TL brüt / aylık", "aylık net"; "bruttó 650 000 Ft/hó", "havi bruttó"
    "aylık", "/aylık", "/ay", "ayda", "aylık brüt", "aylık net", "brüt / aylık", "net / aylık", "havi", "/hó", "havonta", "havi bruttó", "havi nettó", "/hónap", "bruttó/hó", "nettó/hó",
  ],
  year: [
    "/yr", "/year", "/y", "/a", "/an", "/année", "/año", "/ano", "/jahr", "/anno", "per year", "a year", "per annum", "p.a.", "p.a", "pa",
    "annual", "annually", "yearly", "per yr", "annum", "ctc",
    "pro jahr", "im jahr", "jährlich", "jahresgehalt", "bruttojahresgehalt", "brutto/jahr", "brutto jährlich", "jahresbrutto", "jahr",
    "par an", "par année", "annuel", "annuels", "annuelle", "brut annuel", "brut/an", "k€/an", "al año", "por año", "anual", "anuales",
    "bruto anual", "brutos anuales", "bruto/año", "por ano", "ao ano", "anuais", "all'anno", "l'anno", "annuo", "annui", "annua", "lordo annuo",
    "lordi annui", "ral", "godišnje", "rocznie", "ročně", "ročne", "per år", "om året", "i året", "pr. år",
    "per jaar", "/jaar", "jaarlijks", "bruto per jaar", "jaarsalaris", "na rok", "/rok", "anualmente", "/năm", "mỗi năm",
    // da / sv / nb (lexicon helper)
    "/år", "årsløn", "årslön", "årslønn", "pr. år.",
    // fi / ro (lexicon helper)
    "vuodessa", "/vuosi", "vuosipalkka", "pe an", "anual",
    // tr / hu (lexicon helper)
    "yıllık brüt", "/yıl", "yılda", "évi", "/év", "évente", "éves bruttó",
  ],
};

/** Gross and net, kept in the raw text of a salary: "€1,200 gross per month", "45.000 € brutto/Jahr". */
export const GROSS_WORDS = [
  "gross", "net", "before", "after", "tax", "pre-tax", "brutto", "netto", "brut", "bruts", "net", "nets", "bruto", "brutos", "bruta", "brutas",
  "neto", "netos", "líquido", "lordo", "lordi", "netti", "bruttó", "nettó",
  "brüt",
];

/** Nouns and adjectives that say an amount is pay ("salary", "Gehalt", "rémunération"). Whole words. */
export const PAY_WORDS = [
  "salary", "salaries", "pay", "paid", "pays", "base", "wage", "wages", "compensation", "remuneration", "rate", "earn", "earning",
  "earnings", "income", "gross", "net", "ote", "ctc", "tc", "range", "band", "stundenlohn", "lohn", "gehalt",
  "jahresgehalt", "monatsgehalt", "bruttogehalt", "bruttojahresgehalt", "grundgehalt", "zielgehalt", "gehaltsspanne", "gehaltsband",
  "vergütung", "entgelt", "bezahlung", "brutto", "netto", "salaire", "rémunération", "brut", "rémunéré", "rémunérée", "paie",
  "fourchette", "salario", "sueldo", "retribución", "remuneración", "bruto", "bruta", "brutos", "neto", "banda", "salário",
  "remuneração", "ordenado", "retribuzione", "stipendio", "compenso", "lordo", "lordi", "lorda", "lorde", "paga", "ral", "plata", "zarada", "wynagrodzenie", "mzda",
  // nl / pl / vi
  "salaris", "salarisindicatie", "loon", "uurloon", "maandsalaris", "jaarsalaris", "pensja", "stawka", "zarobki", "wynagrodzenia",
  "lương", "thu nhập",
  // da / sv / nb (lexicon helper)
  "løn", "lön", "lønn", "timeløn", "timelønn", "timlön", "månedsløn", "månadslön", "månedslønn", "årsløn", "årslön", "årslønn", "grundløn",
  "grundlön", "grunnlønn", "lønnen", "lönen", "ingångslön", "startløn", "lønnstrinn", "gage",
  // fi / ro (lexicon helper)
  "palkka", "palkkaa", "palkkaus", "kuukausipalkka", "tuntipalkka", "salariu", "salariul", "salarizare", "salariului",
  // tr / hu (lexicon helper)
  "maaş", "maaşı", "ücret", "ücreti", "brüt", "fizetés", "bér", "bérezés", "alapbér", "bruttó", "nettó", "javadalmazás", "órabér",
];

/** Word stems that say an amount is pay inside compounds ("Bruttojahresgehalt", "Gehaltsspanne"). */
export const PAY_STEMS = ["gehalt", "gehält", "vergütung", "lohn", "entgelt", "rémunér", "remuner", "retribu", "compensat", "stipendi", "salaris", "wynagrodz", "løn", "lön"];

/**
 * Words for money that is not pay, whole words: perks, budgets, bonuses, equity, company figures.
 * "$100 monthly grocery credit", "stipend of $2,000", "raised $20M", "$200B+ company".
 */
export const NOT_PAY_WORDS = [
  "credit", "credits", "voucher", "vouchers", "bonus", "bonuses", "equity", "stock", "stocks", "options", "shares", "rsu", "rsus",
  "funding", "raised", "raise", "round", "seed", "series", "revenue", "revenues", "arr", "mrr", "gmv", "valuation", "valued",
  "investment", "invested", "investors", "turnover", "sales", "spend", "spending", "grant", "grants", "prize", "cashback", "coverage",
  "insurance", "pension", "401k", "match", "matching", "discount", "gift", "gifts", "relocation", "referral", "fund", "funds", "worth",
  "company", "business", "market", "donation", "donations", "subsidy", "subsidies", "fee", "fees", "account", "contribution",
  "contributions", "reimbursement", "reimbursed", "per employee", "sign-on", "signing", "commission", "commissions",
  "allowance", "stipend", "stipends", "budget", "budgets", "learning", "training", "conference", "wellness", "gym", "commuter", "transit",
  "meal", "meals", "lunch", "food", "phone", "internet", "childcare", "vacation", "equipment", "development", "education",
  "educational", "tuition", "assistance", "certification", "certifications", "courses", "books", "scholarship", "setup", "set-up", "home-office", "home office",
  "prämie", "prämien", "zuschuss", "gutschein", "gutscheine", "sachbezug", "jobticket", "umsatz", "finanzierung", "kapital", "weihnachtsgeld", "urlaubsgeld",
  "prime", "primes", "intéressement", "participation", "mutuelle", "chèques", "titres-restaurant", "tickets", "ticket", "chiffre", "levée", "levé",
  "bono", "bonos", "ayuda", "vales", "cheques", "facturación", "financiación", "bônus", "auxílio", "vale", "faturamento",
  "buoni", "buono", "welfare", "fatturato", "premio", "rimborso",
  // nl / pl / vi
  "vakantiegeld", "reiskosten", "reiskostenvergoeding", "pensioen", "omzet", "premia", "premię", "premie", "dofinansowanie", "budżet",
  "card", "karta", "kaart", "thưởng", "phụ cấp", "hỗ trợ", "lì xì", "ăn trưa",
];

/** Stems of the same, for compounds ("Weiterbildungsbudget", "Sachbezugsgutscheinen", "reimbursed"). */
export const NOT_PAY_STEMS = ["budget", "stipend", "allowanc", "voucher", "reimburs", "bonus", "gutschein", "zuschuss", "prämie", "sachbezug", "subvention", "valuation", "funding", "zulage", "budżet", "dofinans", "vergoeding"];

/** Weak pay words: on-target earnings and total compensation beside a base salary are not the base. */
export const WEAK_PAY_WORDS = ["ote", "on-target earnings", "on target earnings", "total compensation", "tc", "total package", "total rewards", "with commission", "including commission", "variable"];

/** Units after a bare number that make it a count, not money: "10-15 hours per week", "team of 60 people". */
export const COUNT_UNITS = [
  "hours", "hour", "hrs", "hr", "h", "days", "day", "weeks", "week", "months", "month", "years", "year", "yrs", "people", "persons",
  "employees", "members", "users", "customers", "clients", "countries", "offices", "stores", "engineers", "percent", "%",
  "stunden", "std", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "mitarbeiter", "mitarbeitende", "personen",
  "heures", "jours", "semaines", "mois", "ans", "années", "salariés", "personnes", "horas", "días", "dias", "semanas", "meses", "años", "anos",
  "personas", "pessoas", "empleados", "funcionários", "ore", "giorni", "settimane", "mesi", "anni", "persone", "dipendenti",
  "monatsgehälter", "gehälter", "salaires", "sueldos", "pagas", "mensualidades", "mensilità",
];

/** Words just before an amount that make it a floor: "from €50k", "ab 4.000 €", "à partir de 45 k€". */
export const FLOOR_WORDS = [
  "from", "starting at", "starting from", "starts at", "at least", "minimum", "minimum of", "min", "min.", "upwards of", "over", "more than",
  "ab", "mindestens", "mind.", "mehr als", "über", "à partir de", "a partir de", "dès", "minimum de", "plus de", "au moins",
  "desde", "mínimo", "mínimo de", "más de", "a partir de", "pelo menos", "mais de", "a partire da", "da", "almeno", "minimo", "oltre", "od",
  "vanaf", "minimaal", "minimum", "tối thiểu", "từ",
  // da / sv / nb (lexicon helper): "Timeløn fra 185 kr.", "från 32 000 kr"
  "från", "mindst", "minst", "lägst",
];

/** Words just before an amount that make it a ceiling: "up to $60k", "bis zu 60.000 €", "jusqu'à 50 k€". */
export const CEILING_WORDS = [
  "up to", "upto", "max", "max.", "maximum", "maximum of", "no more than", "not exceeding", "bis zu", "bis", "höchstens", "maximal",
  "jusqu'à", "jusqu’à", "jusqu'a", "hasta", "máximo", "até", "fino a", "massimo", "do",
  "tot", "maximaal", "max", "maks.", "maksymalnie", "tối đa", "lên đến", "lên tới",
  // da / sv / nb (lexicon helper)
  "op til", "upp till", "opp til", "højst", "högst", "maks", "inntil",
];

/** Words before a range that let "and"/"et"/"y"/"e"/"und"/"en"/"i" join its ends: "between $90k and $110k", "tussen € 3.000 en € 4.000" ("van € 3.200 en € 3.900" is two amounts). */
export const BETWEEN_AND_WORDS = ["between", "zwischen", "entre", "tra", "fra", "between the range of", "in the range of", "tussen", "pomiędzy", "między", "mellan", "mellom", "mellem"];

// ---- facts helper: what sets pay, and figures that are not this job's pay ----------------------------
/**
 * Words after an amount that say what the pay depends on; what follows them is no verdict on the
 * amount: "£80 - £100k based on equity stake and experience", "€4k je nach Erfahrung".
 */
export const CONDITION_WORDS = [
  "depending on", "depends on", "dependent on", "based on", "commensurate with", "subject to", "according to",
  "je nach", "abhängig von", "selon", "suivant", "en fonction de", "según", "dependiendo de", "en función de",
  "dependendo de", "de acordo com", "conforme", "in base a", "a seconda di", "afhankelijk van", "op basis van", "naargelang",
  "w zależności od", "zależnie od", "tùy theo", "tùy vào", "theo năng lực",
];

/**
 * Words that put a figure in someone else's mouth: a typical wage, the market's average, what one
 * earns elsewhere. "In a typical student job you earn €11 an hour" is not the posting's pay.
 */
export const REFERENCE_WORDS = [
  "in a typical", "in typical", "at a typical", "on average", "the average", "median", "elsewhere", "national minimum", "minimum wage", "market average",
  "üblicherweise", "typischen", "typischerweise", "durchschnittlich", "im durchschnitt", "mindestlohn",
  "en moyenne", "habituellement", "smic", "en promedio", "típico", "típica", "salario mínimo", "em média", "típico", "salário mínimo",
  "gemiddeld", "doorgaans", "minimumloon", "średnio", "płaca minimalna", "trung bình",
];
