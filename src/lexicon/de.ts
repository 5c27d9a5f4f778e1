import type { Lexicon } from "./types.js";

/** German headings, labels and board chrome (StepStone, XING, Arbeitnow, Indeed DE). */
export const de: Lexicon = {
  headings: {
    "about-company": ["über uns", "wer wir sind", "das unternehmen", "unternehmen", "unser unternehmen", "über das unternehmen", "wir sind", "das sind wir", "unternehmensprofil", "wer sind wir", "unsere mission", "über", "firmenprofil"],
    "about-role": ["die stelle", "stellenbeschreibung", "die position", "deine rolle", "ihre rolle", "über die stelle", "über die rolle", "die rolle", "jobbeschreibung", "zur stelle", "was dich erwartet", "was sie erwartet", "worum es geht", "dein job", "ihr job", "deine mission", "die aufgabe"],
    overview: ["auf einen blick", "eckdaten", "stelleninfos", "jobdetails", "job details"],
    responsibilities: ["ihre aufgaben", "deine aufgaben", "aufgaben", "aufgabengebiet", "ihr aufgabengebiet", "dein aufgabengebiet", "was du tun wirst", "was sie tun werden", "tätigkeiten", "deine tätigkeiten", "ihre tätigkeiten", "verantwortlichkeiten", "deine verantwortung", "ihre verantwortung", "das erwartet dich", "das erwartet sie", "was dich erwartet", "was sie erwartet", "das machst du", "deine mission", "was du bewegst", "was du machst", "was dich bei uns erwartet", "das sind deine aufgaben", "dein beitrag", "aufgaben und verantwortlichkeiten", "deine herausforderungen", "ihre herausforderungen"],
    requirements: ["ihr profil", "dein profil", "profil", "anforderungen", "qualifikation", "qualifikationen", "was du mitbringst", "was sie mitbringen", "das bringst du mit", "das bringen sie mit", "voraussetzungen", "das zeichnet dich aus", "das zeichnet sie aus", "was wir erwarten", "was wir suchen", "deine qualifikationen", "ihre qualifikationen", "was du brauchst", "deine skills", "dein skillset", "wen wir suchen", "was dich auszeichnet", "was sie auszeichnet", "anforderungsprofil", "du bringst mit", "sie bringen mit", "das solltest du mitbringen", "das sollten sie mitbringen", "was du mitbringen solltest", "was sie mitbringen sollten", "was du mitbringst", "das bringst du idealerweise mit", "dein profil und deine fähigkeiten", "deine qualifikation", "ihre qualifikation", "das wünschen wir uns", "das wünschen wir uns von dir", "was wir uns wünschen", "deine erfahrung", "ihre kenntnisse", "deine kenntnisse", "muss", "must have"],
    "nice-to-have": ["von vorteil", "wünschenswert", "nice to have", "pluspunkte", "idealerweise", "ein plus", "bonuspunkte", "gerne auch", "wäre schön", "schön wäre", "schön wenn du", "schön wenn sie", "es wäre schön"],
    benefits: ["wir bieten", "was wir bieten", "das bieten wir", "unser angebot", "deine vorteile", "ihre vorteile", "benefits", "vorteile", "was wir dir bieten", "was wir ihnen bieten", "das bieten wir dir", "das bieten wir ihnen", "darauf kannst du dich freuen", "darauf können sie sich freuen", "warum wir", "warum du zu uns passt", "unsere benefits", "deine benefits", "leistungen", "was dich bei uns erwartet", "was du von uns bekommst", "wir bieten dir", "wir bieten ihnen", "zusatzleistungen", "das erwartet dich bei uns", "darum solltest du bei", "darum solltest du", "warum du bei uns arbeiten solltest", "warum solltest du", "deshalb zu uns", "was wir dir bieten können", "das bekommst du", "das bekommen sie", "unser angebot an dich", "deine vorteile bei uns", "ihre vorteile bei uns", "wir bieten ihnen", "was dich erwartet", "was sie erwartet"],
    compensation: ["gehalt", "vergütung", "bezahlung", "entlohnung", "gehaltsspanne"],
    "interview-process": ["bewerbungsprozess", "auswahlprozess", "interviewprozess", "ablauf", "so geht es weiter", "dein bewerbungsprozess", "recruiting-prozess", "einstellungsprozess", "unser bewerbungsprozess"],
    skills: ["kenntnisse", "fähigkeiten", "kompetenzen", "technologien", "tech stack", "tools", "skills und kompetenzen"],
    tags: ["schlagworte", "tags", "stichworte"],
    diversity: ["vielfalt", "diversität", "chancengleichheit", "inklusion", "diversity"],
    "how-to-apply": ["bewerbung", "so bewirbst du dich", "so bewerben sie sich", "kontakt", "jetzt bewerben", "interesse", "interesse geweckt", "haben wir dein interesse geweckt", "haben wir ihr interesse geweckt", "ansprechpartner", "ansprechpartnerin", "deine bewerbung", "ihre bewerbung", "bewirb dich"],
  },
  chromeHeadings: {
    "similar-jobs": ["ähnliche jobs", "ähnliche stellenangebote", "weitere jobs", "das könnte dich auch interessieren", "das könnte sie auch interessieren", "könnte sie auch interessieren", "das könnte ihnen auch gefallen", "das könnte dir auch gefallen", "diese jobs könnten sie auch interessieren", "diese jobs könnten dich auch interessieren", "weitere stellenangebote", "ähnliche stellen"],
    share: ["stellenangebot melden", "anzeige melden", "job merken", "stelle merken", "teilen", "job teilen", "stelle teilen"],
    faq: ["häufige fragen", "häufig gestellte fragen"],
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["stellenangebot melden", "anzeige melden", "job melden", "stelle melden", "inserat melden", "job speichern", "stelle merken", "job merken", "schnellbewerbung", "impressum", "datenschutz", "datenschutzerklärung", "barrierefreiheit", "cookie-einstellungen"],
    "similar-jobs": ["ähnliche jobs", "ähnliche stellenangebote", "ähnliche stellen"],

    navigation: ["stellenanzeige aufgeben", "stelle inserieren", "job inserieren", "jetzt inserieren", "zum hauptinhalt springen", "jobs finden", "karriereberatung", "für arbeitgeber", "zum inhalt springen", "jetzt bewerben", "bewerben", "merken", "teilen", "anmelden", "registrieren", "zurück zur suche", "zurück", "mehr anzeigen", "weniger anzeigen", "job melden", "alle jobs", "startseite", "gespeichert", "speichern", "schnellbewerbung", "job merken"],
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: [
    // the chrome of the biggest boards in every language: profile insights, "from the full job description", related searches, view counters, scam notes
    "profilinsights", "aus der vollständigen stellenbeschreibung", "ähnliche suchanfragen", "stellenanzeige melden",
    "wir verwenden cookies", "wir nutzen cookies", "diese website verwendet cookies", "diese webseite verwendet cookies", "diese seite verwendet cookies", "alle rechte vorbehalten"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["aufgab", "tätigkeit", "verantwort", "das machst du", "was du tust", "deine rolle", "ihre rolle", "einsatzgebiet", "dein job", "bewegen", "bewegst"],
    requirements: ["anforder", "voraussetz", "profil", "qualifik", "mitbring", "fähigkeit", "kenntnis", "erwarten", "das zeichnet", "erfahrung", "ausbildung", "das brauchst du", "was du brauchst", "wen wir suchen"],
    "nice-to-have": ["vorteil", "wünschenswert", "plus", "nice", "idealerweise", "bonus", "optional", "schön"],
    benefits: ["bieten", "angebot", "benefit", "vorteile", "freuen", "leistungen", "warum wir", "für dich", "für sie", "erwartet dich", "erwartet sie", "was dich erwartet"],
    compensation: ["gehalt", "vergütung", "bezahlung", "entlohnung"],
    "interview-process": ["bewerbungsprozess", "prozess", "ablauf", "schritte", "auswahl", "interview", "so geht", "recruiting",
      // wip-steps: "So läuft deine Bewerbung ab", "Wie geht es weiter?", "Bewerbungsablauf"
      "so läuft", "geht es weiter", "bewerbungsablauf", "bewerbungsverfahren", "auswahlverfahren", "einstellungsprozess"],
    skills: ["kenntnisse", "fähigkeiten", "kompetenz", "technolog", "tools", "stack", "skills"],
    teams: ["teams"],
    "about-company": ["über uns", "wer wir sind", "unternehmen", "firma"],
    "about-role": ["stellenbeschreibung", "worum es geht"],
    diversity: ["vielfalt", "divers", "chancengleich", "inklusion"],
    "how-to-apply": ["bewerb", "kontakt", "ansprechpart", "interesse"],
  },
  itemStems: {
    responsibilities: ["du entwickelst", "du arbeitest", "du bist verantwortlich", "du unterstützt", "du betreust", "du übernimmst", "du gestaltest", "du planst", "du sorgst", "sie entwickeln", "sie arbeiten", "sie unterstützen", "sie betreuen", "sie übernehmen", "entwicklung", "betreuung", "planung", "durchführung", "unterstützung", "erstellung", "pflege", "koordination", "verantwortung für", "mitarbeit", "übernahme", "umsetzung", "konzeption", "analyse"],
    requirements: ["jahre", "erfahrung", "abgeschlossen", "studium", "ausbildung", "abschluss", "kenntnisse", "verständnis", "sicher", "fließend", "sehr gute", "gute", "fundierte", "du hast", "du bist", "sie haben", "sie sind", "bringst", "mitbringst", "führerschein", "deutsch", "englisch", "fähigkeit"],
    "nice-to-have": ["von vorteil", "wünschenswert", "ein plus", "idealerweise", "optional", "pluspunkt", "gerne"],
    benefits: ["urlaub", "urlaubstage", "altersvorsorge", "homeoffice", "home-office", "mobiles arbeiten", "jobrad", "zuschuss", "weiterbildung", "gehalt", "vergütung", "bonus", "firmenwagen", "fitness", "gleitzeit", "flexible", "obst", "kaffee", "getränke", "rabatt", "corporate benefits", "betriebliche", "30 tage", "prämie", "ticket", "sabbatical", "team-events", "teamevents"],
    "interview-process": ["gespräch", "interview", "telefonat", "kennenlernen", "schritt", "runde", "probearbeit", "minuten", "probetag", "telefoninterview", "vorstellungsgespräch", "fallstudie", "erstgespräch", "zweitgespräch", "videocall", "videotelefonat", "vertragsangebot"],
  },
  // --- chrome by shape (issue 11 part 4): buttons, site sentences, cross-links, screening answers, counters ---
    uiVerbLast: true,
    uiVerbs: ["antworten", "antworte", "bewerben", "bewirb", "teilen", "teile", "merken", "speichern", "melden", "ansehen", "anzeigen", "drucken", "herunterladen", "anmelden", "einloggen", "registrieren", "entdecken", "entdecke", "suchen", "finden", "vergleichen", "erstellen", "zurück zu", "zurück zur", "folgen", "erfahren", "lesen", "weiterlesen", "klicken", "klick", "buchen"],
    uiObjects: ["stelle", "job", "angebot", "stellenangebot", "unternehmen", "firma", "arbeitgeber", "seite", "profil", "bewerbung", "demo", "premium", "freund", "datenschutzerklärung", "jetzt", "hier", "mehr", "alle", "gehalt", "gehälter", "bewertung", "link", "website", "webseite", "anzeige", "inserat", "konto", "details", "jobalarm", "alarm"],
    siteTerms: ["nicht verantwortlich für den bewerbungsprozess", "keine zahlungen", "cookie", "datenschutzerklärung", "datenschutzhinweise", "datenschutzrichtlinie", "nutzungsbedingungen", "impressum", "ihr browser", "ihren browser", "javascript aktivieren", "diese website", "diese seite", "dieser seite", "dieser website", "alle rechte vorbehalten", "abmelden", "diese e-mail", "offizielle website", "barrierefreiheitserklärung", "jobalarm", "job-alarm", "bereitgestellt von"],
    boardNouns: ["jobs", "stellen", "stellenangebote", "jobangebote", "gehälter"],
    placeWords: ["in", "bei", "im"],
    answerWords: ["ja", "nein", "überspringen"],
    formFields: ["name", "vorname", "nachname", "e-mail", "telefon", "telefonnummer", "nachricht", "ihre nachricht", "senden", "absenden", "nachricht senden", "lebenslauf hochladen"],
    counterNouns: ["mitarbeiter", "mitarbeitende", "follower", "bewerber", "bewerbungen", "bewertungen", "sterne", "aufrufe"],
  labels: {
    tags: ["schlagwörter", "schlagworte", "stichwörter", "stichworte", "tags"],
    title: ["stellenbezeichnung", "jobtitel", "position", "stelle", "titel"],
    company: ["unternehmen", "firma", "arbeitgeber"],
    location: ["standort", "arbeitsort", "ort", "einsatzort", "dienstort", "adresse", "arbeitsplatz", "dienstsitz", "region"],
    region: ["bundesland", "kanton"],
    salary: ["gehalt", "vergütung", "bruttojahresgehalt", "jahresgehalt", "gehaltsspanne", "stundenlohn", "entgelt", "lohn"],
    employmentType: ["anstellungsart", "beschäftigungsart", "vertragsart", "art der anstellung", "arbeitszeit", "anstellung", "beschäftigungsumfang", "vertragsform"],
    workplaceType: ["homeoffice", "home office", "arbeitsmodell", "remote"],
    category: ["branche", "kategorie", "berufsfeld", "bereich", "tätigkeitsbereich", "fachbereich"],
    experience: ["berufserfahrung", "erfahrung", "erfahrungslevel"],
    education: ["abschluss", "ausbildung", "bildungsabschluss", "qualifikation"],
    postedAt: ["veröffentlicht", "veröffentlicht am", "erschienen am", "online seit", "datum"],
    validThrough: ["bewerbungsfrist", "bewerbungsschluss", "bewerben bis", "einsendeschluss", "frist"],
    startDate: ["eintrittsdatum", "startdatum", "beginn", "ab"],
    seniority: ["karrierestufe", "level", "erfahrungsstufe"],
  },
};
