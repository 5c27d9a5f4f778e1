import { Chalk } from "chalk";
import type { JobPosting } from "../schema.js";

/** A readable summary of a record for a person: title, company, place, pay, work mode, then the lists. */
export function summarize(r: JobPosting, options: { color: boolean; name: string | null }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  if (options.name) lines.push(c.dim(`── ${options.name}`));
  lines.push(c.bold(r.title ?? "(no title found)") + (r.company ? c.dim(" at ") + c.cyan(r.company) : ""));
  const place = r.locations.map((l) => [l.city, l.region, l.country].filter(Boolean).join(", ") || l.raw).join("; ");
  const facts: [string, string | null][] = [
    ["Place", place || null],
    ["Pay", r.salary ? formatSalary(r.salary) : null],
    ["Work", [r.workplaceType, r.employmentType].filter(Boolean).join(", ") || null],
    ["Level", [r.seniority, r.experience ? r.experience.raw : null, r.education ? r.education.level : null].filter(Boolean).join(" · ") || null],
    ["Posted", r.postedAt ? r.postedAt + (r.validThrough ? `  (apply by ${r.validThrough})` : "") : null],
    ["Deadline", r.postedAt ? null : r.validThrough],
    ["Category", r.category],
    ["Apply", r.applyUrl],
  ];
  for (const [k, v] of facts) if (v) lines.push(`${c.dim(k.padEnd(9))}${v}`);
  const lists: [string, string[]][] = [
    ["Responsibilities", r.responsibilities],
    ["Requirements", r.requirements],
    ["Nice to have", r.niceToHave],
    ["Benefits", r.benefits],
    ["Teams", r.teams.map((t) => t.name)],
    ["Interview", r.interviewProcess.map((s) => s.name + (s.durationMinutes ? c.dim(` (${s.durationMinutes} min)`) : ""))],
    ["Skills", r.skills],
    ["Tags", r.tags],
    ["Contacts", [...r.contacts.emails]],
  ];
  for (const [k, items] of lists) {
    if (items.length === 0) continue;
    lines.push("", c.bold.underline(k));
    for (const i of items) lines.push(`  ${c.green("•")} ${i}`);
  }
  if (r.warnings.length) {
    lines.push("", c.yellow.bold("Warnings"));
    for (const w of r.warnings) lines.push(`  ${c.yellow("!")} ${w}`);
  }
  return lines.join("\n") + "\n";
}

function formatSalary(s: NonNullable<JobPosting["salary"]>): string {
  const n = (x: number | null) => (x === null ? "?" : x.toLocaleString("en-US"));
  const range = s.min === s.max ? n(s.min) : `${n(s.min)}–${n(s.max)}`;
  return `${s.currency ? s.currency + " " : ""}${range}${s.period ? " / " + s.period : ""}`;
}
