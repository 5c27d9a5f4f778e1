/** Words of hiring steps told in prose, in every lexicon language. Data only (src/detectors/interview-steps.ts reads it). */

/**
 * Words that open the next step of a sequence told in one sentence: "First a short call, then a visit
 * on site, and finally a trial day", "Zuerst …, danach …", "Najpierw …, następnie …". Lowercase, checked
 * at the start of a clause (after a comma, a semicolon or "and").
 */
export const STEP_SEQUENCE_WORDS = [
  // en
  "first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "then", "next", "after that", "afterwards", "finally", "lastly", "last",
  "to start", "to begin", "we start with", "we begin with", "followed by", "we finish with", "and finally",
  // de
  "zuerst", "zunächst", "erst", "danach", "dann", "anschließend", "im anschluss", "abschließend", "zum schluss", "schließlich", "zum abschluss",
  // fr
  "d'abord", "tout d'abord", "ensuite", "puis", "enfin", "pour finir", "suivi de", "suivi d'",
  // es
  "primero", "primero,", "luego", "después", "posteriormente", "finalmente", "por último", "seguido de",
  // pt
  "primeiro", "depois", "em seguida", "por fim", "por último", "seguido de",
  // it
  "prima", "poi", "successivamente", "infine", "seguito da",
  // nl
  "eerst", "daarna", "vervolgens", "tot slot", "als laatste", "ten slotte",
  // pl
  "najpierw", "następnie", "potem", "na koniec", "na końcu", "w kolejnym kroku",
];

/**
 * Verbs after which a sentence lists the steps, where a colon would also do: "Our process consists of a
 * 30-minute call, a technical interview and a visit", "L'iter di selezione comprende un colloquio con
 * HR, …", "Der Prozess besteht aus …". Lowercase phrases; the enumeration is what follows them.
 */
export const STEP_LIST_VERBS = [
  // en
  "consists of", "consist of", "including", "inklusive", "incluant", "incluyendo", "incluindo", "tra cui", "will consist of", "comprises", "comprise", "will comprise", "includes", "include", "will include", "involves", "involve", "will involve", "looks like this",
  // de
  "besteht aus", "umfasst", "beinhaltet", "sieht so aus",
  // fr
  "comprend", "se compose de", "consiste en", "se déroule en", "inclut",
  // es
  "consta de", "consiste en", "incluye", "comprende",
  // pt
  "consiste em", "inclui", "compreende", "é composto por",
  // it
  "comprende", "prevede", "consiste in", "include",
  // nl
  "bestaat uit", "omvat",
  // pl
  "składa się z", "obejmuje", "wygląda następująco",
];

/** Words that join the last step of an enumeration ("…, and a paid visit", "… ed un colloquio finale"). */
export const STEP_JOINERS = ["and ", "and then ", "then ", "followed by ", "gefolgt von ", "suivi d'", "suivi de ", "seguido de ", "seguita da ", "seguito da ", "und ", "et ", "puis ", "y ", "e ", "ed ", "en ", "i ", "oraz ", "or "];

/**
 * Closing steps written alone on a line that read as headings of another kind elsewhere ("Offer" heads
 * benefits): in a run of steps they are the last step, not a new section. Lowercase, whole lines.
 */
export const STEP_LAST_WORDS = [
  "offer", "job offer", "the offer", "offer stage", "an offer", "contract", "hired", "welcome aboard", "decision",
  "angebot", "vertragsangebot", "zusage", "vertrag", "offre", "proposition", "proposition d'embauche", "oferta", "propuesta", "contratación",
  "proposta", "contratação", "offerta", "proposta contrattuale", "aanbod", "contract", "oferta pracy", "decyzja", "umowa",
];
