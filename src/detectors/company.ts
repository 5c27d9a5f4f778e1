import { foundValue, spanOf, type Detector } from "../context.js";
import { classifyHeading } from "../sections/phrases.js";
import { headerLines, headerRole, looksLikeTitle } from "./header-lines.js";
import { pipeHeader } from "./pipe-header.js";

const NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&.,'’@+() -]{0,60}$/u;
const AT_COMPANY = /\bat\s+([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})\s*$/u;
const ABOUT = /^(?:about|über|à propos de|a propos de|sobre|acerca de|chi è|why join|why work at|life at|join)\s+([\p{Lu}\p{N}][\p{L}\p{N}&.'’ -]{1,50}?)[?!:]?$/u;
const IS_HIRING = /^([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})\s+(?:is|are)\s+(?:hiring|looking|seeking|recruiting)\b/u;
const LEGAL_SUFFIX = /\s*,?\s+(?:Inc\.?|LLC|Ltd\.?|GmbH|AG|SAS|S\.A\.|SA|BV|B\.V\.|Corp\.?|Co\.|PLC|SE|SL|S\.L\.|Pty Ltd)$/;

/**
 * The hiring company: JSON-LD, a Company label, "X logo", the name line beside the title at the top,
 * "<Title> at <Company>", "About <Company>", "<Company> is hiring", a pipe header's first field.
 */
export const companyDetector: Detector<"company"> = {
  key: "company",
  detect(ctx) {
    if (ctx.structured?.company) return { value: ctx.structured.company, how: "stated" };
    const label = ctx.labels.find((l) => l.field === "company" && l.value.length <= 80);
    if (label) return { value: label.value, how: "stated", spans: [spanOf(label.block)] };
    const pipe = pipeHeader(ctx);
    if (pipe?.company) return { value: pipe.company.text, how: "stated", spans: [spanOf(pipe.block)] };
    const lines = headerLines(ctx);
    const logo = lines.find((b) => /\blogo$/i.test(b.text) && b.text.length <= 60);
    if (logo) {
      const name = logo.text.replace(/\s*(?:company\s+)?logo$/i, "").trim();
      if (name && NAME.test(name)) return { value: name, how: "stated", spans: [spanOf(logo)] };
    }
    const title = foundValue(ctx, "title");
    const titleAt = lines.findIndex((b) => title && b.text.includes(title));
    // the company line sits right next to the title at the top of most boards
    if (titleAt >= 0) {
      for (const i of [titleAt + 1, titleAt - 1, titleAt + 2]) {
        const b = lines[i];
        if (!b || b.text.length > 60 || !NAME.test(b.text)) continue;
        if (headerRole(b.text, ctx) !== "text" || looksLikeTitle(b.text) || classifyHeading(b.text)) continue;
        if (b.text.split(/\s+/).length > 5) continue;
        return { value: b.text.replace(LEGAL_SUFFIX, ""), how: "stated", spans: [spanOf(b)] };
      }
      const m = AT_COMPANY.exec(lines[titleAt].text);
      if (m) return { value: m[1], how: "stated", spans: [spanOf(lines[titleAt])] };
    }
    for (const b of ctx.blocks) {
      if (b.text.length > 120) continue;
      const m = title && b.text.startsWith(title) ? AT_COMPANY.exec(b.text) : null;
      if (m) return { value: m[1], how: "stated", spans: [spanOf(b)] };
    }
    for (const s of ctx.sections) {
      const h = s.heading?.text;
      const m = h ? ABOUT.exec(h) : null;
      if (m && !classifyHeading(m[1]) && !/^(?:the|this|us|you|our)\b/i.test(m[1])) return { value: m[1].trim(), how: "stated", spans: [spanOf(s.heading!)] };
    }
    for (const b of ctx.blocks.slice(0, 40)) {
      const m = IS_HIRING.exec(b.text);
      if (m && !/^(?:we|our|the|this|you)$/i.test(m[1])) return { value: m[1], how: "stated", spans: [spanOf(b)] };
    }
    return null;
  },
};
