import { defineConfig } from "vitest/config";

/** `npm run test:e2e`: the web page in headless Chromium (Debian's chromium, via playwright-core). */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
