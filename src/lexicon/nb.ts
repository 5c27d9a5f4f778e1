import type { Lexicon } from "./types.js";

/** Norwegian (Bokmål) headings, labels and board chrome (FINN, NAV Arbeidsplassen, company career pages). */
export const nb: Lexicon = {
  headings: {
    "about-company": ["om oss", "om virksomheten", "om firmaet", "om selskapet", "hvem er vi", "om arbeidsgiveren", "arbeidsplassen", "om arbeidsplassen", "om teamet", "teamet", "om avdelingen", "selskapet", "vi er"],
    "about-role": ["om stillingen", "stillingen", "om jobben", "jobben", "stillingsbeskrivelse", "om rollen", "rollen", "din rolle", "beskrivelse"],
    overview: ["kort om stillingen", "nøkkelinformasjon", "fakta"],
    responsibilities: ["arbeidsoppgaver", "dine arbeidsoppgaver", "dine oppgaver", "oppgaver", "ansvarsområder", "dine ansvarsområder", "ansvar og arbeidsoppgaver", "arbeidsoppgaver og ansvar", "hva skal du gjøre", "hva du skal gjøre", "din hverdag", "en vanlig dag", "sentrale arbeidsoppgaver", "hovedoppgaver", "ditt ansvar"],
    requirements: ["kvalifikasjoner", "dine kvalifikasjoner", "krav", "vi søker", "hvem er du", "hvem søker vi", "din profil", "profil", "om deg", "vi ser etter", "du har", "kompetanse", "din kompetanse", "ønsket kompetanse", "kvalifikasjonskrav", "personlige egenskaper", "vi forventer", "hva vi ser etter"],
    "nice-to-have": ["det er en fordel", "fordel", "fordeler", "ønskelig", "ønskelige kvalifikasjoner", "det er ønskelig", "det er et pluss", "pluss"],
    benefits: ["vi tilbyr", "hva vi tilbyr", "hva tilbyr vi", "vi kan tilby", "dette tilbyr vi", "hos oss får du", "hva får du", "goder", "velferdsordninger", "betingelser", "lønn og betingelser", "ansettelsesvilkår", "vilkår"],
    compensation: ["lønn", "lønnsbetingelser", "lønn og vilkår"],
    "interview-process": ["rekrutteringsprosess", "rekrutteringsprosessen", "ansettelsesprosess", "ansettelsesprosessen", "prosessen", "intervjuer"],
    skills: ["teknologier", "verktøy", "tech stack", "ferdigheter", "teknisk miljø"],
    diversity: ["mangfold", "inkludering", "mangfold og inkludering", "like muligheter"],
    "how-to-apply": ["søknad", "søk", "søk på stillingen", "slik søker du", "søknad og kontakt", "kontakt", "kontaktinformasjon", "mer informasjon", "spørsmål", "interessert", "er du interessert", "høres dette interessant ut", "send søknad"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Arbeidsoppgaver for stillingen")
  headingStems: {
    responsibilities: ["arbeidsoppgave", "oppgave", "ansvarsområd", "hovedoppgave", "hverdag"],
    requirements: ["kvalifikasjon", "krav", "profil", "kompetanse", "om deg", "hvem er du", "egenskap"],
    "nice-to-have": ["fordel", "ønskelig", "pluss"],
    benefits: ["tilbyr", "goder", "betingelse", "vilkår", "velferd"],
    compensation: ["lønn"],
    "interview-process": ["rekruttering", "ansettelsesprosess", "intervju"],
    "about-company": ["om oss", "om virksomhet", "om selskap", "om firma", "arbeidsplass"],
    "how-to-apply": ["søknad", "kontakt"],
    diversity: ["mangfold", "inkludering"],
  },
  // words that open or fill a list item and say its kind ("Erfaring fra sykehus", "Gode pensjonsordninger")
  itemStems: {
    responsibilities: ["ansvar for", "ansvarlig for", "utvikle", "vedlikehold", "koordinere", "planlegge", "håndtere", "sikre", "delta i", "samarbeid med"],
    requirements: ["erfaring", "utdanning", "kjennskap til", "kunnskap om", "du har", "du er", "års erfaring", "flytende", "førerkort", "autorisasjon"],
    "nice-to-have": ["er en fordel", "en fordel", "er ønskelig", "ønskelig", "et pluss"],
    benefits: ["pensjon", "pensjonsordning", "forsikring", "ferie", "fleksitid", "fleksibel arbeidstid", "velferd", "kantine", "kompetanseutvikling"],
  },
  chromeHeadings: {
    "similar-jobs": ["lignende stillinger", "lignende jobber", "andre stillinger", "se også", "flere stillinger"],
    share: ["del annonsen", "del stillingen"],
  },
  // the site's own sentences: its cookies and privacy terms
  siteTerms: ["informasjonskapsler", "personvern", "nettstedet"],
  chromeLines: {
    navigation: ["søk her", "søk nå", "søk på jobben", "lagre", "lagre annonse", "tilbake", "tilbake til søkeresultat", "logg inn", "opprett profil", "vis mer", "vis mindre", "les mer", "alle stillinger", "se alle stillinger", "rapporter annonse"],
  },
  labels: {
    title: ["stillingstittel", "stilling", "tittel", "jobbtittel"],
    company: ["arbeidsgiver", "firma", "virksomhet", "selskap", "bedrift"],
    location: ["arbeidssted", "sted", "adresse", "lokasjon", "kommune", "kontorsted"],
    region: ["fylke", "region"],
    salary: ["lønn", "lønnsnivå", "timelønn", "månedslønn", "årslønn", "lønnstrinn"],
    employmentType: ["ansettelsesform", "stillingstype", "heltid/deltid", "omfang", "stillingsprosent", "arbeidstid", "varighet", "type ansettelse"],
    workplaceType: ["hjemmekontor", "arbeidsform"],
    category: ["kategori", "bransje", "sektor", "yrkesområde", "fagområde"],
    department: ["avdeling"],
    experience: ["erfaring", "krav til erfaring"],
    education: ["utdanning", "utdanningsnivå", "krav til utdanning"],
    postedAt: ["publisert", "publiseringsdato", "sist endret", "lagt ut"],
    validThrough: ["søknadsfrist", "frist", "søk innen", "søknadsfristen"],
    startDate: ["tiltredelse", "oppstart", "startdato", "start"],
  },
};
