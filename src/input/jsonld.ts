import type { StructuredFacts } from "../context.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Reads schema.org JobPosting facts from JSON-LD script bodies (also inside `@graph` or arrays);
 * a body that is not JSON is skipped. `html` turns the description's HTML into what the caller keeps.
 */
export function readJsonLd(bodies: readonly string[], html: (s: string) => string): StructuredFacts | null {
  for (const body of bodies) {
    let data: Json;
    try {
      data = JSON.parse(body.trim()) as Json;
    } catch {
      continue;
    }
    const posting = findPosting(data, 0);
    if (posting) return toFacts(posting, html);
  }
  return null;
}

function findPosting(data: Json, depth: number): Record<string, Json> | null {
  if (depth > 6 || data === null || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    for (const d of data) {
      const p = findPosting(d, depth + 1);
      if (p) return p;
    }
    return null;
  }
  const type = data["@type"];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === "string" && /JobPosting$/i.test(t))) return data;
  if (data["@graph"]) return findPosting(data["@graph"], depth + 1);
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
  if (typeof v === "string" && /^\d+(?:\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

function decode(s: string): string {
  // descriptions are often HTML-escaped inside the JSON: "&lt;p&gt;"
  return s.replace(/&(lt|gt|amp|quot|#39|#x27|nbsp);/g, (m, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'", "#x27": "'", nbsp: " " })[e] ?? m);
}

function toFacts(p: Record<string, Json>, html: (s: string) => string): StructuredFacts {
  const facts: StructuredFacts = {};
  facts.title = str(p.title);
  const org = p.hiringOrganization;
  facts.company = str(org);
  if (typeof p.description === "string") facts.description = html(decode(decode(p.description)));
  const posted = str(p.datePosted);
  if (posted && /^\d{4}-\d{2}-\d{2}/.test(posted)) facts.datePosted = posted.slice(0, 10);
  const valid = str(p.validThrough);
  if (valid && /^\d{4}-\d{2}-\d{2}/.test(valid)) facts.validThrough = valid.slice(0, 10);
  const et = p.employmentType;
  if (et) facts.employmentType = (Array.isArray(et) ? et : [et]).map((x) => String(x));
  const locs = p.jobLocation ? (Array.isArray(p.jobLocation) ? p.jobLocation : [p.jobLocation]) : [];
  facts.locations = [];
  for (const l of locs) {
    if (!l || typeof l !== "object" || Array.isArray(l)) continue;
    const a = (l.address ?? l) as Json;
    if (!a || typeof a !== "object" || Array.isArray(a)) continue;
    const city = str(a.addressLocality);
    const region = str(a.addressRegion);
    const country = str(a.addressCountry);
    const raw = [city, region, country].filter(Boolean).join(", ");
    if (raw) facts.locations.push({ city, region, country, raw });
  }
  if (String(p.jobLocationType ?? "").toUpperCase().includes("TELECOMMUTE")) facts.remote = true;
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
      facts.salary = { min, max, currency: str(salary.currency), unit: str(v.unitText) ?? str(salary.unitText), raw: JSON.stringify(salary).slice(0, 200) };
    }
  }
  facts.category = str(p.industry) ?? str(p.occupationalCategory);
  const skills = p.skills;
  if (typeof skills === "string") facts.skills = skills.split(/\s*[,;]\s*/).filter(Boolean);
  else if (Array.isArray(skills)) facts.skills = skills.map((s) => str(s)).filter((s): s is string => !!s);
  const er = p.experienceRequirements;
  if (er && typeof er === "object" && !Array.isArray(er)) facts.experienceMonths = num(er.monthsOfExperience);
  const ed = p.educationRequirements;
  if (ed) facts.education = str(ed && typeof ed === "object" && !Array.isArray(ed) ? ed.credentialCategory : ed);
  facts.applyUrl = str(p.url) && /^https?:/.test(str(p.url) ?? "") ? str(p.url) : undefined;
  return facts;
}
