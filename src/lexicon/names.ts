/**
 * Evidence that a capitalised name is the hiring company, and words that are never one. Data only:
 * the mechanism is `src/detectors/company-evidence.ts`. Phrases are matched case-sensitively on word
 * boundaries where they start with a capital, case-insensitively otherwise.
 */

/** Phrases the company's name follows, with how much each says: "About Acme", "Willkommen bei Acme". */
export const NAME_AFTER_CUES: readonly (readonly [string, number])[] = [
  ["About", 3], ["Join", 2], ["Welcome to", 3], ["Life at", 3], ["Careers at", 3], ["Working at", 2], ["work at", 1], ["This is", 2],
  ["Why", 1], ["Who is", 2], ["Meet", 1],
  ["Über", 3], ["Willkommen bei", 3], ["Arbeiten bei", 2], ["Karriere bei", 3], ["Wer ist", 2],
  ["À propos de", 3], ["A propos de", 3], ["Rejoignez", 2], ["Rejoindre", 2], ["Bienvenue chez", 3], ["Qui est", 2],
  ["Acerca de", 3], ["Sobre", 2], ["Únete a", 2], ["Trabaja en", 2], ["Bienvenido a", 3], ["mais sobre a", 3], ["mais sobre o", 3],
  ["Junte-se à", 2], ["Faça parte da", 2], ["Faça parte do", 2],
  ["Over", 2], ["Werken bij", 3], ["Kom werken bij", 3], ["Welkom bij", 3],
  ["O firmie", 2], ["Dołącz do", 2], ["Pracuj w", 1],
  ["Wir sind die", 3], ["Wir sind der", 3], ["Wir sind", 2], ["We are", 2], ["Nous sommes", 2], ["Somos a", 2], ["Somos", 1], ["Wij zijn", 2], ["Jesteśmy", 1],
  ["Warum", 2], ["Pourquoi", 2], ["Por qué", 2], ["Por que", 2], ["Waarom", 2], ["Dlaczego", 2],
];

/** Phrases the company's name follows only when a comma closes it: "At Acme, we…", "Chez Acme, nous…", "as the X at Acme, you'll". */
export const NAME_AFTER_COMMA_CUES: readonly (readonly [string, number])[] = [
  ["At", 3], ["at", 1], ["Bei", 3], ["Chez", 3], ["chez", 1], ["En", 2], ["Na", 2], ["Em", 2], ["Bij", 3], ["W", 1],
];

/** Phrases that follow the company's name as the subject: "Acme is an equal opportunity employer". */
export const NAME_BEFORE_CUES: readonly (readonly [string, number])[] = [
  ["is an equal opportunity employer", 4], ["is an equal employment opportunity", 4], ["is an equal opportunity", 3], ["is proud to be an equal", 4],
  ["is committed to", 2], ["is hiring", 3], ["is looking for", 3], ["is seeking", 3], ["is recruiting", 3],
  ["is a", 2], ["is an", 2], ["is the", 2], ["was founded", 2], ["has been", 1], ["offers", 1], ["provides", 1], ["helps", 1],
  ["ist ein", 2], ["ist eine", 2], ["ist der", 2], ["ist die", 2], ["sucht", 2], ["wurde gegründet", 2], ["bietet", 1],
  ["est un", 2], ["est une", 2], ["est le", 2], ["est la", 2], ["recrute", 3], ["a été fondée", 2], ["propose", 1],
  ["es una", 2], ["es un", 2], ["es la", 2], ["es el", 2], ["busca", 2], ["fue fundada", 2], ["ofrece", 1],
  ["é uma", 2], ["é um", 2], ["é a", 2], ["é o", 2], ["foi", 1], ["contrata", 2], ["oferece", 1], ["está contratando", 3],
  ["is een", 2], ["zoekt", 2], ["biedt", 1],
  ["jest", 1], ["poszukuje", 3], ["zatrudni", 3], ["oferuje", 1],
];

/** Words after "X is a …" that make it a sentence about a skill, not a company: "Python is a plus". */
export const NOT_COMPANY_PREDICATES = ["plus", "bonus", "must", "requirement", "prerequisite", "nice", "strong", "great plus", "huge plus", "big plus", "key", "mandatory", "required", "preferred"];

/**
 * Words a name never opens with or is: pronouns, determiners, and the words that open sentences and
 * headings of a posting, in every lexicon language (lowercase).
 */
