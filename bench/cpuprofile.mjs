// Reads a .cpuprofile once for the bench/profile-*.mjs scripts: the profile, each node's sampled
// time (dt, by node id), the nodes by id and the total sampled time.
import { readFileSync } from "node:fs";

export function readProfile(file) {
  const p = JSON.parse(readFileSync(file, "utf8"));
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  let total = 0;
  for (const t of dt.values()) total += t;
  return { p, dt, byId, total };
}
