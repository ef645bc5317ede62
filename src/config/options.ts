/**
 * The one door to facts about Flink options: everything else asks here, never the data.
 * Today it reads the hand-kept list in `./option-keys.ts`; a catalog generated from Flink's
 * jars can replace it behind the same functions.
 */

import { closestMatches } from "../internal/edit-distance.js";
import { type FlinkVersion, inRange, isAtLeast, releaseLine } from "../internal/flink-version.js";
import { CLUSTER_KEY_PREFIXES, OPTION_DEFINITIONS, type OptionDefinition, type OptionScope } from "./option-keys.js";

export type { OptionDefinition, OptionKind, OptionScope } from "./option-keys.js";

/** An option as it exists in one Flink release line. */
export interface OptionFacts extends OptionDefinition {
  /** The canonical key in that version. */
  readonly key: string;
  readonly deprecatedKeys: readonly string[];
}

export interface OptionMatch {
  readonly option: OptionFacts;
  /** True when the key looked up is one of the option's deprecated spellings. */
  readonly deprecated: boolean;
}

interface VersionIndex {
  readonly canonical: ReadonlyMap<string, OptionFacts>;
  /** Canonical and deprecated keys → the option they belong to. */
  readonly byAnyKey: ReadonlyMap<string, OptionMatch>;
}

const indexes = new Map<string, VersionIndex>();

function indexFor(version: FlinkVersion): VersionIndex {
  const line = releaseLine(version);
  let index = indexes.get(line);
  if (!index) {
    const canonical = new Map<string, OptionFacts>();
    const byAnyKey = new Map<string, OptionMatch>();
    for (const [key, def] of Object.entries(OPTION_DEFINITIONS)) {
      if (!inRange(line, def.since, def.until)) {
        continue;
      }
      const option: OptionFacts = { ...def, key, deprecatedKeys: def.deprecatedKeys ?? [] };
      canonical.set(key, option);
      byAnyKey.set(key, { option, deprecated: false });
    }
    for (const option of canonical.values()) {
      for (const old of option.deprecatedKeys) {
        if (!byAnyKey.has(old)) {
          byAnyKey.set(old, { option, deprecated: true });
        }
      }
    }
    index = { canonical, byAnyKey };
    indexes.set(line, index);
  }
  return index;
}

/** The option a key names in `version` (canonical or deprecated spelling), if Flink knows it. */
export function findOption(key: string, version: FlinkVersion): OptionMatch | undefined {
  return indexFor(version).byAnyKey.get(key);
}

/** The option under its canonical key in `version`. */
export function getOption(key: string, version: FlinkVersion): OptionFacts | undefined {
  return indexFor(version).canonical.get(key);
}

/** Every canonical key known for `version`. */
export function knownKeys(version: FlinkVersion): Iterable<string> {
  return indexFor(version).canonical.keys();
}

/** Scope of any key in `version`; unknown keys are classified by their prefix, else `job`. */
export function scopeOfKey(key: string, version: FlinkVersion): OptionScope {
  const known = findOption(key, version);
  if (known) {
    return known.option.scope;
  }
  return CLUSTER_KEY_PREFIXES.some((prefix) => key.startsWith(prefix)) ? "cluster" : "job";
}

/** Known keys close to a misspelled one, nearest first. */
export function suggestKeys(key: string, version: FlinkVersion, limit = 3): string[] {
  const index = indexFor(version);
  return closestMatches(key, index.byAnyKey.keys(), limit).map((k) => index.byAnyKey.get(k)?.option.key ?? k);
}

/** The canonical keys that the savepoint body fields map to in `version`. */
export function savepointKeys(version: FlinkVersion): {
  path: string;
  ignoreUnclaimedState: string;
  claimMode: string;
} {
  return isAtLeast(version, "1.20")
    ? {
        path: "execution.state-recovery.path",
        ignoreUnclaimedState: "execution.state-recovery.ignore-unclaimed-state",
        claimMode: "execution.state-recovery.claim-mode",
      }
    : {
        path: "execution.savepoint.path",
        ignoreUnclaimedState: "execution.savepoint.ignore-unclaimed-state",
        claimMode: "execution.savepoint-restore-mode",
      };
}

/**
 * Reads an option the way Flink's `Configuration#get` does: the canonical key first, then each
 * deprecated key in order. Returns the key that supplied the value.
 */
export function lookup(
  config: ReadonlyMap<string, string>,
  canonicalKey: string,
  version: FlinkVersion,
): { key: string; value: string } | undefined {
  const option = getOption(canonicalKey, version);
  const direct = config.get(canonicalKey);
  if (direct !== undefined) {
    return { key: canonicalKey, value: direct };
  }
  for (const old of option?.deprecatedKeys ?? []) {
    const value = config.get(old);
    if (value !== undefined) {
      return { key: old, value };
    }
  }
  return undefined;
}
