import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real-Flink runs have their own command (npm run test:flink); the fake-cluster contract runs here.
    exclude: ["test/contract/real/**", "test/browser/**", "**/node_modules/**"],
    typecheck: {
      enabled: true,
      include: ["test/types/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 20_000,
  },
});
