#!/usr/bin/env node
// `npm run example:dask [-- --kill-worker] [-- --count N] [-- --workdir DIR] [-- --now YYYY-MM-DD]`
// Makes N postings (default 2,000) from fixtures/ in 16 NDJSON files, parses them with
// parse_with_dask.py on a LocalCluster of two worker processes, then checks that every id came back
// exactly once: the last line is `N of N ids, 0 duplicates, 0 errors`. Needs Python with Dask's
// `distributed` (Debian: apt-get install -y --no-install-recommends python3-distributed).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkRun } from "../check.mjs";
import { writePostings } from "../make-postings.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/jobparse.js", import.meta.url));

/** A Python that can import distributed: $JOBPARSE_PYTHON, Debian's /usr/bin/python3, or python3. */
export function findPython() {
  const candidates = [process.env.JOBPARSE_PYTHON, "/usr/bin/python3", "python3"].filter(Boolean);
  for (const py of candidates) {
    const r = spawnSync(py, ["-c", "import distributed, dask.bag"], { stdio: "ignore" });
    if (r.status === 0) return py;
  }
  return null;
}

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const count = Number(opt("--count", "2000"));
  const python = findPython();
  if (!python) {
    process.stderr.write(
      "example:dask needs Python with Dask's distributed package.\n" +
        "  Debian/Ubuntu: apt-get install -y --no-install-recommends python3-distributed\n" +
        "  elsewhere:     pip install 'dask[distributed]'   (then JOBPARSE_PYTHON=/path/to/python)\n",
    );
    process.exit(1);
  }
  const given = opt("--workdir", null);
  const work = given ?? mkdtempSync(join(tmpdir(), "jobparse-dask-"));
  const postings = join(work, "postings");
  const records = join(work, "records");
  rmSync(records, { recursive: true, force: true });
  writePostings({ count, out: postings, files: 16 });
  process.stdout.write(`${count} postings from fixtures/ in 16 files under ${postings}\n`);

  const py = [join(HERE, "parse_with_dask.py"), "--input", join(postings, "*.ndjson"), "--output", records];
  py.push("--jobparse", `${quote(process.execPath)} ${quote(BIN)}`, "--workers", opt("--workers", "2"));
  if (args.includes("--kill-worker")) py.push("--kill-worker");
  if (opt("--now", null)) py.push("--now", opt("--now", null));
  if (opt("--stats", null)) py.push("--stats", opt("--stats", null));
  const run = spawnSync(python, py, { stdio: "inherit" });

  const result = checkRun([postings], [records]);
  if (given) process.stdout.write(`records in ${records}\n`);
  process.stdout.write(result.line + "\n");
  if (!given) rmSync(work, { recursive: true, force: true });
  process.exit(run.status === 0 && result.ok ? 0 : 1);
}
