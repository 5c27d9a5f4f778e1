// Inclusive time by function (recursion counted once): node bench/profile-incl.mjs FILE [N] [FILTER]
import { readProfile } from "./cpuprofile.mjs";
const [file, n = "40", filter = ""] = process.argv.slice(2);
const { p, dt, byId, total } = readProfile(file);
const incl = new Map();
const key = (x) => `${x.callFrame.functionName || "(anon)"} ${x.callFrame.url.replace(/.*\/(dist|node_modules)\//, "$1/")}:${x.callFrame.lineNumber + 1}`;
const walk = (x, active) => {
  const k = key(x);
  let t = dt.get(x.id) ?? 0;
  const fresh = !active.has(k);
  if (fresh) active.add(k);
  for (const c of x.children ?? []) t += walk(byId.get(c), active);
  if (fresh) {
    active.delete(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
  return t;
};
walk(p.nodes[0], new Set());
for (const [k, t] of [...incl].filter(([k]) => k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
