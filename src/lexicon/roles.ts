/** Nouns that make a line read as a job title, in six languages (lowercase stems). Data only. */
export const ROLE_WORDS = [
  "engineer", "developer", "programmer", "architect", "manager", "designer", "analyst", "scientist", "specialist",
  "lead", "director", "consultant", "intern", "internship", "assistant", "coordinator", "accountant", "representative",
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
  "sachbearbeiterin", "assistenz", "manager", "managerin", "techniker", "architekt", "projektleiter", "teamleiter", "azubi",
  "ausbildung", "praktikum", "developpeur", "développeur", "développeuse", "ingénieur", "ingénieure", "chef de projet", "chargé",
  "chargée", "responsable", "directeur", "directrice", "commercial", "commerciale", "stagiaire", "alternant", "alternante",
  "consultante", "comptable", "vendeur", "vendeuse", "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "programador",
  "programadora", "técnico", "técnica", "analista", "jefe", "jefa", "responsable", "gerente", "director", "directora", "comercial",
  "becario", "becaria", "consultor", "consultora", "diseñador", "diseñadora", "administrativo", "administrativa", "desenvolvedor",
  "engenheiro", "sviluppatore", "ingegnere", "responsabile", "impiegato", "h/f", "m/w/d", "w/m/d", "m/f/d", "f/h", "(all genders)",
];

/** Words that make a short line a company name's neighbour rather than a title (counts, chrome). */
export const NOT_TITLE_WORDS = ["applicants", "ago", "logo", "followers", "employees", "reviews", "rating", "promoted", "apply", "save", "share", "sign in", "job alert", "posted", "see how you compare", "responders", "responds within", "recruiter recently active", "actively hiring", "jobs posted", "valuation", "stars", "on linkedin", "visa sponsorship", "relocation", "early stage", "growth stage", "scale stage", "late stage"];
