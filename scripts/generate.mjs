#!/usr/bin/env node
// The one writer of generated/schema.ts: types emitted from openapi.yaml by openapi-typescript.
// `--check` regenerates in memory and exits 1 when the committed file is stale (CI runs it).
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join, relative } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const input = join(root, "openapi.yaml");
const output = join(root, "generated", "schema.ts");

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
    transform(schemaObject, metadata) {
      if (schemaObject.format === "binary") {
        return schemaObject.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
      }
      return undefined;
    },
  });
  return BANNER + astToString(ast);
}

const check = process.argv.includes("--check");
const fresh = await render();
if (check) {
  const current = await readFile(output, "utf8").catch(() => "");
  if (current !== fresh) {
    console.error(`${relative(root, output)} is stale: run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${relative(root, output)} is up to date.`);
} else {
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, fresh);
  console.log(`wrote ${relative(root, output)} (${fresh.length} bytes)`);
}
