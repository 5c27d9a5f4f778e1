#!/usr/bin/env node
// The command: the esbuild bundle (fast start-up), or tsc's dist/cli/ when the bundle is missing or
// older than the last tsc build (someone ran tsc alone), so a stale bundle never answers.
import { statSync } from "node:fs";
const built = (p) => statSync(new URL(p, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const entry = built("../dist/bundle/entry.js") >= built("../dist/index.js") ? "../dist/bundle/entry.js" : "../dist/cli/entry.js";
import(entry).then(
  (m) => m.cli(),
  (e) => {
    process.stderr.write(`jobparse: cannot start (${String(e?.message ?? e).split("\n")[0]}); run 'npm run build'\n`);
    process.exitCode = 1;
  },
);
