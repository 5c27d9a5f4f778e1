/** Nouns that make a line read as a job title, in six languages (lowercase stems). Data only. */
export const ROLE_WORDS: string[] = [
  "engineer", "developer", "programmer", "architect", "manager", "designer", "analyst", "scientist", "specialist",
  "lead", "team leader", "shift leader", "group leader", "project leader", "section leader", "crew leader", "store leader", "line leader", "unit leader", "director", "consultant", "intern", "internship", "assistant", "coordinator", "accountant", "representative",
  "associate", "officer", "administrator", "admin", "technician", "operator", "writer", "editor", "copywriter", "recruiter",
  "executive", "vp", "president", "nurse", "driver", "agent", "painter", "cashier", "receptionist", "recepcionist", "chef",
  "cook", "teacher", "tutor", "advisor", "adviser", "strategist", "researcher", "product owner", "partner", "sre",
  "devops", "qa", "tester", "marketer", "bookkeeper", "clerk", "controller",
  "auditor", "lawyer", "attorney", "paralegal", "counsel", "pharmacist", "therapist", "physician", "doctor", "mechanic",
  "electrician", "welder", "plumber", "carpenter", "laborer", "labourer", "warehouse", "picker", "packer", "mover", "associate",
  "volunteer", "trainee", "apprentice", "student", "fellow", "head of", "cto", "ceo",
  "founding", "sandblaster", "correspondent", "journalist", "reporter", "producer", "photographer", "illustrator", "animator",
  "librarian", "mediaplaner", "planner", "buyer", "merchandiser", "stylist", "barista", "housekeeper", "cleaner",
  "guard", "caregiver", "dispatcher", "estimator", "surveyor", "inspector", "foreman", "supervisor", "superintendent",
  "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "leiter", "leiterin", "mitarbeiter",
  "mitarbeiterin", "referent", "referentin", "kaufmann", "kauffrau", "fachinformatiker", "steuerberater", "steuerberaterin",
  "redakteur", "redakteurin", "korrespondent", "korrespondentin", "praktikant", "praktikantin", "werkstudent", "sachbearbeiter",
  "sachbearbeiterin", "assistenz", "manager", "managerin", "techniker", "mechaniker", "mechatroniker", "elektriker", "architekt", "projektleiter", "teamleiter", "azubi",
  "ausbildung", "praktikum", "developpeur", "développeur", "développeuse", "ingénieur", "ingénieure", "chef de projet", "chargé",
  "chargée", "responsable", "directeur", "directrice", "commercial", "commerciale", "stagiaire", "alternant", "alternante",
  "consultante", "comptable", "vendeur", "vendeuse", "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "programador",
  "programadora", "técnico", "técnica", "analista", "jefe", "jefa", "responsable", "gerente", "director", "directora", "comercial",
  "becario", "becaria", "consultor", "consultora", "diseñador", "diseñadora", "administrativo", "administrativa", "desenvolvedor",
  "engenheiro", "sviluppatore", "ingegnere", "responsabile", "impiegato",
  // service, trades and teaching, in English
  "instructor", "trainer", "coach", "mentor", "bartender", "waiter", "waitress", "dishwasher", "handler", "installer", "courier", "firefighter",
  "paramedic", "hygienist", "counselor", "counsellor", "worker", "crew member", "team member", "staff member", "host", "hostess", "concierge", "steward",
  "stewardess", "attendant", "caretaker", "nanny", "housekeeper", "janitor", "custodian", "secretary", "registrar", "clerk",
  "builder", "bricklayer", "roofer", "glazier", "joiner", "tiler", "plasterer", "scaffolder", "landscaper", "gardener", "groundskeeper",
  "butcher", "baker", "machinist", "rigger", "decorator", "handyman", "tradesperson", "tradesman", "locksmith",
  "upholsterer", "hairdresser", "barber", "lifeguard", "deckhand", "farmhand", "storeperson", "storeman",
  // French
  "technicien", "technicienne", "assistante", "conseiller", "conseillère", "gestionnaire", "opérateur", "opératrice", "employé", "employée",
  "préparateur", "préparatrice", "cariste", "magasinier", "magasinière", "chauffeur", "serveur", "serveuse", "cuisinier", "cuisinière", "infirmier", "infirmière",
  "aide-soignant", "aide-soignante", "auxiliaire", "animateur", "animatrice", "formateur", "formatrice", "coordinateur", "coordinatrice", "acheteur", "acheteuse",
  "juriste", "avocat", "avocate", "secrétaire", "commis", "plombier", "électricien", "mécanicien", "soudeur", "soudeuse", "maçon", "peintre", "menuisier",
  "manutentionnaire", "livreur", "contrôleur", "contrôleuse", "ouvrier", "ouvrière", "apprenti", "apprentie", "éducateur", "éducatrice", "enseignant",
  "enseignante", "professeur", "médecin", "pharmacien", "pharmacienne", "superviseur", "analyste", "architecte", "concepteur", "conceptrice", "intégrateur",
  "administrateur", "administratrice", "dessinateur", "dessinatrice", "projeteur", "boulanger", "boulangère", "boucher", "hôte", "hôtesse", "accompagnant",
  "accompagnante", "équipier", "équipière", "agent", "agente", "directeur", "manager", "alternance", "opérateur",
  // Spanish and Portuguese
  "asistente", "auxiliar", "vendedor", "vendedora", "cajero", "cajera", "mesero", "mesera", "camarero", "camarera", "cocinero", "cocinera", "chofer",
  "conductor", "encargado", "encargada", "supervisora", "coordinador", "coordinadora", "especialista", "practicante", "pasante", "contador", "contadora",
  "abogado", "abogada", "médico", "médica", "enfermero", "enfermera", "docente", "profesor", "profesora", "operario", "operaria", "ayudante", "asesor", "asesora",
  "ejecutivo", "ejecutiva", "promotor", "promotora", "secretaria", "administrador", "administradora", "gestor", "gestora", "mensajero", "repartidor",
  "instructora", "entrenador", "entrenadora", "desenvolvedora", "engenheira", "coordenador", "coordenadora", "estagiário", "estagiária", "estagio", "estágio",
  "arquiteto", "arquiteta", "atendente", "operador", "operadora", "técnico de", "analista de",
  // German
  "fachkraft", "verkäufer", "verkäuferin", "monteur", "monteurin", "elektroniker", "elektronikerin", "mechatroniker", "mechatronikerin", "erzieher",
  "erzieherin", "pfleger", "pflegerin", "pflegefachkraft", "fahrer", "fahrerin", "lagerist", "lageristin", "disponent", "disponentin", "buchhalter",
  "buchhalterin", "angestellte", "angestellter", "assistent", "assistentin", "betreuer", "betreuerin", "helfer", "helferin", "aushilfe", "informatiker",
  "informatikerin", "spezialist", "spezialistin", "experte", "expertin", "leitung", "sekretär", "sekretärin", "werkstudentin", "auszubildende", "auszubildender",
  // Dutch
  "medewerker", "adviseur", "beheerder", "ontwikkelaar", "verkoper", "verpleegkundige", "docent", "leidinggevende", "projectleider", "teamleider",
  "stagiair", "begeleider", "coördinator", "monteur",
  // Polish
  "kierownik", "kierowniczka", "specjalista", "specjalistka", "pracownik", "pracownica", "sprzedawca", "sprzedawczyni", "kierowca", "magazynier",
  "księgowa", "księgowy", "programista", "programistka", "inżynier", "konsultant", "konsultantka", "doradca", "asystent", "asystentka", "opiekun",
  "opiekunka", "koordynator", "koordynatorka", "monter", "kasjer", "kasjerka", "rekruter", "rekruterka", "analityk", "projektant", "projektantka",
  "handlowiec", "przedstawiciel", "elektryk", "mechanik", "spawacz", "kucharz", "pielęgniarka", "lekarz", "nauczyciel", "nauczycielka", "dyrektor",
  "stażysta", "stażystka", "praktykant", "praktykantka", "referent", "tester", "testerka", "administrator", "architekt", "technik",
  // Italian
  "addetto", "addetta", "impiegata", "tecnico", "tecnica", "operaio", "operaia", "magazziniere", "magazziniera", "commesso", "commessa",
  "cameriere", "cameriera", "cuoco", "cuoca", "autista", "consulente", "assistente", "segretario", "contabile", "ragioniere", "ragioniera",
  "infermiere", "infermiera", "educatore", "educatrice", "insegnante", "operatore", "operatrice", "manutentore", "saldatore", "idraulico",
  "muratore", "venditore", "venditrice", "direttore", "direttrice", "programmatore", "programmatrice", "progettista", "disegnatore", "geometra",
  "stagista", "tirocinante", "apprendista", "architetto", "avvocato", "ricercatore", "ricercatrice", "sistemista", "capo reparto", "capo turno",
  // (a posting for several people names them in the plural: "ADDETTI/E AL CONFEZIONAMENTO")
  "addetti", "addette", "impiegati", "operai", "magazzinieri", "commessi", "camerieri", "cuochi", "autisti", "infermieri", "operatori", "tecnici",
  // Vietnamese
  "nhân viên", "chuyên viên", "kỹ sư", "lập trình viên", "trưởng phòng", "trưởng nhóm", "thực tập sinh", "quản lý", "kế toán", "phiên dịch", "giám đốc",
  "h/f", "m/w/d", "w/m/d", "m/f/d", "f/h", "(all genders)",
  // Danish, Swedish, Norwegian (lexicon helper); compounds end in them ("Lagermedarbejder", "Systemutvecklare")
  "medarbejder", "udvikler", "konsulent", "rådgiver", "sælger", "ingeniør", "tekniker", "koordinator", "leder", "projektleder", "sygeplejerske",
  "pædagog", "lærer", "elektriker", "tømrer", "chauffør", "bogholder", "revisor", "analytiker", "direktør", "operatør", "montør", "mekaniker",
  "sekretær", "underviser", "programmør", "arkitekt", "medarbetare", "utvecklare", "konsult", "rådgivare", "säljare", "ingenjör", "ledare",
  "projektledare", "sjuksköterska", "undersköterska", "lärare", "förskollärare", "snickare", "chaufför", "ekonom", "direktör", "montör", "kock",
  "servitör", "handläggare", "administratör", "programmerare", "handledare", "vårdbiträde", "medarbeider", "utvikler", "selger", "sykepleier",
  "sjåfør", "regnskapsfører", "prosjektleder", "avdelingsleder", "kokk", "saksbehandler", "fagarbeider", "helsefagarbeider", "barnehagelærer",
  "programmerer", "lærling", "renholder",
  // Turkish (the possessive titles write: "Muhasebe Uzmanı", "Satış Temsilcisi") and Hungarian (compounds end in them: "Szoftverfejlesztő")
  "uzman", "uzmanı", "mühendis", "mühendisi", "müdür", "müdürü", "sorumlu", "sorumlusu", "temsilci", "temsilcisi", "yönetici", "yöneticisi", "asistan", "asistanı",
  "eleman", "elemanı", "teknisyen", "teknisyeni", "operatörü", "şef", "şefi", "danışman", "danışmanı", "geliştirici", "geliştiricisi", "muhasebeci", "sekreter",
  "şoför", "aşçı", "garson", "kasiyer", "öğretmen", "hemşire", "tasarımcı", "analist", "analisti", "koordinatör", "koordinatörü", "direktörü", "görevlisi", "ustası",
  "asszisztens", "munkatárs", "fejlesztő", "mérnök", "vezető", "menedzser", "tanácsadó", "könyvelő", "elemző", "értékesítő", "ügyintéző", "technikus", "szerelő",
  "gyakornok", "sofőr", "raktáros", "eladó", "pénztáros", "szakács", "pincér", "ápoló", "tanár", "titkár", "recepciós", "programozó", "tesztelő", "koordinátor", "szakértő",
];

