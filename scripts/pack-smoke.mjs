#!/usr/bin/env node
/**
 * `npm run test:package`: packs the package as npm would publish it, installs the tarball into a
 * fresh temporary project, imports every entry there (ESM `import`, and `require`, which Node
 * 20.19+ supports for ESM packages), checks a few exports behave, and runs the installed
 * `flink-rest --help`. Fails loudly; removes its temporary folders.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "flink-rest-client-pack-"));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

try {
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
  const tarball = join(
    work,
    run("npm", ["pack", "--silent", "--pack-destination", work], root).trim().split("\n").pop(),
  );
  const project = join(work, "consumer");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const msw = pkg.devDependencies.msw;
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, `msw@${msw}`], project);

  const entries = Object.keys(pkg.exports).filter((e) => e !== "./package.json");
  const specifier = (entry) => (entry === "." ? pkg.name : `${pkg.name}/${entry.slice(2)}`);
  const esm = `
import assert from "node:assert/strict";
${entries.map((e, i) => `import * as e${i} from "${specifier(e)}";`).join("\n")}
const core = e${entries.indexOf(".")};
const client = core.createFlinkClient({ baseUrl: "http://localhost:8081" });
assert.equal(typeof client.GET, "function");
assert.throws(() => core.buildRunRequest({ parallelism: 0 }, { flinkVersion: "2.3" }), core.FlinkInputError);
const { createFlinkMock } = e${entries.indexOf("./msw")};
const mock = createFlinkMock({ flinkVersion: "1.20" });
assert.ok(mock.handlers.length > 10);
const { validateFlinkConfiguration } = e${entries.indexOf("./options")};
assert.ok(validateFlinkConfiguration({ "execution.checkpointing.intervall": "1s" }, { flinkVersion: "2.3" }).some((d) => d.code === "unknown-key"));
assert.equal(typeof e${entries.indexOf("./node")}.createTlsFetch, "function");
const catalog = await core.loadFlinkOptionCatalog();
assert.ok(catalog.keys("2.3").length > 900);
console.log("ESM: imported ${entries.length} entries");
`;
  writeFileSync(join(project, "esm.mjs"), esm);
  process.stdout.write(run(process.execPath, ["esm.mjs"], project));

  const cjs = `
const assert = require("node:assert/strict");
${entries
  .filter((e) => e !== "./schema")
  .map((e) => `assert.ok(Object.keys(require("${specifier(e)}")).length > 0, "${specifier(e)}");`)
  .join("\n")}
console.log("CJS: required the runtime entries (require(esm), Node >= 20.19)");
`;
  writeFileSync(join(project, "cjs.cjs"), cjs);
  process.stdout.write(run(process.execPath, ["cjs.cjs"], project));

  const help = run(join(project, "node_modules", ".bin", "flink-rest"), ["--help"], project);
  if (!/Usage: flink-rest/.test(help) || !/\brun\b/.test(help)) {
    throw new Error(`flink-rest --help printed:\n${help}`);
  }
  console.log("bin: node_modules/.bin/flink-rest --help works");
  console.log(`package smoke test passed (${tarball.split("/").pop()})`);
} catch (error) {
  console.error(`package smoke test FAILED: ${error.stderr ?? ""}${error.stdout ?? ""}${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
