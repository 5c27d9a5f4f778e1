import type { JobPosting } from "./schema.js";
import { dict } from "./lexicon/dict.js";
import { AMPERSANDS_RE, GREATER_THANS_RE, LESS_THANS_RE, MD_DASH_ITEM_RE, MD_HEADING_RE } from "./patterns.js";

const EMPLOYMENT: Record<string, string> = dict({
  "full-time": "FULL_TIME", "part-time": "PART_TIME", contract: "CONTRACTOR", temporary: "TEMPORARY",
  internship: "INTERN", volunteer: "VOLUNTEER", freelance: "CONTRACTOR",
});
const EDUCATION: Record<string, string> = dict({
  "high-school": "high school", associate: "associate degree", bachelor: "bachelor degree", master: "postgraduate degree",
  doctorate: "postgraduate degree", other: "professional certificate",
});

function escapeHtml(s: string): string {
  return s.replace(AMPERSANDS_RE, "&amp;").replace(LESS_THANS_RE, "&lt;").replace(GREATER_THANS_RE, "&gt;");
}

/** The record's Markdown description as simple HTML for JSON-LD. */
function markdownToHtml(md: string): string {
  const out: string[] = [];
  let inList = false;
  for (const line of md.split("\n")) {
    const item = MD_DASH_ITEM_RE.exec(line);
    if (item) {
      if (!inList) out.push("<ul>");
      inList = true;
      out.push(`<li>${escapeHtml(item[1])}</li>`);
      continue;
    }
    if (inList) out.push("</ul>");
    inList = false;
    const h = MD_HEADING_RE.exec(line);
    if (h) out.push(`<h${h[1].length}>${escapeHtml(h[2])}</h${h[1].length}>`);
    else if (line.trim()) out.push(`<p>${escapeHtml(line)}</p>`);
  }
  if (inList) out.push("</ul>");
  return out.join("");
}

/**
 * The properties Google requires of a JobPosting that this JSON-LD lacks: title, description,
 * datePosted, hiringOrganization, and jobLocation — or, for a remote job (jobLocationType
 * TELECOMMUTE) without one, applicantLocationRequirements.
 */
export function missingRequired(ld: object): string[] {
  const o = ld as Record<string, unknown>;
  const missing: string[] = ["title", "description", "datePosted", "hiringOrganization"].filter((k) => !present(o[k]));
  if (!present(o.jobLocation)) {
    if (o.jobLocationType !== "TELECOMMUTE") missing.push("jobLocation");
    else if (!present(o.applicantLocationRequirements)) missing.push("applicantLocationRequirements");
  }
  return missing;
}

function present(v: unknown): boolean {
  return !(v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0));
}

/** A schema.org JobPosting (Google's required and recommended properties) made from a record. */
export function toJsonLd(r: JobPosting): Record<string, unknown> {
  const ld: Record<string, unknown> = { "@context": "https://schema.org/", "@type": "JobPosting" };
  if (r.title) ld.title = r.title;
  ld.description = markdownToHtml(r.description);
  if (r.postedAt) ld.datePosted = r.postedAt;
  if (r.validThrough) ld.validThrough = r.validThrough;
  if (r.company) ld.hiringOrganization = { "@type": "Organization", name: r.company };
  const places = r.locations.filter((l) => l.city || l.region || l.countryCode);
  if (places.length) {
    ld.jobLocation = places.map((l) => ({
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        ...(l.city ? { addressLocality: l.city } : {}),
        ...(l.region ? { addressRegion: l.region } : {}),
        ...(l.countryCode ? { addressCountry: l.countryCode } : {}),
      },
    }));
  }
  if (r.workplaceType === "remote") {
    ld.jobLocationType = "TELECOMMUTE";
    const regions = r.locations.map((l) => l.country ?? l.raw).filter(Boolean);
    if (regions.length) ld.applicantLocationRequirements = regions.map((name) => ({ "@type": "Country", name }));
  }
  if (r.salary && r.salary.min !== null) {
    ld.baseSalary = {
      "@type": "MonetaryAmount",
      ...(r.salary.currency ? { currency: r.salary.currency } : {}),
      value: {
        "@type": "QuantitativeValue",
        minValue: r.salary.min,
        maxValue: r.salary.max ?? r.salary.min,
        ...(r.salary.period ? { unitText: r.salary.period.toUpperCase() } : {}),
      },
    };
  }
  if (r.employmentType) ld.employmentType = EMPLOYMENT[r.employmentType] ?? "OTHER";
  if (r.experience?.minYears != null) ld.experienceRequirements = { "@type": "OccupationalExperienceRequirements", monthsOfExperience: Math.round(r.experience.minYears * 12) };
  if (r.education) ld.educationRequirements = { "@type": "EducationalOccupationalCredential", credentialCategory: EDUCATION[r.education.level] };
  if (r.responsibilities.length) ld.responsibilities = r.responsibilities.join("\n");
  if (r.requirements.length) ld.qualifications = r.requirements.join("\n");
  if (r.skills.length) ld.skills = r.skills.join(", ");
  if (r.benefits.length) ld.jobBenefits = r.benefits.join("\n");
  if (r.category) ld.industry = r.category;
  if (r.applyUrl) ld.url = r.applyUrl;
  return ld;
}
