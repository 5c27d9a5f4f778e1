import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import type { StructuredFacts } from "../context.js";
import { parseAbsoluteDate } from "../fields/dates.js";
import { isPlace, parseLocations } from "../fields/location.js";
import { findSalaries } from "../fields/salary.js";
import { parseWorkplaceBadge } from "../fields/workplace.js";
import { dict } from "../lexicon/dict.js";
import {
  EMAIL_RE, FRONT_MATTER_CLOSE_RE, FRONT_MATTER_KEY_JOIN_RE, FRONT_MATTER_OPEN_RE, FRONT_MATTER_TOML_LINE_RE, FRONT_MATTER_TOML_TABLE_RE,
  FRONT_MATTER_YAML_KEY_RE, FRONT_MATTER_YES_RE, HTTP_SCHEME_RE, LIST_COMMA_SPLIT_RE, QUOTED_EDGES_RE,
} from "../patterns.js";
import type { Span } from "../schema.js";

/** Where front matter stands in a text: the whole block with its fences, and its inside. */
export interface FrontMatterBlock {
  kind: "yaml" | "toml";
  /** the block, fences included, and the line end after the closing fence */
  start: number;
  end: number;
  /** the lines between the fences */
  innerStart: number;
  innerEnd: number;
}

// the most lines front matter is looked for in: a board's header is a few dozen keys
const MAX_LINES = 120;

/**
 * Front matter at the top of a text: a `---` (YAML) or `+++` (TOML) line, `key: value` lines and a
 * closing fence. A Markdown rule at the top followed by prose is not front matter: the first line
 * inside must be a key, and most lines keys, list items, comments or indented values.
 */
export function findFrontMatter(text: string): FrontMatterBlock | null {
  const open = FRONT_MATTER_OPEN_RE.exec(text.slice(0, 16));
  if (!open) return null;
  const kind = open[1] === "+++" ? "toml" : "yaml";
  const innerStart = open[0].length;
  let at = innerStart;
  let keys = 0;
  let other = 0;
  for (let n = 0; n < MAX_LINES && at < text.length; n++) {
    const nl = text.indexOf("\n", at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd);
    if (FRONT_MATTER_CLOSE_RE.test(line) && (kind === "toml") === line.startsWith("+++")) {
      if (keys === 0 || other > keys) return null;
      return { kind, start: 0, end: nl < 0 ? text.length : nl + 1, innerStart, innerEnd: at };
    }
    const key = kind === "toml" ? FRONT_MATTER_TOML_LINE_RE.test(line) || FRONT_MATTER_TOML_TABLE_RE.test(line) : FRONT_MATTER_YAML_KEY_RE.test(line);
    if (key) keys++;
    else if (n === 0) return null;
    else if (line.trim() !== "" && !isContinuation(line)) other++;
    at = lineEnd + 1;
  }
  return null;
}

// an indented value, a list item or a comment inside front matter
function isContinuation(line: string): boolean {
  const c = line.charCodeAt(0);
  const t = line.trimStart();
  return c === 32 || c === 9 || t.startsWith("- ") || t.startsWith("#") || t === "-";
}

/** The same text with the front matter blanked: every character but line ends a space, so offsets hold. */
export function blankFrontMatter(text: string, fm: FrontMatterBlock): string {
  let blank = "";
  for (let i = fm.start; i < fm.end; i++) blank += text.charCodeAt(i) === 10 ? "\n" : " ";
  return text.slice(0, fm.start) + blank + text.slice(fm.end);
}

/** One value of front matter: the key path it sits under (lower case, `_` joined) and where it is. */
interface Entry {
  path: string[];
  text: string;
  start: number;
  end: number;
}

type Fact = "title" | "company" | "location" | "posted" | "deadline" | "salary" | "employment" | "remote" | "tags" | "skills" | "email" | "apply";

