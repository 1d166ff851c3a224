import { defineConfig } from "vitest/config";

// The JSON report is always written, so `.ci/run` can count results from `npm test` as the README runs it.
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
    testTimeout: 60_000,
    pool: "forks",
  },
});
