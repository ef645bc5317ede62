// Imports every entry the installed package's `exports` names (ESM), and checks a few behave.
// Run inside a fresh project by scripts/pack-smoke.mjs; argv[2] "no-msw": msw is not installed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const withoutMsw = process.argv[2] === "no-msw";
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve("flink-rest-client/package.json"), "utf8"));
const entries = Object.keys(pkg.exports).filter((e) => e !== "./package.json");
const specifier = (entry) => (entry === "." ? pkg.name : `${pkg.name}/${entry.slice(2)}`);

const loaded = {};
for (const entry of entries) {
  if (withoutMsw && entry === "./msw") {
    // Without the optional peer only this entry fails, and it names what is missing.
    await assert.rejects(import(specifier(entry)), /Cannot find (package|module) 'msw'/);
    continue;
  }
  loaded[entry] = await import(specifier(entry));
}

const core = loaded["."];
const client = core.createFlinkClient({ baseUrl: "http://localhost:8081" });
assert.equal(typeof client.GET, "function");
assert.throws(() => core.buildRunRequest({ parallelism: 0 }, { flinkVersion: "2.3" }), core.FlinkInputError);
const { validateFlinkConfiguration } = loaded["./options"];
assert.ok(
  validateFlinkConfiguration({ "execution.checkpointing.intervall": "1s" }, { flinkVersion: "2.3" }).some(
    (d) => d.code === "unknown-key",
  ),
);
assert.equal(typeof loaded["./node"].createTlsFetch, "function");
const catalog = await core.loadFlinkOptionCatalog();
assert.ok(catalog.keys("2.3").length > 900);
if (!withoutMsw) {
  const mock = loaded["./msw"].createFlinkMock({ flinkVersion: "1.20" });
  assert.ok(mock.handlers.length > 10);
}
console.log(`ESM: imported ${Object.keys(loaded).length} of ${entries.length} entries`);
