import type { SectionKind } from "../schema.js";

/** The kinds of board chrome that are dropped from the description into `removed`. */
export type ChromeKind = "promo" | "share" | "advice" | "faq" | "similar-jobs" | "navigation" | "apply-form" | "board";

/** Field names that `Key: Value` labels and overview rows map to. */
export type LabelField =
  | "title" | "company" | "location" | "salary" | "employmentType" | "workplaceType" | "category"
  | "experience" | "education" | "seniority" | "postedAt" | "validThrough" | "department" | "startDate"
  | "region" | "country" | "skills" | "tags" | "applyUrl"
  // facts helper: a row of a run of "Label: value" facts whose label no field reads ("Openings: 3", "Work Shift: Nights")
  | "fact";

/** Words of one language, as data: no logic lives here. */
export interface Lexicon {
  /** Heading phrases by section kind (lowercase, apostrophes as '). */
  headings: Partial<Record<SectionKind, string[]>>;
  /** Word stems (lowercase word beginnings) that vote for a kind, for headings no phrase covers. */
  headingStems?: Partial<Record<SectionKind, string[]>>;
  /** Heading phrases that open a block of board chrome. */
  chromeHeadings: Partial<Record<ChromeKind, string[]>>;
  /** Whole lines that are board chrome (buttons, counters), lowercase. */
  chromeLines: Partial<Record<ChromeKind, string[]>>;
  /** Beginnings of lines that are board chrome whatever follows ("Jobs posted: 5", "URL Source: …"), lowercase. */
  chromePrefixes?: string[];
  // --- sections by evidence (issue 11) ---
  /** word stems (lowercase word beginnings, or several words) that, opening or inside a list item, vote for its kind */
  itemStems?: Partial<Record<SectionKind, string[]>>;
  /** words shaped like the infinitive endings of `itemStems` ("-er", "-re") that are no verbs: "Notre", "Auxiliar" */
  notInfinitives?: string[];
  // --- chrome by shape (issue 11 part 4): the words src/sections/chrome-shapes.ts reads ---
  /** Verbs of a page's buttons and links, lowercase, one or two words ("apply", "share", "sign in", "postuler"). */
  uiVerbs?: string[];
  /** Buttons put the verb last in this language ("Jetzt bewerben", "Vacature bewaren"). */
  uiVerbLast?: boolean;
  /** What those buttons act on, lowercase word stems or phrases ("job", "offer", "company", "hiring team", "now"). */
  uiObjects?: string[];
  /** Words about the site itself rather than the job, lowercase stems or phrases ("cookie", "privacy policy", "your browser"). */
  siteTerms?: string[];
  /** Plural nouns of a board's cross-links and listing headings, lowercase ("jobs", "salaries", "emplois", "vagas"). */
  boardNouns?: string[];
  /** Prepositions of place or employer in those cross-links, lowercase ("in", "at", "near", "à", "chez", "em"). */
  placeWords?: string[];
  /** The answers a screening question offers, lowercase ("yes", "no", "skip", "oui", "non"). */
  answerWords?: string[];
  /** The fields and button of a board's reply form, each alone on its line, lowercase ("name", "email", "message", "send"). */
  formFields?: string[];
  /** Nouns of a board's counters after a figure, lowercase stems ("employees", "followers", "applicants", "ratings"). */
  counterNouns?: string[];
  /** Label words (`Job Title`, `Salary`) and the field each feeds. */
  labels: Partial<Record<LabelField, string[]>>;
}
