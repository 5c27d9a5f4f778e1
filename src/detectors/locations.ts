import { spanOf, type Detector } from "../context.js";
import { countryCode, countryName } from "../fields/countries.js";
import { parseLocations } from "../fields/location.js";
import type { Location, Span } from "../schema.js";
import { headerLines, headerRole } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";

// "based in Berlin", "located in our Toronto office", "from our office in Paris"
const BASED_IN = /\b(?:based (?:in|out of)|located in|office in|offices in|hub in|headquartered in|basé à|basée à|situé à|mit sitz in|standort in|con sede en|ubicad[oa] en)\s+(?:our\s+|the\s+)?([\p{Lu}][\p{L}.'’ -]{1,30}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30}){0,2})/u;

/** Where the job is: JSON-LD, a Location label, the location line at the top, a pipe header, "based in X". */
export const locationsDetector: Detector<"locations"> = {
  key: "locations",
  detect(ctx) {
    const sd = ctx.structured?.locations;
    if (sd && sd.length) {
      const out: Location[] = sd.map((l) => {
        const cc = l.country ? (l.country.length === 2 ? l.country.toUpperCase() : countryCode(l.country)) : null;
        return { raw: l.raw, city: l.city ?? null, region: l.region ?? null, country: cc ? countryName(cc) : l.country ?? null, countryCode: cc };
      });
      return { value: out, how: "stated" };
    }
    const labels = ctx.labels.filter((l) => l.field === "location" && l.where !== "body");
    const labelled = labels.length ? labels : ctx.labels.filter((l) => l.field === "location");
    for (const l of labelled) {
      const locs = parseLocations(l.value);
      if (locs.length) return { value: locs, how: "stated", spans: [spanOf(l.block)] };
    }
    const pipe = pipeHeader(ctx);
    if (pipe) {
      const out: Location[] = [];
      for (const f of pipe.fields.slice(1)) if (f !== pipe.title?.text) out.push(...parseLocations(f, { strict: true }));
      if (out.length) return { value: out, how: "stated", spans: [spanOf(pipe.block)] };
    }
    for (const b of headerLines(ctx).slice(0, 25)) {
      const pieces = b.text.split(/\s+[·•|]\s+/);
      const out: Location[] = [];
      const spans: Span[] = [];
      for (const p of pieces) {
        if (p.length > 80) continue;
        const role = headerRole(p, ctx);
        if (role !== "location" && !(role === "badge" && /\(|-|–/.test(p))) continue;
        const locs = parseLocations(p, { strict: true });
        if (locs.length) {
          out.push(...locs);
          spans.push(spanOf(b));
        }
      }
      if (out.length) return { value: out, how: "stated", spans };
    }
    for (const b of ctx.blocks) {
      if (b.type === "heading") continue;
      const m = BASED_IN.exec(b.text);
      if (!m) continue;
      const locs = parseLocations(m[1].replace(/\s+(?:office|area|region|hub|team)\b.*$/i, ""), { strict: true });
      if (locs.length) return { value: locs, how: "stated", spans: [spanOf(b)] };
    }
    return null;
  },
};
