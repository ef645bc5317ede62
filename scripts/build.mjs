#!/usr/bin/env node
import { execFileSync } from "node:child_process";
// Builds dist/ (ESM + .d.ts) with tsc, and marks the CLI executable.
import { chmod, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await rm(join(root, "dist", "src"), { recursive: true, force: true });
await rm(join(root, "dist", "generated"), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], {
  cwd: root,
  stdio: "inherit",
});
await chmod(join(root, "dist", "src", "cli", "main.js"), 0o755);
console.log("built dist/");
