import { dict } from "./dict.js";
/** Month names by language (lowercase, with common abbreviations), as data. */
export const MONTHS: Record<string, number> = dict({});
const names: string[][] = [
  ["january", "jan", "janvier", "janv", "januar", "jän", "jänner", "enero", "ene", "janeiro", "gennaio", "gen"],
  ["february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "fevereiro", "fev", "febbraio"],
  ["march", "mar", "mars", "märz", "marz", "marzo", "março", "marco"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mai", "mayo", "maio", "maggio", "mag"],
  ["june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu"],
  ["july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug"],
  ["august", "aug", "août", "aout", "agosto", "ago"],
  ["september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre"],
  ["october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dezembro", "dicembre"],
];
names.forEach((list, i) => list.forEach((n) => (MONTHS[n] = i + 1)));
// Polish (nominative, genitive as dates write them, abbreviation) and Dutch month names
const moreNames: string[][] = [
  ["styczeń", "stycznia", "sty", "januari"],
  ["luty", "lutego", "lut", "februari"],
  ["marzec", "marca", "maart", "mrt"],
  ["kwiecień", "kwietnia", "kwi"],
  ["maj", "maja", "mei"],
  ["czerwiec", "czerwca", "cze"],
  ["lipiec", "lipca", "lip"],
  ["sierpień", "sierpnia", "sie", "augustus"],
  ["wrzesień", "września", "wrz"],
  ["październik", "października", "paź"],
  ["listopad", "listopada", "lis"],
  ["grudzień", "grudnia", "gru"],
];
moreNames.forEach((list, i) => list.forEach((n) => (MONTHS[n] ??= i + 1)));
// Danish, Swedish, Norwegian (lexicon helper): the names the lists above do not hold ("3. marts", "12 augusti", "1. desember")
const nordic: [string, number][] = [["januari", 1], ["februari", 2], ["marts", 3], ["maj", 5], ["augusti", 8], ["desember", 12]];
for (const [n, m] of nordic) MONTHS[n] = m;
// Finnish (nominative and the partitive dates write: "3. joulukuuta 2026") and Romanian ("4 decembrie 2026", "4 dec. 2026")
const finnishRomanian: string[][] = [
  ["tammikuu", "tammikuuta", "tammik", "ianuarie", "ian"],
  ["helmikuu", "helmikuuta", "helmik", "februarie"],
  ["maaliskuu", "maaliskuuta", "maalisk", "martie"],
  ["huhtikuu", "huhtikuuta", "huhtik", "aprilie"],
  ["toukokuu", "toukokuuta", "toukok"],
  ["kesäkuu", "kesäkuuta", "kesäk", "iunie", "iun"],
  ["heinäkuu", "heinäkuuta", "heinäk", "iulie", "iul"],
  ["elokuu", "elokuuta", "elok"],
  ["syyskuu", "syyskuuta", "syysk", "septembrie"],
  ["lokakuu", "lokakuuta", "lokak", "octombrie"],
  ["marraskuu", "marraskuuta", "marrask", "noiembrie", "noi"],
  ["joulukuu", "joulukuuta", "jouluk", "decembrie"],
];
finnishRomanian.forEach((list, i) => list.forEach((n) => (MONTHS[n] ??= i + 1)));
// Turkish ("27 Kasım 2026") and Hungarian ("2026. december 3.", "2026. márc. 3."), with the short forms no other word is
const turkishHungarian: string[][] = [
  ["ocak", "január"],
  ["şubat", "şub", "február", "febr"],
  ["mart", "március", "márc"],
  ["nisan", "április", "ápr"],
  ["mayıs", "május", "máj"],
  ["haziran", "június", "jún"],
  ["temmuz", "július", "júl"],
  ["ağustos", "ağu", "augusztus"],
  ["eylül", "eyl", "szeptember", "szept"],
  ["ekim", "október"],
  ["kasım", "november"],
  ["aralık", "december"],
];
turkishHungarian.forEach((list, i) => list.forEach((n) => (MONTHS[n] ??= i + 1)));

/** Short month names that are also everyday words ("5 out of 10", "2 days ago", "set 5 goals"): months only beside a year. */
export const AMBIGUOUS_MONTHS = ["set", "out", "ago", "mag", "gen", "sie", "cze", "lip", "noi"];

/** Units of relative dates ("3 days ago", "vor 2 Wochen", "hace 5 días") in days. */
export const UNIT_DAYS: Record<string, number> = dict({
  minute: 0, minutes: 0, min: 0, mins: 0, hour: 0, hours: 0, hr: 0, hrs: 0, h: 0,
  day: 1, days: 1, d: 1, week: 7, weeks: 7, w: 7, wk: 7, wks: 7, month: 30, months: 30, mo: 30, mos: 30, year: 365, years: 365, y: 365, yr: 365,
  minuten: 0, stunde: 0, stunden: 0, tag: 1, tagen: 1, tage: 1, woche: 7, wochen: 7, monat: 30, monaten: 30, monate: 30, jahr: 365, jahren: 365,
  jour: 1, jours: 1, semaine: 7, semaines: 7, mois: 30, an: 365, ans: 365, heure: 0, heures: 0,
  día: 1, días: 1, dia: 1, dias: 1, semana: 7, semanas: 7, mes: 30, meses: 30, año: 365, años: 365, ano: 365, anos: 365, hora: 0, horas: 0,
  giorno: 1, giorni: 1, settimana: 7, settimane: 7, mese: 30, mesi: 30, anno: 365, anni: 365, ora: 0, ore: 0,
  mês: 30, minuto: 0, minutos: 0, minuti: 0, second: 0, seconds: 0, secs: 0,
  dzień: 1, dni: 1, dnia: 1, tydzień: 7, tygodnie: 7, tygodni: 7, miesiąc: 30, miesiące: 30, miesięcy: 30,
  dag: 1, dagen: 1, weken: 7, maand: 30, maanden: 30, jaar: 365, godzin: 0, godziny: 0, godzinę: 0,
  dagar: 1, dage: 1, dager: 1, vecka: 7, veckor: 7, uge: 7, uger: 7, uke: 7, uker: 7, månad: 30, månader: 30, måned: 30, måneder: 30, timmar: 0, timer: 0,
  // fi: "3 päivää sitten"; ro: "acum 3 zile", "în 26 de zile"
  päivä: 1, päivää: 1, viikko: 7, viikkoa: 7, kuukausi: 30, kuukautta: 30, tunti: 0, tuntia: 0,
  zi: 1, zile: 1, săptămână: 7, săptămâni: 7, lună: 30, luni: 30, oră: 0,
  // tr: "2 gün önce", "3 hafta önce"; hu: "3 napja", "2 hete" (the unit carries the "ago")
  gün: 1, hafta: 7, ay: 30, yıl: 365, saat: 0, dakika: 0,
  napja: 1, hete: 7, hónapja: 30, éve: 365, órája: 0, perce: 0,
});

/** Number words that stand for a count in relative dates ("a day ago", "two weeks ago"). */
export const NUMBER_WORDS: Record<string, number> = dict({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, une: 1, einem: 1, einer: 1, ein: 1, eine: 1, uno: 1, una: 1, um: 1, uma: 1,
});

/** Whole phrases meaning today or yesterday, lowercase. */
export const TODAY_WORDS = [
  "today", "just posted", "just now", "moments ago", "few minutes ago", "few hours ago", "aujourd'hui", "aujourd’hui", "à l'instant", "heute",
  "gerade eben", "soeben", "hoy", "hace unos minutos", "hace unas horas", "hoje", "agora mesmo", "há poucas horas", "oggi", "poco fa", "new",
  "dzisiaj", "dziś", "vandaag", "idag", "i dag", "tänään", "astăzi", "azi",
  "bugün",
];
export const YESTERDAY_WORDS = ["yesterday", "hier", "gestern", "ayer", "ontem", "ieri", "wczoraj", "gisteren", "igår", "i går", "eilen", "dün", "tegnap"];
/** Posting words a today/yesterday word may stand beside ("Posted today", "Heute veröffentlicht"). */
export const RELATIVE_COMPANIONS = ["posted", "reposted", "published", "active", "updated", "publié", "publiée", "veröffentlicht", "aktualisiert", "publicado", "publicada", "pubblicato", "pubblicata", "new", "neu", "nouveau", "dodana", "dodano", "opublikowana", "opublikowano", "geplaatst", "publicerad", "publiceret", "publisert", "julkaistu", "publicat", "postat", "yayınlandı", "güncellendi", "feladva", "frissítve"];

/** Words that introduce the day a posting went up, by language (lowercase). */
export const POSTED_WORDS = [
  "posted", "reposted", "posted on", "date posted", "job posted", "published", "published on", "listed", "listed on", "posting date",
  "publication date", "publish date", "veröffentlicht", "veröffentlicht am", "online seit", "erstellt am", "ausgeschrieben am",
  "eingestellt am", "publié", "publiée", "publié le", "publiée le", "mis en ligne", "mise en ligne", "date de publication",
  "en ligne depuis", "publicado", "publicada", "publicado el", "publicada el", "fecha de publicación", "publicado em", "publicada em",
  "data de publicação", "pubblicato", "pubblicata", "pubblicato il", "data di pubblicazione",
  // bulletins and public boards: "Open Date: 4-20-18", "Opening Date: 02/13/2017"
  "open date", "opening date", "date opened", "first posted", "posted date", "issue date", "announcement date", "date of posting",
  "data publikacji", "data dodania", "opublikowano", "geplaatst", "geplaatst op", "publicatiedatum", "fecha de apertura", "data de abertura",
  // a range label: "Open & closing dates: 11/20/2026 to 12/15/2026" opens on its first date
  "open & closing dates", "open and closing dates", "opening and closing dates",
  // da / sv / nb (lexicon helper)
  "publiceret", "publiceret den", "oprettet", "indrykket", "publicerad", "publicerat", "publiceringsdatum", "publisert", "publiseringsdato", "lagt ut",
  // fi / ro (lexicon helper): "Julkaistu 3.12.2026", "Publicat: 04.12.2026"
  "julkaistu", "ilmoitus julkaistu", "julkaisupäivä", "publicat", "publicat pe", "publicat la", "data publicării", "postat", "postat pe",
  // tr / hu (lexicon helper): "İlan Tarihi: 27.11.2026", "Feladás dátuma: 2026.12.03."
  "ilan tarihi", "yayın tarihi", "yayınlanma tarihi", "güncelleme tarihi", "feladás dátuma", "feladva", "közzétéve", "megjelenés dátuma", "megjelent",
];

/** Words that introduce the application deadline, by language (lowercase). */
export const DEADLINE_WORDS = [
  "apply before", "apply by", "apply until", "apply no later than", "applications close", "applications closing", "application deadline",
  "applications due", "closing date", "closing dates", "closes", "closes on", "closing on", "deadline", "valid through", "valid until",
  "expires", "expires on", "expiry date", "expiration date", "last date to apply", "last day to apply", "submit by", "open until",
  "bewerbungsfrist", "bewerbungsschluss", "bewerbung bis", "bewerben bis", "bewirb dich bis", "bewerben sie sich bis", "einsendeschluss",
  "bewerbungsende", "gültig bis", "date limite", "date limite de candidature", "candidater avant", "postuler avant", "candidatures jusqu'au",
  "postuler jusqu'au", "clôture des candidatures", "date de clôture", "fecha límite", "fecha límite de postulación", "plazo de inscripción",
  "plazo de solicitud", "inscripciones hasta", "postulaciones hasta", "fecha de cierre", "data limite", "prazo de candidatura",
  "inscrições até", "candidaturas até", "scadenza", "data di scadenza", "candidatura entro", "candidature entro", "entro e non oltre",
  // bulletins and public boards: "Closing Date: 3/6/2017", "Final filing date", "Applications accepted until"
  "close date", "final filing date", "filing deadline", "applications accepted until", "accepting applications until", "application due date",
  "deadline to apply", "applications must be received by", "applications will be accepted until", "plazo de postulación", "plazo de postulacion",
  "plazo para postular", "fecha de vencimiento", "oferta ważna do", "ważna do", "ważna jeszcze", "oferta ważna jeszcze", "termin składania", "aplikuj do", "sluitingsdatum",
  "reageren voor", "reageer voor", "solliciteren voor", "solliciteer voor", "reageren kan tot", "reageren kan tot en met", "solliciteren kan tot",
  "solliciteren kan tot en met", "solliciteer uiterlijk", "reageer uiterlijk", "envie o seu cv até", "envie o seu currículo até", "envie seu currículo até",
  "envie o currículo até", "candidate-se até", "postula hasta", "postúlate hasta", "envía tu cv hasta",
  // ATS and public boards: "Date de retrait : 31 déc. 2026" (Taleo), "Advertised until" (Job Bank), "Job closes"
  "date de retrait", "advertised until", "job closes", "posting end date", "end date of posting", "fin de publication",
  // da / sv / nb (lexicon helper)
  "ansøgningsfrist", "ansøgningsfristen", "søg senest", "ansøg senest", "sidste ansøgningsdato", "sista ansökningsdag", "sista ansökningsdatum",
  "sista dag att ansöka", "ansök senast", "sök senast", "søknadsfrist", "søknadsfristen", "søk innen", "frist",
  // fi / ro (lexicon helper): "Hae viimeistään 31.12.2026", "Hakuaika päättyy 15.1.2027"; "Expiră: în 26 de zile", "Aplică până la 20 decembrie 2026"
  "hae viimeistään", "hakuaika päättyy", "haku päättyy", "viimeinen hakupäivä", "hakemukset viimeistään", "expiră", "expira", "data expirării",
  "valabil până la", "termen limită", "data limită", "aplică până la", "aplicați până la",
  // tr / hu (lexicon helper): "Son Başvuru Tarihi: 31.12.2026"; "Jelentkezési határidő: 2026. december 31."
  "son başvuru tarihi", "son başvuru", "ilan bitiş tarihi", "jelentkezési határidő", "határidő", "jelentkezz eddig", "a hirdetés lejár",
];

