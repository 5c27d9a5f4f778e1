import { dict } from "./dict.js";
/** Words for employment type, workplace type, education and seniority in six languages. Data only. */

/** Employment type phrases, most specific first (checked in order). */
/** Employment phrases that say the contract is open-ended, and full-time only by default ("Permanent" beside "Hours: Part time"). */
export const PERMANENCE_WORDS = [
  "permanent", "festanstellung", "feste anstellung", "unbefristet", "unbefristete", "cdi", "contrato indefinido", "indefinido",
  "tempo indeterminato", "vast contract", "vaste baan", "vast dienstverband", "vaste aanstelling", "contract voor onbepaalde tijd",
  "na czas nieokreślony", "contrato sem termo", "regular", "정규직",
  // fi / ro: "Vakituinen", "toistaiseksi voimassa oleva"; "contract pe perioadă nedeterminată"
  "vakituinen", "vakituista", "toistaiseksi voimassa oleva", "perioadă nedeterminată", "durată nedeterminată", "perioada nedeterminata",
  // tr / hu: "Süresiz iş sözleşmesi"; "határozatlan idejű munkaszerződés"
  "süresiz", "belirsiz süreli", "határozatlan idejű", "határozatlan idejű munkaszerződés",
];

export const EMPLOYMENT: [string, "full-time" | "part-time" | "contract" | "temporary" | "internship" | "freelance" | "volunteer"][] = [
  ["internship", "internship"], ["internships", "internship"], ["intern", "internship"], ["stagiaire", "internship"], ["stage de fin d'études", "internship"],
  ["stage de", "internship"], ["en stage", "internship"], ["offre de stage", "internship"], ["stage conventionné", "internship"], ["stage pfe", "internship"],
  ["alternance", "internship"], ["alternant", "internship"], ["alternante", "internship"], ["apprentissage", "internship"], ["contrat d'apprentissage", "internship"],
  ["contrat de professionnalisation", "internship"], ["apprenticeship", "internship"], ["apprentice", "internship"], ["praktikum", "internship"],
  ["pflichtpraktikum", "internship"], ["praktikant", "internship"], ["praktikantin", "internship"], ["ausbildung zum", "internship"], ["ausbildung zur", "internship"],
  ["ausbildung als", "internship"], ["ausbildungsplatz", "internship"], ["ausbildungsstelle", "internship"], ["auszubildende", "internship"],
  ["auszubildender", "internship"], ["azubi", "internship"], ["duales studium", "internship"], ["prácticas", "internship"], ["practicas", "internship"],
  ["becario", "internship"], ["becaria", "internship"], ["beca", "internship"], ["estágio", "internship"], ["estagiário", "internship"], ["tirocinio", "internship"],
  ["stage curriculare", "internship"], ["co-op", "internship"], ["trainee", "internship"], ["traineeship", "internship"],
  // pl, nl, pt-PT, vi, ko
  ["płatny staż", "internship"], ["bezpłatny staż", "internship"], ["oferta stażu", "internship"], ["praktyki studenckie", "internship"], ["praktyki zawodowe", "internship"], ["praktyki letnie", "internship"], ["praktykant", "internship"], ["praktykantka", "internship"], ["stażysta", "internship"],
  ["stażystka", "internship"], ["program stażowy", "internship"], ["stagiair", "internship"], ["afstudeerstage", "internship"], ["meewerkstage", "internship"],
  ["stageplaats", "internship"], ["stageplek", "internship"], ["afstudeeropdracht", "internship"], ["estágio profissional", "internship"], ["thực tập", "internship"], ["thực tập sinh", "internship"],
  ["인턴", "internship"], ["인턴십", "internship"], ["체험형 인턴", "internship"], ["채용연계형 인턴", "internship"],
  ["volunteer", "volunteer"], ["volunteering", "volunteer"], ["unpaid", "volunteer"], ["bénévole", "volunteer"], ["bénévolat", "volunteer"], ["ehrenamt", "volunteer"],
  ["ehrenamtlich", "volunteer"], ["voluntariado", "volunteer"], ["voluntario", "volunteer"], ["volontariato", "volunteer"],
  ["wolontariat", "volunteer"], ["wolontariusz", "volunteer"], ["vrijwilliger", "volunteer"], ["vrijwilligerswerk", "volunteer"], ["tình nguyện viên", "volunteer"], ["자원봉사", "volunteer"],
  ["freelance", "freelance"], ["freelancer", "freelance"], ["self-employed", "freelance"], ["freiberuflich", "freelance"], ["freie mitarbeit", "freelance"],
  ["autónomo", "freelance"], ["indépendant", "freelance"], ["portage salarial", "freelance"], ["libero professionista", "freelance"], ["partita iva", "freelance"],
  ["zzp", "freelance"], ["zzp'er", "freelance"], ["zzp-opdracht", "freelance"], ["samozatrudnienie", "freelance"], ["cộng tác viên", "freelance"], ["프리랜서", "freelance"],
  ["temporary", "temporary"], ["temp", "temporary"], ["temp-to-perm", "temporary"], ["seasonal", "temporary"], ["interim", "temporary"], ["intérim", "temporary"],
  ["intérimaire", "temporary"], ["cdd", "temporary"], ["befristet", "temporary"], ["befristete", "temporary"], ["befristeter", "temporary"],
  ["zeitarbeit", "temporary"], ["temporal", "temporary"], ["contrato temporal", "temporary"], ["plazo fijo", "temporary"], ["contrato por obra", "temporary"], ["por obra o faena", "temporary"], ["prazo determinado", "temporary"], ["temporário", "temporary"], ["tempo determinato", "temporary"],
  ["fixed-term", "temporary"], ["fixed term", "temporary"], ["saisonnier", "temporary"], ["saisonnière", "temporary"], ["aushilfe", "temporary"],
  ["maternity cover", "temporary"], ["parental leave cover", "temporary"], ["elternzeitvertretung", "temporary"], ["karenzvertretung", "temporary"],
  ["mutterschutzvertretung", "temporary"], ["per diem", "temporary"], ["sustitución", "temporary"],
  ["umowa na czas określony", "temporary"], ["na czas określony", "temporary"], ["umowa na zastępstwo", "temporary"], ["praca sezonowa", "temporary"], ["praca tymczasowa", "temporary"],
  ["tijdelijk", "temporary"], ["tijdelijk contract", "temporary"], ["uitzendbasis", "temporary"], ["uitzendwerk", "temporary"], ["seizoenswerk", "temporary"], ["oproepbasis", "temporary"],
  ["contrato a termo", "temporary"], ["contrato a termo certo", "temporary"], ["thời vụ", "temporary"], ["기간제", "temporary"], ["임시직", "temporary"],
  // fi / ro: "Määräaikainen" (fixed-term), "kesätyö" (a summer job); "contract pe perioadă determinată", "sezonier"
  ["määräaikainen", "temporary"], ["määräaikaista", "temporary"], ["määräaikaisena", "temporary"], ["kesätyö", "temporary"], ["kesätyöpaikka", "temporary"],
  ["perioadă determinată", "temporary"], ["durată determinată", "temporary"], ["perioada determinata", "temporary"], ["sezonier", "temporary"],
  // Dutch permanent contracts, before "contract"
  ["vast contract", "full-time"], ["vaste baan", "full-time"], ["vast dienstverband", "full-time"], ["vaste aanstelling", "full-time"], ["contract voor onbepaalde tijd", "full-time"], ["onbepaalde tijd", "full-time"],
  ["contract", "contract"], ["contractor", "contract"], ["contract-to-hire", "contract"], ["contract to hire", "contract"], ["c2c", "contract"],
  ["corp-to-corp", "contract"], ["corp to corp", "contract"], ["1099", "contract"], ["w2 contract", "contract"], ["contract w2", "contract"],
  ["outside ir35", "contract"], ["inside ir35", "contract"], ["day rate", "contract"], ["freelance contract", "contract"], ["auftragsbasis", "contract"],
  ["projektbasis", "contract"], ["mission freelance", "contract"], ["contrato por obra", "contract"], ["daily rate", "contract"],
  ["tjm", "contract"], ["taux journalier", "contract"], ["tagessatz", "contract"],
  ["umowa b2b", "contract"], ["kontrakt b2b", "contract"], ["b2b contract", "contract"], ["kontrakt", "contract"], ["umowa zlecenie", "contract"], ["umowa zlecenia", "contract"], ["umowa o dzieło", "contract"],
  ["detachering", "contract"], ["계약직", "contract"],
  // Australian and New Zealand boards' "Casual" (hours as offered, no guaranteed week): part-time
  // (never "casual" alone: "a casual dress code", "business casual attire")
  ["casual/vacation", "part-time"], ["casual position", "part-time"], ["casual role", "part-time"], ["casual basis", "part-time"],
  ["casual employment", "part-time"], ["casual contract", "part-time"], ["casual job", "part-time"], ["casual pool", "part-time"],
  ["part-time", "part-time"], ["part time", "part-time"], ["parttime", "part-time"], ["teilzeit", "part-time"], ["temps partiel", "part-time"],
  ["mi-temps", "part-time"], ["tiempo parcial", "part-time"], ["media jornada", "part-time"], ["jornada parcial", "part-time"], ["meio período", "part-time"],
  ["meio periodo", "part-time"], ["tempo parziale", "part-time"], ["part-time job", "part-time"], ["minijob", "part-time"],
  ["werkstudent", "part-time"], ["werkstudentin", "part-time"], ["werkstudierende", "part-time"], ["werkstudententätigkeit", "part-time"], ["geringfügig", "part-time"],
  ["pół etatu", "part-time"], ["niepełny etat", "part-time"], ["część etatu", "part-time"], ["1/2 etatu", "part-time"], ["praca dorywcza", "part-time"], ["deeltijd", "part-time"],
  ["tempo parcial", "part-time"], ["bán thời gian", "part-time"], ["파트타임", "part-time"], ["아르바이트", "part-time"],
  // fi / ro: "Osa-aikainen", "osa-aikatyö"; "normă parțială", "jumătate de normă"
  ["osa-aikainen", "part-time"], ["osa-aikaista", "part-time"], ["osa-aikatyö", "part-time"], ["normă parțială", "part-time"], ["norma partiala", "part-time"], ["jumătate de normă", "part-time"],
  ["full-time", "full-time"], ["full time", "full-time"], ["fulltime", "full-time"], ["permanent", "full-time"], ["vollzeit", "full-time"],
  ["festanstellung", "full-time"], ["feste anstellung", "full-time"], ["unbefristet", "full-time"], ["unbefristete", "full-time"], ["cdi", "full-time"],
  ["temps plein", "full-time"], ["temps complet", "full-time"], ["jornada completa", "full-time"], ["tiempo completo", "full-time"],
  ["contrato indefinido", "full-time"], ["indefinido", "full-time"], ["tempo pieno", "full-time"], ["tempo indeterminato", "full-time"],
  ["tempo integral", "full-time"], ["período integral", "full-time"], ["clt", "full-time"], ["regular", "full-time"], ["salaried", "full-time"],
  ["plný úväzok", "full-time"], ["plný úvazek", "full-time"], ["skrátený úväzok", "part-time"], ["zkrácený úvazek", "part-time"], ["čiastočný úväzok", "part-time"],
  ["pełny etat", "full-time"], ["pełen etat", "full-time"], ["pełnym wymiarze", "full-time"], ["pełny wymiar", "full-time"], ["umowa o pracę", "full-time"], ["umowę o pracę", "full-time"], ["uop", "full-time"],
  ["na czas nieokreślony", "full-time"], ["voltijd", "full-time"],
  ["contrato sem termo", "full-time"], ["tempo inteiro", "full-time"], ["toàn thời gian", "full-time"], ["정규직", "full-time"], ["풀타임", "full-time"],
  // fi / ro: "Kokoaikainen", "Vakituinen"; "normă întreagă", "perioadă nedeterminată"
  ["kokoaikainen", "full-time"], ["kokoaikaista", "full-time"], ["kokopäiväinen", "full-time"], ["vakituinen", "full-time"], ["vakituista", "full-time"], ["toistaiseksi voimassa oleva", "full-time"],
  ["normă întreagă", "full-time"], ["norma intreaga", "full-time"], ["perioadă nedeterminată", "full-time"], ["durată nedeterminată", "full-time"], ["perioada nedeterminata", "full-time"],
  // tr: "Tam Zamanlı" (Kariyer.net's type); hu: "Teljes munkaidő", "határozatlan idejű" (permanent)
  ["tam zamanlı", "full-time"], ["tam zamanli", "full-time"], ["teljes munkaidő", "full-time"], ["teljes munkaidős", "full-time"], ["határozatlan idejű", "full-time"],
];
/** Phrases that are a job type only as a whole badge: "Stage" (French internship) but not "early stage". */
export const EMPLOYMENT_BADGES: Record<string, "internship"> = dict({ stage: "internship", ausbildung: "internship", alternance: "internship", "staż": "internship" });

