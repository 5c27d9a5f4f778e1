import type { Context } from "../context.js";
import { parseDate } from "../fields/dates.js";
import { parseEmploymentType } from "../fields/employment.js";
import { parseLocations } from "../fields/location.js";
import { findSalaries } from "../fields/salary.js";
import { parseWorkplaceBadge } from "../fields/workplace.js";
import { findPhrase } from "../fields/words.js";
import { NOT_TITLE_WORDS, ROLE_WORDS } from "../lexicon/roles.js";
import { BREADCRUMB_RE } from "../patterns.js";
import { chromeLine, classifyHeading } from "../sections/phrases.js";
import type { Block } from "../tree/blocks.js";

/** What one short line at the top of a posting is. */
export type HeaderRole = "date" | "salary" | "location" | "badge" | "chrome" | "logo" | "counter" | "text";

/** Reads one header line for what it is; lines with a role are not titles or company names. */
export function headerRole(text: string, ctx: Pick<Context, "now">): HeaderRole {
  const t = text.trim();
  if (chromeLine(t)) return "chrome";
  // breadcrumbs: "Inicio » Ofertas de trabajo » Barcelona » Desarrollador/a Frontend"
  if (BREADCRUMB_RE.test(t)) return "chrome";
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
  if (t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 16) return false;
  if (classifyHeading(t)) return false;
  const lower = t.toLowerCase();
  const tokens = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const w of ROLE_WORDS) {
    if (w.includes(" ") || w.includes("/") || w.includes("(")) {
      if (findPhrase(lower, w) >= 0) return true;
      continue;
    }
    for (const tok of tokens) if (roleToken(tok, w)) return true;
  }
  return false;
}

// "engineer" matches "engineers", "Entwickler" matches "Softwareentwicklerin", but not "engineered"
function roleToken(tok: string, w: string): boolean {
  if (tok === w) return true;
  if (tok.startsWith(w)) return ROLE_SUFFIXES.has(tok.slice(w.length));
  return w.length >= 6 && (tok.endsWith(w) || [...ROLE_SUFFIXES].some((s) => s && tok.endsWith(w + s)));
}
const ROLE_SUFFIXES = new Set(["", "s", "es", "in", "innen", "e", "a", "as", "os"]);

/** The blocks of the header that are short lines (≤ 120 characters), in order. */
export function headerLines(ctx: Context): Block[] {
  return ctx.header.filter((b) => b.text.length <= 120);
}
