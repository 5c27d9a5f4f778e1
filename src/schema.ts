// zod/mini: the same schema objects and checks as zod's classic API (parse, safeParse,
// toJSONSchema, z.infer), built with functions instead of methods, so a bundle carries only the
// parts this schema uses (the browser core: about 25 KB of zod instead of 444 KB).
import * as z from "zod/mini";
import { en } from "zod/locales";
import { ISO_DAY_RE } from "./patterns.js";

// English issue messages, as classic zod sets them ("Invalid input: expected string, received
// number"), unless the application chose a locale first.
if (!z.config().localeError) z.config(en());

/** ISO 639-1 / ISO 3166 / ISO 4217 codes are plain strings checked by shape. */
const isoDate = z.string().check(z.regex(ISO_DAY_RE));
/** A string of exactly n characters (a language, country or currency code). */
const code = (n: number) => z.string().check(z.length(n));

/** One place the job is at, or an applicant region such as "Remote (EU)". */
export const LocationSchema = z.object({
  raw: z.string(),
  city: z.nullable(z.string()),
  region: z.nullable(z.string()),
  country: z.nullable(z.string()),
  countryCode: z.nullable(code(2)),
});

/** Pay as stated: a single figure sets min = max. */
export const SalarySchema = z.object({
  raw: z.string(),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  currency: z.nullable(code(3)),
  period: z.nullable(z.enum(["hour", "day", "week", "month", "year"])),
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
  heading: z.nullable(z.string()),
  kind: z.enum(SECTION_KINDS),
  text: z.string(),
  items: z.array(z.string()),
});

export const SpanSchema = z.object({ start: z.int(), end: z.int() });

/** Where one value came from. */
export const EvidenceSchema = z.object({
  how: z.enum(["stated", "derived", "inferred"]),
  spans: z.array(SpanSchema),
});

/** The record jobparse returns: every key always present; unknown is null or []. */
export const JobPostingSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  locations: z.array(LocationSchema),
  workplaceType: z.nullable(z.enum(["onsite", "remote", "hybrid"])),
  employmentType: z.nullable(
    z.enum(["full-time", "part-time", "contract", "temporary", "internship", "freelance", "volunteer"]),
  ),
  salary: z.nullable(SalarySchema),
  postedAt: z.nullable(isoDate),
  validThrough: z.nullable(isoDate),
  category: z.nullable(z.string()),
  seniority: z.nullable(z.enum(["intern", "junior", "mid", "senior", "lead", "principal", "executive"])),
  experience: z.nullable(z.object({ raw: z.string(), minYears: z.nullable(z.number()), maxYears: z.nullable(z.number()) })),
  education: z.nullable(
    z.object({
      raw: z.string(),
      level: z.enum(["high-school", "associate", "bachelor", "master", "doctorate", "other"]),
    }),
  ),
  summary: z.nullable(z.string()),
  description: z.string(),
  sections: z.array(SectionSchema),
  teams: z.array(z.object({ name: z.string(), description: z.nullable(z.string()) })),
  responsibilities: z.array(z.string()),
  requirements: z.array(z.string()),
  niceToHave: z.array(z.string()),
  benefits: z.array(z.string()),
  interviewProcess: z.array(z.object({ name: z.string(), durationMinutes: z.nullable(z.number()) })),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  contacts: z.object({ emails: z.array(z.string()), urls: z.array(z.string()) }),
  applyUrl: z.nullable(z.string()),
  language: z.nullable(code(2)),
  removed: z.array(z.object({ kind: z.string(), text: z.string() })),
  warnings: z.array(z.string()),
  evidence: z.optional(z.record(z.string(), EvidenceSchema)),
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
