// Inclusive time of the callees of one function: node bench/profile-children.mjs FILE NAME
import { readProfile } from "./cpuprofile.mjs";
const [file, name] = process.argv.slice(2);
const { p, dt, byId, total } = readProfile(file);
const sub = (n) => (dt.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + sub(byId.get(c)), 0);
const out = new Map();
for (const n of p.nodes) {
  if (n.callFrame.functionName !== name) continue;
  out.set("(self)", (out.get("(self)") ?? 0) + (dt.get(n.id) ?? 0));
  for (const c of n.children ?? []) {
    const x = byId.get(c);
    const k = `${x.callFrame.functionName || "(anon)"} ${x.callFrame.url.replace(/.*\/dist\//, "")}:${x.callFrame.lineNumber + 1}`;
    out.set(k, (out.get(k) ?? 0) + sub(x));
  }
}
for (const [k, t] of [...out].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
