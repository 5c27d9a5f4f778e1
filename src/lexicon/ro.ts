import type { Lexicon } from "./types.js";

/** Romanian headings, labels and board chrome (eJobs, BestJobs, Hipo, company career pages). */
export const ro: Lexicon = {
  headings: {
    "about-company": ["despre noi", "despre companie", "despre angajator", "despre firmă", "cine suntem", "compania", "despre compania noastră", "echipa noastră"],
    "about-role": ["despre job", "despre rol", "despre post", "despre poziție", "descrierea postului"],
    overview: ["detalii job", "detalii", "informații generale", "detalii despre job"],
    responsibilities: [
      "responsabilități", "responsabilitati", "responsabilități principale", "principalele responsabilități", "responsabilitățile postului", "responsabilitățile tale",
      "atribuții", "atributii", "atribuții principale", "atribuțiile postului", "descrierea jobului", "sarcini", "ce vei face", "ce vei face la noi", "rolul tău", "activități",
    ],
    requirements: [
      "cerințe", "cerinte", "cerințe obligatorii", "cerinte obligatorii", "cerințele postului", "cerințe minime", "profilul candidatului", "profilul candidatului ideal",
      "candidatul ideal", "ce căutăm", "ce așteptăm de la tine", "profilul tău", "calificări", "competențe necesare", "cerințe job", "ce ne dorim de la tine",
    ],
    "nice-to-have": ["constituie avantaj", "constituie un avantaj", "reprezintă un avantaj", "reprezintă avantaj", "este un avantaj", "constituie un plus", "ar fi un plus", "cerințe opționale", "cerinte optionale"],
    benefits: ["beneficii", "oferim", "ce oferim", "ce îți oferim", "ce iti oferim", "noi oferim", "beneficiile tale", "avantaje", "beneficii oferite", "ce primești", "de ce să lucrezi cu noi"],
    compensation: ["salariu", "salarizare", "pachet salarial", "pachetul salarial"],
    "interview-process": ["procesul de recrutare", "etapele procesului de recrutare", "procesul de selecție", "etapele recrutării", "pașii următori", "etape recrutare"],
    skills: ["competențe", "abilități", "tehnologii", "aptitudini"],
    diversity: ["diversitate", "egalitate de șanse"],
    "how-to-apply": ["cum aplici", "cum să aplici", "cum poți aplica", "modalitate de aplicare", "aplicare", "date de contact", "contact"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Responsabilitățile asistentului", "Cerințe pentru post")
  headingStems: {
    responsibilities: ["responsabilit", "atribuți", "atributi", "sarcin"],
    requirements: ["cerinț", "cerint", "profilul candidat", "calificăr"],
    "nice-to-have": ["constituie avantaj", "constituie un avantaj", "reprezintă un avantaj", "un plus"],
    benefits: ["benefici", "oferim"],
    compensation: ["salari", "salarizar"],
    "interview-process": ["recrutar", "selecți", "interviu"],
    "about-company": ["despre noi", "despre compani", "cine suntem"],
    "how-to-apply": ["cum aplici", "cum să aplici", "contact"],
  },
  // words that open or fill a list item and say its kind ("Minim 1 an de experiență", "Tichete de masă"); none an English word begins with ("minimal", "certificate", "transport")
  itemStems: {
    responsibilities: ["gestionează", "gestionarea", "asigură", "asigurarea", "realizează", "realizarea", "coordonează", "coordonarea", "pregătește", "pregătirea", "participă", "participarea", "colaborează", "colaborarea", "monitorizează", "monitorizarea", "întocmește", "întocmirea", "completează", "efectuează", "verifică", "verificarea", "menține", "oferă suport"],
    requirements: ["experiență", "experienta", "studii", "cunoștințe", "cunostinte", "cunoașterea", "absolvent", "permis de conducere", "abilități", "disponibilitate", "capacitate", "atestat", "certificat de", "minim 1", "minim 2", "minim 3"],
    "nice-to-have": ["constituie avantaj", "reprezintă un avantaj", "este un avantaj", "un plus", "constituie un plus"],
    benefits: ["tichete de masă", "tichete de masa", "abonament medical", "abonament", "bonus", "asigurare", "zile de concediu", "concediu", "salariu motivant", "pachet salarial", "decontat", "decontare", "cursuri", "program flexibil", "lucru de acasă", "vouchere"],
  },
  chromeHeadings: {
    "similar-jobs": ["joburi similare", "locuri de muncă similare", "joburi asemănătoare", "alte joburi", "alte joburi de la acest angajator", "locuri de muncă recomandate", "joburi recomandate"],
    share: ["distribuie", "distribuie jobul"],
  },
  chromeLines: {
    navigation: [
      "aplică", "aplica", "aplică acum", "aplică rapid", "aplică la job", "aplică pentru acest job", "salvează", "salvează jobul", "distribuie", "distribuie jobul", "raportează", "raportează jobul",
      "înapoi", "înapoi la rezultate", "autentificare", "intră în cont", "contul meu", "creează cont", "vezi mai mult", "vezi mai puțin", "locuri de muncă", "angajatori",
      "acceptă", "accept toate", "acceptă toate", "setări",
    ],
  },
  chromePrefixes: ["folosim cookie-uri", "acest site folosește cookie", "fii printre primii", "descarcă aplicația", "toate drepturile rezervate"],
  // --- chrome by shape: buttons put the verb first ("Aplică rapid", "Salvează jobul") ---
  uiVerbs: ["aplică", "aplica", "salvează", "distribuie", "raportează", "vezi", "caută", "descarcă", "urmărește", "creează", "trimite", "citește"],
  uiObjects: ["job", "locuri", "ofert", "anunț", "angajator", "compani", "profil", "cv", "acum", "rapid", "mai mult", "toate"],
  siteTerms: ["cookie", "confidențialitate", "termeni și condiții", "browserul tău", "toate drepturile rezervate", "anpc"],
  boardNouns: ["joburi", "locuri de muncă", "salarii", "angajatori"],
  placeWords: ["în", "din", "la"],
  answerWords: ["da", "nu", "omite"],
  formFields: ["nume", "prenume", "e-mail", "email", "telefon", "mesaj", "trimite"],
  counterNouns: ["angajați", "aplicanți", "urmăritori", "candidați", "recenzii", "vizualizări"],
  labels: {
    title: ["titlu job", "titlul postului", "denumire post", "poziție"],
    company: ["angajator", "companie", "compania", "nume companie"],
    location: ["oraș", "oras", "orașe", "locație", "locatie", "localitate", "locul de muncă", "loc de muncă", "adresa"],
    region: ["județ", "judet", "regiune"],
    salary: ["salariu", "salariul", "salariu net", "salariu brut", "pachet salarial", "remunerație"],
    employmentType: ["tip job", "tip contract", "tipul jobului", "tip de angajare", "tip angajare", "normă", "norma"],
    workplaceType: ["mod de lucru", "modalitate de lucru", "regim de lucru", "tip de lucru"],
    category: ["domeniu", "domenii", "industrie", "industria", "categorie"],
    department: ["departament"],
    seniority: ["nivel carieră", "nivel cariera", "nivelul carierei"],
    experience: ["experiență", "experienta", "experiență necesară", "ani de experiență"],
    education: ["nivel studii", "nivel de studii", "studii", "studii necesare", "educație"],
    postedAt: ["publicat", "publicat pe", "data publicării", "postat", "postat pe"],
    validThrough: ["expiră", "expira", "data expirării", "valabil până la", "termen limită", "data limită", "aplică până la"],
    startDate: ["data începerii", "data de început", "data angajării"],
  },
};
