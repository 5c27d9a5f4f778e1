/** Words for employment type, workplace type, education and seniority in six languages. Data only. */

/** Employment type phrases, most specific first (checked in order). */
export const EMPLOYMENT: [string, "full-time" | "part-time" | "contract" | "temporary" | "internship" | "freelance" | "volunteer"][] = [
  ["internship", "internship"], ["intern", "internship"], ["stage", "internship"], ["stagiaire", "internship"], ["alternance", "internship"],
  ["apprenticeship", "internship"], ["apprentice", "internship"], ["praktikum", "internship"], ["werkstudent", "internship"], ["werkstudentin", "internship"],
  ["ausbildung", "internship"], ["prácticas", "internship"], ["practicas", "internship"], ["becario", "internship"], ["beca", "internship"], ["estágio", "internship"], ["tirocinio", "internship"], ["co-op", "internship"], ["trainee", "internship"],
  ["volunteer", "volunteer"], ["volunteering", "volunteer"], ["unpaid", "volunteer"], ["bénévole", "volunteer"], ["ehrenamt", "volunteer"], ["ehrenamtlich", "volunteer"], ["voluntariado", "volunteer"], ["voluntario", "volunteer"],
  ["freelance", "freelance"], ["freelancer", "freelance"], ["self-employed", "freelance"], ["freiberuflich", "freelance"], ["autónomo", "freelance"], ["indépendant", "freelance"],
  ["temporary", "temporary"], ["temp", "temporary"], ["seasonal", "temporary"], ["interim", "temporary"], ["intérim", "temporary"], ["cdd", "temporary"], ["befristet", "temporary"], ["temporal", "temporary"], ["temporário", "temporary"], ["tempo determinato", "temporary"], ["fixed-term", "temporary"], ["fixed term", "temporary"], ["saisonnier", "temporary"], ["aushilfe", "temporary"],
  ["contract", "contract"], ["contractor", "contract"], ["contract-to-hire", "contract"], ["contract to hire", "contract"], ["c2c", "contract"], ["corp-to-corp", "contract"], ["1099", "contract"], ["w2 contract", "contract"], ["outside ir35", "contract"], ["inside ir35", "contract"], ["day rate", "contract"], ["freelance contract", "contract"], ["auftragsbasis", "contract"],
  ["part-time", "part-time"], ["part time", "part-time"], ["parttime", "part-time"], ["teilzeit", "part-time"], ["temps partiel", "part-time"], ["tiempo parcial", "part-time"], ["media jornada", "part-time"], ["jornada parcial", "part-time"], ["meio período", "part-time"], ["tempo parziale", "part-time"], ["part-time job", "part-time"], ["minijob", "part-time"],
  ["full-time", "full-time"], ["full time", "full-time"], ["fulltime", "full-time"], ["permanent", "full-time"], ["vollzeit", "full-time"], ["festanstellung", "full-time"], ["unbefristet", "full-time"], ["cdi", "full-time"], ["temps plein", "full-time"], ["temps complet", "full-time"], ["jornada completa", "full-time"], ["tiempo completo", "full-time"], ["contrato indefinido", "full-time"], ["indefinido", "full-time"], ["tempo pieno", "full-time"], ["tempo indeterminato", "full-time"], ["tempo integral", "full-time"], ["clt", "full-time"], ["regular", "full-time"], ["salaried", "full-time"],
];

/** Workplace phrases; checked as whole words in badges, labels and statements about the role. */
export const REMOTE_WORDS = ["remote", "fully remote", "100% remote", "remote-first", "remote first", "work from home", "wfh", "work from anywhere", "telecommute", "télétravail complet", "full remote", "full-remote", "100% télétravail", "teletrabajo", "remoto", "100% remoto", "en remoto", "homeoffice", "home office", "vollständig remote", "remote-only", "distributed", "anywhere"];
export const HYBRID_WORDS = ["hybrid", "hybride", "híbrido", "hibrido", "ibrido", "télétravail partiel", "teletrabajo parcial", "partially remote", "flexible working", "remote-friendly", "semi-remote", "hybrid remote", "mobiles arbeiten"];
export const ONSITE_WORDS = ["on site", "on-site", "onsite", "in office", "in-office", "in person", "in-person", "office-based", "office based", "presencial", "sur site", "vor ort", "en présentiel", "présentiel", "in sede", "in the office", "not remote", "no remote", "in office 5 days"];

