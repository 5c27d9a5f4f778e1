import { factSpans, spanOf, type Detector } from "../context.js";
import type { Span } from "../schema.js";
import { fullUrl } from "./links.js";
import { EMAIL_RE, HTTP_SCHEME_RE, MAILTO_RE, PERIOD_END_RE, URL_RE, URL_TRAILING_RE } from "../patterns.js";

/** E-mail addresses and URLs in the employer's text and links (chrome left out). */
export const contactsDetector: Detector<"contacts"> = {
  key: "contacts",
  detect(ctx) {
    const emails: string[] = [];
    const urls: string[] = [];
    const pathSpans: Record<string, Span[]> = {};
    const chrome = new Set(ctx.chromeBlocks.map((c) => c.block));
    let where: Span = { start: 0, end: 0 };
    const addUrl = (u: string) => {
      const clean = u.replace(URL_TRAILING_RE, "");
      if (clean.length > 10 && !urls.includes(clean)) {
        pathSpans[`contacts.urls[${urls.length}]`] = [where];
        urls.push(clean);
      }
    };
    const addEmail = (e: string) => {
      if (e && !emails.includes(e)) {
        pathSpans[`contacts.emails[${emails.length}]`] = [where];
        emails.push(e);
      }
    };
    // front matter's contact e-mails first
    for (const [i, e] of (ctx.structured?.emails ?? []).entries()) {
      where = factSpans(ctx, `emails[${i}]`)[0] ?? where;
      addEmail(e);
    }
    for (const s of ctx.sections) {
      if (s.chrome) continue;
      for (const b of s.heading ? [s.heading, ...s.blocks] : s.blocks) {
        if (chrome.has(b)) continue;
        where = spanOf(b);
        // (an address needs its "@", a URL its "http": most blocks have neither)
        if (b.text.includes("@")) for (const m of b.text.matchAll(new RegExp(EMAIL_RE.source, EMAIL_RE.flags))) addEmail(m[0].replace(PERIOD_END_RE, ""));
        if (b.text.includes("http")) for (const m of b.text.matchAll(new RegExp(URL_RE.source, URL_RE.flags))) addUrl(fullUrl(m[0].replace(URL_TRAILING_RE, ""), b.links));
        for (const l of b.links) {
          if (MAILTO_RE.test(l.url)) {
            addEmail(l.url.slice(7).split("?")[0]);
          } else if (HTTP_SCHEME_RE.test(l.url)) addUrl(l.url);
        }
      }
    }
    if (emails.length === 0 && urls.length === 0) return null;
    return { value: { emails, urls }, how: "stated", pathSpans };
  },
};
