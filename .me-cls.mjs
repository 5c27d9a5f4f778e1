// src/lexicon/da.ts
var da = {
  headings: {
    "about-company": ["om os", "om virksomheden", "om firmaet", "hvem er vi", "om arbejdspladsen", "arbejdspladsen", "virksomheden", "om teamet", "teamet", "om afdelingen", "afdelingen", "vi er", "hvem vi er"],
    "about-role": ["om stillingen", "stillingen", "om jobbet", "jobbet", "jobbeskrivelse", "stillingsbeskrivelse", "om rollen", "rollen", "din rolle", "beskrivelse"],
    overview: ["kort om stillingen", "stillingen kort", "fakta", "n\xF8gleoplysninger"],
    responsibilities: ["arbejdsopgaver", "dine opgaver", "dine arbejdsopgaver", "opgaver", "jobindhold", "ansvarsomr\xE5der", "dine ansvarsomr\xE5der", "ansvar og opgaver", "opgaver og ansvar", "hvad skal du lave", "hvad kommer du til at lave", "du kommer til at", "som vores nye", "din hverdag", "en typisk dag", "dine prim\xE6re opgaver", "prim\xE6re opgaver", "dit ansvar"],
    requirements: ["vi forventer", "forventninger", "kvalifikationer", "dine kvalifikationer", "krav", "vi s\xF8ger", "hvem s\xF8ger vi", "hvem er du", "din profil", "profil", "om dig", "vi forventer at du", "du har", "vi forestiller os at du", "faglige kvalifikationer", "personlige kvalifikationer", "dine kompetencer", "kompetencer", "vi leder efter", "hvad vi forventer", "hvad du bringer med", "det du bringer med"],
    "nice-to-have": ["det er en fordel", "det er en fordel hvis", "fordel", "fordele", "meriterende", "det er et plus", "\xF8nskeligt"],
    benefits: ["vi tilbyder", "hvad vi tilbyder", "hvad tilbyder vi", "vi kan tilbyde", "det tilbyder vi", "det f\xE5r du", "hvad f\xE5r du", "til geng\xE6ld f\xE5r du", "hos os f\xE5r du", "vi giver dig", "fordele og goder", "personalegoder", "goder", "l\xF8n og ans\xE6ttelsesvilk\xE5r", "ans\xE6ttelsesvilk\xE5r", "l\xF8n og vilk\xE5r", "vilk\xE5r"],
    compensation: ["l\xF8n", "l\xF8nforhold", "l\xF8n og ans\xE6ttelse", "gage"],
    "interview-process": ["rekrutteringsproces", "rekrutteringsprocessen", "ans\xE6ttelsesproces", "ans\xE6ttelsesprocessen", "forl\xF8bet", "processen", "samtaler"],
    skills: ["kompetencer og v\xE6rkt\xF8jer", "teknologier", "v\xE6rkt\xF8jer", "tech stack", "f\xE6rdigheder"],
    diversity: ["mangfoldighed", "inklusion", "mangfoldighed og inklusion", "lige muligheder"],
    "how-to-apply": ["ans\xF8gning", "ans\xF8g", "s\xF8g stillingen", "s\xE5dan s\xF8ger du", "ans\xF8gning og kontakt", "kontakt", "yderligere oplysninger", "vil du vide mere", "sp\xF8rgsm\xE5l", "interesseret", "er du interesseret", "lyder det som dig", "lyder det interessant", "send din ans\xF8gning"]
  },
  // word beginnings that name a kind in headings no phrase covers ("Dine opgaver som lagerchef")
  headingStems: {
    responsibilities: ["opgave", "arbejdsopgave", "ansvarsomr\xE5d", "jobindhold", "hverdag"],
    requirements: ["kvalifikation", "forvent", "krav", "profil", "kompetence", "om dig", "hvem er du", "hvem s\xF8ger"],
    "nice-to-have": ["fordel", "meriter", "\xF8nskelig"],
    benefits: ["tilbyder", "tilbyde", "goder", "vilk\xE5r", "f\xE5r du"],
    compensation: ["l\xF8n"],
    "interview-process": ["rekruttering", "ans\xE6ttelsesproces", "samtale"],
    "about-company": ["om os", "om virksomhed", "om firma", "arbejdsplads"],
    "how-to-apply": ["ans\xF8g", "kontakt"],
    diversity: ["mangfoldighed", "inklusion"]
  },
  // words that open or fill a list item and say its kind ("Erfaring med SAP", "Pension og sundhedsforsikring")
  itemStems: {
    responsibilities: ["ansvar for", "ansvarlig for", "udvikle", "vedligehold", "koordiner", "planl\xE6g", "h\xE5ndter", "sikre", "deltage i", "samarbejde med"],
    requirements: ["erfaring", "uddannelse", "kendskab til", "du har", "du er", "\xE5rs erfaring", "flydende", "taler og skriver", "k\xF8rekort"],
    "nice-to-have": ["er en fordel", "en fordel", "er et plus", "meriterende"],
    benefits: ["pension", "sundhedsforsikring", "frokostordning", "ferie", "feriedage", "fleksible arbejdstider", "efteruddannelse", "personalegoder", "kantine", "firmabil", "fritvalgskonto"]
  },
  chromeHeadings: {
    "similar-jobs": ["lignende job", "lignende stillinger", "andre job", "se ogs\xE5", "relaterede job"],
    share: ["del jobbet", "del stillingen"]
  },
  chromeLines: {
    navigation: ["s\xF8g", "s\xF8g nu", "s\xF8g jobbet", "s\xF8g stillingen", "gem", "gem job", "gem jobbet", "tilbage", "tilbage til s\xF8geresultater", "log ind", "opret profil", "vis mere", "vis mindre", "l\xE6s mere", "alle job", "se alle job", "anmeld job"]
  },
  labels: {
    title: ["stillingsbetegnelse", "jobtitel", "stilling"],
    company: ["virksomhed", "arbejdsgiver", "firma", "virksomhedens navn"],
    location: ["arbejdssted", "lokation", "adresse", "placering", "arbejdsstedets adresse"],
    region: ["region", "omr\xE5de"],
    salary: ["l\xF8n", "l\xF8nniveau", "timel\xF8n", "m\xE5nedsl\xF8n", "\xE5rsl\xF8n", "l\xF8nforhold", "gage"],
    employmentType: ["ans\xE6ttelsesform", "ans\xE6ttelsestype", "ans\xE6ttelse", "arbejdstid", "timer pr. uge", "timer om ugen", "jobtype", "stillingstype"],
    workplaceType: ["hjemmearbejde", "arbejdsform"],
    category: ["kategori", "branche", "jobkategori", "fagomr\xE5de"],
    department: ["afdeling"],
    experience: ["erfaring", "krav til erfaring"],
    education: ["uddannelse", "uddannelsesniveau", "krav til uddannelse"],
    postedAt: ["publiceret", "oprettet", "indrykket", "dato", "opsl\xE5et", "offentliggjort"],
    validThrough: ["ans\xF8gningsfrist", "frist", "sidste ans\xF8gningsdato", "s\xF8g senest", "ans\xF8g senest"],
    startDate: ["tiltr\xE6delse", "tiltr\xE6delsesdato", "startdato", "opstart", "start"]
  }
};

