import type { Lexicon } from "./types.js";

/** Finnish headings, labels and board chrome (Duunitori, Oikotie, Työmarkkinatori, company career pages). */
export const fi: Lexicon = {
  headings: {
    "about-company": ["keitä olemme", "keitä me olemme", "keitä me ollaan", "yrityksestä", "tietoa yrityksestä", "meistä", "tietoa meistä", "kuka olemme", "työnantajasta", "tietoa työnantajasta", "yritysesittely"],
    "about-role": ["tehtävästä", "tietoa tehtävästä", "tehtävän kuvaus", "työpaikan kuvaus", "työn kuvaus", "työnkuva"],
    overview: ["perustiedot", "työpaikan tiedot", "ilmoituksen tiedot", "tiedot lyhyesti"],
    responsibilities: [
      "työtehtävät", "tehtäväsi", "tehtävät", "työtehtäväsi", "vastuualueet", "vastuualueesi", "vastuut", "päätehtävät", "keskeiset tehtävät", "tärkeimmät tehtäväsi",
      "tehtävään kuuluu", "tehtäviisi kuuluu", "tehtäviisi kuuluvat", "työhön kuuluu", "mitä teet", "mitä työ pitää sisällään", "tehtäväsi meillä", "työnkuvaasi kuuluu",
    ],
    requirements: [
      "toivomme sinulta", "odotamme sinulta", "edellytämme sinulta", "vaatimukset", "edellytämme", "edellytykset", "kelpoisuusvaatimukset", "kelpoisuusehdot",
      "mitä odotamme sinulta", "mitä toivomme sinulta", "hakijalta edellytämme", "hakijalta toivomme", "keneksi etsimme", "kenet etsimme", "sinulla on", "osaamisesi", "profiilisi",
      "toivomme", "odotamme", "vaatimukset hakijalle", "toivottu osaaminen", "vaadittu osaaminen",
    ],
    "nice-to-have": ["eduksi katsotaan", "katsomme eduksi", "eduksi luetaan", "luetaan eduksi", "eduksi", "plussaa", "plussaa on", "lisäksi arvostamme", "arvostamme", "katsomme eduksi myös", "eduksesi luetaan"],
    benefits: ["tarjoamme", "me tarjoamme", "tarjoamme sinulle", "mitä tarjoamme", "mitä me tarjoamme", "edut", "henkilöstöedut", "työsuhde-edut", "meillä saat", "saat meiltä", "miksi meille", "tarjoamme sinulle mm"],
    compensation: ["palkka", "palkkaus", "palkkaus ja edut", "palkkauksesta"],
    "interview-process": ["rekrytointiprosessi", "rekrytoinnin eteneminen", "näin rekrytointi etenee", "valintaprosessi", "haastattelut", "rekrytointi"],
    skills: ["osaaminen", "taidot", "teknologiat", "kielitaito"],
    diversity: ["yhdenvertaisuus", "monimuotoisuus", "tasa-arvo"],
    "how-to-apply": ["hakeminen", "näin haet", "miten haet", "hakuohjeet", "hae paikkaa näin", "lisätietoja", "lisätiedot", "yhteystiedot", "kiinnostuitko"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Tehtäväsi myymälässä", "Toivomme sinulta lisäksi")
  headingStems: {
    responsibilities: ["tehtäv", "työtehtäv", "vastuualue", "työnkuv"],
    requirements: ["vaatimu", "edellyt", "odotamme", "toivomme", "kelpoisuu", "osaamise"],
    "nice-to-have": ["eduksi", "plussa", "arvostamme"],
    benefits: ["tarjoam", "edut", "henkilöstöet"],
    compensation: ["palkk"],
    "interview-process": ["rekrytoin", "haastatt", "valintaprosess"],
    "about-company": ["yritykse", "keitä olemme", "meistä"],
    "how-to-apply": ["hakem", "haet", "lisätiedo", "yhteystiedo"],
  },
  // words that open or fill a list item and say its kind ("vähintään 2 vuoden kokemusta", "kattava työterveyshuolto")
  itemStems: {
    responsibilities: ["vastaat", "hoidat", "toimit", "osallistut", "kehität", "suunnittelet", "tuet", "ylläpito", "kirjanpito", "asiakaspalvelu", "neuvonta", "valmistelu", "raportointi", "koordinointi", "kehittäminen", "seuranta"],
    requirements: ["kokemusta", "koulutusta", "tutkinto", "osaamista", "kielitaito", "kielen taito", "kielen", "ajokortti", "taitoa", "tuntemusta", "kykyä", "valmiutta", "sujuvaa", "soveltuva", "hyvät vuorovaikutustaidot", "vuoden kokemus"],
    "nice-to-have": ["eduksi", "plussaa", "katsotaan eduksi"],
    benefits: ["lounasetu", "lounas", "liikuntaetu", "liikunta", "kulttuurietu", "virike", "työterveyshuolto", "työterveys", "etätyö", "liukuva työaika", "joustava työaika", "työsuhdepyörä", "perehdytys", "koulutuksia", "kilpailukykyinen palkka", "bonus", "tulospalkkio", "mahdollisuus etätyöhön"],
  },
  chromeHeadings: {
    "similar-jobs": ["samankaltaisia työpaikkoja", "samankaltaiset työpaikat", "muita työpaikkoja", "muut avoimet työpaikat", "lisää työpaikkoja", "katso myös nämä", "yrityksen muut työpaikat"],
    share: ["jaa ilmoitus", "jaa työpaikka"],
  },
  chromeLines: {
    navigation: [
      "hae paikkaa", "hae työpaikkaa", "hae nyt", "hae tähän paikkaan", "tallenna", "tallenna ilmoitus", "tallennettu", "jaa", "jaa ilmoitus", "luo hakuvahti", "tulosta",
      "ilmoita virheestä", "takaisin", "takaisin hakutuloksiin", "kirjaudu", "kirjaudu sisään", "rekisteröidy", "näytä lisää", "näytä vähemmän", "työpaikat", "työnantajille",
      "hyväksy", "hyväksy kaikki", "hylkää", "evästeasetukset", "tietosuoja",
    ],
  },
  chromePrefixes: ["jaa ilmoitus:", "luo hakuvahti", "käytämme evästeitä", "tämä sivusto käyttää evästeitä", "kaikki oikeudet pidätetään"],
  // --- chrome by shape: buttons put the verb first ("Hae paikkaa", "Tallenna ilmoitus") ---
  uiVerbs: ["hae", "tallenna", "jaa", "luo", "tulosta", "kirjaudu", "rekisteröidy", "näytä", "katso", "lue", "seuraa", "ilmoita"],
  uiObjects: ["paikka", "työpaik", "ilmoitu", "hakuvaht", "yrity", "profiil", "lisää", "kaikki", "nyt", "palk"],
  siteTerms: ["eväste", "tietosuoja", "selaimesi", "kaikki oikeudet pidätetään", "käyttöehdot"],
  boardNouns: ["työpaikat", "työpaikkoja", "palkat", "yritykset"],
  answerWords: ["kyllä", "ei", "ohita"],
  formFields: ["nimi", "etunimi", "sukunimi", "sähköposti", "puhelin", "puhelinnumero", "viesti", "lähetä"],
  counterNouns: ["työntekijä", "hakija", "seuraaj", "arvio"],
  labels: {
    title: ["tehtävänimike", "nimike"],
    company: ["työnantaja", "yritys", "organisaatio"],
    location: ["sijainti", "työpaikan sijainti", "työn sijainti", "työskentelypaikka", "paikkakunta", "sijaintipaikka", "osoite"],
    region: ["maakunta", "alue"],
    salary: ["palkka", "palkkaus", "palkkaustiedot", "palkkaperuste", "palkkatoive"],
    employmentType: ["työaika", "työsuhde", "työsuhteen tyyppi", "työsuhteen kesto", "työsuhteen muoto", "työn tyyppi", "työn kesto"],
    workplaceType: ["etätyö", "etätyömahdollisuus", "työskentelymuoto"],
    category: ["ala", "toimiala", "ammattiala", "tehtäväalue", "kategoria"],
    department: ["yksikkö", "osasto"],
    experience: ["kokemus", "työkokemus", "vaadittu kokemus"],
    education: ["koulutus", "vaadittu koulutus", "koulutustaso"],
    postedAt: ["julkaistu", "ilmoitus julkaistu", "julkaisupäivä", "julkaisupäivämäärä"],
    validThrough: ["hae viimeistään", "hakuaika päättyy", "haku päättyy", "viimeinen hakupäivä", "hakuaika", "hakemukset viimeistään"],
    startDate: ["työn alkamispäivä", "alkamispäivä", "aloituspäivä", "työ alkaa", "aloitus"],
  },
};
