import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

/**
 * The page imports the package by its public entries only; here they resolve to this repository's
 * sources. `/flink` is proxied to FLINK_URL (default: a `flink-rest mock` on :8081), so the page
 * and the cluster share an origin in development.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  resolve: {
    alias: [
      { find: /^flink-rest-client$/, replacement: src("index.ts") },
      { find: /^flink-rest-client\/options$/, replacement: src("options/index.ts") },
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
});
