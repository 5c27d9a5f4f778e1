import { tinyPosting } from "./postings.mjs";
const src = process.argv[2];
const m = await import(src);
const parse = m.parseJobPosting ?? Object.values(m).find((f) => typeof f === "function" && f.name === "parseJobPosting");
const texts = Array.from({ length: 120 }, (_, i) => tinyPosting(3000 + i));
for (const fmt of ["text", "auto", "text"]) {
  for (const t of texts) parse(t, { now: "2026-11-27", format: fmt });
  const s = performance.now();
  for (let k = 0; k < 3; k++) for (const t of texts) parse(t, { now: "2026-11-27", format: fmt });
  console.log(src.split("/").pop(), fmt, ((performance.now() - s) / 360).toFixed(2), "ms");
}
