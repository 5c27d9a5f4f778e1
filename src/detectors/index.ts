import type { Detector } from "../context.js";
import { applyUrlDetector } from "./apply-url.js";
import { categoryDetector } from "./category.js";
import { companyDetector } from "./company.js";
import { contactsDetector } from "./contacts.js";
import { postedAtDetector, validThroughDetector } from "./dates.js";
import { descriptionDetector } from "./description.js";
import { educationDetector } from "./education.js";
import { employmentTypeDetector } from "./employment-type.js";
import { experienceDetector } from "./experience.js";
import { interviewProcessDetector } from "./interview-process.js";
import { languageDetector } from "./language.js";
import { locationsDetector } from "./locations.js";
import { removedDetector } from "./removed.js";
import { salaryDetector } from "./salary.js";
import { benefitsDetector, niceToHaveDetector, requirementsDetector, responsibilitiesDetector, skillsDetector, tagsDetector } from "./section-lists.js";
import { sectionsDetector } from "./sections.js";
import { seniorityDetector } from "./seniority.js";
import { summaryDetector } from "./summary.js";
import { teamsDetector } from "./teams.js";
import { titleDetector } from "./title.js";
import { workplaceTypeDetector } from "./workplace-type.js";

/**
 * The default detectors, in the order they run: a detector may read what an earlier one found
 * (company reads title, salary reads locations for a bare "$" and the language for a bare "kr", seniority reads title).
 */
export const defaultDetectors: readonly Detector[] = [
  removedDetector,
  // first of the fields: salary reads it for a bare "kr", education for words only one language means as a degree
  languageDetector,
  titleDetector,
  companyDetector,
  locationsDetector,
  workplaceTypeDetector,
  employmentTypeDetector,
  salaryDetector,
  postedAtDetector,
  validThroughDetector,
  categoryDetector,
  experienceDetector,
  educationDetector,
  seniorityDetector,
  sectionsDetector,
  summaryDetector,
  descriptionDetector,
  teamsDetector,
  responsibilitiesDetector,
  requirementsDetector,
  niceToHaveDetector,
  benefitsDetector,
  interviewProcessDetector,
  skillsDetector,
  tagsDetector,
  contactsDetector,
  applyUrlDetector,
] as Detector[];
