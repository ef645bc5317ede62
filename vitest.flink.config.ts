import { defineConfig } from "vitest/config";

/** `npm run test:flink`: the contract cases against real Flink clusters (slow; one cluster at a time). */
export default defineConfig({
  test: {
    include: ["test/contract/real/**/*.test.ts"],
    globalSetup: ["test/contract/real/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