/** Education phrases by level, most advanced first. */
export const EDUCATION: [string, "doctorate" | "master" | "bachelor" | "associate" | "high-school" | "other"][] = [
  ["phd", "doctorate"], ["ph.d", "doctorate"], ["doctorate", "doctorate"], ["doctoral", "doctorate"], ["doktor", "doctorate"], ["promotion", "doctorate"], ["doctorat", "doctorate"], ["doctorado", "doctorate"], ["bac+8", "doctorate"], ["dottorato", "doctorate"],
  ["master's", "master"], ["masters", "master"], ["master", "master"], ["msc", "master"], ["m.sc", "master"], ["mba", "master"], ["m.s.", "master"], ["ms degree", "master"], ["ma degree", "master"], ["bac+5", "master"], ["bac +5", "master"], ["bac + 5", "master"], ["máster", "master"], ["mestrado", "master"], ["laurea magistrale", "master"], ["diplom", "master"], ["graduate degree", "master"], ["advanced degree", "master"], ["meng", "master"], ["ingénieur", "master"],
  ["bachelor's", "bachelor"], ["bachelors", "bachelor"], ["bachelor", "bachelor"], ["bsc", "bachelor"], ["b.sc", "bachelor"], ["b.s.", "bachelor"], ["bs degree", "bachelor"], ["ba degree", "bachelor"], ["b.a.", "bachelor"], ["bs/ba", "bachelor"], ["ba/bs", "bachelor"], ["bs or ba", "bachelor"], ["ba or bs", "bachelor"], ["bs in", "bachelor"], ["ba in", "bachelor"], ["undergraduate degree", "bachelor"], ["4-year degree", "bachelor"], ["four-year degree", "bachelor"], ["college degree", "bachelor"], ["university degree", "bachelor"], ["bac+3", "bachelor"], ["bac +3", "bachelor"], ["bac + 3", "bachelor"], ["licence", "bachelor"], ["grado", "bachelor"], ["licenciatura", "bachelor"], ["laurea", "bachelor"], ["bacharelado", "bachelor"], ["hochschulabschluss", "bachelor"], ["studium", "bachelor"], ["abgeschlossenes studium", "bachelor"], ["degree in", "bachelor"], ["bachelor’s", "bachelor"], ["beng", "bachelor"], ["b.tech", "bachelor"], ["btech", "bachelor"], ["b.e.", "bachelor"],
  ["associate's degree", "associate"], ["associate degree", "associate"], ["associates degree", "associate"], ["bac+2", "associate"], ["bac +2", "associate"], ["bac + 2", "associate"], ["bts", "associate"], ["dut", "associate"], ["hnd", "associate"],
  ["high school", "high-school"], ["ged", "high-school"], ["secondary school", "high-school"], ["a-levels", "high-school"], ["a levels", "high-school"], ["abitur", "high-school"], ["baccalauréat", "high-school"], ["bachillerato", "high-school"], ["diploma di maturità", "high-school"], ["ensino médio", "high-school"], ["realschulabschluss", "high-school"], ["hauptschulabschluss", "high-school"], ["mittlere reife", "high-school"], ["fachabitur", "high-school"], ["eso", "high-school"],
  ["abgeschlossene ausbildung", "other"], ["berufsausbildung", "other"], ["kaufmännische ausbildung", "other"], ["vocational", "other"], ["certification", "other"], ["formación profesional", "other"], ["steuerberaterexamen", "other"],
];

