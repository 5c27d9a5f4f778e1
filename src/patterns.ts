/**
 * Every regular expression of jobparse, named, with one line on what it is for.
 * Each is linear on adversarial input (bounded repeats, no nested quantifiers over the same text);
 * test/redos.test.ts runs each one through the recheck ReDoS checker.
 * Constants with the `g` or `y` flag are templates: copy them (`new RegExp(X.source, X.flags)`)
 * before exec, test or matchAll so no `lastIndex` leaks between calls; replace, match and split
 * reset `lastIndex` themselves and take them as they are. A hot loop keeps its module's own copy,
 * made once at load, and sets `lastIndex = 0` before each use (a copy per call costs about 0.7 µs).
 */

import { SENIORITY } from "./lexicon/terms.js";

// ---- normalisation ---------------------------------------------------------
/**
 * CR line ends, Unicode spaces, zero-width characters, soft hyphens, C0/C1 control characters, HTML
 * entities (every HTML5 name), styled letters (mathematical bold/italic, full-width) and ligatures.
 */
export const NORMALIZE_RE =
  /\r\n?|\uD835[\uDC00-\uDFFF]|[\uFF01-\uFF5E\uFB00-\uFB06]|[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]|[\u200B-\u200D\u2060\uFEFF\u00AD]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
/** A cheap pre-test: text that may hold UTF-8 read as Windows-1252 or as ISO-8859-1 (C1 controls after a lead byte). */
export const MOJIBAKE_HINT_RE = /[\u00C2\u00C3]|\u00E2\u20AC|[\u00C4-\u00F4][\u0080-\u009F]/;
/** A UTF-8 lead byte followed by continuation bytes, all shown as Windows-1252 characters. */
export const MOJIBAKE_RUN_RE =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}/g;

