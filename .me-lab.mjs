// ../../tmp/dbg/labels.ts
import { readFileSync } from "node:fs";

// src/lexicon/dict.ts
function dict(entries) {
  return Object.assign(/* @__PURE__ */ Object.create(null), entries);
}

// src/lexicon/terms.ts
var EMPLOYMENT = [
  ["internship", "internship"],
  ["internships", "internship"],
  ["intern", "internship"],
  ["stagiaire", "internship"],
  ["stage de fin d'\xE9tudes", "internship"],
  ["stage de", "internship"],
  ["en stage", "internship"],
  ["offre de stage", "internship"],
  ["stage conventionn\xE9", "internship"],
  ["stage pfe", "internship"],
  ["alternance", "internship"],
  ["alternant", "internship"],
  ["alternante", "internship"],
  ["apprentissage", "internship"],
  ["contrat d'apprentissage", "internship"],
  ["contrat de professionnalisation", "internship"],
  ["apprenticeship", "internship"],
  ["apprentice", "internship"],
  ["praktikum", "internship"],
  ["pflichtpraktikum", "internship"],
  ["praktikant", "internship"],
  ["praktikantin", "internship"],
  ["ausbildung zum", "internship"],
  ["ausbildung zur", "internship"],
  ["ausbildung als", "internship"],
  ["ausbildungsplatz", "internship"],
  ["ausbildungsstelle", "internship"],
  ["auszubildende", "internship"],
  ["auszubildender", "internship"],
  ["azubi", "internship"],
  ["duales studium", "internship"],
  ["pr\xE1cticas", "internship"],
  ["practicas", "internship"],
  ["becario", "internship"],
  ["becaria", "internship"],
  ["beca", "internship"],
  ["est\xE1gio", "internship"],
  ["estagi\xE1rio", "internship"],
  ["tirocinio", "internship"],
  ["stage curriculare", "internship"],
  ["co-op", "internship"],
  ["trainee", "internship"],
  ["traineeship", "internship"],
  // pl, nl, pt-PT, vi, ko
  ["p\u0142atny sta\u017C", "internship"],
  ["bezp\u0142atny sta\u017C", "internship"],
  ["oferta sta\u017Cu", "internship"],
  ["praktyki studenckie", "internship"],
  ["praktyki zawodowe", "internship"],
  ["praktyki letnie", "internship"],
  ["praktykant", "internship"],
  ["praktykantka", "internship"],
  ["sta\u017Cysta", "internship"],
  ["sta\u017Cystka", "internship"],
  ["program sta\u017Cowy", "internship"],
  ["stagiair", "internship"],
  ["afstudeerstage", "internship"],
  ["meewerkstage", "internship"],
  ["stageplaats", "internship"],
  ["stageplek", "internship"],
  ["afstudeeropdracht", "internship"],
  ["est\xE1gio profissional", "internship"],
  ["th\u1EF1c t\u1EADp", "internship"],
  ["th\u1EF1c t\u1EADp sinh", "internship"],
  ["\uC778\uD134", "internship"],
  ["\uC778\uD134\uC2ED", "internship"],
  ["\uCCB4\uD5D8\uD615 \uC778\uD134", "internship"],
  ["\uCC44\uC6A9\uC5F0\uACC4\uD615 \uC778\uD134", "internship"],
  ["volunteer", "volunteer"],
  ["volunteering", "volunteer"],
  ["unpaid", "volunteer"],
  ["b\xE9n\xE9vole", "volunteer"],
  ["b\xE9n\xE9volat", "volunteer"],
  ["ehrenamt", "volunteer"],
  ["ehrenamtlich", "volunteer"],
  ["voluntariado", "volunteer"],
  ["voluntario", "volunteer"],
  ["volontariato", "volunteer"],
  ["wolontariat", "volunteer"],
  ["wolontariusz", "volunteer"],
  ["vrijwilliger", "volunteer"],
  ["vrijwilligerswerk", "volunteer"],
  ["t\xECnh nguy\u1EC7n vi\xEAn", "volunteer"],
  ["\uC790\uC6D0\uBD09\uC0AC", "volunteer"],
  ["freelance", "freelance"],
  ["freelancer", "freelance"],
  ["self-employed", "freelance"],
  ["freiberuflich", "freelance"],
  ["freie mitarbeit", "freelance"],
  ["aut\xF3nomo", "freelance"],
  ["ind\xE9pendant", "freelance"],
  ["portage salarial", "freelance"],
  ["libero professionista", "freelance"],
  ["partita iva", "freelance"],
  ["zzp", "freelance"],
  ["zzp'er", "freelance"],
  ["zzp-opdracht", "freelance"],
  ["samozatrudnienie", "freelance"],
  ["c\u1ED9ng t\xE1c vi\xEAn", "freelance"],
  ["\uD504\uB9AC\uB79C\uC11C", "freelance"],
  ["temporary", "temporary"],
  ["temp", "temporary"],
  ["temp-to-perm", "temporary"],
  ["seasonal", "temporary"],
  ["interim", "temporary"],
  ["int\xE9rim", "temporary"],
  ["int\xE9rimaire", "temporary"],
  ["cdd", "temporary"],
  ["befristet", "temporary"],
  ["befristete", "temporary"],
  ["befristeter", "temporary"],
  ["zeitarbeit", "temporary"],
  ["temporal", "temporary"],
  ["contrato temporal", "temporary"],
  ["tempor\xE1rio", "temporary"],
  ["tempo determinato", "temporary"],
  ["fixed-term", "temporary"],
  ["fixed term", "temporary"],
  ["saisonnier", "temporary"],
  ["saisonni\xE8re", "temporary"],
  ["aushilfe", "temporary"],
  ["maternity cover", "temporary"],
  ["parental leave cover", "temporary"],
  ["elternzeitvertretung", "temporary"],
  ["karenzvertretung", "temporary"],
  ["mutterschutzvertretung", "temporary"],
  ["per diem", "temporary"],
  ["sustituci\xF3n", "temporary"],
  ["umowa na czas okre\u015Blony", "temporary"],
  ["na czas okre\u015Blony", "temporary"],
  ["umowa na zast\u0119pstwo", "temporary"],
  ["praca sezonowa", "temporary"],
  ["praca tymczasowa", "temporary"],
  ["tijdelijk", "temporary"],
  ["tijdelijk contract", "temporary"],
  ["uitzendbasis", "temporary"],
  ["uitzendwerk", "temporary"],
  ["seizoenswerk", "temporary"],
  ["oproepbasis", "temporary"],
  ["contrato a termo", "temporary"],
  ["contrato a termo certo", "temporary"],
  ["th\u1EDDi v\u1EE5", "temporary"],
  ["\uAE30\uAC04\uC81C", "temporary"],
  ["\uC784\uC2DC\uC9C1", "temporary"],
  // Dutch permanent contracts, before "contract"
  ["vast contract", "full-time"],
  ["vaste baan", "full-time"],
  ["vast dienstverband", "full-time"],
  ["vaste aanstelling", "full-time"],
  ["contract", "contract"],
  ["contractor", "contract"],
  ["contract-to-hire", "contract"],
  ["contract to hire", "contract"],
  ["c2c", "contract"],
  ["corp-to-corp", "contract"],
  ["corp to corp", "contract"],
  ["1099", "contract"],
  ["w2 contract", "contract"],
  ["contract w2", "contract"],
  ["outside ir35", "contract"],
  ["inside ir35", "contract"],
  ["day rate", "contract"],
  ["freelance contract", "contract"],
  ["auftragsbasis", "contract"],
  ["projektbasis", "contract"],
  ["mission freelance", "contract"],
  ["contrato por obra", "contract"],
  ["daily rate", "contract"],
  ["tjm", "contract"],
  ["taux journalier", "contract"],
  ["tagessatz", "contract"],
  ["umowa b2b", "contract"],
  ["kontrakt b2b", "contract"],
  ["b2b contract", "contract"],
  ["kontrakt", "contract"],
  ["umowa zlecenie", "contract"],
  ["umowa zlecenia", "contract"],
  ["umowa o dzie\u0142o", "contract"],
  ["detachering", "contract"],
  ["\uACC4\uC57D\uC9C1", "contract"],
  ["part-time", "part-time"],
  ["part time", "part-time"],
  ["parttime", "part-time"],
  ["teilzeit", "part-time"],
  ["temps partiel", "part-time"],
  ["mi-temps", "part-time"],
  ["tiempo parcial", "part-time"],
  ["media jornada", "part-time"],
  ["jornada parcial", "part-time"],
  ["meio per\xEDodo", "part-time"],
  ["meio periodo", "part-time"],
  ["tempo parziale", "part-time"],
  ["part-time job", "part-time"],
  ["minijob", "part-time"],
  ["werkstudent", "part-time"],
  ["werkstudentin", "part-time"],
  ["werkstudierende", "part-time"],
  ["werkstudentent\xE4tigkeit", "part-time"],
  ["geringf\xFCgig", "part-time"],
  ["p\xF3\u0142 etatu", "part-time"],
  ["niepe\u0142ny etat", "part-time"],
  ["cz\u0119\u015B\u0107 etatu", "part-time"],
  ["1/2 etatu", "part-time"],
  ["praca dorywcza", "part-time"],
  ["deeltijd", "part-time"],
  ["tempo parcial", "part-time"],
  ["b\xE1n th\u1EDDi gian", "part-time"],
  ["\uD30C\uD2B8\uD0C0\uC784", "part-time"],
  ["\uC544\uB974\uBC14\uC774\uD2B8", "part-time"],
  ["full-time", "full-time"],
  ["full time", "full-time"],
  ["fulltime", "full-time"],
  ["permanent", "full-time"],
  ["vollzeit", "full-time"],
  ["festanstellung", "full-time"],
  ["feste anstellung", "full-time"],
  ["unbefristet", "full-time"],
  ["unbefristete", "full-time"],
  ["cdi", "full-time"],
  ["temps plein", "full-time"],
  ["temps complet", "full-time"],
  ["jornada completa", "full-time"],
  ["tiempo completo", "full-time"],
  ["contrato indefinido", "full-time"],
  ["indefinido", "full-time"],
  ["tempo pieno", "full-time"],
  ["tempo indeterminato", "full-time"],
  ["tempo integral", "full-time"],
  ["per\xEDodo integral", "full-time"],
  ["clt", "full-time"],
  ["regular", "full-time"],
  ["salaried", "full-time"],
  ["pe\u0142ny etat", "full-time"],
  ["pe\u0142en etat", "full-time"],
  ["pe\u0142nym wymiarze", "full-time"],
  ["pe\u0142ny wymiar", "full-time"],
  ["umowa o prac\u0119", "full-time"],
  ["umow\u0119 o prac\u0119", "full-time"],
  ["uop", "full-time"],
  ["na czas nieokre\u015Blony", "full-time"],
  ["voltijd", "full-time"],
  ["contrato sem termo", "full-time"],
  ["tempo inteiro", "full-time"],
  ["to\xE0n th\u1EDDi gian", "full-time"],
  ["\uC815\uADDC\uC9C1", "full-time"],
  ["\uD480\uD0C0\uC784", "full-time"]
];
var EMPLOYMENT_BADGES = dict({ stage: "internship", ausbildung: "internship", alternance: "internship", "sta\u017C": "internship" });
var REMOTE_WORDS = [
  "remote",
  "fully remote",
  "100% remote",
  "remote-first",
  "remote first",
  "remote-friendly",
  "remote friendly",
  "remote-only",
  "work from home",
  "working from home",
  "wfh",
  "work from anywhere",
  "work from wherever",
  "work remotely",
  "working remotely",
  "telecommute",
  "telecommuting",
  "telework",
  "teleworking",
  "fully distributed",
  "distributed",
  "anywhere",
  "t\xE9l\xE9travail complet",
  "t\xE9l\xE9travail total",
  "full remote",
  "full-remote",
  "100% t\xE9l\xE9travail",
  "en t\xE9l\xE9travail",
  "teletrabajo",
  "remoto",
  "100% remoto",
  "en remoto",
  "trabajo remoto",
  "a distancia",
  "homeoffice",
  "home office",
  "home-office",
  "vollst\xE4ndig remote",
  "100% homeoffice",
  "da remoto",
  "lavoro da remoto",
  "trabalho remoto",
  "100% remoto",
  "praca zdalna",
  "zdalnie",
  "100% zdalnie",
  "w pe\u0142ni zdalnie",
  "w pe\u0142ni zdalna",
  "pracy zdalnej",
  "ca\u0142kowicie zdalnie",
  "thuiswerken",
  "volledig thuiswerken",
  "100% thuiswerken",
  "volledig remote",
  "teletrabalho",
  "100% teletrabalho",
  "l\xE0m vi\u1EC7c t\u1EEB xa",
  "\uC6D0\uACA9 \uADFC\uBB34",
  "\uD480\uC7AC\uD0DD",
  "\uC804\uBA74 \uC7AC\uD0DD"
];
var HYBRID_WORDS = [
  "hybrid",
  "hybride",
  "hybrides",
  "hybrider",
  "hybriden",
  "h\xEDbrido",
  "h\xEDbrida",
  "hibrido",
  "ibrido",
  "ibrida",
  "hybrid remote",
  "hybrid-remote",
  "semi-remote",
  "partially remote",
  "partly remote",
  "part remote",
  "remote days",
  "t\xE9l\xE9travail partiel",
  "t\xE9l\xE9travail possible",
  "jours de t\xE9l\xE9travail",
  "teletrabajo parcial",
  "modelo h\xEDbrido",
  "semipresencial",
  "smart working",
  "mobiles arbeiten",
  "homeoffice m\xF6glich",
  "home-office m\xF6glich",
  "home office m\xF6glich",
  "remote m\xF6glich",
  "teilweise homeoffice",
  "teilweise home-office",
  "teilweise remote",
  "anteilig homeoffice",
  "anteilig home-office",
  "homeoffice-tage",
  "home-office-tage",
  "remote-tage",
  "trabalho h\xEDbrido",
  "hybrydowo",
  "hybrydowa",
  "hybrydowy",
  "hybrydowym",
  "praca hybrydowa",
  "model hybrydowy",
  "modelu hybrydowym",
  "tryb hybrydowy",
  "trybie hybrydowym",
  "cz\u0119\u015Bciowo zdalnie",
  "cz\u0119\u015Bciowo zdalna",
  "hybride werken",
  "deels thuiswerken",
  "gedeeltelijk thuiswerken",
  "mogelijkheid tot thuiswerken",
  "thuiswerken mogelijk",
  "thuiswerkdagen",
  "thuiswerkdag",
  "regime h\xEDbrido",
  "\uD558\uC774\uBE0C\uB9AC\uB4DC"
];
var ONSITE_WORDS = [
  "on site",
  "on-site",
  "onsite",
  "in office",
  "in-office",
  "in person",
  "in-person",
  "office-based",
  "office based",
  "in store",
  "in-store",
  "presencial",
  "sur site",
  "sur place",
  "vor ort",
  "en pr\xE9sentiel",
  "pr\xE9sentiel",
  "in sede",
  "in the office",
  "at our office",
  "from our office",
  "not remote",
  "no remote",
  "non-remote",
  "in office 5 days",
  "pr\xE4senz",
  "in pr\xE4senz",
  "presencialidad",
  "100% presencial",
  "office-first",
  "office first",
  "stacjonarnie",
  "praca stacjonarna",
  "pracy stacjonarnej",
  "praca w biurze",
  "op kantoor",
  "op locatie"
];
var WORKPLACE_NOT_ROLE = [
  "flexible working hours",
  "flexible working time",
  "remote stand-up",
  "remote standup",
  "remote stand-ups",
  "remote meeting",
  "remote meetings",
  "remote call",
  "remote calls",
  "remote session",
  "remote sessions",
  "remote interview",
  "remote interviews",
  "remote onboarding",
  "remote collaboration",
  "remote tools",
  "remote access",
  "remote monitoring",
  "remote sensing",
  "remote control",
  "remote support",
  "remote desktop",
  "remote servers",
  "remote debugging",
  "remote work environments",
  "remote work environment",
  "remote.com",
  "remote teams",
  "remote employees",
  "remote workers",
  "remote workforce",
  "remote patient",
  "remote patients",
  "remote assistance",
  "remote diagnostics",
  "remote learning"
];
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
var STAFF_ROLE_WORDS = ["engineer", "software", "data", "scientist", "designer", "developer", "product", "machine", "ml", "backend", "frontend", "full", "fullstack", "site", "security", "research", "researcher", "technical", "applied", "platform", "infrastructure", "analyst", "architect", "ux", "ui", "mobile", "ios", "android", "systems", "cloud", "devops", "sre", "ai", "firmware", "hardware", "quality", "program", "technology"];
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
  vi: ["v\xE0", "c\u1EE7a", "c\xE1c", "c\xF3", "l\xE0", "\u0111\u01B0\u1EE3c", "trong", "v\u1EDBi", "cho", "kh\xF4ng", "ng\u01B0\u1EDDi", "c\xF4ng", "vi\u1EC7c", "l\xE0m", "t\u1EA1i", "theo", "khi", "nh\u1EEFng", "m\u1ED9t", "v\u1EC1", "\u0111\u1EC3", "t\u1EEB", "n\u0103m", "kinh", "nghi\u1EC7m", "l\u01B0\u01A1ng", "\u1EE9ng", "vi\xEAn", "y\xEAu", "c\u1EA7u", "ty", "h\u1ED7", "tr\u1EE3", "nh\xE2n", "\u0111\u1ED9i", "ng\u0169", "m\xF4i", "tr\u01B0\u1EDDng", "th\u01B0\u1EDFng", "quy\u1EC1n", "l\u1EE3i", "m\xF4", "t\u1EA3", "ho\u1EB7c", "tr\xEAn", "ti\u1EBFng", "anh"]
});
var LANGUAGE_LETTERS = dict({
  "\xF1": "es",
  "\xDF": "de",
  "\xE4": "de",
  "\xF6": "de",
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
var NORMALIZE_RE = /\r\n?|\uD835[\uDC00-\uDFFF]|[\uFF01-\uFF5E\uFB00-\uFB06]|[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]|[\u200B-\u200D\u2060\uFEFF\u00AD]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
var MOJIBAKE_HINT_RE = /[\u00C2\u00C3]|\u00E2\u20AC|[\u00C4-\u00F4][\u0080-\u009F]/;
var MOJIBAKE_RUN_RE = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}/g;
var BULLET_RE = /^([ \t]{0,16})(?:[•\-*·▪◦●‣–—+►➤✓✔︎☐■□○→>]|\(?(?:\d{1,2}|[a-zA-Z])[.)])[ \t]+(?=\S)/;
var RUN_ON_BULLET_RE = /(?<=[\p{L}\p{N}.,;:!?)…])- (?=\p{Lu})/u;
var GLUED_BULLET_RE = /^([ \t]{0,16})[•▪●◦·](?=\S)/;
var SENTENCE_END_RE = /[.!?;,…]["'”’)]?$/;
var ATX_HEADING_RE = /^ {0,3}(#{1,6})[ \t]+([^ \t\n\r\u2028\u2029](?:.*?[^ \t#\n\r\u2028\u2029])?)[ \t#]*$/;
var BOLD_LINE_RE = /^(?:\*\*|__)([^*_\n]{1,120})(?:\*\*|__):?$/;
var KEY_VALUE_RE = /^([\p{L}][\p{L}\p{N} '’&/().-]{0,38}?)[ \t]*[:：][ \t]*(\S.{0,400})$/u;
var WORD_RE = /[\p{L}\p{N}]+/gu;
var EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}/g;
var MONEY_NUMBER_RE = /(?=\d)(?<![\p{N}.,'’])(?:\d{1,2}(?:,\d{2}){1,3},\d{3}|\d{1,3}([,.'’ \u00A0\u202F])\d{3}(?:\1\d{3}){0,3}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)(?![\p{N}])/gu;
var CURRENCY_BEFORE_RE = /(?<![\p{L}\p{Sc}])(\p{L}{1,4}\.?\p{Sc}?|\p{Sc})[ \t]?$/u;
var AFTER_TOKEN_RE = /^[ \t]?(\p{L}{1,12}\.?\p{Sc}?|\p{Sc})/u;
var CURRENCY_SIGN_END_RE = /\p{Sc}$/u;
var AFTER_TWO_WORDS_RE = /^[ \t]?(\p{L}{2,12}[ \t]\p{L}{2,14})/u;
var PENSION_PLAN_AFTER_RE = /^\(?[kKbB]\)?(?!\p{L})/u;
var RANGE_JOIN_RE = /^[ \t\u00A0]{0,3}(?:-{1,2}|[–—~−‒]|to|till|through|thru|bis|à|a|au|al|hasta|até|ate|fino a|do|tot|t\/m|đến|and|und|et|y|e)(?:[ \t\u00A0]{0,3}(?:max\.?|maks\.?|maximaal|maximum|máx\.?))?[ \t\u00A0]{0,3}$/iu;
var CONJUNCTION_JOIN_RE = /^[ \t]{0,3}(?:and|und|et|y|e)[ \t]{0,3}$/iu;
var SLASH_PERIOD_RE = /^[ \t]?\/[ \t]?(\p{L}{1,8}\.?)/u;
var CLAUSE_BREAK_RE = /[;!?\n|•·]|[.,](?=\s|$)|(?<![,\d\s])-[ \t](?=\p{L})|\s(?:\+|&|plus|and|und|et|y|with|mit|avec|con|com|including|inkl\.|incl\.|zzgl\.|zuzüglich|sowie|più|más|mais)(?=\s)/giu;
var PAREN_ASIDE_RE = /\([^()]{0,40}\)/g;
var PERCENT_AFTER_RE = /^[ \t]?%/;
var GROUPED_NUMBER_RE = /^(?:\d{1,3}[,.'’ \u00A0\u202F]\d{3}|\d{1,2},\d{2},)/;
var DECIMALS_END_RE = /[.,](\d{1,2})$/;
var GLUED_BEFORE_NUMBER_RE = /[\p{L}_\/#]/u;
var PLUS_WORD_RE = /^\+[\p{L}\p{N}]/u;
var LETTER_RE = /\p{L}/u;
var UPPER_LETTER_RE = /^\p{Lu}$/u;
var LOWER_LETTER_RE = /^\p{Ll}$/u;
var DIGIT_RE = /\d/;
var INTRO_END_RE = /[:：]\s*$/;
var ISO_DATE_RE = /(?=\d)(?<!\d)((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
var NUMERIC_DATE_RE = /(?=\d)(?<![\d.\/-])(\d{1,2})([./-])[ \t]?(\d{1,2})\2[ \t]?(\d{4}|\d{2})(?![\d\/-])/;
var DAY_MONTH_YEAR_RE = /(?=\d)(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º|°|ª|\.)?[ \t\-]{1,3}(?:(?:de|of)[ \t]+)?(\p{L}{3,10})\.?,?[ \t\-]{1,3}(?:(?:de|del)[ \t]+)?(\d{4})(?!\d)/u;
var MONTH_DAY_YEAR_RE = /(?=\p{L})(?<![\p{L}\p{N}])(\p{L}{3,10})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ \t]{1,3}(\d{4})(?!\d)/u;
var MONTH_DAY_RE = /(?=\p{L})(?<![\p{L}\p{N}])(\p{L}{3,10})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[:.,]\d)/u;
var DAY_MONTH_RE = /(?=\d)(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º|°|ª|\.)?[ \t]{1,3}(?:(?:de|of)[ \t]+)?(\p{L}{3,10})(?![\p{L}])/u;
var WORD_CHAR_RE = /[\p{L}\p{N}]/u;
var NUM_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|ein|einem|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|dois|três|quatro|cinco|uno|due|tre|quattro|cinque|sei|sette|otto|dieci`;
var YEARS_RE = new RegExp(
  String.raw`(?<lead>(?<!\p{L})(?:at least|a minimum of|minimum of|minimum de|minimum|min\.|over|more than|up to|mindestens|mind\.|mehr als|über|au moins|plus de|al menos|mínimo de|mínimo|más de|pelo menos|no mínimo|mais de|almeno|più di|oltre|minimaal|minstens|ten minste|meer dan|co najmniej|przynajmniej|minimum|ponad|powyżej|ít nhất|tối thiểu|trên))?[ \t]{0,3}(?<!\d)(?<!\d[.,])(?<a>\d{1,2}(?:[.,]5)?|\b(?:` + NUM_WORDS + String.raw`))(?:[ \t]?\(\d{1,2}\))?(?:[ \t]{0,2}(?:\+|plus))?(?:[ \t]{0,2}(?:-|–|—|to|a|à|bis|y|and|or|e|et|ou|oder|o|tot|do|đến|até)[ \t]{0,2}(?<b>\d{1,2}|(?:` + NUM_WORDS + String.raw`)\b)(?:[ \t]?\(\d{1,2}\))?)?[ \t]{0,2}\+?[ \t]{0,2}(?:full[ -])?(?<unit>years?|yrs?|yoe|ans?|années?|jahren?|jahr|años?|anos?|anni|anno|months?|mois|monate?n?|meses|mesi|jaar|jaren|maanden|maand|lata|lat|rok|roku|miesięcy|miesiące|năm|tháng|년)(?![\p{L}\p{N}_])(?:'s|')?`,
  "giu"
);
var DURATION_RE = /(\d{1,3}(?:[.,]\d)?)[ \t-]?(minutes?|minuten|minutos|minuti|mins?|m|hours?|hrs?|h|heures?|stunden?|horas?|ore|ora|godzin[ay]?|minut|uur)\b/gi;
var TRACKING_TAGS_RE = /^(?:#[A-Za-z][A-Za-z0-9_-]{1,30}[ \t]*){1,6}$/;
var HN_META_RE = /\b(?:parent|context|favorite|prev|next|past|comments|submit|login)\s*\|/i;
var LOC_EMPHASIS_RE = /\*{1,3}|_{2,3}/g;
var LOC_KEY_PREFIX_RE = /^(?:job |work |office )?(?:locations?|standort|arbeitsort|einsatzort|lieu(?: de travail)?|localisation|ubicación|localización|sede|località|localização|city|country|countries)\s{0,3}[:：]\s{0,3}/i;
var LOC_SENTENCE_END_RE = /(?<=\p{Ll}{3}|\)|\b\p{Lu}{2})\.(?=\s\p{Lu})/u;
var LOC_AREA_IN_BRACKETS_RE = /\b(?:remote|anywhere|worldwide|hybrid|télétravail|remoto|homeoffice)\s?[(\[]([^()\[\]]{2,60})[)\]]/gi;
var LOC_AREA_AFTER_DASH_RE = /\b(?:remote|hybrid|on-?site)\s?[-–—:]\s?([\p{L}/,&. ]{2,40})$/iu;
var LOC_WORKPLACE_WORDS_RE = /(?:\b100%\s)?\b(?:fully remote|full remote|remote[- ]first|remote[- ]friendly|remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|offices?|wfh|work from home|work from anywhere|télétravail|homeoffice|home office|remoto|teletrabajo|presencial|híbrido|hybride|vor ort|en remoto|mobiles arbeiten|flexible)\b/gi;
var LOC_PIECE_SPLIT_RE = / ?(?:;|\||·|•|\/) ?| (?:or|and|ou|oder|o|y|und|et|e|&|\+) | [–—-] /gi;
var LOC_ATS_DOTTED_RE = /^(?<country>[A-Z]{2,3})\.(?<region>[A-Z]{2,3})\.(?<city>[\p{L} .'’-]{2,40})$/u;
var LOC_ATS_DASHED_RE = /^(?<country>[A-Z]{2,3})-(?<region>[A-Z]{2,3})-(?<city>[\p{L} .'’-]{2,40})$/u;
var LOC_NOTE_IN_BRACKETS_RE = /\([^()]{0,40}\)/g;
var LOC_ADDRESS_PART_RE = /^\d{1,6}[a-z]?\s\S|\s(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|court|ct|parkway|pkwy|highway|hwy)\.?$|^(?:suite|ste|floor|unit|rue|calle|avenida|via|piazza|plaza de)\s|(?:straße|strasse|str\.)(?:\s\d|$)/iu;
var LOC_UK_DISTRICT_RE = /(?<=\p{L}) [A-Z]{1,2}\d{1,2}[A-Z]?$/u;
var LOC_POSTCODE_RE = /\b\d{4,6}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/g;
var LOC_LEADING_PREPOSITION_RE = /^(?:(?:anywhere|everywhere|located|based|candidates|applicants|residing)\s)?(?:in|within|across|throughout|from)\s(?:the\s)?/i;
var LOC_PLACE_NAME_RE = /^[\p{Lu}][\p{L}.'’ -]{1,40}$/u;
var LOC_FLAG_RE = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])\s?([\p{L} .'’-]{0,40})/gu;
var PLACE_RUN = String.raw`((?:[\p{Lu}][\p{L}.'’-]{0,25}(?: [\p{Lu}][\p{L}.'’-]{0,25}){0,3})(?:(?:, | or | and | & | y | et | und | ou | o )(?:the )?[\p{Lu}][\p{L}.'’-]{0,25}(?: [\p{Lu}][\p{L}.'’-]{0,25}){0,3}){0,6})`;
var LOC_ROLE_STATEMENT_RE = new RegExp(
  String.raw`\b(?:[Bb]ased (?:in|out of|at)|[Ll]ocated (?:in|at)|[Ww]ork(?:ing)? (?:from|out of|in|at) (?:our|the) (?:[\p{L}-]+ ){0,2}(?:office|hub|studio|campus|site|hq) (?:in|at)|[Jj]oin (?:our|the) (?:[\p{L}-]+ ){0,3}(?:in|at)|(?:[Rr]emote|[Aa]nywhere|[Cc]andidates|[Aa]pplicants|people|teammates|hiring)(?: [\p{L}-]+){0,3} (?:within|across|throughout|in|from)|[Bb]asée? (?:à|a|en)|[Ss]ituées? (?:à|a|en)|[Mm]it [Ss]itz in|[Ss]tandorte? in|(?:[Aa]rbeitsort|[Ee]insatzort|[Dd]ienstort) (?:ist )?in|con sede en|ubicad[oa] en|sede (?:di|a|in)|baseado em|localizado em)\s(?:the\s|our\s|la\s|le\s|el\s)?` + PLACE_RUN,
  "u"
);
var LOC_OFFICE_STATEMENT_RE = new RegExp(
  String.raw`\b(?:[Hh]eadquartered in|[Hh]eadquarters (?:is |are )?in|HQ (?:is )?in|[Oo]ffices? (?:in|at)|[Hh]ubs? in|[Ss]tudios? in|[Cc]ampus(?:es)? in|Büro|Büros in|Niederlassung in|[Bb]ureaux? (?:à|a|en)|[Oo]ficinas? en|[Uu]ffici(?:o)? (?:a|di|in))\s(?:the\s)?` + PLACE_RUN,
  "u"
);
var LOC_METRO_RE = /^(?:greater|grand|großraum|region)\s|\s(?:bay area|metropolitan area|metropolitan region|metro area|metroplex|metro|area|region|city area|sar|\d{1,3})$/gi;
var LOC_VENUE_RE = /\b(?:library|hospital|clinic|campus|centre|center|building|house|tower|plaza|park|mall|store|shop|office|school|college|university|hotel|station|airport|depot|warehouse|site|hq|headquarters)\b/i;
var LOC_DISTRICT_RE = /^[\p{L}' -]{3,40}$/u;
var LOC_SPACED_STATE_RE = /^(.{2,40}?)\s([A-Z]{2,3})$/;
var LOC_LOWER_WORD_RE = /(?:^|\s)\p{Ll}/gu;
var COUNTRY_LONG_FORM_RE = /,|\(|^(?:the )?(?:republic of|islamic republic|united republic|state of|democratic republic|plurinational)\b|\bfederation\b/i;
var WP_NOT_REMOTE_RE = /\b(?:not|no|non)[ -]remote\b/i;
var SPACE_RUN_RE = /(?<=\S)[ \t]{3,}(?=\S)/g;
var INLINE_BOLD_HEADING_RE = /\*\*([^*\n]{2,80}?)\*\*(\*?)/g;
var GLUED_STAR_BULLET_RE = /(?<=[\p{L}:)])\*[ \t]+(?=\p{Lu})/u;
var INLINE_BULLET_RE = /(?<![ \t])[ \t]+([*•])[ \t]+(?=\S)/g;
var TAG_RE = /<[^<>]{0,2000}>/g;
var WHITESPACE_SPLIT_RE = /\s+/;
var WHITESPACE_RUNS_RE = /\s+/g;
var BLANK_RUN_RE = /[ \t]+/;
var BLANK_RUNS_RE = /[ \t]+/g;
var SPACES_SPLIT_RE = / +/;
var SINGLE_SPACES_RE = / /g;
var TABS_SPLIT_RE = /\t+/;
var TAB_RUNS_RE = /\t+/g;
var NON_SPACE_RUNS_RE = /\S+/g;
var LETTER_OR_DIGIT_RE = /\p{L}|\p{N}/u;
var CAPITAL_START_RE = /^\p{Lu}/u;
var NON_WORD_CHARS_RE = /[^\p{L}\p{N}]+/u;
var SENTENCE_PUNCT_END_RE = /[.!?]$/;
var ABBREVIATED_NAME_END_RE = /\b(?:Sr|Jr)\.$/;
var COLON_END_RE = /[:：]$/;
var ASCII_COLON_END_RE = /:$/;
var PERIODS_RE = /\./g;
var COMMA_RE = /,/;
var LIST_COMMA_SPLIT_RE = /(?<!\s)\s*[,;](?:\s+(?![\s,;]))?/;
var HTTP_SCHEME_RE = /^https?:/i;
var HTTP_SCHEME_LOWER_RE = /^https?:/;
var LEADING_THE_RE = /^the\s+/i;
var ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
var ISO_DAY_START_RE = /^\d{4}-\d{2}-\d{2}/;
var DIGIT_START_RE = /^\d/;
var NON_DIGITS_RE = /\D/g;
var BACKTICK_APOSTROPHES_RE = /[’`]/g;
var SLASHES_RE = /\//g;
var SLASH_BLANKS_RE = /\/[ \t]+/g;
var BRACKETS_RE = /[()[\]]/g;
var ARTICLE_START_RE = /^an? /;
var BLANK_END_RE = /[ \t]$/;
var MULTIWORD_MARK_RE = /[ /(]/;
var HTML_START_RE = /^\s*<(?:!doctype|html|head|body|div|p|section|article|main|span|h[1-6]|ul|ol|table|meta|script|b|strong)\b/i;
var HTML_TAG_RE = /<\/?(?:p|div|br|li|ul|ol|span|h[1-6]|a|strong|b|em|i|section|article)\b[^<>]{0,300}>/gi;
var MD_ATX_LINE_RE = /^#{1,6}[ \t]+\S/m;
var MD_LINK_RE = /\[[^[\]\n]{1,200}\]\([^)\s]{1,500}\)/;
var MD_BOLD_RE = /\*\*[^*\n]{1,120}\*\*/;
var JINA_MARKDOWN_RE = /^Markdown Content:/m;
var JINA_URL_SOURCE_RE = /^URL Source:/m;
var MD_TABLE_ROW_RE = /^[^\S\n\r\u2028\u2029]*\|.*\|[^\S\n\r\u2028\u2029]*$/m;
var MD_TABLE_RULE_RE = /^[^\S\n\r\u2028\u2029]*(?:\|[^\S\n\r\u2028\u2029]*)?:?-{3,}/m;
var HTML_DROP_CLASS_RE = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|banner|share|social|modal|popup|newsletter|breadcrumb|skip-link|sr-only|visually-hidden|apply-form|application-form)(?:$|[\s_-])/i;
var LD_JSON_TYPE_RE = /ld\+json/i;
var HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
var JSON_SCALAR_CHAR_RE = /[-+.\w]/;
var JOB_POSTING_TYPE_RE = /JobPosting$/i;
var DECIMAL_STRING_RE = /^\d+(?:\.\d+)?$/;
var JSONLD_ENTITY_RE = /&(lt|gt|amp|quot|#39|#x27|nbsp);/g;
var ENTITY_TAIL_RE = /^(?:amp|nbsp|lt|gt|quot|#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/i;
var PARAGRAPH_BREAK_RE = /^[ \t]*(?:$|[*+-][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>)/;
var BULLET_ONLY_RE = /^\s*(?:[*+-]|\d{1,3}[.)])$/;
var BOLD_OPENS_BLOCK_BEFORE_RE = /(?:[ \t]{2}|[.!?:)][ \t]|\*\*[ \t])$/;
var BLANK_RE = /^\s*$/;
var BOLD_HEADS_BLOCK_AFTER_RE = /^[ \t]*(?:\*[ \t]|•|[ \t]{2}|$)/;
var BLANK_THEN_CAPITAL_RE = /^[ \t]+\p{Lu}/u;
var STAR_OR_DASH_START_RE = /^\s*[*-]/;
var BULLET_AFTER_STOP_RE = /[:.]\s*•/;
var WIDE_GAP_RE = /(?<=\S) {3,}(?=\S)/g;
var SENTENCE_START_RE = /^[\p{Lu}\p{N}¿¡"“]/u;
var TITLE_WORD_START_RE = /^[\p{Lu}\p{N}€$£(]/u;
var LOWER_OR_PAREN_START_RE = /^[\p{Ll}(]/u;
var WRAPPED_LINE_END_RE = /(?:[,;–-]|\b(?:and|or|the|of|to|a|an|in|with|for|on|at|by|our|your|we|is|are|that|who)|\b(?:und|der|die|das|et|de|la|le|les|y|el|en|que))$/iu;
var BR_TAG_RE = /^<br\s*\/?>$/i;
var COLON_ONLY_RE = /^\s*(?::\s*)?$/;
var MD_ESCAPE_RE = /\\([\\`*_{}\[\]()#+\-.!|>~])/g;
var MD_EMPHASIS_MARK_RE = /(^|\s)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=\s|$|[.,:;!?])/g;
var STAR_ICON_END_RE = /\bstar icon$/i;
var VALUE_START_CHAR_RE = /[\p{Lu}\p{N}€$£¥₹+(]/u;
var LABEL_END_CHAR_RE = /\p{Ll}|\)/u;
var DURATION_IN_NAME_RE = new RegExp(
  String.raw`(?<!\s)\s*\(?(?:\d{1,2}[ \t]?h[ \t]?[0-5]\d(?!\d)|\d{1,3}[ \t]?[’′](?![A-Za-z\d])|` + DURATION_RE.source.replace("[ \\t-]?", "[ \\t]?") + String.raw`)\)?`,
  "gi"
);
var UPPER_CODE_RE = /^[A-Z]{2,3}$/;
var LOC_EDGE_PUNCT_RE = /^[\s.:;()\-–—]+|(?<![\s.:;()\-–—])[\s.:;()\-–—]+$/g;
var LOC_AREA_SPLIT_RE = /(?<!\s)\s*(?:\/|,|\bor\b|&|\+)(?:\s+(?![\s\/,&+]|or\b))?/i;
var LOC_PIECE_EDGE_RE = /^[\s,.:;)-]+(?:\([\s,.:;(-]*$)?|(?<![\s,.:;(-])[\s,.:;(-]+$/g;
var ROMAN_PHRASE_RE = /^i+v?$|^iv$/;
var ROMAN_ONE_RE = /\bI\s*(?:$|[(\-–,|])/;
var ROMAN_LEVEL_RES = new Map(
  SENIORITY.filter(([phrase]) => ROMAN_PHRASE_RE.test(phrase)).map(([phrase]) => [phrase, phrase === "i" ? ROMAN_ONE_RE : new RegExp(`\\b${phrase.toUpperCase()}\\b`)])
);
var COLON_SPACE_TAIL_RE = /(?<![:\s])[:\s]+$/;
var LIST_PUNCT_END_RE = /[,;:]$/;
var FRONT_MATTER_OPEN_RE = /^\uFEFF?[ \t]{0,3}(---|\+\+\+)[ \t\r]*\n/;
var FRONT_MATTER_CLOSE_RE = /^(?:---|\.\.\.|\+\+\+)[ \t\r]*$/;
var FRONT_MATTER_YAML_KEY_RE = /^[A-Za-z_][\w -]{0,40}:(?:[ \t]|$)/;
var FRONT_MATTER_TOML_LINE_RE = /^([A-Za-z_][\w-]{0,40})[ \t]{0,8}=(.{0,2000})$/;
var FRONT_MATTER_TOML_TABLE_RE = /^\[([A-Za-z_][\w.-]{0,40})\][ \t]*$/;
var FRONT_MATTER_KEY_JOIN_RE = /[\s_-]+/g;
var FRONT_MATTER_YES_RE = /^(?:true|yes|y|1|remote|fully remote|100% remote)$/i;
var QUOTED_EDGES_RE = /^(["'])([\s\S]*)\1$/;
var HTML_DOCUMENT_START_RE = /^\s*<(?:!doctype|html|head|body|meta|title|link|script|style)\b/i;
var HTML_BLOCK_TAG_RE = /<(?:ul|ol|li|div|h[1-6]|table|tr|td|section|article|main|header|footer|nav|aside|form|script|style|iframe|dl|dt|dd|blockquote)\b[^<>]{0,300}>/gi;
var MARKUP_TAG_RE = /<(\/?)(br|p|div|h[1-6]|ul|ol|li|strong|b|em|i|u|span|a|font|small|code|table|tr|td|th|section|article|header|footer|blockquote|pre|hr|sup|sub|tbody|thead|center|mark|s|strike)\b(?:\s[^<>]{0,600})?\/?>/gi;
var HREF_ATTR_RE = /\bhref\s*=\s*["']?(https?:\/\/[^"'\s<>]{1,2000})/i;
var BOLD_LINE_TAIL_RE = /^[ \t:]{0,8}(?:\n|$|<\/?(?:br|p|div|li|h[1-6])\b)/i;
var HIDDEN_CHROME_CLASS_RE = /(?:^|[\s_-])(?:menu|menus|submenu|dropdown|nav|navbar|navigation|tooltip|popover|overlay|drawer|offcanvas|dialog|flyout|megamenu|search|login|signin|sign-in|account|cart|lightbox|toast|alert|sr-only|visually-hidden|screen-reader-text)(?:$|[\s_-])/i;
var HIDDEN_TEXT_SPACES_RE = /\s+/g;
var INLINE_NUMBER_RE = /(?:^|[\s:;,(])(\d{1,2})[.)][ \t]{0,3}(?=\p{L})/gu;
var FIRST_SENTENCE_END_RE = /[.!?](?=\s+\p{Lu})/u;
var CURRENCY_CODE_RE = /^[A-Za-z]{3}$/;
var ICON_WORD_START_RE = /^[ \t]{0,3}(?:[-*•][ \t]{1,3})?([a-z]{3,24}(?:_[a-z]{2,12}){0,3})[ \t]{1,3}(?=[\p{Lu}\p{N}$€£¥₹])/u;
var LOC_ARRONDISSEMENT_RE = /^(\p{L}[\p{L} '’-]{1,40}?)[ \t]{1,2}\d{1,2}[ \t]?(?:e|er|ème|eme|è|è)(?:[ \t]{1,2}arr(?:ondissement|\.)?)?$/u;
var LOC_ORGANISATION_WORD_RE = /\b(?:department|dept|ministry|agency|bureau|commission|board|council|office|authority|division|services|university|hospital|school|college|court|headquarters|corporation|company|inc|llc|ltd|gmbh|elections|registrar|clerk)\b/i;
var BREADCRUMB_SEP_RE = /\s[>›»]\s/g;
var ANY_DIGIT_RE = /\d/;
var DOMAIN_TAIL_RE = /\.[a-z]{2,6}$/iu;
var LINK_ROW_SEPARATORS_RE = /[\s|•·/–-]/gu;
var GLUED_ENUMERATOR_END_RE = /(?:(?<=[\p{Ll}.)])\d{1,2}|(?<=\.)\p{Ll})\.$/u;
var CARD_PHONE_RE = /(?:^|[\s:])\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{1,4}\)?){2,5}\s*$/;
var TAG_NAME_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})(?:[\s/][^<>]{0,2000})?>/g;

// src/lexicon/places.ts
var US_STATES = dict({
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
  DC: "District of Columbia",
  PR: "Puerto Rico"
});
var CA_PROVINCES = dict({
  AB: "Alberta",
  BC: "British Columbia",
  MB: "Manitoba",
  NB: "New Brunswick",
  NL: "Newfoundland and Labrador",
  NS: "Nova Scotia",
  NT: "Northwest Territories",
  NU: "Nunavut",
  ON: "Ontario",
  PE: "Prince Edward Island",
  QC: "Quebec",
  SK: "Saskatchewan",
  YT: "Yukon"
});
var AU_STATES = dict({
  NSW: "New South Wales",
  VIC: "Victoria",
  QLD: "Queensland",
  WA: "Western Australia",
  SA: "South Australia",
  TAS: "Tasmania",
  ACT: "Australian Capital Territory",
  NT: "Northern Territory"
});
var BR_STATES = dict({
  AC: "Acre",
  AL: "Alagoas",
  AP: "Amap\xE1",
  AM: "Amazonas",
  BA: "Bahia",
  CE: "Cear\xE1",
  DF: "Distrito Federal",
  ES: "Esp\xEDrito Santo",
  GO: "Goi\xE1s",
  MA: "Maranh\xE3o",
  MT: "Mato Grosso",
  MS: "Mato Grosso do Sul",
  MG: "Minas Gerais",
  PA: "Par\xE1",
  PB: "Para\xEDba",
  PR: "Paran\xE1",
  PE: "Pernambuco",
  PI: "Piau\xED",
  RJ: "Rio de Janeiro",
  RN: "Rio Grande do Norte",
  RS: "Rio Grande do Sul",
  RO: "Rond\xF4nia",
  RR: "Roraima",
  SC: "Santa Catarina",
  SP: "S\xE3o Paulo",
  SE: "Sergipe",
  TO: "Tocantins"
});
var OTHER_REGIONS = dict({
  "west yorkshire": "GB",
  "south yorkshire": "GB",
  "north yorkshire": "GB",
  "greater london": "GB",
  "greater manchester": "GB",
  "west midlands": "GB",
  "east midlands": "GB",
  "merseyside": "GB",
  "surrey": "GB",
  "kent": "GB",
  "essex": "GB",
  "hampshire": "GB",
  "berkshire": "GB",
  "oxfordshire": "GB",
  "cambridgeshire": "GB",
  "lancashire": "GB",
  "cheshire": "GB",
  "scotland": "GB",
  "wales": "GB",
  "england": "GB",
  "northern ireland": "GB",
  "county dublin": "IE",
  "co. dublin": "IE",
  "county cork": "IE",
  "bavaria": "DE",
  "bayern": "DE",
  "hessen": "DE",
  "hesse": "DE",
  "nrw": "DE",
  "nordrhein-westfalen": "DE",
  "north rhine-westphalia": "DE",
  "baden-w\xFCrttemberg": "DE",
  "baden-wurttemberg": "DE",
  "sachsen": "DE",
  "saxony": "DE",
  "th\xFCringen": "DE",
  "thuringia": "DE",
  "niedersachsen": "DE",
  "lower saxony": "DE",
  "schleswig-holstein": "DE",
  "rheinland-pfalz": "DE",
  "brandenburg": "DE",
  "steiermark": "AT",
  "styria": "AT",
  "tirol": "AT",
  "tyrol": "AT",
  "ober\xF6sterreich": "AT",
  "nieder\xF6sterreich": "AT",
  "k\xE4rnten": "AT",
  "\xEEle-de-france": "FR",
  "ile-de-france": "FR",
  "auvergne-rh\xF4ne-alpes": "FR",
  "provence-alpes-c\xF4te d'azur": "FR",
  "occitanie": "FR",
  "nouvelle-aquitaine": "FR",
  "hauts-de-france": "FR",
  "bretagne": "FR",
  "brittany": "FR",
  "normandie": "FR",
  "normandy": "FR",
  "grand est": "FR",
  "pays de la loire": "FR",
  "catalonia": "ES",
  "catalu\xF1a": "ES",
  "catalunya": "ES",
  "comunidad de madrid": "ES",
  "andaluc\xEDa": "ES",
  "andalusia": "ES",
  "pa\xEDs vasco": "ES",
  "basque country": "ES",
  "galicia": "ES",
  "lombardia": "IT",
  "lombardy": "IT",
  "lazio": "IT",
  "piemonte": "IT",
  "piedmont": "IT",
  "veneto": "IT",
  "emilia-romagna": "IT",
  "toscana": "IT",
  "tuscany": "IT",
  "noord-holland": "NL",
  "north holland": "NL",
  "zuid-holland": "NL",
  "south holland": "NL",
  "new south wales": "AU",
  "victoria": "AU",
  "queensland": "AU",
  "western australia": "AU",
  "south australia": "AU",
  "tasmania": "AU",
  "karnataka": "IN",
  "maharashtra": "IN",
  "telangana": "IN",
  "tamil nadu": "IN",
  "haryana": "IN",
  "uttar pradesh": "IN",
  "kerala": "IN",
  "gujarat": "IN",
  "west bengal": "IN",
  "s\xE3o paulo": "BR",
  "minas gerais": "BR",
  "metro manila": "PH",
  "ncr": "PH",
  "zurich": "CH",
  "vaud": "CH",
  "bavi\xE8re": "DE"
});
var AREAS = [
  "emea",
  "apac",
  "latam",
  "amer",
  "amers",
  "americas",
  "europe",
  "eu",
  "european union",
  "eea",
  "north america",
  "south america",
  "central america",
  "latin america",
  "asia",
  "africa",
  "middle east",
  "oceania",
  "worldwide",
  "anywhere",
  "global",
  "globally",
  "nordics",
  "nordic countries",
  "scandinavia",
  "dach",
  "benelux",
  "baltics",
  "balkans",
  "cet",
  "cest",
  "est",
  "pst",
  "uk/eu",
  "eu/uk",
  "anywhere in the world",
  "asia pacific",
  "asia-pacific",
  "mena",
  "sea",
  "southeast asia",
  "south east asia",
  "western europe",
  "eastern europe",
  "central europe",
  "northern europe",
  "southern europe",
  "cee",
  "ssa",
  "sub-saharan africa",
  "gcc",
  "anz",
  "us/canada",
  "us & canada",
  "usa/canada",
  "international",
  "europa",
  "weltweit",
  "international",
  "monde",
  "partout dans le monde",
  "am\xE9rica latina",
  "latinoam\xE9rica",
  "emea region",
  "apac region"
];
var NOT_PLACES = [
  "multiple locations",
  "multiple",
  "various",
  "various locations",
  "flexible",
  "n/a",
  "na",
  "tbd",
  "tba",
  "negotiable",
  "any",
  "not specified",
  "see description",
  "home",
  "field",
  "field-based",
  "travel",
  "several locations",
  "other",
  "diverse",
  "mehrere standorte",
  "plusieurs sites",
  "varios",
  "varias ubicaciones",
  "home based",
  "home-based",
  "nationwide",
  "countrywide",
  "in person",
  "in-person",
  "on the road",
  "to be determined",
  "deutschlandweit",
  "bundesweit",
  "toute la france"
];
var CITY_STATES = dict({
  SG: "Singapore",
  HK: "Hong Kong",
  MO: "Macau",
  MC: "Monaco",
  VA: "Vatican City",
  GI: "Gibraltar",
  LU: "Luxembourg"
});
var CITIES = dict({});
var add = (cc, list) => {
  for (const entry of list.split("|")) {
    const [head, ...aliases] = entry.split("=");
    const [name, region] = head.split("@");
    for (const n of [name, ...aliases]) if (!CITIES[n.toLowerCase()]) CITIES[n.toLowerCase()] = [name, cc, region];
  }
};
add("US", "New York@NY=NYC=New York City=Manhattan|San Francisco@CA=SF|Los Angeles@CA=LA|Seattle@WA|Austin@TX|Boston@MA|Chicago@IL|Denver@CO|Atlanta@GA|Miami@FL|Dallas@TX|Houston@TX|Washington@DC=Washington DC=Washington D.C.=DC|Philadelphia@PA|Phoenix@AZ|San Diego@CA|San Jose@CA|Portland@OR|Minneapolis@MN|Detroit@MI|Pittsburgh@PA|Baltimore@MD|Nashville@TN|Raleigh@NC|Charlotte@NC|Salt Lake City@UT|Las Vegas@NV|Orlando@FL|Tampa@FL|Columbus@OH|Cincinnati@OH|Cleveland@OH|Indianapolis@IN|Kansas City@MO|St. Louis@MO=Saint Louis=St Louis|Milwaukee@WI|Sacramento@CA|Oakland@CA|Palo Alto@CA|Mountain View@CA|Menlo Park@CA|Sunnyvale@CA|Santa Clara@CA|Cupertino@CA|Redwood City@CA|San Mateo@CA|Brooklyn@NY|Jersey City@NJ|Boulder@CO|Bellevue@WA|Redmond@WA|Kirkland@WA|Irvine@CA|Santa Monica@CA|Honolulu@HI|Anchorage@AK|New Orleans@LA|Richmond@VA|Reston@VA|Arlington@VA|Cambridge@MA|Somerville@MA|Ann Arbor@MI|Madison@WI|Durham@NC|Chapel Hill@NC|Providence@RI|Hartford@CT|Stamford@CT|Newark@NJ|Albany@NY|Buffalo@NY|Rochester@NY|Omaha@NE|Des Moines@IA|Louisville@KY|Memphis@TN|Oklahoma City@OK|Tulsa@OK|Albuquerque@NM|Tucson@AZ|El Paso@TX|San Antonio@TX|Fort Worth@TX|Plano@TX|Irving@TX|Scottsdale@AZ|Tempe@AZ|Boise@ID|Spokane@WA|Tacoma@WA|Fremont@CA|Emeryville@CA|Berkeley@CA|South San Francisco@CA|Lehi@UT|Provo@UT|Hoboken@NJ|Fort Lauderdale@FL|Jacksonville@FL|Charleston@SC|Greenville@SC|Knoxville@TN|Chattanooga@TN|Lexington@KY|Dayton@OH|Toledo@OH|Grand Rapids@MI|Lansing@MI|Minnetonka@MN|St. Paul@MN=Saint Paul|Herndon@VA|McLean@VA|Alexandria@VA|Bethesda@MD|Rockville@MD|Princeton@NJ|New Haven@CT|Burlington@VT|Worcester@MA|Waltham@MA|Santa Barbara@CA|Pasadena@CA|Long Beach@CA|Burbank@CA|Culver City@CA|El Segundo@CA|Playa Vista@CA|San Bernardino@CA|Riverside@CA|Fresno@CA|Bakersfield@CA|Reno@NV|Henderson@NV|Colorado Springs@CO|Fort Collins@CO|Golden@CO|Aurora@CO|Chandler@AZ|Mesa@AZ|Gilbert@AZ|Frisco@TX|Round Rock@TX|Corpus Christi@TX|Baton Rouge@LA|Little Rock@AR|Jackson@MS|Mobile@AL|Huntsville@AL|Montgomery@AL|Savannah@GA|Alpharetta@GA|Columbia@SC|Greensboro@NC|Winston-Salem@NC|Cary@NC|Morrisville@NC|Norfolk@VA|Virginia Beach@VA|Wilmington@DE|Harrisburg@PA|Allentown@PA|Syracuse@NY|White Plains@NY|Long Island City@NY|Queens@NY|Bronx@NY|Stamford@CT|Portland, ME@ME|Manchester, NH@NH|Salem@OR|Eugene@OR|Olympia@WA|Everett@WA|Vancouver, WA@WA|Wichita@KS|Overland Park@KS|Lincoln@NE|Sioux Falls@SD|Fargo@ND|Billings@MT|Cheyenne@WY|Santa Fe@NM|St. Petersburg@FL=Saint Petersburg|Boca Raton@FL|West Palm Beach@FL|Tallahassee@FL|Gainesville@FL|Naples, FL@FL|Pensacola@FL|Akron@OH|Evanston@IL|Naperville@IL|Schaumburg@IL|Peoria@IL|Springfield@IL|Fort Wayne@IN|Bloomington@IN|Carmel@IN|Iowa City@IA|Cedar Rapids@IA|Rochester, MN@MN|Eden Prairie@MN|Plymouth@MN");
add("CA", "Toronto@ON|Vancouver@BC|Montreal@QC=Montr\xE9al|Ottawa@ON|Calgary@AB|Edmonton@AB|Waterloo@ON|Kitchener@ON|Halifax@NS|Winnipeg@MB|Quebec City@QC=Qu\xE9bec City=Ville de Qu\xE9bec|Victoria@BC|Hamilton@ON|London, ON@ON|Mississauga@ON|Markham@ON|Burnaby@BC|Saskatoon@SK|Regina@SK|Surrey, BC@BC|Richmond, BC@BC|Brampton@ON|Oakville@ON|Guelph@ON|Kingston@ON|Windsor@ON|Laval@QC|Gatineau@QC|Sherbrooke@QC|St. John's@NL|Fredericton@NB|Moncton@NB|Charlottetown@PE|Kelowna@BC|Whitehorse@YT|Yellowknife@NT");
add("GB", "London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Sheffield|Newcastle=Newcastle upon Tyne|Nottingham|Cardiff|Belfast|Oxford|Cambridge, UK|Brighton|Reading|Southampton|Leicester|Coventry|Aberdeen|Milton Keynes|Bath|York|Guildford|Dundee|Swansea|Exeter|Plymouth, UK|Norwich|Cheltenham|Basingstoke|Slough|Watford|Croydon|Canary Wharf|Stockport|Bradford|Derby|Wolverhampton|Sunderland|Middlesbrough|Warrington|Chester|Bournemouth|Portsmouth|Swindon|Northampton|Peterborough|Ipswich|Colchester|Chelmsford|Crawley|Stevenage|Harrogate|Inverness|Stirling");
add("IE", "Dublin|Cork|Galway|Limerick|Waterford");
add("DE", "Berlin|Munich=M\xFCnchen|Hamburg|Frankfurt=Frankfurt am Main|Cologne=K\xF6ln|Stuttgart|D\xFCsseldorf=Dusseldorf|Leipzig|Dresden|Hannover=Hanover|Nuremberg=N\xFCrnberg|Bremen|Essen|Dortmund|Bonn|Karlsruhe|Mannheim|Heidelberg|Jena|Bielefeld|M\xFCnster|Freiburg=Freiburg im Breisgau|Augsburg|Aachen|Kiel|Potsdam|Mainz|Wiesbaden|Regensburg|Erlangen|Darmstadt|Ulm|W\xFCrzburg|Rostock|Magdeburg|Erfurt|Saarbr\xFCcken|Braunschweig|Osnabr\xFCck|Wolfsburg|Ingolstadt|G\xF6ttingen|Bochum|Duisburg|Wuppertal|L\xFCbeck|Oldenburg|Kassel|Halle|Chemnitz|Gelsenkirchen|M\xF6nchengladbach|Krefeld|Paderborn|Heilbronn|Pforzheim|Offenbach|F\xFCrth|Koblenz|Trier|Siegen|Hildesheim|Konstanz|T\xFCbingen|Eschborn|Walldorf|Unterschlei\xDFheim|Garching|Ludwigshafen|Leverkusen|Neuss|G\xFCtersloh|Reutlingen|Landshut|Passau|Bamberg|Bayreuth|Schwerin|Cottbus|Flensburg|L\xFCneburg|Hamm|Herne|Solingen|Remscheid|Bottrop|Recklinghausen|Moers|Marl|Hagen|M\xFClheim an der Ruhr|Oberhausen|Ratingen|Velbert");
add("AT", "Vienna=Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St. P\xF6lten|Dornbirn|Bregenz|Leoben");
add("CH", "Zurich=Z\xFCrich|Geneva=Gen\xE8ve=Genf|Basel|Bern|Lausanne|Lucerne=Luzern|Zug|Winterthur|St. Gallen|Lugano|Baden|Schaffhausen|Fribourg|Neuch\xE2tel|Sion|Chur");
add("FR", "Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Nice|Strasbourg|Montpellier|Rennes|Grenoble|Montreuil|Sophia Antipolis|Aix-en-Provence|Boulogne-Billancourt|La D\xE9fense|Issy-les-Moulineaux|Levallois-Perret|Neuilly-sur-Seine|Saint-Denis|Nanterre|Rouen|Tours|Dijon|Angers|Clermont-Ferrand|Le Mans|Reims|Brest|Annecy|Metz|Nancy|Orl\xE9ans|Caen|Limoges|Amiens|Perpignan|Besan\xE7on|Poitiers|Pau|La Rochelle|Avignon|Toulon|Saint-\xC9tienne|Versailles|Courbevoie|Puteaux|Massy|Saclay|V\xE9lizy-Villacoublay|Rueil-Malmaison|Saint-Ouen|Clichy|Villeurbanne|Le Havre|Valence|Chamb\xE9ry|Mulhouse|Colmar|Bayonne|Biarritz|N\xEEmes|Cergy|\xC9vry|Cr\xE9teil|Vannes|Lorient|Quimper|Saint-Malo|Niort|Troyes");
add("ES", "Madrid|Barcelona|Valencia|Seville=Sevilla|Bilbao|M\xE1laga=Malaga|Zaragoza|Palma=Palma de Mallorca|Alicante|Granada|Murcia|Valladolid|Vigo|A Coru\xF1a=La Coru\xF1a|San Sebasti\xE1n=Donostia|Las Palmas=Las Palmas de Gran Canaria|Santander|Pamplona|Oviedo|Gij\xF3n|C\xF3rdoba|Salamanca|Santa Cruz de Tenerife|Tarragona|Girona|Lleida|Castell\xF3n|Almer\xEDa|C\xE1diz|Huelva|Ja\xE9n|Le\xF3n|Burgos|Logro\xF1o|Vitoria=Vitoria-Gasteiz|Badajoz|C\xE1ceres|Toledo, ES|Sant Cugat del Vall\xE8s|Alcobendas|Las Rozas|Getafe|Legan\xE9s|M\xF3stoles|Elche|Cartagena|Marbella");
add("PT", "Lisbon=Lisboa|Porto|Braga|Coimbra|Aveiro|Faro|Funchal|Set\xFAbal|Guimar\xE3es|Leiria|\xC9vora|Viseu");
add("IT", "Milan=Milano|Rome=Roma|Turin=Torino|Naples=Napoli|Bologna|Florence=Firenze|Venice=Venezia|Genoa=Genova|Padua=Padova|Verona|Bari|Palermo|Trieste|Pisa|Catania|Brescia|Bergamo|Modena|Parma|Reggio Emilia|Perugia|Cagliari|Trento|Bolzano|Udine|Ancona|Pescara|Lecce|Salerno|Como|Monza|Vicenza|Treviso");
add("NL", "Amsterdam|Rotterdam|The Hague=Den Haag|Utrecht|Eindhoven|Groningen|Leiden|Delft|Haarlem|Amstelveen|Nijmegen|Arnhem|Tilburg|Breda|Maastricht|Enschede|Zwolle|Amersfoort|Almere|Hilversum|Hoofddorp|Schiphol|Den Bosch='s-Hertogenbosch|Apeldoorn|Wageningen");
add("BE", "Brussels=Bruxelles=Brussel|Antwerp=Antwerpen=Anvers|Ghent=Gent|Leuven=Louvain|Li\xE8ge|Bruges=Brugge|Namur|Charleroi|Mechelen|Hasselt|Kortrijk|Wavre|Louvain-la-Neuve|Mons");
add("LU", "Luxembourg City=Luxembourg-Ville");
add("DK", "Copenhagen=K\xF8benhavn|Aarhus|Odense|Aalborg");
add("SE", "Stockholm|Gothenburg=G\xF6teborg|Malm\xF6=Malmo|Uppsala|Lund|Link\xF6ping|V\xE4ster\xE5s|\xD6rebro|Ume\xE5|Helsingborg|Norrk\xF6ping|J\xF6nk\xF6ping");
add("NO", "Oslo|Bergen|Trondheim|Stavanger|Troms\xF8|Kristiansand");
add("FI", "Helsinki|Espoo|Tampere|Oulu|Turku|Vantaa|Jyv\xE4skyl\xE4");
add("IS", "Reykjavik=Reykjav\xEDk");
add("EE", "Tallinn|Tartu");
add("LV", "Riga");
add("LT", "Vilnius|Kaunas|Klaip\u0117da");
add("PL", "Warsaw=Warszawa|Krakow=Krak\xF3w|Cracow|Wroclaw=Wroc\u0142aw|Gdansk=Gda\u0144sk|Poznan=Pozna\u0144|Lodz=\u0141\xF3d\u017A|Katowice|Gdynia|Szczecin|Lublin|Bydgoszcz|Bia\u0142ystok|Rzesz\xF3w|Gliwice|Toru\u0144|Opole|Kielce|Olsztyn|Sopot");
add("CZ", "Prague=Praha|Brno|Ostrava|Plze\u0148=Pilsen|Olomouc|Liberec|\u010Cesk\xE9 Bud\u011Bjovice|Hradec Kr\xE1lov\xE9|Pardubice");
add("SK", "Bratislava|Ko\u0161ice=Kosice|\u017Dilina|Bansk\xE1 Bystrica|Nitra|Trnava");
add("HU", "Budapest|Debrecen|Szeged|P\xE9cs|Gy\u0151r|Miskolc");
add("RO", "Bucharest=Bucure\u0219ti=Bukarest|Cluj-Napoca=Cluj|Timi\u0219oara=Timisoara|Ia\u0219i=Iasi|Bra\u0219ov=Brasov|Constan\u021Ba|Sibiu|Oradea|Craiova|Gala\u021Bi|T\xE2rgu Mure\u0219");
add("BG", "Sofia|Plovdiv|Varna|Burgas|Ruse");
add("RS", "Belgrade=Beograd=Belgrad|Novi Sad|Ni\u0161=Nis|Kragujevac|Subotica");
add("HR", "Zagreb|Split|Rijeka|Osijek|Zadar|Dubrovnik");
add("SI", "Ljubljana|Maribor");
add("BA", "Sarajevo|Banja Luka|Mostar|Tuzla");
add("ME", "Podgorica");
add("MK", "Skopje");
add("AL", "Tirana|Durr\xEBs");
add("XK", "Pristina=Prishtina");
add("MD", "Chi\u0219in\u0103u=Chisinau");
add("BY", "Minsk");
add("GR", "Athens=Athen=Ath\xE8nes|Thessaloniki|Patras|Heraklion");
add("CY", "Limassol|Nicosia|Larnaca|Paphos");
add("MT", "Valletta|Sliema|St. Julian's=St Julians|Birkirkara|Msida|G\u017Cira");
add("TR", "Istanbul=\u0130stanbul|Ankara|Izmir=\u0130zmir|Bursa|Antalya");
add("UA", "Kyiv=Kiev|Lviv|Kharkiv|Odesa=Odessa|Dnipro|Zaporizhzhia|Vinnytsia|Ivano-Frankivsk");
add("GE", "Tbilisi|Batumi");
add("AM", "Yerevan");
add("AZ", "Baku");
add("KZ", "Almaty|Astana");
add("UZ", "Tashkent");
add("RU", "Moscow=Moskau|Saint Petersburg, RU|Novosibirsk");
add("IL", "Tel Aviv=Tel Aviv-Yafo|Jerusalem|Haifa|Herzliya|Ramat Gan|Petah Tikva|Ra'anana|Beersheba");
add("AE", "Dubai|Abu Dhabi|Sharjah");
add("SA", "Riyadh|Jeddah|Dammam|Khobar");
add("QA", "Doha");
add("BH", "Manama");
add("KW", "Kuwait City");
add("OM", "Muscat");
add("JO", "Amman");
add("LB", "Beirut");
add("EG", "Cairo|Alexandria, EG|Giza");
add("MA", "Casablanca|Rabat|Marrakesh=Marrakech|Tangier");
add("TN", "Tunis");
add("DZ", "Algiers");
add("NG", "Lagos|Abuja|Ibadan|Port Harcourt");
add("GH", "Accra|Kumasi");
add("KE", "Nairobi|Mombasa");
add("UG", "Kampala");
add("RW", "Kigali");
add("TZ", "Dar es Salaam");
add("ET", "Addis Ababa");
add("SN", "Dakar");
add("CI", "Abidjan");
add("ZA", "Cape Town|Johannesburg|Durban|Pretoria|Sandton|Port Elizabeth|Stellenbosch");
add("IN", "Bangalore=Bengaluru|Mumbai=Bombay|Delhi=New Delhi|Hyderabad|Chennai|Pune|Kolkata|Gurgaon=Gurugram|Noida|Ahmedabad|Jaipur|Kochi|Chandigarh|Coimbatore|Indore|Trivandrum=Thiruvananthapuram|Mysore=Mysuru|Nagpur|Lucknow|Bhubaneswar|Visakhapatnam|Vadodara|Surat|Mangalore|Navi Mumbai|Thane");
add("PK", "Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad");
add("BD", "Dhaka|Chittagong");
add("LK", "Colombo");
add("NP", "Kathmandu");
add("SG", "Singapore");
add("MY", "Kuala Lumpur|Penang|Petaling Jaya|Cyberjaya|Johor Bahru");
add("TH", "Bangkok|Chiang Mai|Phuket");
add("VN", "Ho Chi Minh City=Saigon=HCMC|Hanoi|Da Nang");
add("PH", "Manila|Makati|Cebu=Cebu City|Taguig|Quezon City|Pasig|Davao|Bonifacio Global City=BGC");
add("ID", "Jakarta|Bali|Bandung|Surabaya|Yogyakarta");
add("HK", "Hong Kong");
add("MO", "Macau");
add("TW", "Taipei|Hsinchu|Taichung|Kaohsiung");
add("CN", "Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu|Nanjing|Wuhan|Suzhou|Xi'an|Tianjin");
add("JP", "Tokyo|Osaka|Kyoto|Yokohama|Fukuoka|Nagoya|Sapporo|Kobe");
add("KR", "Seoul|Busan|Incheon|Pangyo|Seongnam");
add("AU", "Sydney@NSW|Melbourne@VIC|Brisbane@QLD|Perth@WA|Adelaide@SA|Canberra@ACT|Gold Coast@QLD|Hobart@TAS|Darwin@NT|Newcastle, NSW@NSW|Wollongong@NSW|Geelong@VIC|Parramatta@NSW|North Sydney@NSW");
add("NZ", "Auckland|Wellington|Christchurch|Hamilton, NZ|Dunedin|Tauranga");
add("MX", "Mexico City=Ciudad de M\xE9xico=CDMX|Guadalajara|Monterrey|Quer\xE9taro|Puebla|Tijuana|M\xE9rida|Le\xF3n, MX|Canc\xFAn");
add("BR", "S\xE3o Paulo=Sao Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|Florian\xF3polis|Bras\xEDlia=Brasilia|Recife|Campinas|Salvador|Fortaleza|Goi\xE2nia");
add("AR", "Buenos Aires|C\xF3rdoba, AR|Rosario|Mendoza|La Plata");
add("CL", "Santiago|Valpara\xEDso|Concepci\xF3n");
add("CO", "Bogot\xE1=Bogota|Medell\xEDn=Medellin|Cali|Barranquilla|Cartagena, CO|Bucaramanga");
add("PE", "Lima|Arequipa");
add("EC", "Quito|Guayaquil");
add("UY", "Montevideo");
add("PY", "Asunci\xF3n");
add("BO", "La Paz|Santa Cruz de la Sierra");
add("VE", "Caracas");
add("CR", "San Jos\xE9, CR");
add("PA", "Panama City");
add("GT", "Guatemala City");
add("DO", "Santo Domingo");
add("PR", "San Juan");
add("JM", "Kingston, JM");

// src/fields/countries.ts
import countries from "i18n-iso-countries/index.js";
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import it from "i18n-iso-countries/langs/it.json" with { type: "json" };
import pt from "i18n-iso-countries/langs/pt.json" with { type: "json" };
var BY_NAME = /* @__PURE__ */ new Map();
var UPPER_ALIASES = /* @__PURE__ */ new Map();
for (const locale of [en, fr, de, es, pt, it]) countries.registerLocale(locale);
for (const lang of ["en", "fr", "de", "es", "pt", "it"]) {
  const names2 = countries.getNames(lang, { select: "all" });
  for (const [code, list] of Object.entries(names2)) {
    for (const n of list) {
      if (n.replace(PERIODS_RE, "").length <= 3) UPPER_ALIASES.set(n.replace(PERIODS_RE, ""), code);
      else if (!BY_NAME.has(n.toLowerCase())) BY_NAME.set(n.toLowerCase(), code);
    }
  }
}
for (const [n, code] of [["england", "GB"], ["scotland", "GB"], ["wales", "GB"], ["holland", "NL"], ["the netherlands", "NL"], ["deutschland", "DE"], ["espa\xF1a", "ES"], ["south korea", "KR"], ["russia", "RU"], ["czechia", "CZ"], ["czech republic", "CZ"], ["t\xFCrkiye", "TR"], ["turkey", "TR"], ["vietnam", "VN"], ["the united states", "US"], ["the uk", "GB"], ["united states of america", "US"], ["britain", "GB"], ["great britain", "GB"], ["\xF6sterreich", "AT"], ["schweiz", "CH"], ["suisse", "CH"], ["srbija", "RS"], ["uae", "AE"]]) {
  BY_NAME.set(n, code);
}
for (const [n, code] of [["UK", "GB"], ["USA", "US"], ["US", "US"], ["UAE", "AE"], ["KSA", "SA"]]) UPPER_ALIASES.set(n, code);
var SHORT_OVERRIDES = dict({
  US: "United States",
  GB: "United Kingdom",
  KR: "South Korea",
  KP: "North Korea",
  RU: "Russia",
  VN: "Vietnam",
  SY: "Syria",
  MD: "Moldova",
  LA: "Laos",
  CZ: "Czechia",
  CD: "DR Congo",
  BN: "Brunei",
  VA: "Vatican City",
  VG: "British Virgin Islands",
  VI: "U.S. Virgin Islands",
  FM: "Micronesia",
  FK: "Falkland Islands",
  MF: "Saint Martin",
  SX: "Sint Maarten",
  MO: "Macau",
  BQ: "Caribbean Netherlands",
  CV: "Cape Verde"
});
var SHORT_NAMES = dict({});
for (const [code, list] of Object.entries(countries.getNames("en", { select: "all" }))) {
  const short = list.filter((n) => n.replace(PERIODS_RE, "").length > 3 && !COUNTRY_LONG_FORM_RE.test(n)).sort((a, b) => a.length - b.length)[0];
  SHORT_NAMES[code] = SHORT_OVERRIDES[code] ?? (list[0] && !COUNTRY_LONG_FORM_RE.test(list[0]) ? list[0] : short ?? list[0]);
}
function countryCode(name) {
  const t = name.trim().replace(LEADING_THE_RE, "");
  if (t.length === 0) return null;
  const upper = UPPER_ALIASES.get(t.replace(PERIODS_RE, ""));
  if (upper && t === t.toUpperCase()) return upper;
  return BY_NAME.get(t.toLowerCase()) ?? BY_NAME.get(name.trim().toLowerCase()) ?? null;
}
function countryName(code) {
  return SHORT_NAMES[code] ?? countries.getName(code, "en") ?? null;
}
function isCountryCode(code) {
  return countries.isValid(code);
}
function isoCode(code) {
  const t = code.trim().toUpperCase();
  if (t.length === 2) return countries.isValid(t) ? t : null;
  if (t.length === 3) return countries.alpha3ToAlpha2(t) ?? null;
  return null;
}

// src/fields/location.ts
var US_STATE_NAMES = new Map(Object.entries(US_STATES).map(([k, v]) => [v.toLowerCase(), k]));
var CA_PROVINCE_NAMES = new Map(Object.entries(CA_PROVINCES).map(([k, v]) => [v.toLowerCase(), k]));
var AREA_SET = new Set(AREAS);
var NOT_PLACE_SET = new Set(NOT_PLACES);
var CITY_STATE_NAMES = new Map(Object.entries(CITY_STATES).map(([k, v]) => [v.toLowerCase(), k]));
var AND_NAMES = ["bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda", "saint kitts and nevis", "st kitts and nevis", "saint vincent and the grenadines", "sao tome and principe", "s\xE3o tom\xE9 and pr\xEDncipe", "turks and caicos islands", "newfoundland and labrador", "heard island and mcdonald islands", "wallis and futuna", "svalbard and jan mayen", "saint pierre and miquelon", "us and canada", "europe and the uk", "uk and europe"];
var JOINER = "";
function classify(token) {
  const raw = token.trim();
  const t = CITIES[raw.toLowerCase()] ? raw : raw.replace(LEADING_THE_RE, "");
  const lower = t.toLowerCase();
  if (AREA_SET.has(lower) || AREA_SET.has(raw.toLowerCase())) return { kind: "area", loc: loc(raw, null, null, null) };
  const cityState = CITY_STATE_NAMES.get(lower);
  if (cityState) return { kind: "city", loc: loc(raw, CITY_STATES[cityState], null, cityState) };
  const cc = countryCode(t);
  if (cc) return { kind: "country", loc: loc(raw, null, null, cc) };
  const city = CITIES[lower];
  if (city && (t.length > 3 || t === t.toUpperCase())) return { kind: "city", loc: loc(raw, t.length <= 4 && t === t.toUpperCase() ? city[0] : t, city[2] ?? null, city[1]) };
  const us = US_STATE_NAMES.get(lower);
  if (us) return { kind: "region", loc: loc(raw, null, t, "US") };
  const ca = CA_PROVINCE_NAMES.get(lower);
  if (ca) return { kind: "region", loc: loc(raw, null, t, "CA") };
  const other = OTHER_REGIONS[lower];
  if (other) return { kind: "region", loc: loc(raw, null, t, other) };
  return { kind: "unknown", loc: loc(raw, null, null, null) };
}
function loc(raw, city, region, cc) {
  return { raw, city, region, country: cc ? countryName(cc) : null, countryCode: cc };
}
function regionOf(token, cityToken) {
  const t = token.trim();
  const cityCc = cityToken ? CITIES[cityToken.trim().toLowerCase()]?.[1] ?? null : null;
  if (UPPER_CODE_RE.test(t)) {
    const options = [];
    if (US_STATES[t]) options.push("US");
    if (CA_PROVINCES[t]) options.push("CA");
    if (AU_STATES[t]) options.push("AU");
    if (t === "CA" && cityCc === "CA") return { region: null, cc: "CA" };
    if (cityCc === "BR" && BR_STATES[t]) return { region: t, cc: "BR" };
    if (cityCc && options.includes(cityCc)) return { region: t, cc: cityCc };
    if (options.length) return { region: t, cc: options[0] };
    return null;
  }
  const lower = t.toLowerCase();
  if (US_STATE_NAMES.has(lower)) return { region: t, cc: "US" };
  if (CA_PROVINCE_NAMES.has(lower)) return { region: t, cc: "CA" };
  const other = OTHER_REGIONS[lower];
  if (other && (!CITIES[lower] || cityCc === other)) return { region: t, cc: other };
  return null;
}
function looksLikePlaceName(t) {
  return LOC_PLACE_NAME_RE.test(t) && t.split(WHITESPACE_SPLIT_RE).length <= 4;
}
function segment(parts, strict) {
  const out = [];
  let i = 0;
  while (i < parts.length) {
    const p = parts[i];
    const next = parts[i + 1];
    const next2 = parts[i + 2];
    const here = classify(p);
    const known = CITIES[p.toLowerCase()];
    const cityName = known && p.length <= 4 && p === p.toUpperCase() ? known[0] : here.kind === "city" ? here.loc.city ?? p : p;
    const cityOk = here.kind === "city" || here.kind === "unknown" && looksLikePlaceName(p);
    const raw = (n) => parts.slice(i, i + n).join(", ");
    const ccNext = next !== void 0 ? countryCode(next) : null;
    const cityInNext = here.kind === "city" && next !== void 0 && (ccNext !== null && here.loc.countryCode === ccNext || next === here.loc.countryCode);
    const reg = next !== void 0 && cityOk && !cityInNext ? regionOf(next, p) : null;
    if (reg) {
      const ccNext22 = next2 !== void 0 ? countryCode(next2) : null;
      const n = ccNext22 && (ccNext22 === reg.cc || !reg.region) ? 3 : 2;
      out.push({ raw: raw(n), city: cityName, region: reg.region, country: countryName(reg.cc), countryCode: reg.cc });
      i += n;
      continue;
    }
    if ((ccNext || cityInNext) && cityOk && here.kind !== "region") {
      const cc = ccNext ?? here.loc.countryCode;
      out.push({ raw: raw(2), city: cityName, region: here.kind === "city" && here.loc.countryCode === cc ? here.loc.region : null, country: countryName(cc), countryCode: cc });
      i += 2;
      continue;
    }
    if (ccNext && here.kind === "region" && here.loc.countryCode === ccNext) {
      out.push({ ...here.loc, raw: raw(2) });
      i += 2;
      continue;
    }
    const ccNext2 = next2 !== void 0 ? countryCode(next2) : null;
    if (ccNext2 && cityOk && next !== void 0 && looksLikePlaceName(next) && classify(next).kind !== "country" && !(here.kind === "unknown" && classify(next).kind === "city")) {
      out.push({ raw: raw(3), city: cityName, region: next, country: countryName(ccNext2), countryCode: ccNext2 });
      i += 3;
      continue;
    }
    if (here.kind === "city" && next !== void 0 && next2 === void 0 && classify(next).kind === "unknown" && LOC_DISTRICT_RE.test(next) && next.split(" ").length <= 3) {
      out.push({ ...here.loc, raw: raw(2), region: next });
      i += 2;
      continue;
    }
    if (here.kind !== "unknown") {
      out.push(here.loc);
      i += 1;
      continue;
    }
    const cityNext = !strict && next !== void 0 && looksLikePlaceName(p) && !LOC_ORGANISATION_WORD_RE.test(p) ? classify(next) : null;
    if (cityNext && cityNext.kind === "city" && (next2 === void 0 || countryCode(next2) === cityNext.loc.countryCode)) {
      const n = next2 === void 0 ? 2 : 3;
      out.push({ ...cityNext.loc, raw: raw(n) });
      i += n;
      continue;
    }
    const spaced = LOC_SPACED_STATE_RE.exec(p);
    const spacedReg = spaced && (classify(spaced[1]).kind === "city" || looksLikePlaceName(spaced[1])) ? regionOf(spaced[2], spaced[1]) : null;
    if (spaced && spacedReg) {
      const c = classify(spaced[1]);
      out.push({ raw: raw(1), city: c.kind === "city" ? c.loc.city ?? spaced[1] : spaced[1], region: spacedReg.region, country: countryName(spacedReg.cc), countryCode: spacedReg.cc });
      i += 1;
      continue;
    }
    if (!strict && looksLikePlaceName(p) && parts.length === 1 && !LOC_ORGANISATION_WORD_RE.test(p)) {
      out.push(loc(p, p, null, null));
      i += 1;
      continue;
    }
    return null;
  }
  return absorb(out);
}
function absorb(list) {
  const out = [];
  for (const l of list) {
    const prev = out[out.length - 1];
    const repeatsCountry = prev && l.countryCode === prev.countryCode && l.city === null && prev.countryCode !== null;
    const repeatsCity = prev && l.city !== null && prev.city !== null && canonical(l.city) === canonical(prev.city) && l.countryCode === prev.countryCode;
    if (prev && (repeatsCountry || repeatsCity)) {
      out[out.length - 1] = { ...prev, raw: `${prev.raw}, ${l.raw}`, region: prev.region ?? (prev.city ? l.region : prev.region) };
      continue;
    }
    out.push(l);
  }
  return out;
}
function canonical(city) {
  return CITIES[city.toLowerCase()]?.[0] ?? city;
}
function parsePiece(piece, strict) {
  const raw = piece.trim();
  const ats = LOC_ATS_DOTTED_RE.exec(raw) ?? LOC_ATS_DASHED_RE.exec(raw);
  if (ats && ats.groups) {
    const cc = countryCode(ats.groups.country) ?? isoCode(ats.groups.country);
    const reg = regionOf(ats.groups.region, ats.groups.city);
    if (cc && (reg?.cc === cc || !reg)) return [{ raw, city: ats.groups.city.trim(), region: ats.groups.region, country: countryName(cc), countryCode: cc }];
  }
  const chain = raw.split("-");
  if (chain.length >= 3 && !raw.includes(" - ")) {
    const cc = countryCode(chain[0].trim());
    const city = chain.slice(2).join("-").trim();
    if (cc && classify(city).kind === "city") return [{ raw, city: canonical(city), region: chain[1].trim(), country: countryName(cc), countryCode: cc }];
  }
  const parts = raw.split(",").map((p) => cleanPart(p)).filter((p) => p.length > 0);
  if (parts.length === 0) return [];
  const first = countryCode(parts[0]);
  if (first && parts.length === 3 && regionOf(parts[1], parts[2])?.cc === first && !countryCode(parts[2])) {
    return [{ raw, city: parts[2], region: parts[1], country: countryName(first), countryCode: first }];
  }
  const run = segment(parts, strict);
  if (run) {
    if (run.length === 1 && isPlace(run[0])) run[0] = { ...run[0], raw: raw.replace(LOC_LEADING_PREPOSITION_RE, "") };
    return run;
  }
  if (strict) return [];
  for (let j = parts.length - 1; j >= 1; j--) {
    const c = classify(parts[j]);
    if (c.kind !== "region" && c.kind !== "country") continue;
    const town = parts[j - 1];
    if (!looksLikePlaceName(town) || classify(town).kind === "country" || LOC_VENUE_RE.test(town)) return [];
    const cc = c.loc.countryCode;
    return [{ raw, city: town, region: c.kind === "region" ? parts[j] : null, country: cc ? countryName(cc) : null, countryCode: cc }];
  }
  return [];
}
function cleanPart(part) {
  let p = part.replace(new RegExp(LOC_NOTE_IN_BRACKETS_RE.source, LOC_NOTE_IN_BRACKETS_RE.flags), " ").replace(BRACKETS_RE, " ").trim();
  const withoutCode = p.replace(new RegExp(LOC_POSTCODE_RE.source, LOC_POSTCODE_RE.flags), " ").replace(WHITESPACE_RUNS_RE, " ").trim().replace(LOC_UK_DISTRICT_RE, "");
  if (LOC_ADDRESS_PART_RE.test(p) && classify(withoutCode).kind === "unknown") return "";
  p = withoutCode;
  if (classify(p).kind === "unknown") p = p.replace(LOC_LEADING_PREPOSITION_RE, "").trim();
  const core = p.replace(LOC_METRO_RE, "").trim();
  if (core !== p && core.length >= 2 && classify(core).kind !== "unknown") p = core;
  p = p.replace(LOC_EDGE_PUNCT_RE, "");
  const arr = LOC_ARRONDISSEMENT_RE.exec(p);
  if (arr && classify(arr[1]).kind === "city") p = arr[1];
  if (NOT_PLACE_SET.has(p.toLowerCase())) return "";
  return p;
}
function parseFlagCountries(text) {
  const out = [];
  const re = new RegExp(LOC_FLAG_RE.source, LOC_FLAG_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = String.fromCharCode(m[1].codePointAt(0) - 127462 + 65, m[2].codePointAt(0) - 127462 + 65);
    if (!isCountryCode(code)) continue;
    const name = (m[3] ?? "").trim();
    out.push(loc(name || code, CITY_STATES[code] ?? null, null, code));
  }
  return dedupe(out);
}
function parseLocations(text, options = {}) {
  const strict = options.strict === true;
  const out = [];
  let s = text.replace(new RegExp(LOC_EMPHASIS_RE.source, LOC_EMPHASIS_RE.flags), " ").replace(WHITESPACE_RUNS_RE, " ").trim();
  if (s.length === 0) return out;
  if (s.length > 600) s = s.slice(0, 600);
  const flags = parseFlagCountries(s);
  if (flags.length) return flags;
  s = s.replace(LOC_KEY_PREFIX_RE, "");
  const colon = s.indexOf(": ");
  if (colon > 0 && colon <= 80 && (s.slice(0, colon).match(new RegExp(LOC_LOWER_WORD_RE.source, LOC_LOWER_WORD_RE.flags))?.length ?? 0) >= 2 && parseLocations(s.slice(0, colon), { strict: true }).length === 0) s = s.slice(colon + 2);
  const end = LOC_SENTENCE_END_RE.exec(s);
  if (end) s = s.slice(0, end.index + 1);
  if (s.length > 300) return out;
  const areas = [];
  s = s.replace(new RegExp(LOC_AREA_IN_BRACKETS_RE.source, LOC_AREA_IN_BRACKETS_RE.flags), (_m, inner) => {
    areas.push(inner);
    return " ; ";
  });
  s = s.replace(LOC_AREA_AFTER_DASH_RE, (_m, inner) => {
    areas.push(inner);
    return " ; ";
  });
  s = s.replace(new RegExp(LOC_WORKPLACE_WORDS_RE.source, LOC_WORKPLACE_WORDS_RE.flags), " ; ");
  let joined = s;
  const lower = s.toLowerCase();
  for (const n of AND_NAMES) {
    const i = lower.indexOf(n);
    if (i >= 0) joined = joined.slice(0, i) + joined.slice(i, i + n.length).replace(SINGLE_SPACES_RE, JOINER) + joined.slice(i + n.length);
  }
  const pieces = joined.split(new RegExp(LOC_PIECE_SPLIT_RE.source, LOC_PIECE_SPLIT_RE.flags));
  for (const area of areas) pieces.push(...area.split(LOC_AREA_SPLIT_RE));
  for (const rawPiece of pieces) {
    const piece = rawPiece.split(JOINER).join(" ").replace(LOC_PIECE_EDGE_RE, "");
    if (piece.length < 2) continue;
    const last = out[out.length - 1];
    const [head, ...tail] = piece.split(",");
    const state = last?.city && last.countryCode ? cleanPart(head) : "";
    const sameCountry = tail.every((t) => countryCode(cleanPart(t)) === last?.countryCode);
    if (state && (!last.region || last.region === state) && sameCountry && regionOf(state, last.city)?.cc === last.countryCode && classify(state).kind !== "city") {
      const from = s.indexOf(last.raw);
      const to = from >= 0 ? s.indexOf(state, from + last.raw.length) : -1;
      out[out.length - 1] = { ...last, region: state, raw: to >= 0 ? s.slice(from, to + state.length) : `${last.raw} ${state}` };
      continue;
    }
    const found = parsePiece(piece, strict);
    if (strict && found.length === 0 && (piece.match(new RegExp(LOC_LOWER_WORD_RE.source, LOC_LOWER_WORD_RE.flags))?.length ?? 0) >= 3) return [];
    out.push(...found);
  }
  return dedupe(out);
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const l of list) {
    const key = `${(l.city ?? "").toLowerCase()}|${l.countryCode ?? ""}|${l.city || l.region || l.countryCode ? "" : l.raw.toLowerCase()}|${l.city ? "" : (l.region ?? "").toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(l);
  }
  return out;
}
function isPlace(l) {
  return l.city !== null || l.region !== null || l.countryCode !== null;
}

// src/lexicon/dates.ts
var MONTHS = dict({});
var names = [
  ["january", "jan", "janvier", "janv", "januar", "j\xE4n", "j\xE4nner", "enero", "ene", "janeiro", "gennaio", "gen"],
  ["february", "feb", "f\xE9vrier", "fevrier", "f\xE9vr", "fevr", "februar", "febrero", "fevereiro", "fev", "febbraio"],
  ["march", "mar", "mars", "m\xE4rz", "marz", "marzo", "mar\xE7o", "marco"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mai", "mayo", "maio", "maggio", "mag"],
  ["june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu"],
  ["july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug"],
  ["august", "aug", "ao\xFBt", "aout", "agosto", "ago"],
  ["september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre"],
  ["october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "d\xE9cembre", "decembre", "d\xE9c", "dezember", "dez", "diciembre", "dic", "dezembro", "dicembre"]
];
names.forEach((list, i) => list.forEach((n) => MONTHS[n] = i + 1));
var AMBIGUOUS_MONTHS = ["set", "out", "ago", "mag", "gen"];
var UNIT_DAYS = dict({
  minute: 0,
  minutes: 0,
  min: 0,
  mins: 0,
  hour: 0,
  hours: 0,
  hr: 0,
  hrs: 0,
  h: 0,
  day: 1,
  days: 1,
  d: 1,
  week: 7,
  weeks: 7,
  w: 7,
  wk: 7,
  wks: 7,
  month: 30,
  months: 30,
  mo: 30,
  mos: 30,
  year: 365,
  years: 365,
  y: 365,
  yr: 365,
  minuten: 0,
  stunde: 0,
  stunden: 0,
  tag: 1,
  tagen: 1,
  tage: 1,
  woche: 7,
  wochen: 7,
  monat: 30,
  monaten: 30,
  monate: 30,
  jahr: 365,
  jahren: 365,
  jour: 1,
  jours: 1,
  semaine: 7,
  semaines: 7,
  mois: 30,
  an: 365,
  ans: 365,
  heure: 0,
  heures: 0,
  d\u00EDa: 1,
  d\u00EDas: 1,
  dia: 1,
  dias: 1,
  semana: 7,
  semanas: 7,
  mes: 30,
  meses: 30,
  a\u00F1o: 365,
  a\u00F1os: 365,
  ano: 365,
  anos: 365,
  hora: 0,
  horas: 0,
  giorno: 1,
  giorni: 1,
  settimana: 7,
  settimane: 7,
  mese: 30,
  mesi: 30,
  anno: 365,
  anni: 365,
  ora: 0,
  ore: 0,
  m\u00EAs: 30,
  minuto: 0,
  minutos: 0,
  minuti: 0,
  second: 0,
  seconds: 0,
  secs: 0
});
var NUMBER_WORDS = dict({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  un: 1,
  une: 1,
  einem: 1,
  einer: 1,
  ein: 1,
  eine: 1,
  uno: 1,
  una: 1,
  um: 1,
  uma: 1
});
var RELATIVE_COMPANIONS = ["posted", "reposted", "published", "active", "updated", "publi\xE9", "publi\xE9e", "ver\xF6ffentlicht", "aktualisiert", "publicado", "publicada", "pubblicato", "pubblicata", "new", "neu", "nouveau"];

// src/fields/dates.ts
var DAY = 864e5;
var COMPANIONS = [...RELATIVE_COMPANIONS].sort((a, b) => b.length - a.length);
function isoDay(d) {
  return d.toISOString().slice(0, 10);
}
function utcDay(now) {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}
function valid(y, mo, d) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1) return null;
  return isoDay(t);
}
function withYear(mo, d, options) {
  if (!options.now) return null;
  const y = options.now.getUTCFullYear();
  const date = valid(y, mo, d);
  if (!date) return null;
  const t = Date.parse(date);
  const today = utcDay(options.now);
  if (options.future) return t < today - 90 * DAY ? valid(y + 1, mo, d) : date;
  return t > today + DAY ? valid(y - 1, mo, d) : date;
}
function month(word) {
  return MONTHS[word.toLowerCase()];
}
function parseAbsoluteDate(text, options = {}) {
  if (!DIGIT_RE.test(text)) return null;
  const at = (m, date) => date ? { date, relative: false, start: m.index, end: m.index + m[0].length } : null;
  const iso = ISO_DATE_RE.exec(text);
  const fromIso = iso ? at(iso, valid(Number(iso[1]), Number(iso[3]), Number(iso[4]))) : null;
  if (fromIso) return fromIso;
  const dmy = DAY_MONTH_YEAR_RE.exec(text);
  const mdy = MONTH_DAY_YEAR_RE.exec(text);
  const fromDmy = dmy && month(dmy[2]) ? at(dmy, valid(Number(dmy[3]), month(dmy[2]), Number(dmy[1]))) : null;
  const fromMdy = mdy && month(mdy[1]) ? at(mdy, valid(Number(mdy[3]), month(mdy[1]), Number(mdy[2]))) : null;
  if (fromDmy || fromMdy) return !fromMdy || fromDmy && fromDmy.start <= fromMdy.start ? fromDmy : fromMdy;
  const num2 = NUMERIC_DATE_RE.exec(text);
  if (num2) {
    let y = Number(num2[4]);
    if (num2[4].length === 2) y = y >= 15 && (num2[2] === "/" || num2[2] === "-" || num2[1].length === 2) ? 2e3 + y : 0;
    const a = Number(num2[1]);
    const b = Number(num2[3]);
    const monthFirst = (num2[2] === "/" || num2[2] === "-") && a <= 12 && (options.monthFirst === true || b > 12);
    const date = monthFirst ? valid(y, a, b) : valid(y, b, a);
    if (date) return at(num2, date);
  }
  if (options.now) {
    const dm = DAY_MONTH_RE.exec(text);
    const md = MONTH_DAY_RE.exec(text);
    const yearless = (w) => AMBIGUOUS_MONTHS.includes(w.toLowerCase()) ? void 0 : month(w);
    const fromDm = dm && yearless(dm[2]) ? at(dm, withYear(yearless(dm[2]), Number(dm[1]), options)) : null;
    const fromMd = md && yearless(md[1]) ? at(md, withYear(yearless(md[1]), Number(md[2]), options)) : null;
    if (fromDm || fromMd) return !fromMd || fromDm && fromDm.start <= fromMd.start ? fromDm : fromMd;
  }
  return null;
}

// src/lexicon/de.ts
var de2 = {
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
    share: ["teilen", "job teilen", "stelle teilen"],
    faq: ["h\xE4ufige fragen", "h\xE4ufig gestellte fragen"]
  },
  chromeLines: {
    navigation: ["zum hauptinhalt springen", "jobs finden", "karriereberatung", "f\xFCr arbeitgeber", "zum inhalt springen", "jetzt bewerben", "bewerben", "merken", "teilen", "anmelden", "registrieren", "zur\xFCck zur suche", "zur\xFCck", "mehr anzeigen", "weniger anzeigen", "job melden", "alle jobs", "startseite", "gespeichert", "speichern", "schnellbewerbung", "job merken"]
  },
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
var en2 = {
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
      "who are we"
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
      "opportunity"
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
      "key responsibilities include"
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
      "you will get"
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
      "compensation package"
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
      "duration"
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
    share: ["share job", "share this job", "share", "share this role", "share this position"],
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
    "nice-to-have": ["plus", "pluses", "bonus", "ideal", "nice", "nice to have", "prefer", "desir", "stand out", "extra", "great to have", "good to have", "even better", "optional", "advantage", "would be great", "would love", "beneficial"],
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
      "type of employment"
    ],
    workplaceType: ["workplace type", "workplace", "remote", "work mode", "remote work policy", "location type", "work arrangement", "remote policy", "work model", "work setup", "remote work"],
    category: ["category", "industry", "job category", "job function", "function", "sector", "field", "industries"],
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
      "apply until"
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
var es2 = {
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
    "similar-jobs": ["ofertas similares", "empleos similares", "otras ofertas", "tambi\xE9n te puede interesar", "ofertas relacionadas", "otras ofertas de empleo"],
    share: ["compartir", "compartir oferta"],
    faq: ["preguntas frecuentes"]
  },
  chromeLines: {
    navigation: ["acceso candidatos", "acceso empresas", "ofertas de empleo", "compartir oferta", "inscribirme en esta oferta", "inscribirme", "inscr\xEDbete", "aplicar", "postular", "compartir", "guardar", "volver", "volver a la b\xFAsqueda", "iniciar sesi\xF3n", "reg\xEDstrate", "ver m\xE1s", "ver menos", "denunciar oferta", "ver oferta", "ir al contenido", "buscar empleo"]
  },
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
var fr2 = {
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
    share: ["partager", "partager cette offre"],
    faq: ["questions fr\xE9quentes", "foire aux questions"],
    "apply-form": ["postuler \xE0 cette offre", "formulaire de candidature"]
  },
  chromeLines: {
    navigation: ["envie d'en savoir plus", "envie d'en savoir plus ?", "aller au contenu principal", "trouver un job", "trouver une entreprise", "m\xE9dia", "pour les employeurs", "se connecter", "postuler", "sauvegarder", "partager", "voir l'entreprise", "voir plus", "voir moins", "retour aux offres", "accueil", "connexion", "s'inscrire", "candidature simplifi\xE9e", "signaler l'offre", "voir toutes les offres"]
  },
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
var it2 = {
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
  chromeHeadings: { "similar-jobs": ["offerte simili", "lavori simili", "altre offerte"], share: ["condividi"] },
  chromeLines: { navigation: ["candidati ora", "candidati", "condividi", "salva", "indietro", "mostra di pi\xF9"] },
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
    share: ["delen", "deel deze vacature", "vacature delen"],
    faq: ["veelgestelde vragen", "veel gestelde vragen"],
    "apply-form": ["sollicitatieformulier"]
  },
  chromeLines: {
    navigation: ["solliciteer", "solliciteer nu", "solliciteer direct", "direct solliciteren", "nu solliciteren", "opslaan", "vacature opslaan", "bewaren", "terug", "terug naar overzicht", "terug naar vacatures", "terug naar zoekresultaten", "inloggen", "registreren", "meer weergeven", "minder weergeven", "toon meer", "lees meer", "alle vacatures", "bekijk alle vacatures", "naar de inhoud", "ga naar de inhoud", "vacature melden"]
  },
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
    share: ["udost\u0119pnij", "udost\u0119pnij ofert\u0119", "podziel si\u0119 ofert\u0105"],
    faq: ["najcz\u0119\u015Bciej zadawane pytania", "cz\u0119sto zadawane pytania"],
    "apply-form": ["formularz aplikacyjny", "formularz zg\u0142oszeniowy"]
  },
  chromeLines: {
    navigation: ["aplikuj", "aplikuj teraz", "aplikuj szybko", "aplikuj na t\u0105 ofert\u0119 pracy", "aplikuj na t\u0119 ofert\u0119 pracy", "aplikuj na t\u0119 ofert\u0119", "aplikuj bezpo\u015Brednio", "zapisz", "zapisz ofert\u0119", "zapisana", "udost\u0119pnij", "wr\xF3\u0107", "wr\xF3\u0107 do listy ofert", "poka\u017C wi\u0119cej", "poka\u017C mniej", "zaloguj si\u0119", "zarejestruj si\u0119", "zobacz wszystkie oferty", "wszystkie oferty", "zg\u0142o\u015B ofert\u0119", "zg\u0142o\u015B nadu\u017Cycie", "przejd\u017A do tre\u015Bci", "strona g\u0142\xF3wna"]
  },
  chromePrefixes: ["kliknij tutaj, aby skontaktowa\u0107 si\u0119", "kliknij tutaj, aby aplikowa\u0107", "aplikuj, aby pozna\u0107 szczeg\xF3\u0142y"],
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
var pt2 = {
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
  chromeHeadings: { "similar-jobs": ["vagas semelhantes", "vagas similares", "outras vagas", "ofertas semelhantes", "ofertas relacionadas"], share: ["compartilhar", "partilhar", "partilhar oferta"] },
  chromeLines: { navigation: ["candidatar-se", "candidate-se", "compartilhar", "salvar", "voltar", "ver mais", "candidata-te", "candidatar", "partilhar", "guardar", "guardar oferta", "ver menos"] },
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
var LEXICONS = [en2, fr2, de2, es2, pt2, it2, nl, pl, vi, ko];

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
function classifyLeadIn(text) {
  const words = phraseKey(text).split(" ");
  for (let n = Math.min(6, words.length); n >= 2; n--) {
    const hit = HEADINGS.get(words.slice(words.length - n).join(" "));
    if (hit?.kind) return hit;
  }
  return null;
}
function chromeLine(text) {
  if (text.length <= 60) {
    const hit = CHROME_LINES.get(phraseKey(text));
    if (hit) return hit;
  }
  if (text.length <= 300) {
    const lower = text.toLowerCase();
    for (const p of CHROME_PREFIXES) if (lower.startsWith(p.key)) return p.kind;
    if (HN_META_RE.test(text)) return "board";
    if (TRACKING_TAGS_RE.test(text)) return "board";
    if (text.length <= 60 && STAR_ICON_END_RE.test(text)) return "board";
    if (text.length <= 80) {
      const words = phraseKey(text).split(" ");
      let i = 0;
      let first = null;
      while (i < words.length) {
        let n = Math.min(4, words.length - i);
        for (; n >= 1; n--) if (CHROME_LINES.has(words.slice(i, i + n).join(" "))) break;
        if (n === 0) break;
        first ??= CHROME_LINES.get(words.slice(i, i + n).join(" ")) ?? null;
        i += n;
      }
      if (i === words.length && words.length >= 2 && first) return first;
    }
  }
  return null;
}
function labelField(label) {
  if (label.length > 48) return null;
  return LABELS.get(phraseKey(label)) ?? null;
}
function gluedLabel(line) {
  const max = Math.min(line.length - 1, longestLabel);
  for (let n = max; n >= 3; n--) {
    const next = line[n];
    if (!VALUE_START_CHAR_RE.test(next)) continue;
    const prev = line[n - 1];
    if (!LABEL_END_CHAR_RE.test(prev)) continue;
    const label = line.slice(0, n);
    const field = LABELS.get(phraseKey(label));
    if (field && CAPITAL_START_RE.test(label)) return { field, label, value: line.slice(n).trim() };
  }
  return null;
}

// src/lexicon/facts.ts
var MORE_REMOTE_WORDS = [
  // en: "duties are performed remotely", "work mostly from home"
  "from home",
  "performed remotely",
  "done remotely",
  "carried out remotely",
  "based remotely",
  "remotely based",
  "remote-based",
  "fully remotely",
  "100% remotely",
  // nl
  "thuiswerken",
  "volledig thuiswerken",
  "vanuit huis",
  "volledig remote",
  "100% thuis",
  // pl
  "zdalnie",
  "100% zdalnie",
  "praca zdalna",
  "pracy zdalnej",
  "prac\u0119 zdaln\u0105",
  "w pe\u0142ni zdalnie",
  "ca\u0142kowicie zdalnie",
  // pt (pt-BR "home office" is remote work)
  "100% home office",
  "trabalho remoto",
  "remota",
  "100% remota",
  "totalmente remoto",
  "teletrabalho",
  // vi
  "l\xE0m vi\u1EC7c t\u1EEB xa"
];
var MORE_HYBRID_WORDS = [
  "hybrid role",
  "hybrid working",
  "hybrid model",
  // fr: "Télétravail : oui" in a facts list is a part of the week at home
  "t\xE9l\xE9travail : oui",
  "t\xE9l\xE9travail: oui",
  "t\xE9l\xE9travail partiel possible",
  "t\xE9l\xE9travail occasionnel",
  // nl
  "hybride werken",
  "deels thuiswerken",
  "gedeeltelijk thuiswerken",
  // pl
  "hybrydowo",
  "hybrydowy",
  "hybrydowym",
  "hybrydowa",
  "hybrydowej",
  "hybrydow\u0105",
  "model hybrydowy",
  "praca hybrydowa",
  "pracy hybrydowej",
  // pt
  "modelo h\xEDbrido",
  "regime h\xEDbrido",
  "formato h\xEDbrido",
  // vi
  "l\xE0m vi\u1EC7c k\u1EBFt h\u1EE3p"
];
var MORE_ONSITE_WORDS = [
  // it: "Lavoro in presenza", not an interview "in presenza"
  "lavoro in presenza",
  "lavoro in sede",
  "attivit\xE0 in presenza",
  "in presenza in sede",
  "in presenza presso",
  // nl
  "op kantoor",
  "op locatie",
  // pl
  "stacjonarnie",
  "praca stacjonarna",
  "pracy stacjonarnej",
  // pt
  "100% presencial",
  "regime presencial",
  "trabalho presencial",
  // vi: "Làm việc tại văn phòng HN" (not "cafe tại văn phòng")
  "l\xE0m vi\u1EC7c t\u1EA1i v\u0103n ph\xF2ng"
];
var MORE_EMPLOYMENT = [
  // nl
  ["stagiair", "internship"],
  ["stagiaire", "internship"],
  ["afstudeerstage", "internship"],
  ["zzp", "freelance"],
  ["zzp'er", "freelance"],
  ["tijdelijk contract", "temporary"],
  ["tijdelijke baan", "temporary"],
  ["uitzendbasis", "temporary"],
  ["detachering", "contract"],
  ["deeltijd", "part-time"],
  ["vast dienstverband", "full-time"],
  ["vaste baan", "full-time"],
  ["vast contract", "full-time"],
  ["voltijd", "full-time"],
  // pl
  ["p\u0142atny sta\u017C", "internship"],
  ["oferta sta\u017Cu", "internship"],
  ["praktyki studenckie", "internship"],
  ["praktykant", "internship"],
  ["sta\u017Cysta", "internship"],
  ["umowa zlecenie", "contract"],
  ["umowa o dzie\u0142o", "contract"],
  ["kontrakt b2b", "contract"],
  ["umowa b2b", "contract"],
  ["na b2b", "contract"],
  ["wsp\xF3\u0142praca b2b", "contract"],
  ["b2b contract", "contract"],
  ["umowa na zast\u0119pstwo", "temporary"],
  ["umowa na czas okre\u015Blony", "temporary"],
  ["niepe\u0142ny etat", "part-time"],
  ["cz\u0119\u015B\u0107 etatu", "part-time"],
  ["p\xF3\u0142 etatu", "part-time"],
  ["pe\u0142ny etat", "full-time"],
  ["pe\u0142en etat", "full-time"],
  ["pe\u0142nym etacie", "full-time"],
  ["umowa o prac\u0119", "full-time"],
  ["umowa na czas nieokre\u015Blony", "full-time"],
  // pt
  ["estagi\xE1ria", "internship"],
  ["jovem aprendiz", "internship"],
  ["pessoa jur\xEDdica", "contract"],
  ["tempor\xE1ria", "temporary"],
  ["meio expediente", "part-time"],
  // vi
  ["th\u1EF1c t\u1EADp sinh", "internship"],
  ["th\u1EF1c t\u1EADp", "internship"],
  ["c\u1ED9ng t\xE1c vi\xEAn", "freelance"],
  ["h\u1EE3p \u0111\u1ED3ng th\u1EDDi v\u1EE5", "temporary"],
  ["b\xE1n th\u1EDDi gian", "part-time"],
  ["to\xE0n th\u1EDDi gian", "full-time"],
  // en: "a full-time, salaried position"
  ["salaried position", "full-time"],
  ["salaried role", "full-time"]
];
var ICON_LIGATURE_WORDS = [
  "location_on",
  "location_city",
  "place",
  "pin_drop",
  "map",
  "near_me",
  "schedule",
  "access_time",
  "query_builder",
  "today",
  "event",
  "calendar_today",
  "calendar_month",
  "date_range",
  "work",
  "work_outline",
  "work_history",
  "business_center",
  "business",
  "apartment",
  "corporate_fare",
  "domain",
  "payments",
  "paid",
  "attach_money",
  "euro",
  "euro_symbol",
  "currency_pound",
  "currency_rupee",
  "monetization_on",
  "signal_cellular_alt",
  "trending_up",
  "school",
  "public",
  "language",
  "home",
  "home_work",
  "person",
  "people",
  "group",
  "groups",
  "badge",
  "timer",
  "hourglass_empty",
  "hourglass_top",
  "laptop",
  "laptop_mac",
  "computer",
  "star",
  "verified",
  "category",
  "label",
  "sell",
  "local_offer",
  "account_balance_wallet",
  "savings",
  "history",
  "update",
  "travel_explore",
  "flight"
];
var ICON_GLYPHS = [
  "\u{1F4CD}",
  "\u{1F4CC}",
  "\u{1F3E2}",
  "\u{1F3E0}",
  "\u{1F3E1}",
  "\u{1F4BC}",
  "\u{1F4B0}",
  "\u{1F4B5}",
  "\u{1F4B6}",
  "\u{1F4B7}",
  "\u{1F4B8}",
  "\u23F0",
  "\u{1F552}",
  "\u{1F558}",
  "\u231A",
  "\u23F1",
  "\u{1F4C5}",
  "\u{1F4C6}",
  "\u{1F5D3}",
  "\u{1F30D}",
  "\u{1F30E}",
  "\u{1F30F}",
  "\u{1F310}",
  "\u{1F4BB}",
  "\u{1F9ED}",
  "\u{1F3F7}",
  "\u{1F393}",
  "\u{1F464}",
  "\u{1F465}",
  "\u{1F4C8}",
  "\u{1F680}",
  "\u2B50",
  "\u{1F516}",
  "\u2708"
];

// src/fields/words.ts
function lowered(text) {
  const lower = text.toLowerCase();
  return { text, lower: lower.length === text.length ? lower : text };
}
function findIn(hay, needle, from = 0, glued = false) {
  const { text, lower } = hay;
  let i = lower.indexOf(needle, from);
  while (i >= 0) {
    const end = i + needle.length;
    const before = i === 0 ? " " : lower[i - 1];
    const after = lower[end] ?? " ";
    const startOk = !isWordChar(before) || glued && isLower(text[i - 1]) && isUpper(text[i]);
    const endOk = !isWordChar(after) || glued && isLower(text[end - 1]) && isUpper(text[end]);
    if (startOk && endOk) return i;
    i = lower.indexOf(needle, i + 1);
  }
  return -1;
}
function isWordChar(ch) {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
  return WORD_CHAR_RE.test(ch);
}
function isLower(ch) {
  return ch !== void 0 && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isUpper(ch) {
  return ch !== void 0 && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isStyledUnit(c) {
  return c === 55349 || c >= 65281 && c <= 65374 || c >= 64256 && c <= 64262;
}
function foldStyled(text) {
  for (let i = 0; i < text.length; i++) if (isStyledUnit(text.charCodeAt(i))) return text.normalize("NFKC");
  return text;
}

// src/fields/employment.ts
var EMPLOYMENT2 = MORE_EMPLOYMENT.reduce((list, entry) => {
  let at = -1;
  list.forEach(([, v], i) => {
    if (v === entry[1]) at = i;
  });
  return at < 0 ? [...list, entry] : [...list.slice(0, at + 1), entry, ...list.slice(at + 1)];
}, EMPLOYMENT);
var HOURS_RANK = EMPLOYMENT2.length;

// src/fields/salary.ts
import currencyCodes from "currency-codes";

// src/lexicon/money.ts
var CURRENCY_SYMBOLS = dict({
  $: "USD",
  "US$": "USD",
  "USD$": "USD",
  "U$": "USD",
  "CA$": "CAD",
  "C$": "CAD",
  "CAD$": "CAD",
  "Can$": "CAD",
  "AU$": "AUD",
  A$: "AUD",
  "AUD$": "AUD",
  "NZ$": "NZD",
  "NZD$": "NZD",
  "HK$": "HKD",
  "S$": "SGD",
  "SG$": "SGD",
  "SGD$": "SGD",
  R$: "BRL",
  "MX$": "MXN",
  "MXN$": "MXN",
  "NT$": "TWD",
  "RD$": "DOP",
  "COL$": "COP",
  "CLP$": "CLP",
  "ARS$": "ARS",
  "\u20AC": "EUR",
  "\xA3": "GBP",
  "\xA5": "JPY",
  "\uFFE5": "JPY",
  "CN\xA5": "CNY",
  "JP\xA5": "JPY",
  "\u5186": "JPY",
  "\u5143": "CNY",
  "\u20B9": "INR",
  "\u20A9": "KRW",
  "\u20AA": "ILS",
  "\u20B1": "PHP",
  "\u20A6": "NGN",
  "\u20BA": "TRY",
  "\u20B4": "UAH",
  "\u20BD": "RUB",
  "\u0E3F": "THB",
  "\u20AB": "VND",
  "\u20A1": "CRC",
  "\u20B5": "GHS",
  "\u20B8": "KZT",
  "\u20BC": "AZN",
  "\u20BE": "GEL",
  "\u20B2": "PYG",
  Rs: "INR",
  "Rs.": "INR",
  "\u20A8": "INR",
  R: "ZAR",
  "z\u0142": "PLN",
  "K\u010D": "CZK",
  kr: "SEK",
  "kr.": "SEK",
  Kr: "SEK",
  "Kr.": "SEK",
  Ft: "HUF",
  "Fr.": "CHF",
  "SFr.": "CHF",
  "CHF": "CHF",
  din: "RSD",
  "din.": "RSD",
  "\u0434\u0438\u043D": "RSD",
  "\u0434\u0438\u043D.": "RSD",
  "\u043B\u0432": "BGN",
  "\u043B\u0432.": "BGN",
  lei: "RON",
  "kn": "HRK",
  "RM": "MYR",
  Rp: "IDR",
  "Rp.": "IDR",
  "KSh": "KES",
  "Ksh": "KES",
  "E\xA3": "EGP",
  "Dhs": "AED",
  // vi: "12.000.000 VNĐ", "15.000.000đ"
  "VN\u0110": "VND",
  "VN\u0111": "VND",
  "\u0111": "VND",
  "\u0110": "VND"
});
var GENERIC_SYMBOLS = ["$", "kr", "kr.", "Kr", "Kr.", "\xA5", "Rs", "Rs.", "\u20A8", "dollar", "dollars", "peso", "pesos"];
var YEARLY_SIZED = dict({
  USD: 15e3,
  EUR: 15e3,
  GBP: 15e3,
  CHF: 15e3,
  CAD: 15e3,
  AUD: 15e3,
  NZD: 15e3,
  SGD: 15e3,
  HKD: 1e5
});
var CURRENCY_SCALE = dict({
  VND: 2e4,
  IDR: 15e3,
  IRR: 4e4,
  LAK: 2e4,
  UZS: 1e4,
  KRW: 1e3,
  CLP: 1e3,
  COP: 4e3,
  PYG: 7e3,
  MNT: 3e3,
  JPY: 100,
  HUF: 300,
  NGN: 1e3,
  KZT: 400,
  TZS: 2500,
  UGX: 3500,
  LKR: 300,
  PKR: 250,
  ARS: 1e3
});
var CURRENCY_WORDS = dict({
  // en
  euro: "EUR",
  euros: "EUR",
  dollar: "USD",
  dollars: "USD",
  "us dollars": "USD",
  "usd dollars": "USD",
  "canadian dollars": "CAD",
  "australian dollars": "AUD",
  "singapore dollars": "SGD",
  "new zealand dollars": "NZD",
  "hong kong dollars": "HKD",
  pound: "GBP",
  pounds: "GBP",
  "pounds sterling": "GBP",
  sterling: "GBP",
  rupee: "INR",
  rupees: "INR",
  yen: "JPY",
  yuan: "CNY",
  rmb: "CNY",
  renminbi: "CNY",
  rand: "ZAR",
  naira: "NGN",
  zloty: "PLN",
  zlotys: "PLN",
  koruna: "CZK",
  crowns: "CZK",
  forint: "HUF",
  shekel: "ILS",
  shekels: "ILS",
  ringgit: "MYR",
  peso: "MXN",
  pesos: "MXN",
  reais: "BRL",
  lira: "TRY",
  dirham: "AED",
  dirhams: "AED",
  francs: "CHF",
  "swiss francs": "CHF",
  franc: "CHF",
  krona: "SEK",
  kronor: "SEK",
  krone: "NOK",
  kroner: "NOK",
  dinar: "RSD",
  dinars: "RSD",
  // de
  "schweizer franken": "CHF",
  franken: "CHF",
  // fr
  "francs suisses": "CHF",
  "dollars canadiens": "CAD",
  "livres sterling": "GBP",
  // es / pt
  "d\xF3lares": "USD",
  "d\xF3lar": "USD",
  "d\xF3lares estadounidenses": "USD",
  reales: "BRL",
  "libras": "GBP",
  // pl / cs / sr / hu / ro
  "z\u0142otych": "PLN",
  "zlotych": "PLN",
  "z\u0142ote": "PLN",
  "korun": "CZK",
  "dinara": "RSD",
  "\u0434\u0438\u043D\u0430\u0440\u0430": "RSD",
  lej: "RON",
  // vi
  "\u0111\u1ED3ng": "VND",
  vnd: "VND",
  "vn\u0111": "VND"
});
var LOCAL_CURRENCY = {
  USD: { CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD", MX: "MXN", TW: "TWD", AR: "ARS", CL: "CLP", CO: "COP", UY: "UYU", DO: "DOP" },
  SEK: { NO: "NOK", DK: "DKK", IS: "ISK", FO: "DKK", GL: "DKK" },
  JPY: { CN: "CNY" },
  INR: { PK: "PKR", LK: "LKR", NP: "NPR" },
  MXN: { AR: "ARS", CL: "CLP", CO: "COP", UY: "UYU", PH: "PHP", DO: "DOP", CU: "CUP" }
};
var DOLLAR_PLACES = dict({
  canada: "CA",
  toronto: "CA",
  vancouver: "CA",
  montreal: "CA",
  "montr\xE9al": "CA",
  ottawa: "CA",
  calgary: "CA",
  edmonton: "CA",
  winnipeg: "CA",
  ontario: "CA",
  quebec: "CA",
  "qu\xE9bec": "CA",
  "british columbia": "CA",
  alberta: "CA",
  australia: "AU",
  sydney: "AU",
  melbourne: "AU",
  brisbane: "AU",
  perth: "AU",
  adelaide: "AU",
  canberra: "AU",
  "new south wales": "AU",
  queensland: "AU",
  "new zealand": "NZ",
  auckland: "NZ",
  wellington: "NZ",
  christchurch: "NZ",
  singapore: "SG",
  "hong kong": "HK",
  mexico: "MX",
  "m\xE9xico": "MX",
  cdmx: "MX",
  guadalajara: "MX",
  monterrey: "MX",
  taipei: "TW",
  taiwan: "TW",
  "buenos aires": "AR",
  argentina: "AR",
  santiago: "CL",
  chile: "CL",
  "bogot\xE1": "CO",
  bogota: "CO",
  colombia: "CO"
});
var CODE_STOPWORDS = ["ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "MAD", "GEL", "AMD", "ANG", "SOS", "BAM", "CAR", "BOV", "CHE", "CHW"];
var WORDLIKE_CODES = ["PHP"];
var MULTIPLIERS = dict({
  k: { factor: 1e3 },
  thousand: { factor: 1e3 },
  tsd: { factor: 1e3 },
  "tsd.": { factor: 1e3 },
  tausend: { factor: 1e3 },
  mil: { factor: 1e3 },
  mille: { factor: 1e3 },
  teur: { factor: 1e3, currency: "EUR" },
  keur: { factor: 1e3, currency: "EUR" },
  m: { factor: 1e6 },
  mm: { factor: 1e6 },
  mio: { factor: 1e6 },
  "mio.": { factor: 1e6 },
  million: { factor: 1e6 },
  millions: { factor: 1e6 },
  millionen: { factor: 1e6 },
  millones: { factor: 1e6 },
  "milh\xF5es": { factor: 1e6 },
  milioni: { factor: 1e6 },
  b: { factor: 1e9 },
  bn: { factor: 1e9 },
  billion: { factor: 1e9 },
  mrd: { factor: 1e9 },
  "mrd.": { factor: 1e9 },
  lakh: { factor: 1e5, currency: "INR" },
  lakhs: { factor: 1e5, currency: "INR" },
  lac: { factor: 1e5, currency: "INR" },
  lacs: { factor: 1e5, currency: "INR" },
  l: { factor: 1e5, currency: "INR" },
  lpa: { factor: 1e5, currency: "INR", period: "year" },
  cr: { factor: 1e7, currency: "INR" },
  crore: { factor: 1e7, currency: "INR" },
  crores: { factor: 1e7, currency: "INR" },
  // vi: "12 - 22 triệu" (millions of đồng)
  "tri\u1EC7u": { factor: 1e6, currency: "VND" },
  tr: { factor: 1e6, currency: "VND" }
});
var PERIOD_PHRASES = {
  hour: [
    "/hr",
    "/h",
    "/hour",
    "/hrs",
    "/std",
    "/std.",
    "/stunde",
    "/heure",
    "/hora",
    "/ora",
    "/sat",
    "per hour",
    "an hour",
    "a hour",
    "hourly",
    "per hr",
    "p/h",
    "p.h.",
    "ph",
    "hr",
    "phr",
    "stundenlohn",
    "pro stunde",
    "je stunde",
    "die stunde",
    "in der stunde",
    "st\xFCndlich",
    "stundensatz",
    "brutto/stunde",
    "brutto pro stunde",
    "par heure",
    "de l'heure",
    "l'heure",
    "horaire",
    "brut/heure",
    "brut de l'heure",
    "por hora",
    "la hora",
    "a la hora",
    "/hora bruta",
    "hora",
    "\xE0 hora",
    "por hora bruta",
    "all'ora",
    "l'ora",
    "orari",
    "all\u2019ora",
    "l\u2019ora",
    "orario",
    "lordi all'ora",
    "po satu",
    "na sat",
    "per uur",
    "uurloon",
    "/uur",
    "bruto per uur",
    "za godzin\u0119",
    "na godzin\u0119",
    "/godz.",
    "/godz",
    "godzinowa",
    "/gi\u1EDD",
    "m\u1ED7i gi\u1EDD"
  ],
  day: [
    "/day",
    "/d",
    "/jour",
    "/j",
    "/tag",
    "/d\xEDa",
    "/dia",
    "/giorno",
    "per day",
    "a day",
    "daily",
    "day rate",
    "daily rate",
    "per diem",
    "tagessatz",
    "pro tag",
    "am tag",
    "t\xE4glich",
    "par jour",
    "tjm",
    "taux journalier",
    "journalier",
    "por d\xEDa",
    "por dia",
    "al d\xEDa",
    "diario",
    "di\xE1ria",
    "al giorno",
    "giornaliero",
    "giornalieri",
    "dnevno",
    "per dag",
    "/dag",
    "dagtarief",
    "dziennie",
    "za dzie\u0144",
    "/ng\xE0y"
  ],
  week: [
    "/wk",
    "/week",
    "/w",
    "/semaine",
    "/woche",
    "/semana",
    "/settimana",
    "per week",
    "a week",
    "weekly",
    "pw",
    "p/w",
    "p.w.",
    "pro woche",
    "w\xF6chentlich",
    "par semaine",
    "hebdomadaire",
    "por semana",
    "semanal",
    "semanales",
    "a settimana",
    "settimanale",
    "nedeljno",
    "per week",
    "wekelijks",
    "tygodniowo"
  ],
  month: [
    "/mo",
    "/mth",
    "/month",
    "/mon",
    "/mois",
    "/monat",
    "/mes",
    "/m\xEAs",
    "/mese",
    "/m",
    "per month",
    "a month",
    "monthly",
    "pm",
    "p/m",
    "p.m.",
    "per mensem",
    "pro monat",
    "im monat",
    "monatlich",
    "monatsgehalt",
    "brutto/monat",
    "brutto monatlich",
    "bruttomonatsgehalt",
    "mtl.",
    "par mois",
    "mensuel",
    "mensuels",
    "mensuelle",
    "brut mensuel",
    "brut/mois",
    "al mes",
    "por mes",
    "mensual",
    "mensuales",
    "bruto mensual",
    "brutos mensuales",
    "por m\xEAs",
    "mensal",
    "mensais",
    "ao m\xEAs",
    "al mese",
    "mensile",
    "mensili",
    "lordo mensile",
    "mese\u010Dno",
    "mesecno",
    "miesi\u0119cznie",
    "m\u011Bs\xED\u010Dn\u011B",
    "na mesec",
    "mjese\u010Dno",
    "per m\xE5nad",
    "i m\xE5naden",
    "/m\xE5n",
    "per m\xE5ned",
    "pr. m\xE5ned",
    "om m\xE5neden",
    "/mies.",
    "/mies",
    "/mc",
    "/msc",
    "mies.",
    "/m\u011Bs.",
    "/m\u011Bs",
    "m\u011Bs.",
    "per maand",
    "/maand",
    "p/mnd",
    "/mnd",
    "per mnd",
    "maandelijks",
    "bruto per maand",
    "maandsalaris",
    "brutto miesi\u0119cznie",
    "na miesi\u0105c",
    "/miesi\u0105c",
    "mensalmente",
    "/th\xE1ng",
    "m\u1ED7i th\xE1ng",
    "h\xE0ng th\xE1ng",
    "m\u1ED9t th\xE1ng"
  ],
  year: [
    "/yr",
    "/year",
    "/y",
    "/a",
    "/an",
    "/ann\xE9e",
    "/a\xF1o",
    "/ano",
    "/jahr",
    "/anno",
    "per year",
    "a year",
    "per annum",
    "p.a.",
    "p.a",
    "pa",
    "annual",
    "annually",
    "yearly",
    "per yr",
    "annum",
    "ctc",
    "pro jahr",
    "im jahr",
    "j\xE4hrlich",
    "jahresgehalt",
    "bruttojahresgehalt",
    "brutto/jahr",
    "brutto j\xE4hrlich",
    "jahresbrutto",
    "jahr",
    "par an",
    "par ann\xE9e",
    "annuel",
    "annuels",
    "annuelle",
    "brut annuel",
    "brut/an",
    "k\u20AC/an",
    "al a\xF1o",
    "por a\xF1o",
    "anual",
    "anuales",
    "bruto anual",
    "brutos anuales",
    "bruto/a\xF1o",
    "por ano",
    "ao ano",
    "anuais",
    "all'anno",
    "l'anno",
    "annuo",
    "annui",
    "annua",
    "lordo annuo",
    "lordi annui",
    "ral",
    "godi\u0161nje",
    "rocznie",
    "ro\u010Dn\u011B",
    "per \xE5r",
    "om \xE5ret",
    "i \xE5ret",
    "pr. \xE5r",
    "per jaar",
    "/jaar",
    "jaarlijks",
    "bruto per jaar",
    "jaarsalaris",
    "na rok",
    "/rok",
    "anualmente",
    "/n\u0103m",
    "m\u1ED7i n\u0103m"
  ]
};
var GROSS_WORDS = [
  "gross",
  "net",
  "before",
  "after",
  "tax",
  "pre-tax",
  "brutto",
  "netto",
  "brut",
  "bruts",
  "net",
  "nets",
  "bruto",
  "brutos",
  "bruta",
  "brutas",
  "neto",
  "netos",
  "l\xEDquido",
  "lordo",
  "lordi",
  "netti",
  "brutt\xF3",
  "nett\xF3"
];
var PAY_WORDS = [
  "salary",
  "salaries",
  "pay",
  "paid",
  "pays",
  "base",
  "wage",
  "wages",
  "compensation",
  "remuneration",
  "rate",
  "earn",
  "earning",
  "earnings",
  "income",
  "gross",
  "net",
  "ote",
  "ctc",
  "tc",
  "range",
  "band",
  "stundenlohn",
  "lohn",
  "gehalt",
  "jahresgehalt",
  "monatsgehalt",
  "bruttogehalt",
  "bruttojahresgehalt",
  "grundgehalt",
  "zielgehalt",
  "gehaltsspanne",
  "gehaltsband",
  "verg\xFCtung",
  "entgelt",
  "bezahlung",
  "brutto",
  "netto",
  "salaire",
  "r\xE9mun\xE9ration",
  "brut",
  "r\xE9mun\xE9r\xE9",
  "r\xE9mun\xE9r\xE9e",
  "paie",
  "fourchette",
  "salario",
  "sueldo",
  "retribuci\xF3n",
  "remuneraci\xF3n",
  "bruto",
  "bruta",
  "brutos",
  "neto",
  "banda",
  "sal\xE1rio",
  "remunera\xE7\xE3o",
  "ordenado",
  "retribuzione",
  "stipendio",
  "compenso",
  "lordo",
  "lordi",
  "ral",
  "plata",
  "zarada",
  "wynagrodzenie",
  "mzda",
  // nl / pl / vi
  "salaris",
  "salarisindicatie",
  "loon",
  "uurloon",
  "maandsalaris",
  "jaarsalaris",
  "pensja",
  "stawka",
  "zarobki",
  "wynagrodzenia",
  "l\u01B0\u01A1ng",
  "thu nh\u1EADp"
];
var PAY_STEMS = ["gehalt", "geh\xE4lt", "verg\xFCtung", "lohn", "entgelt", "r\xE9mun\xE9r", "remuner", "retribu", "compensat", "stipendi", "salaris", "wynagrodz"];
var NOT_PAY_WORDS = [
  "credit",
  "credits",
  "voucher",
  "vouchers",
  "bonus",
  "bonuses",
  "equity",
  "stock",
  "stocks",
  "options",
  "shares",
  "rsu",
  "rsus",
  "funding",
  "raised",
  "raise",
  "round",
  "seed",
  "series",
  "revenue",
  "revenues",
  "arr",
  "mrr",
  "gmv",
  "valuation",
  "valued",
  "investment",
  "invested",
  "investors",
  "turnover",
  "sales",
  "spend",
  "spending",
  "grant",
  "grants",
  "prize",
  "cashback",
  "coverage",
  "insurance",
  "pension",
  "401k",
  "match",
  "matching",
  "discount",
  "gift",
  "gifts",
  "relocation",
  "referral",
  "fund",
  "funds",
  "worth",
  "company",
  "business",
  "market",
  "donation",
  "donations",
  "subsidy",
  "subsidies",
  "fee",
  "fees",
  "account",
  "contribution",
  "contributions",
  "reimbursement",
  "reimbursed",
  "per employee",
  "sign-on",
  "signing",
  "commission",
  "commissions",
  "allowance",
  "stipend",
  "stipends",
  "budget",
  "budgets",
  "learning",
  "training",
  "conference",
  "wellness",
  "gym",
  "commuter",
  "transit",
  "meal",
  "meals",
  "lunch",
  "food",
  "phone",
  "internet",
  "childcare",
  "vacation",
  "equipment",
  "development",
  "education",
  "educational",
  "tuition",
  "assistance",
  "certification",
  "certifications",
  "courses",
  "books",
  "scholarship",
  "setup",
  "set-up",
  "home-office",
  "home office",
  "pr\xE4mie",
  "pr\xE4mien",
  "zuschuss",
  "gutschein",
  "gutscheine",
  "sachbezug",
  "jobticket",
  "umsatz",
  "finanzierung",
  "kapital",
  "weihnachtsgeld",
  "urlaubsgeld",
  "prime",
  "primes",
  "int\xE9ressement",
  "participation",
  "mutuelle",
  "ch\xE8ques",
  "titres-restaurant",
  "tickets",
  "ticket",
  "chiffre",
  "lev\xE9e",
  "lev\xE9",
  "bono",
  "bonos",
  "ayuda",
  "vales",
  "cheques",
  "facturaci\xF3n",
  "financiaci\xF3n",
  "b\xF4nus",
  "aux\xEDlio",
  "vale",
  "faturamento",
  "buoni",
  "buono",
  "welfare",
  "fatturato",
  "premio",
  "rimborso",
  // nl / pl / vi
  "vakantiegeld",
  "reiskosten",
  "reiskostenvergoeding",
  "pensioen",
  "omzet",
  "premia",
  "premi\u0119",
  "premie",
  "dofinansowanie",
  "bud\u017Cet",
  "card",
  "karta",
  "kaart",
  "th\u01B0\u1EDFng",
  "ph\u1EE5 c\u1EA5p",
  "h\u1ED7 tr\u1EE3",
  "l\xEC x\xEC",
  "\u0103n tr\u01B0a"
];
var NOT_PAY_STEMS = ["budget", "stipend", "allowanc", "voucher", "reimburs", "bonus", "gutschein", "zuschuss", "pr\xE4mie", "sachbezug", "subvention", "valuation", "funding", "zulage", "bud\u017Cet", "dofinans", "vergoeding"];
var WEAK_PAY_WORDS = ["ote", "on-target earnings", "on target earnings", "total compensation", "tc", "total package", "total rewards", "with commission", "including commission", "variable"];
var COUNT_UNITS = [
  "hours",
  "hour",
  "hrs",
  "hr",
  "h",
  "days",
  "day",
  "weeks",
  "week",
  "months",
  "month",
  "years",
  "year",
  "yrs",
  "people",
  "persons",
  "employees",
  "members",
  "users",
  "customers",
  "clients",
  "countries",
  "offices",
  "stores",
  "engineers",
  "percent",
  "%",
  "stunden",
  "std",
  "tage",
  "tagen",
  "wochen",
  "monate",
  "monaten",
  "jahre",
  "jahren",
  "mitarbeiter",
  "mitarbeitende",
  "personen",
  "heures",
  "jours",
  "semaines",
  "mois",
  "ans",
  "ann\xE9es",
  "salari\xE9s",
  "personnes",
  "horas",
  "d\xEDas",
  "dias",
  "semanas",
  "meses",
  "a\xF1os",
  "anos",
  "personas",
  "pessoas",
  "empleados",
  "funcion\xE1rios",
  "ore",
  "giorni",
  "settimane",
  "mesi",
  "anni",
  "persone",
  "dipendenti",
  "monatsgeh\xE4lter",
  "geh\xE4lter",
  "salaires",
  "sueldos",
  "pagas",
  "mensualidades",
  "mensilit\xE0"
];
var FLOOR_WORDS = [
  "from",
  "starting at",
  "starting from",
  "starts at",
  "at least",
  "minimum",
  "minimum of",
  "min",
  "min.",
  "upwards of",
  "over",
  "more than",
  "ab",
  "mindestens",
  "mind.",
  "mehr als",
  "\xFCber",
  "\xE0 partir de",
  "a partir de",
  "d\xE8s",
  "minimum de",
  "plus de",
  "au moins",
  "desde",
  "m\xEDnimo",
  "m\xEDnimo de",
  "m\xE1s de",
  "a partir de",
  "pelo menos",
  "mais de",
  "a partire da",
  "da",
  "almeno",
  "minimo",
  "oltre",
  "od",
  "vanaf",
  "minimaal",
  "minimum",
  "t\u1ED1i thi\u1EC3u",
  "t\u1EEB"
];
var CEILING_WORDS = [
  "up to",
  "upto",
  "max",
  "max.",
  "maximum",
  "maximum of",
  "no more than",
  "not exceeding",
  "bis zu",
  "bis",
  "h\xF6chstens",
  "maximal",
  "jusqu'\xE0",
  "jusqu\u2019\xE0",
  "jusqu'a",
  "hasta",
  "m\xE1ximo",
  "at\xE9",
  "fino a",
  "massimo",
  "do",
  "tot",
  "maximaal",
  "max",
  "maks.",
  "maksymalnie",
  "t\u1ED1i \u0111a",
  "l\xEAn \u0111\u1EBFn",
  "l\xEAn t\u1EDBi"
];
var BETWEEN_WORDS = ["between", "zwischen", "entre", "tra", "fra", "between the range of", "in the range of", "von", "from", "de", "desde", "da", "od", "tussen", "van", "t\u1EEB"];
var CONDITION_WORDS = [
  "depending on",
  "depends on",
  "dependent on",
  "based on",
  "commensurate with",
  "subject to",
  "according to",
  "je nach",
  "abh\xE4ngig von",
  "selon",
  "suivant",
  "en fonction de",
  "seg\xFAn",
  "dependiendo de",
  "en funci\xF3n de",
  "dependendo de",
  "de acordo com",
  "conforme",
  "in base a",
  "a seconda di",
  "afhankelijk van",
  "op basis van",
  "naargelang",
  "w zale\u017Cno\u015Bci od",
  "zale\u017Cnie od",
  "t\xF9y theo",
  "t\xF9y v\xE0o",
  "theo n\u0103ng l\u1EF1c"
];
var REFERENCE_WORDS = [
  "in a typical",
  "in typical",
  "at a typical",
  "on average",
  "the average",
  "median",
  "elsewhere",
  "national minimum",
  "minimum wage",
  "market average",
  "\xFCblicherweise",
  "typischen",
  "typischerweise",
  "durchschnittlich",
  "im durchschnitt",
  "mindestlohn",
  "en moyenne",
  "habituellement",
  "smic",
  "en promedio",
  "t\xEDpico",
  "t\xEDpica",
  "salario m\xEDnimo",
  "em m\xE9dia",
  "t\xEDpico",
  "sal\xE1rio m\xEDnimo",
  "gemiddeld",
  "doorgaans",
  "minimumloon",
  "\u015Brednio",
  "p\u0142aca minimalna",
  "trung b\xECnh"
];

// src/fields/salary.ts
var ISO_CODES = new Set(currencyCodes.codes().filter((c) => !CODE_STOPWORDS.includes(c)));
var LOWER_SYMBOLS = new Map(Object.entries(CURRENCY_SYMBOLS).filter(([k]) => k.length > 1 && LETTER_RE.test(k)).map(([k, v]) => [k.toLowerCase(), v]));
var BEFORE_PERIOD_PHRASES = Object.fromEntries(
  Object.entries(PERIOD_PHRASES).map(([p, list]) => [p, list.filter((w) => !w.startsWith("/") && !ARTICLE_START_RE.test(w) && (w.length >= 5 || ["tjm", "ral", "ctc"].includes(w)))])
);
var PERIODS = ["hour", "day", "week", "month", "year"];
function currencyToken(token, glued) {
  const t = token.trim();
  if (!t) return null;
  const sym = CURRENCY_SYMBOLS[t] ?? (t.length > 1 ? LOWER_SYMBOLS.get(t.toLowerCase()) : void 0);
  if (sym) {
    if (t.length === 1 && LETTER_RE.test(t) && !glued) return null;
    return { code: sym, generic: GENERIC_SYMBOLS.includes(t) };
  }
  if (ISO_CODES.has(t)) return { code: t, generic: false };
  const word = CURRENCY_WORDS[t.toLowerCase()];
  if (word) return { code: word, generic: GENERIC_SYMBOLS.includes(t.toLowerCase()) };
  return null;
}
function parseNumber(raw) {
  const grouped = GROUPED_NUMBER_RE.test(raw);
  if (!grouped) return { value: Number(raw.replace(",", ".")), grouped: false };
  const dec = DECIMALS_END_RE.exec(raw);
  const intPart = dec ? raw.slice(0, dec.index) : raw;
  return { value: Number(intPart.replace(NON_DIGITS_RE, "")) + (dec ? Number("0." + dec[1]) : 0), grouped: true };
}
function amounts(text) {
  const out = [];
  const re = new RegExp(MONEY_NUMBER_RE.source, MONEY_NUMBER_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    const { value, grouped } = parseNumber(m[0]);
    if ((value === 401 || value === 403 || value === 457) && PENSION_PLAN_AFTER_RE.test(text.slice(numEnd, numEnd + 4))) continue;
    let start = numStart;
    let currency = null;
    const pre = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, numStart - 8), numStart));
    if (pre) {
      currency = currencyToken(pre[1], !BLANK_END_RE.test(pre[0]));
      if (currency) start = numStart - pre[0].length;
    }
    if (!currency && GLUED_BEFORE_NUMBER_RE.test(text[numStart - 1] ?? " ")) continue;
    let end = numEnd;
    let mu = multiplierAfter(text, end, currency !== null);
    if (mu && grouped && value >= 1e5) {
      end += mu.length;
      if (!currency && mu.currency) currency = { code: mu.currency, generic: false };
      mu = null;
    }
    if (mu) {
      end += mu.length;
      if (!currency && mu.glued) currency = currencyToken(mu.glued, true);
    }
    const after = currencyAfter(text, end);
    if (after && (!currency || currency.generic || after.currency.code === currency.code)) {
      if (!currency || !after.currency.generic) currency = after.currency;
      end += after.length;
    }
    if (end === numEnd && LETTER_RE.test(text[numEnd] ?? " ")) continue;
    if (currency && WORDLIKE_CODES.includes(currency.code) && value < 1e3 && !mu && text.slice(start, end).includes(currency.code)) continue;
    if (!currency && mu?.currency) currency = { code: mu.currency, generic: false };
    const plus = text[end] === "+" && !PLUS_WORD_RE.test(text.slice(end, end + 2));
    out.push({
      value,
      currency: currency?.code ?? null,
      generic: currency?.generic ?? false,
      mult: mu?.factor ?? 1,
      explicitMult: mu !== null,
      grouped,
      multPeriod: mu?.period ?? null,
      plus,
      start,
      end: plus ? end + 1 : end,
      numEnd
    });
  }
  return out;
}
function multiplierAfter(text, at, hasCurrency) {
  const tok = AFTER_TOKEN_RE.exec(text.slice(at, at + 16));
  if (!tok) return null;
  const spaced = tok[0].length - tok[1].length;
  const glued = CURRENCY_SIGN_END_RE.exec(tok[1])?.[0] ?? "";
  let word = tok[1].slice(0, tok[1].length - glued.length);
  if (!MULTIPLIERS[word.toLowerCase()] && word.endsWith(".")) word = word.slice(0, -1);
  const key = word.toLowerCase();
  const mu = MULTIPLIERS[key];
  if (!mu) return null;
  if ((key === "m" || key === "b" || key === "l" || key === "tr") && (spaced > 0 || key !== "l" && key !== "tr" && !hasCurrency)) return null;
  const withGlued = tok[1] === word + glued;
  return { ...mu, length: spaced + word.length + (withGlued ? glued.length : 0), glued: withGlued ? glued : "" };
}
function currencyAfter(text, at) {
  const two = AFTER_TWO_WORDS_RE.exec(text.slice(at, at + 30));
  const twoCode = two ? CURRENCY_WORDS[two[1].toLowerCase().replace(BLANK_RUN_RE, " ")] : void 0;
  if (two && twoCode) return { currency: { code: twoCode, generic: false }, length: two[0].length };
  const tok = AFTER_TOKEN_RE.exec(text.slice(at, at + 16));
  if (!tok) return null;
  const glued = tok[0].length === tok[1].length;
  const c = currencyToken(tok[1], glued);
  if (c) return { currency: c, length: tok[0].length };
  for (let i = 2; i < tok[1].length - 1; i++) {
    if (!UPPER_LETTER_RE.test(tok[1][i]) || !LOWER_LETTER_RE.test(tok[1][i + 1]) || !UPPER_LETTER_RE.test(tok[1][i - 1])) continue;
    const cut = currencyToken(tok[1].slice(0, i), glued);
    if (cut) return { currency: cut, length: tok[0].length - tok[1].length + i };
  }
  if (!tok[1].endsWith(".")) return null;
  const c2 = currencyToken(tok[1].slice(0, -1), glued);
  return c2 ? { currency: c2, length: tok[0].length - 1 } : null;
}
function phraseIndex(hay, phrase, from = 0, plural = false) {
  let i = hay.indexOf(phrase, from);
  while (i >= 0) {
    const before = i === 0 ? " " : hay[i - 1];
    let after = hay[i + phrase.length] ?? " ";
    if (plural && after === "s") after = hay[i + phrase.length + 1] ?? " ";
    const startOk = phrase.startsWith("/") || !WORD_CHAR_RE.test(before);
    if (startOk && !WORD_CHAR_RE.test(after)) return i;
    i = hay.indexOf(phrase, i + 1);
  }
  return -1;
}
function findAny(hay, phrases, last, plural = false) {
  let best = null;
  for (const p of phrases) {
    let i = phraseIndex(hay, p, 0, plural);
    if (i < 0) continue;
    if (last) for (let j = phraseIndex(hay, p, i + 1, plural); j >= 0; j = phraseIndex(hay, p, j + 1, plural)) i = j;
    if (!best || (last ? i + p.length > best.index + best.phrase.length : i < best.index || i === best.index && p.length > best.phrase.length)) best = { index: i, phrase: p };
  }
  return best;
}
function wordList(list) {
  const single = (w) => new RegExp(WORD_RE.source, WORD_RE.flags).exec(w)?.[0] === w;
  return { words: new Set(list.filter(single)), phrases: list.filter((w) => !single(w)) };
}
var PAY_LIST = wordList(PAY_WORDS);
var STRONG_PAY_LIST = wordList(PAY_WORDS.filter((w) => !GROSS_WORDS.includes(w)));
var NOT_PAY_LIST = wordList(NOT_PAY_WORDS);
function findWord(hay, list, last) {
  let best = -1;
  const re = new RegExp(WORD_RE.source, WORD_RE.flags);
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    const w = m[0];
    if (list.words.has(w) || w.endsWith("s") && list.words.has(w.slice(0, -1))) {
      best = m.index;
      if (!last) break;
    }
  }
  const phrase = findAny(hay, list.phrases, last, true);
  return phrase ? pick(best, phrase.index, last) : best;
}
function findStem(hay, stems, last) {
  let best = -1;
  for (const s of stems) {
    const i = last ? hay.lastIndexOf(s) : hay.indexOf(s);
    if (i >= 0 && (best < 0 || (last ? i > best : i < best))) best = i;
  }
  return best;
}
function periodNear(text, options = {}) {
  const hay = normaliseWindow(text);
  let best = null;
  for (const p of PERIODS) {
    const hit = findAny(hay, options.before ? BEFORE_PERIOD_PHRASES[p] : PERIOD_PHRASES[p], options.last === true);
    if (hit && (!best || (options.last ? hit.index > best.index : hit.index < best.index))) best = { period: p, index: hit.index };
  }
  return best?.period ?? null;
}
function normaliseWindow(text) {
  return text.toLowerCase().replace(BACKTICK_APOSTROPHES_RE, "'").replace(SLASH_BLANKS_RE, "/").replace(BLANK_RUNS_RE, " ");
}
function clauseAround(text, start, end) {
  const headWin = text.slice(Math.max(0, start - 90), start);
  let cut = 0;
  const re = new RegExp(CLAUSE_BREAK_RE.source, CLAUSE_BREAK_RE.flags);
  for (let m = re.exec(headWin); m; m = re.exec(headWin)) cut = m.index + m[0].length;
  const tailWin = text.slice(end, end + 70);
  const re2 = new RegExp(CLAUSE_BREAK_RE.source, CLAUSE_BREAK_RE.flags);
  const br = re2.exec(tailWin);
  return { head: headWin.slice(cut), tail: br ? tailWin.slice(0, br.index) : tailWin };
}
function verdict(hay, last, payList = PAY_LIST) {
  const payAt = pick(findWord(hay, payList, last), findStem(hay, PAY_STEMS, last), last);
  const notAt = pick(findWord(hay, NOT_PAY_LIST, last), findStem(hay, NOT_PAY_STEMS, last), last);
  if (payAt < 0 && notAt < 0) return { verdict: null, index: -1 };
  if (notAt < 0) return { verdict: "pay", index: payAt };
  if (payAt < 0) return { verdict: "not-pay", index: notAt };
  return (last ? payAt >= notAt : payAt <= notAt) ? { verdict: "pay", index: payAt } : { verdict: "not-pay", index: notAt };
}
function pick(a, b, last) {
  if (a < 0) return b;
  if (b < 0) return a;
  return last ? Math.max(a, b) : Math.min(a, b);
}
function effective(a) {
  return a.value * a.mult;
}
function scaleRange(a, b) {
  let lo = effective(a);
  let hi = effective(b);
  if (!a.explicitMult && !a.grouped && b.explicitMult && a.value < 1e3) {
    const scaled = a.value * b.mult;
    if (scaled <= hi) lo = scaled;
  } else if (!b.explicitMult && !b.grouped && a.explicitMult && b.value < 1e3) {
    const scaled = b.value * a.mult;
    if (scaled >= lo) hi = scaled;
  } else if (!a.explicitMult && !a.grouped && b.grouped && a.value < 1e3 && hi >= 1e3) {
    const scaled = a.value * 1e3;
    if (scaled <= hi && scaled * 5 >= hi) lo = scaled;
  }
  return [round(lo), round(hi)];
}
function round(n) {
  return Math.round(n * 100) / 100;
}
function plausible(lo, hi, period, currency) {
  const scale = currency && CURRENCY_SCALE[currency] || 1;
  const l = (lo ?? hi ?? 0) / scale;
  const h = (hi ?? lo ?? 0) / scale;
  if (l <= 0 || h < l || h > l * 5) return false;
  switch (period) {
    case "hour":
      return l >= 1 && h <= 3e3;
    case "day":
      return l >= 10 && h <= 3e4;
    case "week":
      return l >= 30 && h <= 1e5;
    case "month":
      return l >= 50 && h <= 2e6;
    default:
      return l >= 1 && h <= 2e8;
  }
}
function findSalaries(text, options = {}) {
  if (!DIGIT_RE.test(text)) return [];
  const list = amounts(text);
  const hits = [];
  const labelled = options.labelled === true;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    let b = null;
    let joinPeriod = null;
    const next = list[i + 1];
    if (next) {
      let between = text.slice(a.end, next.start);
      const slash = SLASH_PERIOD_RE.exec(between);
      if (slash) {
        joinPeriod = periodNear("/" + slash[1]);
        if (joinPeriod) between = between.slice(slash[0].length);
      }
      if (RANGE_JOIN_RE.test(between)) {
        const conj = CONJUNCTION_JOIN_RE.test(between);
        const lead = normaliseWindow(text.slice(Math.max(0, a.start - 30), a.start));
        if (!conj || BETWEEN_WORDS.some((w) => lead.trimEnd().endsWith(" " + w) || lead.trim() === w)) b = next;
      }
    }
    let lo = 0;
    let hi = 0;
    if (b) {
      [lo, hi] = scaleRange(a, b);
      if (!(hi >= lo && hi <= lo * 5)) b = null;
    }
    if (!b) {
      lo = round(effective(a));
      hi = lo;
    } else i++;
    const end = b ? b.end : a.end;
    const cur = pickCurrency(a, b, options.country ?? null);
    const yearLike = !a.grouped && !a.explicitMult && a.value >= 1900 && a.value <= 2100 && Number.isInteger(a.value);
    if (!cur && (yearLike || !labelled && !(a.grouped || a.explicitMult || hi >= 1e3))) continue;
    const { head, tail } = clauseAround(text, a.start, end);
    const headN = normaliseWindow(head);
    const tailN = normaliseWindow(tail);
    if (PERCENT_AFTER_RE.test(tail) || !cur && findAny(tailN.slice(0, 16), COUNT_UNITS, false)?.index === (tailN.startsWith(" ") ? 1 : 0)) continue;
    const condition = findAny(tailN, CONDITION_WORDS, false);
    const tailRead = condition ? tailN.slice(0, condition.index) : tailN;
    const tailClean = tailRead.replace(new RegExp(PAREN_ASIDE_RE.source, PAREN_ASIDE_RE.flags), " ");
    const headVerdict = verdict(headN, true);
    const strongTail = verdict(tailClean, false, STRONG_PAY_LIST);
    const tailVerdict = strongTail.verdict === null && headVerdict.verdict !== "not-pay" ? verdict(tailClean, false) : strongTail;
    if (findAny(sentenceBefore(text, a.start), REFERENCE_WORDS, false)) continue;
    if (tailVerdict.verdict === "not-pay" || tailVerdict.verdict === null && headVerdict.verdict === "not-pay") continue;
    const payWord = tailVerdict.verdict === "pay" || headVerdict.verdict === "pay";
    const weak = findAny(headN + " " + tailN, WEAK_PAY_WORDS, false) !== null;
    const statedPeriod = a.multPeriod ?? b?.multPeriod ?? joinPeriod ?? periodNear(tail) ?? periodNear(headN, { last: true, before: true });
    let period = statedPeriod;
    if (!cur && (!labelled && !payWord || hi < 1e3 && period === null)) continue;
    let min = lo;
    let max = hi;
    if (!b) {
      const bound = boundOf(headN, a);
      if (bound === "floor") max = null;
      if (bound === "ceiling") min = null;
    }
    let periodInferred = false;
    const currency = cur?.code ?? null;
    const sized = currency !== null && YEARLY_SIZED[currency] !== void 0 && (min ?? max ?? 0) >= YEARLY_SIZED[currency];
    const yearlyRange = b !== null && sized && cur !== null && lo !== hi;
    if (period === null && (labelled || payWord || yearlyRange) && !weak && sized) {
      period = "year";
      periodInferred = true;
    }
    if (!plausible(min, max, period, currency)) continue;
    hits.push({
      salary: { raw: rawOf(text, a.start, end, tail), min, max, currency, period },
      start: a.start,
      end,
      payContext: labelled || payWord || statedPeriod !== null,
      payWord,
      weak,
      periodInferred,
      periodStated: statedPeriod !== null,
      genericCurrency: cur?.generic ?? false,
      yearlyRange
    });
  }
  return hits;
}
function sentenceBefore(text, at) {
  const win = text.slice(Math.max(0, at - 120), at);
  let cut = 0;
  for (const ch of [".", "!", "?", "\n", "\u2022", ";"]) cut = Math.max(cut, win.lastIndexOf(ch) + 1);
  return normaliseWindow(win.slice(cut));
}
function boundOf(head, a) {
  if (a.plus) return "floor";
  const h = head.replace(COLON_SPACE_TAIL_RE, "");
  const ends = (w) => h.endsWith(w) && !WORD_CHAR_RE.test(h[h.length - w.length - 1] ?? " ");
  if (CEILING_WORDS.some(ends)) return "ceiling";
  if (FLOOR_WORDS.some(ends)) return "floor";
  return null;
}
function pickCurrency(a, b, country) {
  const ends = b ? [a, b] : [a];
  const specific = ends.find((e) => e.currency && !e.generic);
  if (specific?.currency) return { code: specific.currency, generic: false };
  const generic = ends.find((e) => e.currency);
  if (!generic?.currency) return null;
  const local = country ? LOCAL_CURRENCY[generic.currency]?.[country] : void 0;
  return { code: local ?? generic.currency, generic: !country };
}
var PERIOD_SET = new Set(Object.values(PERIOD_PHRASES).flat());
function rawOf(text, start, end, tail) {
  let extra = 0;
  const re = new RegExp(NON_SPACE_RUNS_RE.source, NON_SPACE_RUNS_RE.flags);
  for (let k = 0, m = re.exec(tail); m && k < 5; k++, m = re.exec(tail)) {
    const stop = m.index + m[0].length;
    const words = normaliseWindow(tail.slice(0, stop)).replace(SLASHES_RE, " /").trim().replace(LIST_PUNCT_END_RE, "").split(SPACES_SPLIT_RE);
    while (words.length && GROSS_WORDS.includes(words[0])) words.shift();
    if (words.length && GROSS_WORDS.includes(words[words.length - 1])) words.pop();
    if (words.length === 0 || PERIOD_SET.has(words.join(" ")) || PERIOD_SET.has(words.join(""))) extra = stop;
  }
  return text.slice(start, end + extra).replace(WHITESPACE_RUNS_RE, " ").trim();
}

// src/fields/workplace.ts
var REMOTE_WORDS2 = [...REMOTE_WORDS, ...MORE_REMOTE_WORDS];
var HYBRID_WORDS2 = [...HYBRID_WORDS, ...MORE_HYBRID_WORDS];
var ONSITE_WORDS2 = [...ONSITE_WORDS, ...MORE_ONSITE_WORDS];
var WEEK_DAYS = dict({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  f\u00FCnf: 5,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5
});
var STATEMENT_REMOTE_WORDS = REMOTE_WORDS2.filter((w) => w !== "anywhere" && w !== "distributed");
var HINT_STEMS = [...new Set([...REMOTE_WORDS2, ...HYBRID_WORDS2, ...ONSITE_WORDS2].map((w) => w.toLowerCase().slice(0, 4)))];
function parseWorkplaceBadge(text) {
  const t = blankNotRole(text);
  if (firstOf(t, HYBRID_WORDS2) >= 0) return "hybrid";
  const onsite = firstOf(t, ONSITE_WORDS2);
  const remote = firstOf(t, REMOTE_WORDS2);
  if (onsite >= 0 && remote >= 0 && !WP_NOT_REMOTE_RE.test(t)) return "hybrid";
  if (onsite >= 0) return "onsite";
  if (remote >= 0) return "remote";
  return null;
}
function blankNotRole(text) {
  let t = text;
  let hay = lowered(t);
  for (const p of WORKPLACE_NOT_ROLE) {
    for (let i = findIn(hay, p); i >= 0; i = findIn(hay, p, i + p.length)) {
      t = t.slice(0, i) + " ".repeat(p.length) + t.slice(i + p.length);
      hay = lowered(t);
    }
  }
  return t;
}
function firstOf(text, words) {
  return firstUsable(text, words, () => true);
}
function firstUsable(text, words, ok) {
  const hay = typeof text === "string" ? lowered(text) : text;
  let best = -1;
  for (const w of words) {
    for (let at = findIn(hay, w); at >= 0; at = findIn(hay, w, at + w.length)) {
      if (best >= 0 && at >= best) break;
      if (ok(at, w)) {
        best = at;
        break;
      }
    }
  }
  return best;
}

// src/lexicon/roles.ts
var ROLE_WORDS = [
  "engineer",
  "developer",
  "programmer",
  "architect",
  "manager",
  "designer",
  "analyst",
  "scientist",
  "specialist",
  "lead",
  "director",
  "consultant",
  "intern",
  "internship",
  "assistant",
  "coordinator",
  "accountant",
  "representative",
  "associate",
  "officer",
  "administrator",
  "admin",
  "technician",
  "operator",
  "writer",
  "editor",
  "copywriter",
  "recruiter",
  "executive",
  "vp",
  "president",
  "nurse",
  "driver",
  "agent",
  "painter",
  "cashier",
  "receptionist",
  "recepcionist",
  "chef",
  "cook",
  "teacher",
  "tutor",
  "advisor",
  "adviser",
  "strategist",
  "researcher",
  "product owner",
  "partner",
  "sre",
  "devops",
  "qa",
  "tester",
  "marketer",
  "bookkeeper",
  "clerk",
  "controller",
  "auditor",
  "lawyer",
  "attorney",
  "paralegal",
  "counsel",
  "pharmacist",
  "therapist",
  "physician",
  "doctor",
  "mechanic",
  "electrician",
  "welder",
  "plumber",
  "carpenter",
  "laborer",
  "labourer",
  "warehouse",
  "picker",
  "packer",
  "mover",
  "associate",
  "volunteer",
  "trainee",
  "apprentice",
  "student",
  "fellow",
  "head of",
  "cto",
  "ceo",
  "founding",
  "sandblaster",
  "correspondent",
  "journalist",
  "reporter",
  "producer",
  "photographer",
  "illustrator",
  "animator",
  "librarian",
  "mediaplaner",
  "planner",
  "buyer",
  "merchandiser",
  "stylist",
  "barista",
  "housekeeper",
  "cleaner",
  "guard",
  "caregiver",
  "dispatcher",
  "estimator",
  "surveyor",
  "inspector",
  "foreman",
  "supervisor",
  "superintendent",
  "entwickler",
  "entwicklerin",
  "ingenieur",
  "ingenieurin",
  "berater",
  "beraterin",
  "leiter",
  "leiterin",
  "mitarbeiter",
  "mitarbeiterin",
  "referent",
  "referentin",
  "kaufmann",
  "kauffrau",
  "fachinformatiker",
  "steuerberater",
  "steuerberaterin",
  "redakteur",
  "redakteurin",
  "korrespondent",
  "korrespondentin",
  "praktikant",
  "praktikantin",
  "werkstudent",
  "sachbearbeiter",
  "sachbearbeiterin",
  "assistenz",
  "manager",
  "managerin",
  "techniker",
  "architekt",
  "projektleiter",
  "teamleiter",
  "azubi",
  "ausbildung",
  "praktikum",
  "developpeur",
  "d\xE9veloppeur",
  "d\xE9veloppeuse",
  "ing\xE9nieur",
  "ing\xE9nieure",
  "chef de projet",
  "charg\xE9",
  "charg\xE9e",
  "responsable",
  "directeur",
  "directrice",
  "commercial",
  "commerciale",
  "stagiaire",
  "alternant",
  "alternante",
  "consultante",
  "comptable",
  "vendeur",
  "vendeuse",
  "desarrollador",
  "desarrolladora",
  "ingeniero",
  "ingeniera",
  "programador",
  "programadora",
  "t\xE9cnico",
  "t\xE9cnica",
  "analista",
  "jefe",
  "jefa",
  "responsable",
  "gerente",
  "director",
  "directora",
  "comercial",
  "becario",
  "becaria",
  "consultor",
  "consultora",
  "dise\xF1ador",
  "dise\xF1adora",
  "administrativo",
  "administrativa",
  "desenvolvedor",
  "engenheiro",
  "sviluppatore",
  "ingegnere",
  "responsabile",
  "impiegato",
  // service, trades and teaching, in English
  "instructor",
  "trainer",
  "coach",
  "mentor",
  "bartender",
  "waiter",
  "waitress",
  "dishwasher",
  "handler",
  "installer",
  "courier",
  "firefighter",
  "paramedic",
  "hygienist",
  "counselor",
  "counsellor",
  "worker",
  "crew member",
  "team member",
  "staff member",
  "host",
  "hostess",
  "concierge",
  "steward",
  "stewardess",
  "attendant",
  "caretaker",
  "nanny",
  "housekeeper",
  "janitor",
  "custodian",
  "secretary",
  "registrar",
  "clerk",
  // French
  "technicien",
  "technicienne",
  "assistante",
  "conseiller",
  "conseill\xE8re",
  "gestionnaire",
  "op\xE9rateur",
  "op\xE9ratrice",
  "employ\xE9",
  "employ\xE9e",
  "pr\xE9parateur",
  "pr\xE9paratrice",
  "cariste",
  "magasinier",
  "magasini\xE8re",
  "chauffeur",
  "serveur",
  "serveuse",
  "cuisinier",
  "cuisini\xE8re",
  "infirmier",
  "infirmi\xE8re",
  "aide-soignant",
  "aide-soignante",
  "auxiliaire",
  "animateur",
  "animatrice",
  "formateur",
  "formatrice",
  "coordinateur",
  "coordinatrice",
  "acheteur",
  "acheteuse",
  "juriste",
  "avocat",
  "avocate",
  "secr\xE9taire",
  "commis",
  "plombier",
  "\xE9lectricien",
  "m\xE9canicien",
  "soudeur",
  "soudeuse",
  "ma\xE7on",
  "peintre",
  "menuisier",
  "manutentionnaire",
  "livreur",
  "contr\xF4leur",
  "contr\xF4leuse",
  "ouvrier",
  "ouvri\xE8re",
  "apprenti",
  "apprentie",
  "\xE9ducateur",
  "\xE9ducatrice",
  "enseignant",
  "enseignante",
  "professeur",
  "m\xE9decin",
  "pharmacien",
  "pharmacienne",
  "superviseur",
  "analyste",
  "architecte",
  "concepteur",
  "conceptrice",
  "int\xE9grateur",
  "administrateur",
  "administratrice",
  "dessinateur",
  "dessinatrice",
  "projeteur",
  "boulanger",
  "boulang\xE8re",
  "boucher",
  "h\xF4te",
  "h\xF4tesse",
  "accompagnant",
  "accompagnante",
  "\xE9quipier",
  "\xE9quipi\xE8re",
  "agent",
  "agente",
  "directeur",
  "manager",
  "alternance",
  "op\xE9rateur",
  // Spanish and Portuguese
  "asistente",
  "auxiliar",
  "vendedor",
  "vendedora",
  "cajero",
  "cajera",
  "mesero",
  "mesera",
  "camarero",
  "camarera",
  "cocinero",
  "cocinera",
  "chofer",
  "conductor",
  "encargado",
  "encargada",
  "supervisora",
  "coordinador",
  "coordinadora",
  "especialista",
  "practicante",
  "pasante",
  "contador",
  "contadora",
  "abogado",
  "abogada",
  "m\xE9dico",
  "m\xE9dica",
  "enfermero",
  "enfermera",
  "docente",
  "profesor",
  "profesora",
  "operario",
  "operaria",
  "ayudante",
  "asesor",
  "asesora",
  "ejecutivo",
  "ejecutiva",
  "promotor",
  "promotora",
  "secretaria",
  "administrador",
  "administradora",
  "gestor",
  "gestora",
  "mensajero",
  "repartidor",
  "instructora",
  "entrenador",
  "entrenadora",
  "desenvolvedora",
  "engenheira",
  "coordenador",
  "coordenadora",
  "estagi\xE1rio",
  "estagi\xE1ria",
  "estagio",
  "est\xE1gio",
  "arquiteto",
  "arquiteta",
  "atendente",
  "operador",
  "operadora",
  "t\xE9cnico de",
  "analista de",
  // German
  "fachkraft",
  "verk\xE4ufer",
  "verk\xE4uferin",
  "monteur",
  "monteurin",
  "elektroniker",
  "elektronikerin",
  "mechatroniker",
  "mechatronikerin",
  "erzieher",
  "erzieherin",
  "pfleger",
  "pflegerin",
  "pflegefachkraft",
  "fahrer",
  "fahrerin",
  "lagerist",
  "lageristin",
  "disponent",
  "disponentin",
  "buchhalter",
  "buchhalterin",
  "angestellte",
  "angestellter",
  "assistent",
  "assistentin",
  "betreuer",
  "betreuerin",
  "helfer",
  "helferin",
  "aushilfe",
  "informatiker",
  "informatikerin",
  "spezialist",
  "spezialistin",
  "experte",
  "expertin",
  "leitung",
  "sekret\xE4r",
  "sekret\xE4rin",
  "werkstudentin",
  "auszubildende",
  "auszubildender",
  // Dutch
  "medewerker",
  "adviseur",
  "beheerder",
  "ontwikkelaar",
  "verkoper",
  "verpleegkundige",
  "docent",
  "leidinggevende",
  "projectleider",
  "teamleider",
  "stagiair",
  "begeleider",
  "co\xF6rdinator",
  "monteur",
  // Polish
  "kierownik",
  "kierowniczka",
  "specjalista",
  "specjalistka",
  "pracownik",
  "pracownica",
  "sprzedawca",
  "sprzedawczyni",
  "kierowca",
  "magazynier",
  "ksi\u0119gowa",
  "ksi\u0119gowy",
  "programista",
  "programistka",
  "in\u017Cynier",
  "konsultant",
  "konsultantka",
  "doradca",
  "asystent",
  "asystentka",
  "opiekun",
  "opiekunka",
  "koordynator",
  "koordynatorka",
  "monter",
  "kasjer",
  "kasjerka",
  "rekruter",
  "rekruterka",
  "analityk",
  "projektant",
  "projektantka",
  "handlowiec",
  "przedstawiciel",
  "elektryk",
  "mechanik",
  "spawacz",
  "kucharz",
  "piel\u0119gniarka",
  "lekarz",
  "nauczyciel",
  "nauczycielka",
  "dyrektor",
  "sta\u017Cysta",
  "sta\u017Cystka",
  "praktykant",
  "praktykantka",
  "referent",
  "tester",
  "testerka",
  "administrator",
  "architekt",
  "technik",
  // Italian
  "addetto",
  "addetta",
  "impiegata",
  "tecnico",
  "tecnica",
  "operaio",
  "operaia",
  "magazziniere",
  "magazziniera",
  "commesso",
  "commessa",
  "cameriere",
  "cameriera",
  "cuoco",
  "cuoca",
  "autista",
  "consulente",
  "assistente",
  "segretario",
  "contabile",
  "ragioniere",
  "ragioniera",
  "infermiere",
  "infermiera",
  "educatore",
  "educatrice",
  "insegnante",
  "operatore",
  "operatrice",
  "manutentore",
  "saldatore",
  "idraulico",
  "muratore",
  "venditore",
  "venditrice",
  "direttore",
  "direttrice",
  "programmatore",
  "programmatrice",
  "progettista",
  "disegnatore",
  "geometra",
  "stagista",
  "tirocinante",
  "apprendista",
  "architetto",
  "avvocato",
  "ricercatore",
  "ricercatrice",
  "sistemista",
  "capo reparto",
  "capo turno",
  // Vietnamese
  "nh\xE2n vi\xEAn",
  "chuy\xEAn vi\xEAn",
  "k\u1EF9 s\u01B0",
  "l\u1EADp tr\xECnh vi\xEAn",
  "tr\u01B0\u1EDFng ph\xF2ng",
  "tr\u01B0\u1EDFng nh\xF3m",
  "th\u1EF1c t\u1EADp sinh",
  "qu\u1EA3n l\xFD",
  "k\u1EBF to\xE1n",
  "phi\xEAn d\u1ECBch",
  "gi\xE1m \u0111\u1ED1c",
  "h/f",
  "m/w/d",
  "w/m/d",
  "m/f/d",
  "f/h",
  "(all genders)"
];
var ROLE_SUFFIX_FAMILIES = ["ician", "ista", "iste", "ologist", "euse", "rice", "icien", "icienne", "ador", "adora", "edor", "edora", "eur", "tor", "sor", "selor", "ist"];
var NOT_ROLE_FAMILY_WORDS = /* @__PURE__ */ new Set([
  "behavior",
  "behaviour",
  "interior",
  "exterior",
  "corridor",
  "outdoor",
  "monitor",
  "indicator",
  "calculator",
  "elevator",
  "generator",
  "accelerator",
  "simulator",
  "translator",
  "collector",
  "conductor",
  "processor",
  "compressor",
  "reactor",
  "sector",
  "inferior",
  "superior",
  "anterior",
  "posterior",
  "checklist",
  "playlist",
  "wishlist",
  "waitlist",
  "shortlist",
  "blacklist",
  "whitelist",
  "watchlist",
  "entrevista",
  "revista",
  "conquista",
  "imprevista",
  "int\xE9rieur",
  "ext\xE9rieur",
  "sup\xE9rieur",
  "inf\xE9rieur",
  "meilleur",
  "moteur",
  "secteur",
  "acteur",
  "honneur",
  "erreur",
  "longueur",
  "hauteur",
  "largeur",
  "valeur",
  "chaleur",
  "couleur",
  "bonheur",
  "primero",
  "tercero",
  "extranjero",
  "dinero",
  "financiero",
  "ordenador",
  "computador",
  "indicador",
  "marcador",
  "acelerador",
  "necesario",
  "necesaria",
  "horario",
  "salario",
  "calendario",
  "diario",
  "diaria",
  "primaria",
  "secundaria",
  "universitario",
  "universitaria",
  "numero",
  "n\xFAmero",
  "estrategia",
  "categoria",
  "categor\xEDa",
  "environment",
  "development",
  "management",
  "department",
  "requirement",
  "statement",
  "agreement",
  "investment",
  "government",
  "engagement",
  "employment",
  "equipment",
  "recruitment",
  "assessment",
  "achievement",
  "improvement",
  "experiment",
  "document",
  "component",
  "deployment",
  "treatment",
  "payment",
  "placement",
  "excellent",
  "different",
  "independent",
  "efficient",
  "sufficient",
  "patient",
  "current",
  "recent",
  "frequent",
  "consistent",
  "competent",
  "transparent",
  "apparent",
  "excellente",
  "diferente",
  "suficiente",
  "siguiente",
  "presente",
  "ambiente",
  "cliente",
  "clientes",
  "frente",
  "mente",
  "gente",
  "corrente",
  "ambient",
  "talent",
  "content",
  "present",
  "percent",
  "event",
  "continent",
  "parent",
  "client",
  "student",
  "agent",
  "moment",
  "comment",
  "segment",
  "element",
  "argument",
  "instrument",
  "supplement",
  "tournament",
  "fragment",
  "sentiment",
  "compliment",
  "complement",
  "increment",
  "permanent",
  "prominent",
  "dominant",
  "relevant",
  "important",
  "significant",
  "publik",
  "republik",
  "technik",
  "musik",
  "politik",
  "fabrik",
  "logistik",
  "statistik",
  "informatik",
  "mechanik",
  "elektronik",
  "kritik",
  "praktik",
  "grafik",
  "klinik",
  "rubrik",
  "physik",
  "optik",
  "keramik",
  "mathematik",
  "dynamik",
  "thematik",
  "automatik",
  "akustik",
  "robotik",
  "analytik",
  "systematik",
  "specific",
  "majoritario",
  "voluntario",
  "voluntaria",
  "temporario",
  "temporaria",
  "propietario",
  "inventario",
  "escenario",
  "comentario",
  "vocabulario",
  "cuestionario",
  "formulario",
  "necess\xE1rio",
  "hor\xE1rio",
  "sal\xE1rio",
  "di\xE1rio",
  "rigueur",
  "empereur",
  "fournisseur",
  "profondeur",
  "lecteur",
  "matrice",
  "cicatrice",
  "longitudinal",
  "ascenseur",
  "processeur",
  "compresseur",
  "radiateur",
  "indicateur",
  "ordinateur",
  "extincteur",
  "aspirateur"
]);

// src/input/offset-map.ts
function mapBack(outStarts, srcStarts, offset, srcLength) {
  const i = lastAtOrBefore(outStarts, offset);
  return Math.min(srcLength, srcStarts[i] + (offset - outStarts[i]));
}
function lastAtOrBefore(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/input/rewrite.ts
function applyEdits(source, edits) {
  if (edits.length === 0) return { text: source, toSource: (i) => i };
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const outStarts = [0];
  const srcStarts = [0];
  let out = "";
  let last = 0;
  for (const e of sorted) {
    if (e.start < last) continue;
    out += source.slice(last, e.start);
    outStarts.push(out.length);
    srcStarts.push(e.start);
    out += e.insert;
    last = e.end;
    outStarts.push(out.length);
    srcStarts.push(last);
  }
  out += source.slice(last);
  return {
    text: out,
    toSource: (offset) => mapBack(outStarts, srcStarts, offset, source.length)
  };
}

// src/input/repair.ts
function repairScrapedMarkdown(text) {
  const edits = [];
  let at = 0;
  while (at <= text.length) {
    let nl2 = text.indexOf("\n", at);
    if (nl2 < 0) nl2 = text.length;
    repairLine(text, at, nl2, edits);
    at = nl2 + 1;
  }
  iconEdits(text, edits);
  escapeDelimiterFloods(text, edits);
  return applyEdits(text, edits);
}
var MAX_DELIMITERS = 200;
function escapeDelimiterFloods(text, edits) {
  let paraStart = 0;
  let count2 = 0;
  const flood = (start, end) => {
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if ((c === 42 || c === 95) && text.charCodeAt(i - 1) !== 92) edits.push({ start: i, end: i, insert: "\\" });
    }
  };
  let at = 0;
  while (at <= text.length) {
    let nl2 = text.indexOf("\n", at);
    if (nl2 < 0) nl2 = text.length;
    if (PARAGRAPH_BREAK_RE.test(text.slice(at, Math.min(nl2, at + 12)))) {
      if (count2 > MAX_DELIMITERS) flood(paraStart, at);
      paraStart = at;
      count2 = 0;
    }
    for (let i = at; i < nl2; i++) {
      const c = text.charCodeAt(i);
      if (c === 42 || c === 95) count2++;
    }
    at = nl2 + 1;
  }
  if (count2 > MAX_DELIMITERS) flood(paraStart, text.length);
}
function repairLine(text, start, end, edits) {
  const line = text.slice(start, end);
  if (line.length < 40) return;
  const runs = [...line.matchAll(new RegExp(SPACE_RUN_RE.source, SPACE_RUN_RE.flags))].filter(
    (m) => !BULLET_ONLY_RE.test(line.slice(0, m.index ?? 0))
  );
  const bolds = [...line.matchAll(new RegExp(INLINE_BOLD_HEADING_RE.source, INLINE_BOLD_HEADING_RE.flags))];
  const bullets = [...line.matchAll(new RegExp(INLINE_BULLET_RE.source, INLINE_BULLET_RE.flags))];
  const flattened = runs.length > 0 || bullets.length >= 2 || bolds.length >= 2 && line.length > 300 || GLUED_STAR_BULLET_RE.test(line);
  if (!flattened) return;
  const taken = new Uint8Array(line.length + 1);
  const add3 = (s, e, insert) => {
    for (let i = s; i < e; i++) if (taken[i]) return;
    taken.fill(1, s, e);
    edits.push({ start: start + s, end: start + e, insert });
  };
  for (const m of bolds) {
    const inner = m[1].trim();
    const i = m.index ?? 0;
    const before = line.slice(Math.max(0, i - 2), i);
    const after = line.slice(i + m[0].length, i + m[0].length + 3);
    const opensBlock = i === 0 || BOLD_OPENS_BLOCK_BEFORE_RE.test(line.slice(Math.max(0, i - 3), i)) || BLANK_RE.test(before);
    const headsBlock = ASCII_COLON_END_RE.test(inner) || m[2] === "*" || BOLD_HEADS_BLOCK_AFTER_RE.test(after) || BLANK_THEN_CAPITAL_RE.test(after);
    if (!opensBlock || !headsBlock || inner.length > 80 || SENTENCE_PUNCT_END_RE.test(inner)) continue;
    const s = i;
    const e = i + m[0].length;
    add3(s, e, `

**${inner}**

${m[2] === "*" ? "* " : ""}`);
  }
  const glued = GLUED_STAR_BULLET_RE.exec(line);
  if (glued && !STAR_OR_DASH_START_RE.test(line)) add3(glued.index, glued.index + glued[0].length, "\n\n* ");
  for (const m of bullets) {
    const i = m.index ?? 0;
    add3(i, i + m[0].length - 0, `
${m[1] === "\u2022" ? "-" : "*"} `);
  }
  for (const m of runs) {
    const i = m.index ?? 0;
    if (BULLET_ONLY_RE.test(line.slice(0, i))) continue;
    add3(i, i + m[0].length, "\n\n");
  }
}
function repairPlainText(text, isHeading) {
  const edits = [];
  let at = 0;
  while (at <= text.length) {
    let nl2 = text.indexOf("\n", at);
    if (nl2 < 0) nl2 = text.length;
    repairTextLine(text, at, nl2, edits, isHeading);
    at = nl2 + 1;
  }
  iconEdits(text, edits);
  return applyEdits(text, edits);
}
function repairTextLine(text, start, end, edits, isHeading) {
  const line = text.slice(start, end);
  if (line.length < 12) return;
  let bullets = 0;
  for (let i = 1; i < line.length; i++) if (line[i] === "\u2022") bullets++;
  if (bullets >= 2 || bullets === 1 && line.trimStart()[0] !== "\u2022" && BULLET_AFTER_STOP_RE.test(line)) {
    for (let i = 1; i < line.length; i++) {
      if (line[i] !== "\u2022") continue;
      let s = i;
      while (s > 0 && (line[s - 1] === " " || line[s - 1] === "	")) s--;
      if (s === 0) continue;
      edits.push({ start: start + s, end: start + i, insert: "\n" });
    }
  }
  const tab = line.indexOf("	");
  if (tab > 0) {
    const segments = line.split(TABS_SPLIT_RE);
    const first = segments[0].trim();
    if (segments.length >= 3 || first.length <= 60 && isHeading(first)) {
      for (const m of line.matchAll(new RegExp(TAB_RUNS_RE.source, TAB_RUNS_RE.flags))) {
        const i = m.index ?? 0;
        if (i === 0 || i + m[0].length >= line.length) continue;
        edits.push({ start: start + i, end: start + i + m[0].length, insert: "\n" });
      }
    }
  }
  if (line.length > 160) {
    for (const m of line.matchAll(new RegExp(WIDE_GAP_RE.source, WIDE_GAP_RE.flags))) {
      const i = m.index ?? 0;
      edits.push({ start: start + i, end: start + i + m[0].length, insert: "\n" });
    }
  }
}
var LIGATURES = new Set(ICON_LIGATURE_WORDS);
var GLYPHS = new Set(ICON_GLYPHS);
var ICON_LINE_MAX = 90;
function iconEdits(text, edits) {
  const lines = [];
  for (let at = 0; at <= text.length; ) {
    let nl2 = text.indexOf("\n", at);
    if (nl2 < 0) nl2 = text.length;
    lines.push({ start: at, line: text.slice(at, nl2) });
    at = nl2 + 1;
  }
  lines.forEach(({ start, line }) => {
    if (line.length > ICON_LINE_MAX) return;
    const w = ICON_WORD_START_RE.exec(line);
    if (w && LIGATURES.has(w[1]) && line.length - w[0].length <= 60 && !SENTENCE_PUNCT_END_RE.test(line.trimEnd())) {
      const from = start + w.index + w[0].indexOf(w[1]);
      edits.push({ start: from, end: start + w[0].length, insert: "" });
      return;
    }
  });
}

// src/detectors/header-lines.ts
var ROLE_SINGLE = new Set(ROLE_WORDS.filter((w) => !MULTIWORD_MARK_RE.test(w)));
var ROLE_PHRASES = ROLE_WORDS.filter((w) => MULTIWORD_MARK_RE.test(w));
var ROLE_SUFFIXES = ["", "s", "es", "in", "innen", "e", "a", "as", "os"];
function looksLikeTitle(text) {
  const t = text.trim();
  if (t.length < 3 || t.length > 110) return false;
  if (SENTENCE_PUNCT_END_RE.test(t) && !ABBREVIATED_NAME_END_RE.test(t)) return false;
  if (t.split(WHITESPACE_SPLIT_RE).filter((w) => LETTER_RE.test(w)).length > 16) return false;
  const lower = t.toLowerCase();
  const tokens = lower.split(NON_WORD_CHARS_RE).filter(Boolean);
  let role = tokens.some(roleToken);
  if (!role) {
    const low = lowered(lower);
    role = ROLE_PHRASES.some((w) => findIn(low, w) >= 0);
  }
  return role && !classifyHeading(t);
}
function roleToken(tok) {
  for (const suffix of ROLE_SUFFIXES) {
    if (!tok.endsWith(suffix)) continue;
    const stem = tok.slice(0, tok.length - suffix.length);
    if (ROLE_SINGLE.has(stem)) return true;
    for (let k = 6; k < stem.length - 2; k++) if (ROLE_SINGLE.has(stem.slice(stem.length - k))) return true;
  }
  return roleFamily(tok);
}
function roleFamily(tok) {
  if (tok.length < 7 || NOT_ROLE_FAMILY_WORDS.has(tok)) return false;
  const word = tok.endsWith("s") && !tok.endsWith("ss") ? tok.slice(0, -1) : tok;
  if (NOT_ROLE_FAMILY_WORDS.has(word)) return false;
  return ROLE_SUFFIX_FAMILIES.some((f) => word.endsWith(f) && word.length - f.length >= 4);
}

// src/detectors/classified.ts
var DIGITS = new Set("0123456789");
var VOWELS = new Set("AEIOUY");

// src/lexicon/names.ts
var NAME_AFTER_CUES = [
  ["About", 3],
  ["Join", 2],
  ["Welcome to", 3],
  ["Life at", 3],
  ["Careers at", 3],
  ["Working at", 2],
  ["work at", 1],
  ["This is", 2],
  ["Why", 1],
  ["Who is", 2],
  ["Meet", 1],
  ["\xDCber", 3],
  ["Willkommen bei", 3],
  ["Arbeiten bei", 2],
  ["Karriere bei", 3],
  ["Wer ist", 2],
  ["\xC0 propos de", 3],
  ["A propos de", 3],
  ["Rejoignez", 2],
  ["Rejoindre", 2],
  ["Bienvenue chez", 3],
  ["Qui est", 2],
  ["Acerca de", 3],
  ["Sobre", 2],
  ["\xDAnete a", 2],
  ["Trabaja en", 2],
  ["Bienvenido a", 3],
  ["mais sobre a", 3],
  ["mais sobre o", 3],
  ["Junte-se \xE0", 2],
  ["Fa\xE7a parte da", 2],
  ["Fa\xE7a parte do", 2],
  ["Over", 2],
  ["Werken bij", 3],
  ["Kom werken bij", 3],
  ["Welkom bij", 3],
  ["O firmie", 2],
  ["Do\u0142\u0105cz do", 2],
  ["Pracuj w", 1],
  ["Wir sind die", 3],
  ["Wir sind der", 3],
  ["Wir sind", 2],
  ["We are", 2],
  ["Nous sommes", 2],
  ["Somos a", 2],
  ["Somos", 1],
  ["Wij zijn", 2],
  ["Jeste\u015Bmy", 1],
  ["Warum", 2],
  ["Pourquoi", 2],
  ["Por qu\xE9", 2],
  ["Por que", 2],
  ["Waarom", 2],
  ["Dlaczego", 2]
];
var NAME_BEFORE_CUES = [
  ["is an equal opportunity employer", 4],
  ["is an equal employment opportunity", 4],
  ["is an equal opportunity", 3],
  ["is proud to be an equal", 4],
  ["is committed to", 2],
  ["is hiring", 3],
  ["is looking for", 3],
  ["is seeking", 3],
  ["is recruiting", 3],
  ["is a", 2],
  ["is an", 2],
  ["is the", 2],
  ["was founded", 2],
  ["has been", 1],
  ["offers", 1],
  ["provides", 1],
  ["helps", 1],
  ["ist ein", 2],
  ["ist eine", 2],
  ["ist der", 2],
  ["ist die", 2],
  ["sucht", 2],
  ["wurde gegr\xFCndet", 2],
  ["bietet", 1],
  ["est un", 2],
  ["est une", 2],
  ["est le", 2],
  ["est la", 2],
  ["recrute", 3],
  ["a \xE9t\xE9 fond\xE9e", 2],
  ["propose", 1],
  ["es una", 2],
  ["es un", 2],
  ["es la", 2],
  ["es el", 2],
  ["busca", 2],
  ["fue fundada", 2],
  ["ofrece", 1],
  ["\xE9 uma", 2],
  ["\xE9 um", 2],
  ["\xE9 a", 2],
  ["\xE9 o", 2],
  ["foi", 1],
  ["contrata", 2],
  ["oferece", 1],
  ["est\xE1 contratando", 3],
  ["is een", 2],
  ["zoekt", 2],
  ["biedt", 1],
  ["jest", 1],
  ["poszukuje", 3],
  ["zatrudni", 3],
  ["oferuje", 1]
];
var LEGAL_FORMS = [
  "gmbh",
  "ag",
  "kg",
  "se",
  "ug",
  "e.v.",
  "ltd",
  "ltd.",
  "limited",
  "plc",
  "llc",
  "llp",
  "inc",
  "inc.",
  "corp",
  "corp.",
  "corporation",
  "co.",
  "company",
  "group",
  "sa",
  "s.a.",
  "sas",
  "s.a.s.",
  "sarl",
  "s.a.r.l.",
  "sl",
  "s.l.",
  "ltda",
  "ltda.",
  "s.r.l.",
  "srl",
  "spa",
  "s.p.a.",
  "bv",
  "b.v.",
  "nv",
  "n.v.",
  "sp. z o.o.",
  "s.a.u.",
  "pty",
  "pty ltd",
  "oy",
  "ab",
  "as",
  "a/s",
  "aps",
  "gbr",
  "ohg",
  "mbh",
  "s.a. de c.v.",
  "sa de cv",
  "de c.v.",
  "s. de r.l.",
  "s.a.p.i. de c.v.",
  "eireli",
  "s.r.o.",
  "a.s.",
  "kft",
  "kft.",
  "zrt",
  "d.o.o.",
  "sdn bhd",
  "bhd",
  "pte ltd",
  "pte. ltd.",
  "pvt ltd",
  "pvt. ltd.",
  "private limited",
  "co., ltd.",
  "k.k.",
  "sp. j.",
  "sp.k.",
  "s.c."
];
var MENU_WORDS = /* @__PURE__ */ new Set([
  // en
  "jobs",
  "job search",
  "find jobs",
  "search jobs",
  "browse jobs",
  "companies",
  "company reviews",
  "employers",
  "for employers",
  "employer",
  "salaries",
  "salary guide",
  "career advice",
  "careers advice",
  "courses",
  "login",
  "log in",
  "sign in",
  "sign up",
  "register",
  "menu",
  "home",
  "search",
  "services",
  "my account",
  "post a job",
  "post jobs",
  "recruiters",
  "recruiting?",
  "for recruiters",
  "resources",
  "blog",
  "help",
  "skip to main content",
  "skip to content",
  "main menu",
  "notifications",
  "messages",
  "saved jobs",
  "job alerts",
  // fr
  "emploi",
  "emplois",
  "offres d'emploi",
  "offres",
  "entreprises",
  "salaires",
  "formation",
  "formations",
  "mon espace",
  "mon compte",
  "connexion",
  "se connecter",
  "inscription",
  "recruteurs",
  "recruteur",
  "accueil",
  "rechercher",
  "conseils",
  "espace recruteur",
  // es, pt
  "empleos",
  "empleo",
  "ofertas",
  "buscar ofertas",
  "buscar empleo",
  "empresas",
  "salarios",
  "formaci\xF3n",
  "ingresar",
  "publicar aviso",
  "publicar ofertas",
  "publicar oferta",
  "iniciar sesi\xF3n",
  "registrarse",
  "reg\xEDstrate",
  "inicio",
  "candidatos",
  "acceso candidatos",
  "vagas",
  "entrar",
  "cadastre-se",
  "cadastrar",
  "in\xEDcio",
  "para empresas",
  "carreiras",
  // de
  "jobsuche",
  "men\xFC",
  "anmelden",
  "registrieren",
  "startseite",
  "zur startseite",
  "unternehmen",
  "gehalt",
  "geh\xE4lter",
  "karriere",
  "f\xFCr arbeitgeber",
  "f\xFCr unternehmen",
  "stellenangebote",
  "jobs finden",
  "suche",
  "merkliste",
  "mein konto",
  // it, nl, pl
  "offerte di lavoro",
  "aziende",
  "accedi",
  "registrati",
  "cerca lavoro",
  "vacatures",
  "werkgevers",
  "inloggen",
  "registreren",
  "oferty pracy",
  "pracodawcy",
  "profile pracodawc\xF3w",
  "porady",
  "dla firm",
  "zaloguj si\u0119",
  "moje konto",
  "zarejestruj si\u0119"
]);

// src/detectors/company-evidence.ts
var LEGAL = new Set(LEGAL_FORMS);
function byFirstWord(cues, lower) {
  const index = /* @__PURE__ */ new Map();
  for (const [text, weight] of cues) {
    const words = text.split(" ");
    const key = lower ? words[0].toLowerCase() : words[0];
    index.set(key, [...index.get(key) ?? [], { text, words, weight }]);
  }
  return index;
}
var AFTER_CUES = byFirstWord(NAME_AFTER_CUES, false);
var BEFORE_CUES = byFirstWord(NAME_BEFORE_CUES, true);

// src/fields/education.ts
var ABBREV_LEVEL = dict({ BS: "bachelor", BA: "bachelor", BSC: "bachelor", BENG: "bachelor", BTECH: "bachelor", MS: "master", MA: "master", MSC: "master", MENG: "master" });

// src/detectors/employment-type.ts
var JSONLD_TYPES = dict({
  FULL_TIME: "full-time",
  PART_TIME: "part-time",
  CONTRACTOR: "contract",
  CONTRACT: "contract",
  TEMPORARY: "temporary",
  INTERN: "internship",
  INTERNSHIP: "internship",
  VOLUNTEER: "volunteer",
  PER_DIEM: "temporary",
  FREELANCE: "freelance"
});

// src/fields/experience.ts
var WORD_NUMBERS = dict({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  ein: 1,
  einem: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  f\u00FCnf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  um: 1,
  dois: 2,
  tr\u00EAs: 3,
  quatro: 4,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  dieci: 10
});

// src/detectors/experience.ts
var ORDER = ["requirements", "overview", "about-role", "other", "responsibilities", "nice-to-have"];
var LAST = new Set(ORDER);

// src/detectors/interview-process.ts
var UNIT_MINUTES = dict({
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  minuten: 1,
  minutos: 1,
  minuti: 1,
  minut: 1,
  ph\u00FAt: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  heure: 60,
  heures: 60,
  stunde: 60,
  stunden: 60,
  hora: 60,
  horas: 60,
  ora: 60,
  ore: 60,
  godzina: 60,
  godziny: 60,
  godzin: 60,
  uur: 60,
  gi\u1EDD: 60
});

// src/fields/language.ts
var INDEX = /* @__PURE__ */ new Map();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of new Set(words)) INDEX.set(w, [...INDEX.get(w) ?? [], lang]);
}

// src/detectors/salary.ts
var UNIT = dict({ HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" });
var DOLLAR_CODES = new Set(Object.values(LOCAL_CURRENCY.USD));

// src/fields/seniority.ts
var STAFF_NEXT = new Set(STAFF_ROLE_WORDS);

// src/detectors/seniority.ts
var ROLE_SET = new Set(ROLE_WORDS.filter((w) => !w.includes(" ")));
var BRAZILIAN_LEVELS = dict({ pleno: "mid", "s\xEAnior": "senior", senior: "senior", "j\xFAnior": "junior", junior: "junior", trainee: "junior", "estagi\xE1rio": "intern", "est\xE1gio": "intern" });

// src/input/prepare.ts
import remarkParse from "remark-parse";
import { unified as unified2 } from "unified";

// src/input/cp1252.ts
var HIGH = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178";
function cp1252Char(byte) {
  if (byte >= 128 && byte <= 159) return HIGH[byte - 128];
  return String.fromCharCode(byte);
}
function decodeCp1252(bytes2) {
  let out = "";
  for (let i = 0; i < bytes2.length; i++) out += cp1252Char(bytes2[i]);
  return out;
}

// src/input/decode.ts
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeBytes(bytes2) {
  if (bytes2.length >= 2 && bytes2[0] === 255 && bytes2[1] === 254) {
    return { text: new TextDecoder("utf-16le").decode(bytes2.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes2.length >= 2 && bytes2[0] === 254 && bytes2[1] === 255) {
    return { text: new TextDecoder("utf-16be").decode(bytes2.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = sniffUtf16(bytes2);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes2), encoding: utf16 };
  try {
    return { text: UTF8.decode(bytes2), encoding: "utf-8" };
  } catch {
    return { text: decodeCp1252(bytes2), encoding: "windows-1252" };
  }
}
function sniffUtf16(bytes2) {
  const n = Math.min(bytes2.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes2[i] === 0) evenZero++;
    if (bytes2[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}
function looksBinary(text) {
  const n = Math.min(text.length, 4096);
  if (n === 0) return false;
  let bad = 0;
  let letters = 0;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || c > 13 && c < 32 || c === 65533) bad++;
    else if (c === 32 || c === 10) spaces++;
    else if (LETTER_RE.test(text[i])) letters++;
  }
  if (bad / n <= 0.1) return false;
  const rest = n - bad;
  return !(letters > 200 && letters > rest * 0.6 && spaces > rest * 0.08);
}

// src/input/signatures.ts
var SIGNATURES = [
  { magic: bytes("%PDF-"), what: "a PDF document; extract its text first (e.g. pdftotext)" },
  { magic: [137, ...bytes("PNG\r\n\n")], what: "a PNG image" },
  { magic: [255, 216, 255], what: "a JPEG image" },
  { magic: bytes("GIF87a"), what: "a GIF image" },
  { magic: bytes("GIF89a"), what: "a GIF image" },
  { magic: bytes("PK"), what: "a ZIP archive (a .docx or .odt is one); extract its text first" },
  { magic: [31, 139], what: "gzip-compressed data" },
  { magic: [208, 207, 17, 224, 161, 177, 26, 225], what: "an old Office document (.doc, .xls); extract its text first" }
];
function bytes(s) {
  return [...s].map((c) => c.charCodeAt(0));
}
function binaryFormatOf(data) {
  for (const { magic, what } of SIGNATURES) {
    if (data.length >= magic.length && magic.every((b, i) => data[i] === b)) return what;
  }
  return null;
}

// src/input/front-matter.ts
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
var MAX_LINES = 120;
function findFrontMatter(text) {
  const open = FRONT_MATTER_OPEN_RE.exec(text.slice(0, 16));
  if (!open) return null;
  const kind = open[1] === "+++" ? "toml" : "yaml";
  const innerStart = open[0].length;
  let at = innerStart;
  let keys = 0;
  let other = 0;
  for (let n = 0; n < MAX_LINES && at < text.length; n++) {
    const nl2 = text.indexOf("\n", at);
    const lineEnd = nl2 < 0 ? text.length : nl2;
    const line = text.slice(at, lineEnd);
    if (FRONT_MATTER_CLOSE_RE.test(line) && kind === "toml" === line.startsWith("+++")) {
      if (keys === 0 || other > keys) return null;
      return { kind, start: 0, end: nl2 < 0 ? text.length : nl2 + 1, innerStart, innerEnd: at };
    }
    const key = kind === "toml" ? FRONT_MATTER_TOML_LINE_RE.test(line) || FRONT_MATTER_TOML_TABLE_RE.test(line) : FRONT_MATTER_YAML_KEY_RE.test(line);
    if (key) keys++;
    else if (n === 0) return null;
    else if (line.trim() !== "" && !isContinuation(line)) other++;
    at = lineEnd + 1;
  }
  return null;
}
function isContinuation(line) {
  const c = line.charCodeAt(0);
  const t = line.trimStart();
  return c === 32 || c === 9 || t.startsWith("- ") || t.startsWith("#") || t === "-";
}
function blankFrontMatter(text, fm) {
  let blank = "";
  for (let i = fm.start; i < fm.end; i++) blank += text.charCodeAt(i) === 10 ? "\n" : " ";
  return text.slice(0, fm.start) + blank + text.slice(fm.end);
}
var KEY_FACTS = dict({
  title: "title",
  job_title: "title",
  jobtitle: "title",
  position_title: "title",
  role: "title",
  company: "company",
  company_name: "company",
  employer: "company",
  organization: "company",
  organisation: "company",
  hiring_organization: "company",
  hiring_organisation: "company",
  hiring_company: "company",
  location: "location",
  locations: "location",
  located: "location",
  job_location: "location",
  work_location: "location",
  city: "location",
  place: "location",
  date: "posted",
  created: "posted",
  created_at: "posted",
  posted: "posted",
  posted_at: "posted",
  posted_on: "posted",
  date_posted: "posted",
  dateposted: "posted",
  published: "posted",
  published_at: "posted",
  publish_date: "posted",
  pubdate: "posted",
  expires: "deadline",
  expires_at: "deadline",
  expiry: "deadline",
  expiry_date: "deadline",
  expiration: "deadline",
  expiration_date: "deadline",
  expirydate: "deadline",
  closing: "deadline",
  closing_date: "deadline",
  closes: "deadline",
  close_date: "deadline",
  deadline: "deadline",
  application_deadline: "deadline",
  apply_by: "deadline",
  valid_through: "deadline",
  validthrough: "deadline",
  end_date: "deadline",
  valid_until: "deadline",
  salary: "salary",
  salary_range: "salary",
  pay: "salary",
  compensation: "salary",
  wage: "salary",
  remuneration: "salary",
  contract: "employment",
  contract_type: "employment",
  type: "employment",
  employment: "employment",
  employment_type: "employment",
  employmenttype: "employment",
  job_type: "employment",
  jobtype: "employment",
  work_type: "employment",
  hours: "employment",
  remote: "remote",
  is_remote: "remote",
  remote_ok: "remote",
  workplace: "remote",
  workplace_type: "remote",
  work_mode: "remote",
  tags: "tags",
  keywords: "tags",
  labels: "tags",
  categories: "tags",
  skills: "skills",
  technologies: "skills",
  tech: "skills",
  stack: "skills",
  tech_stack: "skills",
  email: "email",
  contact: "email",
  contact_email: "email",
  mail: "email",
  e_mail: "email",
  apply: "apply",
  apply_url: "apply",
  application_url: "apply",
  apply_link: "apply",
  apply_to: "apply",
  how_to_apply: "apply"
});
var COMPANY_PARENTS = /* @__PURE__ */ new Set(["company", "employer", "organization", "organisation", "hiring_organization", "hiring_organisation"]);
var CONTACT_PARENTS = /* @__PURE__ */ new Set(["contact", "contacts", "recruiter", "apply", "application"]);
function readFrontMatter(text, fm) {
  const inner = text.slice(fm.innerStart, fm.innerEnd);
  const entries = (fm.kind === "yaml" ? yamlEntries(inner) : null) ?? lineEntries(inner, fm.kind);
  for (const e of entries) {
    e.start += fm.innerStart;
    e.end += fm.innerStart;
  }
  const facts = {};
  const where = {};
  const at = (e) => [{ start: e.start, end: e.end }];
  for (const e of entries) {
    const value = e.text.trim();
    if (!value) continue;
    const fact = factOf(e.path);
    if (!fact) continue;
    switch (fact) {
      case "title":
        if (!facts.title) facts.title = value, where.title = at(e);
        break;
      case "company":
        if (!facts.company) facts.company = value, where.company = at(e);
        break;
      case "location": {
        if (parseWorkplaceBadge(value) === "remote" && !facts.remote) facts.remote = true, where.remote = at(e);
        const places = parseLocations(value).filter(isPlace);
        facts.locations ??= [];
        for (const l of places) {
          where[`locations[${facts.locations.length}]`] = at(e);
          facts.locations.push({ city: l.city ?? void 0, region: l.region ?? void 0, country: l.countryCode ?? l.country ?? void 0, raw: l.raw });
        }
        break;
      }
      case "posted":
      case "deadline": {
        const key = fact === "posted" ? "datePosted" : "validThrough";
        const d = parseAbsoluteDate(value);
        if (d && !facts[key]) facts[key] = d.date, where[key] = at(e);
        break;
      }
      case "salary": {
        const hit = facts.salary ? void 0 : findSalaries(value, { labelled: true })[0];
        if (hit) {
          const s = hit.salary;
          facts.salary = { min: s.min ?? void 0, max: s.max ?? void 0, currency: s.currency ?? void 0, unit: s.period?.toUpperCase(), raw: value };
          where.salary = at(e);
        }
        break;
      }
      case "employment":
        (facts.employmentType ??= []).push(value);
        where.employmentType ??= at(e);
        break;
      case "remote":
        if (FRONT_MATTER_YES_RE.test(value) || parseWorkplaceBadge(value) === "remote") facts.remote = true, where.remote = at(e);
        break;
      case "tags":
      case "skills": {
        const list = facts[fact] ??= [];
        for (const v of value.split(LIST_COMMA_SPLIT_RE)) {
          const t = v.trim();
          if (!t || list.some((x) => x.toLowerCase() === t.toLowerCase())) continue;
          where[`${fact}[${list.length}]`] = at(e);
          list.push(t);
        }
        break;
      }
      case "email":
        for (const m of e.text.matchAll(new RegExp(EMAIL_RE.source, EMAIL_RE.flags))) {
          const list = facts.emails ??= [];
          if (list.includes(m[0])) continue;
          const exact = e.end - e.start === e.text.length;
          where[`emails[${list.length}]`] = exact ? [{ start: e.start + m.index, end: e.start + m.index + m[0].length }] : at(e);
          list.push(m[0]);
        }
        break;
      case "apply":
        if (!facts.applyUrl && HTTP_SCHEME_RE.test(value) && !value.includes(" ")) facts.applyUrl = value, where.applyUrl = at(e);
        break;
    }
  }
  if (facts.locations?.length === 0) delete facts.locations;
  facts.where = where;
  facts.removed = [{ kind: "front-matter", text: text.slice(fm.start, fm.end).trim(), span: { start: fm.start, end: fm.end } }];
  return facts;
}
function factOf(path) {
  const leaf = path[path.length - 1] ?? "";
  const parent = path.length > 1 ? path[path.length - 2] : "";
  if (CONTACT_PARENTS.has(parent)) {
    const f2 = KEY_FACTS[leaf];
    if (f2 === "email") return "email";
    if (parent === "apply" || parent === "application") return leaf === "url" || leaf === "link" ? "apply" : f2 === "apply" ? f2 : null;
    return null;
  }
  if (COMPANY_PARENTS.has(parent)) return leaf === "name" ? "company" : null;
  const f = KEY_FACTS[leaf];
  if (!f && (parent === "location" || parent === "job_location") && (leaf === "country" || leaf === "region" || leaf === "state")) return "location";
  return f ?? null;
}
function normKey(key) {
  return key.trim().toLowerCase().replace(FRONT_MATTER_KEY_JOIN_RE, "_");
}
function yamlEntries(src) {
  const doc = parseDocument(src, { schema: "failsafe", strict: false, prettyErrors: false, uniqueKeys: false });
  if (!isMap(doc.contents)) return null;
  const out = [];
  const walk = (node, path, depth) => {
    if (depth > 6 || !node) return;
    if (isScalar(node)) {
      const range = node.range;
      if (!range) return;
      let [start, end] = range;
      let raw = src.slice(start, end);
      const q = QUOTED_EDGES_RE.exec(raw);
      if (q) raw = q[2], start += 1, end -= 1;
      const value = node.value instanceof Date || typeof node.value !== "string" ? raw : node.value;
      out.push({ path, text: value, start, end });
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, path, depth + 1);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        if (key !== null) walk(pair.value, [...path, normKey(key)], depth + 1);
      }
    }
  };
  walk(doc.contents, [], 0);
  return out;
}
function lineEntries(src, kind) {
  const out = [];
  let table = [];
  let lastKey = [];
  let at = 0;
  for (const line of src.split("\n")) {
    const lineStart = at;
    at += line.length + 1;
    let key = null;
    let valueAt = -1;
    if (kind === "toml") {
      const t = FRONT_MATTER_TOML_TABLE_RE.exec(line);
      if (t) {
        table = t[1].split(".").map(normKey);
        continue;
      }
      const m = FRONT_MATTER_TOML_LINE_RE.exec(line);
      if (m) key = m[1], valueAt = line.length - m[2].length;
    } else if (FRONT_MATTER_YAML_KEY_RE.test(line)) {
      const colon = line.indexOf(":");
      key = line.slice(0, colon);
      valueAt = colon + 1;
    } else {
      const t = line.trimStart();
      if (t.startsWith("- ") && lastKey.length) pushValue(out, lastKey, line, line.length - t.length + 2, lineStart);
      continue;
    }
    if (key === null) continue;
    lastKey = [...table, normKey(key)];
    pushValue(out, lastKey, line, valueAt, lineStart);
  }
  return out;
}
function pushValue(out, path, line, from, lineStart) {
  let s = from;
  let e = line.length;
  while (s < e && (line[s] === " " || line[s] === "	")) s++;
  while (e > s && (line[e - 1] === " " || line[e - 1] === "	")) e--;
  const array = line[s] === "[" && line[e - 1] === "]";
  if (array) s += 1, e -= 1;
  const pieces = array ? line.slice(s, e).split(",") : [line.slice(s, e)];
  let p = s;
  for (const piece of pieces) {
    let a = p;
    let b = p + piece.length;
    p = b + 1;
    while (a < b && (line[a] === " " || line[a] === '"' || line[a] === "'")) a++;
    while (b > a && (line[b - 1] === " " || line[b - 1] === '"' || line[b - 1] === "'")) b--;
    if (b > a) out.push({ path, text: line.slice(a, b), start: lineStart + a, end: lineStart + b });
  }
}

// src/input/html.ts
import { toMdast } from "hast-util-to-mdast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

// src/input/json-positions.ts
var MAX_DEPTH = 64;
function jsonPositions(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const string = () => {
    if (text[i] !== '"') return null;
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) return null;
    i++;
    try {
      return JSON.parse(text.slice(start, i));
    } catch {
      return null;
    }
  };
  const value = (depth) => {
    if (depth > MAX_DEPTH) return null;
    ws();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const members = /* @__PURE__ */ new Map();
      ws();
      if (text[i] === "}") return { start, end: ++i, members };
      for (; ; ) {
        ws();
        const key = string();
        if (key === null) return null;
        ws();
        if (text[i++] !== ":") return null;
        const v = value(depth + 1);
        if (!v) return null;
        if (!members.has(key)) members.set(key, v);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return { start, end: ++i, members };
        else return null;
      }
    }
    if (c === "[") {
      i++;
      const elements = [];
      ws();
      if (text[i] === "]") return { start, end: ++i, elements };
      for (; ; ) {
        const v = value(depth + 1);
        if (!v) return null;
        elements.push(v);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return { start, end: ++i, elements };
        else return null;
      }
    }
    if (c === '"') return string() === null ? null : { start, end: i };
    while (i < text.length && JSON_SCALAR_CHAR_RE.test(text[i])) i++;
    return i > start ? { start, end: i } : null;
  };
  const root = value(0);
  ws();
  return root && i === text.length ? root : null;
}

// src/input/jsonld.ts
function readJsonLd(bodies) {
  for (const body of bodies) {
    let data;
    try {
      data = JSON.parse(body.text.trim());
    } catch {
      continue;
    }
    const at = jsonPositions(body.text) ?? void 0;
    const posting = findPosting(data, at, 0);
    if (!posting) continue;
    const whole = { start: body.start, end: body.start + body.text.length };
    const span2 = (a) => a ? [{ start: body.start + a.start, end: body.start + a.end }] : [whole];
    return toFacts(posting.data, posting.at, span2);
  }
  return null;
}
function findPosting(data, at, depth) {
  if (depth > 6 || data === null || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const p = findPosting(data[i], at?.elements?.[i], depth + 1);
      if (p) return p;
    }
    return null;
  }
  const type = data["@type"];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === "string" && JOB_POSTING_TYPE_RE.test(t))) return { data, at };
  if (data["@graph"]) return findPosting(data["@graph"], at?.members?.get("@graph"), depth + 1);
  return null;
}
function str(v) {
  if (typeof v === "string") return decode(v).trim() || void 0;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && !Array.isArray(v)) return str(v.name ?? v["@value"] ?? v.value);
  if (Array.isArray(v)) return str(v[0]);
  return void 0;
}
function num(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && DECIMAL_STRING_RE.test(v.trim())) return Number(v);
  return void 0;
}
function decode(s) {
  return s.replace(JSONLD_ENTITY_RE, (m, e) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'", "#x27": "'", nbsp: " " })[e] ?? m);
}
function toFacts(p, at, span2) {
  const facts = {};
  const where = {};
  const member = (key) => at?.members?.get(key);
  const inner = (a) => a?.members?.get("name") ?? a?.members?.get("@value") ?? a?.members?.get("value") ?? a?.elements?.[0] ?? a;
  const record = (fact, a) => {
    where[fact] = span2(a);
  };
  facts.title = str(p.title);
  if (facts.title) record("title", member("title"));
  const org = p.hiringOrganization;
  facts.company = str(org);
  if (facts.company) record("company", inner(member("hiringOrganization")));
  if (typeof p.description === "string") {
    facts.description = decode(decode(p.description));
    record("description", member("description"));
  }
  const posted = str(p.datePosted);
  if (posted && ISO_DAY_START_RE.test(posted)) {
    facts.datePosted = posted.slice(0, 10);
    record("datePosted", member("datePosted"));
  }
  const valid2 = str(p.validThrough);
  if (valid2 && ISO_DAY_START_RE.test(valid2)) {
    facts.validThrough = valid2.slice(0, 10);
    record("validThrough", member("validThrough"));
  }
  const et = p.employmentType;
  if (et) {
    facts.employmentType = (Array.isArray(et) ? et : [et]).map((x) => String(x));
    record("employmentType", member("employmentType"));
  }
  const locs = p.jobLocation ? Array.isArray(p.jobLocation) ? p.jobLocation : [p.jobLocation] : [];
  const locsAt = member("jobLocation");
  facts.locations = [];
  for (const [li, l] of locs.entries()) {
    if (!l || typeof l !== "object" || Array.isArray(l)) continue;
    const a = l.address ?? l;
    if (!a || typeof a !== "object" || Array.isArray(a)) continue;
    const city = str(a.addressLocality);
    const region = str(a.addressRegion);
    const country = str(a.addressCountry);
    const raw = [city, region, country].filter(Boolean).join(", ");
    if (raw) {
      const lAt = Array.isArray(p.jobLocation) ? locsAt?.elements?.[li] : locsAt;
      record(`locations[${facts.locations.length}]`, lAt?.members?.get("address") ?? lAt);
      facts.locations.push({ city, region, country, raw });
    }
  }
  if (String(p.jobLocationType ?? "").toUpperCase().includes("TELECOMMUTE")) {
    facts.remote = true;
    record("remote", member("jobLocationType"));
  }
  const arl = p.applicantLocationRequirements;
  if (arl) facts.applicantRegions = (Array.isArray(arl) ? arl : [arl]).map((x) => str(x)).filter((x) => !!x);
  const bs = p.baseSalary ?? p.estimatedSalary;
  const salary = Array.isArray(bs) ? bs[0] : bs;
  if (salary && typeof salary === "object" && !Array.isArray(salary)) {
    const value = salary.value;
    const v = value && typeof value === "object" && !Array.isArray(value) ? value : {};
    const min = num(v.minValue) ?? num(v.value) ?? num(value);
    const max = num(v.maxValue) ?? num(v.value) ?? min;
    if (min !== void 0) {
      const currency = str(salary.currency);
      facts.salary = { min, max, currency: currency && CURRENCY_CODE_RE.test(currency) ? currency.toUpperCase() : void 0, unit: str(v.unitText) ?? str(salary.unitText), raw: JSON.stringify(salary).slice(0, 200) };
      const sAt = member(p.baseSalary ? "baseSalary" : "estimatedSalary");
      record("salary", Array.isArray(bs) ? sAt?.elements?.[0] : sAt);
    }
  }
  facts.category = str(p.industry) ?? str(p.occupationalCategory);
  if (facts.category) record("category", inner(member(str(p.industry) ? "industry" : "occupationalCategory")));
  const skills = p.skills;
  const skillsAt = member("skills");
  if (typeof skills === "string") {
    facts.skills = skills.split(LIST_COMMA_SPLIT_RE).filter(Boolean);
    facts.skills.forEach((_, i) => record(`skills[${i}]`, skillsAt));
  } else if (Array.isArray(skills)) {
    facts.skills = [];
    skills.forEach((x, i) => {
      const s = str(x);
      if (!s) return;
      record(`skills[${facts.skills.length}]`, skillsAt?.elements?.[i]);
      facts.skills.push(s);
    });
  }
  const er = p.experienceRequirements;
  if (er && typeof er === "object" && !Array.isArray(er)) {
    facts.experienceMonths = num(er.monthsOfExperience);
    if (facts.experienceMonths !== void 0) record("experienceMonths", member("experienceRequirements")?.members?.get("monthsOfExperience"));
  }
  const ed = p.educationRequirements;
  if (ed) {
    facts.education = str(ed && typeof ed === "object" && !Array.isArray(ed) ? ed.credentialCategory : ed);
    if (facts.education) record("education", member("educationRequirements"));
  }
  facts.applyUrl = str(p.url) && HTTP_SCHEME_LOWER_RE.test(str(p.url) ?? "") ? str(p.url) : void 0;
  if (facts.applyUrl) record("applyUrl", member("url"));
  facts.where = where;
  return facts;
}

// src/tree/depth.ts
var MAX_DEPTH2 = 40;
function capDepth(tree, capping, max = MAX_DEPTH2) {
  const stack = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (!node.children) continue;
    if (depth >= max && capping.holds(node)) {
      node.children = flatten(node.children, capping);
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return tree;
}
function flatten(children, capping) {
  const out = [];
  const frames = [{ nodes: children, i: 0 }];
  let lastFrame = -1;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.i >= frame.nodes.length) {
      frames.pop();
      continue;
    }
    const node = frame.nodes[frame.i++];
    if (!node.children || node.children.length === 0 || capping.leaf(node)) {
      if (!node.children || capping.leaf(node)) {
        if (out.length > 0 && lastFrame !== frames.length) {
          const sep = capping.separator();
          if (sep) out.push(sep);
        }
        out.push(node);
        lastFrame = frames.length;
      }
      continue;
    }
    frames.push({ nodes: node.children, i: 0 });
  }
  return out;
}
var HAST_CAPPING = {
  holds: (n) => n.type === "element" || n.type === "root",
  leaf: (n) => n.type === "text",
  separator: () => ({ type: "element", tagName: "br", properties: {}, children: [] })
};
var FLOW_LEAVES = /* @__PURE__ */ new Set(["paragraph", "heading", "code", "html", "table", "thematicBreak", "definition", "text"]);
var MDAST_CAPPING = {
  holds: (n) => n.type === "listItem" || n.type === "blockquote" || n.type === "footnoteDefinition",
  leaf: (n) => FLOW_LEAVES.has(n.type),
  separator: () => null
};