// Known keys of job boards' front matter (Jekyll, Hugo, crawler exports), by the fact they give.
const KEY_FACTS: Record<string, Fact> = dict({
  title: "title", job_title: "title", jobtitle: "title", position_title: "title", role: "title",
  company: "company", company_name: "company", employer: "company", organization: "company", organisation: "company",
  hiring_organization: "company", hiring_organisation: "company", hiring_company: "company",
  location: "location", locations: "location", located: "location", job_location: "location", work_location: "location",
  city: "location", place: "location",
  date: "posted", created: "posted", created_at: "posted", posted: "posted", posted_at: "posted", posted_on: "posted",
  date_posted: "posted", dateposted: "posted", published: "posted", published_at: "posted", publish_date: "posted", pubdate: "posted",
  expires: "deadline", expires_at: "deadline", expiry: "deadline", expiry_date: "deadline", expiration: "deadline",
  expiration_date: "deadline", expirydate: "deadline", closing: "deadline", closing_date: "deadline", closes: "deadline",
  close_date: "deadline", deadline: "deadline", application_deadline: "deadline", apply_by: "deadline", valid_through: "deadline",
  validthrough: "deadline", end_date: "deadline", valid_until: "deadline",
  salary: "salary", salary_range: "salary", pay: "salary", compensation: "salary", wage: "salary", remuneration: "salary",
  contract: "employment", contract_type: "employment", type: "employment", employment: "employment", employment_type: "employment",
  employmenttype: "employment", job_type: "employment", jobtype: "employment", work_type: "employment", hours: "employment",
  remote: "remote", is_remote: "remote", remote_ok: "remote", workplace: "remote", workplace_type: "remote", work_mode: "remote",
  tags: "tags", keywords: "tags", labels: "tags", categories: "tags",
  skills: "skills", technologies: "skills", tech: "skills", stack: "skills", tech_stack: "skills",
  email: "email", contact: "email", contact_email: "email", mail: "email", e_mail: "email",
  apply: "apply", apply_url: "apply", application_url: "apply", apply_link: "apply", apply_to: "apply", how_to_apply: "apply",
});
// Parents whose `name` is the employer's, and parents whose values are someone to contact.
const COMPANY_PARENTS = new Set(["company", "employer", "organization", "organisation", "hiring_organization", "hiring_organisation"]);
const CONTACT_PARENTS = new Set(["contact", "contacts", "recruiter", "apply", "application"]);

/**
 * Reads front matter into the facts JSON-LD gives (title, company, places, dates, pay, contract,
 * remote, tags, skills, contact e-mails, where to apply), each with the span of its value in `text`;
 * the block itself is listed as removed. A key it does not know is left out of the record.
 */
export function readFrontMatter(text: string, fm: FrontMatterBlock): StructuredFacts {
  const inner = text.slice(fm.innerStart, fm.innerEnd);
  const entries = (fm.kind === "yaml" ? yamlEntries(inner) : null) ?? lineEntries(inner, fm.kind);
  for (const e of entries) {
    e.start += fm.innerStart;
    e.end += fm.innerStart;
  }
  const facts: StructuredFacts = {};
  const where: Record<string, Span[]> = {};
  const at = (e: Entry): Span[] => [{ start: e.start, end: e.end }];
  for (const e of entries) {
    const value = e.text.trim();
    if (!value) continue;
    const fact = factOf(e.path);
    if (!fact) continue;
    switch (fact) {
      case "title":
        if (!facts.title) ((facts.title = value), (where.title = at(e)));
        break;
      case "company":
        if (!facts.company) ((facts.company = value), (where.company = at(e)));
        break;
      case "location": {
        if (parseWorkplaceBadge(value) === "remote" && !facts.remote) ((facts.remote = true), (where.remote = at(e)));
        const places = parseLocations(value).filter(isPlace);
        facts.locations ??= [];
        for (const l of places) {
          where[`locations[${facts.locations.length}]`] = at(e);
          facts.locations.push({ city: l.city ?? undefined, region: l.region ?? undefined, country: l.countryCode ?? l.country ?? undefined, raw: l.raw });
        }
        break;
      }
      case "posted":
      case "deadline": {
        const key = fact === "posted" ? "datePosted" : "validThrough";
        const d = parseAbsoluteDate(value);
        if (d && !facts[key]) ((facts[key] = d.date), (where[key] = at(e)));
        break;
      }
      case "salary": {
        const hit = facts.salary ? undefined : findSalaries(value, { labelled: true })[0];
        if (hit) {
          const s = hit.salary;
          facts.salary = { min: s.min ?? undefined, max: s.max ?? undefined, currency: s.currency ?? undefined, unit: s.period?.toUpperCase(), raw: value };
          where.salary = at(e);
        }
        break;
      }
      case "employment":
        (facts.employmentType ??= []).push(value);
        where.employmentType ??= at(e);
        break;
      case "remote":
        if (FRONT_MATTER_YES_RE.test(value) || parseWorkplaceBadge(value) === "remote") ((facts.remote = true), (where.remote = at(e)));
        break;
      case "tags":
      case "skills": {
        const list = (facts[fact] ??= []);
        for (const v of value.split(LIST_COMMA_SPLIT_RE)) {
          const t = v.trim();
          if (!t || list.some((x) => x.toLowerCase() === t.toLowerCase())) continue;
          where[`${fact}[${list.length}]`] = at(e);
          list.push(t);
        }
        break;
      }
      case "email":
        for (const m of e.text.matchAll(new RegExp(EMAIL_RE.source, EMAIL_RE.flags))) {
          const list = (facts.emails ??= []);
          if (list.includes(m[0])) continue;
          // the address itself, not the brackets or name around it ("<jo@x.com>", "Jo Bell jo@x.com")
          const exact = e.end - e.start === e.text.length;
          where[`emails[${list.length}]`] = exact ? [{ start: e.start + m.index, end: e.start + m.index + m[0].length }] : at(e);
          list.push(m[0]);
        }
        break;
      case "apply":
        if (!facts.applyUrl && HTTP_SCHEME_RE.test(value) && !value.includes(" ")) ((facts.applyUrl = value), (where.applyUrl = at(e)));
        break;
    }
  }
  if (facts.locations?.length === 0) delete facts.locations;
  facts.where = where;
  facts.removed = [{ kind: "front-matter", text: text.slice(fm.start, fm.end).trim(), span: { start: fm.start, end: fm.end } }];
  return facts;
}