export const NOT_NAME_WORDS = new Set([
  "we", "we're", "our", "ours", "us", "this", "that", "these", "those", "the", "you", "your", "you'll", "you're", "it", "its", "they", "their", "he", "she", "there", "here",
  "what", "who", "why", "how", "when", "where", "which", "about", "join", "all", "each", "every", "a", "an", "no", "one", "with", "from", "by", "on", "to", "in", "for",
  "if", "as", "at", "and", "or", "some", "most", "many", "more", "any", "other", "new", "please", "apply", "applicants", "applicant", "candidates", "candidate",
  "job", "jobs", "role", "team", "company", "position", "ideal", "experience", "responsibilities", "requirements", "salary", "benefits", "location", "description",
  "summary", "overview", "title", "remote", "hybrid", "onsite", "work", "working", "immediate", "immediately", "must", "should", "will", "can", "may", "do", "don't",
  "is", "are", "be", "has", "have", "not", "only", "also", "great", "good", "strong", "excellent", "key", "main", "full", "part", "full-time", "part-time", "contract",
  "insurance", "volunteer", "upcoming", "open", "careers", "career", "hiring", "now", "today", "yes", "free", "paid", "competitive", "flexible", "equal", "opportunity",
  "requirement", "qualification", "qualifications", "skills", "skill", "duties", "tasks", "perks", "mission", "vision", "values", "culture", "department", "division",
  "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "sie", "ihr", "ihre", "du", "dein", "deine", "der", "die", "das", "den", "dem", "ein", "eine", "einen",
  "es", "bei", "mit", "und", "oder", "für", "als", "im", "auf", "zu", "was", "wer", "wie", "warum", "seit", "ab", "bis", "standort", "aufgaben", "profil", "stelle",
  "nous", "notre", "nos", "vous", "votre", "vos", "tu", "ton", "ta", "tes", "il", "elle", "ils", "elles", "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "et",
  "ou", "en", "sur", "pour", "avec", "chez", "ce", "cette", "qui", "que", "quoi", "poste", "profil", "missions", "mission", "déploiement", "entreprise", "société",
  "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "usted", "ustedes", "el", "los", "las", "lo", "una", "unos", "y", "o", "con", "para", "por", "somos", "empresa",
  "nós", "nosso", "nossa", "nossos", "nossas", "você", "vocês", "os", "as", "um", "uma", "e", "com", "na", "no", "da", "do", "vaga", "vagas", "buscamos",
  "wij", "ons", "onze", "jij", "je", "jouw", "u", "uw", "het", "een", "en", "bij", "functie", "functieomschrijving", "vacature", "werkgever",
  "my", "nasz", "nasza", "nasze", "naszego", "ty", "twój", "twoja", "twoje", "firma", "praca", "oferujemy", "wymagania", "obowiązki",
  "noi", "nostro", "nostra", "lei", "voi", "il", "lo", "gli",
  // company area: the Spanish and Portuguese reflexive ("Se requiere…", "Se busca…")
  "se",
]);

/** Legal forms that make a line a company name on their own: "Acme GmbH", "Acme Sp. z o.o.". Lowercase. */
export const LEGAL_FORMS = [
  "gmbh", "ggmbh", "ag", "kg", "kgaa", "se", "ug", "e.v.", "ltd", "ltd.", "limited", "plc", "llc", "llp", "inc", "inc.", "corp", "corp.", "corporation", "co.", "company", "group",
  "sa", "s.a.", "sas", "s.a.s.", "sarl", "s.a.r.l.", "sl", "s.l.", "ltda", "ltda.", "s.r.l.", "srl", "spa", "s.p.a.", "bv", "b.v.", "nv", "n.v.", "sp. z o.o.", "s.a.u.",
  "pty", "pty ltd", "oy", "ab", "as", "a/s", "aps", "gbr", "ohg", "mbh",
  "s.a. de c.v.", "sa de cv", "de c.v.", "s. de r.l.", "s.a.p.i. de c.v.", "eireli", "s.r.o.", "a.s.", "kft", "kft.", "zrt", "d.o.o.", "sdn bhd", "bhd", "pte ltd", "pte. ltd.",
  "pvt ltd", "pvt. ltd.", "private limited", "co., ltd.", "k.k.", "sp. j.", "sp.k.", "s.c.",  // tr / hu: "Ege Tekstil Sanayi ve Ticaret A.Ş.", "Körfez Lojistik Ltd. Şti."; "Dunaparti Zrt.", "Nyrt.", "Bt."
  "a.ş.", "ltd. şti.", "ltd.şti.", "şti.", "zrt.", "nyrt", "nyrt.", "bt.",
];

/** Government employers: "City of Portland", "Adams County", "State of Iowa" (the words, lowercase). */
export const GOVERNMENT_OF = ["city", "county", "state", "town", "village", "borough", "township", "commonwealth", "city and county", "parish"];
/** A public body named by its department: "Department of Veterans Affairs" is a name, though less the employer than its county. */
export const PUBLIC_BODY_OF = ["department", "ministry"];
export const GOVERNMENT_SUFFIX = ["county", "city", "parish", "township", "borough"];

/** Phrases of an anonymous recruiter's ad: the employer is not named, so there is no company (lowercase). */
export const ANONYMOUS_CLIENT = [
  "our client", "our customer is", "on behalf of our client", "on behalf of a client", "my client", "a client of ours",
  "unser kunde", "unseres kunden", "unseren kunden", "unser mandant", "unseres mandanten", "für unseren kunden", "im auftrag unseres",
  "notre client", "pour le compte de notre client", "pour l'un de nos clients", "pour un de nos clients", "de ses clients", "de nos clients",
  "nuestro cliente", "para nuestro cliente", "para importante empresa", "nosso cliente", "para nosso cliente", "empresa cliente",
  "onze opdrachtgever", "onze klant", "voor onze opdrachtgever", "naszego klienta", "dla naszego klienta", "nasz klient",
];

/**
 * The words of a recruiter's heading over its client's presentation ("About Our Client", "Über unseren
 * Kunden", "Notre client", "Sobre o cliente", "Onze opdrachtgever"), lowercase: a name the paragraph under
 * such a heading opens with is the employer, not the agency whose page it is.
 */