// src/input/html.ts
var DROP_TAGS = /* @__PURE__ */ new Set(["script", "style", "noscript", "template", "svg", "nav", "footer", "form", "button", "iframe", "select", "input", "textarea", "label", "dialog", "canvas", "video", "audio", "object", "embed", "picture", "img", "head"]);
var INLINE_TAGS = /* @__PURE__ */ new Set(["span", "a", "b", "strong", "em", "i", "small", "label", "time", "abbr", "code", "font"]);
var parser = unified().use(rehypeParse, { fragment: true });
function htmlToMdast(html) {
  const hast = capDepth(parser.parse(html), HAST_CAPPING);
  const scripts = [];
  const shown = { text: squeeze(textOf(hast, true)) };
  prune(hast, scripts, shown);
  const structured = readJsonLd(scripts);
  let tree = toMdast(hast);
  if (structured?.description && textLength(tree) < 200) {
    const inner = capDepth(parser.parse(structured.description), HAST_CAPPING);
    prune(inner, [], { text: squeeze(textOf(inner, true)) });
    tree = toMdast(inner);
    const where = structured.where?.description?.[0];
    setPositions(tree, where ? { start: point(where.start), end: point(where.end) } : void 0);
  } else setPositions(tree);
  return { tree, structured };
}
var point = (offset) => ({ line: 1, column: 1, offset });
function setPositions(root, fixed) {
  if (fixed) root.position = fixed;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!("children" in node)) continue;
    for (const child of node.children) {
      if (fixed) child.position = fixed;
      else if (!child.position && node.position) child.position = node.position;
      if ("children" in child) stack.push(child);
    }
  }
}
var CHROME_ROLES = /* @__PURE__ */ new Set(["dialog", "alertdialog", "menu", "menubar", "navigation", "tooltip", "banner", "search", "contentinfo", "listbox", "status", "alert"]);
var PAGE_PARTS = /* @__PURE__ */ new Set(["script", "style", "noscript", "template", "svg", "nav", "footer", "head", "header", "form", "dialog", "button", "select"]);
function isHidden(p) {
  return p.hidden !== void 0 && p.hidden !== false || String(p.ariaHidden) === "true" || HIDDEN_STYLE_RE.test(String(p.style ?? ""));
}
function classAndId(p) {
  return [...Array.isArray(p.className) ? p.className : [p.className ?? ""], p.id ?? ""].join(" ");
}
function textOf(node, shownOnly, limit = 1e5) {
  let out = "";
  const stack = [node];
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop();
    if (n.type === "text") out += n.value + " ";
    else if (n.type === "element" || n.type === "root") {
      if (n.type === "element" && (PAGE_PARTS.has(n.tagName) || shownOnly && isHidden(n.properties ?? {}))) continue;
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return out;
}
function squeeze(s) {
  return s.replace(HIDDEN_TEXT_SPACES_RE, " ").trim();
}
function hiddenBody(el, shown) {
  shown.looked = (shown.looked ?? 0) + 1;
  if (shown.looked > 100) return false;
  const p = el.properties ?? {};
  if (PAGE_PARTS.has(el.tagName) || CHROME_ROLES.has(String(p.role ?? "").toLowerCase())) return false;
  if (HIDDEN_CHROME_CLASS_RE.test(classAndId(p))) return false;
  const text = squeeze(textOf(el, false, 4e3));
  if (text.length < 50) return false;
  return !shown.text.includes(text.slice(0, 120));
}
function prune(node, scripts, shown) {
  const kept = [];
  for (const child of node.children) {
    if (child.type === "comment" || child.type === "doctype") continue;
    if (child.type === "element") {
      if (child.tagName === "script") {
        const type = String(child.properties?.type ?? "");
        if (LD_JSON_TYPE_RE.test(type)) {
          const text = child.children.map((c) => "value" in c ? String(c.value) : "").join("");
          scripts.push({ text, start: child.children[0]?.position?.start.offset ?? child.position?.start.offset ?? 0 });
        }
        continue;
      }
      if (DROP_TAGS.has(child.tagName)) continue;
      const p = child.properties ?? {};
      const cls = classAndId(p);
      if (cls && HTML_DROP_CLASS_RE.test(String(cls))) continue;
      if (isHidden(p) && !hiddenBody(child, shown)) continue;
      prune(child, scripts, shown);
    }
    const prev = kept[kept.length - 1];
    if (child.type === "element" && prev?.type === "element" && INLINE_TAGS.has(child.tagName) && INLINE_TAGS.has(prev.tagName)) {
      kept.push({ type: "text", value: " " });
    }
    kept.push(child);
  }
  node.children = kept;
}
function textLength(tree) {
  let n = 0;
  const walk = (x) => {
    if (typeof x.value === "string") n += x.value.length;
    if (x.children) for (const c of x.children) walk(c);
  };
  walk(tree);
  return n;
}

// src/input/markup-hints.ts
function hasHtmlStructure(head) {
  if (HTML_DOCUMENT_START_RE.test(head)) return true;
  const blocks = head.match(HTML_BLOCK_TAG_RE);
  return blocks !== null && blocks.length >= 2;
}
function hasMarkupHints(text) {
  return new RegExp(MARKUP_TAG_RE.source, "i").test(text);
}
var BREAKS = /* @__PURE__ */ new Set(["br", "hr"]);
var BLOCKS = /* @__PURE__ */ new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "section", "article", "header", "footer", "blockquote", "pre", "center", "tbody", "thead"]);
var BOLD = /* @__PURE__ */ new Set(["strong", "b"]);
function markupHintsToText(text, markdown2) {
  const edits = [];
  const re = new RegExp(MARKUP_TAG_RE.source, MARKUP_TAG_RE.flags);
  let scanned = 0;
  let lineStart = 0;
  let openBold = null;
  let openLink = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    for (let nl2 = text.indexOf("\n", scanned); nl2 >= 0 && nl2 < start; nl2 = text.indexOf("\n", nl2 + 1)) lineStart = nl2 + 1;
    scanned = end;
    const edit = { start, end, insert: "" };
    if (BREAKS.has(name)) edit.insert = "\n";
    else if (BLOCKS.has(name)) edit.insert = "\n\n";
    else if (name === "li") edit.insert = closing ? "\n" : markdown2 ? "\n- " : "\n\u2022 ";
    else if (name === "td" || name === "th") edit.insert = closing ? " " : "";
    else if (BOLD.has(name)) {
      if (!closing) {
        openBold = start - lineStart <= 300 && text.slice(lineStart, start).replace(TAG_RE, "").trim() === "" ? edit : null;
      } else if (openBold && BOLD_LINE_TAIL_RE.test(text.slice(end, end + 40))) {
        const inner = start - openBold.end <= 600 ? text.slice(openBold.end, start).replace(TAG_RE, "").trim() : "";
        if (inner && inner.length <= 120 && !inner.includes("\n")) openBold.insert = "**", edit.insert = "**";
        openBold = null;
      }
    } else if (name === "a") {
      if (!closing) {
        const href = HREF_ATTR_RE.exec(m[0]);
        openLink = href ? { edit, href: href[1], hrefAt: start + href.index + href[0].length - href[1].length, textStart: end } : null;
      } else if (openLink) {
        const inner = text.slice(openLink.textStart, Math.min(start, openLink.textStart + 2e3)).replace(TAG_RE, "").trim();
        if (inner && !inner.includes(openLink.href)) {
          const { edit: open, href, hrefAt } = openLink;
          const hrefEnd = hrefAt + href.length;
          edits.push({ start: open.start, end: hrefAt, insert: markdown2 ? "<" : "" }, { start: hrefEnd, end: open.end, insert: markdown2 ? "> " : " " });
          open.end = open.start;
        }
        openLink = null;
      }
    }
    edits.push(edit);
    if (edit.insert.includes("\n")) lineStart = end;
  }
  return applyEdits(text, edits);
}

