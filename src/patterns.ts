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
  /(?=\d)(?<![\p{N}.,'’])(?:\d{1,2}(?:,\d{2}){1,3},\d{3}|\d{1,3}([,.'’ \u202F])\d{3}(?:\1\d{3}){0,3}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)(?![\p{N}])/gu;
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
/** What may stand between the two ends of a range: "-", "–", "to", "bis", "à", "a", "hasta", "até", "and" (after "between"). */
export const RANGE_JOIN_RE = /^[ \t]{0,3}(?:-{1,2}|[–—~]|to|till|through|thru|bis|à|a|au|al|hasta|até|ate|fino a|do|and|und|et|y|e)[ \t]{0,3}$/iu;
/** The joins of RANGE_JOIN_RE that are plain conjunctions and need "between"/"entre"/"zwischen" before the range. */
export const CONJUNCTION_JOIN_RE = /^[ \t]{0,3}(?:and|und|et|y|e)[ \t]{0,3}$/iu;
/** A period word glued to an amount by a slash, as in "CA$65,000/yr - CA$80,000/yr"; read on a short slice. */
export const SLASH_PERIOD_RE = /^[ \t]?\/[ \t]?(\p{L}{1,8}\.?)/u;
/** Where the clause around an amount ends: sentence punctuation, list marks, "plus"/"and"/"with" and their kin. */
export const CLAUSE_BREAK_RE =
  /[;!?\n|•·]|[.,](?=\s|$)|\s(?:\+|&|plus|and|und|et|y|with|mit|avec|con|com|including|inkl\.|incl\.|zzgl\.|zuzüglich|sowie|più|más|mais)(?=\s)/giu;