export const CLIENT_HEADING_WORDS = new Set(["client", "kunde", "kunden", "mandant", "mandanten", "cliente", "klant", "opdrachtgever", "klient", "klienta", "klientem"]);

/** "Our client, <Name>, …": the words a recruiter names its client after, with a comma (lowercase). */
export const NAMED_CLIENT_LEADS = ["our client", "notre client", "unser kunde", "unser mandant", "nuestro cliente", "nosso cliente", "onze opdrachtgever", "onze klant", "nasz klient", "il nostro cliente"];

/** Host names of job boards, ATS and mail services: their domain is never the employer's (lowercase stems). */
export const NOT_EMPLOYER_HOSTS = new Set([
  "greenhouse", "lever", "workday", "myworkdayjobs", "ashbyhq", "smartrecruiters", "personio", "recruitee", "workable", "bamboohr", "jobvite", "icims",
  "teamtailor", "breezy", "jazzhr", "applytojob", "theresumator", "linkedin", "indeed", "glassdoor", "ziprecruiter", "monster", "stepstone", "xing",
  "google", "gmail", "googlemail", "outlook", "hotmail", "yahoo", "icloud", "protonmail", "proton", "gmx", "web", "live", "aol", "mail",
  "governmentjobs", "neogov", "usajobs", "calcareers", "github", "gitlab", "bit", "goo", "t", "forms", "docs", "calendly", "typeform",
  "youtube", "facebook", "twitter", "x", "instagram", "medium", "wellfound", "angel", "ycombinator", "news", "hn", "arbeitnow", "pracuj",
  "francetravail", "pole-emploi", "nerdin", "gupy", "topcv", "trabajando", "computrabajo", "jooble", "welcometothejungle", "join", "jobs", "careers",
  "recruiting", "apply", "wikipedia", "w3", "schema", "example", "bit.ly", "lnkd", "eepurl", "mailchimp", "hubspot", "notion", "airtable",
]);

/**
 * Names of job boards and aggregators as their pages print them (logo line, page title, copyright):
 * the board that shows a posting is never its employer. Compared as letters and digits only, with a
 * trailing "Jobs"/"Careers" word dropped ("Trade Me Jobs" → trademe). Boards named by a common word (Shine, Reed,
 * Wanted, Dice) are left out: employers carry those names too.
 */
export const JOB_BOARD_NAMES = [
  "indeed", "linkedin", "glassdoor", "ziprecruiter", "monster", "careerbuilder", "simplyhired", "snagajob", "craigslist",
  "idealist", "wellfound", "angellist", "otta", "welcome to the jungle", "builtin", "built in", "the muse", "handshake", "ripplematch",
  "usajobs", "governmentjobs", "we work remotely", "weworkremotely", "remoteok", "remote ok", "remotive", "himalayas", "working nomads",
  "jooble", "adzuna", "talent.com", "neuvoo", "jobrapido", "jobijoba", "careerjet", "jobted", "jora", "seek", "trade me", "trademe",
  "jobstreet", "jobsdb", "mycareersfuture", "kalibrr", "naukri", "foundit", "monster india", "timesjobs", "bayt", "naukrigulf",
  "gulftalent", "jobberman", "brightermonday", "pnet", "careers24", "careerjunction", "totaljobs", "cv-library", "cv library",
  "cwjobs", "jobsite", "guardian jobs", "charityjob", "jobs.ac.uk", "nhs jobs", "irishjobs", "jobs.ie", "s1jobs", "escape the city",
  "eluta", "workopolis", "job bank", "jobbank", "stepstone", "xing", "stellenanzeigen", "meinestadt", "jobware", "stellenwerk",
  "get in it", "arbeitnow", "arbeitsagentur", "jobbörse", "kununu", "karriere.at", "jobs.ch", "jobup", "jobscout24", "jobcloud",
  "hellowork", "regionsjob", "cadremploi", "apec", "meteojob", "jobteaser", "france travail", "pôle emploi", "pole emploi", "keljob",
  "infojobs", "computrabajo", "bumeran", "zonajobs", "laborum", "multitrabajos", "trabajando", "occmundial", "occ mundial",
  "tecnoempleo", "jobandtalent", "indeed méxico", "catho", "vagas", "gupy", "programathor", "sapo emprego", "net-empregos",
  "itjobs", "trampos", "nationale vacaturebank", "intermediair", "werk.nl", "jobbird", "werkzoeken", "pracuj", "nofluffjobs",
  "no fluff jobs", "justjoin.it", "just join it", "bulldogjob", "olx", "olx praca", "rocketjobs", "jobs.cz", "profesia", "jobindex",
  "jobnet", "platsbanken", "arbetsförmedlingen", "blocket", "topcv", "vietnamworks", "careerviet", "saramin", "jobkorea",
  "51job", "zhaopin", "hh.ru", "djinni", "work.ua", "nerdin",
];

/** Labels whose value is the employer, written inline ("Kto szuka: Acme Sp. z o.o. Stanowisko: …") or on their own line. */
export const COMPANY_LABELS = [
  "Company", "Company name", "Employer", "Hiring company", "Hiring organization", "Organization", "Organisation", "Agency", "Client",
  "Unternehmen", "Arbeitgeber", "Firma", "Entreprise", "Employeur", "Société", "Empresa", "Empleador", "Empregador",
  "Werkgever", "Bedrijf", "Organisatie", "Kto szuka", "Pracodawca", "Nazwa firmy", "Nazwa pracodawcy", "Azienda",
];

