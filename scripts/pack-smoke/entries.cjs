// require() of every runtime entry (require(esm), Node >= 20.19). Run by scripts/pack-smoke.mjs.
const assert = require("node:assert/strict");
const pkg = require("flink-rest-client/package.json");

const withoutMsw = process.argv[2] === "no-msw";
// ./schema has types only; ./package.json is data.
const entries = Object.keys(pkg.exports).filter((e) => e !== "./package.json" && e !== "./schema");
let required = 0;
for (const entry of entries) {
  const specifier = entry === "." ? pkg.name : `${pkg.name}/${entry.slice(2)}`;
  if (withoutMsw && entry === "./msw") {
    assert.throws(() => require(specifier), /Cannot find (package|module) 'msw'/);
    continue;
  }
  assert.ok(Object.keys(require(specifier)).length > 0, specifier);
  required += 1;
}
console.log(`CJS: required ${required} runtime entries`);