/** Words that make a short line a company name's neighbour rather than a title (counts, chrome). */
export const NOT_TITLE_WORDS = ["applicants", "ago", "logo", "followers", "employees", "reviews", "rating", "promoted", "apply", "save", "share", "sign in", "job alert", "posted", "see how you compare", "responders", "responds within", "recruiter recently active", "actively hiring", "jobs posted", "valuation", "stars", "on linkedin", "visa sponsorship", "relocation", "early stage", "growth stage", "scale stage", "late stage"];

/**
 * Endings that make a word a role noun in a title line, whatever the word ("Barista", "Électricien",
 * "Camarero", "Programador", "Electrician"): lowercase, checked on words of 7 letters or more.
 */
export const ROLE_SUFFIX_FAMILIES = ["ician", "ista", "iste", "ologist", "euse", "rice", "icien", "icienne", "ador", "adora", "edor", "edora", "eur", "tor", "sor", "selor", "ist"];

/** Words with a role ending that are not roles (lowercase). */
export const NOT_ROLE_FAMILY_WORDS = new Set([
  "behavior", "behaviour", "interior", "exterior", "corridor", "outdoor", "monitor", "indicator", "calculator", "elevator", "generator", "accelerator",
  "simulator", "translator", "collector", "conductor", "processor", "compressor", "reactor", "sector", "inferior", "superior", "anterior", "posterior",
  "checklist", "playlist", "wishlist", "waitlist", "shortlist", "blacklist", "whitelist", "watchlist", "entrevista", "revista", "conquista", "imprevista",
  "intérieur", "extérieur", "supérieur", "inférieur", "meilleur", "moteur", "secteur", "acteur", "honneur", "erreur", "longueur", "hauteur", "largeur",
  "valeur", "chaleur", "couleur", "bonheur", "primero", "tercero", "extranjero", "dinero", "financiero", "ordenador", "computador", "indicador", "marcador",
  "acelerador", "necesario", "necesaria", "horario", "salario", "calendario", "diario", "diaria", "primaria", "secundaria", "universitario", "universitaria",
  "numero", "número", "estrategia", "categoria", "categoría", "environment", "development", "management", "department", "requirement", "statement",
  "agreement", "investment", "government", "engagement", "employment", "equipment", "recruitment", "assessment", "achievement", "improvement", "experiment",
  "document", "component", "deployment", "treatment", "payment", "placement", "excellent", "different", "independent", "efficient", "sufficient",
  "patient", "current", "recent", "frequent", "consistent", "competent", "transparent", "apparent", "excellente", "diferente", "suficiente", "siguiente",
  "presente", "ambiente", "cliente", "clientes", "frente", "mente", "gente", "corrente", "ambient", "talent", "content", "present", "percent", "event",
  "continent", "parent", "client", "student", "agent", "moment", "comment", "segment", "element", "argument", "instrument", "supplement", "tournament",
  "fragment", "sentiment", "compliment", "complement", "increment", "permanent", "prominent", "dominant", "relevant", "important", "significant",
  "publik", "republik", "technik", "musik", "politik", "fabrik", "logistik", "statistik", "informatik", "mechanik", "elektronik", "kritik", "praktik",
  "grafik", "klinik", "rubrik", "physik", "optik", "keramik", "mathematik", "dynamik", "thematik", "automatik", "akustik", "robotik", "analytik", "systematik",
  "specific", "majoritario", "voluntario", "voluntaria", "temporario", "temporaria", "propietario", "inventario", "escenario", "comentario", "vocabulario",
  "cuestionario", "formulario", "necessário", "horário", "salário", "diário", "rigueur", "empereur", "fournisseur", "profondeur", "lecteur", "matrice",
  "cicatrice", "longitudinal", "ascenseur", "processeur", "compresseur", "radiateur", "indicateur", "ordinateur", "extincteur", "aspirateur",
]);

