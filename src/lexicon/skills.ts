/**
 * Words that say how well or how much a skill is wanted, written after its name by boards that rate
 * skills ("Kubernetes — advanced", "Python: regular", "SQL (nice to have)", "Java — 5+ years",
 * "Englisch (verhandlungssicher)"). A suffix made only of these words, numbers and CEFR levels is
 * taken off the skill's name. Lowercase, one word each.
 */
export const SKILL_LEVEL_WORDS = [
  // en
  "advanced", "expert", "expertise", "proficient", "proficiency", "intermediate", "basic", "basics", "beginner", "regular", "junior", "senior",
  "mid", "mid-level", "strong", "good", "very", "solid", "excellent", "fluent", "native", "master", "nice", "nice-to-have", "to", "have",
  "must", "must-have", "required", "requirement", "preferred", "optional", "a", "plus", "bonus", "desired", "desirable", "level", "years",
  "year", "yrs", "yr", "of", "experience", "exp", "min", "min.", "minimum", "at", "least", "knowledge", "working", "hands-on", "familiarity",
  "familiar", "essential", "mandatory", "advantageous", "advantage", "beneficial", "welcome", "valued", "ideal", "ideally", "or", "and", "more", "high", "low", "medium", "elementary", "upper", "professional",
  // pl (Just Join IT, No Fluff Jobs)
  "zaawansowany", "zaawansowana", "średniozaawansowany", "podstawowy", "podstawowa", "biegły", "biegła", "dobry", "dobra", "bardzo",
  "mile", "widziane", "widziany", "wymagane", "wymagany", "lat", "lata", "poziom", "komunikatywny", "ekspert",
  // de
  "fortgeschritten", "fortgeschrittene", "gut", "gute", "sehr", "grundkenntnisse", "verhandlungssicher", "fließend", "muttersprache",
  "wünschenswert", "erforderlich", "jahre", "kenntnisse", "experte", "optional",
  // fr / es / pt / it / nl
  "avancé", "avancée", "intermédiaire", "débutant", "courant", "bilingue", "confirmé", "souhaité", "apprécié", "ans", "niveau",
  "avanzado", "intermedio", "básico", "deseable", "años", "nivel", "avançado", "intermediário", "desejável", "anos", "avanzato", "buono",
  "gevorderd", "basis", "pré", "jaar", "niveau",
  // da / sv / nb
  "erfaren", "meriterande", "meriterende", "fordel", "år", "ønskelig", "krav",
];
