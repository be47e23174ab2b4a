import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Corpora are realistic projects, test files included; the rules' tests lint them, vitest never runs them.
    exclude: ["**/node_modules/**", "test/fixtures/**"],
    setupFiles: ["test/setup.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    // Corpus and install tests start real ESLint runs; two cores share them.
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "test/types/tsconfig.json",
    },
  },
});
