import type { Context } from "../context.js";
import { parseDate } from "../fields/dates.js";
import { parseEmploymentType } from "../fields/employment.js";
import { parseLocations } from "../fields/location.js";
import { findSalaries } from "../fields/salary.js";
import { parseWorkplaceBadge } from "../fields/workplace.js";
import { findPhrase } from "../fields/words.js";
import { NOT_TITLE_WORDS, ROLE_WORDS } from "../lexicon/roles.js";
import { chromeLine, classifyHeading } from "../sections/phrases.js";
import type { Block } from "../tree/blocks.js";

/** What one short line at the top of a posting is. */
export type HeaderRole = "date" | "salary" | "location" | "badge" | "chrome" | "logo" | "counter" | "text";

/** Reads one header line for what it is; lines with a role are not titles or company names. */
export function headerRole(text: string, ctx: Pick<Context, "now">): HeaderRole {
  const t = text.trim();
  if (chromeLine(t)) return "chrome";
  if (/\blogo$/i.test(t) || /^avatar for\b/i.test(t)) return "logo";
  if (NOT_TITLE_WORDS.some((w) => findPhrase(t, w) >= 0) && t.length < 80) return "counter";
  if (t.length <= 60 && parseDate(t, ctx.now) && t.split(/\s+/).length <= 6) return "date";
  if (findSalaries(t).length > 0 && t.length <= 80) return "salary";
  if (t.length <= 40 && (parseWorkplaceBadge(t) || parseEmploymentType(t)) && !looksLikeTitle(t)) return "badge";
  if (t.length <= 80 && parseLocations(t, { strict: true }).length > 0 && !looksLikeTitle(t)) return "location";
  return "text";
}

/** A line reads as a job title when it is short and names a role ("Senior Backend Engineer", "Chef de projet (H/F)"). */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 110) return false;
  if (/[.!?]$/.test(t) && !/\b(?:Sr|Jr)\.$/.test(t)) return false;
  if (t.split(/\s+/).length > 14) return false;
  const lower = t.toLowerCase();
  if (classifyHeading(t)) return false;
  return ROLE_WORDS.some((w) => (w.length <= 3 ? findPhrase(lower, w) >= 0 : lower.includes(w)));
}

/** The blocks of the header that are short lines (≤ 120 characters), in order. */
export function headerLines(ctx: Context): Block[] {
  return ctx.header.filter((b) => b.text.length <= 120);
}
