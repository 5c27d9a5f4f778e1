#!/usr/bin/env node
// The command: the CLI bundle that `npm run build` writes to dist/cli/.
import("../dist/cli/entry.js").then(
  (m) => m.cli(),
  (e) => {
    process.stderr.write(`jobparse: cannot start (${String(e?.message ?? e).split("\n")[0]}); run 'npm run build'\n`);
    process.exitCode = 1;
  },
);
