import type { Lexicon } from "./types.js";

/** Dutch headings, labels and board chrome (Nationale Vacaturebank, Indeed NL, werk.nl, recruiters' ads). */
export const nl: Lexicon = {
  headings: {
    "about-company": ["over ons", "wie zijn wij", "wie zijn we", "over het bedrijf", "het bedrijf", "de organisatie", "over de organisatie", "organisatie", "bedrijfsprofiel", "onze organisatie", "wij zijn", "dit zijn wij", "ons bedrijf", "over de werkgever", "de werkgever", "waar ga je werken", "waar kom je te werken", "over de opdrachtgever", "de opdrachtgever", "onze opdrachtgever", "het team", "ons team", "jouw team", "over het team"],
    "about-role": ["functieomschrijving", "de functie", "functie", "over de functie", "over de rol", "de rol", "jouw rol", "vacature", "vacatureomschrijving", "de vacature", "omschrijving", "wat houdt de functie in", "de baan", "over de baan", "jouw uitdaging", "de uitdaging", "functiebeschrijving", "over de vacature", "vacaturetekst"],
    overview: ["in het kort", "vacature in het kort", "kerngegevens", "functiegegevens", "vacaturedetails", "vacaturegegevens"],
    responsibilities: ["wat ga je doen", "wat ga jij doen", "taken", "jouw taken", "werkzaamheden", "jouw werkzaamheden", "de werkzaamheden", "taken en verantwoordelijkheden", "verantwoordelijkheden", "jouw verantwoordelijkheden", "wat je gaat doen", "dit ga je doen", "wat jij gaat doen", "wat doe je", "wat ga je precies doen", "jouw werkdag", "een dag als", "jouw dag", "jouw functie", "jouw takenpakket", "takenpakket", "hoe ziet jouw dag eruit", "jouw rol en verantwoordelijkheden", "wat ga je zoal doen", "je taken", "je werkzaamheden"],
    requirements: ["functie-eisen", "functieeisen", "functie eisen", "wat vragen wij", "wat vragen we", "wat wij vragen", "wat we vragen", "wie ben jij", "wie ben je", "wie zoeken wij", "wie zoeken we", "wat breng je mee", "wat breng jij mee", "wat neem je mee", "wat neem jij mee", "wat jij meebrengt", "dit breng je mee", "dit neem je mee", "profiel", "jouw profiel", "functieprofiel", "gevraagd", "vereisten", "eisen", "jouw kwalificaties", "kwalificaties", "wat heb je nodig", "wat verwachten wij", "wat verwachten we", "wat wij verwachten", "wij vragen", "we vragen", "wij zoeken", "we zoeken", "herken jij jezelf hierin", "ben jij", "dit vragen wij", "dit ben jij", "jij hebt", "wat vragen wij van jou", "wat vragen we van jou", "wat heb jij in huis", "wat zoeken wij", "wat zoeken we", "gevraagd profiel", "jouw achtergrond", "jouw ervaring", "wat moet je kunnen", "dit heb je nodig"],
    "nice-to-have": ["pré", "pluspunten", "een pré", "is een pré", "mooi meegenomen", "pluspunt", "bonuspunten", "wenselijk", "gewenst", "strekt tot aanbeveling", "extra pluspunten", "pré's"],
    benefits: ["wat bieden wij", "wat bieden we", "wij bieden", "we bieden", "wat wij bieden", "wat we bieden", "arbeidsvoorwaarden", "ons aanbod", "aanbod", "wat krijg je", "wat krijg je ervoor terug", "wat krijg je van ons", "wat krijg jij", "wat mag je verwachten", "wat mag je van ons verwachten", "wat kun je verwachten", "wat kun je van ons verwachten", "dit bieden wij", "dit bieden we", "secundaire arbeidsvoorwaarden", "voordelen", "wat hebben wij te bieden", "wat staat er tegenover", "wat levert het je op", "waarom wij", "waarom werken bij", "dit krijg je", "extra's", "wat wij jou bieden", "wat bieden wij jou", "onze arbeidsvoorwaarden", "wat krijg je ervoor"],
    compensation: ["salaris", "beloning", "salarisindicatie", "salaris en arbeidsvoorwaarden"],
    "interview-process": ["sollicitatieprocedure", "procedure", "selectieprocedure", "sollicitatieproces", "het proces", "hoe ziet het proces eruit", "de procedure", "wervingsprocedure", "selectieproces", "het sollicitatieproces", "hoe verloopt de procedure"],
    skills: ["vaardigheden", "technologieën", "tech stack", "tools en technologieën", "competenties"],
    diversity: ["diversiteit", "inclusie", "diversiteit en inclusie", "gelijke kansen"],
    "how-to-apply": ["solliciteren", "hoe solliciteer je", "interesse", "geïnteresseerd", "contact", "meer informatie", "vragen", "enthousiast", "ben je enthousiast", "ben jij enthousiast", "ben jij enthousiast geworden", "ben je geïnteresseerd", "reageren", "hoe te solliciteren", "contactinformatie", "heb je vragen"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Takenpakket van de monteur")
  headingStems: {
    responsibilities: ["taken", "takenpakket", "werkzaamhed", "verantwoordelijkhed", "wat ga je doen"],
    requirements: ["functie-eis", "functie eis", "functieprofiel", "profiel", "vereist", "eisen", "kwalificati", "wie ben", "wat vragen", "breng je mee", "neem je mee"],
    "nice-to-have": ["pré", "pluspunt", "wenselijk", "meegenomen"],
    benefits: ["arbeidsvoorwaard", "bieden", "aanbod", "voordel"],
    compensation: ["salaris", "beloning"],
    "interview-process": ["sollicitatieprocedure", "procedure", "selectie", "verloopt", "verloop", "sollicitatieproces", "stappen"],
    "about-company": ["over ons", "wie zijn", "organisatie", "opdrachtgever"],
    diversity: ["diversiteit", "inclusie"],
  },
  chromeHeadings: {
    "similar-jobs": ["vergelijkbare vacatures", "soortgelijke vacatures", "andere vacatures", "meer vacatures", "bekijk ook", "misschien ook interessant", "gerelateerde vacatures", "vacatures die je misschien interessant vindt"],
    share: ["vacature melden", "meld deze vacature", "delen", "deel deze vacature", "vacature delen"],
    faq: ["veelgestelde vragen", "veel gestelde vragen"],
    "apply-form": ["sollicitatieformulier"],
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["vacature melden", "meld deze vacature", "misbruik melden", "privacyverklaring", "privacybeleid", "cookiebeleid", "cookie-instellingen"],
    "similar-jobs": ["vergelijkbare vacatures", "soortgelijke vacatures"],

    navigation: ["solliciteer", "solliciteer nu", "solliciteer direct", "direct solliciteren", "nu solliciteren", "opslaan", "vacature opslaan", "bewaren", "terug", "terug naar overzicht", "terug naar vacatures", "terug naar zoekresultaten", "inloggen", "registreren", "meer weergeven", "minder weergeven", "toon meer", "lees meer", "alle vacatures", "bekijk alle vacatures", "naar de inhoud", "ga naar de inhoud", "vacature melden"],
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: [
    // the chrome of the biggest boards in every language: profile insights, "from the full job description", related searches, view counters, scam notes
    "profielinzichten", "afkomstig uit de volledige vacaturetekst", "gerelateerde zoekopdrachten",
    "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "deze site gebruikt cookies", "alle rechten voorbehouden"],
  // interview steps (wip-steps): what a hiring step's line names
  itemStems: {
    // what the person does opens the item: "Je ontwikkelt…", "Het opstellen van…", "Verantwoordelijk voor…"
    responsibilities: ["je ontwikkel", "je beheer", "je werkt", "je zorgt", "je adviseer", "je bent verantwoordelijk", "je ondersteun", "je stelt", "je voert", "je rijdt", "je begeleid", "je onderhoud", "je analyseer", "je coördineer", "je plant", "je controleer", "je draagt", "je denkt mee", "je verwerkt", "je houdt", "je maakt", "je bouwt", "je test", "het opstellen", "het beheren", "het ontwikkelen", "het uitvoeren", "het onderhouden", "het begeleiden", "het coördineren", "het adviseren", "het verwerken", "ontwikkelen", "beheren", "opstellen", "uitvoeren", "onderhouden", "verantwoordelijk", "aansturen", "ondersteunen", "adviseren", "zorgen voor", "meedenken", "signaleren", "laden en lossen", "verwerken", "bijhouden", "coördineren", "begeleiden", "controleren", "plannen"],
    requirements: ["jaar ervaring", "jaar werkervaring", "ervaring met", "ervaring in", "ervaring als", "werkervaring", "kennis van", "afgeronde opleiding", "relevante opleiding", "een opleiding", "opleiding in", "opleidingsniveau", "diploma", "rijbewijs", "mbo", "hbo", "wo-niveau", "wo niveau", "beheersing", "vloeiend", "je hebt", "minimaal", "affiniteit met", "certificaat", "vca", "goede communicatieve", "uitstekende", "aantoonbare", "bereidheid", "in bezit van", "beschikt over"],
    "nice-to-have": ["pré", "pre", "pluspunt", "een pluspunt", "bij voorkeur", "gewenst", "strekt tot aanbeveling", "mooi meegenomen", "is een voordeel"],
    benefits: ["salaris", "cao", "vakantiedagen", "vakantiegeld", "dertiende maand", "13e maand", "pensioen", "reiskostenvergoeding", "thuiswerkvergoeding", "leaseauto", "opleidingsmogelijkheden", "ontwikkelmogelijkheden", "doorgroeimogelijkheden", "flexibele werktijden", "vaste baan", "onbepaalde tijd", "fietsplan", "onkostenvergoeding", "overuren", "personeelskorting", "vergoeding", "budget", "adv-dagen", "bedrijfsfitness"],
    "interview-process": ["kennismakingsgesprek", "tweede gesprek", "eerste gesprek", "sollicitatiegesprek", "proefdag", "meeloopdag", "assessment", "minuten"],
  },
  // --- chrome by shape (issue 11 part 4): buttons, site sentences, cross-links, screening answers, counters ---
    uiVerbLast: true,
    uiVerbs: ["reageer", "reageren", "solliciteer", "solliciteren", "deel", "delen", "bewaar", "bewaren", "opslaan", "bekijk", "bekijken", "meld", "melden", "rapporteer", "printen", "downloaden", "inloggen", "aanmelden", "registreren", "ontdek", "ontdekken", "zoek", "zoeken", "vergelijk", "maak", "lees", "terug naar", "volg", "volgen", "klik", "boek"],
    uiObjects: ["vacature", "baan", "banen", "functie", "bedrijf", "werkgever", "pagina", "profiel", "sollicitatie", "demo", "premium", "vriend", "privacybeleid", "beleid", "alert", "salaris", "review", "link", "website", "nu", "meer", "hier", "alle", "recruiter", "account"],
    siteTerms: ["niet verantwoordelijk voor het sollicitatieproces", "niet verantwoordelijk voor de sollicitatie", "cookie", "privacybeleid", "privacyverklaring", "algemene voorwaarden", "gebruiksvoorwaarden", "je browser", "uw browser", "javascript inschakelen", "deze website", "deze site", "deze pagina", "officiële website", "alle rechten voorbehouden", "uitschrijven", "deze e-mail", "vacaturemelding", "toegankelijkheidsverklaring"],
    boardNouns: ["vacatures", "banen", "salarissen", "functies"],
    placeWords: ["in", "bij", "te"],
    answerWords: ["ja", "nee", "overslaan"],
    formFields: ["naam", "voornaam", "achternaam", "e-mail", "email", "telefoon", "telefoonnummer", "bericht", "je bericht", "verstuur", "versturen", "verzenden"],
    counterNouns: ["medewerkers", "werknemers", "volgers", "sollicitanten", "sollicitaties", "beoordelingen", "sterren", "weergaven"],
  labels: {
    tags: ["trefwoorden", "tags"],
    title: ["functietitel", "functie", "vacaturetitel", "functienaam"],
    company: ["bedrijf", "werkgever", "organisatie", "bedrijfsnaam", "opdrachtgever"],
    location: ["standplaats", "locatie", "werklocatie", "plaats", "adres", "vestiging", "plaats van tewerkstelling", "plaats tewerkstelling", "tewerkstellingsplaats", "werkplaats", "regio"],
    region: ["regio", "provincie"],
    salary: ["salaris", "salarisindicatie", "beloning", "bruto maandsalaris", "maandsalaris", "uurloon", "salarisschaal", "schaal", "salaris indicatie"],
    employmentType: ["dienstverband", "soort dienstverband", "type dienstverband", "contract", "contractvorm", "soort contract", "type contract", "uren", "aantal uren", "uren per week", "werkuren", "arbeidsduur", "contracttype"],
    workplaceType: ["thuiswerken", "werkmodel", "werkvorm"],
    category: ["vakgebied", "branche", "categorie", "functiegebied", "sector", "beroepsgroep"],
    department: ["afdeling"],
    experience: ["ervaring", "werkervaring", "vereiste ervaring", "jaren ervaring"],
    education: ["opleiding", "opleidingsniveau", "vereiste opleiding", "niveau opleiding"],
    seniority: ["carrièreniveau", "werkniveau", "functieniveau"],
    postedAt: ["geplaatst", "geplaatst op", "publicatiedatum", "datum geplaatst", "gepubliceerd", "gepubliceerd op", "datum"],
    validThrough: ["sluitingsdatum", "reageren voor", "solliciteren tot", "reageren tot", "sollicitatietermijn"],
    startDate: ["startdatum", "ingangsdatum", "begindatum", "start"],
  },
};
