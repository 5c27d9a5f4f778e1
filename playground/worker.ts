/**
 * The playground's Web Worker: parses off the page's thread, so a 1 MB posting never freezes the tab.
 * It runs what the CLI runs for `jobparse FILE --json --now DAY` (the record, as the same text), then
 * what `--explain` runs (the record with evidence over the text its offsets point into), drawn as HTML
 * text here, so the page only has to append it.
 */
import { binaryFormatOf, decodeBytes, parseJobPosting, sniffFormat, toJsonLd } from "./core.js";
import { drawEvidence } from "./render.js";
import { formatFor, type Format, type Request, type Response } from "./protocol.js";

const post = (r: Response) => (self as unknown as { postMessage(m: Response): void }).postMessage(r);

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, bytes, name, format: chosen, now } = event.data;
  const started = performance.now();
  try {
    const binary = binaryFormatOf(bytes);
    if (binary) throw new Error(`not text: the input is ${binary}`);
    const format: Format = formatFor(name, chosen);
    const record = parseJobPosting(bytes, { now, format });
    post({
      id,
      phase: "record",
      json: JSON.stringify(record, null, 2),
      jsonld: JSON.stringify(toJsonLd(record), null, 2),
      ms: performance.now() - started,
    });
    const explained = parseJobPosting(bytes, { now, format, evidence: true });
    // the core decodes bytes the same way: this is the very text the offsets point into
    const original = decodeBytes(bytes).text;
    const html = (format === "auto" ? sniffFormat(original) : format) === "html";
    post({ id, phase: "evidence", drawn: drawEvidence(original, explained, html), html, ms: performance.now() - started });
  } catch (e) {
    post({ id, phase: "error", message: e instanceof Error ? e.message.split("\n")[0] : String(e) });
  }
};