// src/input/entities.ts
import { decodeHTMLStrict } from "entities";
function decodeEntity(entity) {
  const body = entity.slice(1, -1);
  if (body.charCodeAt(0) === 35) {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 1114111 || code >= 55296 && code <= 57343) return entity;
    return code >= 128 && code <= 159 ? cp1252Char(code) : String.fromCodePoint(code);
  }
  const out = decodeHTMLStrict(entity);
  return out === "\xAD" || out === "\u200D" || out === "\u200C" ? "" : out;
}

// src/input/mojibake.ts
var CP1252_BYTE = /* @__PURE__ */ new Map();
for (let b = 128; b <= 255; b++) CP1252_BYTE.set(cp1252Char(b), b);
var UTF82 = new TextDecoder("utf-8", { fatal: true });
function mojibakeEdits(text) {
  const edits = [];
  const re = new RegExp(MOJIBAKE_RUN_RE.source, MOJIBAKE_RUN_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fixed = decodeRun(m[0]);
    if (fixed !== null) edits.push({ start: m.index, end: m.index + m[0].length, insert: fixed });
  }
  return applyEdits(text, edits);
}
function decodeRun(run) {
  const bytes2 = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    const b = CP1252_BYTE.get(run[i]) ?? (c >= 128 && c <= 159 ? c : void 0);
    if (b === void 0) return null;
    bytes2[i] = b;
  }
  try {
    return UTF82.decode(bytes2);
  } catch {
    return null;
  }
}

