/**
 * The Node runtimes besides the machine's Node 20 that the suites run on (`npm run test:runtimes`,
 * `npm run test:package`). The `node` package from the npm registry provides their binaries; it is
 * installed into .cache/node-<major>/, never into the project's own dependencies, so its
 * `.bin/node` can never shadow the system node in npm scripts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Pinned: the versions TOOLCHAIN.md measured the toolchain with. */
export const RUNTIMES = { 22: "22.23.3", 24: "24.21.0" };

/** The path of the Node binary of a major in RUNTIMES, installed on first use. */
export function nodeBinary(major) {
  const version = RUNTIMES[major];
  if (!version) {
    throw new Error(`no pinned Node ${major} in scripts/node-runtimes.mjs (have ${Object.keys(RUNTIMES).join(", ")})`);
  }
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