/** Labels of a level row written inline ("Nível (Senioridade): Pleno", "Poziom stanowiska: junior"). */
export const SENIORITY_INLINE_LABELS = [
  "Nível (Senioridade)", "Nível", "Senioridade", "Seniority", "Seniority level", "Career level", "Nivel de experiencia", "Poziom stanowiska",
  "Niveau d'expérience", "Karrierestufe", "Erfahrungslevel",
];

/** Words that name a level in a sentence about levels ("níveis de carreira pleno e sênior"), lowercase, with the words that must come shortly before. */
export const SENIORITY_PROSE_CONTEXT = ["nível", "níveis", "senioridade"];

/** Words that go on from a role as the subject of a sentence about the job: "The Junior Payroll Officer will…". */
export const ROLE_SUBJECT_VERBS = ["will", "shall", "is", "reports", "must", "serves", "performs", "works", "provides", "supports", "wird", "sera", "será"];

/** Phrases in prose that state the level of the job itself (lowercase): "an entry-level position", "this internship". */
export const SENIORITY_PROSE: readonly (readonly [string, "intern" | "junior" | "mid" | "senior"])[] = [
  ["entry-level position", "junior"], ["entry level position", "junior"], ["entry-level role", "junior"], ["entry level role", "junior"],
  ["entry-level job", "junior"], ["entry-level opportunity", "junior"], ["graduate position", "junior"], ["graduate role", "junior"],
  ["graduate programme", "junior"], ["graduate program", "junior"], ["this internship", "intern"],
  ["paid internship", "intern"], ["unpaid internship", "intern"], ["summer internship", "intern"], ["poste junior", "junior"],
  ["poste de débutant", "junior"], ["stage de", "intern"], ["stage conventionné", "intern"], ["pflichtpraktikum", "intern"], ["einstiegsposition", "junior"],
  ["puesto de nivel inicial", "junior"], ["prácticas profesionales", "intern"], ["vaga de estágio", "intern"],
];