/** Labels whose value is the job title ("Stanowisko: QA Engineer", "Poste : Chef de projet"). */
export const TITLE_LABELS = [
  "Job title", "Job Title", "Title", "Position", "Position title", "Working title", "Class title", "Role", "Vacancy",
  "Stellenbezeichnung", "Stelle", "Position", "Poste", "Intitulé du poste", "Intitulé", "Cargo", "Puesto", "Vaga", "Função",
  "Functie", "Functietitel", "Vacature", "Stanowisko", "Nazwa stanowiska", "Posizione", "Ruolo",
];

/** First words of a company value that stands for an unnamed client ("Klient portalu Praca.pl", "Confidential"). Lowercase. */
/** A date line that names who posted: "Posted on November 28, 2026 by Acme Bistro" (lead word, word before the name; lowercase). */
export const POSTED_BY_WORDS: readonly (readonly [string, string])[] = [
  ["posted", "by"], ["published", "by"], ["publié", "par"], ["publiée", "par"], ["publicado", "por"], ["publicada", "por"],
  ["veröffentlicht", "von"], ["pubblicato", "da"], ["pubblicata", "da"], ["geplaatst", "door"], ["opublikowano", "przez"],
];
/** Words that open the site after an employer's name: "Acme – Site de Toulouse", "Acme - Standort Kiel" (lowercase). */
export const SITE_AFTER_NAME_WORDS = ["site", "site de", "standort", "werk", "niederlassung", "filiale", "sede", "sede de", "établissement", "agence", "branch", "campus", "vestiging"];
export const UNNAMED_EMPLOYER_WORDS = new Set(["klient", "client", "kunde", "cliente", "opdrachtgever", "confidential", "confidencial", "confidentiel", "vertraulich", "anonymous", "anonyme", "undisclosed", "poufne"]);

/** First words of a heading that introduce a section rather than name a role ("About Warehouse Engineering Team"). Lowercase. */
export const NOT_TITLE_FIRST_WORDS = new Set(["about", "our", "we", "your", "you", "why", "what", "who", "how", "join", "meet", "über", "unser", "unsere", "ihr", "ihre", "à", "notre", "nos", "votre", "sobre", "nuestro", "nuestra", "nosso", "nossa", "a", "o", "la", "le", "el", "les", "de", "des", "du", "con", "respect", "missions", "mission", "key", "executive", "volunteer"]);

/**
 * How a board's search-result heading opens or goes on ("Vagas de Cozinheiro em Salvador - BA", "Cook jobs in
 * Leeds", "Offres d'emploi Comptable à Lyon"): the list the posting was found in, never its title (lowercase).
 */
export const LISTING_LEADS = [
  "vagas de", "vagas para", "empregos de", "empleos de", "ofertas de empleo de", "ofertas de trabajo de", "trabajos de", "offres d'emploi", "emplois de",
  "stellenangebote", "stellenangebote als", "jobs als", "offerte di lavoro", "offerte lavoro", "lavoro come", "vacatures", "oferty pracy", "praca jako", "jobs for",
];
export const LISTING_INFIXES = [" jobs in ", " jobs near ", " job vacancies in ", " vacancies in ", " jobs im ", " jobs en ", " stellenangebote in "];

/** First words of a link back to the board's list, never a title: "Zurück zur Ergebnisliste", "Back to search results", "Torna alle offerte". */
export const BACK_LINK_WORDS = new Set(["zurück", "back", "retour", "revenir", "torna", "tornare", "volver", "voltar", "powrót", "wróć", "terug", "indietro", "tillbaka", "tilbage"]);

/**
 * Words of a job board's menu (lowercase): a run of short lines at the top of a page where several are
 * these is the site's navigation, whatever the other entries say ("HelloWork / Emploi / Alternance /
 * Entreprises / Salaires", "naukri.com / Jobs / Companies / Services / Login / Register").
 */
