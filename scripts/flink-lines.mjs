// Reads flink-versions.json, the one list of supported Flink release lines, for scripts and tests.
// The SDK reads the same list through generated/contract-facts.ts (scripts/generate.mjs).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const table = JSON.parse(readFileSync(join(ROOT, "flink-versions.json"), "utf8"));

/** Every supported release line, oldest first, with its facts. */
export const LINES = Object.entries(table.lines).map(([line, facts]) => ({ line, ...facts }));

/** The supported release lines, oldest first ("1.17" ... "2.3"). */
export const FLINK_LINES = LINES.map((l) => l.line);

/** The lines the suites run real local clusters of. */
export const CLUSTER_LINES = LINES.filter((l) => l.cluster).map((l) => l.line);

/** The newest supported line: the one the contract describes. */
export const NEWEST_LINE = FLINK_LINES[FLINK_LINES.length - 1];

/** The facts of one line ("1.20" or "1.20.5"); throws naming the supported lines for any other. */
export function lineInfo(version) {
  const line = /^(\d+\.\d+)/.exec(String(version))?.[1];
  const info = LINES.find((l) => l.line === line);
  if (!info) {
    throw new Error(`Unsupported Flink version ${version}: flink-versions.json lists ${FLINK_LINES.join(", ")}.`);
  }
  return info;
}