// src/input/normalize.ts
function normalizeText(input, options = {}) {
  if (MOJIBAKE_HINT_RE.test(input)) {
    const pre = mojibakeEdits(input);
    if (pre.text !== input) {
      const n = normalizeRepaired(pre.text, options);
      return { text: n.text, toOriginal: (i) => pre.toSource(n.toOriginal(i)) };
    }
  }
  return normalizeRepaired(input, options);
}
function normalizeRepaired(input, options) {
  const decodeEntities = options.entities !== false;
  const normStarts = [0];
  const origStarts = [0];
  let out = "";
  let last = 0;
  NORMALIZE_RE.lastIndex = 0;
  const source = MOJIBAKE_HINT_RE.test(input) ? input : null;
  const re = new RegExp(NORMALIZE_RE.source, NORMALIZE_RE.flags);
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const s = m[0];
    let rep;
    const c = s.charCodeAt(0);
    if (c === 13) rep = "\n";
    else if (c === 38) {
      if (!decodeEntities) continue;
      rep = decodeEntity(s);
      if (rep === "&") {
        const tail = ENTITY_TAIL_RE.exec(input.slice(m.index + s.length, m.index + s.length + 12));
        if (tail) {
          rep = decodeEntity("&" + tail[0]);
          re.lastIndex = m.index + s.length + tail[0].length;
          out += input.slice(last, m.index);
          normStarts.push(out.length);
          origStarts.push(m.index);
          out += normSpace(rep);
          last = re.lastIndex;
          normStarts.push(out.length);
          origStarts.push(last);
          continue;
        }
      }
      rep = normSpace(rep);
    } else if (c === 8203 || c === 8204 || c === 8205 || c === 8288 || c === 65279 || c === 173) rep = "";
    else if (c === 11 || c === 12) rep = "\n";
    else if (isStyledUnit(c)) rep = s.normalize("NFKC");
    else if (c < 32 || c >= 127 && c <= 159) rep = "";
    else rep = " ";
    out += input.slice(last, m.index);
    normStarts.push(out.length);
    origStarts.push(m.index);
    out += rep;
    last = m.index + s.length;
    normStarts.push(out.length);
    origStarts.push(last);
  }
  out += input.slice(last);
  if (source !== null) {
    const repaired = mojibakeEdits(out);
    if (repaired.text !== out) {
      const toNormalised = makeMap(normStarts, origStarts, input.length, out.length);
      return { text: repaired.text, toOriginal: (i) => toNormalised(repaired.toSource(i)) };
    }
  }
  return { text: out, toOriginal: makeMap(normStarts, origStarts, input.length, out.length) };
}
function normSpace(s) {
  return s === "\xA0" || s === "\u202F" ? " " : s;
}
function makeMap(norm, orig, origLen, outLen) {
  return (offset) => offset >= outLen ? origLen : mapBack(norm, orig, offset, origLen);
}