export const MENU_WORDS = new Set([
  // en
  "jobs", "job search", "find jobs", "search jobs", "browse jobs", "companies", "company reviews", "employers", "for employers", "employer",
  "salaries", "salary guide", "career advice", "careers advice", "courses", "login", "log in", "sign in", "sign up", "register", "menu", "home",
  "search", "services", "my account", "post a job", "post jobs", "recruiters", "recruiting?", "for recruiters", "resources", "blog", "help",
  "skip to main content", "skip to content", "main menu", "notifications", "messages", "saved jobs", "job alerts",
  // an ATS career site's own menu ("Career Center | Recruitment / Current Openings / My Applications")
  "current openings", "current opportunities", "open positions", "all jobs", "view all jobs", "my applications", "my profile", "career center", "job board",
  // fr
  "emploi", "emplois", "offres d'emploi", "offres", "entreprises", "salaires", "formation", "formations", "mon espace", "mon compte",
  "connexion", "se connecter", "inscription", "recruteurs", "recruteur", "accueil", "rechercher", "conseils", "espace recruteur",
  "trouver un emploi", "conseils carrière", "employeurs", "déposer un cv",
  // es, pt
  "empleos", "empleo", "ofertas", "buscar ofertas", "buscar empleo", "empresas", "salarios", "formación", "ingresar", "publicar aviso",
  "publicar ofertas", "publicar oferta", "iniciar sesión", "registrarse", "regístrate", "inicio", "candidatos", "acceso candidatos",
  "vagas", "entrar", "cadastre-se", "cadastrar", "início", "para empresas", "sou empresa", "sou candidato", "área do candidato", "área da empresa", "anunciar vagas", "carreiras",
  // de
  "jobsuche", "menü", "anmelden", "registrieren", "startseite", "zur startseite", "unternehmen", "gehalt", "gehälter", "karriere",
  "für arbeitgeber", "für arbeitgebende", "ratgeber", "karriereratgeber", "lohnrechner", "gehaltsrechner", "gehaltsvergleich", "für unternehmen", "stellenangebote", "jobs finden", "suche", "merkliste", "mein konto",
  // it, nl, pl
  "offerte di lavoro", "aziende", "accedi", "registrati", "cerca lavoro", "vacatures", "werkgevers", "inloggen", "registreren",
  "oferty pracy", "pracodawcy", "profile pracodawców", "porady", "dla firm", "zaloguj się", "moje konto", "zarejestruj się",
  // chrome by shape (issue 11 part 4): a company site's own menu and footer ("Product / Solutions / Pricing / Customers / Careers")
  "pricing", "solutions", "customers", "careers", "press", "newsroom", "partners", "docs", "documentation", "contact us", "investors",
  "tarifs", "nous contacter", "presse", "preise", "kontakt", "presse", "precios", "contacto", "prensa", "preços", "contato", "imprensa",
  "prezzi", "contatti", "prijzen", "cennik", "kontakt",
  // a site's "About us" and its search button, in each language ("Pesquisar emprego:" ⏎ "Pesquisar")
  "about us", "über uns", "à propos", "qui sommes-nous", "sobre nosotros", "quiénes somos", "sobre nós", "quem somos", "chi siamo", "over ons", "o nas",
  "suchen", "buscar", "pesquisar", "procurar", "cerca", "zoeken", "szukaj", "søk", "sök", "hledat",
]);

/**
 * Words of the closing lines a list section ends with, not items of it: a call to apply, a greeting,
 * "and much more" (lowercase). Read only at a list's end.
 */
export const CLOSING_LINE_WORDS = [
  "apply now", "apply today", "send your cv", "send us your", "we look forward to", "look forward to hearing", "and much more", "and so much more",
  "equal opportunity employer", "any questions", "best regards", "kind regards", "warm regards",
  "viele grüße", "liebe grüße", "beste grüße", "mit freundlichen grüßen", "cordialement", "bien à vous", "un saludo", "saludos cordiales",
  "atenciosamente", "cordiali saluti", "met vriendelijke groet", "pozdrawiam", "z poważaniem",
  "wir freuen uns auf", "wir freuen uns über", "freuen uns auf deine", "freuen uns auf ihre", "bewirb dich", "bewerben sie sich", "jetzt bewerben", "und vieles mehr", "und noch mehr",
  "postulez", "postuler", "n'hésitez pas", "pour toutes questions", "rejoignez-nous", "et bien plus", "et plus encore",
  "envía tu", "envíanos", "postúlate", "postula ya", "y mucho más", "no dudes en",
  "envie seu", "candidate-se", "e muito mais", "venha fazer parte",
  "candidati", "inviaci", "e molto altro",
  "solliciteer", "reageer", "en nog veel meer",
  "aplikuj", "prześlij swoją", "dołącz do nas",
  // how to apply, and who hears back
  "please apply", "to apply,", "to apply:", "apply with your", "apply via", "apply online", "only candidates selected", "only shortlisted",
  "we do not accept cvs", "haben wir ihr interesse geweckt", "haben wir dein interesse geweckt", "ihre vollständigen bewerbungsunterlagen",
  "per candidarti", "invia il tuo cv", "envoyez votre cv", "envie seu currículo", "envía tu cv", "wyślij cv", "stuur je cv",
];

/** Verbs a sentence names its perks after ("We offer a, b, c", "The company provides a, b, c"), lowercase. */
export const CATALOGUE_OFFER_VERBS = [
  "offer", "offers", "provide", "provides", "include", "includes", "bieten", "bietet", "offrons", "offre", "propose", "proposons",
  "ofrecemos", "ofrece", "brindamos", "oferecemos", "oferece", "offriamo", "offre", "bieden", "biedt", "oferujemy", "zapewniamy",
];

/** Words a sentence opens with that no perk does ("We offer…", "You will…"): a line whose pieces open so is prose (lowercase). */
export const CATALOGUE_PRONOUNS = [
  "i", "we", "you", "our", "your", "they", "it", "this", "there", "wir", "sie", "du", "ihr", "unser", "unsere", "nous", "vous", "notre", "votre",
  "nosotros", "usted", "ustedes", "nuestro", "nuestra", "você", "vocês", "nós", "nosso", "nossa", "noi", "voi", "il", "wij", "jij", "je", "u", "ons", "onze",
  "my", "wy", "nasz", "nasza",
  // relative and object pronouns: "…, die entscheidend für die Qualität sind", "…, which we…", "Ihnen moderne Werkzeuge"
  "which", "that", "who", "whom", "die", "der", "das", "welche", "ihnen", "dir", "euch", "qui", "que", "dont", "leur", "lui", "cual", "cuales", "che",
];

