#!/usr/bin/env node
// The one writer of generated/schema.ts (types emitted from openapi.yaml by openapi-typescript)
// and generated/contract-facts.ts (the contract's version facts and enumerations, as data, with
// the supported lines of flink-versions.json); it also re-renders generated/options/*.ts from the
// committed catalog.json (scripts/option-catalog/render.mjs; reading Flink's jars into that JSON
// is scripts/generate-options.mjs's job). `--check` regenerates in memory and exits 1 when a
// committed file is stale (CI runs it).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import { contractFacts, renderContractFacts } from "./contract-facts.mjs";
import { FLINK_LINES } from "./flink-lines.mjs";
import { JSON_FILE as OPTIONS_JSON, renderedFiles as renderedOptionFiles } from "./option-catalog/render.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const input = join(root, "openapi.yaml");
const output = join(root, "generated", "schema.ts");
const factsOutput = join(root, "generated", "contract-facts.ts");

const BANNER = `/**
 * DO NOT EDIT: generated from openapi.yaml by scripts/generate.mjs (openapi-typescript).
 * Change the contract and run \`npm run generate\`; CI fails when this file is stale.
 */

`;

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

async function render() {
  const ast = await openapiTS(new URL(`file://${input}`), {
    alphabetize: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // openapi-typescript types `format: binary` as string; a jar upload sends a Blob/File.
    transform(schemaObject, _metadata) {
      if (schemaObject.format === "binary") {
        return schemaObject.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
      }
      return undefined;
    },
  });
  return BANNER + astToString(ast);
}

const FACTS_BANNER = `/**
 * DO NOT EDIT: generated from openapi.yaml and flink-versions.json by scripts/generate.mjs.
 * Change those and run \`npm run generate\`; CI fails when this file is stale.
 */

`;

async function renderFacts() {
  const spec = parse(await readFile(input, "utf8"));
  return FACTS_BANNER + renderContractFacts(contractFacts(spec, FLINK_LINES));
}

const check = process.argv.includes("--check");
const outputs = [
  [output, await render()],
  [factsOutput, await renderFacts()],
  ...renderedOptionFiles(JSON.parse(await readFile(OPTIONS_JSON, "utf8"))),
];
let stale = false;
for (const [file, fresh] of outputs) {
  if (check) {
    const current = await readFile(file, "utf8").catch(() => "");
    if (current !== fresh) {
      console.error(`${relative(root, file)} is stale: run \`npm run generate\` and commit the result.`);
      stale = true;
    } else {
      console.log(`${relative(root, file)} is up to date.`);
    }
  } else {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, fresh);
    console.log(`wrote ${relative(root, file)} (${fresh.length} bytes)`);
  }
}
process.exitCode = stale ? 1 : 0;
