/**
 * What a configuration key does when it is sent in `flinkConfiguration` to /run: its scope. For a
 * key the catalog knows, the catalog's scope (computed by the scope rule in
 * scripts/option-catalog/option-scope.ts from the option's holder class); for any other key, the
 * rule's key exceptions, then the cluster prefixes, else `job`. This module holds the part of the
 * rule the SDK needs at run time.
 */
import type { FlinkVersion } from "../versions/flink-version.js";
import { BUILTIN_OPTION_CATALOG } from "./builtin-catalog.js";
import type { OptionCatalog, OptionMatch, OptionScope } from "./option-catalog.js";
import { SCOPE_EXCEPTION_KEYS, scopeExceptionKey } from "./scope-exceptions.js";

export type { OptionScope } from "./option-catalog.js";

/**
 * Key prefixes that belong to the cluster's processes. They decide the scope of a key that is not
 * a scope exception and that the catalog does not know.
 */
export const CLUSTER_KEY_PREFIXES = [
  "jobmanager.",
  "taskmanager.",
  "rest.",
  "web.",
  "high-availability.",
  "blob.",
  "security.",
  "akka.",
  "pekko.",
  "heartbeat.",
  "resourcemanager.",
  "cluster.",
  "kubernetes.",
  "yarn.",
  "metrics.",
  "historyserver.",
  "queryable-state.",
  "io.tmp.dirs",
  "classloader.",
  "env.",
  "fs.",
  "plugin.",
] as const;

/**
 * Keys under a cluster prefix that the scope rule puts elsewhere by their holder class: the legacy
 * AlgorithmOptions (`taskmanager.runtime.*`, job) and CheckpointingOptions' local-recovery
 * directories (job).
 */
export const NOT_CLUSTER_PREFIXES = ["taskmanager.runtime.", "taskmanager.state.local."] as const;

/** Whether a key starts with one of {@link CLUSTER_KEY_PREFIXES} (and none of {@link NOT_CLUSTER_PREFIXES}). */
export function hasClusterPrefix(key: string): boolean {
  return (
    CLUSTER_KEY_PREFIXES.some((prefix) => key.startsWith(prefix)) &&
    !NOT_CLUSTER_PREFIXES.some((prefix) => key.startsWith(prefix))
  );
}

/** The catalog to use for `version`: the caller's when it covers that line, else the built-in facts. */
export function catalogFor(version: FlinkVersion, catalog: OptionCatalog | undefined): OptionCatalog {
  return catalog?.line(version) ? catalog : BUILTIN_OPTION_CATALOG;
}

/** The option a key names in `version` (any spelling), if the catalog knows it. */
export function findOption(key: string, version: FlinkVersion, catalog?: OptionCatalog): OptionMatch | undefined {
  return catalogFor(version, catalog).find(key, version);
}

/**
 * What a key does when sent in `flinkConfiguration` to /run.
 *
 * @example
 * scopeOfKey("jobmanager.rpc.port", "2.3"); // "cluster"
 * scopeOfKey("pipeline.jars", "2.3"); // "submission"
 */
export function scopeOfKey(key: string, version: FlinkVersion, catalog?: OptionCatalog): OptionScope {
  const match = findOption(key, version, catalog);
  if (match) {
    return match.option.scope;
  }
  const exception = scopeExceptionKey(key);
  return exception ? SCOPE_EXCEPTION_KEYS[exception] : hasClusterPrefix(key) ? "cluster" : "job";
}
