import type { Lexicon } from "./types.js";

/** Danish headings, labels and board chrome (Jobindex, Jobnet, The Hub, company career pages). */
export const da: Lexicon = {
  headings: {
    "about-company": ["om os", "om virksomheden", "om firmaet", "hvem er vi", "om arbejdspladsen", "arbejdspladsen", "virksomheden", "om teamet", "teamet", "om afdelingen", "afdelingen", "vi er", "hvem vi er"],
    "about-role": ["om stillingen", "stillingen", "om jobbet", "jobbet", "jobbeskrivelse", "stillingsbeskrivelse", "om rollen", "rollen", "din rolle", "beskrivelse"],
    overview: ["kort om stillingen", "stillingen kort", "fakta", "nøgleoplysninger"],
    responsibilities: ["arbejdsopgaver", "dine opgaver", "dine arbejdsopgaver", "opgaver", "jobindhold", "ansvarsområder", "dine ansvarsområder", "ansvar og opgaver", "opgaver og ansvar", "hvad skal du lave", "hvad kommer du til at lave", "du kommer til at", "som vores nye", "din hverdag", "en typisk dag", "dine primære opgaver", "primære opgaver", "dit ansvar"],
    requirements: ["vi forventer", "forventninger", "kvalifikationer", "dine kvalifikationer", "krav", "vi søger", "hvem søger vi", "hvem er du", "din profil", "profil", "om dig", "vi forventer at du", "du har", "vi forestiller os at du", "faglige kvalifikationer", "personlige kvalifikationer", "dine kompetencer", "kompetencer", "vi leder efter", "hvad vi forventer", "hvad du bringer med", "det du bringer med"],
    "nice-to-have": ["det er en fordel", "det er en fordel hvis", "fordel", "fordele", "meriterende", "det er et plus", "ønskeligt"],
    benefits: ["vi tilbyder", "hvad vi tilbyder", "hvad tilbyder vi", "vi kan tilbyde", "det tilbyder vi", "det får du", "hvad får du", "til gengæld får du", "hos os får du", "vi giver dig", "fordele og goder", "personalegoder", "goder", "løn og ansættelsesvilkår", "ansættelsesvilkår", "løn og vilkår", "vilkår"],
    compensation: ["løn", "lønforhold", "løn og ansættelse", "gage"],
    "interview-process": ["rekrutteringsproces", "rekrutteringsprocessen", "ansættelsesproces", "ansættelsesprocessen", "forløbet", "processen", "samtaler"],
    skills: ["kompetencer og værktøjer", "teknologier", "værktøjer", "tech stack", "færdigheder"],
    diversity: ["mangfoldighed", "inklusion", "mangfoldighed og inklusion", "lige muligheder"],
    "how-to-apply": ["ansøgning", "ansøg", "søg stillingen", "sådan søger du", "ansøgning og kontakt", "kontakt", "yderligere oplysninger", "vil du vide mere", "spørgsmål", "interesseret", "er du interesseret", "lyder det som dig", "lyder det interessant", "send din ansøgning"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Dine opgaver som lagerchef")
  headingStems: {
    responsibilities: ["opgave", "arbejdsopgave", "ansvarsområd", "jobindhold", "hverdag"],
    requirements: ["kvalifikation", "forvent", "krav", "profil", "kompetence", "om dig", "hvem er du", "hvem søger"],
    "nice-to-have": ["fordel", "meriter", "ønskelig"],
    benefits: ["tilbyder", "tilbyde", "goder", "vilkår", "får du"],
    compensation: ["løn"],
    "interview-process": ["rekruttering", "ansættelsesproces", "samtale"],
    "about-company": ["om os", "om virksomhed", "om firma", "arbejdsplads"],
    "how-to-apply": ["ansøg", "kontakt"],
    diversity: ["mangfoldighed", "inklusion"],
  },
  // words that open or fill a list item and say its kind ("Erfaring med SAP", "Pension og sundhedsforsikring")
  itemStems: {
    responsibilities: ["ansvar for", "ansvarlig for", "udvikle", "vedligehold", "koordiner", "planlæg", "håndter", "sikre", "deltage i", "samarbejde med"],
    requirements: ["erfaring", "uddannelse", "kendskab til", "du har", "du er", "års erfaring", "flydende", "taler og skriver", "kørekort"],
    "nice-to-have": ["er en fordel", "en fordel", "er et plus", "meriterende"],
    benefits: ["pension", "sundhedsforsikring", "frokostordning", "ferie", "feriedage", "fleksible arbejdstider", "efteruddannelse", "personalegoder", "kantine", "firmabil", "fritvalgskonto"],
  },
  chromeHeadings: {
    "similar-jobs": ["lignende job", "lignende stillinger", "andre job", "se også", "relaterede job"],
    share: ["del jobbet", "del stillingen"],
  },
  chromeLines: {
    navigation: ["søg", "søg nu", "søg jobbet", "søg stillingen", "gem", "gem job", "gem jobbet", "tilbage", "tilbage til søgeresultater", "log ind", "opret profil", "vis mere", "vis mindre", "læs mere", "alle job", "se alle job", "anmeld job"],
  },
  labels: {
    title: ["stillingsbetegnelse", "jobtitel", "stilling"],
    company: ["virksomhed", "arbejdsgiver", "firma", "virksomhedens navn"],
    location: ["arbejdssted", "lokation", "adresse", "placering", "arbejdsstedets adresse"],
    region: ["region", "område"],
    salary: ["løn", "lønniveau", "timeløn", "månedsløn", "årsløn", "lønforhold", "gage"],
    employmentType: ["ansættelsesform", "ansættelsestype", "ansættelse", "arbejdstid", "timer pr. uge", "timer om ugen", "jobtype", "stillingstype"],
    workplaceType: ["hjemmearbejde", "arbejdsform"],
    category: ["kategori", "branche", "jobkategori", "fagområde"],
    department: ["afdeling"],
    experience: ["erfaring", "krav til erfaring"],
    education: ["uddannelse", "uddannelsesniveau", "krav til uddannelse"],
    postedAt: ["publiceret", "oprettet", "indrykket", "dato", "opslået", "offentliggjort"],
    validThrough: ["ansøgningsfrist", "frist", "sidste ansøgningsdato", "søg senest", "ansøg senest"],
    startDate: ["tiltrædelse", "tiltrædelsesdato", "startdato", "opstart", "start"],
  },
};