// --- title and company on unseen boards (issue 11 part 3, wip-header) ---
/** More role nouns seen on boards nobody here had read (European Portuguese, Spanish, Dutch, Polish, English service jobs); appended to ROLE_WORDS. */
export const MORE_ROLE_WORDS = [
  "cozinheiro", "cozinheira", "empregado", "empregada", "rececionista", "recepcionista", "motorista", "padeiro", "padeira", "pasteleiro", "pasteleira",
  "enfermeiro", "enfermeira", "lojista", "repositor", "repositora", "ajudante", "copeiro", "copeira", "costureira", "costureiro", "porteiro", "vigilante",
  "auxiliar de", "assistente", "gerente", "supervisor", "estoquista", "garçom", "garçonete", "balconista", "faxineira", "zelador", "cuidador", "cuidadora",
  "mozo", "moza", "peón", "dependiente", "dependienta", "reponedor", "reponedora", "guardia", "limpiador", "limpiadora", "niñera", "soldador", "albañil",
  "electricista", "fontanero", "carpintero", "pintor", "panadero", "pastelero", "carnicero", "recepcionista", "teleoperador", "teleoperadora",
  "kok", "chauffeur", "schoonmaker", "magazijnmedewerker", "timmerman", "loodgieter", "kapper", "verzorgende", "huishoudelijk",
  "kellner", "kellnerin", "koch", "köchin", "bäcker", "bäckerin", "reinigungskraft", "kassierer", "kassiererin",
  "kelner", "kelnerka", "barman", "kucharka", "sprzątaczka", "ochroniarz", "operator", "fryzjer", "księgowa", "serwisant",
  "busser", "advocate", "evangelist", "lifeguard", "groundskeeper", "landscaper", "machinist", "fabricator", "assembler", "baker", "butcher",
];
