#!/usr/bin/env node
/**
 * `npm run test:runtimes`: the unit and fake-cluster tests (`npm test`'s suite) on Node 22 and 24,
 * besides the Node 20 that runs everything else (binaries from scripts/node-runtimes.mjs).
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { nodeBinary, RUNTIMES } from "./node-runtimes.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

let failed = false;
for (const [major, version] of Object.entries(RUNTIMES)) {
  const node = nodeBinary(major);
  console.log(`\n=== npm test's suite on Node ${execFileSync(node, ["--version"], { encoding: "utf8" }).trim()} ===`);
  try {
    execFileSync(node, [join(root, "node_modules", "vitest", "vitest.mjs"), "run"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` },
    });
  } catch {
    console.error(`FAILED on Node ${version}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
