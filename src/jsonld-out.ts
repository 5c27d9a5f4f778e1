import { toHtml } from "hast-util-to-html";
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { toHast } from "mdast-util-to-hast";
import remarkParse from "remark-parse";
import type {
  AdministrativeArea,
  Country,
  EducationalOccupationalCredential,
  JobPosting as LdJobPosting,
  MonetaryAmount,
  OccupationalExperienceRequirements,
  Place,
  WithContext,
} from "schema-dts";
import { unified } from "unified";
import type { JobPosting, Location, Salary } from "./schema.js";
import { dict } from "./lexicon/dict.js";
import { JOB_REFERENCE_RE } from "./patterns.js";

/** The JSON-LD `toJsonLd` returns: a schema.org JobPosting with its @context (schema-dts types). */
export type JobPostingJsonLd = WithContext<LdJobPosting>;

const EMPLOYMENT: Record<string, string> = dict({
  "full-time": "FULL_TIME", "part-time": "PART_TIME", contract: "CONTRACTOR", temporary: "TEMPORARY",
  internship: "INTERN", volunteer: "VOLUNTEER", freelance: "CONTRACTOR",
});
const EDUCATION: Record<string, string> = dict({
  "high-school": "high school", associate: "associate degree", bachelor: "bachelor degree", master: "postgraduate degree",
  doctorate: "postgraduate degree", other: "professional certificate",
});
const UNIT: Record<string, string> = dict({ hour: "HOUR", day: "DAY", week: "WEEK", month: "MONTH", year: "YEAR" });

const markdown = unified().use(remarkParse);

/**
 * The record's Markdown description as HTML for JSON-LD, through the unified stack the parser
 * uses: headings, bullet and numbered lists, links, emphasis and code are kept; raw HTML in the
 * text is dropped (never passed through), every text is escaped, and a link whose scheme is not
 * http(s) or mailto keeps its text but loses its href.
 */
export function descriptionHtml(md: string): string {
  if (!md.trim()) return "";
  const hast = toHast(markdown.parse(md)) as HastRoot;
  safeLinks(hast);
  return toHtml(hast);
}

function safeLinks(node: HastRoot | RootContent | ElementContent): void {
  if (node.type === "element" && node.tagName === "a") {
    const href = (node as Element).properties.href;
    if (typeof href !== "string" || !safeUrl(href)) delete (node as Element).properties.href;
  }
  if ("children" in node) for (const c of node.children) safeLinks(c);
}

function safeUrl(href: string): boolean {
  try {
    const p = new URL(href).protocol;
    return p === "http:" || p === "https:" || p === "mailto:";
  } catch {
    return false;
  }
}

/**
 * baseSalary: minValue/maxValue for a range, value for one figure (or a range whose ends are
 * equal), maxValue alone for "up to"; unitText from the period — or, when the posting states
 * none, from the size of the figure (≥ 10,000 a year, ≥ 1,000 a month, > 200 a day, else an
 * hour). Nothing when no figure is known.
 */
function baseSalary(s: Salary): MonetaryAmount | null {
  const { min, max } = s;
  if (min === null && max === null) return null;
  const top = max ?? min!;
  const unitText = (s.period ? UNIT[s.period] : undefined) ?? (top >= 10_000 ? "YEAR" : top >= 1_000 ? "MONTH" : top > 200 ? "DAY" : "HOUR");
  const amounts = min !== null && max !== null && min !== max ? { minValue: min, maxValue: max } : min === null ? { maxValue: max! } : { value: min };
  return {
    "@type": "MonetaryAmount",
    ...(s.currency ? { currency: s.currency } : {}),
    value: { "@type": "QuantitativeValue", ...amounts, unitText },
  };
}

/** A place with a postal address: every part the record has (addressCountry is what Google requires). */
function place(l: Location): Place {
  return {
    "@type": "Place",
    address: {
      "@type": "PostalAddress",
      ...(l.city ? { addressLocality: l.city } : {}),
      ...(l.region ? { addressRegion: l.region } : {}),
      ...(l.countryCode ? { addressCountry: l.countryCode } : {}),
    },
  };
}

/**
 * Where a remote applicant may live, typed as what it is: a country, or any other area — a
 * region inside a country, "EMEA", "North America", "Anywhere" — as an AdministrativeArea (the
 * type schema.org gives this property; Country is one kind of it).
 */
function applicantArea(l: Location): Country | AdministrativeArea | null {
  if (l.countryCode || l.country) {
    const country: Country = { "@type": "Country", name: l.country ?? l.countryCode! };
    return l.region && !l.city ? { "@type": "AdministrativeArea", name: l.region, containedInPlace: country } : country;
  }
  const name = (l.region ?? l.city ?? l.raw).trim();
  return name ? { "@type": "AdministrativeArea", name } : null;
}

