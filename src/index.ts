/** jobparse: scraped job-posting text → one validated, structured record. */
export { parseJobPosting, type ParseOptions } from "./pipeline.js";
export { JobPostingSchema, recordJsonSchema, type JobPosting, type Location, type Salary, type Section, type SectionKind } from "./schema.js";
export { InputError, type InputFormat } from "./input/prepare.js";
export { defaultDetectors } from "./detectors/index.js";
export type { Context, Detection, Detector } from "./context.js";
export { missingRequired, toJsonLd } from "./jsonld-out.js";