/** Workplace phrases; checked as whole words in badges, labels and statements about the role. */
export const REMOTE_WORDS = [
  "remote", "fully remote", "100% remote", "remote-first", "remote first", "remote-friendly", "remote friendly", "remote-only",
  "work from home", "working from home", "wfh", "work from anywhere", "work from wherever", "work remotely", "working remotely",
  "telecommute", "telecommuting", "telework", "teleworking", "fully distributed", "distributed", "anywhere",
  "télétravail complet", "télétravail total", "full remote", "full-remote", "100% télétravail", "en télétravail",
  "teletrabajo", "remoto", "100% remoto", "en remoto", "trabajo remoto", "a distancia", "homeoffice", "home office", "home-office",
  "vollständig remote", "100% homeoffice", "da remoto", "lavoro da remoto", "trabalho remoto", "100% remoto",
  "praca zdalna", "zdalnie", "100% zdalnie", "w pełni zdalnie", "w pełni zdalna", "pracy zdalnej", "całkowicie zdalnie", "thuiswerken", "volledig thuiswerken", "100% thuiswerken",
  "volledig remote", "teletrabalho", "100% teletrabalho", "làm việc từ xa", "원격 근무", "풀재택", "전면 재택",
  // fi / ro: "Etätyö" (as a badge), "täysin etänä"; "muncă la distanță", "100% de acasă"
  "etätyö", "täysin etänä", "100% etänä", "täysin etätyönä", "la distanță", "muncă la distanță", "telemuncă", "100% de acasă",
  // tr: "Uzaktan" (Kariyer.net's badge), "evden çalışma"; hu: "Távmunka", "100% home office"
  "uzaktan", "uzaktan çalışma", "tamamen uzaktan", "evden çalışma", "távmunka", "teljes távmunka", "100% home office", "teljesen távmunkában",
];
export const HYBRID_WORDS = [
  "hybrid", "hybride", "hybrides", "hybrider", "hybriden", "híbrido", "híbrida", "hibrido", "ibrido", "ibrida", "hybrid remote",
  "hybrid-remote", "semi-remote", "partially remote", "partly remote", "part remote", "remote days", "télétravail partiel", "télétravail possible", "jours de télétravail", "teletrabajo parcial",
  "remoto parcial", "parcialmente remoto", "remota parcial", "parcialmente remota", "home office parcial", "modalidad mixta", "teletrabajo mixto",
  "day wfh", "days wfh", "wfh days", "day from home", "days from home", "day working from home", "days working from home", "remote days per week",
  "modelo híbrido", "semipresencial", "smart working", "mobiles arbeiten", "homeoffice möglich", "home-office möglich",
  "home office möglich", "remote möglich", "teilweise homeoffice", "teilweise home-office", "teilweise remote",
  "anteilig homeoffice", "anteilig home-office", "homeoffice-tage", "home-office-tage", "remote-tage", "trabalho híbrido",
  "homeoffice-tag", "home-office-tag", "homeoffice tag", "home office tag", "tage homeoffice", "tag homeoffice", "tage home-office", "tag home-office",
  "hybrydowo", "hybrydowa", "hybrydowy", "hybrydowym", "praca hybrydowa", "model hybrydowy", "modelu hybrydowym", "tryb hybrydowy", "trybie hybrydowym", "częściowo zdalnie", "częściowo zdalna",
  "hybride werken", "deels thuiswerken", "gedeeltelijk thuiswerken", "mogelijkheid tot thuiswerken", "thuiswerken mogelijk", "thuiswerkdagen", "thuiswerkdag", "regime híbrido", "하이브리드",
  // cs: "Možnost občasné práce z domova", "hybridní režim"
  "hybridní", "hybridně", "občasné práce z domova", "částečně z domova", "částečná práce z domova",
  // fi: "Hybridi", "mahdollisuus etätyöhön kahtena päivänä viikossa", "osittain etänä"; ro: "hibrid", "regim hibrid"
  "hybridi", "hybridityö", "hybridimalli", "osittain etänä", "osittainen etätyö", "mahdollisuus etätyöhön", "mahdollisuus osittaiseen etätyöhön", "etäpäivä", "etäpäiviä", "etätyöpäivä", "etätyöpäiviä",
  "hibrid", "hibridă", "hibrida", "regim hibrid", "program hibrid", "sistem hibrid",
  // tr: "Hibrit"; hu: "hibrid munkavégzés", "részleges home office", "heti 2 nap home office"
  "hibrit", "hibrit çalışma", "hibrit çalışma modeli", "hibrid munkavégzés", "részleges home office", "részben home office", "nap home office", "részleges távmunka",
];
export const ONSITE_WORDS = [
  "on site", "on-site", "onsite", "in office", "in-office", "in person", "in-person", "office-based", "office based",
  "in store", "in-store", "presencial", "sur site", "sur place", "vor ort", "en présentiel", "présentiel", "in sede", "in the office",
  "at our office", "from our office", "not remote", "no remote", "non-remote", "in office 5 days", "präsenz", "in präsenz",
  "presencialidad", "100% presencial", "office-first", "office first",
  "stacjonarnie", "praca stacjonarna", "pracy stacjonarnej", "praca w biurze", "op kantoor", "op locatie",
  // fi / ro: "toimistolla", "lähityö"; "la birou", "la sediu"
  "toimistolla", "lähityö", "la birou", "de la birou", "la sediu", "la sediul companiei",
  // tr: "İş Yerinde" (Kariyer.net's onsite badge), "ofisten"; hu: "irodai munkavégzés", "helyszíni"
  "iş yerinde", "işyerinde", "ofisten çalışma", "ofiste çalışma", "irodai munkavégzés", "irodában", "helyszíni munkavégzés",
];
/** Phrases with a workplace word that say nothing about where this job is done. */
export const WORKPLACE_NOT_ROLE = [
  "flexible working hours", "flexible working time", "remote stand-up", "remote standup", "remote stand-ups", "remote meeting",
  "remote meetings", "remote call", "remote calls", "remote session", "remote sessions", "remote interview", "remote interviews",
  "remote onboarding", "remote collaboration", "remote tools", "remote access", "remote monitoring", "remote sensing",
  "remote control", "remote support", "remote desktop", "remote servers", "remote debugging", "remote work environments",
  "remote work environment", "remote.com", "remote teams", "remote employees", "remote workers", "remote workforce",
  "remote patient", "remote patients", "remote assistance", "remote diagnostics", "remote learning",
];

