// Prints the top self-time functions of a .cpuprofile: node bench/profile-top.mjs FILE [N]
import { readFileSync } from "node:fs";
const [file, n = "40"] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file, "utf8"));
const self = new Map();
const dt = new Map();
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
let total = 0;
for (const node of p.nodes) {
  const t = dt.get(node.id) ?? 0;
  total += t;
  const f = node.callFrame;
  const key = `${f.functionName || "(anon)"} ${f.url.replace(/.*\/(dist|node_modules)\//, "$1/")}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + t);
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(n));
for (const [k, t] of rows) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