// The fact a key path names: its last key, read in the light of its parent ("contact.email", "company.name").
function factOf(path: readonly string[]): Fact | null {
  const leaf = path[path.length - 1] ?? "";
  const parent = path.length > 1 ? path[path.length - 2] : "";
  if (CONTACT_PARENTS.has(parent)) {
    const f = KEY_FACTS[leaf];
    if (f === "email") return "email";
    if (parent === "apply" || parent === "application") return leaf === "url" || leaf === "link" ? "apply" : f === "apply" ? f : null;
    return null;
  }
  if (COMPANY_PARENTS.has(parent)) return leaf === "name" ? "company" : null;
  const f = KEY_FACTS[leaf];
  // "location: {city: Leeds, country: UK}": the parts of a place each name it
  if (!f && (parent === "location" || parent === "job_location") && (leaf === "country" || leaf === "region" || leaf === "state")) return "location";
  return f ?? null;
}

function normKey(key: string): string {
  return key.trim().toLowerCase().replace(FRONT_MATTER_KEY_JOIN_RE, "_");
}

// Every scalar of the YAML with its key path and the span of its value (quotes left out); null
// when the YAML is not a map at all.
function yamlEntries(src: string): Entry[] | null {
  const doc = parseDocument(src, { schema: "failsafe", strict: false, prettyErrors: false, uniqueKeys: false });
  if (!isMap(doc.contents)) return null;
  const out: Entry[] = [];
  const walk = (node: unknown, path: string[], depth: number) => {
    if (depth > 6 || !node) return;
    if (isScalar(node)) {
      const range = (node as YamlNode).range;
      if (!range) return;
      let [start, end] = range;
      let raw = src.slice(start, end);
      const q = QUOTED_EDGES_RE.exec(raw);
      if (q) ((raw = q[2]), (start += 1), (end -= 1));
      const value = node.value instanceof Date || typeof node.value !== "string" ? raw : node.value;
      out.push({ path, text: value, start, end });
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, path, depth + 1);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        if (key !== null) walk(pair.value, [...path, normKey(key)], depth + 1);
      }
    }
  };
  walk(doc.contents, [], 0);
  return out;
}

// `key: value` (YAML that would not parse) or `key = value` (TOML) lines, `[table]` headers and
// `- item` lines under a key; values in quotes or TOML arrays read item by item.
function lineEntries(src: string, kind: "yaml" | "toml"): Entry[] {
  const out: Entry[] = [];
  let table: string[] = [];
  let lastKey: string[] = [];
  let at = 0;
  for (const line of src.split("\n")) {
    const lineStart = at;
    at += line.length + 1;
    let key: string | null = null;
    let valueAt = -1;
    if (kind === "toml") {
      const t = FRONT_MATTER_TOML_TABLE_RE.exec(line);
      if (t) {
        table = t[1].split(".").map(normKey);
        continue;
      }
      const m = FRONT_MATTER_TOML_LINE_RE.exec(line);
      if (m) ((key = m[1]), (valueAt = line.length - m[2].length));
    } else if (FRONT_MATTER_YAML_KEY_RE.test(line)) {
      const colon = line.indexOf(":");
      key = line.slice(0, colon);
      valueAt = colon + 1;
    } else {
      const t = line.trimStart();
      if (t.startsWith("- ") && lastKey.length) pushValue(out, lastKey, line, line.length - t.length + 2, lineStart);
      continue;
    }
    if (key === null) continue;
    lastKey = [...table, normKey(key)];
    pushValue(out, lastKey, line, valueAt, lineStart);
  }
  return out;
}

// One line's value, split when it is an array (`["python", "go"]`), each item without its quotes.
function pushValue(out: Entry[], path: string[], line: string, from: number, lineStart: number): void {
  let s = from;
  let e = line.length;
  while (s < e && (line[s] === " " || line[s] === "\t")) s++;
  while (e > s && (line[e - 1] === " " || line[e - 1] === "\t")) e--;
  const array = line[s] === "[" && line[e - 1] === "]";
  if (array) ((s += 1), (e -= 1));
  // a scalar with commas ("Leeds, UK") is one value unless it is an array
  const pieces = array ? line.slice(s, e).split(",") : [line.slice(s, e)];
  let p = s;
  for (const piece of pieces) {
    let a = p;
    let b = p + piece.length;
    p = b + 1;
    while (a < b && (line[a] === " " || line[a] === '"' || line[a] === "'")) a++;
    while (b > a && (line[b - 1] === " " || line[b - 1] === '"' || line[b - 1] === "'")) b--;
    if (b > a) out.push({ path, text: line.slice(a, b), start: lineStart + a, end: lineStart + b });
  }
}
