#!/usr/bin/env node
// The one writer of generated/schema.ts: types emitted from openapi.yaml by openapi-typescript.
// `--check` regenerates in memory and exits 1 when the committed file is stale (CI runs it).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const input = join(root, "openapi.yaml");
const output = join(root, "generated", "schema.ts");
const versionsOutput = join(root, "generated", "operation-versions.ts");

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

/**
 * The release lines of the operations that not every supported Flink has (x-flink-since /
 * x-flink-until), so helpers can refuse a call the cluster's version lacks before sending it.
 */
async function renderOperationVersions() {
  const spec = parse(await readFile(input, "utf8"));
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (typeof op !== "object" || !op?.operationId) {
        continue;
      }
      const since = op["x-flink-since"];
      const until = op["x-flink-until"];
      if (since !== undefined || until !== undefined) {
        const fields = [`method: "${method}"`, `path: "${path}"`];
        if (since !== undefined) {
          fields.push(`since: "${since}"`);
        }
        if (until !== undefined) {
          fields.push(`until: "${until}"`);
        }
        rows.push(`  ${op.operationId}: { ${fields.join(", ")} },`);
      }
    }
  }
  rows.sort();
  return `${BANNER}/** Operations that exist only from (\`since\`) or up to before (\`until\`) a Flink release line. */
export const OPERATION_VERSIONS = {
${rows.join("\n")}
} as const;
`;
}

const check = process.argv.includes("--check");
const outputs = [
  [output, await render()],
  [versionsOutput, await renderOperationVersions()],
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