/** Seniority words in titles and overview rows; checked in this order. */
export const SENIORITY: [string, "intern" | "junior" | "mid" | "senior" | "lead" | "principal" | "executive"][] = [
  ["intern", "intern"], ["internship", "intern"], ["praktikant", "intern"], ["praktikantin", "intern"], ["praktikum", "intern"], ["stagiaire", "intern"], ["stage", "intern"], ["becario", "intern"], ["prácticas", "intern"], ["werkstudent", "intern"], ["werkstudentin", "intern"], ["trainee", "intern"], ["apprentice", "intern"], ["ausbildung", "intern"], ["auszubildende", "intern"], ["azubi", "intern"], ["alternance", "intern"], ["alternant", "intern"],
  ["chief", "executive"], ["ceo", "executive"], ["cto", "executive"], ["cfo", "executive"], ["coo", "executive"], ["cmo", "executive"], ["cpo", "executive"], ["vp", "executive"], ["vice president", "executive"], ["svp", "executive"], ["evp", "executive"], ["director", "executive"], ["head of", "executive"], ["directeur", "executive"], ["directrice", "executive"], ["director de", "executive"], ["directora", "executive"], ["leiter", "executive"], ["leiterin", "executive"], ["geschäftsführer", "executive"], ["executive", "executive"], ["partner", "executive"],
  ["principal", "principal"], ["distinguished", "principal"], ["fellow", "principal"],
  ["staff", "lead"], ["lead", "lead"], ["team lead", "lead"], ["tech lead", "lead"], ["manager", "lead"], ["teamleiter", "lead"], ["teamleiterin", "lead"], ["responsable", "lead"], ["chef de projet", "mid"], ["jefe", "lead"], ["architect", "lead"], ["founding", "senior"],
  ["senior", "senior"], ["sr", "senior"], ["sr.", "senior"], ["snr", "senior"], ["confirmé", "senior"], ["confirmée", "senior"], ["expert", "senior"], ["experte", "senior"], ["iii", "senior"], ["iv", "senior"],
  ["mid-level", "mid"], ["mid level", "mid"], ["midlevel", "mid"], ["mid-senior", "mid"], ["intermediate", "mid"], ["ii", "mid"], ["associate", "junior"],
  ["junior", "junior"], ["jr", "junior"], ["jr.", "junior"], ["entry level", "junior"], ["entry-level", "junior"], ["graduate", "junior"], ["new grad", "junior"], ["débutant", "junior"], ["einsteiger", "junior"], ["berufseinsteiger", "junior"], ["berufseinsteigerin", "junior"],
];

/** LinkedIn's and other boards' seniority-level values. */
export const SENIORITY_LEVELS: Record<string, "intern" | "junior" | "mid" | "senior" | "lead" | "principal" | "executive"> = {
  internship: "intern", "entry level": "junior", associate: "junior", "mid-senior level": "senior", "mid-senior": "senior",
  director: "executive", executive: "executive", senior: "senior", junior: "junior", "mid level": "mid", "mid-level": "mid",
  lead: "lead", principal: "principal", "not applicable": "mid", intern: "intern", "experienced": "mid",
};

/** Stop words that tell the posting's language. */
export const STOP_WORDS: Record<string, string[]> = {
  en: ["the", "and", "to", "of", "you", "we", "in", "for", "with", "our", "will", "your", "are", "is", "on", "a", "be", "as", "this", "have", "experience", "team"],
  fr: ["le", "la", "les", "et", "de", "des", "vous", "nous", "en", "pour", "une", "du", "est", "avec", "dans", "au", "sur", "votre", "qui", "par", "pas", "sont"],
  de: ["der", "die", "das", "und", "zu", "wir", "sie", "du", "ist", "mit", "für", "ein", "eine", "den", "dem", "von", "auf", "im", "bei", "dich", "uns", "deine", "ihre", "nicht", "auch"],
  es: ["el", "la", "los", "las", "y", "de", "en", "para", "con", "que", "por", "una", "del", "es", "tu", "nuestro", "nuestra", "se", "al", "como", "más", "equipo"],
  pt: ["o", "a", "os", "as", "e", "de", "em", "para", "com", "que", "por", "uma", "do", "da", "você", "nosso", "nossa", "se", "ao", "como", "mais", "não", "são"],
  it: ["il", "la", "lo", "gli", "le", "e", "di", "in", "per", "con", "che", "una", "del", "della", "è", "sono", "nostro", "nostra", "si", "al", "come", "più", "non"],
  nl: ["de", "het", "een", "en", "van", "je", "wij", "we", "voor", "met", "op", "in", "is", "zijn", "jouw", "onze", "ons", "naar", "niet", "ook"],
};
