/**
 * The facts the core knows without the full catalog: the options /jars/{jarid}/run itself reads,
 * forces or ignores (its body fields' options with their 1.20 renames, pipeline.jars, ...), read
 * from Flink's jars like the rest (generated/options/core.ts). It covers no other key, so nothing
 * is reported as unknown without the full catalog.
 */
import { CORE_OPTION_CATALOG, RUN_OPTION_KEYS } from "../../generated/options/core.js";
import type { RunOptionRole } from "../../generated/options/format.js";
import type { FlinkVersion } from "../versions/flink-version.js";
import { createOptionCatalog, lineOf } from "./catalog-data.js";
import type { OptionCatalog } from "./option-catalog.js";

export type { RunOptionRole } from "../../generated/options/format.js";

/**
 * The built-in facts as an {@link OptionCatalog}: what the resolver, the request builder and the
 * validator use when no catalog is given. Any version gets the nearest supported line's facts.
 */
export const BUILTIN_OPTION_CATALOG: OptionCatalog = createOptionCatalog(CORE_OPTION_CATALOG, { lines: "nearest" });

/**
 * The key of the option that plays `role` for /run in `version`.
 *
 * @example
 * runOptionKey("savepointPath", "1.19"); // "execution.savepoint.path"
 * runOptionKey("savepointPath", "2.3"); // "execution.state-recovery.path"
 */
export function runOptionKey(role: RunOptionRole, version: FlinkVersion): string {
  const bit = 1 << (lineOf(CORE_OPTION_CATALOG, version, true)?.index ?? 0);
  const [, key] = RUN_OPTION_KEYS[role].find(([lines]) => (lines & bit) !== 0) ?? RUN_OPTION_KEYS[role][0] ?? [];
  return key as string;
}

/** Keys whose value /run overwrites or that have no effect there, whatever the request says. */
export function forcedKeys(version: FlinkVersion): string[] {
  return (["jars", "classpaths", "target", "attached"] as const).map((role) => runOptionKey(role, version));
}
