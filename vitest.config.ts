import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real-Flink runs have their own commands (npm run test:flink, npm run test:ha); the fake-cluster contract runs here.
    exclude: ["test/contract/real/**", "test/ha/**", "test/browser/**", "**/node_modules/**"],
    typecheck: {
      enabled: true,
      include: ["test/types/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 20_000,
  },
});