/** A parenthesised aside of up to 40 characters, skipped when reading the words after an amount. */
export const PAREN_ASIDE_RE = /\([^()]{0,40}\)/g;
/** A percent sign right after an amount: "20%" is a share, not money. */
export const PERCENT_AFTER_RE = /^[ \t]?%/;
/** A number that starts with a thousands group ("95,000", "9'500", "12,00,000"), not decimals ("1,5"). */
export const GROUPED_NUMBER_RE = /^(?:\d{1,3}[,.'’ \u202F]\d{3}|\d{1,2},\d{2},)/;
/** The decimals that end a grouped number: ",00" in "60.000,00". */
export const DECIMALS_END_RE = /[.,](\d{1,2})$/;
/** A character glued before a number that makes it no amount: "H1B", "Q4", "v2", "24/7", "#3". */
export const GLUED_BEFORE_NUMBER_RE = /[\p{L}_\/#]/u;
/** A "+" glued to a word or number after an amount ("$150k+equity", "+49"): not "or more" as in "$80k+". */
export const PLUS_WORD_RE = /^\+[\p{L}\p{N}]/u;
/** Any letter. */
export const LETTER_RE = /\p{L}/u;
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
/** "il y a 3 jours", "vor 2 Wochen", "hace 5 días", "hace 5d", "há 2 dias", "en ligne depuis 3 jours". */
export const AGO_PREFIX_RE = /(?<![\p{L}])(?:il y a|vor|hace|há|depuis)[ \t]+(?:(\d{1,3})\+?[ \t]?|(?:(une?|einem|einer|un|una|um|uma)[ \t]+))(\p{L}{1,10})/iu;
/** "3 giorni fa", "un mese fa". */
export const AGO_IT_RE = /\b(\d{1,3}|un|una)[ \t]+(giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|or[ae]|minut[oi])[ \t]+fa\b/i;
/** ISO-like dates: 2026-11-20, 2026/11/20, 2026-11-20T10:00:00Z. */
export const ISO_DATE_RE = /(?=\d)(?<!\d)((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
/** Day-first or month-first numeric dates: 20.11.2026, 20. 11. 2026, 20/11/2026, 11/20/2026, 20-11-26. */
export const NUMERIC_DATE_RE = /(?=\d)(?<![\d.\/-])(\d{1,2})([./-])[ \t]?(\d{1,2})\2[ \t]?(\d{4}|\d{2})(?![\d\/-])/;
/** "15 January 2027", "5 janvier 2027", "15. Januar 2027", "15 de enero de 2027", "1er décembre 2026", "15th of May 2027", "15-Jan-2027". */
export const DAY_MONTH_YEAR_RE = /(?=\d)(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º|°|ª|\.)?[ \t\-]{1,3}(?:(?:de|of)[ \t]+)?(\p{L}{3,10})\.?,?[ \t\-]{1,3}(?:(?:de|del)[ \t]+)?(\d{4})(?!\d)/u;
/** "January 15, 2027", "Jan 15 2027", "Nov. 20th, 2026". */
export const MONTH_DAY_YEAR_RE = /(?=\p{L})(?<![\p{L}\p{N}])(\p{L}{3,10})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ \t]{1,3}(\d{4})(?!\d)/u;
/** "Jan 15", "November 3rd" without a year (the year comes from the reference date). */
export const MONTH_DAY_RE = /(?=\p{L})(?<![\p{L}\p{N}])(\p{L}{3,10})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[:.,]\d)/u;
/** "15 January", "15. Januar", "15 de enero", "1er décembre" without a year. */
export const DAY_MONTH_RE = /(?=\d)(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º|°|ª|\.)?[ \t]{1,3}(?:(?:de|of)[ \t]+)?(\p{L}{3,10})(?![\p{L}])/u;
/** A count written in digits ("3"), not in words ("three"). */
export const DIGITS_RE = /^\d+$/;
/** A letter or digit: what a whole-word match may not touch. */
export const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** Spaces and punctuation around a date phrase ("Posted: today ·"). Template: copy before use. */
export const DATE_FILLER_RE = /[\s:·•|,()\-–—!.]+/g;
/** The end of a piece of a header line: nothing more, or a separator before the next fact ("yesterday• Recruiter active"). */
export const PIECE_END_RE = /^\s*(?:$|[·•|,(\-–—])/;
/** A deadline counted from today: "closes in 5 days", "expires in 2 weeks", "dans 3 jours", "in 3 Tagen", "en 5 días", "em 2 dias", "tra 3 giorni". */
export const IN_FUTURE_RE = /(?<![\p{L}])(?:in|within|dans|en|em|tra|fra|entro)[ \t]+(\d{1,3}|an?|one|two|three|four|five|six|seven|un|une|una|um|uma|einem|einer)[ \t]+(\p{L}{1,10})/iu;
/** What joins two dates of a range, read right after the first: " to ", " – ", " bis ", " au ". */
export const DATE_RANGE_JOIN_RE = /^[ \t]{0,3}(?:(?:to|until|till|through|bis(?: zum)?|au|al|a|até|à)[ \t]{1,3}|[-–—][ \t]{0,3})/iu;

// ---- experience -----------------------------------------------------------------
const NUM_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|ein|einem|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|dois|três|quatro|cinco|uno|due|tre|quattro|cinque|sei|sette|otto|dieci`;
/**
 * "5+ years", "3-5 years", "3 to 5 yrs", "at least five years", "Four (4) years", "minimum 2 ans",
 * "mindestens 3 Jahre", "al menos 3 años", "1 an", "ein Jahr", "18 months". Template (g flag): copy before use.
 */
export const YEARS_RE = new RegExp(
  String.raw`(?<lead>(?<!\p{L})(?:at least|a minimum of|minimum of|minimum de|minimum|min\.|over|more than|up to|mindestens|mind\.|mehr als|über|au moins|plus de|al menos|mínimo de|mínimo|más de|pelo menos|no mínimo|almeno|più di|oltre))?[ \t]{0,3}(?<![\d.,])(?<a>\d{1,2}(?:[.,]5)?|\b(?:` +
    NUM_WORDS +
    String.raw`))(?:[ \t]?\(\d{1,2}\))?(?:[ \t]{0,2}(?:\+|plus))?(?:[ \t]{0,2}(?:-|–|—|to|a|à|bis|y|and|or|e|ou|oder|o)[ \t]{0,2}(?<b>\d{1,2}|(?:` +
    NUM_WORDS +
    String.raw`)\b)(?:[ \t]?\(\d{1,2}\))?)?[ \t]{0,2}\+?[ \t]{0,2}(?:full[ -])?(?<unit>years?|yrs?|yoe|ans?|années?|jahren?|jahr|años?|anos?|anni|anno|months?|mois|monate?n?|meses|mesi)\b(?:'s|')?`,
  "giu",
);
/** A cheap pre-test for YEARS_RE: a unit of time must be there. */
export const EXP_HINT_RE = /year|yrs|yoe|\ban\b|\bans\b|année|jahr|año|\banos?\b|\banni\b|\banno\b|month|mois|monat|\bmes|\bmesi\b/i;
/** Words after the years that make them something other than experience: "4-year degree", "5 years old", "vesting over 4 years". */
export const EXP_NOT_AFTER_RE = /^[\s-]{0,2}(?:degree|college|university|bachelor|program(?:me)?|old|or older|of age|de edad|d'âge|alt\b|ago|vesting|vest|cliff|warranty|guarantee|contract|commitment|plan\b|in business|anniversary|of (?:history|heritage|innovation|excellence|growth|success|service|operations?|existence|tradition|partnership|trust|running)|track record of the company|we've|we have|running|straight|in a row|from now|later|old|abroad)/i;
/** Words before the years that make them something other than experience: "founded 10 years ago", "for the past 5 years". */
export const EXP_NOT_BEFORE_RE = /\b(?:founded|for the (?:past|last)|over the (?:past|last|next)|in the (?:past|last|next)|within(?: the(?: first)?)?|vest(?:ing|s)? over|every|aged?|since|next|after|for over|committed for|in business for|operating for|been around for|tenure(?: of)?|stay(?:ed)? for|with us for|de edad|seit|depuis|desde hace|during|first|following|mayor de)\s{0,3}$/i;
/** Words near the years that say they are experience, in six languages. */
export const EXP_WORD_RE = /\b(?:experience|experienced|exp\b|expérience|erfahrung|berufserfahrung|praxiserfahrung|experiencia|experiência|esperienza|background|track record|working|professional|industry|hands-on|in (?:a |an )?(?:role|position|similar)|of (?:\w+ ){0,3}(?:development|engineering|design|management|sales|marketing)|yoe)/i;
/** The word right after the years that makes them a requirement: "of", "in", "building", "as". */
export const EXP_FOLLOW_RE = /^[\s,]{0,2}(?:of|in|with|building|as|working|developing|designing|writing|leading|managing|doing|shipping|running|using|professional|relevant|related|industry|hands-on|production|post-graduate|post-qualification|progressive|prior|previous|proven|practical|commercial|d'|de|im|in der|als|en|como|di|nel|na)\b/i;
/** Indeed's qualification lines: "Software development: 2 years (Preferred)". */
export const EXP_QUALIFICATION_RE = /:\s{0,3}$/;
/** A posting's own voice in the sentence before the years: "We have 25 years of experience". */
export const EXP_COMPANY_VOICE_RE = /\b(?:we|we've|we're|our|us|wir|unser\w*|nous|notre|nos|nosotros|nuestr\w*|noi|nostr\w*|the company|das unternehmen|l'entreprise|la empresa)\b/i;
/** The reader addressed in the sentence before the years: "you have", "du bringst", "vous avez". */
export const EXP_CANDIDATE_VOICE_RE = /\b(?:you|your|candidates?|applicants?|du|dein\w*|sie|ihr\w*|vous|votre|tu|tienes|usted|requires?|required|must|need|should|bring|haben|hast|bringst|bringen|mindestens|minimum|at least|looking for|seeking|hiring|someone|somebody|ideal|engineer|developer|designer|manager|suchen|jemand|recherchons|quelqu'un|buscamos|alguien|cerchiamo|procuramos)\b/i;

// ---- interview steps --------------------------------------------------------------
/** A duration: "60 minutes", "45 min", "1 h", "1.5 hours", "30 Minuten". */
export const DURATION_RE = /(\d{1,3}(?:[.,]\d)?)[ \t]?(minutes?|minuten|minutos|minuti|mins?|m|hours?|hrs?|h|heures?|stunden?|horas?|ore|ora)\b/gi;

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
  /^((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]{0,30})(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]{0,30}|of|de|la|and|für|für)){0,3})(?:\s*\([^)]{1,40}\))?\s*(?:,\s+[^,]{3,60},\s+)?\s+(?:is|are|was|has|have|builds|makes|offers|helps|provides|develops|creates|powers|connects|enables|delivers|operates|designs|gives|brings|turns|sells|serves|lets|exists|ist|sind|est|es|é|bietet|entwickelt|propose|fabrique|develops|started|began|was founded|founded|specializes|specialises)\b/u;
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
export const LOC_ADDRESS_PART_RE = /^\d{1,6}[a-z]?\s\S|\s(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|court|ct|parkway|pkwy|highway|hwy)\.?$|^(?:suite|ste|floor|unit|rue|calle|avenida|via|piazza|plaza de)\s|(?:straße|strasse|str\.)(?:\s\d|$)/iu;
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
export const HEADER_PIECES_RE = /\s*[·•|]\s*|\s\/\s|\t+|\s{3,}/;

/** "3 days a week", "2 Tage pro Woche", "deux jours par semaine", "3x per week": a weekly rhythm of office or home days. */
export const WP_DAYS_A_WEEK_RE = /\b(?<n>[1-5]|one|two|three|four|five|ein|zwei|drei|vier|fünf|un|deux|trois|quatre|cinq|uno|dos|tres|cuatro|cinco)(?:\s?x|\s(?:days?|tage|tagen|jours?|días|dias|giorni))\s(?:a|per|pro|par|por|each|every|in der|la|a la|alla|à la)\s(?:week|woche|semaine|semana|settimana)\b/iu;
/** Words for the office in a sentence about weekly days: "in the office", "im Büro", "au bureau". */
export const WP_OFFICE_WORD_RE = /\b(?:office|offices|büro|bureau|bureaux|oficina|ufficio|on-?site|onsite|in person|in-person|vor ort|sur site|presencial|studio|hq|campus)\b/iu;
/** Words for home in a sentence about weekly days: "remote", "from home", "Homeoffice", "télétravail". */
export const WP_HOME_WORD_RE = /\b(?:remote|remotely|from home|home office|homeoffice|home-office|mobil|télétravail|teletrabajo|remoto|smart working|wfh)\b/iu;
/** A negation shortly before a workplace word: "this is not a remote role", "kein Homeoffice". */
export const WP_NEGATED_BEFORE_RE = /\b(?:not|no|non|isn't|is not|cannot|can't|unable to|kein|keine|nicht|pas|sin|non è)\b[^.]{0,24}$/i;
/** Perks that mention remote work: "4 weeks a year", "home office allowance", "equipment budget". */
export const WP_PERK_CONTEXT_RE = /\b(?:(?:\d{1,2}|one|two|three|four|five|six|eight|several|a few)\s(?:weeks?|wochen|semaines|semanas)|days? (?:a|per) (?:year|month)|per year|a year|\/year|allowance|stipend|budget|equipment|setup|set-up|set up|reimburs\w*|workstation|pauschale|zuschuss|indemnité|prime)\b/i;
/** A condition or occasion before an on-site word: "when working in-office", "we meet up in person on occasion". */
export const WP_ONSITE_OCCASION_RE = /\b(?:when|while|if|whenever|meet(?:s|ing)?(?: up)?|meet-?ups?|gather|offsites?|retreats?|events?|interviews?|occasion(?:ally)?|quarterly|annual(?:ly)?|sometimes|from time to time|visits?|travel)\b/i;
/** Weekly hours: "40 hours per week", "(40 Wochenstunden)", "20 Std./Woche", "35h/semaine", "30 horas semanales". */
export const EMP_WEEKLY_HOURS_RE = /\b(?<h>[1-4]\d|[5-9])(?:[.,]\d)?\s?(?:-\s?(?<h2>[1-4]\d)\s?)?(?:wochenstunden|std\.?\s?\/\s?woche|stunden\s(?:pro|die|in der|\/)\s?woche|stunden\/woche|h(?:rs?|ours?)?\s?(?:\/|per|a|each)\s?(?:wk|week)|heures?\s(?:par|\/)\s?semaine|h\s?\/\s?semaine|horas\s(?:semanales|por semana|\/\s?semana)|ore\s(?:settimanali|a settimana)|hours weekly)\b/iu;
/** A period of employment in a title: "(01.07.2026 – 30.06.2028)", "03/2026 - 02/2027". */
export const EMP_DATE_RANGE_RE = /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\s?[-–—]\s?\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}[./]\d{4}\s?[-–—]\s?\d{1,2}[./]\d{4}\b/;
/** "6 month contract", "12-month fixed term", "contrat de 6 mois": a contract with a length. */
export const EMP_CONTRACT_LENGTH_RE = /\b\d{1,2}[- ]?(?:months?|mois|monate?|meses|mesi)\b[^.]{0,20}\b(?:contract|contrat|vertrag|contrato|contratto|assignment|engagement|mission|project)\b|\b(?:contract|contrat|vertrag|contrato)\b[^.]{0,12}\b\d{1,2}[- ]?(?:months?|mois|monate?|meses)\b/iu;
/** Degree abbreviations in capitals before a field or another degree: "BS or MS in Engineering", "BA/BS", "MSc in Physics", "MS degree". */
export const EDU_ABBREV_RE = /(?<![\p{L}.])(?<abbr>B\.?S\.?|B\.?A\.?|B\.?Sc\.?|B\.?Eng\.?|B\.?Tech\.?|M\.?S\.?|M\.?A\.?|M\.?Sc\.?|M\.?Eng\.?)(?=\s?\/\s?[BM]|\sor\s[BM]|\sand\s[BM]|\sin\s\p{Lu}|\s(?:degree|diploma)\b|\s?\((?:or|in)\b)/gu;
/** "We're hiring a Senior Software Engineer", "As an intern, you…", "wir suchen einen Junior Entwickler": the role the prose names. */
export const SEN_STATEMENT_RE = /\b(?:hiring|looking for|seeking|searching for|recruiting|as (?:an?|our)|join (?:us|the team) as (?:an?|our)|wir suchen|suchen wir|nous recherchons|recherchons|buscamos|estamos buscando|cerchiamo)\s(?:(?:a|an|one|two|our|einen|eine|einer|un|une|una|uno)\s)?(?<words>[\p{L}][\p{L}.'’/-]{0,25}(?:\s[\p{L}][\p{L}.'’/-]{0,25}){0,5})/giu;
/** Words around a city that make a metro area or district of it: "Greater … Area", "Bay Area", "SAR", "Dublin 2". */
export const LOC_METRO_RE = /^(?:greater|grand|großraum|region)\s|\s(?:bay area|metropolitan area|metropolitan region|metro area|metroplex|metro|area|region|city area|sar|\d{1,3})$/gi;
/** Remote work for part of the time: "occasionally", "some days", "teilweise", "ponctuellement". */
export const WP_PARTIAL_RE = /\b(?:occasional(?:ly)?|sometimes|some days|a few days|part of the (?:week|time)|partially|partly|teilweise|gelegentlich|anteilig|ponctuellement|parfois|ocasionalmente|algunos días|a veces|talvolta)\b/i;
/** What may follow "remote" when it is the job's place: "remote role", "fully remote.", "remote within the US", "Remote (EU)". */
export const WP_REMOTE_NEXT_RE = /^(?:$|\s?[.,;:!?)(\]/|–—]|\s?-\s|-(?:first|friendly|only|based)\b|\s(?:roles?|positions?|jobs?|work|working|opportunit(?:y|ies)|options?|possible|friendly|first|only|ok|allowed|available|basis|set-?up|team|company|organi[sz]ation|contract|contractor|within|in|across|from|anywhere|throughout|for|with|or|and|but|is|are|if|setting|us|u\.s\.|usa|uk|eu|europe|emea|apac|latam|americas|worldwide|global|globally|position|engineer|employment|hire|hiring|candidates?|applicants?|de|en|à|in|aus|im|desde|da)\b)/i;
/** A role tied to one site: "role based at Hallbrook Library", "position is based at our Leeds warehouse". */
export const WP_BASED_AT_VENUE_RE = /\b(?:role|position|job|post)\b[^.]{0,30}\bbased (?:at|in|from)\s(?:our\s|the\s)?(?:[\p{Lu}][\p{L}'’-]{1,30}\s){0,3}(?:office|library|store|shop|site|hospital|clinic|warehouse|plant|factory|depot|studio|lab|laboratory|branch|school|hotel|restaurant|headquarters|hq|centre|center|yard|mine|farm)\b/iu;
/** A venue before the town in a location value: "Hallbrook Library", "St Mary's Hospital", "Riverside Campus". */
export const LOC_VENUE_RE = /\b(?:library|hospital|clinic|campus|centre|center|building|house|tower|plaza|park|mall|store|shop|office|school|college|university|hotel|station|airport|depot|warehouse|site|hq|headquarters)\b/i;
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
export const EMP_NOT_THIS_JOB_AFTER_RE = /^[\s-]{0,2}(?:employees|employee|staff|equivalent|colleagues|team members|hires|experience|work experience|students?|studies|study|mba|degree|positions are|roles are|mitarbeiter|salariés|empleados)\b/i;
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
