import type { Context } from "../context.js";
import type { Block } from "../tree/blocks.js";
import { looksLikeTitle } from "./header-lines.js";

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
  const first = ctx.blocks.slice(0, 3).find((b) => b.text.split(" | ").length >= 3 || b.text.split("|").length >= 4);
  if (!first) return null;
  const line = first.text.split(/(?<=[a-z)\]])\s*(?=[A-Z][a-z]+ (?:is|are|was|builds|makes)\b)/)[0];
  const fields = line.split(/\s*\|\s*/).map((f) => f.trim()).filter(Boolean);
  if (fields.length < 3) return null;
  const company = fields[0].length <= 60 ? { text: fields[0].replace(/\s*\(.*\)\s*$/, "").replace(/\s*\(?(?:https?:\/\/|www\.)\S+\)?$/, "").trim() } : null;
  const titleField = fields.slice(1).find((f) => looksLikeTitle(f) && f.length <= 80 && !/\$|€|£|remote|onsite|on-site|full[- ]time|part[- ]time/i.test(f));
  return { block: first, company, title: titleField ? { text: titleField } : null, fields };
}
