/**
 * The browser build of the core (`npm run playground` writes it to playground/dist/jobparse.browser.js):
 * the same pure modules as the CLI, nothing from src/cli. Bytes are Uint8Array; nothing Node-only is
 * reached (bench/browser.mjs checks the bundle and prints its gzipped size).
 */
export { parseJobPosting, toJsonLd, JobPostingSchema, InputError, type JobPosting, type ParseOptions } from "../src/index.js";
export { decodeBytes } from "../src/input/decode.js";
export { sniffFormat } from "../src/input/sniff.js";
export { binaryFormatOf } from "../src/input/signatures.js";