// src/input/sniff.ts
function sniffFormat(text) {
  const head = text.length > 8e3 ? text.slice(0, 8e3) : text;
  if (hasHtmlStructure(head)) return "html";
  const tags = head.match(HTML_TAG_RE);
  if ((HTML_START_RE.test(head) || tags && tags.length >= 3) && !head.trim().includes("\n")) return "html";
  let md = 0;
  if (MD_ATX_LINE_RE.test(head)) md += 2;
  if (MD_LINK_RE.test(head)) md++;
  if (MD_BOLD_RE.test(head)) md++;
  if (JINA_MARKDOWN_RE.test(head) || JINA_URL_SOURCE_RE.test(head)) md += 2;
  if (MD_TABLE_ROW_RE.test(head) && MD_TABLE_RULE_RE.test(head)) md++;
  return md >= 2 ? "markdown" : "text";
}

// src/sections/classify.ts
function compile(pick2) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const lex of LEXICONS) {
    for (const [kind, stems] of Object.entries(pick2(lex) ?? {})) {
      for (const raw of stems ?? []) {
        const suffix = raw.startsWith("-") ? raw.slice(1).toLowerCase() : null;
        const key = suffix ?? phraseKey(raw);
        const id = kind + "|" + (suffix ? "-" : "") + key;
        if (!key || seen.has(id)) continue;
        seen.add(id);
        out.push({ kind, words: suffix ? [] : key.split(" "), suffix });
      }
    }
  }
  return out;
}
var HEADING_STEMS = compile((l) => l.headingStems);
var EXACT = /* @__PURE__ */ new Set();
for (const lex of LEXICONS) for (const phrases of Object.values(lex.headings)) for (const p of phrases ?? []) EXACT.add(phraseKey(p));
var ITEM_STEMS = compile((l) => l.itemStems);
var SHORT_STEM = 3;
function opensAt(words, at, stem) {
  if (at + stem.length > words.length) return false;
  for (let j = 0; j < stem.length; j++) {
    const w = words[at + j];
    const whole = j < stem.length - 1 || stem[j].length <= SHORT_STEM;
    if (whole ? w !== stem[j] : !w.startsWith(stem[j])) return false;
  }
  return true;
}
function occurs(words, stem) {
  for (let i = 0; i < words.length; i++) if (opensAt(words, i, stem)) return true;
  return false;
}
function add2(scores, kind, w) {
  scores.set(kind, (scores.get(kind) ?? 0) + w);
}
function topTwo(scores) {
  let best = null;
  let top = 0;
  let second = 0;
  for (const [k, v] of scores) {
    if (v > top) {
      second = top;
      top = v;
      best = k;
    } else if (v > second) second = v;
  }
  return { best, top, second };
}
function winner(scores, margin) {
  const { best, top, second } = topTwo(scores);
  if (best === null || top <= 0) return { kind: null, tied: [] };
  if (top - second >= margin) return { kind: best, tied: [] };
  const tied = [...scores].filter(([, v]) => v === top).map(([k]) => k);
  if (tied.length === 2 && tied.includes("skills") && tied.includes("requirements")) return { kind: "requirements", tied };
  return { kind: null, tied };
}
function headingCore(text) {
  let s = foldStyled(text).trim();
  let i = 0;
  while (i < s.length && !LETTER_OR_DIGIT_RE.test(s[i])) i++;
  s = s.slice(i);
  let j = 0;
  while (j < s.length && j < 6 && LETTER_OR_DIGIT_RE.test(s[j])) j++;
  const lead = s.slice(0, j);
  const after = s[j];
  const digits = lead.length > 0 && lead.length <= 2 && [...lead].every((c) => c >= "0" && c <= "9");
  const letter = lead.length === 1 && !digits;
  const roman = lead.length > 0 && lead.length <= 4 && [...lead.toLowerCase()].every((c) => c === "i" || c === "v" || c === "x");
  const closes = after === "." || after === ")" || after === "-" || after === "\u2013";
  if (j < s.length && (digits && (closes || after === " ") || (letter || roman) && closes)) {
    s = s.slice(j + 1);
    let k = 0;
    while (k < s.length && !LETTER_OR_DIGIT_RE.test(s[k])) k++;
    s = s.slice(k);
  }
  return s;
}
function headingScores(text) {
  const scores = /* @__PURE__ */ new Map();
  const core = headingCore(text);
  const key = phraseKey(core);
  if (!key) return scores;
  const words = key.split(" ");
  if (words.length > 12) return scores;
  const phrase = classifyHeading(core);
  if (phrase?.kind) add2(scores, phrase.kind, 0.5);
  stemVotes(words, scores);
  return scores;
}
function stemVotes(words, scores, nounsOnly = false) {
  const best = words.map(() => ({ len: 0, kinds: /* @__PURE__ */ new Set(), noun: false }));
  for (const s of HEADING_STEMS) {
    if (!s.words.length) continue;
    const len = s.words.join(" ").length;
    for (let i = 0; i < words.length; i++) {
      if (!opensAt(words, i, s.words)) continue;
      for (let j = 0; j < s.words.length; j++) {
        const b = best[i + j];
        if (len > b.len) {
          b.len = len;
          b.kinds = /* @__PURE__ */ new Set([s.kind]);
          b.noun = nounStem(s);
        } else if (len === b.len) b.kinds.add(s.kind);
      }
    }
  }
  for (const b of best) if (!nounsOnly || b.noun) for (const k of b.kinds) add2(scores, k, HEADING_WEIGHT[k] ?? 1);
}
var LEAD_IN_KINDS = /* @__PURE__ */ new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "interview-process", "skills"]);
var LEAD_IN_CONFIRM = /* @__PURE__ */ new Set(["interview-process", "skills"]);
var LEAD_IN_WORDS = 30;
function leadInKind(text, items) {
  let clause = text.trim();
  if (clause.endsWith(":") || clause.endsWith("\uFF1A")) clause = clause.slice(0, -1);
  const cut = Math.max(clause.lastIndexOf(". "), clause.lastIndexOf("! "), clause.lastIndexOf("? "));
  if (cut >= 0) clause = clause.slice(cut + 2);
  clause = withoutBrackets(clause);
  const key = phraseKey(foldStyled(clause));
  if (!key) return null;
  const words = key.split(" ").slice(-LEAD_IN_WORDS);
  const byItems = listKind(items, 1 / 3);
  const all = /* @__PURE__ */ new Map();
  stemVotes(words, all);
  const kind = winner(all, 1).kind;
  if (kind && LEAD_IN_KINDS.has(kind) && byItems === kind) return kind;
  if (byItems !== null && byItems !== "skills") return null;
  if (items.length < 2) return null;
  const nouns = /* @__PURE__ */ new Map();
  stemVotes(words, nouns, true);
  const noun = winner(nouns, 1).kind;
  return noun && LEAD_IN_KINDS.has(noun) && !LEAD_IN_CONFIRM.has(noun) ? noun : null;
}
function withoutBrackets(text) {
  let out = "";
  let depth = 0;
  for (const c of text) {
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}
function nounStem(stem) {
  return stem.words.length === 1 && stem.words[0].length >= 5;
}
var HEADING_WEIGHT = { "nice-to-have": 2 };
function classifySectionHeading(text, options = {}) {
  const core = headingCore(text);
  if (core.length === 0 || core.length > 90) return { cls: null, tied: [] };
  const phrase = classifyHeading(core);
  if (phrase?.chrome) return { cls: phrase, tied: [] };
  const key = phraseKey(core);
  if (phrase?.kind && EXACT.has(key)) return { cls: phrase, tied: [] };
  const words = key.split(" ");
  if (!phrase && sentenceLike(core)) {
    const head = core.slice(0, core.indexOf(","));
    if (head.length > 0 && head.split(" ").length <= 3 && !sentenceLike(head)) return classifySectionHeading(head, options);
    return { cls: null, tied: [] };
  }
  if (words.length > 8 || namesRole(key)) return { cls: null, tied: [] };
  const scores = headingScores(text);
  const { kind, tied } = winner(scores, 0.5);
  const content = Math.max(1, words.filter((w) => w.length >= 4).length);
  if (kind && (scores.get(kind) ?? 0) >= content * (options.cover ?? 0.25)) return { cls: { kind }, tied };
  return { cls: phrase?.kind && tied.length === 0 && !options.cover ? phrase : null, tied };
}
function sentenceLike(text) {
  return text.includes(",") || text.includes("(") || text.endsWith(".") || text.includes("; ");
}
var ROLES = new Set(ROLE_WORDS.map((w) => phraseKey(w)));
function namesRole(key) {
  const words = key.split(" ");
  for (let i = 0; i < words.length; i++) {
    if (ROLES.has(words[i])) return true;
    if (i + 1 < words.length && ROLES.has(words[i] + " " + words[i + 1])) return true;
  }
  return false;
}
var ITEM_WEIGHT = { "nice-to-have": 2, benefits: 1.5 };
var ITEM_KINDS = /* @__PURE__ */ new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "interview-process", "skills"]);
function itemScores(text) {
  const scores = /* @__PURE__ */ new Map();
  const key = phraseKey(foldStyled(text.length > 300 ? text.slice(0, 300) : text));
  if (!key) return scores;
  const words = key.split(" ");
  for (const s of ITEM_STEMS) {
    if (!ITEM_KINDS.has(s.kind)) continue;
    const w = ITEM_WEIGHT[s.kind] ?? 1;
    if (s.suffix !== null) {
      const first = words[0];
      if (first.length >= s.suffix.length + 3 && first.endsWith(s.suffix)) add2(scores, s.kind, w);
      continue;
    }
    const hit = s.kind === "responsibilities" ? opensAt(words, 0, s.words) : occurs(words, s.words);
    if (hit) add2(scores, s.kind, w);
  }
  if (scores.size === 0 && words.length <= 3 && text.length <= 40 && !SENTENCE_END_RE.test(text) && hasCapitalOrSymbol(text)) add2(scores, "skills", 1);
  return scores;
}
function hasCapitalOrSymbol(text) {
  for (const c of text) if (c !== c.toLowerCase() || c === "/" || c === "#" || c === "+" || c === ".") return true;
  return false;
}
function itemKind(text) {
  return winner(itemScores(text), 1).kind;
}
function listKind(items, share = 1 / 3) {
  if (items.length < 2) return null;
  const counts = /* @__PURE__ */ new Map();
  for (const t of items) {
    const k = itemKind(t);
    if (k) add2(counts, k, 1);
  }
  const { best, top, second } = topTwo(counts);
  if (!best || top < 2 || top < items.length * share || top < second * 2) return null;
  return best;
}
var SEGMENT_KINDS = /* @__PURE__ */ new Set(["responsibilities", "requirements", "nice-to-have", "benefits"]);
function segmentList(items, minRun = 3) {
  const labels = items.map((t) => itemKind(t));
  const filled = labels.slice();
  const prevKind = [];
  const nextKind = new Array(labels.length).fill(null);
  for (let i = 0, k = null; i < labels.length; i++) {
    prevKind.push(k);
    if (labels[i] !== null) k = labels[i];
  }
  for (let i = labels.length - 1, k = null; i >= 0; i--) {
    nextKind[i] = k;
    if (labels[i] !== null) k = labels[i];
  }
  for (let i = 0; i < filled.length; i++) {
    if (filled[i] !== null) continue;
    const before = prevKind[i];
    const after = nextKind[i];
    if (before && (before === after || after === null)) filled[i] = before;
    else if (after && before === null) filled[i] = after;
  }
  const out = items.map(() => null);
  let runs = 0;
  let from = 0;
  for (let i = 1; i <= filled.length; i++) {
    if (i < filled.length && filled[i] === filled[from]) continue;
    const kind = filled[from];
    const run = items.slice(from, i);
    const wordy = run.reduce((n, t) => n + t.length, 0) >= run.length * 25;
    if (kind && SEGMENT_KINDS.has(kind) && run.length >= minRun && wordy && listKind(run) === kind) {
      for (let k = from; k < i; k++) out[k] = kind;
      runs++;
    }
    from = i;
  }
  return runs >= 2 ? out : null;
}

