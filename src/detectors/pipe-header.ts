import type { Context } from "../context.js";
import { parseEmploymentType } from "../fields/employment.js";
import { parseWorkplaceBadge } from "../fields/workplace.js";
import { labelField } from "../sections/phrases.js";
import { KEY_VALUE_RE, WEEK_SCHEDULE_RE, HN_META_RE, NAME_DASH_TAIL_RE, PIPE_FACT_FIELD_RE, PIPE_HEADER_PROSE_RE, PIPE_SPLIT_RE, TRAILING_PARENS_RE, TRAILING_URL_RE } from "../patterns.js";
import type { Block } from "../tree/blocks.js";
import { headerRole, looksLikeTitle, menuLine } from "./header-lines.js";

/** One field of a Hacker News "Who is hiring" header line. */
export interface PipeField {
  text: string;
}

/**
 * The pipe-separated header of a Hacker News "Who is hiring" comment:
 * "Neon Health | Founding Sr Backend Engineer | SF, Remote (North America) | Full-time | $170-225K".
 * The company comes first; the title is the first field that reads as a role.
 */
export function pipeHeader(ctx: Context): { block: Block; company: PipeField | null; title: PipeField | null; fields: string[] } | null {
  // the comment's own meta line ("pkeller 14 days ago | parent | context | favorite | on: …") is not it
  // nor is a menu row of links ("[Vagas](…) | [Sobre nós](…) | [Acessibilidade](…)"), chrome by then
  const chrome = new Set(ctx.chromeBlocks.map((c) => c.block));
  // a board's menu row ("Jobs | Companies | Services", "Vacatures | Werkgevers | Inloggen") is not it either
  // ("Prompt Health| Senior Full Stack Engineer | REMOTE (US)": a bar written without its space is one too)
  const first = ctx.blocks.slice(0, 4).find((b) => (b.text.split(" | ").length >= 3 || b.text.split("|").length >= 4 || (b.text.includes(" | ") && b.text.split("|").length === 3)) && !HN_META_RE.test(b.text) && !chrome.has(b) && !menuLine(b.text));
  if (!first) return null;
  const line = first.text.split(PIPE_HEADER_PROSE_RE)[0];
  const fields = line.split(PIPE_SPLIT_RE).map((f) => f.trim()).filter(Boolean);
  if (fields.length < 3) return null;
  // a facts line ("Einsatzort: Köln | Beginn: ab sofort | Teilzeit", "Part-time | 3 days a week | Remote (CET)")
  // opens with a fact; a header opens with the company's name
  if (isFact(fields[0], ctx) || menuLine(fields[0])) return null;
  // "Galaxy (getgalaxy.io) - The Cursor for SQL": the name without its site and tagline
  const name = fields[0].replace(NAME_DASH_TAIL_RE, "").replace(TRAILING_PARENS_RE, "").replace(TRAILING_URL_RE, "").trim();
  const company = name.length >= 2 && name.length <= 60 ? { text: name } : null;
  const titleField = fields.slice(1).find((f) => looksLikeTitle(f) && f.length <= 80 && !PIPE_FACT_FIELD_RE.test(f.replace(TRAILING_PARENS_RE, "")));
  return { block: first, company, title: titleField ? { text: titleField } : null, fields };
}

/**
 * One field of a pipe line is a fact, not a name: a labelled value ("Beginn: ab sofort"), a date, pay,
 * a work-mode or contract badge, a place, or a weekly schedule ("3 days a week").
 */
export function isFact(field: string, ctx: Pick<Context, "now">): boolean {
  const f = field.replace(TRAILING_PARENS_RE, "").trim() || field.trim();
  const kv = KEY_VALUE_RE.exec(field);
  if (kv && labelField(kv[1])) return true;
  if (WEEK_SCHEDULE_RE.test(f)) return true;
  if (f.length <= 40 && (parseWorkplaceBadge(f) || parseEmploymentType(f)) && !looksLikeTitle(f)) return true;
  const role = headerRole(field, ctx);
  return role === "date" || role === "salary" || role === "badge" || role === "location";
}
