import type { Lexicon } from "./types.js";

/** French headings, labels and board chrome (Welcome to the Jungle, Indeed FR, APEC, HelloWork). */
export const fr: Lexicon = {
  headings: {
    "about-company": ["qui sommes-nous", "qui sommes nous", "l'entreprise", "à propos", "a propos", "à propos de nous", "notre entreprise", "présentation de l'entreprise", "la société", "notre histoire", "nous sommes", "l'équipe", "notre mission"],
    "about-role": ["le poste", "descriptif du poste", "description du poste", "votre rôle", "le rôle", "présentation du poste", "contexte", "l'offre", "description de l'offre", "le job", "votre mission", "mission", "la mission", "poste proposé"],
    overview: ["informations clés", "en bref", "détails du poste", "informations sur le poste"],
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
    share: ["partager", "partager cette offre"],
    faq: ["questions fréquentes", "foire aux questions"],
    "apply-form": ["postuler à cette offre", "formulaire de candidature"],
  },
  chromeLines: {
    navigation: ["envie d'en savoir plus", "envie d'en savoir plus ?", "aller au contenu principal", "trouver un job", "trouver une entreprise", "média", "pour les employeurs", "se connecter", "postuler", "sauvegarder", "partager", "voir l'entreprise", "voir plus", "voir moins", "retour aux offres", "accueil", "connexion", "s'inscrire", "candidature simplifiée", "signaler l'offre", "voir toutes les offres"],
  },
  labels: {
    title: ["intitulé du poste", "intitulé", "poste", "titre", "titre du poste"],
    company: ["entreprise", "société", "employeur"],
    location: ["lieu", "localisation", "lieu de travail", "ville", "adresse"],
    salary: ["salaire", "rémunération", "salaire brut", "rémunération annuelle"],
    employmentType: ["type de contrat", "contrat", "type d'emploi", "temps de travail"],
    workplaceType: ["télétravail", "mode de travail"],
    category: ["secteur", "catégorie", "domaine", "secteur d'activité", "métier"],
    experience: ["expérience", "expérience requise", "niveau d'expérience"],
    education: ["éducation", "formation", "niveau d'études", "diplôme", "niveau de diplôme"],
    postedAt: ["publiée le", "publié le", "date de publication", "mise en ligne"],
    validThrough: ["date limite", "date limite de candidature", "clôture"],
    startDate: ["début", "date de début", "prise de poste", "date de prise de poste"],
    seniority: ["niveau", "séniorité"],
  },
};