// src/input/text-to-mdast.ts
function textToMdast(text) {
  const lines = splitLines(text);
  const children = [];
  let list = null;
  let listIndents = [];
  let para = null;
  let prevBlank = true;
  let prevHeading = false;
  let lastItem = null;
  const closePara = () => {
    if (para) children.push(para.node);
    para = null;
  };
  const closeList = () => {
    list = null;
    listIndents = [];
    lastItem = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) {
      closePara();
      prevBlank = true;
      prevHeading = false;
      continue;
    }
    const body = text.slice(line.start, line.end);
    const bullet = BULLET_RE.exec(text.slice(line.start - line.indent, line.end)) ?? GLUED_BULLET_RE.exec(body);
    const pieces = splitGluedBullets(body);
    if (bullet || pieces.length > 1) {
      closePara();
      const offset = bullet && pieces.length <= 1 ? bullet[0].length - bullet[1].length : 0;
      const parts = pieces.length > 1 ? pieces : [{ text: body.slice(offset), at: offset }];
      for (const part of parts) {
        const depth = nestDepth(listIndents, line.indent);
        listIndents = listIndents.slice(0, depth + 1);
        listIndents[depth] = line.indent;
        const item = makeItem(part.text, line.start + part.at, line.end, line);
        if (!list) {
          list = { type: "list", ordered: DIGIT_START_RE.test(body), spread: false, children: [], position: pos(item) };
          children.push(list);
        }
        addItem(list, item, depth);
        lastItem = item;
      }
      prevBlank = false;
      prevHeading = false;
      continue;
    }
    if (lastItem && !prevBlank && line.indent > 0 && list) {
      appendText(lastItem.children[0], " " + body, line.end);
      continue;
    }
    const after = lines[i + 1];
    const level = headingLevel(body, {
      prevBlank,
      prevText: prevBlank || i === 0 ? null : text.slice(lines[i - 1].start, lines[i - 1].end),
      prevHeading,
      following: followingTexts(text, lines, i, 3),
      nextIsBullet: after !== void 0 && !after.blank && bulletAt(text, after)
    });
    if (level > 0) {
      closePara();
      closeList();
      const atx = ATX_HEADING_RE.exec(body);
      const bold = BOLD_LINE_RE.exec(body);
      const value = (atx ? atx[2] : bold ? bold[1] : body).replace(INTRO_END_RE, "").trim();
      const heading = {
        type: "heading",
        // a bare line judged a heading, as opposed to a "## Markdown" one the writer marked
        data: atx ? void 0 : { bare: true },
        depth: atx ? atx[1].length : level,
        children: [{ type: "text", value, position: span(line.start, line.end) }],
        position: span(line.start, line.end)
      };
      children.push(heading);
      prevBlank = false;
      prevHeading = true;
      continue;
    }
    if (list && !prevBlank) {
      closeList();
    }
    if (list && prevBlank) closeList();
    const p = para;
    if (p) {
      appendText(p.node, "\n" + body, line.end);
      p.lines.push(line);
    } else {
      para = {
        node: { type: "paragraph", children: [{ type: "text", value: body, position: span(line.start, line.end) }], position: span(line.start, line.end) },
        lines: [line]
      };
    }
    prevBlank = false;
    prevHeading = false;
  }
  closePara();
  return { type: "root", children, position: span(0, text.length) };
}
function splitLines(text) {
  const out = [];
  let at = 0;
  while (at <= text.length) {
    let nl2 = text.indexOf("\n", at);
    if (nl2 < 0) nl2 = text.length;
    let s = at;
    let indent = 0;
    while (s < nl2 && (text[s] === " " || text[s] === "	")) {
      indent += text[s] === "	" ? 4 : 1;
      s++;
    }
    let e = nl2;
    while (e > s && (text[e - 1] === " " || text[e - 1] === "	")) e--;
    out.push({ text: "", start: s, end: e, indent, blank: s === e });
    at = nl2 + 1;
  }
  return out;
}
function bulletAt(text, line) {
  return BULLET_RE.test(text.slice(line.start - line.indent, line.end)) || GLUED_BULLET_RE.test(text.slice(line.start, line.end));
}
function splitGluedBullets(body) {
  let count2 = 0;
  for (let i = 0; i < body.length; i++) if (body[i] === "\u2022") count2++;
  if (count2 < 2) return [];
  const out = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body[i] === "\u2022") {
      const piece = body.slice(start, i);
      const trimmed = piece.trim();
      if (trimmed) out.push({ text: trimmed, at: start + piece.indexOf(trimmed) });
      start = i + 1;
    }
  }
  return out.length > 1 ? out : [];
}
function nestDepth(indents, indent) {
  if (indents.length === 0) return 0;
  for (let d = 0; d < indents.length; d++) if (indent <= indents[d]) return d;
  return Math.min(indents.length, 5);
}
function makeItem(value, start, end, _line) {
  const text = value.trim();
  return {
    type: "listItem",
    spread: false,
    children: [{ type: "paragraph", children: [{ type: "text", value: text, position: span(start, end) }], position: span(start, end) }],
    position: span(start, end)
  };
}
function addItem(list, item, depth) {
  let target = list;
  for (let d = 0; d < depth; d++) {
    const parent = target.children[target.children.length - 1];
    if (!parent) break;
    let sub = parent.children.find((c) => c.type === "list");
    if (!sub) {
      sub = { type: "list", ordered: false, spread: false, children: [], position: pos(item) };
      parent.children.push(sub);
    }
    target = sub;
  }
  target.children.push(item);
  if (list.position && item.position) list.position.end = item.position.end;
}
function appendText(p, extra, end) {
  const t = p.children[p.children.length - 1];
  if (t && t.type === "text") {
    t.value += extra;
    if (t.position) t.position.end = point2(end);
  }
  if (p.position) p.position.end = point2(end);
}
function followingTexts(text, lines, i, n) {
  const out = [];
  for (let j = i + 1; j < lines.length && out.length < n; j++) {
    if (lines[j].blank) break;
    out.push(text.slice(lines[j].start, lines[j].end));
  }
  return out;
}
function headingLevel(body, around) {
  if (body.length > 90) return 0;
  if (ATX_HEADING_RE.test(body)) return 2;
  if (BOLD_LINE_RE.test(body)) return 3;
  const endsColon = COLON_END_RE.test(body);
  const stripped = endsColon ? body.slice(0, -1).trimEnd() : body;
  if (around.prevBlank && stripped.endsWith("?") && stripped === stripped.toUpperCase() && stripped !== stripped.toLowerCase() && stripped.length <= 80 && classifySectionHeading(stripped).cls?.kind) return 2;
  if (stripped.length === 0 || SENTENCE_END_RE.test(stripped)) return 0;
  if (!endsColon && KEY_VALUE_RE.test(body)) return 0;
  const words = stripped.split(WHITESPACE_SPLIT_RE);
  const following = around.following;
  const afterBlank = following.length === 0;
  const contentFollows = around.nextIsBullet || following.some((t) => t.length >= 60 || BULLET_RE.test(t));
  if (words.length <= 12 && classifyHeading(stripped)) {
    if (around.prevBlank || endsColon || afterBlank || contentFollows) return 2;
    return 0;
  }
  if (endsColon && words.length <= 30 && classifyLeadIn(stripped)) return 3;
  if (!SENTENCE_START_RE.test(stripped)) return 0;
  if (words.length > 8) return 0;
  if (endsColon) {
    if (COMMA_RE.test(stripped) && words.length > 3) return 0;
    return titleCased(words) || words.length <= 3 ? 3 : 0;
  }
  if (!titleCased(words)) return 0;
  if (around.prevBlank && afterBlank) return 2;
  if (around.prevBlank && around.nextIsBullet) return 2;
  const prevIsProse = around.prevText !== null && (around.prevText.length >= 60 || SENTENCE_END_RE.test(around.prevText));
  if (words.length <= 6 && following.length > 0 && following[0].length >= 60 && (around.prevBlank || prevIsProse || around.prevHeading)) return 3;
  return 0;
}
var SMALL_WORDS = /* @__PURE__ */ new Set(["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "de", "la", "le", "et", "und", "y", "e", "du", "des", "der", "die", "das", "el", "los", "las", "en", "\xE0", "&", "-", "\u2013", "/", "|", "is", "are", "you", "your"]);
function titleCased(words) {
  let cap = 0;
  let counted = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    counted++;
    if (TITLE_WORD_START_RE.test(w)) cap++;
  }
  return counted === 0 ? false : cap / counted >= 0.6;
}
function point2(offset) {
  return { line: 1, column: 1, offset };
}
function span(start, end) {
  return { start: point2(start), end: point2(end) };
}
function pos(item) {
  return item.position ? { start: { ...item.position.start }, end: { ...item.position.end } } : void 0;
}

// src/input/prepare.ts
var InputError = class extends Error {
  code;
  constructor(code, message) {
    super(message);
    this.name = "InputError";
    this.code = code;
  }
};
function prepareInput(input, format = "auto") {
  const prepared = buildTree(input, format);
  capDepth(prepared.tree, MDAST_CAPPING);
  return prepared;
}
function buildTree(input, format) {
  if (typeof input !== "string") {
    const known = binaryFormatOf(input);
    if (known) throw new InputError("binary", `not text: the input is ${known}`);
  }
  const original = typeof input === "string" ? input : decodeBytes(input).text;
  if (looksBinary(original)) throw new InputError("binary", "not text: the input looks like binary data");
  const fmAtStart = findFrontMatter(original);
  const rest = fmAtStart ? original.slice(fmAtStart.end) : original;
  let fmt = format === "auto" ? sniffFormat(rest) : format;
  if (fmt === "html" && !hasHtmlStructure(rest.slice(0, 8e3)) && rest.trim().includes("\n")) fmt = "text";
  const norm = normalizeText(original, { entities: fmt !== "html" });
  const fm = fmAtStart ? findFrontMatter(norm.text) : null;
  const front = fm ? readFrontMatter(norm.text, fm) : null;
  const body = fm ? blankFrontMatter(norm.text, fm) : norm.text;
  if (body.trim().length === 0 && !front) throw new InputError("empty", "empty: the input has no text");
  if (fmt === "html" && htmlNestingDepth(body) > MAX_HTML_NESTING) return htmlAsText(body, original, norm.toOriginal, front);
  if (fmt === "html") {
    try {
      const { tree: tree2, structured } = htmlToMdast(body);
      return { original, text: body, toOriginal: norm.toOriginal, format: fmt, tree: tree2, structured: mergeFacts(structured, front) };
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return htmlAsText(body, original, norm.toOriginal, front);
    }
  }
  const hinted = hasMarkupHints(body) ? markupHintsToText(body, fmt === "markdown") : null;
  const source = hinted ? hinted.text : body;
  const toBody = (i) => hinted ? hinted.toSource(i) : i;
  const repaired = fmt === "markdown" ? repairScrapedMarkdown(source) : repairPlainText(source, (s) => classifyHeading(s) !== null);
  const toNorm = (i) => toBody(repaired.toSource(i));
  const toOriginal = (i) => norm.toOriginal(toNorm(i));
  const tree = fmt === "markdown" ? markdownToMdast(repaired.text) : textToMdast(repaired.text);
  return { original, text: repaired.text, toOriginal, format: fmt, tree, structured: remapFacts(front, { text: repaired.text, toSource: toNorm }) };
}
function mergeFacts(jsonld, front) {
  if (!front) return jsonld;
  if (!jsonld) return front;
  const out = { ...front };
  const where = {};
  for (const [k, v] of Object.entries(front.where ?? {})) where[k] = v;
  for (const [k, v] of Object.entries(jsonld)) {
    if (k === "where" || v === void 0 || Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
    for (const w of Object.keys(where)) if (w === k || w.startsWith(`${k}[`)) delete where[w];
    for (const [w, spans] of Object.entries(jsonld.where ?? {})) if (w === k || w.startsWith(`${k}[`)) where[w] = spans;
  }
  out.where = where;
  return out;
}
function remapFacts(facts, repaired) {
  if (!facts) return null;
  const forward = (source) => {
    let lo = 0;
    let hi = repaired.text.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (repaired.toSource(mid) < source) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const move = (s) => ({ start: forward(s.start), end: forward(s.end) });
  const where = {};
  for (const [k, spans] of Object.entries(facts.where ?? {})) where[k] = spans.map(move);
  return { ...facts, where, removed: facts.removed?.map((r) => ({ ...r, span: move(r.span) })) };
}
var markdown = unified2().use(remarkParse);
function markdownToMdast(text) {
  return markdown.parse(text);
}
var MAX_HTML_NESTING = 1e3;
var NOT_NESTING = /* @__PURE__ */ new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "script", "style"]);
function htmlNestingDepth(html) {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG_NAME_RE)) {
    if (NOT_NESTING.has(m[2].toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}
function htmlAsText(body, original, toOriginal, front) {
  const text = body.replace(TAG_RE, (tag) => "\n" + " ".repeat(tag.length - 1));
  return { original, text, toOriginal, format: "text", tree: textToMdast(text), structured: front };
}

// src/schema.ts
import { z } from "zod";
var isoDate = z.string().regex(ISO_DAY_RE);
var LocationSchema = z.object({
  raw: z.string(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  countryCode: z.string().length(2).nullable()
});
var SalarySchema = z.object({
  raw: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().length(3).nullable(),
  period: z.enum(["hour", "day", "week", "month", "year"]).nullable()
});
var SECTION_KINDS = [
  "about-company",
  "about-role",
  "overview",
  "teams",
  "responsibilities",
  "requirements",
  "nice-to-have",
  "benefits",
  "compensation",
  "interview-process",
  "skills",
  "tags",
  "diversity",
  "how-to-apply",
  "other"
];
var SectionSchema = z.object({
  heading: z.string().nullable(),
  kind: z.enum(SECTION_KINDS),
  text: z.string(),
  items: z.array(z.string())
});
var SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });
var EvidenceSchema = z.object({
  how: z.enum(["stated", "derived", "inferred"]),
  spans: z.array(SpanSchema)
});
var JobPostingSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string().nullable(),
  company: z.string().nullable(),
  locations: z.array(LocationSchema),
  workplaceType: z.enum(["onsite", "remote", "hybrid"]).nullable(),
  employmentType: z.enum(["full-time", "part-time", "contract", "temporary", "internship", "freelance", "volunteer"]).nullable(),
  salary: SalarySchema.nullable(),
  postedAt: isoDate.nullable(),
  validThrough: isoDate.nullable(),
  category: z.string().nullable(),
  seniority: z.enum(["intern", "junior", "mid", "senior", "lead", "principal", "executive"]).nullable(),
  experience: z.object({ raw: z.string(), minYears: z.number().nullable(), maxYears: z.number().nullable() }).nullable(),
  education: z.object({
    raw: z.string(),
    level: z.enum(["high-school", "associate", "bachelor", "master", "doctorate", "other"])
  }).nullable(),
  summary: z.string().nullable(),
  description: z.string(),
  sections: z.array(SectionSchema),
  teams: z.array(z.object({ name: z.string(), description: z.string().nullable() })),
  responsibilities: z.array(z.string()),
  requirements: z.array(z.string()),
  niceToHave: z.array(z.string()),
  benefits: z.array(z.string()),
  interviewProcess: z.array(z.object({ name: z.string(), durationMinutes: z.number().nullable() })),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  contacts: z.object({ emails: z.array(z.string()), urls: z.array(z.string()) }),
  applyUrl: z.string().nullable(),
  language: z.string().length(2).nullable(),
  removed: z.array(z.object({ kind: z.string(), text: z.string() })),
  warnings: z.array(z.string()),
  evidence: z.record(z.string(), EvidenceSchema).optional()
});

