import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const built = (path: string) => fileURLToPath(new URL(`../../dist/src/${path}`, import.meta.url));

if (!existsSync(built("index.js"))) {
  throw new Error("web-submit uses the built package: run `npm run build` first (it writes dist/src).");
}

/**
 * The page imports the package by its public entries, which resolve to the built package
 * (dist/src, what npm publishes), so the page proves those entries work in a browser. The types
 * come from the sources (tsconfig.json), which type-check before anything is built.
 *
 * The dev server proxies `/flink` to FLINK_URL (default: `flink-rest mock` on :8081), so the page
 * and the cluster share an origin: Flink answers no CORS preflight requests.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs: the built page works under any path (a proxy's, a docs site's).
  base: "./",
  resolve: {
    alias: [
      { find: /^flink-rest-client$/, replacement: built("index.js") },
      { find: /^flink-rest-client\/options$/, replacement: built("options/index.js") },
      { find: /^flink-rest-client\/msw$/, replacement: built("msw/index.js") },
    ],
  },
  build: { outDir: "../../dist/web-submit", emptyOutDir: true, target: "es2022" },
  server: {
    host: "127.0.0.1",
    proxy: {
      "/flink": {
        target: process.env.FLINK_URL ?? "http://127.0.0.1:8081",
        rewrite: (path) => path.replace(/^\/flink/, ""),
        changeOrigin: true,
      },
    },
  },
  preview: { host: "127.0.0.1" },
});