// ---- plain text to a tree ------------------------------------------------------
/** A bullet at the start of a line: `•`, `-`, `*`, `·`, `▪`, `◦`, `●`, `–`, `+`, `✓`, or `1.` / `1)` / `a)`. */
/** An ordinal of two digits opening a list item's text: "13. plat", "14. Monatsgehalt". */
export const ORDINAL_START_RE = /^\d{2}\.\s\p{L}/u;
export const BULLET_RE = /^([ \t]{0,16})(?:[•\-*·▪◦●‣–—+►➤✓✔︎☐■□○→>]|\(?(?:\d{1,2}|[a-zA-Z])[.)])[ \t]+(?=\S)/;
/** A dash glued to the end of a word or sentence before a capital: the next bullet of items run together ("logos,...- Prepare"). */
export const RUN_ON_BULLET_RE = /(?<=[\p{L}\p{N}.,;:!?)…])- (?=\p{Lu})/u;
/** A bullet glued to the text: `•Build things` (only the round and square bullet glyphs). */
export const GLUED_BULLET_RE = /^([ \t]{0,16})[•▪●◦·](?=\S)/;
/** Sentence-ending punctuation at the end of a line. */
/** A full stop between two sentences: "… und Nachtzuschläge. Die durchschnittliche …". */
export const SENTENCE_BREAK_RE = /[a-z\u00df-\u024f]{2}\.\s+\p{Lu}/u;
export const SENTENCE_END_RE = /[.!?;,…]["'”’)]?$/;
/** A Markdown ATX heading line. */
export const ATX_HEADING_RE = /^ {0,3}(#{1,6})[ \t]+([^ \t\n\r\u2028\u2029](?:.*?[^ \t#\n\r\u2028\u2029])?)[ \t#]*$/;
/** A line wrapped in bold or underscores: `**What you'll do**`, `__Perks__`. */
export const BOLD_LINE_RE = /^(?:\*\*|__)([^*_\n]{1,120})(?:\*\*|__):?$/;

// ---- labels and overview ------------------------------------------------------
/** `Key: Value` or `Key – Value` at the start of a line, with a short key. */
export const KEY_VALUE_RE = /^([\p{L}][\p{L}\p{N} '’&/().-]{0,38}?)[ \t]*[:：][ \t]*(\S.{0,400})$/u;
/** Words in a heading or label, for matching against the lexicon. */
export const WORD_RE = /[\p{L}\p{N}]+/gu;

// ---- contacts ---------------------------------------------------------------
/** An e-mail address. */
export const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}/g;
/** An http(s) URL up to the first space or closing bracket. */
export const URL_RE = /https?:\/\/[^\s<>()\[\]"'`]{2,2000}/g;
/** Punctuation that ends a sentence rather than a URL. */
export const URL_TRAILING_RE = /(?<![.,;:!?*_])[.,;:!?*_]+$/;

// ---- salary ------------------------------------------------------------------
/**
 * A number as money is written: Indian grouping ("12,00,000"), one thousands separator used
 * throughout ("95,000", "70.000", "70 000", "9'500") with optional decimals ("60.000,00"), or plain
 * digits ("4500", "12.75", "1,5"). Template: copy before use.
 */
export const MONEY_NUMBER_RE =
  /(?=\d)(?<![\p{N}.,'’])(?:\d{1,2}(?:,\d{2}){1,3},\d{3}|\d{1,3}([,.'’ \u00A0\u202F])\d{3}(?:\1\d{3}){0,3}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)(?![\p{N}])/gu;
/** The currency token right before a number ("US$", "€", "EUR ", "Rs.", "CHF "), read on a short slice. */
export const CURRENCY_BEFORE_RE = /(?<![\p{L}\p{Sc}])(\p{L}{1,4}\.?\p{Sc}?|\p{Sc})[ \t]?$/u;
/** The token right after a number or its multiplier ("k", "Mio.", "k€", "€", "EUR", "zł", "euros"). */
export const AFTER_TOKEN_RE = /^[ \t]?(\p{L}{1,12}\.?\p{Sc}?|\p{Sc})/u;
/** A currency sign glued to the end of a token: the "€" of "k€". */
export const CURRENCY_SIGN_END_RE = /\p{Sc}$/u;
/** Two words right after a number, for currency names such as "Canadian dollars" or "francs suisses". */
export const AFTER_TWO_WORDS_RE = /^[ \t]?(\p{L}{2,12}[ \t]\p{L}{2,14})/u;
/** "401(k)", "403b", "457(b)" after 401/403/457: a pension plan, not an amount. */
export const PENSION_PLAN_AFTER_RE = /^\(?[kKbB]\)?(?!\p{L})/u;
/** What may stand between the two ends of a range: "-", "–", "−", "~", "to", "bis", "à", "a", "tot", "do", "đến", "til", "and"/"och"/"og" (after "between"), "– Max." */
export const RANGE_JOIN_RE =
  /^[ \t\u00A0]{0,3}(?:-{1,2}|[–—~−‒]|to|till|through|thru|bis|à|a|au|al|hasta|até|ate|fino a|do|tot|t\/m|đến|til|and|und|et|y|e|en|i|och|og)(?:[ \t\u00A0]{0,3}(?:max\.?|maks\.?|maximaal|maximum|máx\.?))?[ \t\u00A0]{0,3}$/iu;
/** The joins of RANGE_JOIN_RE that are plain conjunctions and need "between"/"entre"/"zwischen"/"tussen"/"pomiędzy" before the range. */
export const CONJUNCTION_JOIN_RE = /^[ \t]{0,3}(?:and|und|et|y|e|en|i|och|og)[ \t]{0,3}$/iu;
/** A period word glued to an amount by a slash, as in "CA$65,000/yr - CA$80,000/yr"; read on a short slice. */
export const SLASH_PERIOD_RE = /^[ \t]?\/[ \t]?(\p{L}{1,8}\.?)/u;
/** Where the clause around an amount ends: sentence punctuation, list marks (also a run-on "- Bonus"), "plus"/"and"/"with" and their kin. */
export const CLAUSE_BREAK_RE =
  /[;!?\n|•·]|[.,](?=\s|$)|(?<![,\d\s])-[ \t](?=\p{L})|\s(?:\+|&|plus|and|und|et|y|with|mit|avec|con|com|including|inkl\.|incl\.|zzgl\.|zuzüglich|sowie|più|más|mais)(?=\s)/giu;
/** A parenthesised aside of up to 40 characters, skipped when reading the words after an amount. */
export const PAREN_ASIDE_RE = /\([^()]{0,40}\)/g;
/** A percent sign right after an amount: "20%" is a share, not money. */
export const PERCENT_AFTER_RE = /^[ \t]?%/;
/** A number that starts with a thousands group ("95,000", "9'500", "12,00,000"), not decimals ("1,5"). */
export const GROUPED_NUMBER_RE = /^(?:\d{1,3}[,.'’ \u00A0\u202F]\d{3}|\d{1,2},\d{2},)/;
/** The decimals that end a grouped number: ",00" in "60.000,00". */
export const DECIMALS_END_RE = /[.,](\d{1,2})$/;
/** A character glued before a number that makes it no amount: "H1B", "Q4", "v2", "24/7", "#3". */
export const GLUED_BEFORE_NUMBER_RE = /[\p{L}_\/#]/u;
/** A "+" glued to a word or number after an amount ("$150k+equity", "+49"): not "or more" as in "$80k+". */
export const PLUS_WORD_RE = /^\+[\p{L}\p{N}]/u;
/** Any letter. */
export const LETTER_RE = /\p{L}/u;
// ---- facts helper (pay, work mode, contract, experience, interview steps) ----
/** One capital letter: where a glued word begins ("VNĐLàm"). */
export const UPPER_LETTER_RE = /^\p{Lu}$/u;
/** One lower-case letter. */
export const LOWER_LETTER_RE = /^\p{Ll}$/u;
/** Any digit: the cheap pre-test before looking for money in a text. */
export const DIGIT_RE = /\d/;
/** A currency code or "US$" anywhere in a posting, to read which dollar it means. Template: copy before use. */
export const CURRENCY_MENTION_RE = /\b(?:US\$|U\.S\. dollars|[A-Z]{3}\b)/g;
/** Runs of characters that are not letters. Template: copy before use. */
export const NON_LETTERS_RE = /[^\p{L}]+/gu;
/** A line that ends as an introduction to what follows: "Annual Salary:", "Salary is determined by location:". */
export const INTRO_END_RE = /[:：]\s*$/;

// ---- dates ---------------------------------------------------------------------
/** "11 days ago", "30+ days ago", "a week ago", "2w ago", "an hour ago". */
export const AGO_EN_RE = /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\+?[ \t]?(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)[ \t]+ago\b/i;
/** "il y a 3 jours", "vor 2 Wochen", "hace 5 días", "hace 5d", "há 2 dias", "en ligne depuis 3 jours", "acum 3 zile". */
export const AGO_PREFIX_RE = /(?<![\p{L}])(?:il y a|vor|hace|há|depuis|acum)[ \t]+(?:(\d{1,3})\+?[ \t]?|(?:(une?|einem|einer|un|una|um|uma)[ \t]+))(\p{L}{1,10})/iu;
/** "3 giorni fa", "un mese fa". */
/** "2 dni temu", "3 dagen geleden", "5 dagar sedan", "2 uger siden", "3 päivää sitten", "2 gün önce": the count, the unit, then the word for ago. */
export const AGO_SUFFIX_RE = /(?<![\p{L}\d])(\d{1,3})[ \t]+(\p{L}{1,10})[ \t]+(?:temu|geleden|sedan|siden|sitten|önce)(?![\p{L}])/iu;
/** Hungarian "3 napja", "2 hete", "1 hónapja": the count, then a unit whose ending says ago. */
export const AGO_HU_RE = /(?<![\p{L}\d])(\d{1,3})[ \t]+(napja|hete|hónapja|éve|órája|perce)(?![\p{L}])/iu;
export const AGO_IT_RE = /\b(\d{1,3}|un|una)[ \t]+(giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|or[ae]|minut[oi])[ \t]+fa\b/i;
/** ISO-like dates: 2026-11-20, 2026/11/20, 2026-11-20T10:00:00Z. */
export const ISO_DATE_RE = /(?=\d)(?<!\d)((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
/** Day-first or month-first numeric dates: 20.11.2026, 20. 11. 2026, 20/11/2026, 11/20/2026, 20-11-26. */
export const NUMERIC_DATE_RE = /(?=\d)(?<![\d.\/-])(\d{1,2})([./-])[ \t]?(\d{1,2})\2[ \t]?(\d{4}|\d{2})(?![\d\/-])/;
/** Working hours with their period: "30 hours per week", "37,5 Stunden pro Woche", "35 h/semaine" (the period is the hours', not the pay's). */
export const HOURS_PER_PERIOD_RE = /(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?(?:hours?|hrs?|h|stunden|std\.?|heures|horas|uur|ore)\s?(?:per|a|an|\/|pro|par|por|in der)\s?(?:week|wk|woche|semaine|semana|settimana|day|día|tag|jour)\b/giu;
/** "15 January 2027", "5 janvier 2027", "15. Januar 2027", "15 de enero de 2027", "1er décembre 2026", "15th of May 2027", "15-Jan-2027", "3. marraskuuta 2026". */
export const DAY_MONTH_YEAR_RE = /(?=\d)(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º|°|ª|\.)?,?[ \t\-]{1,3}(?:(?:de|of)[ \t]+)?(\p{L}{3,11})\.?,?[ \t\-]{1,3}(?:(?:de|del)[ \t]+)?(\d{4})(?!\d)/u;
/** Hungarian year first: "2026. december 3.", "2026. márc. 3-ig". */
export const YEAR_MONTH_DAY_RE = /(?=\d)(?<![\p{L}\p{N}])((?:19|20)\d{2})\.[ \t]{1,3}(\p{L}{3,11})\.?[ \t]{1,3}(\d{1,2})(?!\d)/u;
/** "January 15, 2027", "Jan 15 2027", "Nov. 20th, 2026". */
export const MONTH_DAY_YEAR_RE = /(?=\p{L})(?<![\p{L}\p{N}])(\p{L}{3,10})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ \t]{1,3}(\d{4})(?!\d)/u;
/** "Jan 15", "November 3rd" without a year (the year comes from the reference date). */
export const MONTH_DAY_RE = /(?=\p{L})(?<![\p{L}\p{N}])(\p{L}{3,10})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[:.,]\d)/u;
/** "15 January", "15. Januar", "15 de enero", "1er décembre" without a year. */
export const DAY_MONTH_RE = /(?=\d)(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º|°|ª|\.)?[ \t]{1,3}(?:(?:de|of)[ \t]+)?(\p{L}{3,11})(?![\p{L}])/u;
/** A count written in digits ("3"), not in words ("three"). */
export const DIGITS_RE = /^\d+$/;
/** A letter or digit: what a whole-word match may not touch. */
export const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** Spaces and punctuation around a date phrase ("Posted: today ·"). Template: copy before use. */
export const DATE_FILLER_RE = /[\s:·•|,()\-–—!.]+/g;
/** The end of a piece of a header line: nothing more, or a separator before the next fact ("yesterday• Recruiter active"). */
export const PIECE_END_RE = /^\s*(?:$|[·•|,(\-–—])/;
/** A deadline counted from today: "closes in 5 days", "expires in 2 weeks", "dans 3 jours", "in 3 Tagen", "en 5 días", "em 2 dias", "tra 3 giorni", "în 26 de zile". */
export const IN_FUTURE_RE = /(?<![\p{L}])(?:in|within|dans|en|em|tra|fra|entro|za|jeszcze|nog|noch|în)[ \t]+(\d{1,3}|an?|one|two|three|four|five|six|seven|un|une|una|um|uma|einem|einer)[ \t]+(?:de[ \t]+)?(\p{L}{1,10})/iu;
/** What joins two dates of a range, read right after the first: " to ", " – ", " bis ", " au ". */
export const DATE_RANGE_JOIN_RE = /^[ \t]{0,3}(?:(?:to|until|till|through|bis(?: zum)?|au|al|a|até|à)[ \t]{1,3}|[-–—][ \t]{0,3})/iu;

// ---- experience -----------------------------------------------------------------
const NUM_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|ein|einem|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|dois|três|quatro|cinco|uno|due|tre|quattro|cinque|sei|sette|otto|dieci`;
/**
 * "5+ years", "3-5 years", "3 to 5 yrs", "at least five years", "Four (4) years", "minimum 2 ans",
 * "mindestens 3 Jahre", "al menos 3 años", "1 an", "ein Jahr", "18 months", "minst 3 års". Template (g flag): copy before use.
 */
export const YEARS_RE = new RegExp(
  String.raw`(?<lead>(?<!\p{L})(?:at least|a minimum of|minimum of|minimum de|minimum|min\.|over|more than|up to|mindestens|mind\.|mehr als|über|au moins|plus de|al menos|mínimo de|mínimo|más de|pelo menos|no mínimo|mais de|almeno|più di|oltre|minimaal|minstens|ten minste|meer dan|co najmniej|minimálně|alespoň|nejméně|minimálne|aspoň|najmenej|viac ako|vähintään|ainakin|yli|minim|cel puțin|cel putin|peste|en az|legalább|legalábbis|több mint|przynajmniej|minimum|ponad|powyżej|ít nhất|tối thiểu|trên|minst|mindst|mere end|mer enn|mer än))?[ \t]{0,3}(?<!\d)(?<!\d[.,])(?<a>\d{1,2}(?:[.,]5)?|\b(?:` +
    NUM_WORDS +
    String.raw`))(?:[ \t]?\(\d{1,2}\))?(?:[ \t]{0,2}(?:\+|plus))?(?:[ \t]{0,2}(?:-|–|—|to|a|à|bis|y|and|or|e|et|ou|oder|o|tot|do|đến|até)[ \t]{0,2}(?<b>\d{1,2}|(?:` +
    NUM_WORDS +
    String.raw`)\b)(?:[ \t]?\(\d{1,2}\))?)?[ \t]{0,2}\+?[ \t]{0,2}(?:full[ -])?(?<unit>years?|yrs?|yoe|ans?|années?|jahren?|jahr|años?|anos?|anni|anno|months?|mois|monate?n?|meses|mesi|jaar|jaren|maanden|maand|lata|lat|rokov|rok|roku|roky|let|miesięcy|miesiące|năm|tháng|년|års|år|måneders|månaders|måneder|månader|vuoden|vuotta|vuosi|ani|yıllık|yıl|éves|évnyi|év)(?![\p{L}\p{N}_])(?:'s|')?`,
  "giu",
);
/** A cheap pre-test for YEARS_RE: a unit of time must be there. */
export const EXP_HINT_RE = /year|yrs|yoe|yıl|év|\ban\b|\bani\b|\bvuo|\bans\b|année|jahr|año|\banos?\b|\banni\b|\banno\b|month|mois|monat|\bmes|\bmesi\b|jaar|jaren|maand|\blata?\b|\brok|\blet\b|miesi|năm|tháng|년|år|måned|månad/i;
/** Words after the years that make them something other than experience: "4-year degree", "5 years old", "vesting over 4 years". */
export const EXP_NOT_AFTER_RE = /^[\s-]{0,2}(?:hours?\b|hr\b|de mercado|no mercado|na rynku|op de markt|trên thị trường|on the market|in the market|am markt|sur le marché|en el mercado|degree|college|university|bachelor|program(?:me)?|old|or older|of age|de edad|d'âge|alt\b|ago|vesting|vest|cliff|warranty|guarantee|contract|commitment|plan\b|in business|anniversary|of (?:history|heritage|innovation|excellence|growth|success|service|operations?|existence|tradition|partnership|trust|running)|track record of the company|we've|we have|running|straight|in a row|from now|later|old|abroad)/i;
/** Words before the years that make them something other than experience: "founded 10 years ago", "for the past 5 years". */
export const EXP_NOT_BEFORE_RE = /\b(?:founded|for the (?:past|last)|over the (?:past|last|next)|in the (?:past|last|next)|within(?: the(?: first)?)?|vest(?:ing|s)? over|every|aged?|since|next|after|for over|committed for|in business for|operating for|been around for|tenure(?: of)?|stay(?:ed)? for|with us for|de edad|seit|depuis|desde hace|during|first|following|mayor de)\s{0,3}$/i;
/** Words near the years that say they are experience, in six languages and Polish, Dutch, Vietnamese and Korean. */
export const EXP_WORD_RE = /\b(?:experience|experienced|exp\b|expérience|erfahrung|berufserfahrung|praxiserfahrung|experiencia|experiência|esperienza|ervaring|werkervaring|doświadcz|praxe|praxi|prax|zkušenost|skúsenos|kokemus|experiență|experienta|deneyim|tecrübe|tapasztalat|kinh nghiệm|erfaring|erfarenhet|background|track record|working|professional|industry|hands-on|in (?:a |an )?(?:role|position|similar)|of (?:\w+ ){0,3}(?:development|engineering|design|management|sales|marketing)|yoe)|경력/i;
/** The word right after the years that makes them a requirement: "of", "in", "building", "as". */
export const EXP_FOLLOW_RE = /^[\s,]{0,2}(?:of|in|with|building|as|working|developing|designing|writing|leading|managing|doing|shipping|running|using|professional|relevant|related|industry|hands-on|production|post-graduate|post-qualification|progressive|prior|previous|proven|practical|commercial|d'|de|im|in der|als|en|como|di|nel|na)\b/i;
/** Indeed's qualification lines: "Software development: 2 years (Preferred)". */
export const EXP_QUALIFICATION_RE = /:\s{0,3}$/;
/** A posting's own voice in the sentence before the years: "We have 25 years of experience". */
export const EXP_COMPANY_VOICE_RE = /\b(?:we|we've|we're|our|us|wir|unser\w*|nous|notre|nos|nosotros|nuestr\w*|noi|nostr\w*|the company|das unternehmen|l'entreprise|la empresa|wij|onze|ons|jesteśmy|nasz\w*|nasza|somos|nossa|nosso|chúng tôi|công ty|vi|vores|vår|våre|våra)(?![\p{L}])/iu;
/** The reader addressed in the sentence before the years: "you have", "du bringst", "vous avez". */
export const EXP_CANDIDATE_VOICE_RE = /\b(?:you|your|candidates?|applicants?|du|dein\w*|sie|ihr\w*|vous|votre|tu|tienes|usted|requires?|required|must|need|should|bring|haben|hast|bringst|bringen|mindestens|minimum|at least|looking for|seeking|hiring|someone|somebody|ideal|engineer|developer|designer|manager|suchen|jemand|recherchons|quelqu'un|buscamos|alguien|cerchiamo|procuramos|like to see|would like|we'd like|we want|expect|ideally|prefer|preferred|je hebt|jij|verwachten|vereisten|eisen|wymagamy|wymagania|oczekujemy|kandydat|requisitos|requirements|você|candidato|ứng viên|yêu cầu)(?![\p{L}])/iu;

// ---- interview steps --------------------------------------------------------------
/** A duration: "60 minutes", "45 min", "1 h", "1.5 hours", "30 Minuten". */
export const DURATION_RE = /(\d{1,3}(?:[.,]\d)?)[ \t-]?(minutes?|minuten|minutos|minuti|mins?|m|hours?|hrs?|h|heures?|stunden?|horas?|ore|ora|godzin[ay]?|minut|uur)\b/gi;
/** Hours and minutes written together: "1h30", "1 h 45", "2h00". Template: copy before use. */
export const DURATION_HM_RE = /(?<!\d)(\d{1,2})[ \t]?h[ \t]?([0-5]\d)(?!\d)/gi;
/** A count of equal interviews: "3 × 30-minute interviews", "2 x 45 min". Template: copy before use. */
export const DURATION_TIMES_RE = /(?<!\d)([1-9])[ \t]?[×xX][ \t]?(\d{1,3})[ \t-]?(minutes?|mins?|min|hours?|hrs?|h)\b/g;
/** Minutes written with a prime: "20’", "45′". Template: copy before use. */
export const DURATION_PRIME_RE = /(?<![\d.,])(\d{1,3})[ \t]?[’′](?![\p{L}\d])/gu;

/** Breadcrumbs: "Home » Jobs » Berlin » Designer", "Jobs > Engineering > Backend". */
export const BREADCRUMB_RE = /^[^»›>\n]{1,60}(?:\s[»›>]\s[^»›>\n]{1,80}){2,8}$/;

/** A line of recruiters' tracking hashtags only: "#LI-Hybrid", "#LI-JG1 #LI-Remote", "#DNP". */
export const TRACKING_TAGS_RE = /^(?:#[A-Za-z][A-Za-z0-9_-]{1,30}[ \t]*){1,6}$/;
/** Hacker News' own lines: its menu ("new | past | comments | ask") and a comment's meta line ("14 days ago | parent | context"). */
export const HN_META_RE = /\b(?:parent|context|favorite|prev|next|past|comments|submit|login)\s*\|/i;

/** "We're hiring a Lead Data Scientist to…", "suchen wir so bald als möglich eine/n Mediaplaner/in in Teilzeit". */
export const HIRING_A_RE =
  /\b(?:hiring|looking for|seeking|searching for|recruiting|suchen(?:\s+wir)?(?:\s+\p{Ll}{2,12}){0,5}|recherchons|buscamos|cerchiamo)\s+(?:an?|our|the|a new|an experienced|a talented|eine\/n|eine\/-n|einen|eine|einem|einer|ein|nach einem|nach einer|un|une|un\/e|un\/a|una|uno|un\(e\))\s+((?:[\p{L}][\p{L}&/+.:-]{0,40}\s?){1,7})/u;
/**
 * Words up to a gender marker that closes a title: "Steuerberater (m/w/d)", "Chef de projet (H/F)".
 * The match starts at the marker and reads the words back (lookbehind), so ordinary text costs one
 * "(" test per character instead of a 7-word scan after every "a"/"ein".
 */
export const GENDER_TITLE_RE =
  /(?=\()(?<=\b(?:als|as|einen|eine|einem|eine\/n|nach|ein|an?|un|une)\s+((?:[\p{L}][\p{L}/.:&-]{0,40}\s+){0,6}[\p{L}][\p{L}/.:&-]{0,40})\s*)(\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|m\/w\/x|d\/m\/w|h\/f|f\/h|m\/f|w\/m|all genders|gn\*?)\))/iu;
/** A header line that announces the title on the next line: "SuperPlane is hiring a". */
export const IS_HIRING_LINE_RE = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’ -]{0,50}\s(?:is|are)\s(?:hiring|looking for)(?:\s(?:an?|for))?:?$/u;

// ---- company -------------------------------------------------------------------
/** A paragraph that opens with the company as its subject: "Tallowtree is the accounting platform…". */
export const COMPANY_SUBJECT_RE =
  /^((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]{0,30})(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]{0,30}|of|de|la|and|für|für)){0,3})(?:\s*\([^)]{1,40}\))?(?:\s*,\s+[^,]{3,60},)?\s+(?:is|are|was|has|have|builds|makes|offers|helps|provides|develops|creates|powers|connects|enables|delivers|operates|designs|gives|brings|turns|sells|serves|lets|exists|ist|sind|est|es|é|bietet|entwickelt|propose|fabrique|develops|started|began|was founded|founded|specializes|specialises)\b/u;
/** "At Gorgias, we…", "Bei Flix arbeiten…", "Chez Verdelune, nous…". */
export const AT_COMPANY_WE_RE = /(?:^|[.!?]\s+)(?:At|Bei|Chez|En)\s+([\p{Lu}][\p{L}\p{N}&'’.-]{1,30}(?:\s+[\p{Lu}][\p{L}\p{N}&'’.-]{1,30}){0,2}),?\s+(?:we|our|you|wir|nous|we're|everyone|the)\b/u;
/** An article before a company name: "Die SEOMATIK GmbH ist…", "The Ascend team…". */
export const LEADING_ARTICLE_RE = /^(?:die|der|das|the|la|le|les|el|los|las|l'|il|lo)\s+/i;
/** "Wir, die MA Media, sind…", "We, the Flix team, are…": the company named beside "we". */
export const WE_APPOSITIVE_RE = /^(?:Wir|We|Nous|Nosotros),\s+(?:(?:die|der|das|the|la|le|el)\s*)?([\p{Lu}][\p{L}\p{N}&'’.-]{0,30}(?:\s+[\p{Lu}][\p{L}\p{N}&'’.-]{0,30}){0,3}),\s+(?:sind|are|sommes|somos)\b/u;
/** A paragraph that goes on from its heading: "is an innovative climate-tech company…". */
export const APPOSITIVE_VERB_RE = /^(?:is|are|ist|est|es|é)\s+(?:an?|the|ein|eine|un|une|una|uno|la|le|el)\b/;
/** "Join Gorgias", "Join the Flix team". */
export const JOIN_COMPANY_RE = /\bJoin\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}&'’.-]{1,30}(?:\s+[\p{Lu}][\p{L}\p{N}&'’.-]{1,30}){0,2})(?:\s+team)?\b/u;

// ---- locations, workplace, employment, education, seniority, language (field parsers) ----------
/** Markdown emphasis left in a scraped location value: `**Toronto, Canada**`. */
export const LOC_EMPHASIS_RE = /\*{1,3}|_{2,3}/g;
/** A location key glued in front of its value: "Location: ", "Standort:", "Lieu de travail :". */
export const LOC_KEY_PREFIX_RE = /^(?:job |work |office )?(?:locations?|standort|arbeitsort|einsatzort|lieu(?: de travail)?|localisation|ubicación|localización|sede|località|localização|city|country|countries)\s{0,3}[:：]\s{0,3}/i;
/** The end of a location value's first sentence: "Toronto, Remote (Canada). We have…", "Bellevue, WA. At…" (not "St. Louis"). */
export const LOC_SENTENCE_END_RE = /(?<=\p{Ll}{3}|\)|\b\p{Lu}{2})\.(?=\s\p{Lu})/u;
/** "Remote (North America)", "Anywhere [EU]": the applicant area in brackets after a workplace word. */
export const LOC_AREA_IN_BRACKETS_RE = /\b(?:remote|anywhere|worldwide|hybrid|télétravail|remoto|homeoffice)\s?[(\[]([^()\[\]]{2,60})[)\]]/gi;
/** "Remote - UK/EU", "Remote: Europe": the applicant area after a dash at the end. */
export const LOC_AREA_AFTER_DASH_RE = /\b(?:remote|hybrid|on-?site)\s?[-–—:]\s?([\p{L}/,&. ]{2,40})$/iu;
/** Workplace words inside a location value, dropped before the places are read. */
/** A word right before a workplace adjective of a language that puts it after its noun: "Modelo remoto", "Trabajo remoto" (group 1: the word). */
export const LOC_NOUN_BEFORE_WORKPLACE_RE = /(?<![\p{L}\p{N}])(\p{L}+)[ \t]+(?=(?:remot[oa]s?|h[íi]brid[oa]s?|presencial(?:es)?)(?![\p{L}\p{N}]))/giu;
/** Whether a text may hold a Romance workplace adjective at all (a cheap test before LOC_NOUN_BEFORE_WORKPLACE_RE). */
export const WORKPLACE_ADJECTIVE_HINT_RE = /remot|brid|presencial/i;
/** Two or three capitals alone: a code ("RJ", "HR"), never an unknown town's name. */
export const SHORT_CODE_RE = /^\p{Lu}{2,3}$/u;
export const LOC_WORKPLACE_WORDS_RE = /(?:\b100%\s)?\b(?:fully remote|full remote|remote[- ]first|remote[- ]friendly|remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|offices?|wfh|work from home|work from anywhere|télétravail|homeoffice|home office|remoto|teletrabajo|presencial|híbrido|hybride|vor ort|en remoto|mobiles arbeiten|flexible)\b/gi;
/** What separates places in a location value (whitespace already collapsed). */
export const LOC_PIECE_SPLIT_RE = / ?(?:;|\||·|•|\/) ?| (?:or|and|ou|oder|o|y|und|et|e|&|\+) | [–—-] /gi;
/** An ATS code with dots: "USA.VA.Reston". */
export const LOC_ATS_DOTTED_RE = /^(?<country>[A-Z]{2,3})\.(?<region>[A-Z]{2,3})\.(?<city>[\p{L} .'’-]{2,40})$/u;
/** An ATS code with dashes: "US-CA-San Jose", "CA-ON-Toronto". */
export const LOC_ATS_DASHED_RE = /^(?<country>[A-Z]{2,3})-(?<region>[A-Z]{2,3})-(?<city>[\p{L} .'’-]{2,40})$/u;
/** A note in brackets after a place: "California (Required)", "Paris (La Défense)", "(HQ)". */
export const LOC_NOTE_IN_BRACKETS_RE = /\([^()]{0,40}\)/g;
/** A comma part that is a street address: "4215 Alum Creek Dr", "Suite 200", "Calle Mayor 5". */
export const LOC_ADDRESS_PART_RE = /^\d{1,6}[a-z]?\s\S|\s(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|court|ct|parkway|pkwy|highway|hwy)\.?$|^(?:suite|ste|floor|unit|rue|calle|avenida|via|piazza|plaza de|ul\.|al\.|rua|av\.|avda\.|viale|corso|carrer)\s|(?:straße|strasse|str\.)(?:\s\d|$)/iu;
/** A British postcode district after a town: "Harrogate HG1", "Leeds LS12". */
export const LOC_UK_DISTRICT_RE = /(?<=\p{L}) [A-Z]{1,2}\d{1,2}[A-Z]?$/u;
/** Postcodes: "43207", "43207-1234", "20095", "LS1 4AP", "M5V 2T6". */
export const LOC_POSTCODE_RE = /\b\d{4,6}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/g;
/** "anywhere in the", "within the", "based in": words before the place in a location value. */
export const LOC_LEADING_PREPOSITION_RE = /^(?:(?:anywhere|everywhere|located|based|candidates|applicants|residing)\s)?(?:in|within|across|throughout|from)\s(?:the\s)?/i;
/** A capitalised name that may be an unknown city's: "Bugis", "Santa Clara". */
export const LOC_PLACE_NAME_RE = /^[\p{Lu}][\p{L}.'’ -]{1,40}$/u;
/** A flag emoji (two regional indicators) and the country name after it: "🇦🇱 Albania". */
export const LOC_FLAG_RE = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])\s?([\p{L} .'’-]{0,40})/gu;
/** The places a run of capitalised names after a trigger names: "Paris", "Mountain View, CA, San Francisco, CA or Bellevue, WA". */
const PLACE_RUN = String.raw`((?:[\p{Lu}][\p{L}.'’-]{0,25}(?: [\p{Lu}][\p{L}.'’-]{0,25}){0,3})(?:(?:, | or | and | & | y | et | und | ou | o )(?:the )?[\p{Lu}][\p{L}.'’-]{0,25}(?: [\p{Lu}][\p{L}.'’-]{0,25}){0,3}){0,6})`;
/**
 * A statement of where the role is: "This role is based in Paris", "located in Austin, TX",
 * "join our hotel in Berlin", "remote across the United States", "candidates anywhere in Canada",
 * "poste basé à Lyon", "mit Sitz in Jena", "con sede en Madrid".
 */
export const LOC_ROLE_STATEMENT_RE = new RegExp(
  String.raw`\b(?:[Bb]ased (?:in|out of|at)|[Ll]ocated (?:in|at)|[Ww]ork(?:ing)? (?:from|out of|in|at) (?:our|the) (?:[\p{L}-]+ ){0,2}(?:office|hub|studio|campus|site|hq) (?:in|at)|[Jj]oin (?:our|the) (?:[\p{L}-]+ ){0,3}(?:in|at)|(?:[Rr]emote|[Aa]nywhere|[Cc]andidates|[Aa]pplicants|people|teammates|hiring)(?: [\p{L}-]+){0,3} (?:within|across|throughout|in|from)|[Bb]asée? (?:à|a|en)|[Ss]ituées? (?:à|a|en)|[Mm]it [Ss]itz in|[Ss]tandorte? in|(?:[Aa]rbeitsort|[Ee]insatzort|[Dd]ienstort) (?:ist )?in|con sede en|ubicad[oa] en|sede (?:di|a|in)|baseado em|localizado em)\s(?:the\s|our\s|la\s|le\s|el\s)?` + PLACE_RUN,
  "u",
);
/** Where the company sits: "headquartered in Honolulu", "offices in Chicago, Dubai and Tokyo", "Büro Belgrad". */
export const LOC_OFFICE_STATEMENT_RE = new RegExp(
  String.raw`\b(?:[Hh]eadquartered in|[Hh]eadquarters (?:is |are )?in|HQ (?:is )?in|[Oo]ffices? (?:in|at)|[Hh]ubs? in|[Ss]tudios? in|[Cc]ampus(?:es)? in|Büro|Büros in|Niederlassung in|[Bb]ureaux? (?:à|a|en)|[Oo]ficinas? en|[Uu]ffici(?:o)? (?:a|di|in))\s(?:the\s)?` + PLACE_RUN,
  "u",
);
/** A capitalised name after a preposition, to be checked against the known cities: "in Berlin", "aus Hamburg", "à Lyon". */
export const LOC_PREPOSITION_CITY_RE = /\b(?:in|aus|à|en|at|nach|em|near)\s([\p{Lu}][\p{L}.'’-]{1,25}(?:\s[\p{Lu}][\p{L}.'’-]{1,25}){0,2})/gu;
/** Header pieces: "Toronto, ON · 3 days ago", "Remote - US\t\tApply", "Toronto, Ontario / Engineering / Full-time". */
/** What splits a breadcrumb: "Home > Jobs in Hosur > Quality Engineer Jobs", "Empleos › Monterrey". */
export const BREADCRUMB_SPLIT_RE = /\s[>›»]\s|\s\|\s/;
export const HEADER_PIECES_RE = /\s*[·•|]\s*|\s\/\s|\t+|\s{3,}/;

/** "3 days a week", "2 Tage pro Woche", "deux jours par semaine", "3x per week": a weekly rhythm of office or home days. */
export const WP_DAYS_A_WEEK_RE = /\b(?<n>[1-5]|one|two|three|four|five|ein|zwei|drei|vier|fünf|un|deux|trois|quatre|cinq|uno|dos|tres|cuatro|cinco)(?:\s?x|\s(?:days?|tage|tagen|jours?|días|dias|giorni))\s(?:a|per|pro|par|por|each|every|in der|la|a la|alla|à la)\s(?:week|woche|semaine|semana|settimana)\b/iu;
/** Words for the office in a sentence about weekly days: "in the office", "im Büro", "au bureau". */
export const WP_OFFICE_WORD_RE = /\b(?:office|offices|büro|bureau|bureaux|oficina|ufficio|on-?site|onsite|in person|in-person|vor ort|sur site|presencial|studio|hq|campus)\b/iu;
/** Words for home in a sentence about weekly days: "remote", "from home", "Homeoffice", "télétravail". */
export const WP_HOME_WORD_RE = /\b(?:remote|remotely|from home|home office|homeoffice|home-office|mobil|télétravail|teletrabajo|remoto|smart working|wfh)\b/iu;
/** A negation shortly before a workplace word: "this is not a remote role", "kein Homeoffice". */
export const WP_NEGATED_BEFORE_RE = /\b(?:(?:not|no|non|isn't|is not|cannot|can't|unable to|kein|keine|nicht|pas|sin)\b|non è(?![a-zà-ÿ]))[^.]{0,24}$/i;
/** Perks that mention remote work: "4 weeks a year", "up to 30 days … from a different location", "home office allowance", "equipment budget". */
export const WP_PERK_CONTEXT_RE = /\b(?:(?:\d{1,2}|one|two|three|four|five|six|eight|several|a few)\s(?:weeks?|wochen|semaines|semanas)|(?:up to |bis zu |jusqu'à )\d{1,3}\s(?:days|tage|jours|días|dias)|workation|days? (?:a|per) (?:year|month)|per year|a year|\/year|allowance|stipend|budget|equipment|setup|set-up|set up|reimburs\w*|workstation|pauschale|zuschuss|indemnité|prime)\b/i;
/** A condition or occasion before an on-site word: "when working in-office", "we meet up in person on occasion". */
export const WP_ONSITE_OCCASION_RE = /\b(?:when|while|if|whenever|meet(?:s|ing)?(?: up)?|meet-?ups?|gather|offsites?|retreats?|events?|interviews?|occasion(?:ally)?|quarterly|annual(?:ly)?|sometimes|from time to time|visits?|travel)\b/i;
/** Weekly hours: "40 hours per week", "(40 Wochenstunden)", "20 Std./Woche", "35h/semaine", "30 horas semanales". */
export const EMP_WEEKLY_HOURS_RE = /\b(?<h>[1-4]\d|[5-9])(?:[.,]\d)?\s?(?:-\s?(?<h2>[1-4]\d)\s?)?(?:wochenstunden|std\.?\s?\/\s?woche|stunden\s(?:pro|die|in der|\/)\s?woche|stunden\/woche|h(?:rs?|ours?)?\s?(?:\/|per|a|each)\s?(?:wk|week)|heures?\s(?:par|\/)\s?semaine|h\s?\/\s?semaine|horas\s(?:semanales|por semana|\/\s?semana)|ore\s(?:settimanali|a settimana)|hours weekly)\b/iu;
/** A period of employment in a title: "(01.07.2026 – 30.06.2028)", "03/2026 - 02/2027". */
export const EMP_DATE_RANGE_RE = /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\s?[-–—]\s?\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}[./]\d{4}\s?[-–—]\s?\d{1,2}[./]\d{4}\b/;
/** "6 month contract", "12-month fixed term", "contrat de 6 mois": a contract with a length. */
export const EMP_CONTRACT_LENGTH_RE = /\b\d{1,2}[- ]?(?:months?|mois|monate?|meses|mesi)\b[^.]{0,20}\b(?:contract|contrat|vertrag|contrato|contratto|assignment|engagement|mission|project)\b|\b(?:contract|contrat|vertrag|contrato)\b[^.]{0,12}\b\d{1,2}[- ]?(?:months?|mois|monate?|meses)\b/iu;
/** Degree abbreviations in capitals before a field or another degree: "BS or MS in Engineering", "BA/BS", "MSc in Physics", "MS degree". */
/** A degree with a note in brackets before its field: "A degree (Level 8) in Microbiology", "a degree (honours) in law". */
export const EDU_DEGREE_NOTE_IN_RE = /\bdegree\s\([^()]{1,30}\)\sin\s/gi;
export const EDU_ABBREV_RE = /(?<![\p{L}.])(?<abbr>B\.?S\.?|B\.?A\.?|B\.?Sc\.?|B\.?Eng\.?|B\.?Tech\.?|M\.?S\.?|M\.?A\.?|M\.?Sc\.?|M\.?Eng\.?)(?=\s?\/\s?[BM]|\sor\s[BM]|\sand\s[BM]|\sin\s\p{Lu}|\s(?:degree|diploma)\b|\s?\((?:or|in)\b)/gu;
/** "We're hiring a Senior Software Engineer", "As an intern, you…", "wir suchen einen Junior Entwickler": the role the prose names. */
export const SEN_STATEMENT_RE = /\b(?:hiring|looking for|seeking|searching for|recruiting|as (?:an?|our)|join (?:us|the team) as (?:an?|our)|wir suchen|suchen wir|nous recherchons|recherchons|buscamos|estamos buscando|cerchiamo)\s(?:(?:a|an|one|two|our|einen|eine|einer|un|une|una|uno)\s)?(?<words>[\p{L}][\p{L}.'’/-]{0,25}(?:\s[\p{L}][\p{L}.'’/-]{0,25}){0,5})/giu;
/** Words around a city that make a metro area or district of it: "Greater … Area", "Bay Area", "SAR", "Dublin 2". */
export const LOC_METRO_RE = /^(?:greater|grand|großraum|region)\s|\s(?:bay area|metropolitan area|metropolitan region|metro area|metroplex|metro|area|region|city area|sar|\d{1,3})$/gi;
/** Remote work for part of the time: "occasionally", "some days", "mostly", "the option to", "teilweise", "możliwość", "deels". */
export const WP_PARTIAL_RE =
  /(?<![\p{L}])(?:occasional(?:ly)?|sometimes|some days|a few days|part of the (?:week|time)|partially|partly|mostly|option to|option of|possibility to|possibility of|teilweise|gelegentlich|anteilig|ponctuellement|parfois|ocasionalmente|algunos días|a veces|talvolta|możliwość|możliwością|częściowo|mogelijkheid|deels|gedeeltelijk|af en toe|possibilidade|às vezes)(?![\p{L}])/iu;
/** What may follow "remote" when it is the job's place: "remote role", "fully remote.", "remote within the US", "Remote (EU)". */
export const WP_REMOTE_NEXT_RE = /^(?:$|\s?[.,;:!?)(\]/|–—]|\s?-\s|-(?:first|friendly|only|based)\b|\s(?:roles?|positions?|jobs?|work|working|opportunit(?:y|ies)|options?|possible|friendly|first|only|ok|allowed|available|basis|set-?up|team|company|organi[sz]ation|contract|contractor|within|in|across|from|anywhere|throughout|for|with|or|and|but|is|are|if|setting|us|u\.s\.|usa|uk|eu|europe|emea|apac|latam|americas|worldwide|global|globally|position|engineer|employment|hire|hiring|candidates?|applicants?|de|en|à|in|aus|im|desde|da)\b)/i;
/** A role tied to one site: "role based at Hallbrook Library", "position is based at our Leeds warehouse". */
export const WP_BASED_AT_VENUE_RE = /\b(?:role|position|job|post)\b[^.]{0,30}\bbased (?:at|in|from)\s(?:our\s|the\s)?(?:[\p{Lu}][\p{L}'’-]{1,30}\s){0,3}(?:office|library|store|shop|site|hospital|clinic|warehouse|plant|factory|depot|studio|lab|laboratory|branch|school|hotel|restaurant|headquarters|hq|centre|center|yard|mine|farm)\b/iu;
/** A venue before the town in a location value: "Hallbrook Library", "St Mary's Hospital", "Riverside Campus". */
export const LOC_VENUE_RE = /\b(?:library|hospital|clinic|campus|centre|center|building|house|tower|plaza|park|mall|store|shop|office|school|college|university|hotel|station|airport|depot|warehouse|site|hq|headquarters|plant|factory|facility|branch)\b/i;
/** Pay by the day: "£450 per day", "€600/day", "$800 a day", "500 €/jour" (contract work). */
export const EMP_DAY_RATE_RE = /(?:[$€£]\s?\d{2,4}(?:[.,]\d{3})?|\d{2,4}(?:[.,]\d{3})?\s?(?:€|£|\$|eur|gbp|usd|chf))\s?(?:\+\s?vat\s?)?(?:\/|per|a|par|pro)\s?(?:day|diem|jour|tag)\b/i;
/** A district or region the lexicon lacks after a known city: "Warszawa, mazowieckie", "Berlin, Mitte". */
export const LOC_DISTRICT_RE = /^[\p{L}' -]{3,40}$/u;
/** A state code after the city without a comma: "Sydney NSW", "Austin TX". */
export const LOC_SPACED_STATE_RE = /^(.{2,40}?)\s([A-Z]{2,3})$/;
/** A lowercase word, counted to tell a sentence from a location line. Template (g flag). */
export const LOC_LOWER_WORD_RE = /(?:^|\s)\p{Ll}/gu;
/** Country names that are the long official form: "Islamic Republic of Iran", "Taiwan, Province of China". */
export const COUNTRY_LONG_FORM_RE = /,|\(|^(?:the )?(?:republic of|islamic republic|united republic|state of|democratic republic|plurinational)\b|\bfederation\b/i;
/** "not remote", "non-remote": an on-site statement that names remote. */
export const WP_NOT_REMOTE_RE = /\b(?:not|no|non)[ -]remote\b/i;
/** A statement about the role itself: "This is a hybrid role", "The position is fully remote". */
export const WP_ROLE_ITSELF_RE = /\b(?:this|the)\s(?:is\s(?:an?\s)?)?(?:[\p{L}-]+\s){0,2}(?:role|position|job|post|poste|stelle|puesto|posizione)\b/iu;
/** A word that makes remote work the whole week, right around the remote word: "100% zdalnie", "fully remote", "volledig thuiswerken". */
export const WP_FULL_BEFORE_RE = /(?:100\s?%|\b(?:fully|full|completely|entirely|volledig|całkowicie|w pełni|totalmente|integralmente|100 procent))(?![\p{L}])/iu;
/** LinkedIn's own workplace tags in the text: "#LI-Hybrid", "#LI-Remote". */
export const WP_LINKEDIN_TAG_RE = /#LI-(Hybrid|Remote|Onsite|On-?site)\b/i;
/** The end of a sentence, where a block is split into statements. */
export const SENTENCE_SPLIT_RE = /(?<=[.!?])\s+/;
/** Words after "master" that make it a verb or a compound: "Master the craft", "master data". */
export const EDU_NOT_DEGREE_AFTER_RE = /^\s*(?:data|the|of|our|your|a |an |chef|class|list|plan|key|branch|copy|record|node|brand|file|schedule|service|agreement)/i;
/** Words before "master" that make it a role or a compound: "Scrum Master", "Quiz master". */
export const EDU_NOT_DEGREE_BEFORE_RE = /\b(?:scrum|web|quiz|zen|ring|head|post|toast|grand|quarter|band|dungeon|chess|yoga|past)\s*$/i;
/** Words after "high school" that make it a requirement: "High school diploma", "high school or equivalent". */
export const EDU_FIRM_HIGH_SCHOOL_RE = /^\s*(?:diploma|degree|education|graduate|equivalent|or equivalent|or ged|\/\s?ged|level)/i;
/** Words after a lowercase "master" that make it a degree: "master degree", "master in", "master/PhD". */
export const EDU_MASTER_NOUN_AFTER_RE = /^\s?(?:degree|in\b|of\b|\/|or\b|\()/i;
/** Words after a job type that make it someone else's: "full-time employees", "full-time experience". */
export const EMP_NOT_THIS_JOB_AFTER_RE = /^[\s-]{0,2}(?:(?:paid|professional|relevant|related|responsible|progressive|supervisory)[\s,]{1,2})?(?:employees|employee|staff|equivalent|colleagues|team members|hires|experience|work experience|students?|studies|study|mba|degree|positions are|roles are|mitarbeiter|salariés|empleados)\b/i;
/** Words before "contract" that make it another contract: "an employment contract", "client contracts". */
export const EMP_NOT_THIS_CONTRACT_RE = /\b(?:employment|does not create an?|create an?|client|customer|government|federal|sign(?:ed)? an?|service|signing|win|won|manage|negotiate|review|draft)\s$/i;
/** Words that tie a bare "contract" or "intern" to the role: "contract role", "we are hiring". */
export const EMP_ROLE_TIE_RE = /\b(?:role|position|job|opportunity|basis|assignment|engagement|placement|program|programme|stelle|poste|puesto|posizione|vaga|this|we offer|we are hiring|hiring|looking for|seeking|sucht|suchen|recherchons|buscamos|cerchiamo)\b/i;
/** "permanent residence", "permanent address": a "permanent" that is not the job's. */
export const EMP_PERMANENT_NOT_JOB_RE = /\bpermanent(?:ly)? (?:residen|address|record|resident)/i;
/** A label key that names a kind of type, not a type: "Contract type", "Vertragsart", "Tipo de contrato". */
export const EMP_TYPE_KEY_RE = /type|art|tipo/i;
/** A short header line that states a level: "Entry level", "Mid-Senior level", "Berufseinsteiger". */
export const SEN_LEVEL_ROW_RE = /level|junior|senior|intern|entry|director|executive|einsteiger|berufserfahren|confirmé|débutant/i;
/** An opening count after a title: "Sr. Rust Engineer- 1 position." */
export const SEN_OPENINGS_COUNT_RE = /\s?[-–—]\s?\d{1,2}\s(?:positions?|openings?|roles?)\.?$/i;
/** Years in a line, which make it a requirement rather than a title: "5+ years of experience". */
export const SEN_YEARS_IN_LINE_RE = /\d\+?\s?(?:years?|yrs|jahre|ans|años)/i;

// ---- repairing scraped Markdown ------------------------------------------------
/** A run of three or more spaces inside a line, where a scraper lost a paragraph break. */
export const SPACE_RUN_RE = /(?<=\S)[ \t]{3,}(?=\S)/g;
/** A bold phrase that heads a section inline: "**Job Responsibilities** * You will…", "**Location:**". */
export const INLINE_BOLD_HEADING_RE = /\*\*([^*\n]{2,80}?)\*\*(\*?)/g;
/** A "*" bullet glued to the heading before it: "What your day will look like* Design…". */
export const GLUED_STAR_BULLET_RE = /(?<=[\p{L}:)])\*[ \t]+(?=\p{Lu})/u;
/** A bullet written inline after text: " * Build things", " • Ship". */
export const INLINE_BULLET_RE = /(?<![ \t])[ \t]+([*•])[ \t]+(?=\S)/g;

/** An HTML tag, bounded (the fallback reading of a page too deep for the HTML parser blanks them). */
export const TAG_RE = /<[^<>]{0,2000}>/g;

// ---- shared text shapes --------------------------------------------------------------------
// A run at the end of a text is written `(?<!X)X+$`, and a separator with the spaces around it
// `(?<!\s)\s*…`: the lookbehind lets a run be tried from its first character only, so a long run
// that does not end the text (or lead to a separator) costs linear time instead of quadratic.
/** A run of whitespace, where a phrase is split into words. */
export const WHITESPACE_SPLIT_RE = /\s+/;
/** Every run of whitespace, collapsed to one space. */
export const WHITESPACE_RUNS_RE = /\s+/g;
/** The first run of spaces or tabs ("Canadian  dollars" → "Canadian dollars"). */
export const BLANK_RUN_RE = /[ \t]+/;
/** Every run of spaces or tabs. */
export const BLANK_RUNS_RE = /[ \t]+/g;
/** A run of spaces, where a normalised window is split into words. */
export const SPACES_SPLIT_RE = / +/;
/** Every space, replaced to glue a multi-word name into one piece ("bosnia and herzegovina"). */
export const SINGLE_SPACES_RE = / /g;
/** A run of tabs, where a line is split into the blocks a scraper joined ("Heading<TAB>text"). */
export const TABS_SPLIT_RE = /\t+/;
/** Every run of tabs in a line. Template (g flag): copy before matchAll. */
export const TAB_RUNS_RE = /\t+/g;
/** Every run of non-space characters: the words after an amount. Template (g flag): copy before exec. */
export const NON_SPACE_RUNS_RE = /\S+/g;
/** A letter or a digit (one character of a phrase key). */
export const LETTER_OR_DIGIT_RE = /\p{L}|\p{N}/u;
/** Two letters in a row: a line that holds a word, not only digits and signs. */
export const TWO_LETTERS_RE = /\p{L}{2}/u;
/** Any capital letter ("BSc" is written with one, "bsc" in prose is not a degree). */
export const CAPITAL_RE = /\p{Lu}/u;
/** A capital letter at the start: a name, not a common word. */
export const CAPITAL_START_RE = /^\p{Lu}/u;
/** A capital or a digit at the start, as a title begins. */
export const CAPITAL_OR_DIGIT_START_RE = /^[\p{Lu}\p{N}]/u;
/** A capitalised word after a space: prose that may name a place ("… in Berlin"). */
export const SPACE_CAPITAL_RE = /\s\p{Lu}/u;
/** A word that starts with four lowercase letters: a prose word, not a title word ("responsible"). */
export const LOWER_WORD_START_RE = /^\p{Ll}{4,}/u;
/** Another word right after: "Associate Product Manager", not "Sales Associate". */
export const SPACE_THEN_LETTER_RE = /^\s+\p{L}/u;
/** A run of characters that are not letters, where text is split into words. */
export const NON_LETTER_SPLIT_RE = /[^\p{L}]+/u;
/** Splits words keeping the apostrophes inside them: "don't", "l'entreprise". */
export const NON_LETTER_APOSTROPHE_SPLIT_RE = /[^\p{L}'’]+/u;
/** A run of characters that are neither letters nor digits, where a line is split into tokens. */
export const NON_WORD_CHARS_RE = /[^\p{L}\p{N}]+/u;
/** Sentence punctuation anywhere: a line that reads as prose. */
export const SENTENCE_PUNCT_RE = /[.!?]/;
/** Sentence punctuation at the end: a sentence, not a heading or a name. */
export const SENTENCE_PUNCT_END_RE = /[.!?]$/;
/** A line that ends in "Sr." or "Jr.": its full stop ends an abbreviation, not a sentence. */
export const ABBREVIATED_NAME_END_RE = /\b(?:Sr|Jr)\.$/;
/** A colon (ASCII or full-width) at the end: a label or a heading that introduces what follows. */
export const COLON_END_RE = /[:：]$/;
/**
 * Two list lines a scraper glued into one: a closing bracket or a sentence's end run straight into a
 * capitalised word ("… (e.g. Redis)Familiarity with …", "Thưởng lễ - Tết . Phúc lợi …"), or a line opened in
 * lower case whose later words open a new capitalised one ("umiejętność pracy w grupie Chcielibyśmy, …").
 */
export const GLUED_LINES_RE = /\)\p{Lu}|\p{Ll}{2}\s?[.!?]\s*\p{Lu}|^\p{Ll}.*\p{Ll} \p{Lu}\p{Ll}/u;
/** An ASCII colon at the end: "**Location:**". */
export const ASCII_COLON_END_RE = /:$/;
/** A full stop at the end: "jobs@acme.com." → "jobs@acme.com". */
export const PERIOD_END_RE = /\.$/;
/** Every full stop, dropped from abbreviations: "U.S." → "US", "B.Sc." → "BSc". */
export const PERIODS_RE = /\./g;
/** A comma anywhere. */
export const COMMA_RE = /,/;
/** A comma that separates, not one inside a figure ("10,35 €", "1,500"): where a line of perks is cut. */
export const ITEM_COMMA_RE = /(?<!\d),|,(?!\d)/;
/** A full stop before a space: a sentence inside the text. */
export const PERIOD_SPACE_RE = /\.\s/;
/** A comma or semicolon with the spaces around it, between items of an inline list ("Go, Rust; Python"). Spaces after a separator go with the next separator when one follows. */
export const LIST_COMMA_SPLIT_RE = /(?<!\s)\s*[,;](?:\s+(?![\s,;]))?/;
/** An http(s) URL, any case. */
export const HTTP_SCHEME_RE = /^https?:/i;
/** An http(s) URL written in lowercase. */
export const HTTP_SCHEME_LOWER_RE = /^https?:/;
/** A mailto: link. */
export const MAILTO_RE = /^mailto:/i;
/** "the" before a name: "the Netherlands" → "Netherlands". */
export const LEADING_THE_RE = /^the\s+/i;
/** A calendar day as YYYY-MM-DD and nothing else: "2026-11-27". */
export const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A value that starts with a YYYY-MM-DD day: "2026-11-20T10:00:00Z". */
export const ISO_DAY_START_RE = /^\d{4}-\d{2}-\d{2}/;
/** A digit at the start: an ordered list item ("1."). */
export const DIGIT_START_RE = /^\d/;
/** A single digit: "3" days, not "three". */
export const ONE_DIGIT_RE = /^\d$/;
/** Every character that is not a digit: the separators of "95,000". */
export const NON_DIGITS_RE = /\D/g;
/** Every typographic apostrophe, read as "'": "aujourd’hui". */
export const CURLY_APOSTROPHE_RE = /’/g;
/** Every typographic apostrophe or backtick, read as "'". */
export const BACKTICK_APOSTROPHES_RE = /[’`]/g;
/** Every slash: "/year" is read as its own word. */
export const SLASHES_RE = /\//g;
/** A slash and the blanks after it: "/ year" → "/year". */
export const SLASH_BLANKS_RE = /\/[ \t]+/g;
/** Every hyphen or space: "full-time" → "FULL_TIME" as schema.org writes it. */
export const DASH_OR_SPACE_RE = /[- ]/g;
/** Every round or square bracket. */
export const BRACKETS_RE = /[()[\]]/g;
/** "a" or "an" at the start of a phrase: "a year", "an hour". */
export const ARTICLE_START_RE = /^an? /;
/** A space or tab at the end: a currency token that stands apart from its number ("EUR 5"). */
export const BLANK_END_RE = /[ \t]$/;
/** A space, slash or bracket: a lexicon entry of more than one word ("product manager", "m/w/d"). */
export const MULTIWORD_MARK_RE = /[ /(]/;

// ---- input: format sniffing, HTML, JSON-LD, entities ---------------------------------------
/** A document that opens with an HTML tag. */
export const HTML_START_RE = /^\s*<(?:!doctype|html|head|body|div|p|section|article|main|span|h[1-6]|ul|ol|table|meta|script|b|strong)\b/i;
/** A common HTML tag, counted to tell HTML from text (used with match, which resets lastIndex). */
export const HTML_TAG_RE = /<\/?(?:p|div|br|li|ul|ol|span|h[1-6]|a|strong|b|em|i|section|article)\b[^<>]{0,300}>/gi;
/** A Markdown ATX heading at the start of any line. */
export const MD_ATX_LINE_RE = /^#{1,6}[ \t]+\S/m;
/** A Markdown link: "[Apply](https://…)". The link text holds no "[" of its own, so each "[" is read once. */
export const MD_LINK_RE = /\[[^[\]\n]{1,200}\]\([^)\s]{1,500}\)/;
/** A Markdown bold phrase on one line: "**Requirements**". */
export const MD_BOLD_RE = /\*\*[^*\n]{1,120}\*\*/;
/** The "Markdown Content:" line of a Jina Reader export. */
export const JINA_MARKDOWN_RE = /^Markdown Content:/m;
/** The "URL Source:" line of a Jina Reader export. */
export const JINA_URL_SOURCE_RE = /^URL Source:/m;
/** A Markdown table row: "| Location | Berlin |". Blanks within the line only. */
export const MD_TABLE_ROW_RE = /^[^\S\n\r\u2028\u2029]*\|.*\|[^\S\n\r\u2028\u2029]*$/m;
/** The rule under a Markdown table's header: "|---|---|", "| :--- |". Blanks within the line only. */
export const MD_TABLE_RULE_RE = /^[^\S\n\r\u2028\u2029]*(?:\|[^\S\n\r\u2028\u2029]*)?:?-{3,}/m;
/** Cookie banners, consent walls, share bars and modals, by their HTML class or id. */
export const HTML_DROP_CLASS_RE = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|banner|share|social|modal|popup|newsletter|breadcrumb|skip-link|sr-only|visually-hidden|apply-form|application-form)(?:$|[\s_-])/i;
/** The type of a `<script type="application/ld+json">`. */
export const LD_JSON_TYPE_RE = /ld\+json/i;
/** An inline style that hides an element: `display: none`, `visibility:hidden`. */
export const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** A character of a JSON number, true, false or null. */
export const JSON_SCALAR_CHAR_RE = /[-+.\w]/;
/** A schema.org @type that is a JobPosting ("JobPosting", "schema:JobPosting"). */
export const JOB_POSTING_TYPE_RE = /JobPosting$/i;
/** A number written as a string in JSON-LD: "85000", "42.5". */
export const DECIMAL_STRING_RE = /^\d+(?:\.\d+)?$/;
/** The HTML entities JSON-LD writers leave in strings: "&amp;", "&#39;", "&nbsp;". */
export const JSONLD_ENTITY_RE = /&(lt|gt|amp|quot|#39|#x27|nbsp);/g;
/** The rest of a doubly escaped entity after "&amp;": the "nbsp;" of "&amp;nbsp;". */
export const ENTITY_TAIL_RE = /^(?:amp|nbsp|lt|gt|quot|#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/i;

// ---- input: repairing scraped Markdown, plain text to a tree -------------------------------
/** The start of a line that opens a block of its own: blank, a list item, an ATX heading, a quote. */
export const PARAGRAPH_BREAK_RE = /^[ \t]*(?:$|[*+-][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>)/;
/** Only a list marker so far: the text before a gap is "*" or "1.", not words. */
export const BULLET_ONLY_RE = /^\s*(?:[*+-]|\d{1,3}[.)])$/;
/** What may stand before an inline bold heading: two spaces, a sentence end, or another bold phrase. */
export const BOLD_OPENS_BLOCK_BEFORE_RE = /(?:[ \t]{2}|[.!?:)][ \t]|\*\*[ \t])$/;
/** Nothing but whitespace. */
export const BLANK_RE = /^\s*$/;
/** What may follow an inline bold heading: a bullet, a wide gap, or the end of the line. */
export const BOLD_HEADS_BLOCK_AFTER_RE = /^[ \t]*(?:\*[ \t]|•|[ \t]{2}|$)/;
/** A capitalised word after a space: the sentence that follows an inline bold heading. */
export const BLANK_THEN_CAPITAL_RE = /^[ \t]+\p{Lu}/u;
/** A line that already starts with a "*" or "-" bullet. */
export const STAR_OR_DASH_START_RE = /^\s*[*-]/;
/** A "•" bullet after a colon or full stop: "Benefits: • Health • Dental". */
export const BULLET_AFTER_STOP_RE = /[:.]\s*•/;
/** Three or more spaces between words on a long line: "Remote - US   Apply". Template (g flag): copy before matchAll. */
export const WIDE_GAP_RE = /(?<=\S) {3,}(?=\S)/g;
/** What a heading or sentence starts with: a capital, a digit, "¿", "¡" or an opening quote. */
export const SENTENCE_START_RE = /^[\p{Lu}\p{N}¿¡"“]/u;
/** A word that starts like a title-case word: a capital, a digit, a currency sign or "(". */
export const TITLE_WORD_START_RE = /^[\p{Lu}\p{N}€$£(]/u;

// ---- output: Markdown and JSON-LD ----------------------------------------------------------
/** Every "&", escaped for HTML. */
export const AMPERSANDS_RE = /&/g;
/** Every "<", escaped for HTML. */
export const LESS_THANS_RE = /</g;
/** Every ">", escaped for HTML. */
export const GREATER_THANS_RE = />/g;
/** A "- " list item of jobparse's own Markdown. */
export const MD_DASH_ITEM_RE = /^\s*- (.*)$/;
/** An ATX heading of jobparse's own Markdown: "## Requirements". */
export const MD_HEADING_RE = /^(#{1,6}) (.*)$/;

// ---- tree and sections ---------------------------------------------------------------------
/** A line that starts in lowercase or with "(": the rest of a hard-wrapped sentence. */
export const LOWER_OR_PAREN_START_RE = /^[\p{Ll}(]/u;
/** A line that ends mid-sentence: a comma, a dash, or an article, preposition or conjunction. */
export const WRAPPED_LINE_END_RE = /(?:[,;–-]|\b(?:and|or|the|of|to|a|an|in|with|for|on|at|by|our|your|we|is|are|that|who)|\b(?:und|der|die|das|et|de|la|le|les|y|el|en|que))$/iu;
/** An HTML line break: "<br>", "<br/>", "<br />". */
export const BR_TAG_RE = /^<br\s*\/?>$/i;
/** Nothing but an optional colon and whitespace: the text after "**Location**" in "**Location**: Berlin". One `\s*` per side of the colon, so blanks are not split two ways. */
export const COLON_ONLY_RE = /^\s*(?::\s*)?$/;
/** A Markdown backslash escape: "\*" → "*". */
export const MD_ESCAPE_RE = /\\([\\`*_{}\[\]()#+\-.!|>~])/g;
/** Markdown emphasis marks left in text: the "**" of "**Senior** Engineer". */
export const MD_EMPHASIS_MARK_RE = /(^|\s)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=\s|$|[.,:;!?])/g;
/** The alt text of a rating's star image: "4.2 star icon" (job board chrome). */
export const STAR_ICON_END_RE = /\bstar icon$/i;
/** A character that may start a value glued to its label: a capital, a digit, a currency sign, "+" or "(". */
export const VALUE_START_CHAR_RE = /[\p{Lu}\p{N}€$£¥₹+(]/u;
/** A character that may end a label glued to its value: a lowercase letter or ")". */
export const LABEL_END_CHAR_RE = /\p{Ll}|\)/u;

// ---- detectors: company, title, header lines -----------------------------------------------
/** A short line that may be a company name: "Acme Corp.", "Müller & Söhne GmbH". */
export const COMPANY_NAME_LINE_RE = /^[\p{Lu}\p{N}][\p{L}\p{N}&.,'’@+() -]{0,60}$/u;
/** A title line that ends with the company: "Senior Engineer at Acme Labs". */
export const AT_COMPANY_END_RE = /\bat\s+([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})\s*$/u;
/** A heading that names the company: "About Acme", "Über Flix", "Why join Gorgias?". */
export const ABOUT_COMPANY_RE = /^(?:about|über|à propos de|a propos de|sobre|acerca de|chi è|why join|why work at|life at|join)\s+([\p{Lu}\p{N}][\p{L}\p{N}&.'’ -]{1,50}?)[?!:]?$/u;
/** A line that opens with the company as the one hiring: "Acme Labs is hiring". */
export const COMPANY_IS_HIRING_RE = /^([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})\s+(?:is|are)\s+(?:hiring|looking|seeking|recruiting)\b/u;
/** An image's alt text that ends in "logo": "Acme logo". */
export const LOGO_END_RE = /\blogo$/i;
/** An avatar's alt text: "Avatar for Acme". */
export const AVATAR_FOR_RE = /^avatar for\s/i;
/** The "Avatar for " before a company name, dropped. */
export const AVATAR_FOR_PREFIX_RE = /^avatar for\s+/i;
/** An avatar's alt text, as a header line: "Avatar for Acme". */
export const AVATAR_FOR_WORD_RE = /^avatar for\b/i;
/** The " logo" / " company logo" after a company name, dropped. */
export const LOGO_SUFFIX_RE = /(?<!\s)\s*(?:company\s+)?logo$/i;
/** A header line that is only the company: "at Acme Labs", "at Acme (Series B)". The bracket is tried only after a non-space. */
export const AT_COMPANY_LINE_RE = /^at\s+([\p{Lu}\p{N}][\p{L}\p{N}&.'’ -]{1,50}?)(?:(?<!\s)\s*\(.*\))?$/u;
/** How many are hired, after a title: "Sr. Rust Engineer- 1 position.", "Cajero (3 vacantes)", "Vendedor - 2 vagas". */
export const TITLE_COUNT_TAIL_RE = /(?<=\S) ?[-–—(] ?\d{1,3} (?:positions?|openings?|vacanc(?:y|ies)|roles?|posts?|hires?|vagas?|vacantes?|plazas?|postes?|stellen|posti)\)?\.?$/i;
/** A board's rating after an employer's name: "Acme S.r.l. 3,6 ★", "Acme 4.2 ★★★★☆". */
export const RATING_TAIL_RE = /(?<=\S) \d(?:[.,]\d)? ?[★☆⭐]+$|(?<=\S) [★☆⭐]+ ?\d(?:[.,]\d)?$/u;
/** A company and its tagline: "Acme – The payroll platform for Europe". Each run of spaces is read once; same matches as `^(…{1,50}?)\s+[–—|-]\s+(.{2,80})$`. */
export const COMPANY_DASH_TAGLINE_RE = /^([\p{Lu}\p{N}][\p{L}\p{N}&.,'’ ]{1,50}?)(?<=^[\s\S]{2}|\S)\s+[–—|-]\s+(\S.{1,79}|[^\S\n\r\u2028\u2029](?:\S|[^\S\n\r\u2028\u2029]))$/u;
/** A possessive "'s" at the end: "Acme's" → "Acme". */
export const POSSESSIVE_END_RE = /[’']s$/;
/** Punctuation after a name at the end of a sentence. */
export const NAME_TRAILING_PUNCT_RE = /(?<![.,:;])[.,:;]+$/;
/** A link text or sentence that says apply: "Apply now", "Jetzt bewerben", "Postuler". */
export const APPLY_WORD_RE = /\b(?:apply|application|bewerb|postul|candidat|inscri|aplicar|solicitar|sollicit|søg|sök|ansök|ansøg|søk|aplikuj|aplique|candidar|inviare la candidatura)/i;
/** A link to the legal pages beside an application form, never the place to apply: privacy, cookies, terms. */
export const POLICY_LINK_RE = /privacy|cookie|datenschutz|impressum|terms|legal|confidentialit|privacidad|privacidade|gdpr|rgpd|dsgvo/i;
/** The address of one job's own page: a jobs/careers path with the posting's name or number after it. */
export const JOB_PAGE_URL_RE = /^https?:\/\/[^\s/]+\/(?:[^\s/]+\/)?(?:jobs?|careers?|vacanc(?:y|ies)|positions?|openings?|stellen|stellenangebote|offres?|empleos?|vagas?)\/[^\s/?#]*(?:\d{3}|[a-z]-[a-z])/i;
/** A "·" or "|" left at the end of a value by a header line: "Engineering ·". */
export const TRAILING_SEPARATOR_RE = /(?<!\s)\s*[·|]\s*$/;
/** A plus inside a requirements list: "Experience with Go is a plus", "Bonus: Kubernetes", "(preferred)" but not one option's ("Python (preferred), R"), "Kendskab til SAP er en fordel"; "a bonus plan" is pay. */
export const PLUS_ITEM_RE = /(?:\b(?:a|an)\s(?:big\s|huge\s|strong\s|definite\s|real\s|great\s|nice\s|major\s|added\s|distinct\s)?(?:plus|bonus|advantage)\b(?!\s(?:plan|program|programme|scheme|structure|pool|payment))|\bare a plus\b|\bplus\b[.!]?$|\bnice to have\b|\bnice-to-have\b|\((?:preferred|optional|nice to have)\)(?!,)|\bpreferred\b[.!]?$|^(?:bonus|extra)(?: points)?\b|^plus:|\bhighly (?:desirable|valued|appreciated|regarded|attractive)\b|\bdesirable\b|\badvantageous\b|\bextra points\b|\bbonus points\b|\bvon vorteil\b|\bwünschenswert\b|\bwäre schön\b|\bein plus\b|\bun plus\b|\bun atout\b|\bdes atouts\b|\bapprécié(?:es|e|s)?(?![a-zà-ÿ])|\bse valorará(?![a-zà-ÿ])|\bvalorable\b|\bsouhaité(?:es|e|s)?(?![a-zà-ÿ])|\bdiferencial\b|\bcostituisce titolo preferenziale\b|\ber en fordel\b|\sär en fördel\b|\bmeriter(?:ande|ende)\b|\sønskelig\b|\s(?:er|är) et{1,2} pluss?\b|\sönskvärt\b|\b(?:is|are|be) (?:considered )?(?:an|a real|a great|a definite) asset\b|\b(?:is|are) valued(?:\sand\b|[.!,]|$)|\bgood to have\b|\b(?:is|are|would be) nice\b|\bvalued but not required\b|\b(?:desired|preferred|welcome|helpful|useful),? but not (?:required|necessary|essential|mandatory)\b|\b(?:would|will) be (?:beneficial|advantageous|helpful|useful)\b|\bmooi meegenomen\b|\been pré(?=[\s.,;!)]|$)|\bpluspunt\b|\bstrekt tot aanbeveling\b|^mile widzian[aey]\b|\bmile widzian[aey][.!]?$|\b(?:dodatkowym|dużym) atutem\b|\bbędzie atutem\b|\bdeseable\b|\bse valora\b|\bdesejável(?![a-zà-ÿ])|\bserá valorizad[oa]\b|\btitolo preferenziale\b|(?:^|[\s(])è gradit[ao]\b)/i;
/** A bracket that only says how much its item counts: "(a plus if possible)", "(highly desirable, …)", "(preferred)". */
export const BRACKET_STATUS_RE = /^(?:(?:a|an)\s(?:big\s|strong\s|huge\s|real\s)?(?:plus|advantage|bonus)\b|highly\s|preferred\b|desirable\b|optional\b|nice to have\b)/i;
/** A bracket or dash in a header badge, which may then hold a place: "Remote (US)", "Remote – Europe". */
export const BADGE_PLACE_MARK_RE = /[(\-–]/;
/** A run of characters that cannot be in a place name, where a title is split into words. */
export const NON_NAME_CHARS_RE = /[^\p{L}.'’-]+/u;
/** Name punctuation left at the end of a place: "Berlin." → "Berlin". */
export const NAME_PUNCT_END_RE = /(?<![.'’-])[.'’-]+$/;
/** Where a Hacker News header line runs into prose: "… | Remote Acme is building …". */
export const PIPE_HEADER_PROSE_RE = /(?<=[a-z)\]])\s*(?=[A-Z][a-z]+ (?:is|are|was|builds|makes)\b)/;
/** A "|" with the spaces around it, between the fields of a header line. Spaces after a "|" go with the next "|" when one follows. */
export const PIPE_SPLIT_RE = /(?<!\s)\s*\|(?:\s+(?![\s|]))?/;
/** A tagline after a dash or colon: "Galaxy - The Cursor for SQL" → "Galaxy". The field is one line of block text, so the tail runs to the end. */
export const NAME_DASH_TAIL_RE = /(?<!\s)\s+[-–—:]\s[\s\S]*$/;
/** A bracketed aside at the end: "Galaxy (getgalaxy.io)" → "Galaxy". Only the first "(" of a line is tried. */
export const TRAILING_PARENS_RE = /(?<!\s)\s*\((?<!\(.*?\().*\)\s*$/;
/** An institution's words right before a place's name: "University of ", "City of ", "Comune di ", "Universidad de " (at the end of the text before it). */
export const INSTITUTION_OF_END_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+ (?:of|of the|de|de la|del|di|della|der|des|du) $/u;
/** A postcode right before a name: "78224 Singen (Hohentwiel)", "1012 AB Amsterdam" (the name after it is a town). */
export const POSTCODE_BEFORE_RE = /(?:^|[\s,·|])\d{4,5}(?: [A-Z]{2})?\s$/;
/** A site at the end: "Galaxy https://getgalaxy.io" → "Galaxy". Only the first site in the last word is tried. */
export const TRAILING_URL_RE = /(?<!\s)\s*\(?(?:https?:\/\/|www\.)(?<!(?:https?:\/\/|www\.)\S*?(?:https?:\/\/|www\.))\S+\)?$/;
/** A header field that states pay, workplace or hours rather than the title. */
export const PIPE_FACT_FIELD_RE = /\$|€|£|remote|onsite|on-site|full[- ]time|part[- ]time/i;
/** Punctuation after a word at the end of a clause. */
export const WORD_TRAILING_PUNCT_RE = /(?<![.,;:!?)])[.,;:!?)]+$/;
/** A plural or German feminine ending on a role word: "engineers", "Entwicklerin", "Entwicklerinnen". */
export const PLURAL_OR_FEMININE_END_RE = /(?:s|es|in|innen)$/;
/** Punctuation that ends the words of a role: "a Senior Engineer, who …". */
export const CLAUSE_PUNCT_RE = /[,;:!?()]/;
/** A team and what it does: "Platform: runs the Kubernetes fleet", "Data – owns the warehouse". Each run of spaces is read once; same matches as `^([^:–—]{2,60}?)\s*[:–—]\s+(.+)$`. */
export const TEAM_LINE_RE = /^([^:–—]{2,60}?)(?<=^[\s\S]{2}|\S)\s*[:–—]\s+(\S.*|[^\S\n\r\u2028\u2029])$/;
/** A word a title cannot end with: "Senior Engineer to", "Designer who". */
export const TITLE_END_STOPWORD_RE = /^(?:to|who|with|for|in|at|on|that|and|or)$/i;
/** The company after a title: "Senior Engineer at Acme Labs" → "Senior Engineer". */
export const TITLE_AT_COMPANY_RE = /(?<!\s)\s+at\s+[\p{Lu}][\p{L}\p{N}&.' -]{1,40}$/u;
/** Where a page title splits into parts: "Backend Engineer | Acme | Careers", "Designer - Acme". A " - " counts only when no other "-" follows. */
export const PAGE_TITLE_SPLIT_RE = /(?<!\s)\s+[|–—]\s+|(?<!\s)\s+-(?=\s[^-]+$)\s+(?!\s)/;
/** A page title part that names the site's section: "Careers", "Jobs", "Work with us". */
export const SITE_SECTION_NAME_RE = /^(?:careers?|jobs?|job board|stellenangebote|empleo|emplois?|hiring|join us|open positions?|work with us)$/i;
/** Spaces, bars, colons and dashes at either end of a title. */
export const TITLE_EDGE_PUNCT_RE = /^[\s|:–-]+|(?<![\s|:–-])[\s|:–-]+$/g;
/** A sentence or clause that opens an interview step told in prose: "First, you'll…", "Then…", "Finally…", "Ensuite…", "Danach…". */
export const PROSE_STEP_START_RE =
  /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|then|next|after that|afterwards|finally|lastly|zuerst|danach|anschließend|abschließend|d'abord|d’abord|ensuite|puis|enfin|primero|luego|después|finalmente|primeiro|depois|por fim|eerst|daarna|vervolgens|tot slot|najpierw|następnie|na koniec)(?![\p{L}])/iu;
/** A ";" between two clauses of a sentence. */
export const CLAUSE_SEMICOLON_RE = /;\s*/;
/** A duration, with its brackets, inside an interview step: "Technical interview (60 minutes)", "(1h30)", "(20’)"; "20-minute call" stays. */
export const DURATION_IN_NAME_RE = new RegExp(
  String.raw`(?<!\s)\s*\(?(?:\d{1,2}[ \t]?h[ \t]?[0-5]\d(?!\d)|\d{1,3}[ \t]?[’′](?![A-Za-z\d])|` + DURATION_RE.source.replace("[ \\t-]?", "[ \\t]?") + String.raw`)\)?`,
  "gi",
);
/** Spaces before "&", "," or ".", left where a duration was cut out. */
export const SPACE_BEFORE_PUNCT_RE = /(?<!\s)\s+([&,.])/g;
/** Spaces, commas and dashes left at the end of an interview step's name. */
export const STEP_NAME_TAIL_RE = /(?<![\s,–-])[\s,–-]+$/;

// ---- field parsers: experience, location, seniority, salary --------------------------------
/** A unit of months rather than years: "18 months", "6 mois". */
export const EXP_MONTH_UNIT_RE = /^(?:months?|mois|monate?n?|meses|mesi|maanden|maand|miesięcy|miesiące|tháng|måneders|månaders|måneder|månader)$/i;
/** "+" or "plus" in a years phrase: "5+ years", "5 plus years". */
export const EXP_PLUS_RE = /\+|plus/i;
/** "up to" before the years: a maximum, not a minimum. */
export const EXP_UP_TO_RE = /up to/i;
/** A count of years in digits: "5", "2.5", "1,5". */
export const EXP_NUMBER_RE = /^\d{1,2}(?:[.,]5)?$/;
/** A two- or three-letter code in capitals: "CA", "NSW", "USA". */
export const UPPER_CODE_RE = /^[A-Z]{2,3}$/;
/** Spaces, punctuation, brackets and dashes at either end of a place. */
export const LOC_EDGE_PUNCT_RE = /^[\s.:;()\-–—]+|(?<![\s.:;()\-–—])[\s.:;()\-–—]+$/g;
/** What separates areas inside brackets: "Remote (US/Canada)", "(EU or UK)". Spaces after a separator go with the next separator when one follows. */
export const LOC_AREA_SPLIT_RE = /(?<!\s)\s*(?:\/|,|\bor\b|&|\+)(?:\s+(?![\s\/,&+]|or\b))?/i;
/** Separators left at either end of a location piece. A "(" run left after the leading run goes with it. */
export const LOC_PIECE_EDGE_RE = /^[\s,.:;)-]+(?:\([\s,.:;(-]*$)?|(?<![\s,.:;(-])[\s,.:;(-]+$/g;
/** A roman-numeral level in the lexicon: "i", "ii", "iii", "iv". */
export const ROMAN_PHRASE_RE = /^i+v?$|^iv$/;
/** "I" as a level, only at the end or before a bracket or separator: "Analyst I", "Engineer I (Remote)". */
export const ROMAN_ONE_RE = /\bI\s*(?:$|[(\-–,|])/;
/** Each roman-numeral level of the seniority lexicon ("ii", "iii", "iv") to the capitals that state it in a title: "Engineer II". */
export const ROMAN_LEVEL_RES: ReadonlyMap<string, RegExp> = new Map(
  SENIORITY.filter(([phrase]) => ROMAN_PHRASE_RE.test(phrase)).map(([phrase]) => [phrase, phrase === "i" ? ROMAN_ONE_RE : new RegExp(`\\b${phrase.toUpperCase()}\\b`)]),
);
/** Colons and spaces at the end of a heading. */
export const COLON_SPACE_TAIL_RE = /(?<![:\s])[:\s]+$/;
/** A comma, semicolon or colon at the end of a window of words. */
export const LIST_PUNCT_END_RE = /[,;:]$/;

// ---- the pipeline --------------------------------------------------------------------------
/** Where a field path splits into keys: "contacts.emails[0]" → "contacts", "emails", "[0]". */
export const FIELD_PATH_SPLIT_RE = /\.|(?=\[)/;
/** An array index in a field path: "[0]". */
export const FIELD_PATH_INDEX_RE = /^\[(\d+)\]$/;

/** Hyphens and dashes, read as spaces when a value is looked for in its block ("full-time" in "Full Time"). */
export const HYPHENS_RE = /[-‐‑–]/g;

// ---- input: front matter, markup hints, encodings, styled letters (area: input) ------------
/** The opening fence of YAML (`---`) or TOML (`+++`) front matter: the first line of the input. */
export const FRONT_MATTER_OPEN_RE = /^\uFEFF?[ \t]{0,3}(---|\+\+\+)[ \t\r]*\n/;
/** A closing fence line of front matter (`---`, `...` or `+++`), trailing spaces allowed. */
export const FRONT_MATTER_CLOSE_RE = /^(?:---|\.\.\.|\+\+\+)[ \t\r]*$/;
/** A YAML `key:` line at the top level of front matter: "title: Python Developer", "company_url:". */
export const FRONT_MATTER_YAML_KEY_RE = /^[A-Za-z_][\w -]{0,40}:(?:[ \t]|$)/;
/** A TOML `key = value` line: `title = "Engineer"`. */
export const FRONT_MATTER_TOML_LINE_RE = /^([A-Za-z_][\w-]{0,40})[ \t]{0,8}=(.{0,2000})$/;
/** A TOML table header line: `[company]`. */
export const FRONT_MATTER_TOML_TABLE_RE = /^\[([A-Za-z_][\w.-]{0,40})\][ \t]*$/;
/** Runs of spaces, hyphens and underscores in a front-matter key ("closing date", "valid-through"). */
export const FRONT_MATTER_KEY_JOIN_RE = /[\s_-]+/g;
/** A YAML/TOML boolean or remote word that says yes. */
export const FRONT_MATTER_YES_RE = /^(?:true|yes|y|1|remote|fully remote|100% remote)$/i;
/** A string's surrounding quotes, to find the value inside a quoted scalar. */
export const QUOTED_EDGES_RE = /^(["'])([\s\S]*)\1$/;
/** The start of an HTML document: a doctype, `<html>`, `<head>`, `<body>` or a head element. */
export const HTML_DOCUMENT_START_RE = /^\s*<(?:!doctype|html|head|body|meta|title|link|script|style)\b/i;
/** A tag that gives HTML block structure (lists, divisions, headings, tables, sections, page parts, scripts). */
export const HTML_BLOCK_TAG_RE = /<(?:ul|ol|li|div|h[1-6]|table|tr|td|section|article|main|header|footer|nav|aside|form|script|style|iframe|dl|dt|dd|blockquote)\b[^<>]{0,300}>/gi;
/** An HTML tag of a known element, its name in group 2 (`/` before it in group 1): `<br/>`, `</strong>`, `<a href="…">`. */
export const MARKUP_TAG_RE =
  /<(\/?)(br|p|div|h[1-6]|ul|ol|li|strong|b|em|i|u|span|a|font|small|code|table|tr|td|th|section|article|header|footer|blockquote|pre|hr|sup|sub|tbody|thead|center|mark|s|strike)\b(?:\s[^<>]{0,600})?\/?>/gi;
/** The `href` of a link tag. */
export const HREF_ATTR_RE = /\bhref\s*=\s*["']?(https?:\/\/[^"'\s<>]{1,2000})/i;
/** Only spaces, colons and tabs before the end of a line: what may follow a bold heading. */
export const BOLD_LINE_TAIL_RE = /^[ \t:]{0,8}(?:\n|$|<\/?(?:br|p|div|li|h[1-6])\b)/i;
/** Hidden page parts that are chrome, by class or id: menus, drop-downs, drawers, dialogs, tooltips, search and log-in panels. */
export const HIDDEN_CHROME_CLASS_RE = /(?:^|[\s_-])(?:menu|menus|submenu|dropdown|nav|navbar|navigation|tooltip|popover|overlay|drawer|offcanvas|dialog|flyout|megamenu|search|login|signin|sign-in|account|cart|lightbox|toast|alert|sr-only|visually-hidden|screen-reader-text)(?:$|[\s_-])/i;
/** Runs of whitespace, squeezed when hidden text is compared with the text the page shows. */
export const HIDDEN_TEXT_SPACES_RE = /\s+/g;
/** A number that starts an item inside a line: "Duties: 1.Prepare reports. 2.Reconcile ledgers." (group 1: the number). */
export const INLINE_NUMBER_RE = /(?:^|[\s:;,(])(\d{1,2})[.)][ \t]{0,3}(?=\p{L})/gu;
/** The end of the first sentence of a piece of text: ". " before a capital (the last inline item ends there). */
export const FIRST_SENTENCE_END_RE = /[.!?](?=\s+\p{Lu})/u;
/** A three-letter currency code as JSON-LD states it ("EUR"). */
export const CURRENCY_CODE_RE = /^[A-Za-z]{3}$/;
// ── names: title and company by evidence (company-evidence, title) ──
/** What follows a title on its line when it is the company: " — The LEGO Group", " | Acme". */
export const TITLE_COMPANY_TAIL_RE = /^\s+[–—|]\s+([\p{Lu}\p{N}][^|–—]{1,59})$/u;
/** Where a company may follow a title on its line: " — ", " – ", " | " (the last such mark). */
export const TITLE_TAIL_SPLIT_RE = /(?<=\S)\s[–—|]\s(?=[^–—|]+$)/u;
// ── names: a title closed by a gender mark in prose (title) ──
/** A gender mark that closes a job title, with or without brackets: "(H/F)", "F/H", "(m/w/d)", "(k/m)", "(all genders)". */
export const GENDER_MARK_RE =
  /\(\s?(?:[hfmwdxk]\/[hfmwdxk](?:\/[hfmwdxk])?|all genders|gn\*?)\s?\)|(?<![\p{L}/])(?:h\/f|f\/h|m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|k\/m|m\/k)(?![\p{L}/])/iu;
/** What ends the sentence or clause a title sits at the end of: a full stop, colon, semicolon, dash or bullet (not a comma: "einen Content Creator, Brand Manager (m/w/d)"). */
export const TITLE_CLAUSE_BREAK_RE = /[.!?]\s|\s[–—-]\s|[:;•|]/gu;
/** An elided article or preposition before a French word: "d'Assistant", "l’opérateur". */
export const ELIDED_ARTICLE_RE = /^(?:d|l|qu)['’]/i;

// ── JSON-LD output (package: src/jsonld-out.ts) ──
/** A job reference as postings state it: "Job ID 4471", "ref TD-2291", "Réf. : 2026-114", "Kennziffer 12/2026" (the code must hold a digit: checked by the caller). */
export const JOB_REFERENCE_RE = /\b(?:job id|job ref|job no|job number|job code|req id|requisition id|requisition|reference number|reference no|reference|ref no|ref|réf|référence|referenznummer|referenz|kennziffer|vacancy id|posting id)\b[.:#\s]{0,4}([A-Z0-9][\w/-]{1,24})/i;
// --- facts and places round 4 ---
/** A years lead that claims a span the way a company states its history: "over", "more than", "über", "ponad", "más de". */
export const EXP_OVER_LEAD_RE = /^(?:over|more than|mehr als|über|plus de|más de|mais de|più di|oltre|meer dan|ponad|powyżej|trên)$/i;
/** A possession word right before "over N years": "with over 20 years", "mit über 40 Jahren", "Con más de", "Fort de plus de", "z ponad". */
export const EXP_WITH_BEFORE_RE = /(?:^|[^\p{L}])(?:with|mit|con|com|avec|met|z|ze|fort(?:e|s|es)? de|forte di)[ \t]{1,3}$/iu;
/** An education word right before a job type, making it the study's mode: "Đại học toàn thời gian", "a full-time university degree", "Studium in Vollzeit". */
export const EMP_STUDY_BEFORE_RE = /(?:^|[^\p{L}])(?:đại học|cao đẳng|bằng|university|college|bachelor'?s?|master'?s?|degree|diploma|studium|studia|études|estudios|curso|course|mba|programme|program|hệ)[ \t(]{1,3}(?:in[ \t]{1,2})?$/iu;
/** An education word right after a job type: "full-time university degree", "toàn thời gian chính quy". */
export const EMP_STUDY_AFTER_RE = /^[\s-]{0,2}(?:university|college|bachelor|master|undergraduate|graduate degree|postgraduate|studies|study|chính quy|đại học)\b/iu;
/** "US" in capitals: the country, not the pronoun "us" of the company's voice ("New York, NY, US"). */
export const US_COUNTRY_WORD_RE = /\bUS\b/g;
/** A pipe between two facts of a facts line, with the spaces around it: "Einsatzort: Köln | Beginn: ab sofort". */
export const FACT_PIPE_RE = /\s{0,3}\|\s{0,3}/;
/** A count of days or hours per week, a facts-line schedule: "3 days a week", "20 Std./Woche", "4 jours par semaine". */
export const WEEK_SCHEDULE_RE = /^\d{1,2}(?:[.,]5)?\s{0,2}(?:-\s{0,2}\d{1,2}\s{0,2})?(?:days?|hours?|hrs?|h|tage?n?|std\.?|stunden|jours?|heures|días|horas|giorni|ore|dagen|uur|dni|godzin)\b.{0,20}$/iu;
/** A No answer on its own, to a yes/no row such as "Remote eligible": "No", "Nein", "Non", "Não", "Nie", "Nee", "Không". */
export const NO_ANSWER_RE = /^(?:no|n\/a|nein|non|não|nao|nie|nee|không)\.?$/i;
/** A yes/no row's answer after its colon: "Remote eligible: No" (group 1: the question, group 2: the answer). */
export const YES_NO_ROW_RE = /^(.{2,40}?)\s{0,2}[:：?]\s{0,3}(no|n\/a|nein|non|não|nao|nie|nee|không|yes|ja|oui|sí|si|sim|tak|có)\.?$/i;
/** A label naming the span a posting is open, whose value is a date range: "Open period", "Application period", "Bewerbungszeitraum", "Période de candidature". */
export const PERIOD_LABEL_RE = /^(?:open(?:ing)? period|application period|applications? open|posting period|announcement period|recruitment period|vacancy period|open dates?|opening and closing dates?|open (?:&|and) closing dates?|period of (?:application|posting)|bewerbungszeitraum|ausschreibungszeitraum|bewerbungsfrist|période de (?:candidature|publication|recrutement)|período de (?:postulación|convocatoria|inscripción|inscrições|candidatura)|periodo di candidatura|okres rekrutacji|aanmeldperiode|sollicitatieperiode|thời gian nhận hồ sơ|thời hạn nhận hồ sơ|publication|publicación|publicação|pubblicazione|published|posted|veröffentlicht|publiée?)[ \t]{0,2}[:：]?$/i;
/** A header line's date that says when the page was refreshed, not posted: "Updated 2 hours ago", "Mis à jour il y a 2 jours". */
export const UPDATED_DATE_RE = /^(?:(?:last\s)?updated|refreshed|reposted|mis à jour|mise à jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|aktualisiert|zaktualizowan[oey])\b/i;
/** A classified ad's run-on headline: a role in capitals with a hiring word, a dash or colon, then the rest ("NIGHT BAKER NEEDED — Crumb & Co, 12 Mill Ln, Bristol. Early shifts"); groups: role, rest. */
export const CLASSIFIED_HEADLINE_RE = /^([\p{Lu}\p{N}][\p{Lu}\p{N} &/'’.()-]{2,60}?)[ \t]{1,3}(?:NEEDED|WANTED|REQUIRED|URGENTLY NEEDED|GESUCHT|RECHERCHÉE?|BUSCADO|SE BUSCA|SE NECESITA|CERCASI|POSZUKIWANY|GEZOCHT|PROCURA-SE)[!.]{0,3}[ \t]{0,3}[—–:,-][ \t]{0,3}(\S.{5,300})$/u;
/** The end of the first sentence of a classified's rest: ". " before a capitalised word or the text's end (not "Hauptstr. 3"). */
export const CLASSIFIED_SENTENCE_END_RE = /\.(?=\s{1,3}\p{Lu}\p{Ll}|$)/u;
/** A lowercase icon-font word at a line's start, before a fact in capitals, digits or a currency sign: "location_on Leeds" (group 1: the word). */
export const ICON_WORD_START_RE = /^[ \t]{0,3}(?:[-*•][ \t]{1,3})?([a-z]{3,24}(?:_[a-z]{2,12}){0,3})[ \t]{1,3}(?=[\p{Lu}\p{N}$€£¥₹])/u;
/** A pictograph (with its variation selector) at a line's start before a fact: "📍 Oslo, Norway". */
export const ICON_GLYPH_START_RE = /^[ \t]{0,3}(\p{Extended_Pictographic}\uFE0F?)[ \t]{0,3}(?=[\p{L}\p{N}$€£¥₹])/u;
/** A French city with its arrondissement: "Paris 8e", "Lyon 3ème", "Marseille 13e arrondissement" (group 1: the city). */
export const LOC_ARRONDISSEMENT_RE = /^(\p{L}[\p{L} '’-]{1,40}?)[ \t]{1,2}\d{1,2}[ \t]?(?:e|er|ème|eme|è|è)(?:[ \t]{1,2}arr(?:ondissement|\.)?)?$/u;
/** Words of an organisation, not a town: "Location: Department of Elections", "County Board Office". */
export const LOC_ORGANISATION_WORD_RE = /\b(?:department|dept|ministry|agency|bureau|commission|board|council|office|authority|division|services|university|hospital|school|college|court|headquarters|corporation|company|inc|llc|ltd|gmbh|elections|registrar|clerk|logistics|components|industries|solutions|systems|technologies|manufacturing|group|holdings|trading|partners)\b/i;
// ── workplace: part of the week in the office or at home (fields/workplace) ──
/** A word that makes the office or home only part of the week: "partly from our office", "teilweise im Büro", "en partie sur site". */
export const WP_PARTLY_RE = /(?<![\p{L}])(?:partly|partially|part-time in|teilweise|anteilig|en partie|partiellement|parcialmente|in parte|częściowo|deels|gedeeltelijk)(?![\p{L}])/iu;
/** Days of the week at home or in the office with words between ("1 jour de télétravail par semaine", "2 days of remote work a week"); group n: the count. */
export const WP_DAYS_WORDS_A_WEEK_RE = /\b(?<n>[1-5]|one|two|three|four|five|ein|zwei|drei|vier|fünf|un|deux|trois|quatre|cinq|uno|dos|tres|cuatro|cinco)\s(?:days?|tage|tagen|jours?|días|dias|giorni)(?:\s[\p{L}'’-]{1,16}){1,3}\s(?:a|per|pro|par|por|each|every|in der|la|a la|alla|à la)\s(?:week|woche|semaine|semana|settimana)\b/iu;
// ── menus and breadcrumbs at the top of a page (sections/menus) ──
/** A breadcrumb's separator: " > ", " › ", " » ", " / " between short parts ("Offres d'emploi > Assistant > Lyon"). */
export const BREADCRUMB_SEP_RE = /\s[>›»]\s/g;
/** A digit: menu entries hold none (a title or a fact often does). */
export const ANY_DIGIT_RE = /\d/;
/** A site name's domain ending, read past when a menu entry is tested for digits ("naukri.com", "Pracuj.pl"). */
export const DOMAIN_TAIL_RE = /\.[a-z]{2,6}$/iu;
/** What may stand between the links of a menu row: spaces, bars, bullets, slashes, dashes. */
export const LINK_ROW_SEPARATORS_RE = /[\s|•·/–-]/gu;
// --- sections round 4 ---
/** A list number glued to the end of an item whose line break was lost: "…lần/năm2." (the next heading's "2."). */
export const GLUED_ENUMERATOR_END_RE = /(?:(?<=[\p{Ll}.)])\d{1,2}|(?<=\.)\p{Ll})\.$/u;
/** A telephone number on a contact card: "+49 (0)30 606 902 41", "206-263-8413", "Phone: (555) 010 2000". */
export const CARD_PHONE_RE = /(?:^|[\s:])\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{1,4}\)?){2,5}\s*$/;
// ── HTML nesting depth, read before the tree libraries recurse into it (input/prepare) ──
/** A tag with its name (group 2) and "/" before it for a closing tag (group 1): `<div class="x">`, `</span>`, `<br/>`. */
export const TAG_NAME_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})(?:[\s/][^<>]{0,2000})?>/g;

// ---- Markdown pipe tables (lexicon helper) ----
/** One cell of a pipe table's delimiter row: "---", ":--", "--:", ":-:". */
export const TABLE_DELIMITER_CELL_RE = /^:?-{1,200}:?$/;
// --- sections and lists (issue 11, wip-sections) ---
/** A phrase that opens in lower case: "a 30-minute call" in an enumeration inside a sentence. */
export const LOWER_START_RE = /^\p{Ll}/u;

// ---- interview steps by mechanism (wip-steps) ----------------------------------------------
/** An arrow or chevron between two hiring steps on one line: "Phone screen → Tech interview", "HR call > rozmowa techniczna", "A -> B", "A » B". */
export const STEP_ARROW_SPLIT_RE = /[ \t]{0,4}(?:→|⟶|➔|➜|➝|⇒|->|=>|»|›)[ \t]{0,4}|[ \t]{1,4}>[ \t]{1,4}/u;
/** A dash with spaces around it between two hiring steps: "Call – Case study – Offer". */
export const STEP_DASH_SPLIT_RE = /[ \t]{1,4}[–—-][ \t]{1,4}/;
/** A line that is only a step's number, as card layouts print it above the step's name: "1.", "02", "3)". */
export const STEP_BARE_NUMBER_RE = /^\d{1,2}[.)]?$/;
/** Where a step told in a sentence may end and the next begin: a comma, a semicolon, or " and " / " und " / " et " … (kept, to rebuild the text). */
export const STEP_CLAUSE_SPLIT_RE = /([,;][ \t]{1,4}|[ \t]{1,4}(?:and|und|et|y|e|ed|en|i|oraz)[ \t]{1,4})/;
/** Spaces, commas, colons and dashes left at the end of a step's name ("Intro call with the CTO: 45 minutes" → "Intro call with the CTO"). */
export const STEP_NAME_END_RE = /(?<![\s,:–-])[\s,:–-]+$/;
/** A step's closing full stop. */
export const STEP_FINAL_STOP_RE = /(?<!\.)\.$/;
/** A count of steps before a chain or list: "4 stages:", "Three stages—", "3 étapes :", "Drei Schritte:". */
export const STEP_COUNT_LEAD_RE = /^(?:\d|one|two|three|four|five|six|zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|duas|três|quatro|due|tre|quattro|twee|drie|vier|vijf|dwa|trzy|cztery|pięć)[ \t-]?(?:stages?|steps?|rounds?|phases?|stufen|schritte|runden|phasen|étapes|tours|etapas|fases|pasos|fasi|tappe|stappen|rondes|etapy|etapów|kroki)\b/iu;
/** A list mark left at the end of a step's line: "Inscrição e avaliação inicial;". */
export const STEP_LIST_END_RE = /[;,]$/;
/** A bracketed aside in a step's name, read for a duration: "(60 minutes each)", "(ca. 1 Stunde)". */
export const STEP_BRACKET_RE = /[ \t]{0,4}\([^()]{1,40}\)/g;
/** A small word left at a step's end where its duration was cut out: "Technical interview for", "Gespräch von ca.". */
export const STEP_DANGLING_RE = /[ \t]{1,4}(?:for|of|lasting|about|approx\.?|approximately|ca\.?|circa|von|für|ungefähr|etwa|de|d'environ|environ|durant|pendant|di|da|van|przez|około|trwająca|trwające|w ciągu)$/i;
/** Two letters in a row: a step names something ("Offer", "서류 전형"), unlike "<a ----------". */
export const STEP_WORD_RE = /\p{L}{2}/u;
/** A step's number inside a line: "… 2) Technical test", " 3. Final interview" (global: read each). */
export const STEP_INLINE_NUMBER_RE = /(?:^|(?<=\s))(\d{1,2})[.)][ \t]{1,3}(?=\p{L})/gu;
// --- chrome by shape (issue 11 part 4, wip-chrome) ---
/** A lowercase letter glued to a capital: buttons copied without spaces ("Log inBook a demo"). */
export const CHROME_GLUE_RE = /(?<=\p{Ll})(?=\p{Lu})/u;
/** A sentence stop inside or at the end of a line: ". ", "! ", "?" at the end. */
export const CHROME_SENTENCE_STOP_RE = /[.!?…](?:\s|$)/;
/** A percentage figure: a board's response-rate counter ("Responded to 75% of applications"). */
export const CHROME_PERCENT_RE = /\d\s?%/;
/** A word of a title-like line: a capital, a digit or a sign first ("Logistics", "2nd", "(Remote)", "&"). */
export const CHROME_TITLE_WORD_RE = /^[\p{Lu}\d(&/+–-]/u;
/** An e-mail address or a web address anywhere in a line ("Apply here: tramcase.com"): the employer's contact, never a button. */
export const CHROME_CONTACT_RE = /@|https?:\/\/|www\.|\w\.(?:com|org|net|io|co|jobs|de|fr|es|pt|br|it|nl|pl|uk|eu|ai|dev)\b/i;
/** What stands between the parts of another posting's card: "Frontend Developer · Wien · Vollzeit", "Palkanlaskija | Tampere". */
export const CARD_PART_SEPARATOR_RE = / [|•·] /;
/** What stands between the links of a share bar: bars, bullets, commas, slashes. */
export const CHROME_BAR_SEPARATOR_RE = /[|•·,/]/;
/** A folded-chips counter: "+8 more", "+3", "+12 weitere". */
export const CHROME_PLUS_COUNT_RE = /^\+\s?\d{1,4}(?:\s\p{L}{1,12})?$/u;
/** A figure ("51", "2,340", "1.2k"), to count how many a line holds. */
export const CHROME_FIGURE_RE = /\d[\d.,]{0,12}/;
/** Where a button glued to a paragraph's end begins: an arrow, a bar or a bullet between spaces, or a sentence's or a label's stop. */
export const CHROME_TAIL_SEP_RE = /\s[»|·•›]\s|[.!?:]\s{1,5}/g;
/** Separator marks left at the start of a cut-off tail ("» Aplikuj", ": Kliknij"). */
export const CHROME_TAIL_LEAD_RE = /^[\s»|·•›.!?:]{1,8}/;
/** A question mark (and spaces) at the end: "Who's the hiring manager?" read as its heading phrase. */
export const CHROME_QUESTION_END_RE = /\s{0,3}\?$/;
/** A back arrow opening a line: "← All open positions", "« Retour aux offres". */
export const CHROME_BACK_ARROW_RE = /^\s{0,3}[←‹«⟵⇐]/u;
/** A row of facts at the top of a page: a bullet, a middle dot or a bar between them ("Toronto · 3 days ago · Over 100 applicants"). */
export const CHROME_FACT_ROW_RE = /\s[·•|]\s/;
// --- title and company on unseen boards (issue 11 part 3, wip-header) ---
/** A bracketed tag before a title: "[Hiring] 2D Illustrator", "(Remote) Data Analyst", "【急募】Cook" (group 1: the tag's words). */
export const TITLE_LEAD_TAG_RE = /^[[(【]([^\])】\n]{1,24})[\])】][ \t]{0,3}(?:[-–:|][ \t]{0,3})?(?=\S)/u;
/** Hours in a title's tail: "~60 hours", "20 hrs/week", "40h", "30 Std./Woche", "35 heures". */
export const TITLE_HOURS_PIECE_RE = /^(?:~|ca\.?\s?|approx\.?\s?|up to\s)?\d{1,3}(?:\s?[-–]\s?\d{1,3})?\+?\s?(?:hours?|hrs?|h|std\.?|stunden|heures|horas|godzin|uur)(?:\s?(?:\/|per|a|pro|par|por)\s?(?:week|wk|month|woche|semaine|semana|tydzień|week))?$/iu;
/** A copyright line's owner: "© 2026 Adzuna Ltd", "Copyright (c) 2019-2026 foundit.in", "(C) Jobbland AS. All rights reserved" (group 1). */
export const COPYRIGHT_OWNER_RE = /(?:©|\(c\)|copyright)\s{0,3}(?:\(c\)\s{0,3}|©\s{0,3})?(?:\d{4}(?:\s?[-–]\s?\d{4})?\s{1,3})?([\p{L}\p{N}][\p{L}\p{N}&.'’ -]{1,50})/iu;
/** Where a title's tail splits into its facts: "$45/hr, remote, ~60 hours", "Lisboa · Full-time", "Remote / Contract". */
export const TITLE_TAIL_PIECES_RE = /\s?[,·•;]\s|\s\/\s/u;
/** Where a breadcrumb splits into its steps: "Strona główna / Testing / QA Engineer", "Home › Jobs › Cook". */
export const BREADCRUMB_STEP_RE = /\s[/»›>]\s/u;
/** Where a menu row splits into its entries: "Jobs | Companies | Services", "Vagas · Empresas · Entrar". */
export const MENU_ROW_SPLIT_RE = /\s[|·•/]\s/u;

// --- employment type (session 7) ---
/** Icons and marks before a badge's word: "⏱ Stage", "• Part time". */
export const LEADING_SYMBOLS_RE = /^[^\p{L}\p{N}]+/u;

// --- places and the posting's country (wip-places) ---
/** An international phone number: "+54 351 555-0101", "(+48) 600 100 200" (group 1: the prefix digits, up to 3; group 2: the rest). */
export const COUNTRY_EVIDENCE_PHONE_RE = /(?<![\p{L}\d])\(?\+\s?(\d{1,3})[\s.()-]{0,2}(\d[\d\s.()-]{5,16})/gu;
/** A digit: a figure beside a currency, or the figure glued to it ("3500zł"). */
export const COUNTRY_EVIDENCE_DIGITS_RE = /\d/;
/** A URL's scheme, taken off before its host is read. */
export const URL_SCHEME_RE = /^https?:\/\//i;
/** What ends a URL's host: a path, a query, a fragment or a port. */
export const URL_HOST_END_RE = /[/?#:]/;
/** Every digit and figure separator glued to a currency sign ("3500zł", "R$4.000"), taken off to read the sign. */
export const COUNTRY_EVIDENCE_ALL_DIGITS_RE = /[\d.,]+/g;
/** Everything but digits, taken off a phone number to count its digits. */
export const COUNTRY_EVIDENCE_NON_DIGITS_RE = /\D/g;
/** What separates a town from its region code and country: "Santos - SP", "Campinas / SP / BR", "Montevarchi (AR)", "Zürich ZH" (whitespace collapsed). */
export const LOC_CODE_SEPARATOR_RE = /\s?[()]\s?|\s?[-–/|,]\s|\/|\s(?=[A-Z0-9]{2,3}$)|\s(?=\p{Ll}[\p{Ll}-]{5,30}$)/u;
/** A figure alone: a French département number ("56", "974"). */
export const ALL_DIGITS_RE = /^\d+$/;
/** Where the text after a town in prose stops being its region code: a sentence end, a line end, a comma or a word of prose. */
export const LOC_CODED_TAIL_END_RE = /[.,;:!?\n]|\s(?=\p{Ll}{2})/u;
/** A town named as a town in prose: "basé dans la région de Auray", "en la ciudad de Sucre", "na cidade de Santos", "in the city of Ames" (group 1: the name, up to three capitalised words). */
export const LOC_TOWN_STATEMENT_RE = /\b(?:dans la (?:région|ville|commune) d[e'’]\s?|en la (?:ciudad|localidad|zona) de |na (?:cidade|região) de |in the (?:city|town) of |nella (?:città|zona) di |in der (?:Stadt|Region) )(\p{Lu}[\p{L}'’-]{1,25}(?: \p{Lu}[\p{L}'’-]{1,25}){0,2})/u;

// ---- company and title evidence (company area) ----
/** The punctuation a legal form ends with in prose that is not part of it: "Acme GmbH," "(Acme Inc.)". */
export const LEGAL_TAIL_PUNCT_RE = /[,;:!?)\]"'”’»]{1,4}$/u;
/** A comma closing a name before its legal form: "Nextdoor," of "Nextdoor, Inc.". */
export const NAME_END_COMMA_RE = /,$/u;
/** A short bracket right after a title in a sentence: "(Mobile) to help…" (group 1: the bracket). */
export const BRACKET_AFTER_TITLE_RE = /^[ \t\u00a0]{0,3}(\([^()\n]{1,28}\))/u;
/** The next inline label's word and colon right after a value: " To: Coatings…" */
export const NEXT_LABEL_WORD_RE = /^[ \t]{0,3}(\p{Lu}[\p{L}]{0,20})[ \t]{0,2}:/u;
/** A bracket at the end of a title line: "Engineer [up to RM12k]", "Cook (£12.50/hr)" (group 1: its content). */
export const TRAILING_BRACKET_RE = /[ \t]{1,3}[[(]([^[\]()\n]{2,40})[\])]$/u;
/** A line that ends in a letter, a digit or a closing bracket (not left open with "-" or ":"). */
export const LETTER_OR_DIGIT_END_RE = /[\p{L}\p{N})]$/u;
/** A licence's class after the word: "Licence C", "licencia clase B", "licence de classe 4A". */
export const EDU_LICENCE_CLASS_RE = /^\s(?:de\s)?(?:clase\s|classe\s|class\s)?(?:[A-Z]\d?|\d{1,2}[A-Z]?)(?![\p{L}\p{N}])/u;
/** A town after its country's ISO code, as applicant-tracking systems write it: "GR-Athens", "US-TX-Austin". */
export const COUNTRY_PREFIXED_PLACE_RE = /^([A-Z]{2})-(\p{Lu}[\p{L} .'-]{1,40})$/u;
/** How long a firm has been on a board: "Member since 2018", "Su Subito dal 2019", "Dabei seit 2020", "Miembro desde 2017". */
export const MEMBER_SINCE_RE = /(?:^|\s)(?:since|dal|seit|desde|depuis|sinds|od)\s(?:\p{L}{1,12}\s)?(?:19|20)\d{2}$/iu;
/** A British postcode alone on its line: "WF1 4DG", "SW1A 1AA". */
export const UK_POSTCODE_LINE_RE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
/** A Canadian postcode alone on its line: "E1C 4H8". */
export const CA_POSTCODE_LINE_RE = /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/;
/** A reference code among a line's words: four digits or more in a row ("#18-167080-01", "REQ12345"). */
export const CODE_WORD_RE = /\d{4}/;
/** A line that opens with a letter or a digit (not an icon: "📍 Tampines"). */
export const LETTER_OR_DIGIT_START_RE = /^[\p{L}\p{N}]/u;
/** A blank line between two blocks: a newline, spaces, a newline. */
export const BLANK_LINE_RE = /\n[ \t]{0,20}\n/u;
/** An elided article glued before a word: "l'agence", "l’entreprise" (lowercase). */
export const ELIDED_LEAD_RE = /^[ld][’']/u;

// --- job boards' names (company, title) ---
/** A jobs word closing a board's name as its logo line prints it: "Trade Me Jobs", "Indeed Careers", "Monster Emploi". */
export const BOARD_JOBS_WORD_RE = /(?<!\s)\s{1,3}(?:jobs?|careers?|emplois?|empleos?|empregos?|stellen|jobbörse|vacatures|praca|lavoro)$/i;
/** A calendar year standing as a word: "Summer 2027", "Intake 2026" are terms, not employers' names. */
export const YEAR_WORD_RE = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/** A board's page for an employer, linked from the company line: "/company/acme", "/cmp/Acme", "/employers/acme-48121", "/empresa/acme", "/firma/acme". */
export const EMPLOYER_PROFILE_PATH_RE = /\/(?:company|companies|cmp|employers?|empresas?|firma|firmen|entreprises?|unternehmen|arbeitgeber|werkgevers?|pracodawcy|aziende|azienda|Overview)\/[^/?#]{2,80}\/?$/i;
/** The full stop closing a sentence kept as an item. */
export const FULL_STOP_END_RE = /\.$/;
/** A comma inside a number ("185,000", "9,80 €"): the line is about money, not a list parted by commas. */
export const DIGIT_COMMA_DIGIT_RE = /\d,\d/;
/** The end of a sentence and its space, closing a text: "interested? " before "send your cv". */
export const SENTENCE_GAP_END_RE = /[.!?]\s+$/;
/** A postcode standing as a word: four to six digits ("26000", "79618", "00-950" aside). */
export const POSTCODE_WORD_RE = /(?<![\d.,])\d{4,6}(?![\d.,])/;
/** A domain ending on a name: "Indeed.com", "jobs.ch", "Pracuj.pl", "seek.com.au". */
export const DOMAIN_END_RE = /\.(?:com|net|org|[a-z]{2})(?:\.[a-z]{2})?$/i;

// --- regions of unseen countries (wip-places2) ---
/** A postcode written before the town: "67433 Neustadt", "1012 AB Amsterdam", "00-950 Warszawa", "1000-001 Lisboa", "114 55 Stockholm" (groups: the shape; town). */
export const LOC_POSTCODE_TOWN_RE = /^(?:(?<nl>\d{4} ?[A-Z]{2})|(?<pt>\d{4}-\d{3})|(?<pl>\d{2}-\d{3})|(?<d5>\d{5})|(?<se>\d{3} \d{2})|(?<d4>\d{4}))\s(?<town>\p{Lu}[^\d,;()]{1,50})$/u;
/** A button's count or its employer at the end: "View all jobs from this employer (3)", "See all jobs at Saguaro Valley Health". */
export const BUTTON_TAIL_RE = /\s\(\d{1,4}\)$|\s(?:at|from|bei|chez)\s\p{Lu}[\p{L}&.'’ -]{1,60}$/u;
/** A line of two or more bracketed buttons and nothing else: "[ Apply Now ]  [ Email to a Friend ]  [ Print ]". */
export const BUTTON_ROW_RE = /^(?:\[[ \t]?[^\[\]\n]{1,30}?[ \t]?\][ \t]*){2,8}$/;
/** A name and a house number, as streets are written on the continent: "Priemyselná 12", "Kerkstraat 12a" (group 1: the name). */
export const LOC_NAMED_STREET_RE = /^(\p{Lu}[\p{L}'’.-]{2,}(?:\s\p{L}[\p{L}'’.-]*){0,3})\s\d{1,4}[a-z]?(?:\/\d{1,4}[a-z]?)?$/u;
/** A street's first word: the part is an address, not a town after a postcode ("75002 Rue de la Paix"). */
export const LOC_STREET_LEAD_RE = /^(?:rue|calle|avenida|avenue|av\.|avda\.|via|viale|piazza|corso|rua|carrer|ul\.|al\.|plaza|place|chemin|boulevard|bd|straße|strasse|weg|platz|gasse)\s/iu;
/** A region code written with periods: "D.C.", "N.L.", "B.C." (read as "DC", "NL", "BC"). */
export const LOC_DOTTED_INITIALS_RE = /^(?:[A-Z]\.){1,2}[A-Z]\.?$/;
/** A part that is only a postcode of a shape LOC_POSTCODE_RE leaves in pieces: "04578-000" (BR), "1000-001" (PT), "00-950" (PL), "114 55" (SE), "1012 AB" (NL). */
export const LOC_POSTCODE_ONLY_RE = /^(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2})$/;
/** A region code of one to three capitals as ATS exports write it between a town and its country: "W" (Wien), "AB" (Stockholms län). */
export const LOC_SHORT_CODE_RE = /^[A-Z]{1,3}$/;
/** Where a line of perks ends a sentence: a full stop and a capital after it ("…CTC. Provident fund"), not "godz. 7:00". */
export const CATALOGUE_SENTENCE_SPLIT_RE = /(?<=[.!?])\s+(?=\p{Lu})/u;
/** A colon before a space or the end: a lead-in ("Bonus: a, b"), not a time ("7:00"). */
export const COLON_SPACE_RE = /:(?:\s|$)/;
/** A gender marker closing a title: "… H/F", "… (m/w/d)", "…(F/H)", "… (w/m/d)", "… (h/m)". */
export const GENDER_MARK_END_RE = /(?:\(|\b)(?:[hfmwdx](?:\s?\/\s?[hfmwdx]){1,2}|[hfmwdx]\*[hfmwdx]\*[hfmwdx])\)?$/i;
/** A range's joining word glued between two amounts by a scraper, the second's sign right after it: "to$", "bis€", "a$". */
export const GLUED_RANGE_JOIN_RE = /^(?:to|bis|a|à|al|hasta|até|do)\p{Sc}/u;

// ── category from a breadcrumb (detectors/category) ──
/** A breadcrumb's arrow separator, one match: " > ", " › ", " » ". */
export const BREADCRUMB_ARROW_RE = /\s[>›»]\s/;
/** A lead-in before a breadcrumb: "Você está em: Vagas > …", "You are here: Home > …". */
export const BREADCRUMB_LEAD_IN_RE = /^[^:>›»]{3,30}:\s/;
/** A listing of a category, the category first: "HSE jobs in UAE", "Cleaning Jobs", "Healthcare jobs". */
export const BREADCRUMB_LISTING_TAIL_RE = /\s(?:jobs?|vacatures|stellen|empleos|emplois|vagas|offerte|oferty)(?:\s(?:in|en|em|à|in der|w)\s.{1,40})?$/i;
/** A title joined to its employer on one line: "Controller at Acme GmbH", "Koch – Gasthof Post GmbH", "Cook @ Acme Ltd". */
export const TITLE_EMPLOYER_JOIN_RE = /\s(?:at|bei|chez|@|[-–—|])\s/;
/** What splits a line into words that keep their hyphens: "aide-soignant" of "Aide-soignant(e) (m/f)". */
export const NON_HYPHEN_WORD_CHARS_RE = /[^\p{L}-]+/u;
/** The dash between a title and the job's terms after it: "Aide-soignant(e) (m/f) – CDI 30h/semaine". */
export const TITLE_TERMS_DASH_RE = /\s[–—-]\s/;
/** The candidate's own time in a post, before its years: "You will have held a Sous Chef position … for at least 2 years". */
export const EXP_HELD_BEFORE_RE = /\b(?:have|has|having|you've) (?:held|worked|served|spent)\b/i;
/** A classified ad's hiring word inside a sentence-case headline: "Part time cleaner needed - city centre cafe", "Se busca camarero". */
export const CLASSIFIED_HIRING_WORD_RE = /\b(?:needed|wanted|required|urgently|hiring|gesucht|cercasi|cerco|poszukiwany|poszukiwana|gezocht|procura-se|se busca|se necesita|recherche)\b/i;

// ---- places (fields/location.ts) ----
/** A town's qualifier in brackets, one capitalised word: "(Oder)", "(Saale)", "(Westf.)" — not a code "(VR)" nor a note "(remote)". */
export const TOWN_QUALIFIER_RE = /^\p{Lu}\p{Ll}{2,20}\.?$/u;