// src/sections/labels.ts
var LABEL_SECTIONS = /* @__PURE__ */ new Set(["overview", "other", "about-role", "compensation", "how-to-apply"]);
var LIST_KINDS = /* @__PURE__ */ new Set(["tags", "skills", "benefits", "nice-to-have"]);
var PAIR_ANYWHERE = /* @__PURE__ */ new Set(["location", "salary", "employmentType", "workplaceType", "validThrough"]);
function collectLabels(sections, headerBlocks2, chrome = /* @__PURE__ */ new Set()) {
  const hits = [];
  for (const s of sections) {
    const chromeOnlyKeyValues = s.chrome === "board";
    if (s.chrome && !chromeOnlyKeyValues) continue;
    const where = s.kind === "overview" ? "overview" : "body";
    const blocks = s.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      const w = headerBlocks2.has(b) ? "header" : where;
      if (b.type === "heading" && b.pseudo === false && b.depth < 3) continue;
      const kv = KEY_VALUE_RE.exec(b.text);
      if (kv) {
        const field = labelField(kv[1]);
        if (field) {
          hits.push({ field, label: kv[1].trim(), value: kv[2].trim(), block: b, where: w });
          continue;
        }
      }
      if (chromeOnlyKeyValues) continue;
      if (w !== "body" || s.kind === "overview" || b.type === "item") {
        const glued = b.text.length <= 200 ? gluedLabel(b.text) : null;
        if (glued && glued.value) {
          hits.push({ field: glued.field, label: glued.label, value: glued.value, block: b, where: w });
          continue;
        }
      }
      const factLabel = PAIR_ANYWHERE.has(labelField(b.text.replace(COLON_END_RE, "")) ?? "title") && (COLON_END_RE.test(b.text) || !LIST_KINDS.has(s.kind));
      if ((w !== "body" || LABEL_SECTIONS.has(s.kind) || factLabel) && b.text.length <= 40 && i + 1 < blocks.length) {
        const field = labelField(b.text.replace(COLON_END_RE, ""));
        const next = blocks[i + 1];
        const prev = blocks[i - 1];
        const inMenu = prev !== void 0 && prev.text.length <= 40 && labelField(prev.text.replace(COLON_END_RE, "")) !== null;
        if (field && !inMenu && !chrome.has(b) && !chrome.has(next) && next.text.length <= 80 && !labelField(next.text) && (b.type !== "paragraph" || next.type !== "heading")) {
          hits.push({ field, label: b.text, value: next.text, block: next, labelBlock: b, where: w });
          i++;
        }
      }
    }
  }
  return hits;
}

