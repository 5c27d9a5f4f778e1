import type { StructuredFacts } from "../context.js";
import { CURRENCY_CODE_RE, DECIMAL_STRING_RE, HTTP_SCHEME_LOWER_RE, ISO_DAY_START_RE, JOB_POSTING_TYPE_RE, JSONLD_ENTITY_RE, LIST_COMMA_SPLIT_RE } from "../patterns.js";
import type { Span } from "../schema.js";
import { jsonPositions, type JsonAt } from "./json-positions.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A JSON-LD script body and where it starts in the page's text. */
export interface JsonLdBody {
  text: string;
  start: number;
}

/**
 * Reads schema.org JobPosting facts from JSON-LD script bodies (also inside `@graph` or arrays);
 * a body that is not JSON is skipped.
 * `where` gives, by fact, the spans of the page's text each fact was read from.
 */
export function readJsonLd(bodies: readonly JsonLdBody[]): StructuredFacts | null {
  for (const body of bodies) {
    let data: Json;
    try {
      data = JSON.parse(body.text.trim()) as Json;
    } catch {
      continue;
    }
    const at = jsonPositions(body.text) ?? undefined;
    const posting = findPosting(data, at, 0);
    if (!posting) continue;
    const whole: Span = { start: body.start, end: body.start + body.text.length };
    const span = (a: JsonAt | undefined): Span[] => (a ? [{ start: body.start + a.start, end: body.start + a.end }] : [whole]);
    return toFacts(posting.data, posting.at, span);
  }
  return null;
}

function findPosting(data: Json, at: JsonAt | undefined, depth: number): { data: Record<string, Json>; at: JsonAt | undefined } | null {
  if (depth > 6 || data === null || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const p = findPosting(data[i], at?.elements?.[i], depth + 1);
      if (p) return p;
    }
    return null;
  }
  const type = data["@type"];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === "string" && JOB_POSTING_TYPE_RE.test(t))) return { data, at };
  if (data["@graph"]) return findPosting(data["@graph"], at?.members?.get("@graph"), depth + 1);
  return null;
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === "string") return decode(v).trim() || undefined;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && !Array.isArray(v)) return str(v.name ?? v["@value"] ?? v.value);
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function num(v: Json | undefined): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && DECIMAL_STRING_RE.test(v.trim())) return Number(v);
  return undefined;
}

