// The one build: a clean dist/, the library as ESM + .d.ts (tsc, src/cli left out), then the CLI as
// one esbuild bundle in dist/cli/ with its CLI-only dependencies (commander, chalk, cli-progress)
// inlined, so library users never install them. tinypool stays external: it starts its own worker
// file from its package folder.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
rmSync("dist", { recursive: true, force: true });
try {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { stdio: "inherit" });
} catch {
  process.exit(1); // tsc printed why
}
await build({
  entryPoints: ["src/cli/entry.ts", "src/cli/worker.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  splitting: true,
  outdir: "dist/cli",
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  external: ["tinypool"],
  // whitespace and syntax only: names stay readable in --debug stack traces
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  // CommonJS dependencies inside an ESM bundle call require()
  banner: { js: "import { createRequire as __jobparseCreateRequire } from 'node:module'; const require = __jobparseCreateRequire(import.meta.url);" },
});
