/**
 * Records each case's outcome per Flink version to .cache/contract-results.json, from which
 * scripts/write-compatibility.mjs writes the table in docs/compatibility.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", ".cache", "contract-results.json");

export function recordResult(line: string, name: string, outcome: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const all = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, string>>)
    : {};
  all[line] = { ...(all[line] ?? {}), [name]: outcome };
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