/** A job reference stated in the posting ("Job ID 4471", "ref TD-2291"), searched in the description, the sections and the page chrome. */
function jobReference(r: JobPosting): string | null {
  const texts = [r.description, ...r.sections.flatMap((s) => [s.heading ?? "", s.text, ...s.items]), ...r.removed.map((x) => x.text)];
  for (const text of texts) {
    for (const line of text.split("\n")) {
      const m = JOB_REFERENCE_RE.exec(line);
      if (m && m[1].length >= 3 && [...m[1]].some((c) => c >= "0" && c <= "9")) return m[1];
    }
  }
  return null;
}

/**
 * The properties Google requires of a JobPosting that this JSON-LD lacks: title, description,
 * datePosted, hiringOrganization, and jobLocation with an addressCountry — or, for a remote job
 * (jobLocationType TELECOMMUTE), applicantLocationRequirements.
 */
export function missingRequired(ld: object): string[] {
  const o = ld as Record<string, unknown>;
  const missing: string[] = ["title", "description", "datePosted", "hiringOrganization"].filter((k) => !present(o[k]));
  if (o.jobLocationType === "TELECOMMUTE") {
    if (!present(o.applicantLocationRequirements)) missing.push("applicantLocationRequirements");
  } else if (!present(o.jobLocation) && !present(o.applicantLocationRequirements)) missing.push("jobLocation");
  if (present(o.jobLocation)) {
    const places = (Array.isArray(o.jobLocation) ? o.jobLocation : [o.jobLocation]) as { address?: { addressCountry?: unknown } }[];
    if (places.some((p) => !present(p.address?.addressCountry))) missing.push("jobLocation.address.addressCountry");
  }
  return missing;
}

function present(v: unknown): boolean {
  return !(v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0));
}

/**
 * A schema.org JobPosting (Google's required and recommended properties) made from a record. Only
 * facts the record has are written: a property Google requires and the posting does not state is
 * left out (`missingRequired` names them), never invented.
 */
export function toJsonLd(r: JobPosting): JobPostingJsonLd {
  const ld: JobPostingJsonLd = { "@context": "https://schema.org", "@type": "JobPosting" };
  if (r.title) ld.title = r.title;
  const description = descriptionHtml(r.description);
  if (description) ld.description = description;
  if (r.postedAt) ld.datePosted = r.postedAt;
  if (r.validThrough) ld.validThrough = r.validThrough;
  if (r.company) ld.hiringOrganization = { "@type": "Organization", name: r.company };
  const places = r.locations.filter((l) => l.city || l.region || l.countryCode).map(place);
  if (places.length) ld.jobLocation = places.length === 1 ? places[0] : places;
  if (r.workplaceType === "remote") {
    ld.jobLocationType = "TELECOMMUTE";
    const areas = r.locations.map(applicantArea).filter((a) => a !== null);
    if (areas.length) ld.applicantLocationRequirements = areas.length === 1 ? areas[0] : areas;
  }
  const salary = r.salary ? baseSalary(r.salary) : null;
  if (salary) ld.baseSalary = salary;
  if (r.employmentType) ld.employmentType = EMPLOYMENT[r.employmentType] ?? "OTHER";
  if (r.experience?.minYears != null) {
    const exp: OccupationalExperienceRequirements = { "@type": "OccupationalExperienceRequirements", monthsOfExperience: Math.round(r.experience.minYears * 12) };
    ld.experienceRequirements = exp;
  }
  if (r.education && EDUCATION[r.education.level]) {
    const cred: EducationalOccupationalCredential = { "@type": "EducationalOccupationalCredential", credentialCategory: EDUCATION[r.education.level] };
    ld.educationRequirements = cred;
  }
  if (r.responsibilities.length) ld.responsibilities = r.responsibilities.join("\n");
  if (r.requirements.length) ld.qualifications = r.requirements.join("\n");
  if (r.skills.length) ld.skills = r.skills.join(", ");
  if (r.benefits.length) ld.jobBenefits = r.benefits.join("\n");
  if (r.category) ld.industry = r.category;
  const ref = jobReference(r);
  if (ref) ld.identifier = { "@type": "PropertyValue", ...(r.company ? { name: r.company } : {}), value: ref };
  // The page the posting came from carried an application form: applying happens there.
  if (r.removed.some((x) => x.kind === "apply-form")) ld.directApply = true;
  // schema.org's place for "apply here": an ApplyAction whose target is the link (`url` would be the posting's own page).
  if (r.applyUrl) ld.potentialAction = { "@type": "ApplyAction", target: r.applyUrl };
  return ld;
}