/** Education phrases by level, most advanced first. */
export const EDUCATION: [string, "doctorate" | "master" | "bachelor" | "associate" | "high-school" | "other"][] = [
  ["phd", "doctorate"], ["ph.d", "doctorate"], ["doctorate", "doctorate"], ["doctoral degree", "doctorate"], ["doktor", "doctorate"], ["promotion", "doctorate"],
  ["doktortitel", "doctorate"], ["doctorat", "doctorate"], ["doctorado", "doctorate"], ["doutorado", "doctorate"], ["bac+8", "doctorate"], ["bac +8", "doctorate"],
  ["dottorato", "doctorate"], ["doktorat", "doctorate"], ["tiến sĩ", "doctorate"], ["박사", "doctorate"],
  // professional doctorates: "Doctor of Pharmacy (PharmD)", "MD", "Juris Doctor"
  ["pharmd", "doctorate"], ["pharm.d", "doctorate"], ["doctor of pharmacy", "doctorate"], ["doctor of medicine", "doctorate"], ["juris doctor", "doctorate"], ["doctor of philosophy", "doctorate"],
  ["master's", "master"], ["master’s", "master"], ["masters", "master"], ["master", "master"], ["msc", "master"], ["m.sc", "master"], ["mba", "master"],
  ["m.s.", "master"], ["ms degree", "master"], ["ma degree", "master"], ["bac+5", "master"], ["bac +5", "master"], ["bac + 5", "master"], ["bac+4", "master"],
  ["bac +4", "master"], ["máster", "master"], ["mestrado", "master"], ["laurea magistrale", "master"], ["laurea specialistica", "master"], ["diplom", "master"],
  ["diplom-ingenieur", "master"], ["graduate degree", "master"], ["advanced degree", "master"], ["postgraduate degree", "master"], ["meng", "master"],
  ["diplôme d'ingénieur", "master"], ["école d'ingénieur", "master"], ["école de commerce", "master"], ["grande école", "master"], ["posgrado", "master"],
  ["magister", "master"], ["studia magisterskie", "master"], ["wo-niveau", "master"], ["wo niveau", "master"], ["wo-opleiding", "master"], ["thạc sĩ", "master"], ["석사", "master"],
  ["bachelor's", "bachelor"], ["bachelor’s", "bachelor"], ["bachelors", "bachelor"], ["bachelor", "bachelor"], ["bsc", "bachelor"], ["b.sc", "bachelor"],
  ["b.s.", "bachelor"], ["bs degree", "bachelor"], ["ba degree", "bachelor"], ["b.a.", "bachelor"], ["bs/ba", "bachelor"], ["ba/bs", "bachelor"],
  ["bs or ba", "bachelor"], ["ba or bs", "bachelor"], ["undergraduate degree", "bachelor"], ["4-year degree", "bachelor"], ["four-year degree", "bachelor"],
  ["college degree", "bachelor"], ["university degree", "bachelor"], ["bac+3", "bachelor"], ["bac +3", "bachelor"], ["bac + 3", "bachelor"],
  ["licence", "bachelor"], ["grado", "bachelor"], ["grado universitario", "bachelor"], ["licenciatura", "bachelor"], ["licenciado", "bachelor"],
  ["ingeniería", "bachelor"], ["laurea", "bachelor"], ["laurea triennale", "bachelor"], ["bacharelado", "bachelor"], ["ensino superior", "bachelor"], ["superior completo", "bachelor"], ["graduação completa", "bachelor"], ["nível superior", "bachelor"], ["formação superior", "bachelor"], ["curso superior", "bachelor"], ["licenciatura plena", "bachelor"],
  ["hochschulabschluss", "bachelor"], ["hochschulstudium", "bachelor"], ["studium", "bachelor"], ["abgeschlossenes studium", "bachelor"],
  ["fachhochschule", "bachelor"], ["degree in", "bachelor"], ["beng", "bachelor"], ["b.tech", "bachelor"], ["btech", "bachelor"], ["b.e.", "bachelor"],
  // Commonwealth and Indian degrees by their abbreviations: commerce, business, computing, law, medicine, pharmacy, education
  // (not LLM, a language model far more often than a master of laws)
  ["b.com", "bachelor"], ["bcom", "bachelor"], ["m.com", "master"], ["bba", "bachelor"], ["bca", "bachelor"], ["mca", "master"], ["llb", "bachelor"],
  ["ll.b", "bachelor"], ["mbbs", "bachelor"], ["b.pharm", "bachelor"], ["m.pharm", "master"], ["b.ed", "bachelor"],
  ["m.ed", "master"], ["b.arch", "bachelor"],
  ["wykształcenie wyższe", "bachelor"], ["licencjat", "bachelor"], ["studia wyższe", "bachelor"], ["hbo-niveau", "bachelor"], ["hbo-opleiding", "bachelor"], ["hbo opleiding", "bachelor"], ["hbo-diploma", "bachelor"], ["hbo werk- en denkniveau", "bachelor"], ["hbo-bachelor", "bachelor"], ["đại học", "bachelor"],
  ["대졸", "bachelor"], ["4년제", "bachelor"], ["학사", "bachelor"],
  ["associate's degree", "associate"], ["associate’s degree", "associate"], ["associate degree", "associate"], ["associates degree", "associate"],
  ["bac+2", "associate"], ["bac +2", "associate"], ["bac + 2", "associate"], ["bts", "associate"], ["dut", "associate"], ["hnd", "associate"], ["hnc", "associate"], ["foundation degree", "associate"],
  ["técnico superior", "associate"], ["ciclo formativo de grado superior", "associate"], ["ciclo formativo grado superior", "associate"],
  ["grado superior", "associate"], ["fp superior", "associate"], ["fp de grado superior", "associate"], ["cao đẳng", "associate"], ["초대졸", "associate"], ["전문대", "associate"], ["전문대졸", "associate"], ["ciclo formativo de grado medio", "other"],
  ["ciclo formativo grado medio", "other"], ["grado medio", "other"], ["gcse", "high-school"], ["gcses", "high-school"],
  ["high school diploma", "high-school"], ["high school", "high-school"], ["ged", "high-school"], ["secondary school", "high-school"], ["a-levels", "high-school"],
  ["a levels", "high-school"], ["abitur", "high-school"], ["baccalauréat", "high-school"], ["bac", "high-school"], ["bachillerato", "high-school"],
  ["diploma di maturità", "high-school"], ["maturità", "high-school"], ["matura", "high-school"], ["ensino médio", "high-school"], ["realschulabschluss", "high-school"],
  ["hauptschulabschluss", "high-school"], ["schulabschluss", "high-school"], ["mittlere reife", "high-school"], ["fachabitur", "high-school"],
  ["fachhochschulreife", "high-school"], ["hochschulreife", "high-school"], ["eso", "high-school"],
  ["wykształcenie średnie", "high-school"], ["havo", "high-school"], ["vwo", "high-school"], ["12º ano", "high-school"], ["ensino secundário", "high-school"], ["trung học phổ thông", "high-school"], ["고졸", "high-school"],
  ["abgeschlossene ausbildung", "other"], ["abgeschlossene berufsausbildung", "other"], ["berufsausbildung", "other"], ["kaufmännische ausbildung", "other"],
  ["vocational training", "other"], ["vocational", "other"], ["formación profesional", "other"], ["steuerberaterexamen", "other"],
  ["wykształcenie zawodowe", "other"], ["mbo", "other"], ["mbo-niveau", "other"], ["trung cấp", "other"],
];

