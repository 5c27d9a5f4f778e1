import type { Lexicon } from "./types.js";

/** Hungarian headings, labels and board chrome (Profession.hu, CVonline.hu, company career pages). */
export const hu: Lexicon = {
  headings: {
    "about-company": ["rólunk", "cégünkről", "a cégről", "a cégünkről", "cégbemutató", "kik vagyunk", "a vállalatról", "a munkáltatóról", "bemutatkozás", "csapatunk"],
    "about-role": ["a pozícióról", "a munkakörről", "munkakör leírása", "állás leírása", "a pozíció leírása", "az állásról"],
    overview: ["alapadatok", "az állás adatai", "állás részletei", "összefoglaló"],
    responsibilities: [
      "feladatok", "főbb feladatok", "főbb feladataid", "feladataid", "feladatai", "fő feladatok", "feladatköre", "munkaköri feladatok", "amit csinálni fogsz",
      "mi lesz a feladatod", "mik lesznek a feladataid", "a munkakör feladatai", "főbb feladatai", "feladatod lesz", "felelősségi kör",
    ],
    requirements: [
      "elvárások", "amit elvárunk", "elvárásaink", "követelmények", "amit kérünk", "amit várunk tőled", "mit várunk tőled", "amire szükség lesz", "kit keresünk",
      "akit keresünk", "elvárt kompetenciák", "szükséges végzettség", "szükséges tapasztalat", "munkavégzéshez szükséges", "a pozíció betöltéséhez szükséges", "profilod",
    ],
    "nice-to-have": ["előny", "előnyt jelent", "amivel előnyt jelent", "előnyt jelent, ha", "előnyök", "plusz pont", "előny, ha", "előnyt jelent még"],
    benefits: [
      "amit kínálunk", "juttatások", "amit nyújtunk", "amit ajánlunk", "kínálunk", "ajánlatunk", "amit tőlünk kapsz", "mit kínálunk", "mit adunk", "juttatásaink",
      "béren kívüli juttatások", "amit kapsz", "miért minket", "miért csatlakozz hozzánk",
    ],
    compensation: ["fizetés", "bérezés", "bér", "javadalmazás", "bruttó bér"],
    "interview-process": ["kiválasztási folyamat", "a kiválasztás menete", "felvételi folyamat", "a folyamat", "következő lépések"],
    skills: ["kompetenciák", "készségek", "technológiák", "nyelvtudás", "szakmai ismeretek"],
    diversity: ["esélyegyenlőség", "sokszínűség"],
    "how-to-apply": ["jelentkezés", "hogyan jelentkezz", "hogyan jelentkezhetsz", "jelentkezés módja", "jelentkezési információk", "kapcsolat", "elérhetőség"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Főbb feladatok és felelősségek", "Elvárásaink a jelölttel szemben")
  headingStems: {
    responsibilities: ["feladat", "felelősség"],
    requirements: ["elvárás", "elvárunk", "követelmén", "elvárt"],
    "nice-to-have": ["előny", "előnyt"],
    benefits: ["kínálunk", "juttatás", "nyújtunk", "ajánlunk"],
    compensation: ["fizetés", "bérezés", "javadalmaz"],
    "interview-process": ["kiválasztás", "felvételi", "interjú"],
    "about-company": ["rólunk", "cégünkről", "a cégről"],
    "how-to-apply": ["jelentkez", "kapcsolat"],
  },
  // words that open or fill a list item and say its kind ("Felsőfokú pénzügyi végzettség", "Cafeteria juttatás")
  itemStems: {
    responsibilities: ["kapcsolattartás", "elkészítése", "kezelése", "nyomon követése", "koordinálása", "ellenőrzése", "támogatása", "vezetése", "lebonyolítása", "karbantartása", "előkészítése", "kiszolgálása", "részvétel"],
    requirements: ["végzettség", "tapasztalat", "ismeret", "nyelvtudás", "jogosítvány", "b kategóriás", "felhasználói szintű", "magabiztos", "precíz", "önálló munkavégzés", "terhelhetőség", "legalább"],
    "nice-to-have": ["előny", "előnyt jelent", "előnynek számít"],
    benefits: ["cafeteria", "cafetéria", "bónusz", "home office", "egészségbiztosítás", "béren kívüli", "szép-kártya", "szép kártya", "munkába járás", "utazási támogatás", "rugalmas munkaidő", "képzés", "fejlődési lehetőség", "versenyképes fizetés", "céges laptop", "céges telefon"],
  },
  chromeHeadings: {
    "similar-jobs": ["hasonló állások", "hasonló állásajánlatok", "hasonló hirdetések", "további állások", "a cég további állásai", "ajánlott állások", "ezek is érdekelhetnek"],
    share: ["megosztás", "hirdetés megosztása"],
  },
  chromeLines: {
    navigation: [
      "jelentkezem", "jelentkezés most", "jelentkezem most", "jelentkezz most", "mentés", "állás mentése", "hirdetés mentése", "megosztás", "bejelentkezés", "regisztráció",
      "nyomtatás", "hirdetés nyomtatása", "vissza", "vissza a találatokhoz", "állások", "cégek", "munkáltatóknak", "több megjelenítése", "kevesebb", "elfogadom",
      "összes elfogadása", "elutasítom", "beállítások", "álláskeresés",
    ],
  },
  chromePrefixes: ["sütiket használunk", "az oldal sütiket", "minden jog fenntartva", "töltsd le az alkalmazást"],
  // --- chrome by shape: buttons put the verb first ("Jelentkezem most", "Megosztom az állást") ---
  uiVerbs: ["jelentkezem", "jelentkezz", "mentés", "megosztás", "nyomtatás", "bejelentkezés", "regisztráció", "letöltés", "követés", "megnézem", "keresés"],
  uiObjects: ["állás", "hirdetés", "cég", "munkáltató", "profil", "önéletrajz", "most", "összes", "több"],
  siteTerms: ["süti", "cookie", "adatvédelm", "felhasználási feltételek", "minden jog fenntartva", "böngésző"],
  boardNouns: ["állások", "állásajánlatok", "munkák", "cégek", "fizetések"],
  answerWords: ["igen", "nem", "kihagyás"],
  formFields: ["név", "vezetéknév", "keresztnév", "e-mail", "email", "telefonszám", "telefon", "üzenet", "küldés"],
  counterNouns: ["jelentkező", "munkavállaló", "alkalmazott", "követő", "megtekintés", "értékelés"],
  labels: {
    title: ["pozíció", "munkakör", "pozíció megnevezése", "állás megnevezése"],
    company: ["cég", "cégnév", "munkáltató", "hirdető"],
    location: ["munkavégzés helye", "munkahely", "helyszín", "település", "város", "cím"],
    region: ["megye", "régió"],
    salary: ["fizetés", "bérezés", "bér", "bruttó bér", "havi bruttó bér", "fizetési sáv", "javadalmazás"],
    employmentType: ["foglalkoztatás jellege", "foglalkoztatás típusa", "munkaidő", "szerződés típusa", "alkalmazás típusa", "munkarend"],
    workplaceType: ["munkavégzés módja", "munkavégzés jellege", "home office"],
    category: ["kategória", "terület", "szakterület", "iparág", "ágazat"],
    department: ["osztály", "részleg"],
    seniority: ["szint", "pozíció szintje", "tapasztalati szint"],
    experience: ["tapasztalat", "szakmai tapasztalat", "elvárt tapasztalat", "munkatapasztalat"],
    education: ["iskolai végzettség", "végzettség", "elvárt végzettség", "legmagasabb iskolai végzettség"],
    postedAt: ["feladás dátuma", "feladva", "közzétéve", "megjelenés dátuma", "hirdetés feladása", "frissítve"],
    validThrough: ["jelentkezési határidő", "határidő", "a hirdetés lejár", "lejárat"],
    startDate: ["kezdés", "kezdés időpontja", "munkakezdés", "belépés időpontja"],
  },
};
