import type { Detector } from "../context.js";
import { TEAM_LINE_RE } from "../patterns.js";
import { sectionItems } from "./lists.js";

/** Teams one could join: "Phone Team: Develops Voice and SMS solutions…" items of a teams section. */
export const teamsDetector: Detector<"teams"> = {
  key: "teams",
  detect(ctx) {
    const { items, spans } = sectionItems(ctx, "teams", { paragraphs: false });
    const out: { name: string; description: string | null }[] = [];
    for (const t of items) {
      const m = TEAM_LINE_RE.exec(t);
      out.push(m ? { name: m[1].trim(), description: m[2].trim() } : { name: t.length <= 60 ? t : t.slice(0, 60), description: t.length <= 60 ? null : t });
    }
    return out.length ? { value: out, how: "stated", itemSpans: spans } : null;
  },
};
