// A loop for `node --cpu-prof bench/profile-loop.mjs [txt|md] [seconds]`: parses the unlabelled postings of one kind again and again.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const [kind = "txt", seconds = "8"] = process.argv.slice(2);
const { parseJobPosting } = await import("../dist/index.js");
const texts = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (n.endsWith("." + kind)) texts.push(readFileSync(p, "utf8"));
  }
};
walk(join(ROOT, "../shared/corpus/unlabeled"));
const start = performance.now();
let n = 0;
while (performance.now() - start < Number(seconds) * 1000) for (const t of texts) (parseJobPosting(t, { now: "2026-11-27", format: kind === "md" ? "markdown" : "text" }), n++);
console.error(`${n} postings in ${((performance.now() - start) / 1000).toFixed(1)} s`);