// --- title and company on unseen boards (issue 11 part 3, wip-header) ---

/** First words of a breadcrumb: "Strona główna / Testing / QA Engineer", "Home > Jobs > Cook" (lowercase). */
export const HOME_WORDS = new Set([
  "home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "início", "página inicial", "pagina inicial", "strona główna",
  "home pagina", "hoofdpagina", "pagina principale", "jobs", "empleos", "emplois", "vagas", "vacatures", "oferty pracy", "stellenangebote", "ofertas",
]);

/** Tags a board writes in brackets before a title ("[Hiring]", "(Remote)", "[URGENT]"), never part of the role (lowercase). */
export const TITLE_TAG_WORDS = new Set([
  "hiring", "we're hiring", "now hiring", "urgent", "urgently hiring", "new", "featured", "promoted", "sponsored", "top job", "hot", "remote", "hybrid",
  "on-site", "onsite", "full-time", "part-time", "contract", "freelance", "job", "vacancy", "offer", "paid", "closed", "filled",
  "recrutement", "urgent", "nouveau", "télétravail", "cdi", "cdd", "stage", "alternance",
  "neu", "dringend", "remote-job", "vollzeit", "teilzeit", "urgente", "nuevo", "nueva", "remoto", "híbrido", "contratando", "vaga", "empleo",
  "vacature", "nieuw", "pilne", "nowa", "nowe", "zdalnie", "praca zdalna", "nuovo", "urgente",
]);

/**
 * Words that join a title to its employer on one line: "Product Owner bij Waterschap Dijkstroom",
 * "Chef de projet chez Verreval", "Analista en Banco Andino", "Tester w Softbridge" (lowercase). The
 * name after it is the company only when the text writes it again elsewhere.
 */
export const TITLE_EMPLOYER_PREPOSITIONS = ["at", "@", "bij", "chez", "bei", "en", "na", "no", "w", "presso"];

/**
 * Words that open the first sentence of a posting, capitalised: where a scraper glued the title to
 * the text ("Senior Engineer (Rust/C++) At Acme, our mission is…"), the title ends before them.
 */
export const SENTENCE_OPENER_WORDS = new Set([
  "At", "We", "We're", "Our", "Join", "Are", "Do", "Looking", "This", "The", "In", "As",
  "Wir", "Unser", "Unsere", "Bei", "Du", "Sie", "Nous", "Notre", "Chez", "Rejoignez", "Vous", "Au", "Dans",
  "En", "Somos", "Nuestra", "Nuestro", "Estamos", "Buscamos", "Na", "Nossa", "Nosso", "Procuramos",
  "Jesteśmy", "Poszukujemy", "Bij", "Wij", "Onze", "Ons",
]);

// ---- company and title evidence (company area) ----

/**
 * Phrases the company's name follows as the subject's apposition, strong on their own: "We at Acme
 * believe…", "Wir bei KF Brands entwickeln…", "Nous, chez Verreval, …" (first word as written).
 */
export const WE_AT_CUES: readonly (readonly [string, number])[] = [
  ["We at", 4], ["We here at", 4], ["Wir bei", 4], ["Wir von", 3], ["Nous chez", 4], ["Nosotros en", 4], ["Nós da", 4], ["Nós do", 4], ["Nós na", 4],
  ["Wij bij", 4], ["Wij van", 3], ["My w", 3], ["Noi di", 3], ["Aqui na", 3], ["Aqui no", 3], ["Aquí en", 3], ["Hier bei", 3], ["Ici chez", 3],
];

/**
 * Pronouns of the company or the reader that follow "At Acme," / "Bei Acme" as the clause's subject:
 * "At Acme, we…", "At Acme, our mission…", "Bei SecureVibe lernst du…", "Chez Acme, nous…". Lowercase.
 */
export const PLACE_CUE_PRONOUNS = new Set([
  "we", "our", "you", "you'll", "we're", "we've", "us",
  "wir", "unser", "unsere", "unseren", "unserem", "du", "sie", "ihr", "ihre", "dich", "dir",
  "nous", "notre", "nos", "vous", "tu", "on",
  "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "tú", "usted",
  "nós", "nosso", "nossa", "nossos", "nossas", "você",
  "wij", "we", "onze", "ons", "jij", "je", "u",
  "my", "nasz", "nasza", "nasze", "ty", "oferujemy", "noi", "nostro", "nostra",
]);

/** Articles a cue's name may stand behind and that are not part of it: "Willkommen bei der KV GmbH", "Rejoignez la Maison Dupont". Lowercase. */
export const ARTICLES_AFTER_CUE = new Set(["der", "die", "das", "dem", "den", "la", "le", "les", "el", "los", "las", "l'", "a", "o", "da", "do", "het", "de"]);

/** Capitalised nouns that stand after "Bei" in stock sentences, never a name: "Bei Fragen stehen wir…", "Bei Interesse freuen wir uns". Lowercase. */
export const PLACE_CUE_STOCK_NOUNS = new Set(["fragen", "rückfragen", "interesse", "bedarf", "eignung", "vorliegen", "erfolg", "problemen", "unklarheiten", "vragen", "interesse", "vragen", "gelijke", "geschikt"]);

