#!/usr/bin/env node
/**
 * `npm run test:runtimes`: the unit and fake-cluster tests (`npm test`'s suite) on Node 22 and 24,
 * besides the Node 20 that runs everything else. The `node` package from the npm registry provides
 * those binaries; it is installed into .cache/node-<major>/, never into the project's own
 * dependencies, so its `.bin/node` can never shadow the system node in npm scripts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Pinned: the versions TOOLCHAIN.md measured the toolchain with. */
const RUNTIMES = { 22: "22.23.3", 24: "24.21.0" };

function install(major, version) {
  const dir = join(root, ".cache", `node-${major}`);
  const bin = join(dir, "node_modules", ".bin", "node");
  if (existsSync(bin) && execFileSync(bin, ["--version"], { encoding: "utf8" }).trim() === `v${version}`) {
    return bin;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `node-${major}`, private: true }));
  console.log(`installing node@${version} into .cache/node-${major} ...`);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--no-save", `node@${version}`], {
    cwd: dir,
    stdio: "inherit",
  });
  if (!existsSync(bin)) {
    throw new Error(`node@${version} did not install a binary at ${bin}`);
  }
  return bin;
}

let failed = false;
for (const [major, version] of Object.entries(RUNTIMES)) {
  const node = install(major, version);
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