function decode(s: string): string {
  // descriptions are often HTML-escaped inside the JSON: "&lt;p&gt;"
  return s.replace(JSONLD_ENTITY_RE, (m, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'", "#x27": "'", nbsp: " " })[e] ?? m);
}

function toFacts(p: Record<string, Json>, at: JsonAt | undefined, span: (a: JsonAt | undefined) => Span[]): StructuredFacts {
  const facts: StructuredFacts = {};
  const where: Record<string, Span[]> = {};
  const member = (key: string) => at?.members?.get(key);
  // the value a key holds, or its `name` / `value` inside an object
  const inner = (a: JsonAt | undefined) => a?.members?.get("name") ?? a?.members?.get("@value") ?? a?.members?.get("value") ?? a?.elements?.[0] ?? a;
  const record = (fact: string, a: JsonAt | undefined) => {
    where[fact] = span(a);
  };
  facts.title = str(p.title);
  if (facts.title) record("title", member("title"));
  const org = p.hiringOrganization;
  facts.company = str(org);
  if (facts.company) record("company", inner(member("hiringOrganization")));
  if (typeof p.description === "string") {
    facts.description = decode(decode(p.description));
    record("description", member("description"));
  }
  const posted = str(p.datePosted);
  if (posted && ISO_DAY_START_RE.test(posted)) {
    facts.datePosted = posted.slice(0, 10);
    record("datePosted", member("datePosted"));
  }
  const valid = str(p.validThrough);
  if (valid && ISO_DAY_START_RE.test(valid)) {
    facts.validThrough = valid.slice(0, 10);
    record("validThrough", member("validThrough"));
  }
  const et = p.employmentType;
  if (et) {
    facts.employmentType = (Array.isArray(et) ? et : [et]).map((x) => String(x));
    record("employmentType", member("employmentType"));
  }
  const locs = p.jobLocation ? (Array.isArray(p.jobLocation) ? p.jobLocation : [p.jobLocation]) : [];
  const locsAt = member("jobLocation");
  facts.locations = [];
  for (const [li, l] of locs.entries()) {
    if (!l || typeof l !== "object" || Array.isArray(l)) continue;
    const a = (l.address ?? l) as Json;
    if (!a || typeof a !== "object" || Array.isArray(a)) continue;
    const city = str(a.addressLocality);
    const region = str(a.addressRegion);
    const country = str(a.addressCountry);
    const raw = [city, region, country].filter(Boolean).join(", ");
    if (raw) {
      const lAt = Array.isArray(p.jobLocation) ? locsAt?.elements?.[li] : locsAt;
      record(`locations[${facts.locations.length}]`, lAt?.members?.get("address") ?? lAt);
      facts.locations.push({ city, region, country, raw });
    }
  }
  if (String(p.jobLocationType ?? "").toUpperCase().includes("TELECOMMUTE")) {
    facts.remote = true;
    record("remote", member("jobLocationType"));
  }
  const arl = p.applicantLocationRequirements;
  if (arl) facts.applicantRegions = (Array.isArray(arl) ? arl : [arl]).map((x) => str(x)).filter((x): x is string => !!x);
  const bs = p.baseSalary ?? p.estimatedSalary;
  const salary = Array.isArray(bs) ? bs[0] : bs;
  if (salary && typeof salary === "object" && !Array.isArray(salary)) {
    const value = salary.value as Json;
    const v = value && typeof value === "object" && !Array.isArray(value) ? value : {};
    const min = num(v.minValue) ?? num(v.value) ?? num(value as Json);
    const max = num(v.maxValue) ?? num(v.value) ?? min;
    if (min !== undefined) {
      const currency = str(salary.currency);
      facts.salary = { min, max, currency: currency && CURRENCY_CODE_RE.test(currency) ? currency.toUpperCase() : undefined, unit: str(v.unitText) ?? str(salary.unitText), raw: JSON.stringify(salary).slice(0, 200) };
      const sAt = member(p.baseSalary ? "baseSalary" : "estimatedSalary");
      record("salary", Array.isArray(bs) ? sAt?.elements?.[0] : sAt);
    }
  }
  facts.category = str(p.industry) ?? str(p.occupationalCategory);
  if (facts.category) record("category", inner(member(str(p.industry) ? "industry" : "occupationalCategory")));
  const skills = p.skills;
  const skillsAt = member("skills");
  if (typeof skills === "string") {
    facts.skills = skills.split(LIST_COMMA_SPLIT_RE).filter(Boolean);
    facts.skills.forEach((_, i) => record(`skills[${i}]`, skillsAt));
  } else if (Array.isArray(skills)) {
    facts.skills = [];
    skills.forEach((x, i) => {
      const s = str(x);
      if (!s) return;
      record(`skills[${facts.skills!.length}]`, skillsAt?.elements?.[i]);
      facts.skills!.push(s);
    });
  }
  const er = p.experienceRequirements;
  if (er && typeof er === "object" && !Array.isArray(er)) {
    facts.experienceMonths = num(er.monthsOfExperience);
    if (facts.experienceMonths !== undefined) record("experienceMonths", member("experienceRequirements")?.members?.get("monthsOfExperience"));
  }
  const ed = p.educationRequirements;
  if (ed) {
    facts.education = str(ed && typeof ed === "object" && !Array.isArray(ed) ? ed.credentialCategory : ed);
    if (facts.education) record("education", member("educationRequirements"));
  }
  facts.applyUrl = str(p.url) && HTTP_SCHEME_LOWER_RE.test(str(p.url) ?? "") ? str(p.url) : undefined;
  if (facts.applyUrl) record("applyUrl", member("url"));
  facts.where = where;
  return facts;
}
