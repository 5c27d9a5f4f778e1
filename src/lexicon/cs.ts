import type { Lexicon } from "./types.js";

/** Czech headings, labels and board chrome (Jobs.cz, Prace.cz, StartupJobs, Úřad práce, company career pages). */
export const cs: Lexicon = {
  headings: {
    "about-company": ["o nás", "o společnosti", "o firmě", "kdo jsme", "o zaměstnavateli", "představení společnosti", "o týmu", "náš tým"],
    "about-role": ["o pozici", "popis pozice", "popis práce", "pozice", "informace o pozici", "náplň pozice"],
    overview: ["základní informace", "shrnutí", "detaily nabídky"],
    responsibilities: [
      "náplň práce", "pracovní náplň", "co vás čeká", "co tě čeká", "co budete dělat", "co budeš dělat", "vaše úkoly", "tvoje úkoly", "vaše náplň práce",
      "hlavní úkoly", "hlavní náplň práce", "pracovní činnosti", "popis činností", "čemu se budete věnovat", "čemu se budeš věnovat", "odpovědnosti", "vaše zodpovědnosti",
    ],
    requirements: [
      "požadujeme", "požadavky", "požadavky na uchazeče", "co od vás očekáváme", "co od tebe očekáváme", "co očekáváme", "koho hledáme", "hledáme", "hledáme tě",
      "váš profil", "tvůj profil", "profil uchazeče", "co byste měli mít", "co bys měl mít", "předpoklady", "kvalifikace", "požadovaná kvalifikace", "co potřebujeme",
    ],
    "nice-to-have": ["výhodou", "výhodou je", "výhodou bude", "oceníme", "uvítáme", "bonusem je", "plus je"],
    benefits: ["nabízíme", "co nabízíme", "co vám nabízíme", "co ti nabízíme", "co získáte", "co získáš", "benefity", "výhody", "zaměstnanecké benefity", "naše benefity", "proč k nám", "proč pracovat u nás"],
    compensation: ["mzda", "plat", "mzdové podmínky", "platové podmínky", "odměna", "finanční ohodnocení"],
    "interview-process": ["výběrové řízení", "průběh výběrového řízení", "jak probíhá výběrové řízení", "jak to probíhá", "další kroky"],
    skills: ["dovednosti", "technologie", "znalosti", "technologie, se kterými pracujeme"],
    diversity: ["rovné příležitosti", "diverzita"],
    "how-to-apply": ["kontakt", "jak se přihlásit", "jak se ucházet", "máte zájem", "máš zájem", "zaujala vás nabídka", "zaujala tě nabídka", "odpovědět na nabídku", "reagovat na nabídku"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Náplň práce skladníka")
  headingStems: {
    responsibilities: ["náplň", "úkol", "činnost", "čeká", "odpovědnost"],
    requirements: ["požad", "očekáv", "předpoklad", "kvalifikac", "profil", "hledáme"],
    "nice-to-have": ["výhodou", "ocení", "uvítá"],
    benefits: ["nabízíme", "benefity", "získáte", "získáš", "výhody"],
    compensation: ["mzd", "platov", "odměn"],
    "interview-process": ["výběrov", "pohovor"],
    "about-company": ["o nás", "o společnost", "o firm"],
    "how-to-apply": ["kontakt", "přihlás", "uchaz"],
  },
  // words that open or fill a list item and say its kind ("Zkušenost s účetnictvím", "Stravenky v hodnotě 120 Kč")
  itemStems: {
    responsibilities: ["zpracování", "vedení", "komunikace s", "spolupráce s", "příprava", "zajištění", "koordinace", "správa", "údržba", "obsluha"],
    requirements: ["zkušenost", "praxe", "znalost", "vzdělání", "řidičský průkaz", "ŘP sk", "let praxe", "roky praxe", "samostatnost", "spolehlivost", "pečlivost", "komunikativnost"],
    "nice-to-have": ["je výhodou", "výhodou", "je plus", "uvítáme"],
    benefits: ["dovolen", "stravenk", "příspěvek na", "penzijní", "životní pojištění", "práce z domova", "flexibilní pracovní doba", "sleva", "firemní akce", "13. plat", "školení", "služební"],
  },
  chromeHeadings: {
    "similar-jobs": ["podobné nabídky", "podobné pozice", "další nabídky", "další nabídky firmy", "mohlo by vás zajímat"],
    share: ["sdílet nabídku", "sdílet"],
  },
  chromeLines: {
    navigation: [
      "odpovědět", "odpovědět na nabídku", "reagovat", "uložit", "uložit nabídku", "sdílet", "vytisknout", "nahlásit nabídku", "zpět", "zpět na výsledky",
      "přihlásit se", "registrovat se", "nabídky práce", "pro firmy", "zobrazit více", "zobrazit méně", "všechny nabídky", "přijmout vše", "odmítnout", "nastavení",
    ],
  },
  labels: {
    title: ["pozice", "název pozice", "pracovní pozice"],
    company: ["společnost", "zaměstnavatel", "firma", "název firmy"],
    location: ["místo pracoviště", "místo výkonu práce", "pracoviště", "lokalita", "adresa pracoviště", "místo práce"],
    region: ["kraj", "okres"],
    salary: ["mzda", "plat", "nabízená mzda", "mzdové rozmezí", "platové rozmezí", "odměna", "hrubá mzda"],
    employmentType: ["typ pracovního poměru", "pracovní poměr", "typ úvazku", "úvazek", "druh pracovního poměru", "délka pracovního poměru", "typ spolupráce"],
    workplaceType: ["práce z domova", "forma práce"],
    category: ["obor", "kategorie", "oblast", "odvětví"],
    department: ["oddělení"],
    experience: ["praxe", "požadovaná praxe", "zkušenosti", "délka praxe"],
    education: ["vzdělání", "požadované vzdělání", "minimální vzdělání"],
    postedAt: ["přidáno", "zveřejněno", "datum zveřejnění", "aktualizováno"],
    validThrough: ["platnost nabídky", "nabídka platí do", "uzávěrka", "termín pro přihlášky"],
    startDate: ["nástup", "datum nástupu", "termín nástupu", "možný nástup"],
  },
};
