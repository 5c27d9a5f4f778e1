/**
 * Degree words by language, beside the shared table in terms.ts (education, wip-steps): the wordings
 * boards use that the shared table lacked ("Graduação", "Diploma di scuola superiore", "Master of
 * Science", "HBO of WO", "Título universitario", "Tecnólogo"). Data only.
 */
type Level = "doctorate" | "master" | "bachelor" | "associate" | "high-school" | "other";

export const EDUCATION_BY_LANGUAGE: Record<string, [string, Level][]> = {
  en: [
    ["master of science", "master"], ["master of arts", "master"], ["master of engineering", "master"], ["master of business administration", "master"],
    ["master of public health", "master"], ["master of laws", "master"], ["master of education", "master"], ["master of fine arts", "master"],
    ["master of social work", "master"], ["master's level", "master"], ["postgraduate qualification", "master"],
    ["bachelor of science", "bachelor"], ["bachelor of arts", "bachelor"], ["bachelor of engineering", "bachelor"], ["honours degree", "bachelor"], ["honors degree", "bachelor"],
    ["bsc (hons)", "bachelor"], ["ba (hons)", "bachelor"], ["beng (hons)", "bachelor"], ["degree-level", "bachelor"], ["degree level", "bachelor"], ["bachelor-level", "bachelor"],
    ["secondary (high) school", "high-school"], ["secondary education", "high-school"], ["secondary school certificate", "high-school"], ["school leaving certificate", "high-school"],
    ["high-school diploma", "high-school"], ["high-school", "high-school"], ["high school equivalency", "high-school"],
    // a degree named by its kind: "A technical or quantitative degree (Computer Science, …)"
    ["advanced technical degree", "master"], ["quantitative degree", "bachelor"], ["technical degree", "bachelor"], ["relevant degree", "bachelor"], ["related degree", "bachelor"], ["stem degree", "bachelor"],
    ["engineering degree", "bachelor"], ["computer science degree", "bachelor"], ["degree-qualified", "bachelor"], ["degree qualified", "bachelor"],
    ["graduated from university", "bachelor"], ["university graduate", "bachelor"], ["college graduate", "bachelor"], ["graduate degree", "master"],
    // beyond school, no level named ("Post-secondary education in a related field")
    ["post-secondary education", "other"], ["post-secondary", "other"], ["postsecondary", "other"], ["tertiary education", "other"],
    // Australia and New Zealand: a "tertiary qualification" is a degree
    ["tertiary qualification", "bachelor"], ["tertiary degree", "bachelor"],
    // school-leaving certificates by their grade or name (ZA, NG, IN, PH): "Grade 12 (Matric)", "SSCE", "12th pass"
    ["grade 12", "high-school"], ["matric", "high-school"], ["national senior certificate", "high-school"], ["ssce", "high-school"], ["o'level", "high-school"],
    ["o level", "high-school"], ["12th pass", "high-school"], ["senior high school", "high-school"],
    // a diploma in a field is a college qualification below a degree (SG, MY, AU, IN, UK): "Diploma in Logistics"
    ["diploma in", "associate"], ["polytechnic diploma", "associate"], ["higher national diploma", "associate"],
    // Nigeria's polytechnic diplomas: the Ordinary National Diploma (two years), "OND"
    ["ordinary national diploma", "associate"], ["ond", "associate"],
    // a trade's or a vocational qualification: "completed apprenticeship", "NVQ Level 3", "City & Guilds", "Red Seal"
    ["completed apprenticeship", "other"], ["apprenticeship completed", "other"], ["trade qualification", "other"], ["trade certificate", "other"],
    ["journeyman", "other"], ["red seal", "other"], ["nvq level", "other"], ["city & guilds", "other"], ["city and guilds", "other"], ["btec", "other"],
    // Australia's vocational certificates ("Certificate IV in Youth Work"); Hong Kong's "Higher Diploma"
    ["certificate iii", "other"], ["certificate iv", "other"], ["higher diploma", "associate"],
  ],
  de: [
    ["master-abschluss", "master"], ["masterabschluss", "master"], ["masterstudium", "master"], ["bachelor-abschluss", "bachelor"], ["bachelorabschluss", "bachelor"], ["bachelorstudium", "bachelor"],
    ["universitätsabschluss", "bachelor"], ["fh-abschluss", "bachelor"], ["fachhochschulabschluss", "bachelor"], ["abgeschlossenes hochschulstudium", "bachelor"],
    // Austria's school-leaving exam and its higher technical and business schools: "Matura", "HTL", "HAK"
    ["matura", "high-school"], ["htl-matura", "high-school"], ["htl", "high-school"], ["hak", "high-school"],
    ["allgemeine hochschulreife", "high-school"], ["mittlerer schulabschluss", "high-school"], ["hauptschule", "high-school"], ["realschule", "high-school"],
    ["abgeschlossene kaufmännische ausbildung", "other"],
    // an apprenticeship and its certificates (DE, AT, CH): "abgeschlossene Lehre", "Gesellenbrief", "EFZ"
    ["abgeschlossene lehre", "other"], ["lehrabschluss", "other"], ["lehrabschlussprüfung", "other"], ["berufslehre", "other"], ["lehre als", "other"],
    ["gesellenbrief", "other"], ["gesellenprüfung", "other"], ["meisterbrief", "other"], ["meisterprüfung", "other"], ["facharbeiterprüfung", "other"],
    ["kaufmännische grundbildung", "other"], ["grundbildung efz", "other"], ["efz", "other"], ["eidgenössisches fähigkeitszeugnis", "other"],
  ],
  fr: [
    ["bac + 4", "master"], ["master 2", "master"], ["master ii", "master"], ["diplôme de master", "master"], ["mastère", "master"],
    ["licence professionnelle", "bachelor"], ["diplôme universitaire", "bachelor"],
    ["bac pro", "high-school"], ["baccalauréat professionnel", "high-school"], ["cap", "other"], ["bep", "other"],
    // a trade's state diploma or professional title: "Diplôme d'aide-soignant", "DEAS", "DAP" (LU), "titre professionnel"
    ["diplôme d'aide-soignant", "other"], ["diplôme d’aide-soignant", "other"], ["diplôme d'état d'aide-soignant", "other"], ["deas", "other"],
    ["dap", "other"], ["diplôme d'aptitude professionnelle", "other"], ["titre professionnel", "other"], ["cqp", "other"],
    // Belgium's "bachelier" (a bachelor's degree); Québec's school and college diplomas: DES, DEP, DEC
    ["bachelier", "bachelor"], ["diplôme d'études secondaires", "high-school"], ["diplôme d’études secondaires", "high-school"], ["des", "high-school"],
    ["diplôme d'études professionnelles", "other"], ["dep", "other"], ["diplôme d'études collégiales", "associate"], ["dec", "associate"],
  ],
  es: [
    ["título universitario", "bachelor"], ["titulo universitario", "bachelor"], ["titulación universitaria", "bachelor"], ["título de grado", "bachelor"],
    ["estudios universitarios", "bachelor"], ["graduado universitario", "bachelor"], ["graduado en", "bachelor"], ["ingeniero en", "bachelor"], ["ingeniería en", "bachelor"],
    ["título de ingeniero", "bachelor"], ["título profesional", "bachelor"], ["universitaria completa", "bachelor"], ["universitario completo", "bachelor"], ["educación universitaria", "bachelor"],
    ["maestría", "master"], ["magíster", "master"], ["doctorado", "doctorate"],
    // "título de tercer nivel" (Ecuador, Colombia): a university degree; "cuarto nivel": a postgraduate one
    ["tercer nivel", "bachelor"], ["cuarto nivel", "master"], ["título de contador", "bachelor"],
    // vocational training's certificates (ES): "certificado de profesionalidad", "título de técnico en …" (grado medio)
    ["certificado de profesionalidad", "other"], ["título de técnico en", "other"], ["técnico en cuidados", "other"],
    ["técnico superior universitario", "associate"],
    // Mexico's upper secondary school: "preparatoria terminada"
    ["preparatoria", "high-school"],
    // a higher technician's diploma: Chile's "Técnico de Nivel Superior" (CFT/IP), Spain's "grado superior"
    ["técnico de nivel superior", "associate"], ["técnico nivel superior", "associate"], ["técnico superior", "associate"], ["grado superior", "associate"], ["bachiller", "high-school"], ["secundaria completa", "high-school"], ["educación secundaria", "high-school"],
    // a profession that needs a degree, written for both genders: "Ingeniero/a Agrónomo/a"
    ["ingeniero/a", "bachelor"], ["ingeniera/o", "bachelor"],
  ],
  pt: [
    ["graduação", "bachelor"], ["graduado em", "bachelor"], ["formado em", "bachelor"], ["formação superior completa", "bachelor"], ["curso superior completo", "bachelor"],
    ["pós-graduação", "master"], ["pós graduação", "master"], ["mba em", "master"],
    // Portugal: "12.º ano" (the school-leaving year), "ensino secundário"
    ["12.º ano", "high-school"], ["12º ano", "high-school"], ["ensino secundário", "high-school"],
    ["tecnólogo", "associate"], ["ensino médio", "high-school"], ["ensino médio completo", "high-school"], ["segundo grau completo", "high-school"],
    ["curso técnico", "other"], ["ensino técnico", "other"], ["ensino fundamental", "other"],
  ],
  it: [
    ["diploma di scuola superiore", "high-school"], ["diploma di scuola media superiore", "high-school"], ["scuola superiore", "high-school"], ["diploma superiore", "high-school"],
    ["diploma di maturità", "high-school"], ["diploma di perito", "high-school"], ["diploma tecnico", "high-school"], ["diploma", "high-school"],
    ["diploma universitario", "bachelor"], ["laurea triennale", "bachelor"], ["laurea in", "bachelor"], ["laurea magistrale", "master"], ["master di primo livello", "master"],
    ["dottorato di ricerca", "doctorate"], ["qualifica professionale", "other"],
  ],
  nl: [
    ["hbo", "bachelor"], ["hbo-niveau", "bachelor"], ["hbo niveau", "bachelor"], ["wo", "master"], ["wo-master", "master"], ["universitaire opleiding", "master"], ["academisch niveau", "master"],
    ["bachelordiploma", "bachelor"], ["masterdiploma", "master"], ["mbo 4", "other"], ["mbo-4", "other"], ["mbo niveau 4", "other"], ["vmbo", "high-school"],
    // Flanders: secondary school ("secundair onderwijs", ASO/TSO/BSO)
    ["secundair onderwijs", "high-school"], ["diploma secundair", "high-school"], ["middelbaar onderwijs", "high-school"], ["hoger secundair", "high-school"],
  ],
  // Vietnamese abbreviations: "Tốt nghiệp ĐH/CĐ" (university / college)
  // Swedish: upper-secondary school and its vocational programmes, a university degree
  sv: [["gymnasiets", "high-school"], ["gymnasieutbildning", "high-school"], ["gymnasieexamen", "high-school"], ["kandidatexamen", "bachelor"], ["högskoleexamen", "bachelor"], ["masterexamen", "master"], ["magisterexamen", "master"], ["yrkeshögskola", "other"]],
  // Czech: "SŠ s maturitou" (secondary with the school-leaving exam), "VŠ" (university), "vyučen/a" (an apprenticeship)
  cs: [
    ["s maturitou", "high-school"], ["maturita", "high-school"], ["středoškolské vzdělání", "high-school"], ["sš", "high-school"],
    ["vysokoškolské vzdělání", "bachelor"], ["vš", "bachelor"], ["bakalářské", "bachelor"], ["magisterské", "master"], ["inženýrské", "master"],
    ["vyučen", "other"], ["vyučení", "other"], ["výuční list", "other"],
  ],
  // Slovak: "stredoškolské s maturitou" (secondary with the school-leaving exam), "bez maturity" (without it), "vysokoškolské I. stupňa" (a bachelor's)
  sk: [
    ["stredoškolské s maturitou", "high-school"], ["úplné stredné", "high-school"], ["stredoškolské bez maturity", "other"], ["stredné odborné", "other"],
    ["vysokoškolské i. stupňa", "bachelor"], ["vysokoškolské ii. stupňa", "master"], ["vysokoškolské iii. stupňa", "doctorate"], ["vysokoškolské", "bachelor"],
    ["výučný list", "other"], ["vyučený", "other"],
  ],
  // Finnish: "tradenomi" (a UAS bachelor's in business), "merkonomi" (a vocational qualification), "ylempi AMK" (a UAS master's), "maisteri"; the genitive as lists write it ("tradenomin tutkinto")
  fi: [
    ["tohtori", "doctorate"], ["tohtorin tutkinto", "doctorate"], ["maisteri", "master"], ["maisterin", "master"], ["diplomi-insinööri", "master"], ["ylempi korkeakoulututkinto", "master"],
    ["ylemmän korkeakoulututkinnon", "master"], ["ylempi amk", "master"], ["ylempi amk-tutkinto", "master"], ["kandidaatti", "bachelor"], ["kandidaatin", "bachelor"],
    ["alempi korkeakoulututkinto", "bachelor"], ["korkeakoulututkinto", "bachelor"], ["korkeakoulututkinnon", "bachelor"], ["amk", "bachelor"], ["amk-tutkinto", "bachelor"],
    ["ammattikorkeakoulututkinto", "bachelor"], ["ammattikorkeakoulu", "bachelor"], ["yliopisto", "bachelor"], ["yliopistotutkinto", "bachelor"], ["tradenomi", "bachelor"], ["tradenomin", "bachelor"],
    ["insinööri", "bachelor"], ["insinöörin", "bachelor"], ["ylioppilastutkinto", "high-school"], ["ylioppilas", "high-school"], ["lukio", "high-school"],
    ["merkonomi", "other"], ["merkonomin", "other"], ["ammatillinen perustutkinto", "other"], ["perustutkinto", "other"], ["ammattitutkinto", "other"], ["toisen asteen tutkinto", "other"],
  ],
  // Romanian: "studii superioare" (a university degree), "licență", "școală postliceală" (post-secondary vocational), "liceu"/"bacalaureat" (secondary)
  ro: [
    ["doctorat", "doctorate"], ["masterat", "master"], ["studii superioare", "bachelor"], ["studii universitare", "bachelor"], ["licență", "bachelor"], ["licenta", "bachelor"],
    ["diplomă de licență", "bachelor"], ["absolvent de facultate", "bachelor"], ["facultate", "bachelor"], ["studii postliceale", "other"], ["școală postliceală", "other"],
    ["școli postliceale", "other"], ["scoala postliceala", "other"], ["postliceală", "other"], ["studii medii", "high-school"], ["liceu", "high-school"], ["bacalaureat", "high-school"],
    ["diplomă de bacalaureat", "high-school"], ["școală profesională", "other"], ["scoala profesionala", "other"],
  ],
  vi: [["đh", "bachelor"], ["cđ", "associate"], ["thpt", "high-school"]],
  pl: [
    ["studia wyższe magisterskie", "master"], ["wykształcenie wyższe magisterskie", "master"], ["tytuł magistra", "master"], ["studia magisterskie", "master"],
    ["studia licencjackie", "bachelor"], ["studia inżynierskie", "bachelor"], ["tytuł inżyniera", "bachelor"], ["wykształcenie wyższe techniczne", "bachelor"],
    ["wykształcenie średnie techniczne", "high-school"], ["świadectwo maturalne", "high-school"], ["wykształcenie podstawowe", "other"], ["szkoła zawodowa", "other"],
  ],  // Turkish: Kariyer.net's levels "Üniversite (Mezun)", "Ön Lisans" (a two-year vocational degree), "Yüksek Lisans" (a master's), "Lise"; the genitives lists write ("Üniversitelerin … bölümlerinden mezun")
  tr: [
    ["doktora", "doctorate"], ["yüksek lisans", "master"], ["yükseklisans", "master"], ["ön lisans", "associate"], ["önlisans", "associate"], ["meslek yüksekokulu", "associate"],
    ["meslek yüksekokulları", "associate"], ["lisans", "bachelor"], ["lisans mezunu", "bachelor"], ["üniversite", "bachelor"], ["üniversite mezunu", "bachelor"], ["üniversitelerin", "bachelor"],
    ["üniversitelerinin", "bachelor"], ["fakültesi", "bachelor"], ["fakültelerinden", "bachelor"], ["lise", "high-school"], ["lise mezunu", "high-school"], ["meslek lisesi", "high-school"],
    ["ilköğretim", "other"],
  ],
  // Hungarian: "felsőfokú végzettség" (a degree), "középfokú végzettség" and "érettségi" (secondary), "mesterképzés" (a master's), "szakmunkásképző" (vocational)
  hu: [
    ["doktori", "doctorate"], ["phd fokozat", "doctorate"], ["mesterképzés", "master"], ["mesterképzésben", "master"], ["mesterdiploma", "master"], ["egyetemi végzettség", "bachelor"],
    ["felsőfokú végzettség", "bachelor"], ["felsőfokú", "bachelor"], ["főiskolai végzettség", "bachelor"], ["főiskolai", "bachelor"], ["egyetemi diploma", "bachelor"], ["diplomás", "bachelor"],
    ["bsc", "bachelor"], ["alapképzés", "bachelor"], ["középfokú végzettség", "high-school"], ["középfokú", "high-school"], ["érettségi", "high-school"], ["érettségivel", "high-school"],
    ["szakmunkásképző", "other"], ["szakképesítés", "other"], ["szakirányú végzettség", "other"], ["okj", "other"], ["általános iskola", "other"],
  ],
};

/**
 * Of the words above, those that are degrees only in postings of their language: Italian "diploma" is
 * the school-leaving certificate, English "diploma" any certificate; Dutch "WO" and "HBO" are
 * short words in capitals elsewhere; French "CAP" is a cap.
 */
export const EDUCATION_ONLY_IN_LANGUAGE = ["diploma", "diploma in", "matric", "tercer nivel", "cuarto nivel", "hbo", "wo", "cap", "bep", "efz", "dap", "deas", "cqp", "lehre als", "graduado en", "formado em", "ingeniero en", "ingeniería en", "des", "dep", "dec", "bachelier"];

/** Short degree words that count only written in capitals ("WO", "HBO", "CAP", "BEP"). */
export const EDUCATION_CAPITALS_ONLY = ["sš", "vš", "ond", "htl", "hak", "wo", "cap", "bep", "efz", "dap", "deas", "cqp", "btec", "đh", "cđ", "thpt", "des", "dep", "dec"];
