/**
 * The few option facts that are /run-handler semantics, so the core knows them without the
 * catalog: the configuration keys behind the body fields (renamed in 1.20), and the prefix rule
 * for cluster-scope keys. Every other fact comes from an `OptionCatalog`; a test checks these
 * against the generated one (test/unit/builtin-facts.test.ts).
 */
import { type FlinkVersion, isAtLeast } from "../internal/flink-version.js";

/** Release line from which the savepoint keys live in `StateRecoveryOptions` (the old ones still read). */
export const STATE_RECOVERY_KEYS_SINCE = "1.20";

/** The configuration keys that /run's body fields and query parameters stand for. */
export interface RunFieldKeys {
  readonly parallelism: "parallelism.default";
  readonly jobId: "$internal.pipeline.job-id";
  readonly savepointPath: string;
  readonly allowNonRestoredState: string;
  readonly claimMode: string;
}

const OLD_KEYS = {
  savepointPath: "execution.savepoint.path",
  allowNonRestoredState: "execution.savepoint.ignore-unclaimed-state",
  claimMode: "execution.savepoint-restore-mode",
} as const;

const NEW_KEYS = {
  savepointPath: "execution.state-recovery.path",
  allowNonRestoredState: "execution.state-recovery.ignore-unclaimed-state",
  claimMode: "execution.state-recovery.claim-mode",
} as const;

/**
 * The canonical keys of the body fields in `version`.
 *
 * @example
 * runFieldKeys("1.19").savepointPath; // "execution.savepoint.path"
 * runFieldKeys("2.3").savepointPath; // "execution.state-recovery.path"
 */
export function runFieldKeys(version: FlinkVersion): RunFieldKeys {
  const keys = isAtLeast(version, STATE_RECOVERY_KEYS_SINCE) ? NEW_KEYS : OLD_KEYS;
  return { parallelism: "parallelism.default", jobId: "$internal.pipeline.job-id", ...keys };
}

/** The old spellings of the body-field keys that `version` still reads (lookup order). */
export function runFieldDeprecatedKeys(version: FlinkVersion): Readonly<Record<string, readonly string[]>> {
  if (!isAtLeast(version, STATE_RECOVERY_KEYS_SINCE)) {
    return {};
  }
  return {
    [NEW_KEYS.savepointPath]: [OLD_KEYS.savepointPath],
    [NEW_KEYS.allowNonRestoredState]: [OLD_KEYS.allowNonRestoredState],
    [NEW_KEYS.claimMode]: [OLD_KEYS.claimMode],
  };
}

/**
 * Key prefixes that belong to the cluster's processes. Without a catalog they decide the scope of
 * any key that is not a scope exception (`SCOPE_EXCEPTIONS`); with one, of keys it does not know.
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
 * Keys under a cluster prefix that the catalog's scope rule puts elsewhere by their holder class:
 * the legacy AlgorithmOptions (`taskmanager.runtime.*`, job) and CheckpointingOptions' local-recovery
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
