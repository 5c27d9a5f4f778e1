import { z } from "zod";
import { ISO_DAY_RE } from "./patterns.js";

/** ISO 639-1 / ISO 3166 / ISO 4217 codes are plain strings checked by shape. */
const isoDate = z.string().regex(ISO_DAY_RE);

/** One place the job is at, or an applicant region such as "Remote (EU)". */
export const LocationSchema = z.object({
  raw: z.string(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  countryCode: z.string().length(2).nullable(),
});

/** Pay as stated: a single figure sets min = max. */
export const SalarySchema = z.object({
  raw: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().length(3).nullable(),
  period: z.enum(["hour", "day", "week", "month", "year"]).nullable(),
});

export const SECTION_KINDS = [
  "about-company",
  "about-role",
  "overview",
  "teams",
  "responsibilities",
  "requirements",
  "nice-to-have",
  "benefits",
  "compensation",
  "interview-process",
  "skills",
  "tags",
  "diversity",
  "how-to-apply",
  "other",
] as const;

/** A section of the posting: its heading, its kind, its prose and its list items. */
export const SectionSchema = z.object({
  heading: z.string().nullable(),
  kind: z.enum(SECTION_KINDS),
  text: z.string(),
  items: z.array(z.string()),
});

export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });

/** Where one value came from. */
export const EvidenceSchema = z.object({
  how: z.enum(["stated", "derived", "inferred"]),
  spans: z.array(SpanSchema),
});

/** The record jobparse returns: every key always present; unknown is null or []. */
export const JobPostingSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string().nullable(),
  company: z.string().nullable(),
  locations: z.array(LocationSchema),
  workplaceType: z.enum(["onsite", "remote", "hybrid"]).nullable(),
  employmentType: z
    .enum(["full-time", "part-time", "contract", "temporary", "internship", "freelance", "volunteer"])
    .nullable(),
  salary: SalarySchema.nullable(),
  postedAt: isoDate.nullable(),
  validThrough: isoDate.nullable(),
  category: z.string().nullable(),
  seniority: z.enum(["intern", "junior", "mid", "senior", "lead", "principal", "executive"]).nullable(),
  experience: z
    .object({ raw: z.string(), minYears: z.number().nullable(), maxYears: z.number().nullable() })
    .nullable(),
  education: z
    .object({
      raw: z.string(),
      level: z.enum(["high-school", "associate", "bachelor", "master", "doctorate", "other"]),
    })
    .nullable(),
  summary: z.string().nullable(),
  description: z.string(),
  sections: z.array(SectionSchema),
  teams: z.array(z.object({ name: z.string(), description: z.string().nullable() })),
  responsibilities: z.array(z.string()),
  requirements: z.array(z.string()),
  niceToHave: z.array(z.string()),
  benefits: z.array(z.string()),
  interviewProcess: z.array(z.object({ name: z.string(), durationMinutes: z.number().nullable() })),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  contacts: z.object({ emails: z.array(z.string()), urls: z.array(z.string()) }),
  applyUrl: z.string().nullable(),
  language: z.string().length(2).nullable(),
  removed: z.array(z.object({ kind: z.string(), text: z.string() })),
  warnings: z.array(z.string()),
  evidence: z.record(z.string(), EvidenceSchema).optional(),
});

export type JobPosting = z.infer<typeof JobPostingSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Salary = z.infer<typeof SalarySchema>;
export type Section = z.infer<typeof SectionSchema>;
export type SectionKind = (typeof SECTION_KINDS)[number];
export type Span = z.infer<typeof SpanSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The JSON Schema of the record, made from the zod schema. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(JobPostingSchema);
}
