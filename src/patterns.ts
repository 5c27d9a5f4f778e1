/**
 * Every regular expression of jobparse, named, with one line on what it is for.
 * Each is linear on adversarial input (bounded repeats, no nested quantifiers over the same text);
 * test/redos.test.ts runs each one through the recheck ReDoS checker.
 * Constants with the `g` or `y` flag are templates: copy them (`new RegExp(X.source, X.flags)`)
 * before use so no `lastIndex` leaks between calls.
 */

// ---- normalisation ---------------------------------------------------------
/** CR line ends, Unicode spaces, zero-width characters, soft hyphens and HTML entities. */
export const NORMALIZE_RE =
  /\r\n?|[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]|[\u200B-\u200D\u2060\uFEFF\u00AD]|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});/g;
/** A cheap pre-test: text that may hold UTF-8 read as Windows-1252. */
export const MOJIBAKE_HINT_RE = /[\u00C2\u00C3]|\u00E2\u20AC/;
/** A UTF-8 lead byte followed by continuation bytes, all shown as Windows-1252 characters. */
export const MOJIBAKE_RUN_RE =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}/g;

// ---- plain text to a tree ------------------------------------------------------
/** A bullet at the start of a line: `•`, `-`, `*`, `·`, `▪`, `◦`, `●`, `–`, `+`, `✓`, or `1.` / `1)` / `a)`. */
export const BULLET_RE = /^([ \t]{0,16})(?:[•\-*·▪◦●‣–—+►➤✓✔︎☐■□○→>]|\(?(?:\d{1,2}|[a-zA-Z])[.)])[ \t]+(?=\S)/;
/** A bullet glued to the text: `•Build things` (only the round and square bullet glyphs). */
export const GLUED_BULLET_RE = /^([ \t]{0,16})[•▪●◦·](?=\S)/;
/** Sentence-ending punctuation at the end of a line. */
export const SENTENCE_END_RE = /[.!?;,…]["'”’)]?$/;
/** A Markdown ATX heading line. */
export const ATX_HEADING_RE = /^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$/;
/** A line wrapped in bold or underscores: `**What you'll do**`, `__Perks__`. */
export const BOLD_LINE_RE = /^(?:\*\*|__)([^*_\n]{1,120})(?:\*\*|__):?$/;

// ---- labels and overview ------------------------------------------------------
/** `Key: Value` or `Key – Value` at the start of a line, with a short key. */
export const KEY_VALUE_RE = /^([\p{L}][\p{L}\p{N} '’&/().-]{0,38}?)[ \t]*[:：][ \t]*(\S.{0,400})$/u;
/** Words in a heading or label, for matching against the lexicon. */
export const WORD_RE = /[\p{L}\p{N}]+/gu;

// ---- contacts ---------------------------------------------------------------
/** An e-mail address. */
export const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}/g;
/** An http(s) URL up to the first space or closing bracket. */
export const URL_RE = /https?:\/\/[^\s<>()\[\]"'`]{2,2000}/g;
/** Punctuation that ends a sentence rather than a URL. */
export const URL_TRAILING_RE = /[.,;:!?*_]+$/;

// ---- salary ------------------------------------------------------------------
/**
 * An amount of money: optional currency before, a number in any locale grouping ("95,000",
 * "70.000", "70 000", "9'500", "60.000,00"), an optional multiplier, optional currency after.
 */
export const MONEY_RE =
  /(?<pre>(?:CA|C|US|AU|A|NZ|HK|S|R|MX|NT)\$|\$|€|£|¥|₹|₩|₪|₱|₦|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|SGD|INR|JPY|SEK|NOK|DKK|PLN|CZK|RSD|BRL|MXN|ZAR|HUF|RON|HKD|CNY|ILS|TRY|AED|Rs\.?|INR)(?![A-Za-z]))?[ \t]?(?<num>\d{1,3}(?:[,.'’ ]\d{3}){1,3}(?:[.,]\d{1,2})?(?![\d])|\d{1,7}(?:[.,]\d{1,2})?(?![\d]))(?:[ \t]?(?<mult>[kK](?![a-zA-Z])|[mM](?![a-zA-Z\d])|Mio\.?|mil(?![a-z])|lakhs?|LPA|L(?![a-zA-Z])|thousand|TEUR|Tsd\.?))?(?:[ \t]?(?<post>€|\$|£|(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|SGD|INR|JPY|SEK|NOK|DKK|PLN|CZK|RSD|BRL|MXN|ZAR|HUF|RON|HKD)(?![A-Za-z])|zł|Kč|kr(?![a-z])|euros?(?![a-z])|dollars?|pounds?|dinara|dinars?|francs?))?/g;
/** What joins the two ends of a range: "-", "–", "to", "bis", "à", "a", "y", "and". */
export const RANGE_JOIN_RE = /^[ \t]{0,3}(?:-{1,2}|–|—|~|to|bis|à|a|y|and|et|e|tra|até|au|hasta|up to)[ \t]{0,3}/i;
/** Per-hour words after (or before) an amount. */
export const PERIOD_HOUR_RE = /\/ ?(?:hr|h|hour|hora|heure|std|stunde|ora)\b|\bper hour\b|\ban? hour\b|\bhourly\b|\bp\/h\b|\bph\b|\bpar heure\b|\bde l'heure\b|\bpro stunde\b|\bstundenlohn\b|\bpor hora\b|\bla hora\b|\bl'ora\b|\ball'ora\b|\bhr\b/i;
/** Per-day words. */
export const PERIOD_DAY_RE = /\/ ?(?:day|d|jour|tag|día|dia)\b|\bper day\b|\ba day\b|\bdaily\b|\bday rate\b|\bpar jour\b|\bpro tag\b|\btagessatz\b|\bpor día\b|\bal giorno\b|\bTJM\b/i;
/** Per-week words. */
export const PERIOD_WEEK_RE = /\/ ?(?:wk|week|semaine|woche|semana)\b|\bper week\b|\ba week\b|\bweekly\b|\bpar semaine\b|\bpro woche\b|\bpor semana\b/i;
/** Per-month words. */
export const PERIOD_MONTH_RE = /\/ ?(?:mo|mth|month|mois|monat|mes|mês|mese)\b|\bper month\b|\ba month\b|\bmonthly\b|\bpar mois\b|\bmensuel(?:le)?s?\b|\bpro monat\b|\bmonatlich\b|\bim monat\b|\bal mes\b|\bmensual(?:es)?\b|\bmensile\b|\bmesečno\b|\bbrutto ?\/ ?monat\b|\bpor mes\b/i;
/** Per-year words. */
export const PERIOD_YEAR_RE = /\/ ?(?:yr|year|y|a|an|año|ano|jahr|anno)\b|\bper year\b|\ba year\b|\bper annum\b|\bp\.? ?a\.?(?![a-z])|\bannual(?:ly)?\b|\byearly\b|\bpar an\b|\bpar année\b|\bannuel(?:le)?s?\b|\bpro jahr\b|\bim jahr\b|\bjährlich\b|\bjahresgehalt\b|\bbruttojahresgehalt\b|\bal año\b|\bpor año\b|\banual(?:es)?\b|\bRAL\b|\bannu[oi]\b|\bLPA\b|\bPA\b|\bbrut annuel\b|\bp\.a\b/i;
/** Words that make an amount something other than pay (budgets, perks, company figures). */
export const NOT_PAY_RE = /\b(?:budget|stipend|allowance|credit|voucher|reimburs|bonus|sign[- ]on|signing|equity|stock|options|funding|raised|raise|revenue|ARR|MRR|valuation|series [a-e]|seed|investment|invested|turnover|GMV|customers|users|merchants|employees|downloads|contracts?|401|match|per employee|gift|discount|relocation|referral|fund(?:ing|ed)?|worth|sales|spend|grant|prize|cashback|coverage|insurance|pension|Zuschuss|Budget|Prämie|Gutschein|ticket|billion|bn|Mrd|million users)\b/i;
/** Words that say an amount is pay. */
export const PAY_WORD_RE = /\b(?:salary|salaries|compensation|pay|paid|wage|wages|base|OTE|earn|earning|remuneration|rate|range|gehalt|vergütung|jahresgehalt|bruttojahresgehalt|stundenlohn|lohn|entgelt|salaire|rémunération|brut|salario|sueldo|retribución|remuneración|bruto|salário|remuneração|retribuzione|stipendio|RAL|per hour|hourly|annual|per annum|p\.a|an hour|a year|\/yr|\/hr|\/year|\/hour|LPA|CTC|package|TC)\b/i;

// ---- dates ---------------------------------------------------------------------
/** "11 days ago", "30+ days ago", "a week ago", "2w ago". */
export const AGO_EN_RE = /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\+?[ \t]?(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)[ \t]+ago\b/i;
/** "il y a 3 jours", "vor 2 Wochen", "hace 5 días", "há 2 dias". */
export const AGO_PREFIX_RE = /\b(?:il y a|vor|hace|há|ha)[ \t]+(\d{1,3}|une?|einem|einer|un|una|um|uma)\+?[ \t]+(\p{L}{1,10})/iu;
/** "3 giorni fa". */
export const AGO_IT_RE = /\b(\d{1,3}|un|una)[ \t]+(giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|or[ae])[ \t]+fa\b/i;
/** ISO dates: 2026-11-20. */
export const ISO_DATE_RE = /\b(20\d{2}|19\d{2})-(\d{1,2})-(\d{1,2})\b/;
/** Day-first or month-first numeric dates: 20.11.2026, 20/11/2026, 11/20/2026. */
export const NUMERIC_DATE_RE = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b/;
/** "15 January 2027", "5 janvier 2027", "15. Januar 2027", "15 de enero de 2027". */
export const DAY_MONTH_YEAR_RE = /\b(\d{1,2})(?:st|nd|rd|th|er|\.)?[ \t]+(?:de[ \t]+)?(\p{L}{3,10})\.?,?[ \t]+(?:de[ \t]+)?(\d{4})\b/u;
/** "January 15, 2027", "Jan 15 2027". */
export const MONTH_DAY_YEAR_RE = /\b(\p{L}{3,10})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})\b/u;
/** "Jan 15" without a year (the year is taken from the reference date). */
export const MONTH_DAY_RE = /\b(\p{L}{3,10})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?\b(?![:\d])/u;

// ---- experience -----------------------------------------------------------------
/** "5+ years", "3-5 years", "3 to 5 yrs", "at least five years", "minimum 2 ans", "mindestens 3 Jahre", "7 years of exp". */
export const YEARS_RE =
  /(?<lead>at least|minimum of|minimum|min\.?|over|more than|\bup to|mindestens|mind\.|mehr als|au moins|minimum de|plus de|al menos|mínimo|más de|pelo menos|almeno)?[ \t]*(?<a>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|un|deux|trois|quatre|cinq|six|sept|huit|dix|ein|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|uno|dos|tres|cuatro|cinco|seis|siete|ocho|diez)(?:[ \t]*(?:\+|plus))?(?:[ \t]*(?:-|–|—|to|a|à|bis|y|and|or)[ \t]*(?<b>\d{1,2}))?[ \t]*\+?[ \t]*(?<unit>years?|yrs?|yoe|ans|années|jahre[n]?|años|anos|anni)\b/iu;

// ---- interview steps --------------------------------------------------------------
/** A duration: "60 minutes", "45 min", "1 h", "1.5 hours", "30 Minuten". */
export const DURATION_RE = /(\d{1,3}(?:[.,]\d)?)[ \t]?(minutes?|minuten|minutos|minuti|mins?|m|hours?|hrs?|h|heures?|stunden?|horas?|ore|ora)\b/gi;
