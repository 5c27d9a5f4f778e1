import type { Detector } from "../context.js";
import { DURATION_IN_NAME_RE, DURATION_RE, SPACE_BEFORE_PUNCT_RE, STEP_NAME_TAIL_RE, WHITESPACE_RUNS_RE } from "../patterns.js";
import { sectionItems } from "./lists.js";
import { dict } from "../lexicon/dict.js";

const UNIT_MINUTES: Record<string, number> = dict({ m: 1, min: 1, mins: 1, minute: 1, minutes: 1, minuten: 1, minutos: 1, minuti: 1, h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, heure: 60, heures: 60, stunde: 60, stunden: 60, hora: 60, horas: 60, ora: 60, ore: 60 });

/** Sums every duration in a step: "(60 minutes) & … (60 minutes)" is 120; none is null. */
export function durationMinutes(text: string): number | null {
  const re = new RegExp(DURATION_RE.source, DURATION_RE.flags);
  let total = 0;
  let any = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = Number(m[1].replace(",", "."));
    const unit = UNIT_MINUTES[m[2].toLowerCase()];
    if (unit === undefined || !Number.isFinite(n)) continue;
    total += n * unit;
    any = true;
  }
  return any ? Math.round(total) : null;
}

/** Interview steps in order, with their durations summed. */
export const interviewProcessDetector: Detector<"interviewProcess"> = {
  key: "interviewProcess",
  detect(ctx) {
    const { items, spans } = sectionItems(ctx, "interview-process", { paragraphs: false });
    const steps = items.map((t) => ({
      name: t.replace(DURATION_IN_NAME_RE, "").replace(SPACE_BEFORE_PUNCT_RE, " $1").replace(WHITESPACE_RUNS_RE, " ").replace(STEP_NAME_TAIL_RE, "").trim(),
      durationMinutes: durationMinutes(t),
    }));
    return steps.length ? { value: steps, how: "stated", itemSpans: spans } : null;
  },
};