// education (lexicon helper): words that are a degree in one language and something else in others
/**
 * Education phrases that name a degree only in postings of these languages: German "Promotion" is a
 * doctorate, English "Promotion potential" a career step; French "licence" is a bachelor, English
 * "Driving Licence" a permit; Spanish "grado" a degree, Italian "in grado di" "able to".
 */
export const EDUCATION_LANGUAGES: Record<string, string[]> = dict({
  promotion: ["de"], licence: ["fr"], grado: ["es"], "grado universitario": ["es"], laurea: ["it"], studium: ["de", "pl"], "ingeniería": ["es"],
  mbo: ["nl"], havo: ["nl"], vwo: ["nl"], bts: ["fr"], dut: ["fr"], bac: ["fr"], eso: ["es"], diplom: ["de", "pl", "da", "sv", "nb"],
});
/** Fields of study that are a degree only with words beside them: a line that is the bare word ("🗂 Ingeniería") is a department badge. */
export const EDUCATION_FIELD_WORDS = ["ingeniería"];
/** Degrees in Danish, Swedish and Norwegian ("kandidatuddannelse" is a Danish master, "kandidatexamen" a Swedish bachelor). */
export const NORDIC_EDUCATION: [string, "doctorate" | "master" | "bachelor" | "associate" | "high-school" | "other"][] = [
  ["ph.d.-grad", "doctorate"], ["doktorsexamen", "doctorate"], ["doktorgrad", "doctorate"],
  ["kandidatuddannelse", "master"], ["kandidatgrad", "master"], ["masterexamen", "master"], ["magisterexamen", "master"],
  ["civilingenjör", "master"], ["civilingeniør", "master"], ["sivilingeniør", "master"], ["mastergrad", "master"], ["masterutdanning", "master"], ["masteruddannelse", "master"],
  ["professionsbachelor", "bachelor"], ["bacheloruddannelse", "bachelor"], ["bachelorgrad", "bachelor"], ["kandidatexamen", "bachelor"], ["högskoleexamen", "bachelor"],
  ["högskoleutbildning", "bachelor"], ["universitetsutbildning", "bachelor"], ["akademisk utbildning", "bachelor"], ["videregående uddannelse", "bachelor"],
  ["lang videregående uddannelse", "master"], ["høyere utdanning", "bachelor"], ["høyskoleutdanning", "bachelor"], ["universitetsutdanning", "bachelor"],
  ["akademiuddannelse", "associate"], ["erhvervsakademi", "associate"], ["yrkeshögskola", "associate"], ["yh-utbildning", "associate"], ["fagskole", "associate"], ["fagskoleutdanning", "associate"],
  ["studentereksamen", "high-school"], ["gymnasial uddannelse", "high-school"], ["gymnasieutbildning", "high-school"], ["gymnasieexamen", "high-school"], ["videregående skole", "high-school"],
  ["erhvervsuddannelse", "other"], ["svendebrev", "other"], ["fagbrev", "other"], ["yrkesutbildning", "other"], ["svennebrev", "other"],
];

