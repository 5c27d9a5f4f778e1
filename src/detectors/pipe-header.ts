import type { Context } from "../context.js";
import { HN_META_RE, NAME_DASH_TAIL_RE, PIPE_FACT_FIELD_RE, PIPE_HEADER_PROSE_RE, PIPE_SPLIT_RE, TRAILING_PARENS_RE, TRAILING_URL_RE } from "../patterns.js";
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
  // the comment's own meta line ("pkeller 14 days ago | parent | context | favorite | on: …") is not it
  const first = ctx.blocks.slice(0, 4).find((b) => (b.text.split(" | ").length >= 3 || b.text.split("|").length >= 4) && !HN_META_RE.test(b.text));
  if (!first) return null;
  const line = first.text.split(PIPE_HEADER_PROSE_RE)[0];
  const fields = line.split(PIPE_SPLIT_RE).map((f) => f.trim()).filter(Boolean);
  if (fields.length < 3) return null;
  // "Galaxy (getgalaxy.io) - The Cursor for SQL": the name without its site and tagline
  const name = fields[0].replace(NAME_DASH_TAIL_RE, "").replace(TRAILING_PARENS_RE, "").replace(TRAILING_URL_RE, "").trim();
  const company = name.length >= 2 && name.length <= 60 ? { text: name } : null;
  const titleField = fields.slice(1).find((f) => looksLikeTitle(f) && f.length <= 80 && !PIPE_FACT_FIELD_RE.test(f.replace(TRAILING_PARENS_RE, "")));
  return { block: first, company, title: titleField ? { text: titleField } : null, fields };
}