/** Legal forms too common as words to mark a name when read alone in prose ("the company", "our group"). Lowercase. */
/**
 * Short legal forms that are firms' only as written, in their own case, at the end of a name ("Lundgaard & Sønner
 * Snedkerfirma ApS", "Aaretal Feinmechanik AG", "Volvo Lastvagnar AB"): lower-case or shouted they may be other words.
 */
export const CASED_LEGAL_FORMS = ["ApS", "AB", "Oy", "Oyj", "AG", "KG", "NV", "BV", "SpA", "Srl", "AS", "ASA"];
export const WEAK_LEGAL_FORMS = new Set(["company", "group", "corporation", "limited", "as", "ab", "se", "sa", "sl", "ag", "kg", "nv", "bv", "spa", "oy", "sas", "srl", "aps"]);

/** Words after the employer's name, a comma or a dash that name a unit of it: "ORF, Abteilung Human Resources", "Acme – Department of Finance". Lowercase. */
export const UNIT_AFTER_NAME_WORDS = ["abteilung", "bereich", "fachbereich", "department", "dept.", "division", "unit", "team", "service", "direction", "département", "pôle", "departamento", "área", "area", "dział", "afdeling", "dipartimento", "human resources", "personalabteilung", "hr"];

/** Articles of languages that write common nouns in lower case: after a topic cue they may stand before a name ("Sobre a TrueChange", "À propos de la Maison Dupont"). */
export const ROMANCE_ARTICLES = new Set(["a", "o", "la", "le", "les", "el", "los", "las", "l'"]);

/** Cues that name a topic, not a place to work: a name after them never stands behind an article ("Über die Rolle", "About the team"). */
export const TOPIC_CUES = new Set(["About", "Über", "À propos de", "A propos de", "Acerca de", "Sobre", "Over", "O firmie", "Why", "Warum", "Pourquoi", "Por qué", "Por que", "Waarom", "Dlaczego", "Meet", "This is", "Who is", "Wer ist", "Qui est", "mais sobre a", "mais sobre o"]);

/**
 * Words a page glues before or after a title that name the page, not the role: "Stellenausschreibung
 * Redakteur:in", "Nurse – Job Description", "Offre d'emploi Comptable" (lowercase; section headings
 * the lexicon knows count too).
 */
export const JOB_AD_WORDS = new Set([
  "job ad", "job advert", "job advertisement", "job posting", "job post", "job opening", "job offer", "job announcement", "vacancy", "vacancy notice", "opening",
  "stellenausschreibung", "stellenangebot", "stellenanzeige", "jobangebot", "ausschreibung", "jobanzeige",
  "offre d'emploi", "offre", "annonce", "oferta de empleo", "oferta de trabajo", "oferta laboral", "convocatoria", "vaga de emprego", "oferta de emprego",
  "vacature", "oferta pracy", "ogłoszenie", "annuncio", "offerta di lavoro",
]);

/**
 * Words of a department or function line a board writes beside the title ("Design – Product",
 * "Engineering", "Data & Analytics", "Vertrieb"): a line of these words only is no company (lowercase).
 */
export const DEPARTMENT_WORDS = new Set([
  "engineering", "design", "product", "marketing", "sales", "finance", "operations", "data", "analytics", "people", "hr", "human", "resources", "legal",
  "customer", "success", "support", "service", "services", "research", "development", "r&d", "it", "technology", "tech", "security", "infrastructure",
  "platform", "growth", "business", "administration", "admin", "management", "strategy", "communications", "content", "editorial", "brand", "creative",
  "accounting", "procurement", "supply", "chain", "manufacturing", "production", "quality", "science", "machine", "learning", "ai", "software", "hardware",
  "mobile", "web", "frontend", "backend", "devops", "cloud", "talent", "recruiting", "partnerships", "partner", "experience", "team", "teams", "department",
  "vertrieb", "entwicklung", "personal", "verwaltung", "einkauf", "produktion", "technik", "buchhaltung", "kundenservice", "forschung",
  "ingénierie", "ventes", "commercial", "produit", "recherche", "finances", "ressources", "humaines", "juridique", "ingeniería", "ventas", "producto",
  "operaciones", "finanzas", "recursos", "humanos", "tecnología", "engenharia", "vendas", "produto", "operações", "tecnologia", "dados",
  "verkoop", "ontwikkeling", "sprzedaż", "rozwój", "finanse", "technologia",
]);

/** Last words that make a line an institution's name, not a title without a role noun ("Red Hill Elementary School"). Lowercase. */
export const INSTITUTION_WORDS = new Set([
  "school", "academy", "university", "college", "institute", "hospital", "clinic", "church", "bank", "council", "county", "city", "office", "agency",
  "ministry", "museum", "library", "foundation", "association", "society", "club", "centre", "center", "hotel", "restaurant", "café", "cafe", "studio",
  "schule", "universität", "hochschule", "klinik", "krankenhaus", "stiftung", "verein", "école", "université", "hôpital", "mairie", "escuela", "universidad",
  "hospital", "colegio", "fundación", "escola", "universidade", "fundação", "szkoła", "uniwersytet", "szpital", "fundacja",
]);