/** Seniority words in titles and overview rows; checked in this order (the first level found wins). */
export const SENIORITY: [string, "intern" | "junior" | "mid" | "senior" | "lead" | "principal" | "executive"][] = [
  ["intern", "intern"], ["interns", "intern"], ["internship", "intern"], ["praktikant", "intern"], ["praktikantin", "intern"], ["praktikum", "intern"],
  ["pflichtpraktikum", "intern"], ["stagiaire", "intern"], ["becario", "intern"], ["becaria", "intern"], ["prácticas", "intern"], ["werkstudent", "intern"],
  ["werkstudentin", "intern"], ["trainee", "intern"], ["apprentice", "intern"], ["ausbildung", "intern"], ["auszubildende", "intern"],
  ["auszubildender", "intern"], ["azubi", "intern"], ["alternance", "intern"], ["alternant", "intern"], ["alternante", "intern"], ["estagiário", "intern"],
  ["estágio", "intern"], ["tirocinante", "intern"], ["tirocinio", "intern"], ["co-op", "intern"], ["summer student", "intern"],
  ["stażysta", "intern"], ["stażystka", "intern"], ["praktykant", "intern"], ["praktykantka", "intern"], ["stagiair", "intern"], ["afstudeerder", "intern"], ["thực tập sinh", "intern"], ["인턴", "intern"],
  ["chief", "executive"], ["ceo", "executive"], ["cto", "executive"], ["cfo", "executive"], ["coo", "executive"], ["cmo", "executive"], ["cpo", "executive"],
  ["ciso", "executive"], ["cio", "executive"], ["cro", "executive"], ["vp", "executive"], ["vice president", "executive"], ["svp", "executive"],
  ["evp", "executive"], ["avp", "executive"], ["director", "executive"], ["head of", "executive"], ["directeur", "executive"],
  ["directrice", "executive"], ["director de", "executive"], ["directora", "executive"], ["direttore", "executive"], ["diretor", "executive"],
  ["leiter", "executive"], ["leiterin", "executive"], ["geschäftsführer", "executive"], ["geschäftsführerin", "executive"], ["bereichsleiter", "executive"],
  ["abteilungsleiter", "executive"], ["executive director", "executive"], ["managing director", "executive"], ["general manager", "executive"],
  ["président", "executive"], ["presidente", "executive"], ["president", "executive"],
  ["dyrektor", "executive"], ["giám đốc", "executive"], ["이사", "executive"], ["본부장", "executive"], ["임원", "executive"],
  ["principal", "principal"], ["distinguished", "principal"], ["fellow", "principal"],
  ["staff", "lead"], ["lead", "lead"], ["team lead", "lead"], ["tech lead", "lead"], ["teamleiter", "lead"], ["teamleiterin", "lead"], ["teamlead", "lead"],
  ["lider", "lead"], ["líder", "lead"], ["chef d'équipe", "lead"], ["jefe de equipo", "lead"],
  ["kierownik zespołu", "lead"], ["teamleider", "lead"], ["trưởng nhóm", "lead"], ["팀장", "lead"], ["팀장급", "lead"], ["파트장", "lead"],
  ["semi-senior", "mid"], ["semi senior", "mid"], ["semisenior", "mid"],
  ["senior", "senior"], ["sr", "senior"], ["sr.", "senior"], ["snr", "senior"], ["confirmé", "senior"], ["confirmée", "senior"], ["expert", "senior"],
  ["experte", "senior"], ["expertin", "senior"], ["sénior", "senior"], ["iii", "senior"], ["iv", "senior"], ["founding", "senior"],
  ["starszy", "senior"], ["starsza", "senior"], ["시니어", "senior"],
  ["mid-level", "mid"], ["mid level", "mid"], ["midlevel", "mid"], ["mid-senior", "mid"], ["intermediate", "mid"], ["medior", "mid"],
  ["ii", "mid"], ["pleno", "mid"],
  ["junior", "junior"], ["jr", "junior"], ["jr.", "junior"], ["entry level", "junior"], ["entry-level", "junior"], ["graduate", "junior"], ["new grad", "junior"],
  ["débutant", "junior"], ["débutante", "junior"], ["einsteiger", "junior"], ["berufseinsteiger", "junior"], ["berufseinsteigerin", "junior"],
  ["associate", "junior"], ["i", "junior"],
  ["młodszy", "junior"], ["młodsza", "junior"], ["fresher", "junior"], ["주니어", "junior"], ["신입", "junior"],
  ["engineering manager", "lead"], ["team manager", "lead"], ["chef de projet", "mid"],
];

