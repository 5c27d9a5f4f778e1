import type { Lexicon } from "./types.js";

/** Slovak headings, labels and board chrome (Profesia, Kariéra.sk, Práca.sk, ÚPSVaR, company career pages). */
export const sk: Lexicon = {
  headings: {
    "about-company": ["o nás", "o spoločnosti", "o firme", "kto sme", "informácie o spoločnosti", "o zamestnávateľovi", "predstavenie spoločnosti", "náš tím"],
    "about-role": ["o pozícii", "popis pozície", "popis práce", "informácie o pracovnom mieste", "informácie o pozícii", "náplň pozície"],
    overview: ["základné informácie", "zhrnutie", "detaily ponuky"],
    responsibilities: [
      "náplň práce", "pracovná náplň", "náplň práce, právomoci a zodpovednosti", "čo vás čaká", "čo ťa čaká", "čo budete robiť", "čo budeš robiť",
      "vaše úlohy", "tvoje úlohy", "hlavné úlohy", "pracovné činnosti", "zodpovednosti", "vaša zodpovednosť",
    ],
    requirements: [
      "požadujeme", "požiadavky", "požiadavky na zamestnanca", "požiadavky na uchádzača", "čo od vás očakávame", "čo od teba očakávame", "koho hľadáme",
      "hľadáme", "váš profil", "tvoj profil", "profil uchádzača", "predpoklady", "osobnostné predpoklady a zručnosti", "kvalifikácia", "čo potrebujeme",
    ],
    "nice-to-have": ["výhodou", "výhodou je", "výhodou bude", "oceníme", "uvítame", "bonusom je", "plusom je"],
    benefits: ["ponúkame", "čo ponúkame", "čo vám ponúkame", "čo ti ponúkame", "čo získate", "čo získaš", "benefity", "výhody", "zamestnanecké výhody", "zamestnanecké výhody, benefity", "naše benefity", "prečo k nám", "prečo pracovať u nás"],
    compensation: ["mzda", "plat", "mzdové podmienky", "platové podmienky", "odmena", "finančné ohodnotenie", "základná zložka mzdy", "základná zložka mzdy (brutto)"],
    "interview-process": ["výberové konanie", "informácie o výberovom konaní", "priebeh výberového konania", "ako prebieha výberové konanie", "ďalšie kroky"],
    skills: ["zručnosti", "technológie", "znalosti", "jazykové znalosti", "počítačové znalosti"],
    diversity: ["rovnaké príležitosti", "diverzita"],
    "how-to-apply": ["kontakt", "ako sa prihlásiť", "máte záujem", "máš záujem", "reagovať na ponuku", "odpovedať na ponuku"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Náplň práce skladníka")
  headingStems: {
    responsibilities: ["náplň", "úloh", "činnost", "čaká", "zodpovednost"],
    requirements: ["požiad", "požadujem", "očakáv", "predpoklad", "kvalifikác", "profil", "hľadáme"],
    "nice-to-have": ["výhodou", "ocení", "uvíta"],
    benefits: ["ponúkame", "benefit", "získate", "získaš", "výhody"],
    compensation: ["mzd", "platov", "odmen"],
    "interview-process": ["výberov", "pohovor"],
    "about-company": ["o nás", "o spoločnost", "o firm"],
    "how-to-apply": ["kontakt", "prihlás", "uchádz"],
  },
  // words that open or fill a list item and say its kind ("Prax v sklade minimálne 1 rok", "Stravné lístky v hodnote 6 EUR")
  itemStems: {
    responsibilities: ["spracovanie", "vedenie", "komunikácia s", "spolupráca s", "príprava", "zabezpečenie", "koordinácia", "správa", "údržba", "obsluha", "vykládka", "nakládka", "kontrola"],
    requirements: ["skúsenosť", "skúsenosti", "prax", "znalosť", "vzdelanie", "vodičský preukaz", "preukaz", "rokov praxe", "roky praxe", "samostatnosť", "spoľahlivosť", "zodpovednosť", "ochota", "dobrý zdravotný stav"],
    "nice-to-have": ["je výhodou", "výhodou", "je plus", "uvítame"],
    benefits: ["dovolenk", "stravn", "príspevok na", "príplatok", "bonus", "doplnkové dôchodkové", "životné poistenie", "práca z domu", "pružný pracovný čas", "zľava", "firemné akcie", "13. plat", "školeni", "služobn", "doprava do práce"],
  },
  chromeHeadings: {
    "similar-jobs": ["podobné ponuky", "podobné pozície", "ďalšie ponuky", "ďalšie ponuky firmy", "mohlo by vás zaujímať"],
    share: ["zdieľať ponuku", "zdieľať"],
  },
  chromeLines: {
    navigation: [
      "reagovať", "reagovať na ponuku", "odpovedať", "uložiť", "uložiť ponuku", "poslať známemu", "zdieľať", "vytlačiť", "nahlásiť ponuku", "späť", "späť na výsledky",
      "prihlásiť sa", "registrovať sa", "ponuky práce", "pre firmy", "zobraziť viac", "zobraziť menej", "všetky ponuky", "súhlasím", "odmietnuť", "nastavenia",
    ],
  },
  labels: {
    title: ["pozícia", "názov pozície", "pracovná pozícia"],
    company: ["spoločnosť", "zamestnávateľ", "firma", "názov firmy"],
    location: ["miesto práce", "miesto výkonu práce", "pracovisko", "lokalita", "adresa pracoviska"],
    region: ["kraj", "okres"],
    salary: ["mzda", "plat", "ponúkaná mzda", "mzdové rozpätie", "platové rozpätie", "odmena", "hrubá mzda", "základná zložka mzdy", "základná zložka mzdy (brutto)"],
    employmentType: ["druh pracovného pomeru", "typ pracovného pomeru", "pracovný pomer", "typ úväzku", "úväzok", "druh úväzku"],
    workplaceType: ["práca z domu", "forma práce"],
    category: ["odbor", "kategória", "oblasť", "odvetvie"],
    department: ["oddelenie"],
    experience: ["prax", "požadovaná prax", "počet rokov praxe", "dĺžka praxe", "skúsenosti"],
    education: ["vzdelanie", "požadované vzdelanie", "minimálne vzdelanie"],
    postedAt: ["pridané", "zverejnené", "ponuka zverejnená", "dátum zverejnenia", "aktualizované"],
    validThrough: ["platnosť ponuky", "ponuka platí do", "uzávierka", "termín na prihlášky"],
    startDate: ["nástup", "dátum nástupu", "termín nástupu", "možný nástup"],
  },
};
