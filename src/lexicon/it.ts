import type { Lexicon } from "./types.js";

/** Italian headings, labels and board chrome. */
export const it: Lexicon = {
  headings: {
    "about-company": ["chi siamo", "l'azienda", "azienda", "chi cerchiamo e chi siamo", "la nostra azienda", "su di noi"],
    "about-role": ["descrizione", "descrizione del ruolo", "il ruolo", "la posizione", "descrizione della posizione", "ruolo", "posizione", "la tua missione"],
    responsibilities: ["responsabilità", "mansioni", "le tue responsabilità", "attività", "principali attività", "cosa farai", "compiti", "le tue attività", "principali responsabilità", "di cosa ti occuperai"],
    requirements: ["requisiti", "requisiti richiesti", "profilo", "il tuo profilo", "profilo ricercato", "chi cerchiamo", "cosa cerchiamo", "competenze richieste", "qualifiche", "competenze"],
    "nice-to-have": ["costituisce titolo preferenziale", "titoli preferenziali", "sarà considerato un plus", "è un plus", "gradito", "graditi", "preferibile", "nice to have", "plus"],
    benefits: ["cosa offriamo", "offriamo", "benefit", "vantaggi", "perché unirti a noi", "cosa ti offriamo", "ti offriamo", "si offre", "si offrono"],
    compensation: ["retribuzione", "stipendio", "ral", "compenso"],
    overview: ["dettagli dell'offerta", "dettagli della posizione", "informazioni sull'offerta"],
    "interview-process": ["processo di selezione", "iter di selezione", "processo di assunzione"],
    skills: ["competenze tecniche", "tecnologie", "strumenti"],
    diversity: ["diversità", "inclusione", "pari opportunità"],
    "how-to-apply": ["come candidarsi", "candidatura", "candidati"],
  },
  chromeHeadings: { "similar-jobs": ["offerte simili", "lavori simili", "altre offerte"], share: ["segnala offerta", "salva offerta", "segnala annuncio", "condividi"] },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["segnala annuncio", "segnala offerta", "segnala questo annuncio", "salva offerta", "salva annuncio", "informativa privacy", "informativa sulla privacy", "cookie policy"],
    "similar-jobs": ["offerte simili", "annunci simili"],
 navigation: ["pubblica un annuncio", "pubblica offerta", "pubblica annuncio", "candidati ora", "candidati", "condividi", "salva", "indietro", "mostra di più"] },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: [
    // the chrome of the biggest boards in every language: profile insights, "from the full job description", related searches, view counters, scam notes
    "approfondimenti sul profilo", "estratto dalla descrizione completa", "ricerche correlate", "invia a un amico",
    "utilizziamo i cookie", "utilizziamo cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie", "tutti i diritti riservati"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["responsabilit", "mansion", "attività", "compiti", "cosa farai", "ti occuperai", "occuper", "ruolo"],
    requirements: ["requisit", "profilo", "qualific", "richiest", "cosa cerchiamo", "chi cerchiamo", "esperienza", "formazione"],
    "nice-to-have": ["preferenz", "gradit", "plus", "preferibil", "costituisce"],
    benefits: ["offriamo", "benefit", "vantaggi", "perché unirti", "welfare"],
    compensation: ["retribuzione", "stipendio", "compenso"],
    "interview-process": ["selezione", "processo", "colloqui", "iter", "fasi"],
    skills: ["competenze tecniche", "tecnologie", "strumenti", "stack"],
    teams: ["i team"],
    "about-company": ["chi siamo", "azienda"],
    "about-role": ["descrizione", "il ruolo", "la posizione"],
    diversity: ["diversità", "inclusione", "pari opportunità"],
    "how-to-apply": ["candidatura", "candidarsi", "candidati"],
  },
  itemStems: {
    responsibilities: ["-are", "-ere", "-ire", "gestione", "supporto", "sviluppo di", "analisi", "coordinamento"],
    requirements: ["anni", "esperienza", "laurea", "diploma", "conoscenza", "padronanza", "capacità", "ottima", "buona", "competenze", "inglese", "richiesto", "richiesta"],
    "nice-to-have": ["gradito", "gradita", "graditi", "preferibil", "titolo preferenziale", "un plus", "costituisce"],
    benefits: ["buoni pasto", "ticket", "ferie", "welfare", "assicurazione", "smart working", "assistenza sanitaria", "bonus", "premio", "formazione continua", "retribuzione", "ral", "auto aziendale"],
    "interview-process": ["colloquio", "chiamata", "prova", "fase", "minuti", "colloquio conoscitivo", "colloqui"],
  },
  notInfinitives: ["carattere", "mestiere", "cantiere", "quartiere", "corriere", "cameriere", "infermiere", "consigliere", "ingegnere", "magazziniere", "cassiere", "giardiniere", "mare", "sapere", "potere", "piacere", "tre", "oltre", "sempre", "ore"],
  // --- chrome by shape (issue 11 part 4): buttons, site sentences, cross-links, screening answers, counters ---
    uiVerbs: ["rispondi", "rispondere", "candidati", "candidarsi", "condividi", "condividere", "salva", "salvare", "segnala", "segnalare", "vedi", "visualizza", "guarda", "scopri", "stampa", "scarica", "accedi", "registrati", "iscriviti", "esplora", "cerca", "confronta", "crea", "leggi", "torna a", "torna alle", "segui", "clicca", "prenota"],
    uiObjects: ["offert", "annunci", "lavoro", "azienda", "pagina", "profilo", "candidatura", "demo", "premium", "amico", "informativa", "avviso", "stipendi", "recensioni", "link", "sito", "ora", "adesso", "altro", "qui", "tutte", "tutti", "selezionatore", "datore", "account", "posizion"],
    siteTerms: ["non è responsabile del processo", "cookie", "informativa sulla privacy", "privacy policy", "termini di utilizzo", "termini e condizioni", "condizioni d'uso", "il tuo browser", "abilita javascript", "questo sito", "questa pagina", "sito ufficiale", "tutti i diritti riservati", "annulla iscrizione", "disiscriviti", "questa email", "questa e-mail", "dichiarazione di accessibilità"],
    boardNouns: ["offerte", "lavori", "stipendi", "posizioni", "annunci", "offerte di lavoro"],
    placeWords: ["a", "in", "presso", "da"],
    answerWords: ["sì", "si", "no", "salta"],
    formFields: ["nome", "cognome", "email", "e-mail", "telefono", "messaggio", "il tuo messaggio", "invia", "invia messaggio", "allega cv"],
    counterNouns: ["dipendenti", "follower", "candidati", "candidature", "recensioni", "stelle", "visualizzazioni"],
  labels: {
    tags: ["parole chiave", "tag"],
    title: ["posizione", "ruolo", "titolo"],
    company: ["azienda", "società"],
    location: ["sede", "luogo di lavoro", "località", "sede di lavoro", "città"],
    region: ["provincia", "regione"],
    salary: ["retribuzione", "stipendio", "ral", "compenso", "retribuzione annua lorda"],
    employmentType: ["tipo di contratto", "contratto", "orario", "tipologia contrattuale", "orario di lavoro"],
    workplaceType: ["modalità di lavoro", "modalità"],
    category: ["settore", "categoria", "area"],
    experience: ["esperienza", "anni di esperienza"],
    education: ["titolo di studio", "istruzione", "formazione"],
    // (a career site's bare "Data:" beside the title, SuccessFactors' "Data: 30 nov 2026")
    postedAt: ["pubblicato", "pubblicato il", "data di pubblicazione", "data"],
    validThrough: ["scadenza", "data di scadenza"],
  },
};
