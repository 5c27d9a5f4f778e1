import type { Lexicon } from "./types.js";

/** French headings, labels and board chrome (Welcome to the Jungle, Indeed FR, APEC, HelloWork). */
export const fr: Lexicon = {
  headings: {
    "about-company": ["qui sommes-nous", "qui sommes nous", "l'entreprise", "à propos", "a propos", "à propos de nous", "notre entreprise", "présentation de l'entreprise", "la société", "notre histoire", "nous sommes", "l'équipe", "notre mission"],
    "about-role": ["le poste", "descriptif du poste", "description du poste", "votre rôle", "le rôle", "présentation du poste", "contexte", "l'offre", "description de l'offre", "le job", "votre mission", "mission", "la mission", "poste proposé"],
    overview: ["informations clés", "en bref", "détails du poste", "détails de l'offre", "détails de l’offre", "informations sur le poste"],
    responsibilities: ["missions", "vos missions", "vos responsabilités", "responsabilités", "ce que vous ferez", "ce que tu feras", "tes missions", "vos principales missions", "missions principales", "vos tâches", "tâches", "au quotidien", "votre quotidien", "ton quotidien", "activités principales", "principales missions", "vos activités", "ce que vous allez faire"],
    requirements: ["profil recherché", "profil", "votre profil", "ton profil", "compétences requises", "qualifications", "prérequis", "pré-requis", "exigences", "ce que nous recherchons", "vous êtes", "tu es", "compétences", "expérience et compétences", "savoir-faire", "formation", "le profil", "profil souhaité", "qui êtes-vous", "compétences recherchées", "vos compétences", "ce que tu apportes", "ce que vous apportez"],
    "nice-to-have": ["un plus", "serait un plus", "les plus", "atouts", "bonus", "idéalement", "ce serait un plus", "appréciés", "souhaité"],
    benefits: ["avantages", "nos avantages", "ce que nous offrons", "ce que nous proposons", "nous offrons", "nous proposons", "pourquoi nous rejoindre", "ce qu'on t'offre", "ce que l'on vous offre", "les avantages", "rémunération et avantages", "avantages sociaux", "on vous offre", "pourquoi nous rejoindre ?"],
    compensation: ["rémunération", "salaire", "package", "rémunération et avantages"],
    "interview-process": ["déroulement des entretiens", "processus de recrutement", "processus de recrutement", "process de recrutement", "étapes du recrutement", "le processus", "recrutement", "les étapes"],
    skills: ["compétences clés", "outils", "stack technique", "environnement technique", "technologies", "hard skills", "soft skills"],
    tags: ["mots-clés", "tags"],
    diversity: ["diversité", "diversité et inclusion", "égalité des chances", "handicap", "inclusion"],
    "how-to-apply": ["comment postuler", "candidature", "pour postuler", "intéressé", "intéressé(e)"],
  },
  chromeHeadings: {
    "similar-jobs": ["ces offres pourraient vous intéresser", "offres similaires", "emplois similaires", "d'autres offres", "autres offres", "voir plus d'offres", "offres d'emploi similaires", "vous pourriez aussi aimer"],
    share: ["signaler cette offre", "signaler l'offre", "signaler cette annonce", "sauvegarder l'offre", "enregistrer l'offre", "sauvegarder cette offre", "partager", "partager cette offre"],
    faq: ["questions fréquentes", "foire aux questions"],
    "apply-form": ["questions de présélection", "postuler à cette offre", "formulaire de candidature"],
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["signaler cette annonce", "signaler cette offre", "signaler l'offre", "signaler un abus", "sauvegarder l'offre", "enregistrer l'offre", "sauvegarder cette offre", "postuler maintenant", "candidature rapide", "candidature simplifiée", "politique de confidentialité", "mentions légales", "gestion des cookies"],
    "similar-jobs": ["offres similaires", "annonces similaires", "emplois similaires"],

    navigation: ["publier une offre", "déposer une offre", "publier une annonce", "envie d'en savoir plus", "envie d'en savoir plus ?", "aller au contenu principal", "trouver un job", "trouver une entreprise", "média", "pour les employeurs", "se connecter", "postuler", "sauvegarder", "partager", "voir l'entreprise", "voir plus", "voir moins", "retour aux offres", "accueil", "connexion", "s'inscrire", "candidature simplifiée", "signaler l'offre", "voir toutes les offres"],
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: [
    // the chrome of the biggest boards in every language: profile insights, "from the full job description", related searches, view counters, scam notes
    "insights sur le profil", "extraits de la description complète", "offre proposée par notre partenaire", "recherches associées", "recherches similaires",
    "nous utilisons des cookies", "ce site utilise des cookies", "ce site web utilise des cookies", "en poursuivant votre navigation", "tous droits réservés"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["respons", "mission", "tâche", "tache", "activités", "quotidien", "attribution", "fonctions", "votre fonction", "ta fonction", "ce que vous ferez", "ce que tu feras"],
    requirements: ["profil", "requis", "exig", "qualif", "prérequis", "compétences requises", "formation", "expérience", "vous êtes", "tu es", "recherch", "attendu", "savoir"],
    "nice-to-have": ["plus", "atout", "bonus", "idéal", "souhait", "apprécié", "appréci"],
    benefits: ["avantag", "offr", "propos", "pourquoi nous rejoindre", "pour vous", "pour toi", "bénéfic"],
    compensation: ["rémunération", "salaire"],
    "interview-process": ["recrut", "processus", "process", "étapes", "entretien", "déroulement", "sélection"],
    skills: ["compétences", "outils", "technique", "technolog", "stack", "environnement"],
    teams: ["équipes"],
    "about-company": ["qui sommes", "l'entreprise", "entreprise", "société", "à propos"],
    "about-role": ["le poste", "description", "descriptif", "contexte", "présentation du poste"],
    diversity: ["diversité", "inclusion", "handicap", "égalité"],
    "how-to-apply": ["postuler", "candidatur", "candidater", "candidatez", "contact"],
  },
  itemStems: {
    responsibilities: ["-er", "-ir", "-re", "vous serez", "tu seras", "participer", "assurer", "gérer", "piloter", "accompagner", "réaliser", "contribuer"],
    requirements: ["ans", "années", "expérience", "diplôme", "bac", "master", "formation", "connaissance", "maîtrise", "maitrise", "vous avez", "vous êtes", "tu as", "tu es", "capacité", "aisance", "rigueur", "autonom", "permis", "niveau", "bonne", "excellente", "sens de"],
    "nice-to-have": ["un plus", "serait un plus", "atout", "apprécié", "appréciée", "souhaité", "souhaitée", "idéalement", "bonus"],
    benefits: ["mutuelle", "congés", "conges", "rtt", "tickets restaurant", "ticket restaurant", "titres restaurant", "télétravail", "teletravail", "prime", "intéressement", "participation", "prévoyance", "remboursement", "transport", "salaire", "rémunération", "formation continue", "comité", "carte", "chèques", "cheques", "horaires flexibles", "jours de", "assurance collective", "assurances collectives", "assurance maladie", "assurance vie", "stationnement", "reer"],
    "interview-process": ["entretien", "appel", "étape", "cas pratique", "minutes", "échange téléphonique", "premier échange", "rencontre avec", "test technique", "journée d'immersion", "entretiens"],
  },
  notInfinitives: ["notre", "votre", "entre", "contre", "autre", "premier", "première", "dernier", "offre", "cadre", "centre", "titre", "membre", "ordre", "chiffre", "lettre", "métier", "dossier", "atelier", "chantier", "quartier", "fichier", "courrier", "avenir", "plaisir", "loisir", "leader", "partenaire", "salaire", "horaire", "entreprise"],
  // --- chrome by shape (issue 11 part 4): buttons, site sentences, cross-links, screening answers, counters ---
    uiVerbs: ["répondre", "répondez", "postuler", "postulez", "candidater", "partager", "partagez", "voir", "signaler", "enregistrer", "enregistrez", "sauvegarder", "imprimer", "télécharger", "se connecter", "connectez vous", "s'inscrire", "inscrivez vous", "s'identifier", "créer", "créez", "découvrir", "découvrez", "consulter", "consultez", "cliquez", "cliquer", "accéder", "accédez", "retour aux", "retour à", "suivre", "afficher", "réserver", "essayer", "essayez", "lire", "rechercher", "comparer"],
    uiObjects: ["offre", "annonce", "emploi", "entreprise", "page", "profil", "candidature", "démo", "demo", "premium", "ami", "politique", "alerte", "salaire", "avis", "lien", "site", "maintenant", "plus", "ici", "tout", "toutes", "équipe de recrutement", "recruteur", "employeur", "compte", "poste", "détail"],
    siteTerms: ["n'étant pas responsable", "n'est pas responsable du processus", "aucun paiement", "cookie", "politique de confidentialité", "mentions légales", "conditions générales", "conditions d'utilisation", "votre navigateur", "activer javascript", "ce site", "cette page", "site officiel", "tous droits réservés", "se désabonner", "désinscrire", "cet e-mail", "cet email", "alerte emploi", "déclaration d'accessibilité", "propulsé par"],
    boardNouns: ["emplois", "offres", "salaires", "postes", "annonces", "offres d'emploi"],
    placeWords: ["à", "en", "chez", "dans", "sur"],
    answerWords: ["oui", "non", "passer"],
    formFields: ["nom", "prénom", "e-mail", "email", "téléphone", "message", "votre message", "envoyer", "valider", "joindre un cv"],
    counterNouns: ["salariés", "employés", "collaborateurs", "abonnés", "candidats", "candidatures", "avis", "étoiles", "vues"],
  labels: {
    tags: ["mots-clés", "mots clés", "tags"],
    title: ["intitulé du poste", "intitulé", "poste", "titre", "titre du poste"],
    company: ["entreprise", "société", "employeur"],
    location: ["lieu", "localisation", "lieu de travail", "ville", "adresse", "lieu d’affectation", "lieu d'affectation", "région"],
    region: ["département", "province"],
    salary: ["salaire", "rémunération", "salaire brut", "rémunération annuelle"],
    // (Québec boards' facts: "Statut d'emploi" ⏎ "Permanent", "Horaire" ⏎ "Temps plein, Soir")
    employmentType: ["type de contrat", "contrat", "type d'emploi", "temps de travail", "statut d'emploi", "statut", "horaire", "type de poste"],
    workplaceType: ["télétravail", "mode de travail"],
    category: ["secteur", "catégorie", "domaine", "secteur d'activité", "métier"],
    experience: ["expérience", "expérience requise", "niveau d'expérience", "années d'expérience", "expérience minimale"],
    education: ["éducation", "formation", "niveau d'études", "diplôme", "niveau de diplôme"],
    postedAt: ["publiée le", "publié le", "date de publication", "mise en ligne"],
    validThrough: ["date limite", "date limite de candidature", "clôture"],
    startDate: ["début", "date de début", "prise de poste", "date de prise de poste", "date d'entrée en fonction", "entrée en fonction"],
    seniority: ["niveau", "séniorité"],
  },
};