/** Words after "Staff" that make it a level ("Staff Software Engineer"), not a noun ("Library Staff"). */
export const STAFF_ROLE_WORDS = ["engineer", "software", "data", "scientist", "designer", "developer", "product", "machine", "ml", "backend", "frontend", "full", "fullstack", "site", "security", "research", "researcher", "technical", "applied", "platform", "infrastructure", "analyst", "architect", "ux", "ui", "mobile", "ios", "android", "systems", "cloud", "devops", "sre", "ai", "firmware", "hardware", "quality", "program", "technology"];

/** LinkedIn's and other boards' seniority-level values. */
export const SENIORITY_LEVELS: Record<string, "intern" | "junior" | "mid" | "senior" | "lead" | "principal" | "executive"> = dict({
  internship: "intern", "entry level": "junior", "entry-level": "junior", associate: "junior", "mid-senior level": "senior",
  "mid-senior": "senior", director: "executive", executive: "executive", senior: "senior", "senior level": "senior", junior: "junior",
  "junior level": "junior", "mid level": "mid", "mid-level": "mid", lead: "lead", principal: "principal", intern: "intern",
  "experienced": "mid", "experienced (non-manager)": "mid", "student": "intern", "berufseinsteiger": "junior",
  "berufserfahren": "mid", "professionnel confirmé": "senior", "débutant accepté": "junior",
  // board level scales: "Mid Career" (GulfTalent), "specjalista (Mid / Regular)" (Polish boards), "Semi Senior" (Latin America)
  "mid": "mid", "regular": "mid", "mid career": "mid", "mid-career": "mid", "semi senior": "mid", "semi-senior": "mid", "semisenior": "mid",
  "specjalista": "mid", "starszy specjalista": "senior", "młodszy specjalista": "junior", "ekspert": "senior", "kierownik": "lead", "dyrektor": "executive",
});

