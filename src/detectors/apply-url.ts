import { factSpans, spanOf, type Detector } from "../context.js";
import { fullUrl } from "./links.js";
import { APPLY_WORD_RE, HTTP_SCHEME_RE, URL_RE, URL_TRAILING_RE } from "../patterns.js";

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
    for (const b of ctx.blocks) {
      if (!APPLY_WORD_RE.test(b.text)) continue;
      const m = new RegExp(URL_RE.source).exec(b.text);
      if (m) return { value: fullUrl(m[0].replace(URL_TRAILING_RE, ""), b.links), how: "stated", spans: [spanOf(b)] };
      const link = b.links.find((l) => HTTP_SCHEME_RE.test(l.url));
      if (link) return { value: link.url, how: "stated", spans: [spanOf(b)] };
    }
    return null;
  },
};

