import { factSpans, spanOf, type Detector } from "../context.js";
import { fullUrl } from "./links.js";
import { APPLY_WORD_RE, HTTP_SCHEME_RE, JOB_PAGE_URL_RE, POLICY_LINK_RE, URL_RE, URL_TRAILING_RE } from "../patterns.js";

/** Where to apply: a link whose text says apply, or a URL in a sentence that says apply. */
export const applyUrlDetector: Detector<"applyUrl"> = {
  key: "applyUrl",
  detect(ctx) {
    for (const b of ctx.blocks) {
      for (const l of b.links) {
        if (HTTP_SCHEME_RE.test(l.url) && APPLY_WORD_RE.test(l.text) && l.text.length <= 60) return { value: l.url, how: "stated", spans: [spanOf(b)] };
      }
    }
    const label = ctx.labels.find((l) => l.field === "applyUrl");
    if (label) {
      const m = new RegExp(URL_RE.source).exec(label.value);
      if (m) return { value: m[0].replace(URL_TRAILING_RE, ""), how: "stated", spans: [spanOf(label.block)] };
    }
    for (const [k, b] of ctx.blocks.entries()) {
      if (!APPLY_WORD_RE.test(b.text)) continue;
      const m = b.text.match(URL_RE)?.[0];
      if (m && !POLICY_LINK_RE.test(m)) return { value: fullUrl(m.replace(URL_TRAILING_RE, ""), b.links), how: "stated", spans: [spanOf(b)] };
      const link = b.links.find((l) => HTTP_SCHEME_RE.test(l.url) && !POLICY_LINK_RE.test(l.url) && !POLICY_LINK_RE.test(l.text));
      if (link) return { value: link.url, how: "stated", spans: [spanOf(b)] };
      // "…a direct route to apply:" and the link on the next line
      const next = ctx.blocks[k + 1];
      if (!m && b.text.trimEnd().endsWith(":") && next && next.text.length <= 200) {
        const url = next.links.find((l) => HTTP_SCHEME_RE.test(l.url))?.url ?? next.text.match(URL_RE)?.[0];
        if (url && !POLICY_LINK_RE.test(url)) return { value: fullUrl(url.replace(URL_TRAILING_RE, ""), next.links), how: "stated", spans: [spanOf(next)] };
      }
    }
    // no word says where to apply: the job's own page, linked from the posting's first lines
    for (const b of ctx.blocks.slice(0, 3)) {
      const url = b.links.find((l) => JOB_PAGE_URL_RE.test(l.url))?.url ?? b.text.match(URL_RE)?.[0];
      if (url && JOB_PAGE_URL_RE.test(url)) return { value: fullUrl(url.replace(URL_TRAILING_RE, ""), b.links), how: "inferred", spans: [spanOf(b)] };
    }
    return null;
  },
};