/** Stop words and job-posting words that tell the posting's language (Latin-script languages). */
export const STOP_WORDS: Record<string, string[]> = dict({
  en: ["the", "and", "to", "of", "you", "we", "in", "for", "with", "our", "will", "your", "are", "is", "on", "a", "be", "as", "this", "have", "experience", "team", "requirements", "responsibilities", "benefits", "skills", "ability", "work", "job", "role", "about", "what", "who", "years", "strong"],
  fr: ["le", "la", "les", "et", "de", "des", "vous", "nous", "en", "pour", "une", "du", "est", "avec", "dans", "au", "sur", "votre", "qui", "par", "pas", "sont", "profil", "recherché", "expérience", "avantages", "poste", "entreprise", "missions", "équipe", "compétences", "rémunération", "télétravail", "ans", "aux", "vos"],
  de: ["der", "die", "das", "und", "zu", "wir", "sie", "du", "ist", "mit", "für", "ein", "eine", "den", "dem", "von", "auf", "im", "bei", "dich", "uns", "deine", "ihre", "nicht", "auch", "anforderungen", "bieten", "aufgaben", "erfahrung", "kenntnisse", "studium", "arbeitszeiten", "unternehmen", "bewerbung", "unser", "unsere", "dein", "deinen"],
  es: ["el", "la", "los", "las", "y", "de", "en", "para", "con", "que", "por", "una", "del", "es", "tu", "nuestro", "nuestra", "se", "al", "como", "más", "equipo", "requisitos", "experiencia", "ofrece", "ofrecemos", "contrato", "años", "empresa", "trabajo", "conocimientos", "horario", "buscamos", "funciones", "teletrabajo", "salario"],
  pt: ["o", "a", "os", "as", "e", "de", "em", "para", "com", "que", "por", "uma", "do", "da", "você", "nosso", "nossa", "se", "ao", "como", "mais", "não", "são", "vaga", "requisitos", "experiência", "conhecimento", "conhecimentos", "benefícios", "salário", "empresa", "trabalho", "equipe", "atividades", "vale", "dos", "das"],
  it: ["il", "la", "lo", "gli", "le", "e", "di", "in", "per", "con", "che", "una", "del", "della", "è", "sono", "nostro", "nostra", "si", "al", "come", "più", "non", "offerta", "lavoro", "requisiti", "esperienza", "settore", "offre", "contratto", "tempo", "capacità", "azienda", "sede", "conoscenza", "ottima", "ottime", "candidato", "alle", "nel", "dei"],
  nl: ["de", "het", "een", "en", "van", "je", "wij", "we", "voor", "met", "op", "in", "is", "zijn", "jouw", "onze", "ons", "naar", "niet", "ook", "vacature", "ervaring", "werkzaamheden", "bieden",
    "bij", "dat", "om", "te", "aan", "wat", "jij", "ben", "bent", "heb", "hebt", "heeft", "hebben", "uw", "kun", "kunt", "wordt", "worden", "door", "tot", "binnen", "functie", "werk", "salaris", "uur", "kennis", "opleiding", "solliciteer", "sollicitatie", "arbeidsvoorwaarden", "goede", "jaar", "zoeken", "samen", "waar", "deze", "meer", "onder", "andere", "en/of", "mbo", "hbo", "wo", "collega's", "klanten", "per", "maand"],
  // Polish: function words and the words of Polish boards ("zakres obowiązków", "oferujemy")
  pl: ["i", "w", "z", "na", "się", "nie", "jest", "oraz", "dla", "od", "przez", "lub", "jako", "że", "są", "ze", "we", "za", "pracy", "praca", "doświadczenie", "doświadczenia", "znajomość", "znajomości", "wymagania", "oferujemy", "obowiązków", "obowiązki", "zakres", "umowa", "umowę", "umowy", "wynagrodzenie", "twój", "twoje", "nasze", "nasz", "naszego", "będzie", "oczekujemy", "mile", "widziane", "firmy", "zespole", "zespołu", "możliwość", "języka", "angielskiego", "rozwoju", "stanowisko", "lat", "lata", "bardzo", "dobra", "dobre", "osoba", "osób", "ofert", "oferty", "klientów", "czy", "także", "także", "pod", "przy", "jej", "ich", "lub", "poszukujemy", "zatrudnienie", "pracodawca"],
  // Vietnamese: the most frequent syllables of postings ("kinh nghiệm", "công việc", "ứng viên")
  // Nordic (lexicon helper): function words and the words of Danish, Swedish and Norwegian boards; the
  // words the three share split their weight, the ones each spells its own way tell them apart
  // ("af"/"av", "mig"/"meg", "ikke"/"inte", "arbejde"/"arbeid"/"arbete")
  da: ["og", "af", "til", "er", "det", "med", "som", "på", "har", "vi", "din", "dine", "ikke", "eller", "hos", "samt", "vores", "være", "blive", "også", "kan", "skal", "vil", "efter", "hvor", "hvis", "mig", "dig", "nogle", "meget", "hvad", "jeres", "mere", "gennem", "erfaring", "arbejde", "arbejdet", "opgaver", "ansøgning", "ansøgningsfrist", "virksomhed", "virksomheden", "medarbejder", "medarbejdere", "uddannelse", "løn", "stillingen", "kolleger", "gerne", "gode", "tilbyder", "søger", "ugen", "både", "sammen", "kendskab", "ansvar", "dansk", "danske", "fuldtid", "deltid", "stilling"],
  sv: ["och", "att", "av", "till", "är", "det", "med", "som", "på", "har", "vi", "din", "dina", "inte", "eller", "hos", "samt", "vår", "våra", "vara", "bli", "också", "även", "kan", "ska", "kommer", "efter", "där", "mig", "dig", "några", "mycket", "vad", "ett", "erfarenhet", "arbete", "arbetet", "arbetsuppgifter", "ansökan", "företag", "företaget", "medarbetare", "utbildning", "lön", "tjänsten", "kollegor", "gärna", "goda", "erbjuder", "söker", "veckan", "både", "tillsammans", "kunskaper", "ansvar", "meriterande", "svenska", "heltid", "deltid", "tjänst"],
  nb: ["og", "å", "av", "til", "er", "det", "med", "som", "på", "har", "vi", "din", "dine", "ikke", "eller", "hos", "samt", "vår", "våre", "være", "bli", "også", "kan", "skal", "vil", "etter", "hvor", "hvis", "meg", "deg", "noen", "mye", "hva", "dere", "mer", "gjennom", "erfaring", "arbeid", "arbeidet", "oppgaver", "søknad", "søknadsfrist", "virksomhet", "virksomheten", "medarbeider", "medarbeidere", "utdanning", "lønn", "stillingen", "kolleger", "gjerne", "gode", "tilbyr", "søker", "uken", "både", "sammen", "kjennskap", "ansvar", "norsk", "ønskelig", "heltid", "deltid", "stilling"],
  // Languages that are named as they are, not taken for a neighbour (those no lexicon covers are warned
  // about): Czech, Slovak, Croatian/Serbian (Latin), Slovenian, Romanian, Hungarian, Turkish
  cs: ["a", "je", "se", "na", "v", "ve", "s", "z", "do", "pro", "od", "jako", "nebo", "což", "jsme", "jsou", "které", "který", "která", "naše", "náš", "vás", "vám", "budete", "práce", "zkušenosti", "znalost", "požadujeme", "nabízíme", "náplň", "pozice", "mzda", "společnost", "týmu", "let", "také", "při", "až", "není", "jak", "další"],
  sk: ["a", "je", "sa", "na", "v", "vo", "s", "z", "do", "pre", "od", "ako", "alebo", "sme", "sú", "ktoré", "ktorý", "ktorá", "naša", "náš", "vás", "vám", "budete", "práca", "práce", "skúsenosti", "znalosť", "požadujeme", "ponúkame", "náplň", "pozícia", "mzda", "spoločnosť", "tímu", "rokov", "tiež", "pri", "až", "nie", "ďalšie"],
  hr: ["i", "je", "se", "na", "u", "s", "sa", "za", "od", "do", "kao", "ili", "smo", "su", "koji", "koja", "koje", "naš", "naša", "vas", "vam", "rad", "rada", "iskustvo", "iskustva", "znanje", "poznavanje", "nudimo", "uvjeti", "posao", "posla", "plaća", "tvrtka", "tima", "godina", "također", "kroz", "biti", "bit"],
  // Finnish: function words and the words of Finnish boards ("toivomme sinulta", "tarjoamme", "kokemusta")
  fi: ["ja", "on", "tai", "sekä", "että", "olemme", "meillä", "sinulta", "sinä", "sinun", "sinulla", "työ", "työpaikka", "kokemusta", "tehtävät", "haemme", "etsimme", "tarjoamme", "hakemus", "mukaan", "noin", "myös", "ovat", "ole", "kanssa", "kun", "jos", "joka", "jotka", "tämä", "hyvä", "hyvää", "osaamista", "koulutusta", "tehtävään", "työtehtävät", "vähintään", "lisätietoja", "viimeistään", "palkka", "työaika", "työsuhde"],
  ro: ["și", "si", "de", "la", "în", "in", "cu", "pe", "din", "pentru", "sau", "este", "sunt", "care", "noastre", "nostru", "echipa", "echipei", "experiență", "experienta", "cunoștințe", "cerințe", "oferim", "responsabilități", "salariu", "companie", "ani", "un", "o", "al", "ale", "mai", "să"],
  hu: ["a", "az", "és", "egy", "hogy", "nem", "van", "vagy", "is", "de", "meg", "mint", "csapat", "munka", "munkakör", "tapasztalat", "ismeret", "elvárások", "feladatok", "kínálunk", "amit", "fizetés", "cég", "év", "legalább", "számára", "valamint", "illetve", "lesz"],
  tr: ["ve", "bir", "bu", "ile", "için", "da", "de", "olarak", "olan", "en", "az", "çok", "daha", "veya", "iş", "deneyim", "deneyimi", "bilgi", "bilgisi", "aranan", "nitelikler", "sunuyoruz", "görev", "maaş", "şirket", "ekip", "yıl", "sahip", "tercihen"],
  vi: ["và", "của", "các", "có", "là", "được", "trong", "với", "cho", "không", "người", "công", "việc", "làm", "tại", "theo", "khi", "những", "một", "về", "để", "từ", "năm", "kinh", "nghiệm", "lương", "ứng", "viên", "yêu", "cầu", "ty", "hỗ", "trợ", "nhân", "đội", "ngũ", "môi", "trường", "thưởng", "quyền", "lợi", "mô", "tả", "hoặc", "trên", "tiếng", "anh"],
});