// src/lexicon/de.ts
var de = {
  headings: {
    "about-company": ["\xFCber uns", "wer wir sind", "das unternehmen", "unternehmen", "unser unternehmen", "\xFCber das unternehmen", "wir sind", "das sind wir", "unternehmensprofil", "wer sind wir", "unsere mission", "\xFCber", "firmenprofil"],
    "about-role": ["die stelle", "stellenbeschreibung", "die position", "deine rolle", "ihre rolle", "\xFCber die stelle", "\xFCber die rolle", "die rolle", "jobbeschreibung", "zur stelle", "was dich erwartet", "was sie erwartet", "worum es geht", "dein job", "ihr job", "deine mission", "die aufgabe"],
    overview: ["auf einen blick", "eckdaten", "stelleninfos", "jobdetails", "job details"],
    responsibilities: ["ihre aufgaben", "deine aufgaben", "aufgaben", "aufgabengebiet", "ihr aufgabengebiet", "dein aufgabengebiet", "was du tun wirst", "was sie tun werden", "t\xE4tigkeiten", "deine t\xE4tigkeiten", "ihre t\xE4tigkeiten", "verantwortlichkeiten", "deine verantwortung", "ihre verantwortung", "das erwartet dich", "das erwartet sie", "was dich erwartet", "was sie erwartet", "das machst du", "deine mission", "was du bewegst", "was du machst", "was dich bei uns erwartet", "das sind deine aufgaben", "dein beitrag", "aufgaben und verantwortlichkeiten", "deine herausforderungen", "ihre herausforderungen"],
    requirements: ["ihr profil", "dein profil", "profil", "anforderungen", "qualifikation", "qualifikationen", "was du mitbringst", "was sie mitbringen", "das bringst du mit", "das bringen sie mit", "voraussetzungen", "das zeichnet dich aus", "das zeichnet sie aus", "was wir erwarten", "was wir suchen", "deine qualifikationen", "ihre qualifikationen", "was du brauchst", "deine skills", "dein skillset", "wen wir suchen", "was dich auszeichnet", "was sie auszeichnet", "anforderungsprofil", "du bringst mit", "sie bringen mit", "das solltest du mitbringen", "das sollten sie mitbringen", "was du mitbringen solltest", "was sie mitbringen sollten", "was du mitbringst", "das bringst du idealerweise mit", "dein profil und deine f\xE4higkeiten", "deine qualifikation", "ihre qualifikation", "das w\xFCnschen wir uns", "das w\xFCnschen wir uns von dir", "was wir uns w\xFCnschen", "deine erfahrung", "ihre kenntnisse", "deine kenntnisse", "muss", "must have"],
    "nice-to-have": ["von vorteil", "w\xFCnschenswert", "nice to have", "pluspunkte", "idealerweise", "ein plus", "bonuspunkte", "gerne auch", "w\xE4re sch\xF6n"],
    benefits: ["wir bieten", "was wir bieten", "das bieten wir", "unser angebot", "deine vorteile", "ihre vorteile", "benefits", "vorteile", "was wir dir bieten", "was wir ihnen bieten", "das bieten wir dir", "das bieten wir ihnen", "darauf kannst du dich freuen", "darauf k\xF6nnen sie sich freuen", "warum wir", "warum du zu uns passt", "unsere benefits", "deine benefits", "leistungen", "was dich bei uns erwartet", "was du von uns bekommst", "wir bieten dir", "wir bieten ihnen", "zusatzleistungen", "das erwartet dich bei uns", "darum solltest du bei", "darum solltest du", "warum du bei uns arbeiten solltest", "warum solltest du", "deshalb zu uns", "was wir dir bieten k\xF6nnen", "das bekommst du", "das bekommen sie", "unser angebot an dich", "deine vorteile bei uns", "ihre vorteile bei uns", "wir bieten ihnen", "was dich erwartet", "was sie erwartet"],
    compensation: ["gehalt", "verg\xFCtung", "bezahlung", "entlohnung", "gehaltsspanne"],
    "interview-process": ["bewerbungsprozess", "auswahlprozess", "interviewprozess", "ablauf", "so geht es weiter", "dein bewerbungsprozess", "recruiting-prozess", "einstellungsprozess", "unser bewerbungsprozess"],
    skills: ["kenntnisse", "f\xE4higkeiten", "kompetenzen", "technologien", "tech stack", "tools", "skills und kompetenzen"],
    tags: ["schlagworte", "tags", "stichworte"],
    diversity: ["vielfalt", "diversit\xE4t", "chancengleichheit", "inklusion", "diversity"],
    "how-to-apply": ["bewerbung", "so bewirbst du dich", "so bewerben sie sich", "kontakt", "jetzt bewerben", "interesse", "interesse geweckt", "haben wir dein interesse geweckt", "haben wir ihr interesse geweckt", "ansprechpartner", "ansprechpartnerin", "deine bewerbung", "ihre bewerbung", "bewirb dich"]
  },
  chromeHeadings: {
    "similar-jobs": ["\xE4hnliche jobs", "\xE4hnliche stellenangebote", "weitere jobs", "das k\xF6nnte dich auch interessieren", "weitere stellenangebote", "\xE4hnliche stellen"],
    share: ["stellenangebot melden", "anzeige melden", "job merken", "stelle merken", "teilen", "job teilen", "stelle teilen"],
    faq: ["h\xE4ufige fragen", "h\xE4ufig gestellte fragen"]
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["stellenangebot melden", "anzeige melden", "job melden", "stelle melden", "inserat melden", "job speichern", "stelle merken", "job merken", "schnellbewerbung", "impressum", "datenschutz", "datenschutzerkl\xE4rung", "barrierefreiheit", "cookie-einstellungen"],
    "similar-jobs": ["\xE4hnliche jobs", "\xE4hnliche stellenangebote", "\xE4hnliche stellen"],
    navigation: ["zum hauptinhalt springen", "jobs finden", "karriereberatung", "f\xFCr arbeitgeber", "zum inhalt springen", "jetzt bewerben", "bewerben", "merken", "teilen", "anmelden", "registrieren", "zur\xFCck zur suche", "zur\xFCck", "mehr anzeigen", "weniger anzeigen", "job melden", "alle jobs", "startseite", "gespeichert", "speichern", "schnellbewerbung", "job merken"]
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: ["wir verwenden cookies", "wir nutzen cookies", "diese website verwendet cookies", "diese webseite verwendet cookies", "diese seite verwendet cookies", "alle rechte vorbehalten"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["aufgab", "t\xE4tigkeit", "verantwort", "das machst du", "was du tust", "deine rolle", "ihre rolle", "einsatzgebiet", "dein job"],
    requirements: ["anforder", "voraussetz", "profil", "qualifik", "mitbring", "f\xE4higkeit", "kenntnis", "erwarten", "das zeichnet", "erfahrung", "ausbildung", "das brauchst du", "was du brauchst", "wen wir suchen"],
    "nice-to-have": ["vorteil", "w\xFCnschenswert", "plus", "nice", "idealerweise", "bonus", "optional"],
    benefits: ["bieten", "angebot", "benefit", "vorteile", "freuen", "leistungen", "warum wir", "f\xFCr dich", "f\xFCr sie", "erwartet dich", "erwartet sie", "was dich erwartet"],
    compensation: ["gehalt", "verg\xFCtung", "bezahlung", "entlohnung"],
    "interview-process": ["bewerbungsprozess", "prozess", "ablauf", "schritte", "auswahl", "interview", "so geht", "recruiting"],
    skills: ["kenntnisse", "f\xE4higkeiten", "kompetenz", "technolog", "tools", "stack", "skills"],
    teams: ["teams"],
    "about-company": ["\xFCber uns", "wer wir sind", "unternehmen", "firma"],
    "about-role": ["stellenbeschreibung", "worum es geht"],
    diversity: ["vielfalt", "divers", "chancengleich", "inklusion"],
    "how-to-apply": ["bewerb", "kontakt", "ansprechpart", "interesse"]
  },
  itemStems: {
    responsibilities: ["du entwickelst", "du arbeitest", "du bist verantwortlich", "du unterst\xFCtzt", "du betreust", "du \xFCbernimmst", "du gestaltest", "du planst", "du sorgst", "sie entwickeln", "sie arbeiten", "sie unterst\xFCtzen", "sie betreuen", "sie \xFCbernehmen", "entwicklung", "betreuung", "planung", "durchf\xFChrung", "unterst\xFCtzung", "erstellung", "pflege", "koordination", "verantwortung f\xFCr", "mitarbeit", "\xFCbernahme", "umsetzung", "konzeption", "analyse"],
    requirements: ["jahre", "erfahrung", "abgeschlossen", "studium", "ausbildung", "abschluss", "kenntnisse", "verst\xE4ndnis", "sicher", "flie\xDFend", "sehr gute", "gute", "fundierte", "du hast", "du bist", "sie haben", "sie sind", "bringst", "mitbringst", "f\xFChrerschein", "deutsch", "englisch", "f\xE4higkeit"],
    "nice-to-have": ["von vorteil", "w\xFCnschenswert", "ein plus", "idealerweise", "optional", "pluspunkt", "gerne"],
    benefits: ["urlaub", "urlaubstage", "altersvorsorge", "homeoffice", "home-office", "mobiles arbeiten", "jobrad", "zuschuss", "weiterbildung", "gehalt", "verg\xFCtung", "bonus", "firmenwagen", "fitness", "gleitzeit", "flexible", "obst", "kaffee", "getr\xE4nke", "rabatt", "corporate benefits", "betriebliche", "30 tage", "pr\xE4mie", "ticket", "sabbatical", "team-events", "teamevents"],
    "interview-process": ["gespr\xE4ch", "interview", "telefonat", "kennenlernen", "schritt", "runde", "probearbeit", "minuten"]
  },
  labels: {
    title: ["stellenbezeichnung", "jobtitel", "position", "stelle", "titel"],
    company: ["unternehmen", "firma", "arbeitgeber"],
    location: ["standort", "arbeitsort", "ort", "einsatzort", "dienstort", "adresse"],
    salary: ["gehalt", "verg\xFCtung", "bruttojahresgehalt", "jahresgehalt", "gehaltsspanne", "stundenlohn", "entgelt", "lohn"],
    employmentType: ["anstellungsart", "besch\xE4ftigungsart", "vertragsart", "art der anstellung", "arbeitszeit", "anstellung", "besch\xE4ftigungsumfang", "vertragsform"],
    workplaceType: ["homeoffice", "home office", "arbeitsmodell", "remote"],
    category: ["branche", "kategorie", "berufsfeld", "bereich", "t\xE4tigkeitsbereich", "fachbereich"],
    experience: ["berufserfahrung", "erfahrung", "erfahrungslevel"],
    education: ["abschluss", "ausbildung", "bildungsabschluss", "qualifikation"],
    postedAt: ["ver\xF6ffentlicht", "ver\xF6ffentlicht am", "erschienen am", "online seit", "datum"],
    validThrough: ["bewerbungsfrist", "bewerbungsschluss", "bewerben bis", "einsendeschluss", "frist"],
    startDate: ["eintrittsdatum", "startdatum", "beginn", "ab"],
    seniority: ["karrierestufe", "level", "erfahrungsstufe"]
  }
};

// src/lexicon/en.ts
var en = {
  headings: {
    "about-company": [
      "about us",
      "about the company",
      "who we are",
      "company description",
      "company overview",
      "our company",
      "the company",
      "our story",
      "our mission",
      "company",
      "about",
      "our culture",
      "life at",
      "why us",
      "company info",
      "about the team",
      "the team",
      "our team",
      "meet the team",
      "who are we",
      "our values",
      "values",
      "our vision",
      "our principles",
      "about the organization",
      "about the organisation"
    ],
    "about-role": [
      "about the role",
      "about the job",
      "about this role",
      "about the position",
      "the role",
      "the position",
      "role overview",
      "position overview",
      "job description",
      "role description",
      "position summary",
      "job summary",
      "the opportunity",
      "your opportunity",
      "the job",
      "summary",
      "description",
      "overview",
      "role",
      "job overview and responsibility",
      "full job description",
      "introduction",
      "position description",
      "about this opportunity",
      "the challenge",
      "mission",
      "role summary",
      "your role",
      "about the opportunity",
      "job details description",
      "what's the job",
      "opportunity",
      "purpose of job",
      "purpose of the job",
      "distinguishing characteristics",
      "why this role matters",
      "in a nutshell"
    ],
    overview: ["job overview", "job details", "job info", "job information", "at a glance", "key facts", "details", "job highlights", "position details", "quick facts"],
    teams: ["the teams you could be joining", "teams you could be joining", "teams you could join", "teams you can join", "teams you might join", "teams you would join", "teams we are hiring for", "teams we're hiring for", "teams hiring", "our engineering teams", "our teams", "teams", "team structure", "which team"],
    responsibilities: [
      "what you'll do",
      "what you will do",
      "what you'll be doing",
      "what you will be doing",
      "responsibilities",
      "key responsibilities",
      "your responsibilities",
      "job responsibilities",
      "duties",
      "your impact",
      "what you'll work on",
      "what you will work on",
      "in this role you will",
      "in this role",
      "day to day",
      "a day in the life",
      "your day to day",
      "you will",
      "you'll",
      "tasks",
      "your tasks",
      "the work",
      "what the job involves",
      "main responsibilities",
      "role responsibilities",
      "essential duties",
      "duties and responsibilities",
      "responsibilities include",
      "your mission",
      "your missions",
      "what you'd do",
      "what you would do",
      "you would",
      "you'd",
      "you would be",
      "in this role you would",
      "as a",
      "how you'll make an impact",
      "what you'll achieve",
      "scope",
      "impact",
      "the impact you'll have",
      "what your day looks like",
      "what your day will look like",
      "what will you do",
      "what will you be doing",
      "what you will be doing",
      "what does the job involve",
      "a typical day",
      "your typical day",
      "what you will be working on",
      "what you'll be working on",
      "day-to-day responsibilities",
      "your day-to-day",
      "here's what you'll be doing",
      "your job",
      "you will be",
      "key accountabilities",
      "accountabilities",
      "job functions",
      "essential functions",
      "primary responsibilities",
      "objectives",
      "what we need you to do",
      "outcomes",
      "you'll be responsible for",
      "what you will be responsible for",
      "areas of responsibility",
      "job duties",
      "things you'll do",
      "here's what you'll do",
      "responsible for",
      "you will be responsible for",
      "your role will include",
      "you will get to",
      "the role involves",
      "key responsibilities include",
      "description of duties",
      "summary of duties",
      "examples of duties",
      "typical duties",
      "essential job functions",
      "what success looks like"
    ],
    requirements: [
      "requirements",
      "qualifications",
      "qualifications and experience",
      "skills and qualifications",
      "knowledge and experience",
      "experience and skills",
      "knowledge, skills and abilities",
      "skills and abilities",
      "who you are",
      "what we're looking for",
      "what we are looking for",
      "what you bring",
      "what you'll bring",
      "what you will bring",
      "what you'll need",
      "what you need",
      "about you",
      "you have",
      "you are",
      "must have",
      "must haves",
      "must-haves",
      "skills and experience",
      "your profile",
      "profile",
      "minimum qualifications",
      "basic qualifications",
      "required qualifications",
      "required skills",
      "requirements and qualifications",
      "who we're looking for",
      "who we are looking for",
      "we're looking for",
      "we are looking for",
      "key requirements",
      "job requirements",
      "experience",
      "skills & experience",
      "your skills",
      "your experience",
      "you should have",
      "ideal candidate",
      "the ideal candidate",
      "who you'll be",
      "what it takes",
      "do you have what it takes",
      "you'll have",
      "you will have",
      "what you should have",
      "knowledge skills and abilities",
      "competencies required",
      "required experience",
      "education and experience",
      "experience and qualifications",
      "we'd love to hear from you if",
      "is this you",
      "your background",
      "what we expect",
      "what we need",
      "what makes you a great fit",
      "you might be a fit if",
      "you may be a good fit if",
      "requirements include",
      "minimum requirements",
      "needed skills",
      "essential",
      "essential skills",
      "essential criteria",
      "mandatory",
      "candidate profile",
      "what you'll need to succeed",
      "to succeed in this role",
      "you'd be a great fit if",
      "we'd love you to have",
      "about you and your experience",
      "required",
      "who should apply",
      "what we look for",
      "skills required",
      "you bring",
      "qualifications and skills",
      "you'll need",
      "you will need",
      "what will you bring",
      "what you will need",
      "what we expect from you",
      "what do you bring",
      "what do we expect",
      "must-have qualifications",
      "key qualifications"
    ],
    "nice-to-have": [
      "nice to have",
      "nice to haves",
      "nice-to-have",
      "nice-to-haves",
      "bonus points",
      "bonus",
      "bonus points if",
      "bonus points if you",
      "preferred qualifications",
      "preferred skills",
      "preferred experience",
      "preferred",
      "pluses",
      "plus",
      "it's a plus",
      "it's a plus if",
      "would be a plus",
      "even better if",
      "extra credit",
      "ideally you also have",
      "ideally",
      "what would make you stand out",
      "what sets you apart",
      "stand out if",
      "you'll stand out if",
      "it would be great if",
      "great to have",
      "good to have",
      "desired qualifications",
      "desirable",
      "desired skills",
      "additional qualifications",
      "preferred requirements",
      "not required but nice",
      "bonus if you have",
      "it's a bonus if",
      "nice to have skills",
      "brownie points",
      "even better",
      "we'd also love",
      "it would be nice if",
      "extra points"
    ],
    benefits: [
      "benefits",
      "perks",
      "perks and benefits",
      "perks & benefits",
      "benefits and perks",
      "what we offer",
      "we offer",
      "what's in it for you",
      "why join us",
      "why you'll love working here",
      "our benefits",
      "what you'll get",
      "what you will get",
      "what you get",
      "why work with us",
      "why work here",
      "employee benefits",
      "rewards",
      "total rewards",
      "the perks",
      "our offer",
      "what we provide",
      "what we can offer",
      "what we can offer you",
      "in return",
      "in return we offer",
      "you'll receive",
      "why join",
      "life at",
      "our perks",
      "the benefits",
      "what we give you",
      "benefits include",
      "what's on offer",
      "what we offer you",
      "how we take care of you",
      "how we'll take care of you",
      "why you should join",
      "why you'll love it here",
      "the package",
      "package",
      "our package",
      "benefits which include",
      "benefits that include",
      "benefits including",
      "perks include",
      "perks including",
      "we offer the following",
      "we are proud to offer",
      "proud to offer",
      "what we offer in return",
      "why you'll love working at",
      "offered",
      "what is offered",
      "what do we offer",
      "what do we offer you",
      "what's offered",
      "we offer you",
      "benefits and perks",
      "perks & benefits",
      "perks and benefits include",
      "why join us",
      "what you can expect from us",
      "what you can expect",
      "what we'll give you",
      "you'll get",
      "you will get",
      "working here",
      "what's it like to work here",
      "why it's a great place to work"
    ],
    compensation: [
      "compensation",
      "salary",
      "pay",
      "salary and compensation",
      "compensation and benefits",
      "salary range",
      "pay range",
      "base salary",
      "pay transparency",
      "salary information",
      "remuneration",
      "compensation range",
      "salary expectations",
      "pay and benefits",
      "compensation package",
      "salary and benefits"
    ],
    "interview-process": [
      "interview process",
      "hiring process",
      "recruitment process",
      "our process",
      "our hiring process",
      "the process",
      "selection process",
      "application process",
      "what to expect",
      "our interview process",
      "recruiting process",
      "next steps",
      "the interview process",
      "how we hire",
      "interview steps"
    ],
    skills: [
      "skills",
      "key skills",
      "key skills/competency",
      "key skills competency",
      "competencies",
      "skills and competencies",
      "tech stack",
      "our stack",
      "toolkit",
      "your toolkit",
      "our toolkit",
      "the toolkit",
      "our tech stack",
      "technologies",
      "tools",
      "stack",
      "technical skills",
      "tech we're open to",
      "tech we use",
      "technologies we use",
      "our tech",
      "the tech",
      "tools we use",
      "tools and tech",
      "skills & competencies",
      "core skills",
      "tech",
      "technology stack",
      "tools and technologies"
    ],
    tags: ["tags", "job tags", "keywords", "related tags", "topics"],
    other: [
      "additional information",
      "more information",
      "further information",
      "other information",
      "additional details",
      "good to know",
      "notes",
      "reporting and work arrangement",
      "work arrangement",
      "location",
      "locations",
      "schedule",
      "working hours",
      "hours",
      "travel",
      "visa",
      "visa sponsorship",
      "relocation",
      "start date",
      "contract",
      "duration",
      "physical demands",
      "work environment",
      "working conditions",
      "working environment",
      "supplemental information",
      "additional considerations",
      "notice to applicants",
      "conditions of employment"
    ],
    diversity: [
      "diversity",
      "diversity & inclusion",
      "diversity and inclusion",
      "equal opportunity",
      "equal opportunities",
      "equal opportunity employer",
      "eeo",
      "eeo statement",
      "inclusion",
      "our commitment",
      "dei",
      "diversity equity and inclusion",
      "diversity equity & inclusion",
      "commitment to diversity",
      "accommodations",
      "accessibility",
      "reasonable accommodations",
      "equal employment opportunity"
    ],
    "how-to-apply": [
      "how to apply",
      "to apply",
      "apply",
      "application",
      "applying",
      "apply now",
      "ready to apply",
      "interested",
      "sound like you",
      "does this sound like you",
      "how to get in touch",
      "contact",
      "apply for this job",
      "submit your application",
      "interested in this role"
    ]
  },
  chromeHeadings: {
    promo: ["who's the hiring manager", "who is the hiring manager", "uncover hiring manager", "meet the hiring team", "use ai to assess how you fit", "premium"],
    share: ["report this job", "report job", "save this job", "share job", "share this job", "share", "share this role", "share this position"],
    advice: ["how to get hired at", "how to get hired", "tips for applying", "how to stand out", "interview tips", "application tips"],
    faq: ["frequently asked questions", "faq", "faqs"],
    "similar-jobs": [
      "explore similar opportunities",
      "similar jobs",
      "similar opportunities",
      "people also viewed",
      "more jobs",
      "related jobs",
      "you may also like",
      "other jobs",
      "jobs you may be interested in",
      "more jobs like this",
      "recommended jobs",
      "more jobs at",
      "other open positions",
      "similar roles",
      "similar positions",
      "other opportunities",
      "view more jobs",
      "see more jobs",
      "latest jobs",
      "recent jobs",
      "more remote jobs",
      "more opportunities",
      "open positions",
      "explore more jobs",
      "jobs like this",
      "other jobs you may like",
      "more jobs from",
      "see all jobs",
      "similar searches",
      "explore collaborative articles",
      "explore topics",
      "looking for talent",
      "more searches",
      "set alert for similar jobs",
      "job alert",
      "sign in to create job alert",
      "get notified about new jobs",
      "referrals increase your chances",
      "see who you know"
    ],
    "apply-form": [
      "employer questions",
      "screening questions",
      "application questions",
      "apply for this job",
      "submit your application",
      "personal information",
      "application form",
      "apply for this position",
      "voluntary self-identification",
      "demographic questions",
      "u.s. standard demographic questions",
      "resume/cv"
    ],
    board: [
      "report job",
      "report this job",
      "about the company page",
      "company reviews",
      "salary insights",
      "profile insights",
      "hiring insights",
      "job activity",
      "how you match",
      "your qualifications for this job",
      "do you have any of these qualifications",
      "company rating",
      "reviews",
      "rating",
      "benefits rating",
      "ratings by category",
      "salaries",
      "interviews"
    ]
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["report this listing", "report this ad", "report this job", "report job", "report abuse", "job match score", "early applicant", "quick apply", "save this job", "privacy policy", "terms of use", "cookie policy"],
    "similar-jobs": ["similar jobs", "more jobs like this", "people also viewed"],
    promo: [
      "uncover hiring manager",
      "try premium",
      "easy apply",
      "tailor my resume",
      "show match details",
      "use ai to assess how you fit",
      "am i a good fit for this job",
      "how can i best position myself for this job",
      "tell me more about",
      "promoted by hirer",
      "actively reviewing applicants",
      "be an early applicant",
      "job poster",
      "message",
      "see who you know",
      "get notified about new jobs",
      "actively hiring",
      "recruiter recently active",
      "star icon",
      "top 10% of responders",
      "responds within a week",
      "responds within three weeks",
      "responds within a few days",
      "easily apply",
      "profile insights",
      "hiring insights",
      "pulled from the full job description",
      "company reviews",
      "find salaries",
      "view all jobs",
      "company website",
      "powered by jazzhr",
      "powered by greenhouse",
      "powered by lever",
      "powered by workable",
      "save job",
      "apply now",
      "reply",
      "flag",
      "hide",
      "we use cookies",
      "reject all",
      "book a demo",
      "basket (0)",
      "store roles",
      "more store roles",
      "conversations",
      "recommend to a friend",
      "apply to role",
      "i'm interested",
      "over 100 applicants",
      "be among the first 25 applicants",
      "referrals increase your chances of interviewing at"
    ],
    share: ["share", "share job", "share job:", "share this job", "copy link", "email", "tweet", "facebook", "linkedin", "twitter", "x", "save", "saved", "save job", "show more options", "more options", "report this job", "report job"],
    navigation: [
      "skip to main content",
      "skip to content",
      "back to jobs",
      "back to search",
      "back to all jobs",
      "view all jobs",
      "home",
      "jobs",
      "sign in",
      "log in",
      "login",
      "sign up",
      "join now",
      "post a job",
      "menu",
      "search",
      "show more",
      "show less",
      "see more",
      "see less",
      "read more",
      "apply",
      "apply now",
      "apply for this job",
      "apply on company site",
      "i'm interested",
      "continue",
      "next",
      "previous",
      "close",
      "dismiss",
      "follow",
      "view job",
      "view company",
      "go to job",
      "cookie settings",
      "accept cookies",
      "accept all",
      "reject all"
    ]
  },
  chromePrefixes: [
    // facts helper: cookie notices, copyright lines, board counters
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by using this site",
    "by continuing to use",
    "beware of imposters",
    "beware of fraud",
    "your application will include the following questions",
    "\xA9",
    "copyright \xA9",
    "all rights reserved",
    "sign in to create job alert",
    // classified boards: "post id: 7712093345", "QR Code Link to This Post"
    "post id:",
    "qr code",
    "jobs posted",
    "url source:",
    "markdown content:",
    "published time:",
    "dice id",
    "star icon",
    "reposted:",
    "posted:",
    "find more english speaking jobs",
    "find more jobs",
    "english speaking jobs in germany",
    "jobs in germany",
    "find jobs in",
    "find more",
    "sign up to",
    "create a free",
    "try premium",
    "glassdoor displays",
    "connect directly with founders",
    "similar jobs",
    "see more jobs",
    "people also viewed",
    "referrals increase your chances",
    "see who you know",
    "please mention the word",
    "j-18808",
    "report this job",
    "report job",
    "share this job",
    "save this job"
  ],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["respons", "duties", "duty", "task", "accountab", "tackle", "day to day", "you'll do", "you will do", "you'll be doing", "will you do", "you'll work on", "your impact", "the work", "the job involves", "role involves", "functions", "objectives", "job does", "your day"],
    requirements: ["requir", "qualif", "must", "prerequis", "criteria", "eligib", "you'll need", "you need", "you will need", "we need", "looking for", "what you bring", "you'll bring", "you bring", "who you are", "about you", "your profile", "profile", "background", "expect from you", "educat", "degree", "abilities", "knowledge", "experience", "love you to have", "you have", "you'll have", "minimum", "essential", "necessary", "needed", "ideal candidate", "you are"],
    "nice-to-have": ["plus", "pluses", "bonus", "ideal", "nice", "nice to have", "prefer", "desir", "stand out", "extra", "great to have", "good to have", "even better", "optional", "advantage", "would be great", "would love", "beneficial", "head start", "an edge", "set you apart", "sets you apart"],
    benefits: ["benefit", "perk", "offer", "look after you", "take care of you", "in it for you", "reward", "what you get", "you'll get", "you will get", "in return", "why join", "why work", "why you'll love", "awaits you", "for you", "package", "we provide", "we give"],
    compensation: ["compensation", "salary", "pay", "remuneration", "wage"],
    "interview-process": ["interview", "hiring", "recruit", "process", "steps", "stages", "timeline", "selection", "next steps", "what happens next", "how to get hired"],
    skills: ["skill", "tech stack", "stack", "tools", "technolog", "toolkit", "competenc", "languages and frameworks", "frameworks"],
    teams: ["teams", "squads"],
    "about-company": ["about us", "who we are", "our company", "our story", "our mission", "our values", "our culture", "company", "about working"],
    "about-role": ["about the role", "about the job", "the role", "the position", "overview", "summary", "description"],
    diversity: ["diversity", "inclusi", "equal", "accommodat", "eeo", "accessib"],
    "how-to-apply": ["how to apply", "apply", "applying", "application", "contact"]
  },
  itemStems: {
    responsibilities: ["build", "design", "develop", "lead", "manage", "own", "work", "collaborate", "partner", "ship", "review", "write", "maintain", "support", "ensure", "drive", "create", "implement", "analy", "deliver", "mentor", "coordinate", "prepare", "monitor", "improve", "help", "define", "conduct", "participate", "assist", "provide", "handle", "oversee", "plan", "deploy", "architect", "contribute", "identify", "establish", "report", "communicate", "research", "translate", "optimi", "automate", "troubleshoot", "investigate", "process", "answer", "respond", "resolve", "track", "organi", "schedule", "serve", "train", "educate", "run", "operate", "perform", "execute", "evaluate", "assess", "test", "document", "promote", "negotiate", "recruit", "onboard", "take ownership", "you will", "you'll"],
    requirements: ["years", "yrs", "experience", "degree", "bachelor", "master's", "masters", "phd", "diploma", "knowledge of", "knowledge in", "understanding of", "familiar", "proficien", "fluent", "fluency", "strong", "excellent", "solid", "proven", "ability to", "able to", "you have", "you are", "skilled", "expertise", "certif", "licen", "must", "required", "background in", "track record", "comfortable with", "hands-on", "demonstrated", "working knowledge"],
    "nice-to-have": ["a plus", "plus", "preferred", "preferably", "bonus", "ideally", "nice to have", "nice-to-have", "desirable", "advantage", "advantageous", "beneficial", "is a bonus", "would be great", "not required"],
    benefits: ["insurance", "health", "dental", "vision", "medical", "leave", "holiday", "vacation", "pto", "paid time off", "days off", "time off", "budget", "equity", "stock", "options", "pension", "retirement", "401", "gym", "allowance", "wellness", "wellbeing", "parental", "maternity", "paternity", "stipend", "reimburse", "competitive salary", "competitive compensation", "bonus scheme", "annual bonus", "performance bonus", "flexible", "remote-first", "work from home", "free lunch", "snacks", "coffee", "discount", "subsidi", "company car", "laptop", "equipment", "learning", "training", "career growth", "growth opportunities", "perks"],
    "interview-process": ["call with", "phone call", "video call", "interview", "round", "stage", "onsite", "on-site", "take-home", "assignment", "technical test", "coding challenge", "minutes", "chat with", "meet the team", "final step", "first step"]
  },
  labels: {
    title: ["job title", "title", "position", "position title", "role", "job", "role title", "job name", "vacancy", "opening"],
    company: ["company", "company name", "employer", "organization", "organisation", "hiring company", "hiring organization"],
    location: ["location", "locations", "job location", "office location", "based in", "city", "work location", "place of work", "office", "where"],
    salary: [
      "salary",
      "offered salary",
      "pay",
      "compensation",
      "salary range",
      "pay range",
      "base salary",
      "wage",
      "rate",
      "hourly rate",
      "day rate",
      "annual salary",
      "base pay",
      "remuneration",
      "salary and compensation",
      "compensation range",
      "pay rate",
      "estimated salary",
      "base compensation"
    ],
    employmentType: [
      "job type",
      "employment type",
      "type",
      "contract type",
      "commitment",
      "employment",
      "schedule",
      "contract",
      "position type",
      "work type",
      "job schedule",
      "hours",
      "status",
      "employment status",
      "type of employment",
      // Workday's <dt> labels, Naukri's facts rows
      "time type",
      "job time type",
      "worker type",
      "job type & shift"
    ],
    workplaceType: ["workplace type", "workplace", "remote", "work mode", "remote work policy", "location type", "work arrangement", "remote policy", "work model", "work setup", "remote work"],
    category: ["category", "industry", "job category", "job function", "function", "sector", "field", "industries", "industry type", "role category", "functional area"],
    experience: ["experience", "years of experience", "experience level", "required experience", "work experience", "minimum experience"],
    education: ["degree", "education", "qualification", "education level", "required education", "minimum education", "degree level"],
    seniority: ["seniority", "seniority level", "level", "career level", "job level", "career stage"],
    postedAt: ["posted", "posted on", "date posted", "published", "published on", "posting date", "listed", "posted date", "reposted", "date"],
    validThrough: [
      "apply before",
      "closing date",
      "deadline",
      "application deadline",
      "valid through",
      "expires",
      "apply by",
      "closes",
      "expiry date",
      "applications close",
      "expiration date",
      "closing",
      "apply until",
      "time left to apply",
      "application end date"
    ],
    department: ["department", "team", "division", "business unit"],
    startDate: ["start date", "start", "starting date"],
    region: ["region", "regions", "timezone", "time zone", "hiring region", "remote region"],
    country: ["country", "countries"],
    skills: ["skills", "key skills", "tech stack", "technologies", "stack"],
    tags: ["tags"],
    applyUrl: ["apply", "apply here", "apply at", "apply link", "to apply", "application link"]
  }
};

