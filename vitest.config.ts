import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    pool: "forks",
    // the JSON report is what .ci/run counts ("N passed, N failed")
    reporters: ["default", ["json", { outputFile: ".vitest-report.json" }]],
  },
});
