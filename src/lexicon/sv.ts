import type { Lexicon } from "./types.js";

/** Swedish headings, labels and board chrome (Platsbanken, Blocket Jobb, Jobbsafari, company career pages). */
export const sv: Lexicon = {
  headings: {
    "about-company": ["om oss", "om företaget", "vilka är vi", "vilka vi är", "om arbetsplatsen", "arbetsplatsen", "företaget", "om teamet", "teamet", "om arbetsgivaren", "om bolaget", "bolaget", "vi är"],
    "about-role": ["om tjänsten", "tjänsten", "om jobbet", "jobbet", "om rollen", "rollen", "din roll", "beskrivning", "tjänstebeskrivning", "arbetsbeskrivning", "om uppdraget", "uppdraget"],
    overview: ["kort om tjänsten", "fakta", "om anställningen", "anställningsvillkor"],
    responsibilities: ["arbetsuppgifter", "dina arbetsuppgifter", "dina uppgifter", "uppgifter", "arbetsuppgifter och ansvar", "ansvarsområden", "dina ansvarsområden", "ansvar", "vad du kommer att göra", "vad kommer du att göra", "i rollen kommer du att", "din vardag", "en vanlig dag", "huvudsakliga arbetsuppgifter", "exempel på arbetsuppgifter"],
    requirements: ["vi söker", "vi söker dig som", "vem är du", "vem söker vi", "vem vi söker", "kvalifikationer", "krav", "dina kvalifikationer", "din profil", "profil", "om dig", "vi tror att du", "du har", "kompetenser", "din bakgrund", "erfarenhet och kompetens", "ska-krav", "krav för tjänsten", "önskade kvalifikationer", "vad vi söker", "vi letar efter"],
    "nice-to-have": ["meriterande", "det är meriterande", "det är meriterande om du", "meriterande kvalifikationer", "meriterande om du", "det är ett plus", "bör-krav", "önskvärt", "fördel"],
    benefits: ["vi erbjuder", "vad vi erbjuder", "vi kan erbjuda", "det här erbjuder vi", "detta erbjuder vi", "vad erbjuder vi", "förmåner", "våra förmåner", "hos oss får du", "vad du får", "det här får du", "villkor", "anställningsförmåner"],
    compensation: ["lön", "lön och villkor", "lön och förmåner", "löneform"],
    "interview-process": ["rekryteringsprocess", "rekryteringsprocessen", "urvalsprocess", "processen", "så går rekryteringen till", "intervjuer"],
    skills: ["teknologier", "verktyg", "tech stack", "färdigheter", "teknisk miljö"],
    diversity: ["mångfald", "inkludering", "mångfald och inkludering", "lika villkor"],
    "how-to-apply": ["ansökan", "ansök", "sök tjänsten", "så ansöker du", "ansökan och kontakt", "kontakt", "kontaktuppgifter", "mer information", "frågor", "intresserad", "är du intresserad", "låter det intressant", "välkommen med din ansökan"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Dina arbetsuppgifter som lagerchef")
  headingStems: {
    responsibilities: ["arbetsuppgift", "uppgift", "ansvarsområd", "vardag"],
    requirements: ["kvalifikation", "krav", "profil", "kompetens", "vem är du", "om dig", "vi söker", "bakgrund"],
    "nice-to-have": ["meriter", "önskvärd", "fördel"],
    benefits: ["erbjud", "förmån", "villkor"],
    compensation: ["lön"],
    "interview-process": ["rekrytering", "urval", "intervju"],
    "about-company": ["om oss", "om företag", "om bolag", "arbetsplats", "vilka är"],
    "how-to-apply": ["ansök", "kontakt"],
    diversity: ["mångfald", "inkludering"],
  },
  // words that open or fill a list item and say its kind ("Erfarenhet av Kubernetes", "Friskvårdsbidrag")
  itemStems: {
    responsibilities: ["ansvara för", "ansvar för", "utveckla", "underhålla", "samordna", "planera", "hantera", "säkerställa", "delta i", "samarbeta med"],
    requirements: ["erfarenhet", "utbildning", "examen", "kunskaper", "kunskap om", "du har", "du är", "års erfarenhet", "flytande", "körkort"],
    "nice-to-have": ["meriterande", "är meriterande", "ett plus", "är ett plus"],
    benefits: ["pension", "tjänstepension", "friskvårdsbidrag", "friskvård", "semesterdagar", "flexibla arbetstider", "kollektivavtal", "försäkring", "lunch", "kompetensutveckling"],
  },
  chromeHeadings: {
    "similar-jobs": ["liknande jobb", "liknande annonser", "andra jobb", "se även", "fler jobb"],
    share: ["dela", "dela annonsen", "dela jobbet"],
  },
  // the site's own sentences: its cookies and privacy terms
  siteTerms: ["kakor", "integritetspolicy", "webbplatsen"],
  chromeLines: {
    navigation: ["ansök nu", "sök jobbet", "spara", "spara annons", "spara jobb", "tillbaka", "tillbaka till sökresultat", "logga in", "skapa konto", "visa mer", "visa mindre", "läs mer", "alla jobb", "visa alla jobb", "rapportera annons"],
  },
  labels: {
    title: ["befattning", "tjänst", "titel", "jobbtitel"],
    company: ["företag", "arbetsgivare", "bolag", "organisation"],
    location: ["ort", "arbetsort", "plats", "placering", "adress", "kommun", "arbetsplats"],
    region: ["län", "region"],
    salary: ["lön", "löneform", "månadslön", "timlön", "lönenivå", "ersättning"],
    employmentType: ["anställningsform", "anställningstyp", "omfattning", "arbetstid", "varaktighet", "tjänstgöringsgrad", "typ av anställning"],
    workplaceType: ["distansarbete", "arbetsform"],
    // (Platsbanken's "Yrkesroll" is the occupation its taxonomy files the ad under, not the ad's own title)
    category: ["kategori", "yrkesområde", "bransch", "yrkesgrupp", "yrkesroll"],
    department: ["avdelning"],
    experience: ["erfarenhet", "krav på erfarenhet"],
    education: ["utbildning", "utbildningsnivå"],
    postedAt: ["publicerad", "publicerat", "publiceringsdatum", "annonsen publicerades"],
    validThrough: ["sista ansökningsdag", "sista ansökningsdatum", "ansök senast", "ansökningstid", "ansökan senast"],
    startDate: ["tillträde", "tillträdesdag", "startdatum", "start"],
  },
};