// src/lexicon/es.ts
var es = {
  headings: {
    "about-company": ["sobre nosotros", "qui\xE9nes somos", "quienes somos", "la empresa", "acerca de nosotros", "nuestra empresa", "sobre la empresa", "empresa", "descripci\xF3n de la empresa"],
    "about-role": ["descripci\xF3n del puesto", "descripci\xF3n de la oferta", "descripci\xF3n", "el puesto", "sobre el puesto", "el rol", "tu rol", "sobre el rol", "la posici\xF3n", "sobre la posici\xF3n", "oferta", "descripci\xF3n del empleo", "detalles de la oferta", "misi\xF3n", "tu misi\xF3n", "misi\xF3n del puesto"],
    overview: ["resumen", "datos de la oferta", "detalles del puesto", "informaci\xF3n del puesto", "requisitos m\xEDnimos"],
    responsibilities: ["funciones", "responsabilidades", "tus funciones", "tus responsabilidades", "qu\xE9 har\xE1s", "que har\xE1s", "qu\xE9 vas a hacer", "tareas", "principales funciones", "funciones principales", "tu d\xEDa a d\xEDa", "d\xEDa a d\xEDa", "lo que har\xE1s", "cu\xE1les ser\xE1n tus funciones", "tus tareas", "funciones del puesto"],
    requirements: ["requisitos", "requisitos del puesto", "perfil", "tu perfil", "perfil buscado", "perfil requerido", "qu\xE9 buscamos", "que buscamos", "buscamos", "lo que buscamos", "qu\xE9 necesitas", "requerimientos", "experiencia requerida", "cualificaciones", "lo que necesitas", "qu\xE9 te pedimos", "te pedimos", "conocimientos", "competencias", "requisitos imprescindibles", "imprescindible", "lo que aportas", "qu\xE9 aportas"],
    "nice-to-have": ["se valorar\xE1", "se valora", "valorable", "valoraremos", "deseable", "requisitos deseados", "ser\xE1 un plus", "un plus", "puntos extra", "es un plus", "se valorar\xE1 positivamente", "tambi\xE9n valoramos"],
    benefits: ["ofrecemos", "qu\xE9 ofrecemos", "que ofrecemos", "lo que ofrecemos", "beneficios", "te ofrecemos", "qu\xE9 te ofrecemos", "ventajas", "nuestros beneficios", "por qu\xE9 unirte", "por qu\xE9 trabajar con nosotros", "condiciones", "lo que te ofrecemos", "beneficios sociales"],
    compensation: ["salario", "remuneraci\xF3n", "retribuci\xF3n", "rango salarial", "salario y beneficios"],
    "interview-process": ["proceso de selecci\xF3n", "proceso de contrataci\xF3n", "etapas del proceso", "proceso"],
    skills: ["habilidades", "competencias clave", "tecnolog\xEDas", "stack tecnol\xF3gico", "herramientas", "aptitudes"],
    tags: ["etiquetas", "palabras clave"],
    diversity: ["diversidad", "igualdad de oportunidades", "inclusi\xF3n", "diversidad e inclusi\xF3n"],
    "how-to-apply": ["c\xF3mo aplicar", "como aplicar", "c\xF3mo postularse", "inscripci\xF3n", "post\xFAlate", "env\xEDa tu candidatura", "contacto", "interesado"]
  },
  chromeHeadings: {
    "apply-form": ["preguntas del aviso", "preguntas de selecci\xF3n", "preguntas de filtro"],
    "similar-jobs": ["ofertas similares", "empleos similares", "otras ofertas", "tambi\xE9n te puede interesar", "ofertas relacionadas", "otras ofertas de empleo"],
    share: ["denunciar oferta", "denunciar aviso", "guardar oferta", "guardar aviso", "compartir", "compartir oferta"],
    faq: ["preguntas frecuentes"]
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["denunciar oferta", "denunciar aviso", "denunciar empleo", "reportar oferta", "postulaci\xF3n r\xE1pida", "postulacion rapida", "postularme", "postular ahora", "guardar oferta", "guardar aviso", "compartir aviso", "pol\xEDtica de privacidad", "aviso legal", "pol\xEDtica de cookies"],
    "similar-jobs": ["ofertas similares", "avisos similares", "empleos similares"],
    navigation: ["acceso candidatos", "acceso empresas", "ofertas de empleo", "compartir oferta", "inscribirme en esta oferta", "inscribirme", "inscr\xEDbete", "aplicar", "postular", "compartir", "guardar", "volver", "volver a la b\xFAsqueda", "iniciar sesi\xF3n", "reg\xEDstrate", "ver m\xE1s", "ver menos", "denunciar oferta", "ver oferta", "ir al contenido", "buscar empleo"]
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: ["utilizamos cookies", "usamos cookies", "este sitio utiliza cookies", "este sitio web utiliza cookies", "este sitio usa cookies", "inscritos:", "ver m\xE1s avisos", "ver m\xE1s ofertas", "todos los derechos reservados"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["funci", "respons", "tarea", "actividad", "atribuci", "d\xEDa a d\xEDa", "dia a dia", "qu\xE9 har\xE1s", "que har\xE1s", "har\xE1s", "misi\xF3n", "objetivo"],
    requirements: ["requisit", "requerim", "requerid", "perfil", "exig", "qualif", "cualif", "buscamos", "necesit", "formaci\xF3n", "experiencia", "conocimiento", "imprescindible", "competencias requeridas"],
    "nice-to-have": ["deseable", "valora", "plus", "preferib", "ideal", "bonus", "diferencial"],
    benefits: ["beneficio", "ofrec", "ventaja", "prestacion", "ofrecemos", "por qu\xE9 unirte", "condiciones"],
    compensation: ["salario", "remuneraci\xF3n", "retribuci\xF3n", "sueldo"],
    "interview-process": ["proceso", "selecci\xF3n", "etapa", "entrevista", "reclutamiento", "contrataci\xF3n", "pasos"],
    skills: ["habilidad", "herramienta", "tecnolog", "competencia", "aptitud", "stack"],
    teams: ["equipos"],
    "about-company": ["sobre nosotros", "qui\xE9nes somos", "quienes somos", "empresa", "nosotros"],
    "about-role": ["descripci\xF3n", "el puesto", "el rol", "la posici\xF3n", "oferta"],
    diversity: ["diversidad", "inclusi\xF3n", "igualdad"],
    "how-to-apply": ["postul", "aplicar", "inscripci\xF3n", "contacto", "interesad", "env\xEDa", "enviar"]
  },
  itemStems: {
    responsibilities: ["-ar", "-er", "-ir", "gesti\xF3n", "elaboraci\xF3n", "atenci\xF3n", "apoyo", "seguimiento", "control", "realizaci\xF3n", "coordinaci\xF3n"],
    requirements: ["a\xF1os", "experiencia", "t\xEDtulo", "titulo", "licenciatura", "licenciad", "egresad", "estudiante", "bachiller", "grado", "conocimiento", "dominio", "manejo", "nivel", "tener", "poseer", "contar con", "capacidad", "habilidad", "disponibilidad", "indispensable", "excluyente", "imprescindible", "formaci\xF3n", "profesional en"],
    "nice-to-have": ["deseable", "valorable", "se valorar\xE1", "valorar\xE1", "un plus", "preferible", "preferiblemente", "idealmente"],
    benefits: ["seguro", "vacaciones", "bono", "bonos", "prestaciones", "de ley", "compensaci\xF3n", "salario", "sueldo", "remoto", "trabajo remoto", "desde casa", "crecimiento", "capacitaci\xF3n", "formaci\xF3n continua", "horario flexible", "flexibilidad", "d\xEDas libres", "ambiente", "estabilidad", "aguinaldo", "comisiones", "oportunidades"],
    "interview-process": ["entrevista", "prueba t\xE9cnica", "etapa", "fase", "minutos"]
  },
  labels: {
    title: ["puesto", "t\xEDtulo", "cargo", "t\xEDtulo del puesto", "nombre del puesto"],
    company: ["empresa", "compa\xF1\xEDa", "empleador"],
    location: ["ubicaci\xF3n", "localizaci\xF3n", "lugar de trabajo", "ciudad", "poblaci\xF3n", "provincia", "localidad"],
    salary: ["salario", "sueldo", "retribuci\xF3n", "salario bruto", "remuneraci\xF3n", "rango salarial", "salario anual"],
    employmentType: ["tipo de contrato", "jornada", "contrato", "tipo de jornada", "tipo de empleo", "jornada laboral"],
    workplaceType: ["modalidad", "teletrabajo", "modalidad de trabajo", "tipo de trabajo", "remoto"],
    category: ["categor\xEDa", "sector", "\xE1rea", "departamento", "industria", "\xE1rea funcional"],
    experience: ["experiencia", "experiencia m\xEDnima", "a\xF1os de experiencia"],
    education: ["estudios", "estudios m\xEDnimos", "formaci\xF3n", "titulaci\xF3n", "nivel de estudios", "educaci\xF3n"],
    postedAt: ["publicado", "publicada", "fecha de publicaci\xF3n", "publicado el", "publicada el"],
    validThrough: ["fecha l\xEDmite", "plazo", "fecha de cierre", "plazo de inscripci\xF3n"],
    startDate: ["incorporaci\xF3n", "fecha de incorporaci\xF3n", "inicio"],
    seniority: ["nivel", "categor\xEDa profesional", "nivel profesional"],
    skills: ["conocimientos", "conocimientos necesarios", "tecnolog\xEDas", "aptitudes"]
  }
};

// src/lexicon/fr.ts
var fr = {
  headings: {
    "about-company": ["qui sommes-nous", "qui sommes nous", "l'entreprise", "\xE0 propos", "a propos", "\xE0 propos de nous", "notre entreprise", "pr\xE9sentation de l'entreprise", "la soci\xE9t\xE9", "notre histoire", "nous sommes", "l'\xE9quipe", "notre mission"],
    "about-role": ["le poste", "descriptif du poste", "description du poste", "votre r\xF4le", "le r\xF4le", "pr\xE9sentation du poste", "contexte", "l'offre", "description de l'offre", "le job", "votre mission", "mission", "la mission", "poste propos\xE9"],
    overview: ["informations cl\xE9s", "en bref", "d\xE9tails du poste", "informations sur le poste"],
    responsibilities: ["missions", "vos missions", "vos responsabilit\xE9s", "responsabilit\xE9s", "ce que vous ferez", "ce que tu feras", "tes missions", "vos principales missions", "missions principales", "vos t\xE2ches", "t\xE2ches", "au quotidien", "votre quotidien", "ton quotidien", "activit\xE9s principales", "principales missions", "vos activit\xE9s", "ce que vous allez faire"],
    requirements: ["profil recherch\xE9", "profil", "votre profil", "ton profil", "comp\xE9tences requises", "qualifications", "pr\xE9requis", "pr\xE9-requis", "exigences", "ce que nous recherchons", "vous \xEAtes", "tu es", "comp\xE9tences", "exp\xE9rience et comp\xE9tences", "savoir-faire", "formation", "le profil", "profil souhait\xE9", "qui \xEAtes-vous", "comp\xE9tences recherch\xE9es", "vos comp\xE9tences", "ce que tu apportes", "ce que vous apportez"],
    "nice-to-have": ["un plus", "serait un plus", "les plus", "atouts", "bonus", "id\xE9alement", "ce serait un plus", "appr\xE9ci\xE9s", "souhait\xE9"],
    benefits: ["avantages", "nos avantages", "ce que nous offrons", "ce que nous proposons", "nous offrons", "nous proposons", "pourquoi nous rejoindre", "ce qu'on t'offre", "ce que l'on vous offre", "les avantages", "r\xE9mun\xE9ration et avantages", "avantages sociaux", "on vous offre", "pourquoi nous rejoindre ?"],
    compensation: ["r\xE9mun\xE9ration", "salaire", "package", "r\xE9mun\xE9ration et avantages"],
    "interview-process": ["d\xE9roulement des entretiens", "processus de recrutement", "processus de recrutement", "process de recrutement", "\xE9tapes du recrutement", "le processus", "recrutement", "les \xE9tapes"],
    skills: ["comp\xE9tences cl\xE9s", "outils", "stack technique", "environnement technique", "technologies", "hard skills", "soft skills"],
    tags: ["mots-cl\xE9s", "tags"],
    diversity: ["diversit\xE9", "diversit\xE9 et inclusion", "\xE9galit\xE9 des chances", "handicap", "inclusion"],
    "how-to-apply": ["comment postuler", "candidature", "pour postuler", "int\xE9ress\xE9", "int\xE9ress\xE9(e)"]
  },
  chromeHeadings: {
    "similar-jobs": ["ces offres pourraient vous int\xE9resser", "offres similaires", "emplois similaires", "d'autres offres", "autres offres", "voir plus d'offres", "offres d'emploi similaires", "vous pourriez aussi aimer"],
    share: ["signaler cette offre", "signaler l'offre", "signaler cette annonce", "sauvegarder l'offre", "enregistrer l'offre", "sauvegarder cette offre", "partager", "partager cette offre"],
    faq: ["questions fr\xE9quentes", "foire aux questions"],
    "apply-form": ["questions de pr\xE9s\xE9lection", "postuler \xE0 cette offre", "formulaire de candidature"]
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["signaler cette annonce", "signaler cette offre", "signaler l'offre", "signaler un abus", "sauvegarder l'offre", "enregistrer l'offre", "sauvegarder cette offre", "postuler maintenant", "candidature rapide", "candidature simplifi\xE9e", "politique de confidentialit\xE9", "mentions l\xE9gales", "gestion des cookies"],
    "similar-jobs": ["offres similaires", "annonces similaires", "emplois similaires"],
    navigation: ["envie d'en savoir plus", "envie d'en savoir plus ?", "aller au contenu principal", "trouver un job", "trouver une entreprise", "m\xE9dia", "pour les employeurs", "se connecter", "postuler", "sauvegarder", "partager", "voir l'entreprise", "voir plus", "voir moins", "retour aux offres", "accueil", "connexion", "s'inscrire", "candidature simplifi\xE9e", "signaler l'offre", "voir toutes les offres"]
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: ["nous utilisons des cookies", "ce site utilise des cookies", "ce site web utilise des cookies", "en poursuivant votre navigation", "tous droits r\xE9serv\xE9s"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["respons", "mission", "t\xE2che", "tache", "activit\xE9s", "quotidien", "attribution", "fonctions", "ce que vous ferez", "ce que tu feras"],
    requirements: ["profil", "requis", "exig", "qualif", "pr\xE9requis", "comp\xE9tences requises", "formation", "exp\xE9rience", "vous \xEAtes", "tu es", "recherch", "attendu", "savoir"],
    "nice-to-have": ["plus", "atout", "bonus", "id\xE9al", "souhait", "appr\xE9ci\xE9", "appr\xE9ci"],
    benefits: ["avantag", "offr", "propos", "pourquoi nous rejoindre", "pour vous", "pour toi", "b\xE9n\xE9fic"],
    compensation: ["r\xE9mun\xE9ration", "salaire"],
    "interview-process": ["recrut", "processus", "process", "\xE9tapes", "entretien", "d\xE9roulement", "s\xE9lection"],
    skills: ["comp\xE9tences", "outils", "technique", "technolog", "stack", "environnement"],
    teams: ["\xE9quipes"],
    "about-company": ["qui sommes", "l'entreprise", "entreprise", "soci\xE9t\xE9", "\xE0 propos"],
    "about-role": ["le poste", "description", "descriptif", "contexte", "pr\xE9sentation du poste"],
    diversity: ["diversit\xE9", "inclusion", "handicap", "\xE9galit\xE9"],
    "how-to-apply": ["postuler", "candidat", "contact"]
  },
  itemStems: {
    responsibilities: ["-er", "-ir", "-re", "vous serez", "tu seras", "participer", "assurer", "g\xE9rer", "piloter", "accompagner", "r\xE9aliser", "contribuer"],
    requirements: ["ans", "ann\xE9es", "exp\xE9rience", "dipl\xF4me", "bac", "master", "formation", "connaissance", "ma\xEEtrise", "maitrise", "vous avez", "vous \xEAtes", "tu as", "tu es", "capacit\xE9", "aisance", "rigueur", "autonom", "permis", "niveau", "bonne", "excellente", "sens de"],
    "nice-to-have": ["un plus", "serait un plus", "atout", "appr\xE9ci\xE9", "appr\xE9ci\xE9e", "souhait\xE9", "souhait\xE9e", "id\xE9alement", "bonus"],
    benefits: ["mutuelle", "cong\xE9s", "conges", "rtt", "tickets restaurant", "ticket restaurant", "titres restaurant", "t\xE9l\xE9travail", "teletravail", "prime", "int\xE9ressement", "participation", "pr\xE9voyance", "remboursement", "transport", "salaire", "r\xE9mun\xE9ration", "formation continue", "comit\xE9", "carte", "ch\xE8ques", "cheques", "horaires flexibles", "jours de"],
    "interview-process": ["entretien", "appel", "\xE9tape", "cas pratique", "minutes"]
  },
  labels: {
    title: ["intitul\xE9 du poste", "intitul\xE9", "poste", "titre", "titre du poste"],
    company: ["entreprise", "soci\xE9t\xE9", "employeur"],
    location: ["lieu", "localisation", "lieu de travail", "ville", "adresse"],
    salary: ["salaire", "r\xE9mun\xE9ration", "salaire brut", "r\xE9mun\xE9ration annuelle"],
    employmentType: ["type de contrat", "contrat", "type d'emploi", "temps de travail"],
    workplaceType: ["t\xE9l\xE9travail", "mode de travail"],
    category: ["secteur", "cat\xE9gorie", "domaine", "secteur d'activit\xE9", "m\xE9tier"],
    experience: ["exp\xE9rience", "exp\xE9rience requise", "niveau d'exp\xE9rience"],
    education: ["\xE9ducation", "formation", "niveau d'\xE9tudes", "dipl\xF4me", "niveau de dipl\xF4me"],
    postedAt: ["publi\xE9e le", "publi\xE9 le", "date de publication", "mise en ligne"],
    validThrough: ["date limite", "date limite de candidature", "cl\xF4ture"],
    startDate: ["d\xE9but", "date de d\xE9but", "prise de poste", "date de prise de poste"],
    seniority: ["niveau", "s\xE9niorit\xE9"]
  }
};

// src/lexicon/it.ts
var it = {
  headings: {
    "about-company": ["chi siamo", "l'azienda", "azienda", "chi cerchiamo e chi siamo", "la nostra azienda", "su di noi"],
    "about-role": ["descrizione", "descrizione del ruolo", "il ruolo", "la posizione", "descrizione della posizione", "ruolo", "posizione", "la tua missione"],
    responsibilities: ["responsabilit\xE0", "mansioni", "le tue responsabilit\xE0", "attivit\xE0", "principali attivit\xE0", "cosa farai", "compiti", "le tue attivit\xE0", "principali responsabilit\xE0", "di cosa ti occuperai"],
    requirements: ["requisiti", "requisiti richiesti", "profilo", "il tuo profilo", "profilo ricercato", "chi cerchiamo", "cosa cerchiamo", "competenze richieste", "qualifiche", "competenze"],
    "nice-to-have": ["costituisce titolo preferenziale", "titoli preferenziali", "sar\xE0 considerato un plus", "\xE8 un plus", "gradito", "graditi", "preferibile", "nice to have", "plus"],
    benefits: ["cosa offriamo", "offriamo", "benefit", "vantaggi", "perch\xE9 unirti a noi", "cosa ti offriamo", "ti offriamo"],
    compensation: ["retribuzione", "stipendio", "ral", "compenso"],
    "interview-process": ["processo di selezione", "iter di selezione", "processo di assunzione"],
    skills: ["competenze tecniche", "tecnologie", "strumenti"],
    diversity: ["diversit\xE0", "inclusione", "pari opportunit\xE0"],
    "how-to-apply": ["come candidarsi", "candidatura", "candidati"]
  },
  chromeHeadings: { "similar-jobs": ["offerte simili", "lavori simili", "altre offerte"], share: ["segnala offerta", "salva offerta", "segnala annuncio", "condividi"] },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["segnala annuncio", "segnala offerta", "segnala questo annuncio", "salva offerta", "salva annuncio", "informativa privacy", "informativa sulla privacy", "cookie policy"],
    "similar-jobs": ["offerte simili", "annunci simili"],
    navigation: ["candidati ora", "candidati", "condividi", "salva", "indietro", "mostra di pi\xF9"]
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: ["utilizziamo i cookie", "utilizziamo cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie", "tutti i diritti riservati"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["responsabilit", "mansion", "attivit\xE0", "compiti", "cosa farai", "ti occuperai", "ruolo"],
    requirements: ["requisit", "profilo", "qualific", "richiest", "cosa cerchiamo", "chi cerchiamo", "esperienza", "formazione"],
    "nice-to-have": ["preferenz", "gradit", "plus", "preferibil", "costituisce"],
    benefits: ["offriamo", "benefit", "vantaggi", "perch\xE9 unirti", "welfare"],
    compensation: ["retribuzione", "stipendio", "compenso"],
    "interview-process": ["selezione", "processo", "colloqui", "iter", "fasi"],
    skills: ["competenze tecniche", "tecnologie", "strumenti", "stack"],
    teams: ["i team"],
    "about-company": ["chi siamo", "azienda"],
    "about-role": ["descrizione", "il ruolo", "la posizione"],
    diversity: ["diversit\xE0", "inclusione", "pari opportunit\xE0"],
    "how-to-apply": ["candidatura", "candidarsi", "candidati"]
  },
  itemStems: {
    responsibilities: ["-are", "-ere", "-ire", "gestione", "supporto", "sviluppo di", "analisi", "coordinamento"],
    requirements: ["anni", "esperienza", "laurea", "diploma", "conoscenza", "padronanza", "capacit\xE0", "ottima", "buona", "competenze", "inglese", "richiesto", "richiesta"],
    "nice-to-have": ["gradito", "gradita", "graditi", "preferibil", "titolo preferenziale", "un plus", "costituisce"],
    benefits: ["buoni pasto", "ticket", "ferie", "welfare", "assicurazione", "smart working", "assistenza sanitaria", "bonus", "premio", "formazione continua", "retribuzione", "ral", "auto aziendale"],
    "interview-process": ["colloquio", "chiamata", "prova", "fase", "minuti"]
  },
  labels: {
    title: ["posizione", "ruolo", "titolo"],
    company: ["azienda", "societ\xE0"],
    location: ["sede", "luogo di lavoro", "localit\xE0", "sede di lavoro", "citt\xE0"],
    salary: ["retribuzione", "stipendio", "ral", "compenso", "retribuzione annua lorda"],
    employmentType: ["tipo di contratto", "contratto", "orario", "tipologia contrattuale", "orario di lavoro"],
    workplaceType: ["modalit\xE0 di lavoro", "modalit\xE0"],
    category: ["settore", "categoria", "area"],
    experience: ["esperienza", "anni di esperienza"],
    education: ["titolo di studio", "istruzione", "formazione"],
    postedAt: ["pubblicato", "pubblicato il", "data di pubblicazione"],
    validThrough: ["scadenza", "data di scadenza"]
  }
};

// src/lexicon/ko.ts
var ko = {
  headings: {
    "about-company": ["\uD68C\uC0AC \uC18C\uAC1C", "\uD68C\uC0AC\uC18C\uAC1C", "\uAE30\uC5C5 \uC18C\uAC1C", "\uAE30\uC5C5\uC18C\uAC1C", "\uD300 \uC18C\uAC1C", "\uD300\uC18C\uAC1C", "\uC6B0\uB9AC \uD300\uC744 \uC18C\uAC1C\uD569\uB2C8\uB2E4", "\uC6B0\uB9AC\uB294 \uC774\uB7F0 \uD300\uC774\uC5D0\uC694"],
    "about-role": ["\uD3EC\uC9C0\uC158 \uAC1C\uC694", "\uD3EC\uC9C0\uC158 \uC18C\uAC1C", "\uC9C1\uBB34 \uC18C\uAC1C", "\uC9C1\uBB34 \uAC1C\uC694", "\uC9C1\uBB34 \uC124\uBA85", "\uC5C5\uBB34 \uC18C\uAC1C", "\uD3EC\uC9C0\uC158 \uC0C1\uC138", "\uD3EC\uC9C0\uC158 \uC548\uB0B4", "\uBAA8\uC9D1 \uBD84\uC57C", "\uBAA8\uC9D1 \uBD80\uBB38", "\uBAA8\uC9D1\uBD84\uC57C", "\uCC44\uC6A9 \uD3EC\uC9C0\uC158", "\uD3EC\uC9C0\uC158 \uBC0F \uC5C5\uBB34 \uC548\uB0B4", "\uD3EC\uC9C0\uC158 & \uC5C5\uBB34 \uC548\uB0B4", "\uCC44\uC6A9 \uBC30\uACBD", "\uCC44\uC6A9 \uBC30\uACBD \uBC0F \uBAA9\uC801"],
    overview: ["\uBAA8\uC9D1 \uC694\uAC15", "\uBAA8\uC9D1\uC694\uAC15", "\uCC44\uC6A9 \uC815\uBCF4", "\uCC44\uC6A9 \uAC1C\uC694", "\uADFC\uBB34 \uC870\uAC74", "\uADFC\uBB34\uC870\uAC74", "\uADFC\uBB34 \uD658\uACBD \uBC0F \uC870\uAC74"],
    responsibilities: ["\uC8FC\uC694 \uC5C5\uBB34", "\uC8FC\uC694\uC5C5\uBB34", "\uB2F4\uB2F9 \uC5C5\uBB34", "\uB2F4\uB2F9\uC5C5\uBB34", "\uC5C5\uBB34 \uB0B4\uC6A9", "\uC5C5\uBB34\uB0B4\uC6A9", "\uC8FC\uC694 \uC5ED\uD560", "\uC218\uD589 \uC5C5\uBB34", "\uC9C1\uBB34 \uB0B4\uC6A9", "\uB2F4\uB2F9\uD558\uC2E4 \uC5C5\uBB34", "\uC774\uB7F0 \uC77C\uC744 \uD574\uC694", "\uC774\uB7F0 \uC77C\uC744 \uD569\uB2C8\uB2E4", "\uD558\uB294 \uC77C", "\uC5C5\uBB34", "\uC8FC\uC694 \uC5C5\uBB34 \uB0B4\uC6A9", "\uD569\uB958\uD558\uBA74 \uD568\uAED8 \uD560 \uC5C5\uBB34"],
    requirements: ["\uC790\uACA9 \uC694\uAC74", "\uC790\uACA9\uC694\uAC74", "\uC9C0\uC6D0 \uC790\uACA9", "\uC9C0\uC6D0\uC790\uACA9", "\uC9C0\uC6D0 \uC694\uAC74", "\uD544\uC218 \uC694\uAC74", "\uD544\uC218 \uC790\uACA9", "\uC790\uACA9 \uC870\uAC74", "\uC694\uAD6C \uC5ED\uB7C9", "\uD544\uC694 \uC5ED\uB7C9", "\uC694\uAD6C \uACBD\uD5D8 \uBC0F \uC5ED\uB7C9", "\uC774\uB7F0 \uBD84\uC744 \uCC3E\uC2B5\uB2C8\uB2E4", "\uC774\uB7F0 \uBD84\uC744 \uCC3E\uC544\uC694", "\uC774\uB7F0 \uBD84\uACFC \uD568\uAED8\uD558\uACE0 \uC2F6\uC5B4\uC694", "\uD544\uC218 \uC0AC\uD56D", "\uD544\uC694 \uACBD\uD5D8", "\uC694\uAD6C \uC0AC\uD56D", "\uC694\uAD6C\uC0AC\uD56D", "\uD544\uC218 \uC5ED\uB7C9", "\uC9C0\uC6D0 \uC870\uAC74", "\uD544\uC218 \uC870\uAC74"],
    "nice-to-have": ["\uC6B0\uB300 \uC0AC\uD56D", "\uC6B0\uB300\uC0AC\uD56D", "\uC6B0\uB300 \uC870\uAC74", "\uC6B0\uB300 \uC694\uAC74", "\uC774\uB7F0 \uBD84\uC774\uBA74 \uB354 \uC88B\uC544\uC694", "\uC774\uB7F0 \uBD84\uC774\uBA74 \uB354 \uC88B\uC2B5\uB2C8\uB2E4", "\uC6B0\uB300 \uC5ED\uB7C9", "\uC774\uB7F0 \uACBD\uD5D8\uC774 \uC788\uB2E4\uBA74 \uB354 \uC88B\uC544\uC694"],
    benefits: ["\uBCF5\uC9C0 \uBC0F \uD61C\uD0DD", "\uD61C\uD0DD \uBC0F \uBCF5\uC9C0", "\uBCF5\uB9AC\uD6C4\uC0DD", "\uBCF5\uB9AC \uD6C4\uC0DD", "\uBCF5\uC9C0", "\uD61C\uD0DD", "\uBCF5\uC9C0 \uC81C\uB3C4", "\uC774\uB7F0 \uD61C\uD0DD\uC744 \uB4DC\uB824\uC694", "\uCC98\uC6B0 \uBC0F \uBCF5\uC9C0", "\uBCF5\uC9C0 \uD61C\uD0DD", "\uD568\uAED8\uD558\uBA74 \uB204\uB9B4 \uC218 \uC788\uB294 \uD61C\uD0DD"],
    compensation: ["\uAE09\uC5EC", "\uC5F0\uBD09", "\uBCF4\uC0C1", "\uAE09\uC5EC \uC870\uAC74", "\uCC98\uC6B0"],
    "interview-process": ["\uC804\uD615 \uC808\uCC28", "\uC804\uD615\uC808\uCC28", "\uCC44\uC6A9 \uC808\uCC28", "\uCC44\uC6A9\uC808\uCC28", "\uCC44\uC6A9 \uC804\uD615", "\uC804\uD615 \uC548\uB0B4", "\uCC44\uC6A9 \uD504\uB85C\uC138\uC2A4", "\uC804\uD615 \uACFC\uC815", "\uCC44\uC6A9 \uACFC\uC815", "\uD569\uB958 \uC5EC\uC815", "\uCC44\uC6A9 \uC804\uD615 \uC548\uB0B4", "\uCC44\uC6A9 \uB2E8\uACC4"],
    skills: ["\uAE30\uC220 \uC2A4\uD0DD", "\uAE30\uC220\uC2A4\uD0DD", "\uC0AC\uC6A9 \uAE30\uC220", "\uAC1C\uBC1C \uD658\uACBD", "\uAE30\uC220 \uD658\uACBD"],
    "how-to-apply": ["\uC9C0\uC6D0 \uBC29\uBC95", "\uC9C0\uC6D0 \uC548\uB0B4", "\uC811\uC218 \uBC29\uBC95", "\uC81C\uCD9C \uC11C\uB958", "\uC9C0\uC6D0 \uC11C\uB958", "\uC811\uC218 \uAE30\uAC04 \uBC0F \uBC29\uBC95", "\uC9C0\uC6D0 \uBC0F \uC720\uC758\uC0AC\uD56D", "\uC9C0\uC6D0\uD558\uB294 \uBC29\uBC95"]
  },
  // word beginnings (particles follow them) that name a kind in headings no phrase covers
  headingStems: {
    "about-company": ["\uC18C\uAC1C"],
    responsibilities: ["\uC5C5\uBB34", "\uB2F4\uB2F9", "\uC5ED\uD560"],
    requirements: ["\uC790\uACA9", "\uC694\uAC74", "\uD544\uC218", "\uC5ED\uB7C9"],
    "nice-to-have": ["\uC6B0\uB300"],
    benefits: ["\uBCF5\uC9C0", "\uD61C\uD0DD", "\uBCF5\uB9AC"],
    compensation: ["\uAE09\uC5EC", "\uC5F0\uBD09"],
    "interview-process": ["\uC804\uD615", "\uC808\uCC28"],
    "how-to-apply": ["\uC9C0\uC6D0 \uBC29\uBC95", "\uC811\uC218"]
  },
  chromeHeadings: {
    "similar-jobs": ["\uBE44\uC2B7\uD55C \uD3EC\uC9C0\uC158", "\uCD94\uCC9C \uD3EC\uC9C0\uC158", "\uB2E4\uB978 \uD3EC\uC9C0\uC158", "\uC774 \uD3EC\uC9C0\uC158\uACFC \uBE44\uC2B7\uD55C \uACF5\uACE0", "\uB2E4\uB978 \uCC44\uC6A9 \uACF5\uACE0", "\uCD94\uCC9C \uACF5\uACE0"],
    share: ["\uACF5\uC720\uD558\uAE30"]
  },
  chromeLines: {
    navigation: ["\uC9C0\uC6D0\uD558\uAE30", "\uC9C0\uC6D0 \uD558\uAE30", "\uC989\uC2DC \uC9C0\uC6D0", "\uC785\uC0AC\uC9C0\uC6D0", "\uACF5\uC720\uD558\uAE30", "\uC800\uC7A5", "\uC2A4\uD06C\uB7A9", "\uBAA9\uB85D", "\uBAA9\uB85D\uC73C\uB85C", "\uB85C\uADF8\uC778", "\uD68C\uC6D0\uAC00\uC785", "\uB354\uBCF4\uAE30", "\uCC44\uC6A9 \uACF5\uACE0 \uBAA9\uB85D", "\uC804\uCCB4 \uACF5\uACE0 \uBCF4\uAE30"]
  },
  labels: {
    title: ["\uD3EC\uC9C0\uC158", "\uC9C1\uBB34", "\uCC44\uC6A9 \uC9C1\uBB34", "\uBAA8\uC9D1 \uC9C1\uBB34", "\uACF5\uACE0\uBA85"],
    company: ["\uD68C\uC0AC\uBA85", "\uAE30\uC5C5\uBA85", "\uD68C\uC0AC"],
    location: ["\uADFC\uBB34\uC9C0", "\uADFC\uBB34 \uC9C0\uC5ED", "\uADFC\uBB34\uC9C0\uC5ED", "\uADFC\uBB34 \uC7A5\uC18C", "\uADFC\uBB34\uC7A5\uC18C", "\uADFC\uBB34 \uC704\uCE58", "\uC704\uCE58", "\uBCF8\uC0AC \uC704\uCE58"],
    salary: ["\uAE09\uC5EC", "\uC5F0\uBD09", "\uBCF4\uC218", "\uAE09\uC5EC \uC870\uAC74"],
    employmentType: ["\uACE0\uC6A9\uD615\uD0DC", "\uACE0\uC6A9 \uD615\uD0DC", "\uADFC\uBB34 \uD615\uD0DC", "\uADFC\uBB34\uD615\uD0DC", "\uCC44\uC6A9 \uD615\uD0DC", "\uACC4\uC57D \uD615\uD0DC", "\uADFC\uBB34 \uC2DC\uAC04", "\uADFC\uBB34\uC2DC\uAC04"],
    category: ["\uC9C1\uAD70", "\uBD84\uC57C", "\uC0B0\uC5C5"],
    department: ["\uBD80\uC11C", "\uC18C\uC18D"],
    experience: ["\uACBD\uB825", "\uACBD\uB825 \uC0AC\uD56D", "\uACBD\uB825 \uC694\uAC74"],
    education: ["\uD559\uB825"],
    seniority: ["\uC9C1\uAE09", "\uC9C1\uCC45"],
    postedAt: ["\uB4F1\uB85D\uC77C", "\uAC8C\uC2DC\uC77C"],
    validThrough: ["\uB9C8\uAC10\uC77C", "\uC811\uC218 \uB9C8\uAC10", "\uB9C8\uAC10", "\uC811\uC218 \uAE30\uAC04", "\uC811\uC218\uAE30\uAC04"],
    startDate: ["\uC785\uC0AC\uC77C", "\uC785\uC0AC \uC608\uC815\uC77C", "\uADFC\uBB34 \uC2DC\uC791\uC77C"]
  }
};

// src/lexicon/nb.ts
var nb = {
  headings: {
    "about-company": ["om oss", "om virksomheten", "om firmaet", "om selskapet", "hvem er vi", "om arbeidsgiveren", "arbeidsplassen", "om arbeidsplassen", "om teamet", "teamet", "om avdelingen", "selskapet", "vi er"],
    "about-role": ["om stillingen", "stillingen", "om jobben", "jobben", "stillingsbeskrivelse", "om rollen", "rollen", "din rolle", "beskrivelse"],
    overview: ["kort om stillingen", "n\xF8kkelinformasjon", "fakta"],
    responsibilities: ["arbeidsoppgaver", "dine arbeidsoppgaver", "dine oppgaver", "oppgaver", "ansvarsomr\xE5der", "dine ansvarsomr\xE5der", "ansvar og arbeidsoppgaver", "arbeidsoppgaver og ansvar", "hva skal du gj\xF8re", "hva du skal gj\xF8re", "din hverdag", "en vanlig dag", "sentrale arbeidsoppgaver", "hovedoppgaver", "ditt ansvar"],
    requirements: ["kvalifikasjoner", "dine kvalifikasjoner", "krav", "vi s\xF8ker", "hvem er du", "hvem s\xF8ker vi", "din profil", "profil", "om deg", "vi ser etter", "du har", "kompetanse", "din kompetanse", "\xF8nsket kompetanse", "kvalifikasjonskrav", "personlige egenskaper", "vi forventer", "hva vi ser etter"],
    "nice-to-have": ["det er en fordel", "fordel", "fordeler", "\xF8nskelig", "\xF8nskelige kvalifikasjoner", "det er \xF8nskelig", "det er et pluss", "pluss"],
    benefits: ["vi tilbyr", "hva vi tilbyr", "hva tilbyr vi", "vi kan tilby", "dette tilbyr vi", "hos oss f\xE5r du", "hva f\xE5r du", "goder", "velferdsordninger", "betingelser", "l\xF8nn og betingelser", "ansettelsesvilk\xE5r", "vilk\xE5r"],
    compensation: ["l\xF8nn", "l\xF8nnsbetingelser", "l\xF8nn og vilk\xE5r"],
    "interview-process": ["rekrutteringsprosess", "rekrutteringsprosessen", "ansettelsesprosess", "ansettelsesprosessen", "prosessen", "intervjuer"],
    skills: ["teknologier", "verkt\xF8y", "tech stack", "ferdigheter", "teknisk milj\xF8"],
    diversity: ["mangfold", "inkludering", "mangfold og inkludering", "like muligheter"],
    "how-to-apply": ["s\xF8knad", "s\xF8k", "s\xF8k p\xE5 stillingen", "slik s\xF8ker du", "s\xF8knad og kontakt", "kontakt", "kontaktinformasjon", "mer informasjon", "sp\xF8rsm\xE5l", "interessert", "er du interessert", "h\xF8res dette interessant ut", "send s\xF8knad"]
  },
  // word beginnings that name a kind in headings no phrase covers ("Arbeidsoppgaver for stillingen")
  headingStems: {
    responsibilities: ["arbeidsoppgave", "oppgave", "ansvarsomr\xE5d", "hovedoppgave", "hverdag"],
    requirements: ["kvalifikasjon", "krav", "profil", "kompetanse", "om deg", "hvem er du", "egenskap"],
    "nice-to-have": ["fordel", "\xF8nskelig", "pluss"],
    benefits: ["tilbyr", "goder", "betingelse", "vilk\xE5r", "velferd"],
    compensation: ["l\xF8nn"],
    "interview-process": ["rekruttering", "ansettelsesprosess", "intervju"],
    "about-company": ["om oss", "om virksomhet", "om selskap", "om firma", "arbeidsplass"],
    "how-to-apply": ["s\xF8knad", "kontakt"],
    diversity: ["mangfold", "inkludering"]
  },
  // words that open or fill a list item and say its kind ("Erfaring fra sykehus", "Gode pensjonsordninger")
  itemStems: {
    responsibilities: ["ansvar for", "ansvarlig for", "utvikle", "vedlikehold", "koordinere", "planlegge", "h\xE5ndtere", "sikre", "delta i", "samarbeid med"],
    requirements: ["erfaring", "utdanning", "kjennskap til", "kunnskap om", "du har", "du er", "\xE5rs erfaring", "flytende", "f\xF8rerkort", "autorisasjon"],
    "nice-to-have": ["er en fordel", "en fordel", "er \xF8nskelig", "\xF8nskelig", "et pluss"],
    benefits: ["pensjon", "pensjonsordning", "forsikring", "ferie", "fleksitid", "fleksibel arbeidstid", "velferd", "kantine", "kompetanseutvikling"]
  },
  chromeHeadings: {
    "similar-jobs": ["lignende stillinger", "lignende jobber", "andre stillinger", "se ogs\xE5", "flere stillinger"],
    share: ["del annonsen", "del stillingen"]
  },
  chromeLines: {
    navigation: ["s\xF8k her", "s\xF8k n\xE5", "s\xF8k p\xE5 jobben", "lagre", "lagre annonse", "tilbake", "tilbake til s\xF8keresultat", "logg inn", "opprett profil", "vis mer", "vis mindre", "les mer", "alle stillinger", "se alle stillinger", "rapporter annonse"]
  },
  labels: {
    title: ["stillingstittel", "stilling", "tittel", "jobbtittel"],
    company: ["arbeidsgiver", "firma", "virksomhet", "selskap", "bedrift"],
    location: ["arbeidssted", "sted", "adresse", "lokasjon", "kommune", "kontorsted"],
    region: ["fylke", "region"],
    salary: ["l\xF8nn", "l\xF8nnsniv\xE5", "timel\xF8nn", "m\xE5nedsl\xF8nn", "\xE5rsl\xF8nn", "l\xF8nnstrinn"],
    employmentType: ["ansettelsesform", "stillingstype", "heltid/deltid", "omfang", "stillingsprosent", "arbeidstid", "varighet", "type ansettelse"],
    workplaceType: ["hjemmekontor", "arbeidsform"],
    category: ["kategori", "bransje", "sektor", "yrkesomr\xE5de", "fagomr\xE5de"],
    department: ["avdeling"],
    experience: ["erfaring", "krav til erfaring"],
    education: ["utdanning", "utdanningsniv\xE5", "krav til utdanning"],
    postedAt: ["publisert", "publiseringsdato", "sist endret", "lagt ut"],
    validThrough: ["s\xF8knadsfrist", "frist", "s\xF8k innen", "s\xF8knadsfristen"],
    startDate: ["tiltredelse", "oppstart", "startdato", "start"]
  }
};

// src/lexicon/nl.ts
var nl = {
  headings: {
    "about-company": ["over ons", "wie zijn wij", "wie zijn we", "over het bedrijf", "het bedrijf", "de organisatie", "over de organisatie", "organisatie", "bedrijfsprofiel", "onze organisatie", "wij zijn", "dit zijn wij", "ons bedrijf", "over de werkgever", "de werkgever", "waar ga je werken", "waar kom je te werken", "over de opdrachtgever", "de opdrachtgever", "onze opdrachtgever", "het team", "ons team", "jouw team", "over het team"],
    "about-role": ["functieomschrijving", "de functie", "functie", "over de functie", "over de rol", "de rol", "jouw rol", "vacature", "vacatureomschrijving", "de vacature", "omschrijving", "wat houdt de functie in", "de baan", "over de baan", "jouw uitdaging", "de uitdaging", "functiebeschrijving", "over de vacature", "vacaturetekst"],
    overview: ["in het kort", "vacature in het kort", "kerngegevens", "functiegegevens", "vacaturedetails", "vacaturegegevens"],
    responsibilities: ["wat ga je doen", "wat ga jij doen", "taken", "jouw taken", "werkzaamheden", "jouw werkzaamheden", "de werkzaamheden", "taken en verantwoordelijkheden", "verantwoordelijkheden", "jouw verantwoordelijkheden", "wat je gaat doen", "dit ga je doen", "wat jij gaat doen", "wat doe je", "wat ga je precies doen", "jouw werkdag", "een dag als", "jouw dag", "jouw functie", "jouw takenpakket", "takenpakket", "hoe ziet jouw dag eruit", "jouw rol en verantwoordelijkheden", "wat ga je zoal doen", "je taken", "je werkzaamheden"],
    requirements: ["functie-eisen", "functieeisen", "functie eisen", "wat vragen wij", "wat vragen we", "wat wij vragen", "wat we vragen", "wie ben jij", "wie ben je", "wie zoeken wij", "wie zoeken we", "wat breng je mee", "wat breng jij mee", "wat neem je mee", "wat neem jij mee", "wat jij meebrengt", "dit breng je mee", "dit neem je mee", "profiel", "jouw profiel", "functieprofiel", "gevraagd", "vereisten", "eisen", "jouw kwalificaties", "kwalificaties", "wat heb je nodig", "wat verwachten wij", "wat verwachten we", "wat wij verwachten", "wij vragen", "we vragen", "wij zoeken", "we zoeken", "herken jij jezelf hierin", "ben jij", "dit vragen wij", "dit ben jij", "jij hebt", "wat vragen wij van jou", "wat vragen we van jou", "wat heb jij in huis", "wat zoeken wij", "wat zoeken we", "gevraagd profiel", "jouw achtergrond", "jouw ervaring", "wat moet je kunnen", "dit heb je nodig"],
    "nice-to-have": ["pr\xE9", "pluspunten", "een pr\xE9", "is een pr\xE9", "mooi meegenomen", "pluspunt", "bonuspunten", "wenselijk", "gewenst", "strekt tot aanbeveling", "extra pluspunten", "pr\xE9's"],
    benefits: ["wat bieden wij", "wat bieden we", "wij bieden", "we bieden", "wat wij bieden", "wat we bieden", "arbeidsvoorwaarden", "ons aanbod", "aanbod", "wat krijg je", "wat krijg je ervoor terug", "wat krijg je van ons", "wat krijg jij", "wat mag je verwachten", "wat mag je van ons verwachten", "wat kun je verwachten", "wat kun je van ons verwachten", "dit bieden wij", "dit bieden we", "secundaire arbeidsvoorwaarden", "voordelen", "wat hebben wij te bieden", "wat staat er tegenover", "wat levert het je op", "waarom wij", "waarom werken bij", "dit krijg je", "extra's", "wat wij jou bieden", "wat bieden wij jou", "onze arbeidsvoorwaarden", "wat krijg je ervoor"],
    compensation: ["salaris", "beloning", "salarisindicatie", "salaris en arbeidsvoorwaarden"],
    "interview-process": ["sollicitatieprocedure", "procedure", "selectieprocedure", "sollicitatieproces", "het proces", "hoe ziet het proces eruit", "de procedure", "wervingsprocedure", "selectieproces", "het sollicitatieproces", "hoe verloopt de procedure"],
    skills: ["vaardigheden", "technologie\xEBn", "tech stack", "tools en technologie\xEBn", "competenties"],
    diversity: ["diversiteit", "inclusie", "diversiteit en inclusie", "gelijke kansen"],
    "how-to-apply": ["solliciteren", "hoe solliciteer je", "interesse", "ge\xEFnteresseerd", "contact", "meer informatie", "vragen", "enthousiast", "ben je enthousiast", "ben jij enthousiast", "ben jij enthousiast geworden", "ben je ge\xEFnteresseerd", "reageren", "hoe te solliciteren", "contactinformatie", "heb je vragen"]
  },
  // word beginnings that name a kind in headings no phrase covers ("Takenpakket van de monteur")
  headingStems: {
    responsibilities: ["taken", "takenpakket", "werkzaamhed", "verantwoordelijkhed", "wat ga je doen"],
    requirements: ["functie-eis", "functie eis", "functieprofiel", "profiel", "vereist", "eisen", "kwalificati", "wie ben", "wat vragen", "breng je mee", "neem je mee"],
    "nice-to-have": ["pr\xE9", "pluspunt", "wenselijk", "meegenomen"],
    benefits: ["arbeidsvoorwaard", "bieden", "aanbod", "voordel"],
    compensation: ["salaris", "beloning"],
    "interview-process": ["sollicitatieprocedure", "procedure", "selectie"],
    "about-company": ["over ons", "wie zijn", "organisatie", "opdrachtgever"],
    diversity: ["diversiteit", "inclusie"]
  },
  chromeHeadings: {
    "similar-jobs": ["vergelijkbare vacatures", "soortgelijke vacatures", "andere vacatures", "meer vacatures", "bekijk ook", "gerelateerde vacatures", "vacatures die je misschien interessant vindt"],
    share: ["vacature melden", "meld deze vacature", "delen", "deel deze vacature", "vacature delen"],
    faq: ["veelgestelde vragen", "veel gestelde vragen"],
    "apply-form": ["sollicitatieformulier"]
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["vacature melden", "meld deze vacature", "misbruik melden", "privacyverklaring", "privacybeleid", "cookiebeleid", "cookie-instellingen"],
    "similar-jobs": ["vergelijkbare vacatures", "soortgelijke vacatures"],
    navigation: ["solliciteer", "solliciteer nu", "solliciteer direct", "direct solliciteren", "nu solliciteren", "opslaan", "vacature opslaan", "bewaren", "terug", "terug naar overzicht", "terug naar vacatures", "terug naar zoekresultaten", "inloggen", "registreren", "meer weergeven", "minder weergeven", "toon meer", "lees meer", "alle vacatures", "bekijk alle vacatures", "naar de inhoud", "ga naar de inhoud", "vacature melden"]
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: ["wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "deze site gebruikt cookies", "alle rechten voorbehouden"],
  labels: {
    title: ["functietitel", "functie", "vacaturetitel", "functienaam"],
    company: ["bedrijf", "werkgever", "organisatie", "bedrijfsnaam", "opdrachtgever"],
    location: ["standplaats", "locatie", "werklocatie", "plaats", "adres", "vestiging", "plaats van tewerkstelling"],
    region: ["regio", "provincie"],
    salary: ["salaris", "salarisindicatie", "beloning", "bruto maandsalaris", "maandsalaris", "uurloon", "salarisschaal", "schaal", "salaris indicatie"],
    employmentType: ["dienstverband", "soort dienstverband", "type dienstverband", "contract", "contractvorm", "soort contract", "type contract", "uren", "aantal uren", "uren per week", "werkuren", "arbeidsduur", "contracttype"],
    workplaceType: ["thuiswerken", "werkmodel", "werkvorm"],
    category: ["vakgebied", "branche", "categorie", "functiegebied", "sector", "beroepsgroep"],
    department: ["afdeling"],
    experience: ["ervaring", "werkervaring", "vereiste ervaring", "jaren ervaring"],
    education: ["opleiding", "opleidingsniveau", "vereiste opleiding", "niveau opleiding"],
    seniority: ["carri\xE8reniveau", "werkniveau", "functieniveau"],
    postedAt: ["geplaatst", "geplaatst op", "publicatiedatum", "datum geplaatst", "gepubliceerd", "gepubliceerd op"],
    validThrough: ["sluitingsdatum", "reageren voor", "solliciteren tot", "reageren tot", "sollicitatietermijn"],
    startDate: ["startdatum", "ingangsdatum", "begindatum", "start"]
  }
};

// src/lexicon/pl.ts
var pl = {
  headings: {
    "about-company": ["o nas", "o firmie", "kim jeste\u015Bmy", "o pracodawcy", "poznaj nas", "nasza firma", "o sp\xF3\u0142ce", "o organizacji", "o firmie i zespole", "kilka s\u0142\xF3w o nas", "o zespole", "nasz zesp\xF3\u0142", "poznaj nasz zesp\xF3\u0142"],
    "about-role": ["opis stanowiska", "opis stanowiska podany przez pracodawc\u0119", "o stanowisku", "o projekcie", "informacje o projekcie", "opis oferty", "opis pracy", "twoja rola", "twoja misja", "projekt", "o roli", "opis", "opis projektu", "szczeg\xF3\u0142y stanowiska", "czego dotyczy praca", "oferta pracy"],
    overview: ["szczeg\xF3\u0142y oferty", "informacje o ofercie", "podstawowe informacje", "najwa\u017Cniejsze informacje", "w skr\xF3cie", "oferta w skr\xF3cie"],
    responsibilities: ["tw\xF3j zakres obowi\u0105zk\xF3w", "zakres obowi\u0105zk\xF3w", "obowi\u0105zki", "twoje obowi\u0105zki", "twoje zadania", "zadania", "zakres zada\u0144", "do twoich obowi\u0105zk\xF3w b\u0119dzie nale\u017Ca\u0142o", "do twoich obowi\u0105zk\xF3w nale\u017Cy", "do twoich zada\u0144 b\u0119dzie nale\u017Ca\u0142o", "do twoich zada\u0144 nale\u017Cy", "czym b\u0119dziesz si\u0119 zajmowa\u0107", "czym b\u0119dziesz si\u0119 zajmowa\u0142", "czym b\u0119dziesz si\u0119 zajmowa\u0142a", "czym b\u0119dziesz si\u0119 zajmowa\u0142 a", "co b\u0119dziesz robi\u0107", "co b\u0119dziesz robi\u0142", "twoje codzienne zadania", "g\u0142\xF3wne zadania", "g\u0142\xF3wne obowi\u0105zki", "na czym polega praca", "opis obowi\u0105zk\xF3w", "zadania na stanowisku", "twoim zadaniem b\u0119dzie", "twoje g\u0142\xF3wne zadania", "zakres odpowiedzialno\u015Bci", "tw\xF3j zakres zada\u0144", "obowi\u0105zki na stanowisku", "zakres obowi\u0105zk\xF3w na stanowisku", "twoja codzienno\u015B\u0107", "tw\xF3j dzie\u0144 w pracy"],
    requirements: ["nasze wymagania", "wymagania", "oczekujemy", "czego oczekujemy", "czego oczekujemy od ciebie", "czego od ciebie oczekujemy", "nasze oczekiwania", "oczekiwania", "kogo szukamy", "kogo poszukujemy", "tw\xF3j profil", "profil kandydata", "wymagania stawiane pracownikowi", "wymagania wobec kandydata", "wymagania wobec kandydat\xF3w", "wymagane kwalifikacje", "kwalifikacje", "wymagane umiej\u0119tno\u015Bci", "czego wymagamy", "od kandydat\xF3w oczekujemy", "wymagania konieczne", "wymagania obowi\u0105zkowe", "wymagane", "co powiniene\u015B umie\u0107", "czego potrzebujemy", "czego szukamy", "szukamy osoby kt\xF3ra", "szukamy ciebie je\u015Bli", "to stanowisko jest dla ciebie je\u015Bli", "jeste\u015B osob\u0105 dla nas je\u015Bli", "wymagania i kwalifikacje", "twoje kompetencje", "twoje do\u015Bwiadczenie", "kogo szukamy?"],
    "nice-to-have": ["mile widziane", "co jest mile widziane", "dodatkowym atutem b\u0119dzie", "dodatkowym atutem b\u0119d\u0105", "dodatkowe atuty", "atutem b\u0119dzie", "atuty", "mile widziane umiej\u0119tno\u015Bci", "wymagania mile widziane", "dodatkowo mile widziane", "b\u0119dzie plusem", "dodatkowy plus", "plusem b\u0119dzie", "mile widziana", "mile widziany", "nice to have"],
    benefits: ["to oferujemy", "oferujemy", "co oferujemy", "nasza oferta", "oferta", "benefity", "co zyskujesz", "co mo\u017Cemy ci zaoferowa\u0107", "co mo\u017Cemy zaoferowa\u0107", "w zamian oferujemy", "w zamian za twoje zaanga\u017Cowanie oferujemy", "dlaczego warto", "dlaczego warto do nas do\u0142\u0105czy\u0107", "dlaczego warto z nami pracowa\u0107", "dlaczego warto u nas pracowa\u0107", "co dla ciebie mamy", "pakiet benefit\xF3w", "\u015Bwiadczenia", "benefity i udogodnienia", "korzy\u015Bci", "zapewniamy", "co otrzymasz", "co zyskasz", "oferujemy ci", "proponujemy", "czego mo\u017Cesz si\u0119 spodziewa\u0107", "co dostaniesz"],
    compensation: ["wynagrodzenie", "wide\u0142ki", "wide\u0142ki wynagrodzenia", "wide\u0142ki p\u0142acowe", "stawka"],
    "interview-process": ["etapy rekrutacji", "proces rekrutacji", "przebieg rekrutacji", "jak wygl\u0105da rekrutacja", "jak wygl\u0105da proces rekrutacji", "rekrutacja", "proces rekrutacyjny", "etapy procesu rekrutacyjnego", "kolejne kroki", "jak rekrutujemy"],
    skills: ["technologie", "stos technologiczny", "wykorzystywane technologie", "technologie wykorzystywane w projektach", "technologie kt\xF3rych u\u017Cywamy", "technologie w projekcie", "umiej\u0119tno\u015Bci", "narz\u0119dzia", "tech stack", "stack technologiczny"],
    diversity: ["r\xF3\u017Cnorodno\u015B\u0107", "r\xF3wne szanse", "r\xF3\u017Cnorodno\u015B\u0107 i inkluzywno\u015B\u0107", "r\xF3\u017Cnorodno\u015B\u0107 i w\u0142\u0105czenie", "r\xF3wne traktowanie"],
    "how-to-apply": ["jak aplikowa\u0107", "jak zaaplikowa\u0107", "kontakt", "zainteresowany", "zainteresowana", "zg\u0142oszenia", "do\u0142\u0105cz do nas", "jeste\u015B zainteresowany", "zainteresowa\u0142a ci\u0119 ta oferta", "aplikacje"]
  },
  // word beginnings that name a kind in headings no phrase covers ("Obowiązki na stanowisku kierowcy")
  headingStems: {
    responsibilities: ["obowi\u0105z", "zadani", "zada\u0144", "czym b\u0119dziesz", "odpowiedzialno\u015B"],
    requirements: ["wymaga", "wym\xF3g", "oczekuj", "oczekiwa", "kwalifikac", "kogo szuka", "kogo poszuk"],
    "nice-to-have": ["mile widzian", "atut"],
    benefits: ["ofer", "benefit", "zapewnia", "korzy\u015B", "\u015Bwiadcze", "dlaczego warto"],
    compensation: ["wynagrodz", "wide\u0142k"],
    "interview-process": ["rekrutac", "etap"],
    "about-company": ["o nas", "o firmie", "kim jeste\u015B"],
    skills: ["technolog", "umiej\u0119tno\u015B"]
  },
  chromeHeadings: {
    "similar-jobs": ["podobne oferty", "podobne oferty pracy", "zobacz podobne oferty", "inne oferty", "inne oferty pracodawcy", "polecane oferty", "oferty pracy podobne do tej"],
    share: ["zg\u0142o\u015B ofert\u0119", "zapisz ofert\u0119", "zg\u0142o\u015B nadu\u017Cycie", "udost\u0119pnij", "udost\u0119pnij ofert\u0119", "podziel si\u0119 ofert\u0105"],
    faq: ["najcz\u0119\u015Bciej zadawane pytania", "cz\u0119sto zadawane pytania"],
    "apply-form": ["formularz aplikacyjny", "formularz zg\u0142oszeniowy"]
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["zg\u0142o\u015B nadu\u017Cycie", "zg\u0142o\u015B ofert\u0119", "zg\u0142o\u015B naruszenie", "polityka prywatno\u015Bci", "regulamin", "polityka cookies"],
    "similar-jobs": ["podobne oferty", "podobne oferty pracy"],
    navigation: ["aplikuj", "aplikuj teraz", "aplikuj szybko", "aplikuj na t\u0105 ofert\u0119 pracy", "aplikuj na t\u0119 ofert\u0119 pracy", "aplikuj na t\u0119 ofert\u0119", "aplikuj bezpo\u015Brednio", "zapisz", "zapisz ofert\u0119", "zapisana", "udost\u0119pnij", "wr\xF3\u0107", "wr\xF3\u0107 do listy ofert", "poka\u017C wi\u0119cej", "poka\u017C mniej", "zaloguj si\u0119", "zarejestruj si\u0119", "zobacz wszystkie oferty", "wszystkie oferty", "zg\u0142o\u015B ofert\u0119", "zg\u0142o\u015B nadu\u017Cycie", "przejd\u017A do tre\u015Bci", "strona g\u0142\xF3wna"]
  },
  chromePrefixes: [
    // facts helper: cookie notices, copyright lines, board counters
    "korzystamy z plik\xF3w cookies",
    "korzystamy z plik\xF3w cookie",
    "ta strona u\u017Cywa plik\xF3w cookies",
    "ta strona korzysta z plik\xF3w cookies",
    "strona u\u017Cywa plik\xF3w cookies",
    "serwis wykorzystuje pliki cookies",
    "zobacz wszystkie oferty pracy",
    "wszelkie prawa zastrze\u017Cone",
    "kliknij tutaj, aby skontaktowa\u0107 si\u0119",
    "kliknij tutaj, aby aplikowa\u0107",
    "aplikuj, aby pozna\u0107 szczeg\xF3\u0142y"
  ],
  labels: {
    title: ["stanowisko", "nazwa stanowiska", "tytu\u0142 stanowiska"],
    company: ["kto szuka", "pracodawca", "firma", "nazwa firmy", "nazwa pracodawcy"],
    location: ["lokalizacja", "miejsce pracy", "miasto", "adres", "miejsce wykonywania pracy", "adres miejsca pracy"],
    region: ["wojew\xF3dztwo", "region"],
    salary: ["wynagrodzenie", "wide\u0142ki", "stawka", "wynagrodzenie brutto", "wynagrodzenie netto", "wide\u0142ki wynagrodzenia", "stawka godzinowa", "p\u0142aca"],
    employmentType: ["rodzaj umowy", "typ umowy", "forma zatrudnienia", "wymiar etatu", "wymiar pracy", "rodzaj zatrudnienia", "etat", "umowa", "rodzaj pracy", "wymiar czasu pracy"],
    workplaceType: ["tryb pracy", "model pracy", "praca zdalna", "forma pracy"],
    category: ["bran\u017Ca", "kategoria", "obszar", "specjalizacja", "kategoria oferty"],
    department: ["dzia\u0142", "departament"],
    experience: ["do\u015Bwiadczenie", "wymagane do\u015Bwiadczenie", "sta\u017C pracy", "lata do\u015Bwiadczenia"],
    education: ["wykszta\u0142cenie", "wymagane wykszta\u0142cenie"],
    seniority: ["poziom stanowiska", "poziom", "stopie\u0144"],
    postedAt: ["data publikacji", "opublikowano", "dodano", "data dodania"],
    validThrough: ["wa\u017Cna do", "oferta wa\u017Cna do", "termin sk\u0142adania aplikacji", "aplikuj do", "termin nadsy\u0142ania zg\u0142osze\u0144", "wa\u017Cno\u015B\u0107 oferty"],
    startDate: ["data rozpocz\u0119cia", "rozpocz\u0119cie pracy", "pocz\u0105tek pracy", "data rozpocz\u0119cia pracy", "start pracy"]
  }
};

// src/lexicon/pt.ts
var pt = {
  headings: {
    "about-company": ["sobre n\xF3s", "quem somos", "a empresa", "sobre a empresa", "nossa empresa", "a nossa empresa", "quem somos n\xF3s", "conhece-nos"],
    "about-role": ["descri\xE7\xE3o da vaga", "sobre a vaga", "a vaga", "descri\xE7\xE3o", "o cargo", "sobre o cargo", "a fun\xE7\xE3o", "sua miss\xE3o", "a tua miss\xE3o", "descri\xE7\xE3o da fun\xE7\xE3o", "descri\xE7\xE3o da oferta", "o desafio", "a oportunidade", "oferta de emprego"],
    responsibilities: [
      "responsabilidades",
      "atividades",
      "suas responsabilidades",
      "principais atividades",
      "o que voc\xEA vai fazer",
      "o que voc\xEA far\xE1",
      "atribui\xE7\xF5es",
      "suas atividades",
      "responsabilidades e atribui\xE7\xF5es",
      "no dia a dia",
      // European Portuguese
      "fun\xE7\xF5es",
      "principais fun\xE7\xF5es",
      "as tuas fun\xE7\xF5es",
      "as suas fun\xE7\xF5es",
      "o que vais fazer",
      "o teu dia a dia",
      "tarefas",
      "principais tarefas",
      "principais responsabilidades",
      "as tuas responsabilidades",
      "actividades"
    ],
    requirements: [
      "requisitos",
      "requisitos e qualifica\xE7\xF5es",
      "qualifica\xE7\xF5es",
      "perfil",
      "seu perfil",
      "o que buscamos",
      "o que esperamos",
      "o que procuramos",
      "pr\xE9-requisitos",
      "compet\xEAncias",
      // European Portuguese
      "o teu perfil",
      "o seu perfil",
      "perfil procurado",
      "perfil pretendido",
      "requisitos m\xEDnimos",
      "o que precisas",
      "o que precisas de ter",
      "o que esperamos de ti",
      "procuramos",
      "requisitos obrigat\xF3rios"
    ],
    "nice-to-have": ["diferenciais", "ser\xE1 um diferencial", "desej\xE1vel", "desej\xE1veis", "requisitos desej\xE1veis", "\xE9 um plus", "valorizamos", "ser\xE1 valorizado", "ser\xE1 valorizada", "\xE9 valorizado", "valoriza-se", "fatores preferenciais", "factores preferenciais", "fator preferencial", "preferencial", "requisitos preferenciais", "\xE9 uma mais-valia", "mais-valias", "ser\xE1 uma mais-valia"],
    benefits: ["benef\xEDcios", "oferecemos", "o que oferecemos", "nossos benef\xEDcios", "vantagens", "o que voc\xEA vai ter", "o que te oferecemos", "o que lhe oferecemos", "regalias", "os nossos benef\xEDcios", "porqu\xEA trabalhar connosco", "porqu\xEA juntares-te a n\xF3s", "o que temos para ti", "o que temos para oferecer"],
    compensation: ["sal\xE1rio", "remunera\xE7\xE3o"],
    "interview-process": ["processo seletivo", "etapas do processo", "processo de sele\xE7\xE3o", "etapas", "processo de recrutamento", "processo de selec\xE7\xE3o", "fases do processo"],
    skills: ["habilidades", "tecnologias", "ferramentas"],
    diversity: ["diversidade", "diversidade e inclus\xE3o", "inclus\xE3o"],
    "how-to-apply": ["como se candidatar", "candidatura", "inscreva-se", "candidaturas", "como te candidatares", "candidata-te", "envia a tua candidatura", "como candidatar-se"]
  },
  chromeHeadings: { "apply-form": ["perguntas da vaga", "perguntas de triagem"], "similar-jobs": ["vagas semelhantes", "vagas similares", "outras vagas", "ofertas semelhantes", "ofertas relacionadas"], share: ["denunciar vaga", "salvar vaga", "denunciar an\xFAncio", "compartilhar", "partilhar", "partilhar oferta"] },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["denunciar vaga", "reportar vaga", "denunciar an\xFAncio", "salvar vaga", "candidatura r\xE1pida", "candidatura simplificada", "pol\xEDtica de privacidade", "termos de uso", "pol\xEDtica de cookies"],
    "similar-jobs": ["vagas similares", "vagas semelhantes", "ofertas semelhantes"],
    navigation: ["candidatar-se", "candidate-se", "compartilhar", "salvar", "voltar", "ver mais", "candidata-te", "candidatar", "partilhar", "guardar", "guardar oferta", "ver menos"]
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: ["utilizamos cookies", "usamos cookies", "este site utiliza cookies", "este site usa cookies", "feito com \u2764\uFE0F", "feito com \u2665", "todos os direitos reservados"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["respons", "atividade", "atribui\xE7", "fun\xE7", "funcoes", "dia a dia", "o que voc\xEA vai fazer", "o que voc\xEA far\xE1", "miss\xE3o", "desafio"],
    requirements: ["requisit", "qualifica", "perfil", "necess\xE1ri", "necessario", "exig", "o que buscamos", "o que esperamos", "procuramos", "forma\xE7\xE3o", "experi\xEAncia", "compet\xEAncias"],
    "nice-to-have": ["diferencia", "desej\xE1ve", "desejave", "plus", "b\xF4nus", "bonus", "ideal"],
    benefits: ["benef\xEDc", "beneficio", "vantage", "oferec", "o que voc\xEA vai ter", "o que oferecemos"],
    compensation: ["sal\xE1rio", "remunera\xE7\xE3o"],
    "interview-process": ["etapa", "processo", "seletiv", "sele\xE7\xE3o", "recrutamento", "entrevista"],
    skills: ["habilidade", "tecnologia", "ferramenta", "stack", "compet\xEAncia"],
    teams: ["equipes", "squads"],
    "about-company": ["sobre n\xF3s", "quem somos", "a empresa", "sobre a empresa"],
    "about-role": ["descri\xE7\xE3o", "sobre a vaga", "o cargo"],
    diversity: ["diversidade", "inclus\xE3o"],
    "how-to-apply": ["candidat", "inscreva", "contato"]
  },
  itemStems: {
    responsibilities: ["-ar", "-er", "-ir", "gest\xE3o", "elabora\xE7\xE3o", "apoio", "acompanhamento", "atendimento", "desenvolvimento de", "voc\xEA vai", "voc\xEA ir\xE1"],
    requirements: ["anos", "experi\xEAncia", "gradua\xE7\xE3o", "forma\xE7\xE3o", "ensino", "superior", "conhecimento", "dom\xEDnio", "ingl\xEAs", "n\xEDvel", "ter experi\xEAncia", "ter conhecimento", "ter disponibilidade", "possuir", "viv\xEAncia", "capacidade", "habilidade", "certifica"],
    "nice-to-have": ["diferencial", "desej\xE1vel", "ser\xE1 um plus", "um plus", "preferencialmente", "idealmente"],
    benefits: ["plano de sa\xFAde", "plano odontol\xF3gico", "sa\xFAde", "odontol\xF3gico", "vale", "aux\xEDlio", "gympass", "wellhub", "f\xE9rias", "b\xF4nus", "plr", "seguro de vida", "day off", "home office", "remoto", "sal\xE1rio", "previd\xEAncia", "alimenta\xE7\xE3o", "refei\xE7\xE3o", "totalpass", "licen\xE7a"],
    "interview-process": ["entrevista", "conversa", "etapa", "teste t\xE9cnico", "desafio t\xE9cnico", "minutos"]
  },
  labels: {
    title: ["cargo", "vaga", "t\xEDtulo"],
    company: ["empresa"],
    location: ["local", "localiza\xE7\xE3o", "local de trabalho", "cidade", "distrito", "zona"],
    salary: ["sal\xE1rio", "remunera\xE7\xE3o", "faixa salarial", "vencimento", "retribui\xE7\xE3o", "remunera\xE7\xE3o base"],
    employmentType: ["tipo de contrato", "regime de contrata\xE7\xE3o", "contrato", "regime", "jornada", "hor\xE1rio", "regime de trabalho", "tipo de v\xEDnculo"],
    workplaceType: ["modelo de trabalho", "modalidade", "modelo"],
    category: ["\xE1rea", "categoria", "setor"],
    experience: ["experi\xEAncia"],
    education: ["escolaridade", "forma\xE7\xE3o", "educa\xE7\xE3o"],
    postedAt: ["publicada em", "publicado em", "data de publica\xE7\xE3o"],
    validThrough: ["inscri\xE7\xF5es at\xE9", "prazo"]
  }
};

// src/lexicon/sv.ts
var sv = {
  headings: {
    "about-company": ["om oss", "om f\xF6retaget", "vilka \xE4r vi", "vilka vi \xE4r", "om arbetsplatsen", "arbetsplatsen", "f\xF6retaget", "om teamet", "teamet", "om arbetsgivaren", "om bolaget", "bolaget", "vi \xE4r"],
    "about-role": ["om tj\xE4nsten", "tj\xE4nsten", "om jobbet", "jobbet", "om rollen", "rollen", "din roll", "beskrivning", "tj\xE4nstebeskrivning", "arbetsbeskrivning", "om uppdraget", "uppdraget"],
    overview: ["kort om tj\xE4nsten", "fakta", "om anst\xE4llningen", "anst\xE4llningsvillkor"],
    responsibilities: ["arbetsuppgifter", "dina arbetsuppgifter", "dina uppgifter", "uppgifter", "arbetsuppgifter och ansvar", "ansvarsomr\xE5den", "dina ansvarsomr\xE5den", "ansvar", "vad du kommer att g\xF6ra", "vad kommer du att g\xF6ra", "i rollen kommer du att", "din vardag", "en vanlig dag", "huvudsakliga arbetsuppgifter", "exempel p\xE5 arbetsuppgifter"],
    requirements: ["vi s\xF6ker", "vi s\xF6ker dig som", "vem \xE4r du", "vem s\xF6ker vi", "vem vi s\xF6ker", "kvalifikationer", "krav", "dina kvalifikationer", "din profil", "profil", "om dig", "vi tror att du", "du har", "kompetenser", "din bakgrund", "erfarenhet och kompetens", "ska-krav", "krav f\xF6r tj\xE4nsten", "\xF6nskade kvalifikationer", "vad vi s\xF6ker", "vi letar efter"],
    "nice-to-have": ["meriterande", "det \xE4r meriterande", "det \xE4r meriterande om du", "meriterande kvalifikationer", "meriterande om du", "det \xE4r ett plus", "b\xF6r-krav", "\xF6nskv\xE4rt", "f\xF6rdel"],
    benefits: ["vi erbjuder", "vad vi erbjuder", "vi kan erbjuda", "det h\xE4r erbjuder vi", "detta erbjuder vi", "vad erbjuder vi", "f\xF6rm\xE5ner", "v\xE5ra f\xF6rm\xE5ner", "hos oss f\xE5r du", "vad du f\xE5r", "det h\xE4r f\xE5r du", "villkor", "anst\xE4llningsf\xF6rm\xE5ner"],
    compensation: ["l\xF6n", "l\xF6n och villkor", "l\xF6n och f\xF6rm\xE5ner", "l\xF6neform"],
    "interview-process": ["rekryteringsprocess", "rekryteringsprocessen", "urvalsprocess", "processen", "s\xE5 g\xE5r rekryteringen till", "intervjuer"],
    skills: ["teknologier", "verktyg", "tech stack", "f\xE4rdigheter", "teknisk milj\xF6"],
    diversity: ["m\xE5ngfald", "inkludering", "m\xE5ngfald och inkludering", "lika villkor"],
    "how-to-apply": ["ans\xF6kan", "ans\xF6k", "s\xF6k tj\xE4nsten", "s\xE5 ans\xF6ker du", "ans\xF6kan och kontakt", "kontakt", "kontaktuppgifter", "mer information", "fr\xE5gor", "intresserad", "\xE4r du intresserad", "l\xE5ter det intressant", "v\xE4lkommen med din ans\xF6kan"]
  },
  // word beginnings that name a kind in headings no phrase covers ("Dina arbetsuppgifter som lagerchef")
  headingStems: {
    responsibilities: ["arbetsuppgift", "uppgift", "ansvarsomr\xE5d", "vardag"],
    requirements: ["kvalifikation", "krav", "profil", "kompetens", "vem \xE4r du", "om dig", "vi s\xF6ker", "bakgrund"],
    "nice-to-have": ["meriter", "\xF6nskv\xE4rd", "f\xF6rdel"],
    benefits: ["erbjud", "f\xF6rm\xE5n", "villkor"],
    compensation: ["l\xF6n"],
    "interview-process": ["rekrytering", "urval", "intervju"],
    "about-company": ["om oss", "om f\xF6retag", "om bolag", "arbetsplats", "vilka \xE4r"],
    "how-to-apply": ["ans\xF6k", "kontakt"],
    diversity: ["m\xE5ngfald", "inkludering"]
  },
  // words that open or fill a list item and say its kind ("Erfarenhet av Kubernetes", "Friskvårdsbidrag")
  itemStems: {
    responsibilities: ["ansvara f\xF6r", "ansvar f\xF6r", "utveckla", "underh\xE5lla", "samordna", "planera", "hantera", "s\xE4kerst\xE4lla", "delta i", "samarbeta med"],
    requirements: ["erfarenhet", "utbildning", "examen", "kunskaper", "kunskap om", "du har", "du \xE4r", "\xE5rs erfarenhet", "flytande", "k\xF6rkort"],
    "nice-to-have": ["meriterande", "\xE4r meriterande", "ett plus", "\xE4r ett plus"],
    benefits: ["pension", "tj\xE4nstepension", "friskv\xE5rdsbidrag", "friskv\xE5rd", "semesterdagar", "flexibla arbetstider", "kollektivavtal", "f\xF6rs\xE4kring", "lunch", "kompetensutveckling"]
  },
  chromeHeadings: {
    "similar-jobs": ["liknande jobb", "liknande annonser", "andra jobb", "se \xE4ven", "fler jobb"],
    share: ["dela", "dela annonsen", "dela jobbet"]
  },
  chromeLines: {
    navigation: ["ans\xF6k nu", "s\xF6k jobbet", "spara", "spara annons", "spara jobb", "tillbaka", "tillbaka till s\xF6kresultat", "logga in", "skapa konto", "visa mer", "visa mindre", "l\xE4s mer", "alla jobb", "visa alla jobb", "rapportera annons"]
  },
  labels: {
    title: ["befattning", "yrkesroll", "tj\xE4nst", "titel", "jobbtitel"],
    company: ["f\xF6retag", "arbetsgivare", "bolag", "organisation"],
    location: ["ort", "arbetsort", "plats", "placering", "adress", "kommun", "arbetsplats"],
    region: ["l\xE4n", "region"],
    salary: ["l\xF6n", "l\xF6neform", "m\xE5nadsl\xF6n", "timl\xF6n", "l\xF6neniv\xE5", "ers\xE4ttning"],
    employmentType: ["anst\xE4llningsform", "anst\xE4llningstyp", "omfattning", "arbetstid", "varaktighet", "tj\xE4nstg\xF6ringsgrad", "typ av anst\xE4llning"],
    workplaceType: ["distansarbete", "arbetsform"],
    category: ["kategori", "yrkesomr\xE5de", "bransch", "yrkesgrupp"],
    department: ["avdelning"],
    experience: ["erfarenhet", "krav p\xE5 erfarenhet"],
    education: ["utbildning", "utbildningsniv\xE5"],
    postedAt: ["publicerad", "publicerat", "publiceringsdatum", "annonsen publicerades"],
    validThrough: ["sista ans\xF6kningsdag", "sista ans\xF6kningsdatum", "ans\xF6k senast", "ans\xF6kningstid", "ans\xF6kan senast"],
    startDate: ["tilltr\xE4de", "tilltr\xE4desdag", "startdatum", "start"]
  }
};

// src/lexicon/vi.ts
var vi = {
  headings: {
    "about-company": ["gi\u1EDBi thi\u1EC7u c\xF4ng ty", "v\u1EC1 ch\xFAng t\xF4i", "th\xF4ng tin c\xF4ng ty", "gi\u1EDBi thi\u1EC7u", "v\u1EC1 c\xF4ng ty", "gi\u1EDBi thi\u1EC7u v\u1EC1 c\xF4ng ty", "gi\u1EDBi thi\u1EC7u chung", "t\u1ED5ng quan c\xF4ng ty", "ch\xFAng t\xF4i l\xE0 ai"],
    "about-role": ["t\u1ED5ng quan v\u1ECB tr\xED", "v\u1EC1 v\u1ECB tr\xED", "gi\u1EDBi thi\u1EC7u v\u1ECB tr\xED", "t\u1ED5ng quan c\xF4ng vi\u1EC7c", "m\xF4 t\u1EA3 v\u1ECB tr\xED", "v\u1ECB tr\xED c\xF4ng vi\u1EC7c"],
    overview: ["th\xF4ng tin chung", "th\xF4ng tin tuy\u1EC3n d\u1EE5ng", "th\xF4ng tin chi ti\u1EBFt", "chi ti\u1EBFt tin tuy\u1EC3n d\u1EE5ng", "th\xF4ng tin vi\u1EC7c l\xE0m"],
    // on Vietnamese boards "Mô tả công việc" is the list of duties
    responsibilities: ["m\xF4 t\u1EA3 c\xF4ng vi\u1EC7c", "chi ti\u1EBFt c\xF4ng vi\u1EC7c", "n\u1ED9i dung c\xF4ng vi\u1EC7c", "tr\xE1ch nhi\u1EC7m", "nhi\u1EC7m v\u1EE5", "tr\xE1ch nhi\u1EC7m c\xF4ng vi\u1EC7c", "nhi\u1EC7m v\u1EE5 ch\xEDnh", "c\xF4ng vi\u1EC7c ch\xEDnh", "b\u1EA1n s\u1EBD l\xE0m g\xEC", "c\xF4ng vi\u1EC7c c\u1EE7a b\u1EA1n", "vai tr\xF2 v\xE0 tr\xE1ch nhi\u1EC7m", "tr\xE1ch nhi\u1EC7m ch\xEDnh", "nhi\u1EC7m v\u1EE5 v\xE0 tr\xE1ch nhi\u1EC7m", "m\xF4 t\u1EA3 chi ti\u1EBFt c\xF4ng vi\u1EC7c", "c\xF4ng vi\u1EC7c c\u1EE5 th\u1EC3"],
    requirements: ["y\xEAu c\u1EA7u \u1EE9ng vi\xEAn", "y\xEAu c\u1EA7u c\xF4ng vi\u1EC7c", "y\xEAu c\u1EA7u", "y\xEAu c\u1EA7u k\u1EF9 n\u0103ng", "k\u1EF9 n\u0103ng y\xEAu c\u1EA7u", "y\xEAu c\u1EA7u chuy\xEAn m\xF4n", "ti\xEAu chu\u1EA9n", "ti\xEAu chu\u1EA9n \u1EE9ng vi\xEAn", "b\u1EA1n c\u1EA7n c\xF3", "ch\xFAng t\xF4i t\xECm ki\u1EBFm", "y\xEAu c\u1EA7u kinh nghi\u1EC7m", "kinh nghi\u1EC7m v\xE0 k\u1EF9 n\u0103ng", "k\u1EF9 n\u0103ng v\xE0 kinh nghi\u1EC7m", "y\xEAu c\u1EA7u \u1EE9ng tuy\u1EC3n", "\u0111i\u1EC1u ki\u1EC7n \u1EE9ng tuy\u1EC3n", "k\u1EF9 n\u0103ng c\u1EA7n c\xF3", "b\u1EA1n l\xE0 ai", "\u1EE9ng vi\xEAn ph\xF9 h\u1EE3p"],
    "nice-to-have": ["\u01B0u ti\xEAn", "\u0111i\u1EC3m c\u1ED9ng", "\u01B0u ti\xEAn \u1EE9ng vi\xEAn", "l\xE0 m\u1ED9t l\u1EE3i th\u1EBF", "l\u1EE3i th\u1EBF", "\u01B0u ti\xEAn n\u1EBFu"],
    benefits: ["quy\u1EC1n l\u1EE3i", "quy\u1EC1n l\u1EE3i \u0111\u01B0\u1EE3c h\u01B0\u1EDFng", "ph\xFAc l\u1EE3i", "ch\u1EBF \u0111\u1ED9 ph\xFAc l\u1EE3i", "ch\u1EBF \u0111\u1ED9 \u0111\xE3i ng\u1ED9", "\u0111\xE3i ng\u1ED9", "t\u1EA1i sao b\u1EA1n s\u1EBD y\xEAu th\xEDch l\xE0m vi\u1EC7c t\u1EA1i \u0111\xE2y", "t\u1EA1i sao n\xEAn gia nh\u1EADp", "ch\xFAng t\xF4i cung c\u1EA5p", "l\u1EE3i \xEDch", "quy\u1EC1n l\u1EE3i v\xE0 ph\xFAc l\u1EE3i", "ch\u1EBF \u0111\u1ED9", "ph\xFAc l\u1EE3i v\xE0 \u0111\xE3i ng\u1ED9", "b\u1EA1n s\u1EBD nh\u1EADn \u0111\u01B0\u1EE3c", "quy\u1EC1n l\u1EE3i \u1EE9ng vi\xEAn"],
    compensation: ["m\u1EE9c l\u01B0\u01A1ng", "thu nh\u1EADp", "l\u01B0\u01A1ng th\u01B0\u1EDFng", "l\u01B0\u01A1ng v\xE0 th\u01B0\u1EDFng"],
    "interview-process": ["quy tr\xECnh tuy\u1EC3n d\u1EE5ng", "quy tr\xECnh ph\u1ECFng v\u1EA5n", "c\xE1c v\xF2ng ph\u1ECFng v\u1EA5n", "v\xF2ng ph\u1ECFng v\u1EA5n", "quy tr\xECnh \u1EE9ng tuy\u1EC3n"],
    skills: ["k\u1EF9 n\u0103ng", "c\xF4ng ngh\u1EC7", "c\xF4ng ngh\u1EC7 s\u1EED d\u1EE5ng", "k\u1EF9 n\u0103ng chuy\xEAn m\xF4n"],
    "how-to-apply": ["c\xE1ch th\u1EE9c \u1EE9ng tuy\u1EC3n", "c\xE1ch \u1EE9ng tuy\u1EC3n", "h\u1ED3 s\u01A1 \u1EE9ng tuy\u1EC3n", "h\u1ED3 s\u01A1 bao g\u1ED3m", "li\xEAn h\u1EC7", "th\xF4ng tin li\xEAn h\u1EC7", "c\xE1ch n\u1ED9p h\u1ED3 s\u01A1", "h\u1ED3 s\u01A1 g\u1ED3m", "n\u1ED9p h\u1ED3 s\u01A1"]
  },
  // syllable pairs that name a kind in headings no phrase covers ("Yêu cầu đối với ứng viên")
  headingStems: {
    responsibilities: ["m\xF4 t\u1EA3 c\xF4ng vi\u1EC7c", "tr\xE1ch nhi\u1EC7m", "nhi\u1EC7m v\u1EE5"],
    requirements: ["y\xEAu c\u1EA7u", "ti\xEAu chu\u1EA9n"],
    "nice-to-have": ["\u01B0u ti\xEAn", "l\u1EE3i th\u1EBF", "\u0111i\u1EC3m c\u1ED9ng"],
    benefits: ["quy\u1EC1n l\u1EE3i", "ph\xFAc l\u1EE3i", "\u0111\xE3i ng\u1ED9"],
    compensation: ["m\u1EE9c l\u01B0\u01A1ng", "thu nh\u1EADp"],
    "interview-process": ["quy tr\xECnh", "ph\u1ECFng v\u1EA5n"],
    "how-to-apply": ["\u1EE9ng tuy\u1EC3n", "h\u1ED3 s\u01A1"],
    "about-company": ["gi\u1EDBi thi\u1EC7u", "v\u1EC1 ch\xFAng t\xF4i"]
  },
  chromeHeadings: {
    "similar-jobs": ["vi\u1EC7c l\xE0m t\u01B0\u01A1ng t\u1EF1", "vi\u1EC7c l\xE0m li\xEAn quan", "vi\u1EC7c l\xE0m b\u1EA1n c\xF3 th\u1EC3 quan t\xE2m", "g\u1EE3i \xFD vi\u1EC7c l\xE0m", "vi\u1EC7c l\xE0m c\xF9ng c\xF4ng ty"],
    share: ["chia s\u1EBB tin tuy\u1EC3n d\u1EE5ng", "chia s\u1EBB"]
  },
  chromeLines: {
    navigation: ["\u1EE9ng tuy\u1EC3n ngay", "\u1EE9ng tuy\u1EC3n", "n\u1ED9p \u0111\u01A1n", "n\u1ED9p h\u1ED3 s\u01A1 ngay", "l\u01B0u tin", "\u0111\xE3 l\u01B0u", "chia s\u1EBB", "xem th\xEAm", "thu g\u1ECDn", "\u0111\u0103ng nh\u1EADp", "\u0111\u0103ng k\xFD", "b\xE1o c\xE1o tin tuy\u1EC3n d\u1EE5ng", "quay l\u1EA1i", "xem t\u1EA5t c\u1EA3", "xem chi ti\u1EBFt"]
  },
  labels: {
    title: ["v\u1ECB tr\xED", "ch\u1EE9c danh", "v\u1ECB tr\xED tuy\u1EC3n d\u1EE5ng", "t\xEAn c\xF4ng vi\u1EC7c"],
    company: ["c\xF4ng ty", "t\xEAn c\xF4ng ty", "nh\xE0 tuy\u1EC3n d\u1EE5ng"],
    location: ["\u0111\u1ECBa \u0111i\u1EC3m", "\u0111\u1ECBa \u0111i\u1EC3m l\xE0m vi\u1EC7c", "n\u01A1i l\xE0m vi\u1EC7c", "khu v\u1EF1c", "\u0111\u1ECBa ch\u1EC9"],
    salary: ["m\u1EE9c l\u01B0\u01A1ng", "l\u01B0\u01A1ng", "thu nh\u1EADp", "m\u1EE9c l\u01B0\u01A1ng c\u1EA1nh tranh"],
    employmentType: ["h\xECnh th\u1EE9c l\xE0m vi\u1EC7c", "lo\u1EA1i h\xECnh c\xF4ng vi\u1EC7c", "th\u1EDDi gian l\xE0m vi\u1EC7c", "h\xECnh th\u1EE9c", "lo\u1EA1i h\u1EE3p \u0111\u1ED3ng"],
    experience: ["kinh nghi\u1EC7m", "y\xEAu c\u1EA7u kinh nghi\u1EC7m", "s\u1ED1 n\u0103m kinh nghi\u1EC7m"],
    education: ["b\u1EB1ng c\u1EA5p", "tr\xECnh \u0111\u1ED9", "h\u1ECDc v\u1EA5n", "tr\xECnh \u0111\u1ED9 h\u1ECDc v\u1EA5n"],
    seniority: ["c\u1EA5p b\u1EADc", "c\u1EA5p \u0111\u1ED9"],
    category: ["ng\xE0nh ngh\u1EC1", "l\u0129nh v\u1EF1c", "ng\xE0nh"],
    skills: ["k\u1EF9 n\u0103ng"],
    postedAt: ["ng\xE0y \u0111\u0103ng", "ng\xE0y \u0111\u0103ng tuy\u1EC3n", "ng\xE0y c\u1EADp nh\u1EADt"],
    validThrough: ["h\u1EA1n n\u1ED9p h\u1ED3 s\u01A1", "h\u1EA1n n\u1ED9p", "h\u1EA1n ch\xF3t", "h\u1EA1n \u1EE9ng tuy\u1EC3n"],
    startDate: ["ng\xE0y b\u1EAFt \u0111\u1EA7u", "th\u1EDDi gian b\u1EAFt \u0111\u1EA7u"]
  }
};

// src/lexicon/index.ts
var LEXICONS = [en, fr, de, es, pt, it, nl, pl, vi, ko, da, sv, nb];

// src/lexicon/dict.ts
function dict(entries) {
  return Object.assign(/* @__PURE__ */ Object.create(null), entries);
}

// src/lexicon/terms.ts
var EMPLOYMENT_BADGES = dict({ stage: "internship", ausbildung: "internship", alternance: "internship", "sta\u017C": "internship" });
var EDUCATION_LANGUAGES = dict({
  promotion: ["de"],
  licence: ["fr"],
  grado: ["es"],
  "grado universitario": ["es"],
  laurea: ["it"],
  studium: ["de", "pl"],
  "ingenier\xEDa": ["es"],
  mbo: ["nl"],
  havo: ["nl"],
  vwo: ["nl"],
  bts: ["fr"],
  dut: ["fr"],
  bac: ["fr"],
  eso: ["es"],
  diplom: ["de", "pl", "da", "sv", "nb"]
});
var SENIORITY = [
  ["intern", "intern"],
  ["interns", "intern"],
  ["internship", "intern"],
  ["praktikant", "intern"],
  ["praktikantin", "intern"],
  ["praktikum", "intern"],
  ["pflichtpraktikum", "intern"],
  ["stagiaire", "intern"],
  ["becario", "intern"],
  ["becaria", "intern"],
  ["pr\xE1cticas", "intern"],
  ["werkstudent", "intern"],
  ["werkstudentin", "intern"],
  ["trainee", "intern"],
  ["apprentice", "intern"],
  ["ausbildung", "intern"],
  ["auszubildende", "intern"],
  ["auszubildender", "intern"],
  ["azubi", "intern"],
  ["alternance", "intern"],
  ["alternant", "intern"],
  ["alternante", "intern"],
  ["estagi\xE1rio", "intern"],
  ["est\xE1gio", "intern"],
  ["tirocinante", "intern"],
  ["tirocinio", "intern"],
  ["co-op", "intern"],
  ["summer student", "intern"],
  ["sta\u017Cysta", "intern"],
  ["sta\u017Cystka", "intern"],
  ["praktykant", "intern"],
  ["praktykantka", "intern"],
  ["stagiair", "intern"],
  ["afstudeerder", "intern"],
  ["th\u1EF1c t\u1EADp sinh", "intern"],
  ["\uC778\uD134", "intern"],
  ["chief", "executive"],
  ["ceo", "executive"],
  ["cto", "executive"],
  ["cfo", "executive"],
  ["coo", "executive"],
  ["cmo", "executive"],
  ["cpo", "executive"],
  ["ciso", "executive"],
  ["cio", "executive"],
  ["cro", "executive"],
  ["vp", "executive"],
  ["vice president", "executive"],
  ["svp", "executive"],
  ["evp", "executive"],
  ["avp", "executive"],
  ["director", "executive"],
  ["head of", "executive"],
  ["directeur", "executive"],
  ["directrice", "executive"],
  ["director de", "executive"],
  ["directora", "executive"],
  ["direttore", "executive"],
  ["diretor", "executive"],
  ["leiter", "executive"],
  ["leiterin", "executive"],
  ["gesch\xE4ftsf\xFChrer", "executive"],
  ["gesch\xE4ftsf\xFChrerin", "executive"],
  ["bereichsleiter", "executive"],
  ["abteilungsleiter", "executive"],
  ["executive director", "executive"],
  ["managing director", "executive"],
  ["general manager", "executive"],
  ["pr\xE9sident", "executive"],
  ["presidente", "executive"],
  ["president", "executive"],
  ["dyrektor", "executive"],
  ["gi\xE1m \u0111\u1ED1c", "executive"],
  ["\uC774\uC0AC", "executive"],
  ["\uBCF8\uBD80\uC7A5", "executive"],
  ["\uC784\uC6D0", "executive"],
  ["principal", "principal"],
  ["distinguished", "principal"],
  ["fellow", "principal"],
  ["staff", "lead"],
  ["lead", "lead"],
  ["team lead", "lead"],
  ["tech lead", "lead"],
  ["teamleiter", "lead"],
  ["teamleiterin", "lead"],
  ["teamlead", "lead"],
  ["lider", "lead"],
  ["l\xEDder", "lead"],
  ["chef d'\xE9quipe", "lead"],
  ["jefe de equipo", "lead"],
  ["kierownik zespo\u0142u", "lead"],
  ["teamleider", "lead"],
  ["tr\u01B0\u1EDFng nh\xF3m", "lead"],
  ["\uD300\uC7A5", "lead"],
  ["\uD300\uC7A5\uAE09", "lead"],
  ["\uD30C\uD2B8\uC7A5", "lead"],
  ["semi-senior", "mid"],
  ["semi senior", "mid"],
  ["semisenior", "mid"],
  ["senior", "senior"],
  ["sr", "senior"],
  ["sr.", "senior"],
  ["snr", "senior"],
  ["confirm\xE9", "senior"],
  ["confirm\xE9e", "senior"],
  ["expert", "senior"],
  ["experte", "senior"],
  ["expertin", "senior"],
  ["s\xE9nior", "senior"],
  ["iii", "senior"],
  ["iv", "senior"],
  ["founding", "senior"],
  ["starszy", "senior"],
  ["starsza", "senior"],
  ["\uC2DC\uB2C8\uC5B4", "senior"],
  ["mid-level", "mid"],
  ["mid level", "mid"],
  ["midlevel", "mid"],
  ["mid-senior", "mid"],
  ["intermediate", "mid"],
  ["medior", "mid"],
  ["ii", "mid"],
  ["pleno", "mid"],
  ["junior", "junior"],
  ["jr", "junior"],
  ["jr.", "junior"],
  ["entry level", "junior"],
  ["entry-level", "junior"],
  ["graduate", "junior"],
  ["new grad", "junior"],
  ["d\xE9butant", "junior"],
  ["d\xE9butante", "junior"],
  ["einsteiger", "junior"],
  ["berufseinsteiger", "junior"],
  ["berufseinsteigerin", "junior"],
  ["associate", "junior"],
  ["i", "junior"],
  ["m\u0142odszy", "junior"],
  ["m\u0142odsza", "junior"],
  ["fresher", "junior"],
  ["\uC8FC\uB2C8\uC5B4", "junior"],
  ["\uC2E0\uC785", "junior"],
  ["engineering manager", "lead"],
  ["team manager", "lead"],
  ["chef de projet", "mid"]
];
var SENIORITY_LEVELS = dict({
  internship: "intern",
  "entry level": "junior",
  "entry-level": "junior",
  associate: "junior",
  "mid-senior level": "senior",
  "mid-senior": "senior",
  director: "executive",
  executive: "executive",
  senior: "senior",
  "senior level": "senior",
  junior: "junior",
  "junior level": "junior",
  "mid level": "mid",
  "mid-level": "mid",
  lead: "lead",
  principal: "principal",
  intern: "intern",
  "experienced": "mid",
  "experienced (non-manager)": "mid",
  "student": "intern",
  "berufseinsteiger": "junior",
  "berufserfahren": "mid",
  "professionnel confirm\xE9": "senior",
  "d\xE9butant accept\xE9": "junior"
});
var STOP_WORDS = dict({
  en: ["the", "and", "to", "of", "you", "we", "in", "for", "with", "our", "will", "your", "are", "is", "on", "a", "be", "as", "this", "have", "experience", "team", "requirements", "responsibilities", "benefits", "skills", "ability", "work", "job", "role", "about", "what", "who", "years", "strong"],
  fr: ["le", "la", "les", "et", "de", "des", "vous", "nous", "en", "pour", "une", "du", "est", "avec", "dans", "au", "sur", "votre", "qui", "par", "pas", "sont", "profil", "recherch\xE9", "exp\xE9rience", "avantages", "poste", "entreprise", "missions", "\xE9quipe", "comp\xE9tences", "r\xE9mun\xE9ration", "t\xE9l\xE9travail", "ans", "aux", "vos"],
  de: ["der", "die", "das", "und", "zu", "wir", "sie", "du", "ist", "mit", "f\xFCr", "ein", "eine", "den", "dem", "von", "auf", "im", "bei", "dich", "uns", "deine", "ihre", "nicht", "auch", "anforderungen", "bieten", "aufgaben", "erfahrung", "kenntnisse", "studium", "arbeitszeiten", "unternehmen", "bewerbung", "unser", "unsere", "dein", "deinen"],
  es: ["el", "la", "los", "las", "y", "de", "en", "para", "con", "que", "por", "una", "del", "es", "tu", "nuestro", "nuestra", "se", "al", "como", "m\xE1s", "equipo", "requisitos", "experiencia", "ofrece", "ofrecemos", "contrato", "a\xF1os", "empresa", "trabajo", "conocimientos", "horario", "buscamos", "funciones", "teletrabajo", "salario"],
  pt: ["o", "a", "os", "as", "e", "de", "em", "para", "com", "que", "por", "uma", "do", "da", "voc\xEA", "nosso", "nossa", "se", "ao", "como", "mais", "n\xE3o", "s\xE3o", "vaga", "requisitos", "experi\xEAncia", "conhecimento", "conhecimentos", "benef\xEDcios", "sal\xE1rio", "empresa", "trabalho", "equipe", "atividades", "vale", "dos", "das"],
  it: ["il", "la", "lo", "gli", "le", "e", "di", "in", "per", "con", "che", "una", "del", "della", "\xE8", "sono", "nostro", "nostra", "si", "al", "come", "pi\xF9", "non", "offerta", "lavoro", "requisiti", "esperienza", "settore", "offre", "contratto", "tempo", "capacit\xE0", "azienda", "sede", "conoscenza", "ottima", "ottime", "candidato", "alle", "nel", "dei"],
  nl: [
    "de",
    "het",
    "een",
    "en",
    "van",
    "je",
    "wij",
    "we",
    "voor",
    "met",
    "op",
    "in",
    "is",
    "zijn",
    "jouw",
    "onze",
    "ons",
    "naar",
    "niet",
    "ook",
    "vacature",
    "ervaring",
    "werkzaamheden",
    "bieden",
    "bij",
    "dat",
    "om",
    "te",
    "aan",
    "wat",
    "jij",
    "ben",
    "bent",
    "heb",
    "hebt",
    "heeft",
    "hebben",
    "uw",
    "kun",
    "kunt",
    "wordt",
    "worden",
    "door",
    "tot",
    "binnen",
    "functie",
    "werk",
    "salaris",
    "uur",
    "kennis",
    "opleiding",
    "solliciteer",
    "sollicitatie",
    "arbeidsvoorwaarden",
    "goede",
    "jaar",
    "zoeken",
    "samen",
    "waar",
    "deze",
    "meer",
    "onder",
    "andere",
    "en/of",
    "mbo",
    "hbo",
    "wo",
    "collega's",
    "klanten",
    "per",
    "maand"
  ],
  // Polish: function words and the words of Polish boards ("zakres obowiązków", "oferujemy")
  pl: ["i", "w", "z", "na", "si\u0119", "nie", "jest", "oraz", "dla", "od", "przez", "lub", "jako", "\u017Ce", "s\u0105", "ze", "we", "za", "pracy", "praca", "do\u015Bwiadczenie", "do\u015Bwiadczenia", "znajomo\u015B\u0107", "znajomo\u015Bci", "wymagania", "oferujemy", "obowi\u0105zk\xF3w", "obowi\u0105zki", "zakres", "umowa", "umow\u0119", "umowy", "wynagrodzenie", "tw\xF3j", "twoje", "nasze", "nasz", "naszego", "b\u0119dzie", "oczekujemy", "mile", "widziane", "firmy", "zespole", "zespo\u0142u", "mo\u017Cliwo\u015B\u0107", "j\u0119zyka", "angielskiego", "rozwoju", "stanowisko", "lat", "lata", "bardzo", "dobra", "dobre", "osoba", "os\xF3b", "ofert", "oferty", "klient\xF3w", "czy", "tak\u017Ce", "tak\u017Ce", "pod", "przy", "jej", "ich", "lub", "poszukujemy", "zatrudnienie", "pracodawca"],
  // Vietnamese: the most frequent syllables of postings ("kinh nghiệm", "công việc", "ứng viên")
  // Nordic (lexicon helper): function words and the words of Danish, Swedish and Norwegian boards; the
  // words the three share split their weight, the ones each spells its own way tell them apart
  // ("af"/"av", "mig"/"meg", "ikke"/"inte", "arbejde"/"arbeid"/"arbete")
  da: ["og", "af", "til", "er", "det", "med", "som", "p\xE5", "har", "vi", "din", "dine", "ikke", "eller", "hos", "samt", "vores", "v\xE6re", "blive", "ogs\xE5", "kan", "skal", "vil", "efter", "hvor", "hvis", "mig", "dig", "nogle", "meget", "hvad", "jeres", "mere", "gennem", "erfaring", "arbejde", "arbejdet", "opgaver", "ans\xF8gning", "ans\xF8gningsfrist", "virksomhed", "virksomheden", "medarbejder", "medarbejdere", "uddannelse", "l\xF8n", "stillingen", "kolleger", "gerne", "gode", "tilbyder", "s\xF8ger", "ugen", "b\xE5de", "sammen", "kendskab", "ansvar", "dansk", "danske", "fuldtid", "deltid", "stilling"],
  sv: ["och", "att", "av", "till", "\xE4r", "det", "med", "som", "p\xE5", "har", "vi", "din", "dina", "inte", "eller", "hos", "samt", "v\xE5r", "v\xE5ra", "vara", "bli", "ocks\xE5", "\xE4ven", "kan", "ska", "kommer", "efter", "d\xE4r", "mig", "dig", "n\xE5gra", "mycket", "vad", "ett", "erfarenhet", "arbete", "arbetet", "arbetsuppgifter", "ans\xF6kan", "f\xF6retag", "f\xF6retaget", "medarbetare", "utbildning", "l\xF6n", "tj\xE4nsten", "kollegor", "g\xE4rna", "goda", "erbjuder", "s\xF6ker", "veckan", "b\xE5de", "tillsammans", "kunskaper", "ansvar", "meriterande", "svenska", "heltid", "deltid", "tj\xE4nst"],
  nb: ["og", "\xE5", "av", "til", "er", "det", "med", "som", "p\xE5", "har", "vi", "din", "dine", "ikke", "eller", "hos", "samt", "v\xE5r", "v\xE5re", "v\xE6re", "bli", "ogs\xE5", "kan", "skal", "vil", "etter", "hvor", "hvis", "meg", "deg", "noen", "mye", "hva", "dere", "mer", "gjennom", "erfaring", "arbeid", "arbeidet", "oppgaver", "s\xF8knad", "s\xF8knadsfrist", "virksomhet", "virksomheten", "medarbeider", "medarbeidere", "utdanning", "l\xF8nn", "stillingen", "kolleger", "gjerne", "gode", "tilbyr", "s\xF8ker", "uken", "b\xE5de", "sammen", "kjennskap", "ansvar", "norsk", "\xF8nskelig", "heltid", "deltid", "stilling"],
  vi: ["v\xE0", "c\u1EE7a", "c\xE1c", "c\xF3", "l\xE0", "\u0111\u01B0\u1EE3c", "trong", "v\u1EDBi", "cho", "kh\xF4ng", "ng\u01B0\u1EDDi", "c\xF4ng", "vi\u1EC7c", "l\xE0m", "t\u1EA1i", "theo", "khi", "nh\u1EEFng", "m\u1ED9t", "v\u1EC1", "\u0111\u1EC3", "t\u1EEB", "n\u0103m", "kinh", "nghi\u1EC7m", "l\u01B0\u01A1ng", "\u1EE9ng", "vi\xEAn", "y\xEAu", "c\u1EA7u", "ty", "h\u1ED7", "tr\u1EE3", "nh\xE2n", "\u0111\u1ED9i", "ng\u0169", "m\xF4i", "tr\u01B0\u1EDDng", "th\u01B0\u1EDFng", "quy\u1EC1n", "l\u1EE3i", "m\xF4", "t\u1EA3", "ho\u1EB7c", "tr\xEAn", "ti\u1EBFng", "anh"]
});
var LANGUAGE_LETTERS = dict({
  "\xF1": "es",
  "\xDF": "de",
  "\xE4": "de",
  "\xF6": "de",
  "\xE5": "da sv nb",
  "\xE6": "da nb",
  "\xF8": "da nb",
  "\xFC": "de",
  "\xE3": "pt",
  "\xF5": "pt",
  "\xEC": "it",
  "\xF2": "it",
  "\u0153": "fr",
  "\xEA": "fr",
  "\xE8": "fr",
  "\xEB": "fr",
  "\xEE": "fr",
  "\xFB": "fr",
  "\xF9": "fr",
  "\u0105": "pl",
  "\u0119": "pl",
  "\u0142": "pl",
  "\u015B": "pl",
  "\u017A": "pl",
  "\u017C": "pl",
  "\u0107": "pl",
  "\u0144": "pl",
  "\u01B0": "vi",
  "\u01A1": "vi",
  "\u0111": "vi",
  "\u0103": "vi"
});
var UNSPACED_SCRIPTS = dict({ han: 2, th: 5 });
var SCRIPT_DEFAULTS = dict({ cyrillic: "ru", arabic: "ar", han: "zh" });
var SCRIPT_LETTERS = dict({
  "\u044B": "ru",
  "\u044D": "ru",
  "\u0451": "ru",
  "\u0456": "uk",
  "\u0457": "uk",
  "\u0454": "uk",
  "\u0491": "uk",
  "\u044A": "bg",
  "\u0452": "sr",
  "\u045B": "sr",
  "\u0458": "sr",
  "\u0459": "sr",
  "\u045A": "sr",
  "\u045F": "sr",
  "\u067E": "fa",
  "\u0686": "fa",
  "\u0698": "fa",
  "\u06AF": "fa",
  "\u06D2": "ur",
  "\u06BA": "ur",
  "\u0679": "ur",
  "\u0688": "ur",
  "\u0691": "ur",
  "\u06BE": "ur"
});

// src/patterns.ts
var NUM_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|ein|einem|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|dois|três|quatro|cinco|uno|due|tre|quattro|cinque|sei|sette|otto|dieci`;
var YEARS_RE = new RegExp(
  String.raw`(?<lead>(?<!\p{L})(?:at least|a minimum of|minimum of|minimum de|minimum|min\.|over|more than|up to|mindestens|mind\.|mehr als|über|au moins|plus de|al menos|mínimo de|mínimo|más de|pelo menos|no mínimo|mais de|almeno|più di|oltre|minimaal|minstens|ten minste|meer dan|co najmniej|przynajmniej|minimum|ponad|powyżej|ít nhất|tối thiểu|trên|minst|mindst|mere end|mer enn|mer än))?[ \t]{0,3}(?<!\d)(?<!\d[.,])(?<a>\d{1,2}(?:[.,]5)?|\b(?:` + NUM_WORDS + String.raw`))(?:[ \t]?\(\d{1,2}\))?(?:[ \t]{0,2}(?:\+|plus))?(?:[ \t]{0,2}(?:-|–|—|to|a|à|bis|y|and|or|e|et|ou|oder|o|tot|do|đến|até)[ \t]{0,2}(?<b>\d{1,2}|(?:` + NUM_WORDS + String.raw`)\b)(?:[ \t]?\(\d{1,2}\))?)?[ \t]{0,2}\+?[ \t]{0,2}(?:full[ -])?(?<unit>years?|yrs?|yoe|ans?|années?|jahren?|jahr|años?|anos?|anni|anno|months?|mois|monate?n?|meses|mesi|jaar|jaren|maanden|maand|lata|lat|rok|roku|miesięcy|miesiące|năm|tháng|년|års|år|måneders|månaders|måneder|månader)(?![\p{L}\p{N}_])(?:'s|')?`,
  "giu"
);
var DURATION_RE = /(\d{1,3}(?:[.,]\d)?)[ \t-]?(minutes?|minuten|minutos|minuti|mins?|m|hours?|hrs?|h|heures?|stunden?|horas?|ore|ora|godzin[ay]?|minut|uur)\b/gi;
var PLACE_RUN = String.raw`((?:[\p{Lu}][\p{L}.'’-]{0,25}(?: [\p{Lu}][\p{L}.'’-]{0,25}){0,3})(?:(?:, | or | and | & | y | et | und | ou | o )(?:the )?[\p{Lu}][\p{L}.'’-]{0,25}(?: [\p{Lu}][\p{L}.'’-]{0,25}){0,3}){0,6})`;
var LOC_ROLE_STATEMENT_RE = new RegExp(
  String.raw`\b(?:[Bb]ased (?:in|out of|at)|[Ll]ocated (?:in|at)|[Ww]ork(?:ing)? (?:from|out of|in|at) (?:our|the) (?:[\p{L}-]+ ){0,2}(?:office|hub|studio|campus|site|hq) (?:in|at)|[Jj]oin (?:our|the) (?:[\p{L}-]+ ){0,3}(?:in|at)|(?:[Rr]emote|[Aa]nywhere|[Cc]andidates|[Aa]pplicants|people|teammates|hiring)(?: [\p{L}-]+){0,3} (?:within|across|throughout|in|from)|[Bb]asée? (?:à|a|en)|[Ss]ituées? (?:à|a|en)|[Mm]it [Ss]itz in|[Ss]tandorte? in|(?:[Aa]rbeitsort|[Ee]insatzort|[Dd]ienstort) (?:ist )?in|con sede en|ubicad[oa] en|sede (?:di|a|in)|baseado em|localizado em)\s(?:the\s|our\s|la\s|le\s|el\s)?` + PLACE_RUN,
  "u"
);
var LOC_OFFICE_STATEMENT_RE = new RegExp(
  String.raw`\b(?:[Hh]eadquartered in|[Hh]eadquarters (?:is |are )?in|HQ (?:is )?in|[Oo]ffices? (?:in|at)|[Hh]ubs? in|[Ss]tudios? in|[Cc]ampus(?:es)? in|Büro|Büros in|Niederlassung in|[Bb]ureaux? (?:à|a|en)|[Oo]ficinas? en|[Uu]ffici(?:o)? (?:a|di|in))\s(?:the\s)?` + PLACE_RUN,
  "u"
);
var LETTER_OR_DIGIT_RE = /\p{L}|\p{N}/u;
var DURATION_IN_NAME_RE = new RegExp(
  String.raw`(?<!\s)\s*\(?(?:\d{1,2}[ \t]?h[ \t]?[0-5]\d(?!\d)|\d{1,3}[ \t]?[’′](?![A-Za-z\d])|` + DURATION_RE.source.replace("[ \\t-]?", "[ \\t]?") + String.raw`)\)?`,
  "gi"
);
var ROMAN_PHRASE_RE = /^i+v?$|^iv$/;
var ROMAN_ONE_RE = /\bI\s*(?:$|[(\-–,|])/;
var ROMAN_LEVEL_RES = new Map(
  SENIORITY.filter(([phrase]) => ROMAN_PHRASE_RE.test(phrase)).map(([phrase]) => [phrase, phrase === "i" ? ROMAN_ONE_RE : new RegExp(`\\b${phrase.toUpperCase()}\\b`)])
);

// src/sections/phrases.ts
function phraseKey(text) {
  let out = "";
  let space = true;
  const s = text.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    let ch = s[i];
    if (ch === "\u2019" || ch === "\u2018" || ch === "`" || ch === "\xB4") ch = "'";
    if (ch === "&" || ch === "+") ch = " and ";
    const code = ch.charCodeAt(0);
    const isWord = code >= 97 && code <= 122 || code >= 48 && code <= 57 || ch === "'" || code > 127 && LETTER_OR_DIGIT_RE.test(ch);
    if (ch.length === 1 && isWord) {
      out += ch;
      space = false;
    } else if (ch === " and ") {
      out += space ? "and " : " and ";
      space = true;
    } else if (!space) {
      out += " ";
      space = true;
    }
  }
  return out.trim();
}
var HEADINGS = /* @__PURE__ */ new Map();
var CHROME_LINES = /* @__PURE__ */ new Map();
var LABELS = /* @__PURE__ */ new Map();
var CHROME_PREFIXES = [];
var longestLabel = 0;
for (const lex of LEXICONS) {
  for (const [kind, phrases] of Object.entries(lex.headings)) {
    for (const p of phrases ?? []) {
      const k = phraseKey(p);
      if (!HEADINGS.has(k)) HEADINGS.set(k, { kind });
    }
  }
  for (const [chrome, phrases] of Object.entries(lex.chromeHeadings)) {
    for (const p of phrases ?? []) HEADINGS.set(phraseKey(p), { chrome });
  }
  for (const [chrome, phrases] of Object.entries(lex.chromeLines)) {
    for (const p of phrases ?? []) if (!CHROME_LINES.has(phraseKey(p))) CHROME_LINES.set(phraseKey(p), chrome);
  }
  for (const p of lex.chromePrefixes ?? []) CHROME_PREFIXES.push({ key: p.toLowerCase(), kind: "board" });
  for (const [field, phrases] of Object.entries(lex.labels)) {
    for (const p of phrases ?? []) {
      const k = phraseKey(p);
      if (!LABELS.has(k)) LABELS.set(k, field);
      longestLabel = Math.max(longestLabel, p.length);
    }
  }
}
var OPENERS_ONLY = /* @__PURE__ */ new Set(["about", "life at", "as a", "you'll", "you will", "company", "experience", "role", "mission", "plus", "preferred", "tech", "tools", "package", "profile", "interested", "contact", "application"]);
function exactHeading(text) {
  const key = phraseKey(text);
  return key.length > 0 && key.length <= 90 ? HEADINGS.get(key) ?? null : null;
}
function classifyHeading(text) {
  const key = phraseKey(text);
  if (key.length === 0 || key.length > 90) return null;
  const exact = HEADINGS.get(key);
  if (exact) return exact;
  const words = key.split(" ");
  if (words.length > 12) return null;
  let best = null;
  let bestLen = 0;
  for (let i = 0; i < words.length; i++) {
    let phrase = "";
    for (let j = i; j < words.length && j - i < 8; j++) {
      phrase = j === i ? words[j] : phrase + " " + words[j];
      const hit = HEADINGS.get(phrase);
      if (!hit) continue;
      const len = j - i + 1;
      const opens = i === 0;
      if (OPENERS_ONLY.has(phrase) && !opens) continue;
      const covers = len / words.length;
      const ok = opens ? covers >= 0.34 : covers >= 0.5;
      if (ok && len > bestLen) {
        best = hit;
        bestLen = len;
      }
    }
  }
  return best;
}

// ../../tmp/dbg/cls.ts
for (const s of process.argv.slice(2)) console.log(JSON.stringify(s), JSON.stringify(exactHeading(s)), JSON.stringify(classifyHeading(s)));
