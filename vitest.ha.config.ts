import { defineConfig } from "vitest/config";

/** `npm run test:ha`: failover on a real ZooKeeper HA cluster (docs/high-availability.md; slow, one cluster). */
export default defineConfig({
  test: {
    include: ["test/ha/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
