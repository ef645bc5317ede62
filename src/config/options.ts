/**
 * The one door to facts about Flink options: the resolver, the request builder and the validator
 * ask here, with the caller's catalog when there is one and the built-in facts otherwise.
 */
import type { FlinkVersion } from "../internal/flink-version.js";
import { BUILTIN_OPTION_CATALOG } from "./builtin-catalog.js";
import type { OptionCatalog, OptionMatch } from "./option-catalog.js";
import { hasClusterPrefix, runFieldKeys } from "./option-keys.js";
import { type OptionScope, SCOPE_EXCEPTION_KEYS, scopeExceptionKey } from "./scope-keys.js";

/** The catalog to use for `version`: the caller's when it covers that line, else the built-in facts. */
export function catalogFor(version: FlinkVersion, catalog: OptionCatalog | undefined): OptionCatalog {
  return catalog?.line(version) ? catalog : BUILTIN_OPTION_CATALOG;
}

/** The option a key names in `version` (any spelling), if the catalog knows it. */
export function findOption(key: string, version: FlinkVersion, catalog?: OptionCatalog): OptionMatch | undefined {
  return catalogFor(version, catalog).find(key, version);
}

/**
 * What a key does when sent in `flinkConfiguration` to /run: the catalog's scope for a known key;
 * for any other key, the scope rule's key exceptions, then the cluster prefixes, else `job`.
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

/** The canonical keys that the savepoint body fields map to in `version`. */
export function savepointKeys(version: FlinkVersion): {
  path: string;
  ignoreUnclaimedState: string;
  claimMode: string;
} {
  const keys = runFieldKeys(version);
  return { path: keys.savepointPath, ignoreUnclaimedState: keys.allowNonRestoredState, claimMode: keys.claimMode };
}

/**
 * Reads an option the way Flink's `Configuration#get` does: the canonical key first, then each
 * older spelling in order. Returns the key that supplied the value.
 */
export function lookup(
  config: ReadonlyMap<string, string>,
  canonicalKey: string,
  olderKeys: readonly string[],
): { key: string; value: string } | undefined {
  const direct = config.get(canonicalKey);
  if (direct !== undefined) {
    return { key: canonicalKey, value: direct };
  }
  for (const old of olderKeys) {
    const value = config.get(old);
    if (value !== undefined) {
      return { key: old, value };
    }
  }
  return undefined;
}