// src/sections/menus.ts
var TOP = 30;
var MENU_ENTRY_CHARS = 32;
var MENU_ENTRY_WORDS = 4;
var MIN_RUN = 4;
function menuBlocks(blocks, already) {
  const out = [];
  const top = blocks.slice(0, TOP);
  let i = 0;
  while (i < top.length) {
    if (!menuShaped(top[i], already)) {
      if (breadcrumb(top[i]) || linkRow(top[i])) out.push(top[i]);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < top.length && menuShaped(top[j], already) && top[j].type === top[i].type && top[j].list === top[i].list) j++;
    const run = top.slice(i, j);
    const votes = run.filter(menuWord).length;
    const carried = (b) => menuWord(b) || b.text.split(WHITESPACE_SPLIT_RE).length <= 2;
    if (run.length >= MIN_RUN && votes >= 2 && votes * 2 >= run.length) out.push(...run.filter((b) => !already.has(b) && carried(b)));
    i = j;
  }
  return out;
}
function menuWord(b) {
  return MENU_WORDS.has(b.text.toLowerCase()) || chromeLine(b.text) === "navigation";
}
function menuShaped(b, already) {
  if (already.has(b)) return true;
  if (b.type === "heading" && !b.pseudo) return false;
  const t = b.text;
  const words = t.split(WHITESPACE_SPLIT_RE).length;
  return !(words >= 2 && looksLikeTitle(t)) && t.length <= MENU_ENTRY_CHARS && !ANY_DIGIT_RE.test(t.replace(DOMAIN_TAIL_RE, "")) && words <= MENU_ENTRY_WORDS && !t.endsWith(":");
}
function breadcrumb(b) {
  if (b.text.length > 160) return false;
  const parts = b.text.split(BREADCRUMB_SEP_RE);
  return parts.length >= 3 && parts.every((p) => p.trim().length > 0 && p.split(WHITESPACE_SPLIT_RE).length <= 5);
}
function linkRow(b) {
  if (b.links.length < 3 || b.text.length > 200) return false;
  let rest = b.text;
  for (const l of b.links) rest = rest.replace(l.text, "");
  return rest.replace(LINK_ROW_SEPARATORS_RE, "").length === 0;
}

// src/sections/split.ts
var GROUPING = /* @__PURE__ */ new Set(["responsibilities", "requirements", "nice-to-have", "benefits", "skills", "compensation", "interview-process", "teams"]);
var STICKY_CHROME = /* @__PURE__ */ new Set(["similar-jobs", "apply-form", "faq", "advice"]);
function splitSections(blocks) {
  const sections = [];
  const chromeBlocks = [];
  let current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
  sections.push(current);
  let nested = null;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (nested && (b.type !== "item" || b.depth <= nested.depth)) {
      current = { ...nested.resume, heading: null, blocks: [], known: false };
      sections.push(current);
      nested = null;
    }
    const nextItem = blocks[bi + 1];
    if (!nested && b.type === "item" && b.text.endsWith("?") && nextItem?.type === "item" && nextItem.depth > b.depth && !current.chrome) {
      const kind = classifySectionHeading(b.text).cls?.kind;
      if (kind && NESTED_KINDS.has(kind)) {
        nested = { depth: b.depth, resume: current };
        current = { heading: { ...b, type: "heading", pseudo: true }, kind, chrome: null, blocks: [], known: true };
        sections.push(current);
        continue;
      }
    }
    const lineChrome = chromeLine(b.text);
    let leadIn = b.type !== "item" && b.text.endsWith(":") && b.text.length <= 200 ? classifyLeadIn(b.text.slice(0, -1)) : null;
    const namedAbove = current.known && GROUPING.has(current.kind) && !current.blocks.some((x) => x.type === "item") || current.heading !== null && !LETTER_RE.test(headingCore(current.heading.text));
    const headerLine = !sections.some((x) => x.known && !x.chrome) && FIRST_SENTENCE_END_RE.test(b.text);
    if (!leadIn && !namedAbove && !headerLine && b.type === "paragraph" && COLON_END_RE.test(b.text) && b.text.length <= 300 && blocks[bi + 1]?.type === "item") {
      const kind = leadInKind(b.text, listAfter(blocks, bi + 1));
      if (kind) leadIn = { kind };
    }
    if (!leadIn && b.type === "paragraph" && b.text.length <= 50 && !SENTENCE_END_RE.test(b.text) && blocks[bi + 1]?.type === "item") {
      const c = classifySectionHeading(b.text).cls;
      if (c?.kind) leadIn = c;
    }
    const pairs = b.type !== "item" || current.known ? labelRun(blocks, bi) : 0;
    if (pairs > 0 && !current.chrome) {
      if (!LABEL_HOME.has(current.kind)) {
        current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
        sections.push(current);
      }
      for (let k = bi; k < bi + pairs * 2; k++) current.blocks.push(blocks[k].type === "heading" ? { ...blocks[k], type: "paragraph", depth: 0 } : blocks[k]);
      bi += pairs * 2 - 1;
      continue;
    }
    if (b.type === "heading" || leadIn) {
      const lastBlock = current.blocks[current.blocks.length - 1];
      const inList = b.pseudo && current.known && GROUPING.has(current.kind) && lastBlock !== void 0 && lastBlock.type !== "heading";
      const byWords = b.type === "heading" ? classifySectionHeading(b.text, inList ? { cover: 0.5 } : {}) : null;
      let cls = b.type === "heading" ? byWords?.cls ?? (b.text.split(" ").length >= 3 ? classifyLeadIn(b.text) : null) : leadIn;
      const nextLen = blocks[bi + 1]?.text.length ?? 0;
      if (cls?.kind === "skills" && current.kind === "requirements" && current.heading && b.depth >= current.heading.depth && nextLen >= 60) cls = null;
      if (cls?.chrome && lineChrome && !sections.some((x) => x.known && !x.chrome)) {
        chromeBlocks.push({ block: b, kind: lineChrome });
        continue;
      }
      if (cls?.chrome) {
        current = { heading: b, kind: "other", chrome: cls.chrome, blocks: [], known: true };
        sections.push(current);
        continue;
      }
      if (lineChrome && (!cls || cls.kind === "how-to-apply")) {
        chromeBlocks.push({ block: b, kind: lineChrome });
        continue;
      }
      if (cls?.kind && cls.kind === current.kind && current.known && !current.chrome && GROUPING.has(current.kind) && current.heading && b.depth > current.heading.depth) {
        current.blocks.push(b);
        continue;
      }
      if (cls?.kind) {
        current = { heading: b, kind: cls.kind, chrome: null, blocks: [], known: true, tied: byWords?.tied };
        sections.push(current);
        continue;
      }
      const prevBlock = current.blocks[current.blocks.length - 1];
      if (!cls && b.pseudo && !current.chrome && current.known && GROUPING.has(current.kind) && prevBlock && prevBlock.type !== "heading" && prevBlock.text.length <= 200) {
        current.blocks.push({ ...b, type: "paragraph", depth: 0 });
        continue;
      }
      if (current.chrome && STICKY_CHROME.has(current.chrome)) {
        current.blocks.push(b);
        continue;
      }
      const deeper = current.heading !== null && (b.depth > current.heading.depth || b.pseudo && !current.heading.pseudo && b.depth >= 3);
      const peer = current.heading !== null && b.depth === current.heading.depth && b.pseudo === current.heading.pseudo && b.strong === current.heading.strong && !b.text.endsWith(":");
      if (!current.chrome && current.known && GROUPING.has(current.kind) && !peer && (deeper || b.text.endsWith(":") || b.depth >= 3)) {
        current.blocks.push(b);
        continue;
      }
      current = { heading: b, kind: "other", chrome: null, blocks: [], known: false, tied: byWords?.tied };
      sections.push(current);
      continue;
    }
    if (lineChrome && !current.chrome) {
      chromeBlocks.push({ block: b, kind: lineChrome });
      continue;
    }
    if (b.type === "item" && current.known && GROUPING.has(current.kind) && (badgeRun(blocks, bi, current) || contactCard(blocks, bi))) {
      current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
    }
    if (b.type === "item" && current.known && current.heading?.type === "paragraph" && GROUPING.has(current.kind) && afterProse(current, b)) {
      current = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
      sections.push(current);
    }
    current.blocks.push(b);
  }
  const kept = sections.filter((s) => s.heading !== null || s.blocks.length > 0);
  inheritEmptyHeadings(kept);
  return { sections: voteByItems(kept), chromeBlocks };
}
function listAfter(blocks, i) {
  const out = [];
  const id = blocks[i].list;
  for (let k = i; k < blocks.length && out.length < 30 && blocks[k].type === "item"; k++) if (blocks[k].list === id) out.push(blocks[k].text);
  return out;
}
var NESTED_KINDS = /* @__PURE__ */ new Set(["interview-process", "benefits", "requirements", "responsibilities"]);
var VAGUE = /* @__PURE__ */ new Set(["about-role", "other"]);
function inheritEmptyHeadings(sections) {
  for (let i = 0; i + 1 < sections.length; i++) {
    const s = sections[i];
    const next = sections[i + 1];
    if (!s.known || s.chrome || s.blocks.length > 0 || !GROUPING.has(s.kind)) continue;
    if (next.chrome || !next.heading || !VAGUE.has(next.kind)) continue;
    if (!next.blocks.some((b) => b.type === "item")) continue;
    next.kind = s.kind;
  }
}
var BADGES_MAX = 5;
var BADGE_LEN = 40;
function badgeRun(blocks, i, s) {
  const prev = s.blocks[s.blocks.length - 1];
  const b = blocks[i];
  if (!prev || prev.type !== "item" || prev.list === b.list || prev.depth !== b.depth) return false;
  const run = [];
  for (let k = i; k < blocks.length && blocks[k].type === "item" && blocks[k].list === b.list; k++) run.push(blocks[k]);
  if (run.length > BADGES_MAX || s.blocks.filter((x) => x.type === "item").length < 3) return false;
  if (run.some((x) => x.text.length > BADGE_LEN) || run.filter((x) => itemKind(x.text) === s.kind).length * 2 >= run.length) return false;
  return run.some((x) => KEY_VALUE_RE.test(x.text) || x.text.split(" ").length <= 2);
}
var CARD_MAX = 6;
var CARD_LEN = 60;
function contactCard(blocks, i) {
  const b = blocks[i];
  if (blocks[i - 1]?.type === "item" && blocks[i - 1].list === b.list) return false;
  const run = [];
  for (let k = i; k < blocks.length && blocks[k].type === "item" && blocks[k].list === b.list; k++) run.push(blocks[k]);
  if (run.length < 2 || run.length > CARD_MAX || run.some((x) => x.text.length > CARD_LEN)) return false;
  return run.some((x) => CARD_PHONE_RE.test(x.text) || x.text.includes("@") && !x.text.includes(" @")) && !SENTENCE_END_RE.test(run[0].text);
}
function afterProse(s, b) {
  const last = s.blocks[s.blocks.length - 1];
  if (!last || last.type !== "paragraph") return false;
  let first = FIRST_LIST.get(s);
  if (first === void 0) {
    first = s.blocks.find((x) => x.type === "item")?.list ?? -1;
    if (first !== -1) FIRST_LIST.set(s, first);
  }
  return first !== -1 && first !== b.list;
}
var FIRST_LIST = /* @__PURE__ */ new WeakMap();
var LABEL_HOME = /* @__PURE__ */ new Set(["overview", "other", "about-role", "about-company"]);
function labelRun(blocks, i) {
  let pairs = 0;
  let items = false;
  for (let k = i; k + 1 < blocks.length; k += 2) {
    const label = blocks[k];
    const value = blocks[k + 1];
    if (label.text.length > 40 || value.text.length > 80) break;
    if (!labelField(label.text.replace(COLON_END_RE, ""))) break;
    if (label.type === "heading" && !label.pseudo) break;
    if (labelField(value.text.replace(COLON_END_RE, "")) || COLON_END_RE.test(value.text)) break;
    if (value.type === "heading" && (!value.pseudo || classifySectionHeading(value.text).cls)) break;
    const more = blocks[k + 2];
    if (value.type === "item" && more?.type === "item" && more.list === value.list && !labelField(more.text.replace(COLON_END_RE, ""))) break;
    if (label.type === "item" || value.type === "item") items = true;
    pairs++;
  }
  if (pairs === 1 && items) return 0;
  if (pairs === 1 && blocks[i + 2]?.type === "item") return 0;
  return pairs;
}
function answers(s) {
  if (s.heading && !LETTER_RE.test(headingCore(s.heading.text))) return true;
  const first = s.blocks.findIndex((b) => b.type === "item");
  const before = first > 0 ? s.blocks[first - 1] : null;
  if (before === null || before.type === "item" || !before.text.endsWith("?")) return false;
  const items = s.blocks.filter((b) => b.type === "item");
  return items.length <= 8 && items.every((b) => b.text.length <= 60);
}
var ITEMS_SETTLE = /* @__PURE__ */ new Set(["other", "about-role"]);
var FROM_VAGUE = /* @__PURE__ */ new Set(["requirements", "nice-to-have", "benefits", "interview-process"]);
function voteByItems(sections) {
  const out = [];
  for (const s of sections) {
    const settles = ITEMS_SETTLE.has(s.kind) || (s.tied?.length ?? 0) > 0;
    const items = s.chrome || !settles ? [] : s.blocks.filter((b) => b.type === "item");
    if (items.length < 2) {
      out.push(s);
      continue;
    }
    if (answers(s)) {
      out.push(s);
      continue;
    }
    const texts = items.map((b) => b.text);
    const kind = listKind(texts, s.heading ? 1 / 3 : 0.51);
    if (s.kind === "about-role") {
      if (kind && FROM_VAGUE.has(kind)) s.kind = kind;
      out.push(s);
      continue;
    }
    if (kind && !ITEMS_SETTLE.has(s.kind)) {
      if (s.tied?.includes(kind)) s.kind = kind;
      out.push(s);
      continue;
    }
    if (kind) {
      const fits = kind === "skills" ? s.tied?.includes("skills") === true : !s.known || kind !== "interview-process";
      if (fits && (!s.tied?.length || s.tied.includes(kind))) s.kind = kind;
      out.push(s);
      continue;
    }
    const runs = s.known ? null : segmentList(texts);
    if (!runs) {
      out.push(s);
      continue;
    }
    const kindOf = new Map(items.map((b, i) => [b, runs[i]]));
    let part = { ...s, blocks: [] };
    let partKind;
    out.push(part);
    for (const b of s.blocks) {
      const k = kindOf.get(b);
      if (k !== void 0 && partKind !== void 0 && k !== partKind) {
        part = { heading: null, kind: "other", chrome: null, blocks: [], known: false };
        out.push(part);
      }
      if (k !== void 0) {
        partKind = k;
        part.kind = k ?? "other";
      }
      part.blocks.push(b);
    }
  }
  return out;
}

// src/tree/tails.ts
var TAIL_REACH = 120;
var CLOSERS = ".)!?;:";
function headingTail(text) {
  if (text.length < 16 || text.length > 2e3) return null;
  const last = text[text.length - 1];
  if (last !== ":" && last !== "\uFF1A") return null;
  const body = text.slice(0, -1).trimEnd();
  for (let i = body.length - 1; i > 1 && body.length - i <= TAIL_REACH; i--) {
    if (!UPPER_LETTER_RE.test(body[i])) continue;
    const prev = body[i - 1];
    let how;
    if (LOWER_LETTER_RE.test(prev)) how = lowerWord(body, i) ? "glued" : "camel";
    else if (CLOSERS.includes(prev)) how = "closed";
    else if (prev === " ") how = CLOSERS.includes(body[i - 2]) ? "spaced" : "space";
    else continue;
    const tail = body.slice(i).trim();
    if (count(tail, ")") > count(tail, "(")) continue;
    let head = body.slice(0, i).trim();
    if (head.split(" ").length < 2 || head.length < 12) continue;
    const words = tail.split(" ").length;
    if (words > 16) break;
    const cls = classifySectionHeading(tail).cls ?? classifyLeadIn(tail);
    const ok = how === "closed" ? cls !== null || words <= 8 : how === "glued" ? cls !== null || words >= 2 && words <= 8 : how === "camel" || how === "spaced" ? cls !== null : cls?.kind !== void 0 && words <= 4;
    if (!ok || how === "space" && lastWord(head).length <= 3) continue;
    head = head.replace(GLUED_ENUMERATOR_END_RE, "").trimEnd();
    return { head, tail };
  }
  return null;
}
function lowerWord(body, i) {
  let s = i - 1;
  while (s > 0 && body[s - 1] !== " " && !CLOSERS.includes(body[s - 1])) s--;
  return LOWER_LETTER_RE.test(body[s]);
}
function lastWord(text) {
  return text.slice(text.lastIndexOf(" ") + 1);
}
function count(text, ch) {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

// src/tree/flattened.ts
var MIN_FLAT_LINE = 300;
var MAX_HEADING_WORDS = 5;
var CLOSERS2 = ".;:!?)";
var CLAUSE_MARKS = ",.;!?";
var LIST_REACH = 400;
var MAX_ITEM = 300;
function flattenedSections(text) {
  if (text.length < MIN_FLAT_LINE) return null;
  const words = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && text[i] === " ") i++;
    const at = i;
    while (i < text.length && text[i] !== " ") i++;
    if (i > at) words.push({ w: text.slice(at, i), at });
  }
  const cuts = [];
  for (let k = 0; k < words.length; k++) {
    const first = words[k].w;
    if (!UPPER_LETTER_RE.test(first[0] ?? "")) continue;
    const prev = k > 0 ? words[k - 1].w : "";
    const opensLine = k === 0 || CLOSERS2.includes(prev[prev.length - 1] ?? "");
    for (let n = Math.min(MAX_HEADING_WORDS, words.length - k); n >= 1; n--) {
      const last = words[k + n - 1];
      const glued = last.w.indexOf(":");
      const lastWord2 = glued > 0 ? last.w.slice(0, glued) : last.w;
      const phrase = [...words.slice(k, k + n - 1).map((x) => x.w), lastWord2].join(" ");
      const colon = glued > 0 || phrase.endsWith(":");
      if (!(opensLine || colon && k > 0)) continue;
      if (n === 1 && !colon) continue;
      if (!colon && CLAUSE_MARKS.includes(lastWord2[lastWord2.length - 1] ?? "")) continue;
      const end = glued > 0 ? last.at + glued + 1 : last.at + last.w.length;
      const next = glued > 0 ? last.w.slice(glued + 1) : words[k + n]?.w ?? "";
      const listFollows = text.slice(end, end + LIST_REACH).split(";").length >= 3;
      if (!colon && !UPPER_LETTER_RE.test(next[0] ?? "") && !listFollows) continue;
      const cls = exactHeading(withoutColon(phrase));
      if (!cls?.kind || cls.chrome) continue;
      cuts.push({ start: words[k].at, end });
      k += n - 1;
      break;
    }
  }
  if (cuts.length < 2) return null;
  const parts = [];
  const lead = text.slice(0, cuts[0].start).trim();
  if (lead) parts.push({ kind: "text", texts: [lead] });
  cuts.forEach((c, i) => {
    parts.push({ kind: "heading", texts: [withoutColon(text.slice(c.start, c.end).trim())] });
    const body = text.slice(c.end, i + 1 < cuts.length ? cuts[i + 1].start : text.length).trim();
    if (!body) return;
    const pieces = body.split(";").map((p) => p.trim()).filter((p) => p.length >= 2);
    parts.push(pieces.length >= 2 && pieces.every((p) => p.length <= MAX_ITEM) ? { kind: "items", texts: pieces } : { kind: "text", texts: [body] });
  });
  return parts;
}
function withoutColon(t) {
  return t.endsWith(":") ? t.slice(0, -1).trimEnd() : t;
}

// src/tree/blocks.ts
function treeToBlocks(root, options = {}) {
  const out = [];
  const state = { list: 0, linesAreItems: options.linesAreItems === true, source: options.source ?? null };
  for (const node of root.children) visit(node, out, state, 0);
  return splitHeadingTails(out, state.source);
}
function splitHeadingTails(blocks, source) {
  const out = [];
  for (const b of blocks) {
    const tails = [];
    let line = b;
    for (let cut = b.type === "heading" ? null : headingTail(b.text); cut; cut = headingTail(line.text)) {
      const core = cut.tail.replace(COLON_END_RE, "").trimEnd();
      const at = source?.lastIndexOf(core, line.end) ?? -1;
      const split = at >= line.start && at < line.end ? at : line.end;
      tails.unshift({ type: "heading", text: core, depth: 3, start: split, end: line.end, links: [], strong: false, list: 0, pseudo: true });
      const head = cut.head;
      line = { ...line, text: head, end: split, links: line.links.filter((l) => head.includes(l.text)) };
    }
    out.push(line, ...tails);
  }
  return out;
}
function visit(node, out, state, listDepth) {
  switch (node.type) {
    case "heading": {
      const { text, links } = inline(node.children);
      const t = clean(text);
      if (t) {
        const b = block("heading", t, node.depth, node, links, false);
        b.pseudo = node.data?.bare === true;
        out.push(b);
      }
      return;
    }
    case "paragraph":
      paragraph(node.children, node, out, state);
      return;
    case "list": {
      const id = ++state.list;
      for (const item of node.children) {
        let first = true;
        for (const child of item.children) {
          if (child.type === "list") {
            visit(child, out, state, listDepth + 1);
            continue;
          }
          if (child.type === "paragraph" || child.type === "heading") {
            const { text, links } = inline(child.children);
            const t = clean(stripBullet(text));
            if (!t) continue;
            if (first) {
              const pieces = runOnItems(t);
              for (const piece of pieces) out.push(block("item", piece, listDepth, child, pieces.length > 1 ? links.filter((l) => piece.includes(l.text)) : links, isStrong(child.children), id));
            } else {
              const last = out[out.length - 1];
              last.text += " " + t;
              last.end = child.position?.end.offset ?? last.end;
              last.links.push(...links);
            }
            first = false;
            continue;
          }
          visit(child, out, state, listDepth + 1);
        }
      }
      return;
    }
    case "blockquote":
      for (const c of node.children) visit(c, out, state, listDepth);
      return;
    case "table":
      for (const row of node.children) {
        const read = row.children.map((c) => inline(c.children));
        const cells = read.map((r) => clean(r.text)).filter(Boolean);
        if (cells.length === 0) continue;
        const links = read.flatMap((r) => r.links);
        const label = cells[0].endsWith(":") ? cells[0].slice(0, -1).trimEnd() : cells[0];
        const text = cells.length === 2 ? `${label}: ${cells[1]}` : cells.join(" | ");
        out.push(block("paragraph", text, 0, row, links, false));
      }
      return;
    case "code":
      for (const line of node.value.split("\n")) {
        const t = clean(line);
        if (t) out.push(block("paragraph", t, 0, node, [], false));
      }
      return;
    case "html": {
      const t = clean(node.value.replace(TAG_RE, " "));
      if (t) out.push(block("paragraph", t, 0, node, [], false));
      return;
    }
    default:
      return;
  }
}
var LINE_REACH = 200;
function paragraph(children, node, out, state) {
  const { text, links } = inline(children);
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const strong = isStrong(children);
  if (!text.includes("\n")) {
    const t = clean(text);
    if (!t) return;
    const bulleted = BULLET_RE.test(t) || GLUED_BULLET_RE.test(t);
    const b = bulleted ? block("item", clean(stripBullet(t)), 0, node, links, false, state.list + 1) : block("paragraph", t, 0, node, links, strong);
    if (bulleted) {
      const prev = out[out.length - 1];
      if (prev && prev.type === "item" && prev.list === state.list && prev.list > 0) b.list = state.list;
      else b.list = ++state.list;
      out.push(b);
      return;
    }
    const flat = strong ? null : flattenedSections(t);
    if (flat) {
      pushFlattened(flat, b, out, state);
      return;
    }
    const inlineList = strong ? null : listInLine(t);
    if (inlineList) {
      pushInlineList(inlineList, b, out, state);
      return;
    }
    if (strong && t.length <= 90 && !SENTENCE_END_RE.test(t)) {
      b.type = "heading";
      b.depth = 4;
      b.pseudo = true;
    }
    out.push(b);
    return;
  }
  let lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const first = children.find((c) => !(c.type === "text" && c.value.trim() === ""));
  if (first?.type === "strong" && lines.length > 1) {
    const head = clean(inline(first.children).text);
    if (head && head === clean(lines[0]) && head.length <= 90 && !SENTENCE_END_RE.test(head)) {
      out.push({ type: "heading", text: head.replace(COLON_END_RE, ""), depth: 4, start, end, links: [], strong: true, list: 0, pseudo: true });
      lines = lines.slice(1);
    }
  }
  const anyBullet = lines.some((l) => BULLET_RE.test(l) || GLUED_BULLET_RE.test(l));
  const semicolonRun = lines.length >= 3 && lines.slice(0, -1).filter((l) => l.endsWith(";")).length >= Math.max(2, (lines.length - 1) * 0.6);
  const shortRun = semicolonRun || lines.length >= 3 && lines.every((l) => l.length <= 80 && !SENTENCE_END_RE.test(l) && !l.endsWith(":"));
  const wrapped = !anyBullet && !shortRun && isHardWrapped(lines);
  if (wrapped) {
    out.push({ type: "paragraph", text: clean(lines.join(" ")), depth: 0, start, end, links, strong: false, list: 0, pseudo: false });
    return;
  }
  const id = shortRun ? ++state.list : 0;
  let listId = 0;
  let runId = 0;
  let cursor = start;
  let prevLine = "";
  for (const line of lines) {
    let lineStart = start;
    let lineEnd = end;
    const window = state.source !== null && cursor < end ? state.source.slice(cursor, Math.min(end, cursor + line.length + LINE_REACH)) : "";
    const found = window.indexOf(line);
    const at = found >= 0 ? cursor + found : -1;
    if (at >= 0) {
      lineStart = at;
      lineEnd = at + line.length;
      cursor = lineEnd;
    }
    const bullet = BULLET_RE.test(line) || GLUED_BULLET_RE.test(line);
    const t = clean(stripBullet(line));
    if (!t) continue;
    const lineLinks = links.filter((l) => line.includes(l.text));
    if (bullet && listId === 0) listId = ++state.list;
    if (!bullet) listId = 0;
    const listLike = state.linesAreItems && lines.length >= 3 && !line.endsWith(":") && line.length <= 400;
    const semicolonItem = semicolonRun && (line.endsWith(";") || prevLine.endsWith(";"));
    prevLine = line;
    const type = bullet || (semicolonRun ? semicolonItem : shortRun || listLike) ? "item" : "paragraph";
    out.push({ type, text: t, depth: 0, start: lineStart, end: lineEnd, links: lineLinks, strong: false, list: bullet ? listId : id || (listLike ? runId ||= ++state.list : 0), pseudo: false });
  }
}
function runOnItems(text) {
  if (text.length < 40 || !text.includes("- ")) return [text];
  const pieces = text.split(RUN_ON_BULLET_RE).map((p) => p.trim());
  return pieces.length > 1 && pieces.every((p) => p.length >= 12 && p.includes(" ")) ? pieces : [text];
}
function listInLine(text) {
  if (text.length > 2e3) return null;
  const marks = [];
  for (const m of text.matchAll(new RegExp(INLINE_NUMBER_RE.source, INLINE_NUMBER_RE.flags))) {
    const n = Number(m[1]);
    const at = m.index + m[0].length - m[0].trimStart().length;
    if (n === marks.length + 1) marks.push({ at, body: m.index + m[0].length });
    else if (n === 1 && marks.length < 2) marks.splice(0, marks.length, { at, body: m.index + m[0].length });
  }
  const lead = (i) => text.slice(0, i).trim();
  if (marks.length >= 3 || marks.length === 2 && lead(marks[0].at).endsWith(":")) {
    const last = marks[marks.length - 1].body;
    const stop = FIRST_SENTENCE_END_RE.exec(text.slice(last));
    const lastEnd = stop ? last + stop.index + 1 : text.length;
    const items = marks.map((k, i) => tidyItem(text.slice(k.body, i + 1 < marks.length ? marks[i + 1].at : lastEnd)));
    if (items.every((x) => x.length >= 2)) return { lead: lead(marks[0].at), items, tail: text.slice(lastEnd).trim() };
  }
  const colon = text.indexOf(":");
  if (colon > 0 && colon <= 80 && text.includes(";")) {
    const pieces = text.slice(colon + 1).split(";").map(tidyItem);
    if (pieces.length >= 3 && pieces.every((p) => p.length >= 2 && p.length <= 150 && !p.slice(0, -1).includes(". "))) return { lead: text.slice(0, colon + 1).trim(), items: pieces, tail: "" };
  }
  return null;
}
var LIST_JOINERS = /* @__PURE__ */ new Set(["and", "or", "et", "ou", "und", "oder", "y", "o", "e", "i", "oraz", "lub", "en", "of"]);
function tidyItem(s) {
  let t = s.trim();
  const space = t.lastIndexOf(" ");
  if (space > 0 && LIST_JOINERS.has(t.slice(space + 1).toLowerCase())) t = t.slice(0, space).trimEnd();
  while (t.endsWith(";") || t.endsWith(",")) t = t.slice(0, -1).trimEnd();
  return t;
}
function piecesIn(b, state) {
  let cursor = b.start;
  return (t) => {
    const hay = state.source?.slice(cursor, b.end) ?? "";
    const i = hay.indexOf(t);
    if (i < 0) return { start: b.start, end: b.end };
    cursor += i + t.length;
    return { start: cursor - t.length, end: cursor };
  };
}
function pushInlineList(list, b, out, state) {
  const id = ++state.list;
  const spanOf2 = piecesIn(b, state);
  if (list.lead) out.push({ ...b, text: list.lead, ...spanOf2(list.lead), type: "paragraph", links: [] });
  for (const item of list.items) out.push({ ...b, type: "item", text: item, ...spanOf2(item), list: id, links: b.links.filter((l) => item.includes(l.text)) });
  if (list.tail) out.push({ ...b, text: list.tail, ...spanOf2(list.tail), type: "paragraph", links: b.links.filter((l) => list.tail.includes(l.text)) });
}
function pushFlattened(parts, b, out, state) {
  const spanOf2 = piecesIn(b, state);
  for (const part of parts) {
    if (part.kind === "heading") out.push({ ...b, type: "heading", depth: 3, pseudo: true, text: part.texts[0], ...spanOf2(part.texts[0]), links: [] });
    else if (part.kind === "text") out.push({ ...b, type: "paragraph", text: part.texts[0], ...spanOf2(part.texts[0]), links: b.links.filter((l) => part.texts[0].includes(l.text)) });
    else {
      const id = ++state.list;
      for (const item of part.texts) out.push({ ...b, type: "item", text: item, ...spanOf2(item), list: id, links: b.links.filter((l) => item.includes(l.text)) });
    }
  }
}
function isHardWrapped(lines) {
  let wraps = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const prev = lines[i];
    const next = lines[i + 1];
    if (LOWER_OR_PAREN_START_RE.test(next) || WRAPPED_LINE_END_RE.test(prev)) wraps++;
  }
  return wraps >= Math.max(1, (lines.length - 1) / 2);
}
function block(type, text, depth, node, links, strong, list = 0) {
  return {
    type,
    text,
    depth,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    links,
    strong,
    list,
    pseudo: false
  };
}
function inline(children) {
  const links = [];
  let text = "";
  const walk = (nodes) => {
    for (const n of nodes) {
      switch (n.type) {
        case "text":
        case "inlineCode":
          text += n.value;
          break;
        case "break":
          text += "\n";
          break;
        case "link": {
          const before = text.length;
          walk(n.children);
          const t = text.slice(before).trim();
          links.push({ text: t, url: n.url });
          break;
        }
        case "image":
        case "imageReference":
          break;
        case "html":
          if (BR_TAG_RE.test(n.value)) text += "\n";
          break;
        default:
          if ("children" in n) walk(n.children);
      }
    }
  };
  walk(children);
  return { text, links };
}
function isStrong(children) {
  const real = children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  if (real.length === 0) return false;
  if (real.length === 1) return real[0].type === "strong" || real[0].type === "emphasis" && false;
  return real.length === 2 && real[0].type === "strong" && real[1].type === "text" && COLON_ONLY_RE.test(real[1].value);
}
function stripBullet(text) {
  const m = BULLET_RE.exec(text) ?? GLUED_BULLET_RE.exec(text);
  return m ? text.slice(m[0].length) : text;
}
function clean(text) {
  return text.replace(WHITESPACE_RUNS_RE, " ").replace(MD_ESCAPE_RE, "$1").replace(MD_EMPHASIS_MARK_RE, "$1").trim();
}

// src/pipeline.ts
function analyse(prepared, now) {
  const blocks = treeToBlocks(prepared.tree, { linesAreItems: prepared.format === "text", source: prepared.text });
  const split = splitSections(blocks);
  const sections = split.sections;
  const known = new Set(split.chromeBlocks.map((c) => c.block));
  const chromeBlocks = [...split.chromeBlocks, ...menuBlocks(blocks, known).map((block2) => ({ block: block2, kind: "navigation" }))];
  const chrome = new Set(chromeBlocks.map((c) => c.block));
  const header = headerBlocks(blocks, sections, chrome);
  const labels = collectLabels(sections, new Set(header), chrome);
  return {
    text: prepared.text,
    format: prepared.format,
    blocks,
    sections,
    chromeBlocks,
    header,
    labels,
    labelBlocks: new Set(labels.flatMap((l) => l.labelBlock ? [l.block, l.labelBlock] : l.where === "body" ? [] : [l.block])),
    structured: prepared.structured,
    now,
    found: /* @__PURE__ */ new Map()
  };
}
function headerBlocks(blocks, sections, chrome) {
  const firstKnown = sections.find((s) => s.known && !s.chrome && s.heading);
  const stop = firstKnown?.heading ? blocks.indexOf(firstKnown.heading) : Math.min(blocks.length, 15);
  const chromeSection = new Set(sections.filter((s) => s.chrome).flatMap((s) => s.heading ? [s.heading, ...s.blocks] : s.blocks));
  return blocks.slice(0, Math.min(stop, 40)).filter((b) => !chrome.has(b) && !chromeSection.has(b));
}

// ../../tmp/dbg/labels.ts
var ctx = analyse(prepareInput(readFileSync(process.argv[2]), "auto"), /* @__PURE__ */ new Date("2026-12-06"));
console.log(ctx.labels.map((l) => [l.field, l.label, l.value, l.where]));
console.log(ctx.header.map((b) => b.type[0] + ":" + b.text).join("\n"));
console.log(ctx.sections.map((s) => `${s.kind}${s.chrome ? "(chrome)" : ""}: ${s.heading?.text ?? "-"} [${s.blocks.length}]`).join("\n"));
