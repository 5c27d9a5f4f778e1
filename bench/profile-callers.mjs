// Self time of one function split by its callers: node bench/profile-callers.mjs FILE NAME
import { readProfile } from "./cpuprofile.mjs";
const [file, name] = process.argv.slice(2);
const { p, dt, byId, total } = readProfile(file);
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n);
// total time (self + children) under each node of NAME, by caller
const sub = (n) => (dt.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + sub(byId.get(c)), 0);
const out = new Map();
for (const n of p.nodes) {
  if (n.callFrame.functionName !== name) continue;
  const par = parent.get(n.id);
  const k = par ? `${par.callFrame.functionName} ${par.callFrame.url.replace(/.*\/dist\//, "")}:${par.callFrame.lineNumber + 1}` : "?";
  out.set(k, (out.get(k) ?? 0) + sub(n));
}
for (const [k, t] of [...out].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