/** Letters only some of the languages write: "ñ" Spanish, "ß" German, "ã" Portuguese, "ł" Polish, "ư" Vietnamese; several codes share one letter's weight ("ø" Danish or Norwegian). */
export const LANGUAGE_LETTERS: Record<string, string> = dict({
  "ñ": "es", "ß": "de", "ä": "de fi", "ö": "de fi", "å": "da sv nb", "æ": "da nb", "ø": "da nb", "ü": "de", "ã": "pt", "õ": "pt", "ì": "it", "ò": "it", "œ": "fr", "ê": "fr", "è": "fr", "ë": "fr", "î": "fr", "û": "fr", "ù": "fr",
  "ą": "pl", "ę": "pl", "ł": "pl", "ś": "pl", "ź": "pl", "ż": "pl", "ć": "pl hr", "ń": "pl",
  "ư": "vi", "ơ": "vi", "đ": "vi hr", "ă": "vi ro",
  "ř": "cs", "ě": "cs", "ů": "cs", "ľ": "sk", "ĺ": "sk", "ŕ": "sk", "ô": "sk fr", "ș": "ro", "ț": "ro", "ş": "tr ro", "ţ": "ro",
  "ő": "hu", "ű": "hu", "ğ": "tr", "ı": "tr", "č": "cs sk hr", "š": "cs sk hr", "ž": "cs sk hr",
});
/** Code points of Latin letters that only one language writes: Vietnamese's tone-marked vowels (ạ ả ế ộ ữ…). */
export const LANGUAGE_LETTER_RANGES: [number, number, string][] = [[0x1ea0, 0x1ef9, "vi"]];

/**
 * Writing systems other than Latin, as [first code point, last code point, script]. A script that
 * names one language is given as that language's code ("ko", "el"); the others are split by letters.
 */
export const SCRIPT_RANGES: [number, number, string][] = [
  [0x0370, 0x03ff, "el"], [0x0400, 0x04ff, "cyrillic"], [0x0530, 0x058f, "hy"], [0x0590, 0x05ff, "he"], [0x0600, 0x06ff, "arabic"],
  [0x0900, 0x097f, "hi"], [0x0980, 0x09ff, "bn"], [0x0b80, 0x0bff, "ta"], [0x0e00, 0x0e7f, "th"], [0x10a0, 0x10ff, "ka"],
  [0x1100, 0x11ff, "ko"], [0x3040, 0x30ff, "han"], [0x3130, 0x318f, "ko"], [0x3400, 0x4dbf, "han"], [0x4e00, 0x9fff, "han"],
  [0xac00, 0xd7af, "ko"], [0xf900, 0xfaff, "han"],
];
/** Scripts written without spaces between words: how many letters make one word, roughly. */
export const UNSPACED_SCRIPTS: Record<string, number> = dict({ han: 2, th: 5 });
/** The language a shared script is read as when no letter says otherwise. */
export const SCRIPT_DEFAULTS: Record<string, string> = dict({ cyrillic: "ru", arabic: "ar", han: "zh" });
/** Letters that tell languages of one script apart: "ы" Russian, "і" Ukrainian, "ђ" Serbian, "پ" Persian, "ے" Urdu. */
export const SCRIPT_LETTERS: Record<string, string> = dict({
  "ы": "ru", "э": "ru", "ё": "ru", "і": "uk", "ї": "uk", "є": "uk", "ґ": "uk", "ъ": "bg", "ђ": "sr", "ћ": "sr", "ј": "sr", "љ": "sr", "њ": "sr", "џ": "sr",
  "پ": "fa", "چ": "fa", "ژ": "fa", "گ": "fa", "ے": "ur", "ں": "ur", "ٹ": "ur", "ڈ": "ur", "ڑ": "ur", "ھ": "ur",
});
/** Ranges of letters that tell languages of one script apart: kana among Chinese characters is Japanese. */
export const SCRIPT_LETTER_RANGES: [number, number, string][] = [[0x3040, 0x30ff, "ja"]];

/**
 * Words a breadcrumb's site steps open with, in every lexicon language: the home page ("Home", "Startseite",
 * "Inicio", "Strona główna") and the job listings ("Jobs", "Offres d'emploi", "Vagas de emprego", "Oferty pracy",
 * "Vacatures"). A step that opens with one is the site's, never the posting's category ("Jobs & Funding",
 * "Empleos en Azuay", "Job offers"). Lower case.
 */
export const BREADCRUMB_SITE_WORDS = new Set([
  "home", "homepage", "start", "jobs", "job", "careers", "vacancies", "search", "results", "all",
  "startseite", "jobsuche", "stellensuche", "stellenangebote", "stellenangebot", "suchergebnisse", "stellen",
  "inicio", "início", "empleos", "empleo", "ofertas", "oferta", "trabajos", "trabajo", "bolsa",
  "accueil", "emploi", "emplois", "offres", "offre", "annonces",
  "vagas", "vaga", "emprego", "empregos",
  "lavoro", "offerte", "annunci",
  "praca", "oferty", "strona",
  "vacatures", "vacature", "zoeken",
]);
/** Words after a category in a breadcrumb step that make it the board's listing of it: "HSE jobs in UAE", "Cleaning Jobs". */
export const BREADCRUMB_LISTING_WORDS = ["jobs", "job", "vacatures", "stellen", "empleos", "emplois", "vagas", "offerte", "oferty"];

/**
 * A cookie notice in any language: a word for cookies and a word of using or consenting beside it
 * ("Usiamo i cookie …", "Używamy plików cookies …", "Wir verwenden Cookies …"). Stems, lower case.
 */
export const COOKIE_WORD_STEMS = ["cookie", "ciasteczk", "informasjonskaps", "kakor"];
export const COOKIE_USE_STEMS = ["use", "using", "uses", "usiamo", "utiliz", "usamos", "usa", "używ", "wykorzyst", "verwend", "nutz", "setz", "gebruik", "utilis", "plików", "bruker", "använder"];
/** Consent and settings words of a cookie banner, anywhere in it: "Accetta | Personalizza", "Zgadzam się", "Alle akzeptieren". */
export const COOKIE_CONSENT_STEMS = ["accept", "akzept", "akcept", "zgadzam", "consent", "zustimm", "einwillig", "toestemming", "aceit", "acept", "personaliz", "einstellung", "ustawieni", "impostazion"];
/** A reply form's button, alone on its line: "Send", "Invia", "Wyślij" (lower case, as `wordsOf` reads them). */
export const FORM_SEND_WORDS = new Set(["send", "submit", "send message", "invia", "invia messaggio", "enviar", "envoyer", "senden", "absenden", "verstuur", "versturen", "verzenden", "wyślij", "wyślij wiadomość"]);

/** Words that negate a heading ("Please do NOT apply if:", "Was wir nicht erwarten"): its list says what is not wanted. Lowercase words. */
export const HEADING_NEGATIONS = new Set(["not", "don't", "dont", "never", "nicht", "kein", "keine", "pas", "jamais", "nunca", "niet", "geen", "nie"]);