/** Words a careers site writes after the employer's name: "Hartwell Careers", "Acme Jobs", "Lumen & Co Karriere" (lowercase). */
export const CAREERS_SUFFIX_WORDS = new Set(["careers", "career", "jobs", "job board", "careers site", "career site", "karriere", "jobbörse", "stellenangebote", "carrières", "carrière", "emplois", "empleos", "carreras", "vagas", "carreiras", "vacatures", "werken bij", "kariera", "oferty pracy", "lavora con noi"]);

/** Phrases a careers site writes before the employer's name: "Open roles at Velmont", "Jobs bei Acme" (lowercase, with the preposition). */
export const CAREERS_PREFIXES = ["careers at", "jobs at", "open roles at", "open positions at", "current openings at", "work at", "working at", "join", "karriere bei", "jobs bei", "offene stellen bei", "arbeiten bei", "carrières chez", "emplois chez", "rejoignez", "empleos en", "trabaja en", "vagas na", "vagas no", "trabalhe na", "trabalhe no", "werken bij", "vacatures bij", "kariera w", "praca w", "lavora con"];

/**
 * Verbs that say the subject is hiring, after the company's name: "Maison Verlaine recrute…", "Die
 * Bäckerei Krume sucht…", "A Vértice Digital está em busca de…". Where the name opens one of the
 * posting's first paragraphs, the sentence presents the employer outright.
 */
export const HIRING_BEFORE_CUES: readonly (readonly [string, number])[] = [
  ["recherche", 2], ["cherche", 2], ["embauche", 3], ["est à la recherche", 3],
  ["stellt ein", 3], ["sucht ab sofort", 3], ["sucht zum", 3],
  ["está buscando", 3], ["está en búsqueda", 3], ["se encuentra en búsqueda", 3], ["requiere", 2], ["requiere contratar", 3], ["necesita", 2],
  ["está em busca", 3], ["está à procura", 3], ["procura", 2], ["busca", 2],
  ["is looking to hire", 3], ["wants", 1], ["needs", 1],
  ["zoekt", 2], ["poszukuje", 3], ["zatrudni", 3], ["szuka", 2], ["cerca", 2], ["assume", 2],
];
/** The hiring verbs among the cues (first words, lowercase): a name they follow at the top of the posting is the employer. */
export const HIRING_VERBS = new Set(["is", "recrute", "recherche", "cherche", "embauche", "est", "sucht", "stellt", "busca", "está", "se", "requiere", "necesita", "contrata", "procura", "zoekt", "poszukuje", "zatrudni", "szuka", "cerca", "assume"]);

/** "We are Acme, a…", "Nous sommes Atelier Brune, une PME…": the name the company gives itself before an apposition. */
export const WE_ARE_CUES = new Set(["We are", "We're", "Nous sommes", "Wir sind", "Somos", "Wij zijn", "Jesteśmy", "Siamo"]);

/** Endings of a first-person plural verb in languages that drop the pronoun: "En Tecnova buscamos…", "W Softrax tworzymy…". */
export const FIRST_PLURAL_ENDINGS = ["amos", "emos", "imos", "ámos", "emy", "imy", "iamo"];

/** Generic nouns for a company written before its name: "Firma Softrax", "Unternehmen Krume", "Empresa Andes" (lowercase). */
export const COMPANY_NOUNS = new Set(["agence", "agencia", "firma", "company", "unternehmen", "empresa", "entreprise", "société", "bedrijf", "azienda", "spółka", "organisation", "organization"]);

/**
 * A heading of other postings: a "similar" word beside a word for jobs ("Avisos similares", "Missions
 * similaires", "Ähnliche Stellen", "Similar roles", "Vagas semelhantes"), whatever board words it. Lowercase.
 */
export const SIMILAR_WORDS = new Set([
  "similar", "similars", "similares", "similaires", "simili", "semelhantes", "ähnliche", "ähnlichen", "vergelijkbare", "soortgelijke", "podobne",
  "podobné", "liknande", "lignende", "related", "relacionadas", "relacionados", "relatives", "correlati", "correlate",
]);
export const JOB_NOUNS = new Set([
  "jobs", "job", "roles", "positions", "openings", "vacancies", "listings", "ads", "offers", "opportunities", "missions", "offres", "postes", "emplois",
  "annonces", "avisos", "anuncios", "ofertas", "empleos", "vacantes", "puestos", "trabajos", "vagas", "oportunidades", "empregos", "offerte", "annunci",
  "lavori", "posizioni", "stellen", "stellenangebote", "jobangebote", "anzeigen", "vacatures", "banen", "oferty", "ogłoszenia", "nabídky", "pozice",
  "jobb", "stillinger", "jobber", "annonser", "tjenester",
]);
/** The only other words such a heading holds ("See other similar jobs", "Autres missions similaires"). */
export const SIMILAR_FILLER_WORDS = new Set([
  "other", "more", "see", "view", "all", "autres", "d'autres", "voir", "otras", "otros", "ver", "outras", "outros", "andere", "weitere", "altre", "altri",
  "inne", "de", "des", "d", "la", "les", "el", "los", "las", "as", "os", "le", "di", "van", "te",
]);
