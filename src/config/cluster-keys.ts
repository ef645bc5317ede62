import { FlinkInputError } from "../errors.js";
import type { FlinkVersion } from "../internal/flink-version.js";
import type { ClusterKeyPolicy } from "./diagnostics.js";
import type { OptionCatalog } from "./option-catalog.js";
import { scopeOfKey } from "./options.js";

/**
 * Applies the caller's policy to one `flinkConfiguration` key: true keeps it, false drops it
 * (`"drop"` and a cluster-scope key), and `"error"` refuses a cluster-scope key.
 */
export function keepUnderPolicy(
  key: string,
  version: FlinkVersion,
  policy: ClusterKeyPolicy,
  catalog?: OptionCatalog,
): boolean {
  if (policy === "report" || scopeOfKey(key, version, catalog) !== "cluster") {
    return true;
  }
  if (policy === "error") {
    throw new FlinkInputError(
      "cluster-scope-key",
      `flinkConfiguration["${key}"] configures the running cluster, not the job: Flink accepts it but it has no effect.`,
      { field: key },
    );
  }
  return false;
}

export function droppedKeyMessage(key: string): string {
  return `Dropped "${key}" before sending: it configures the running cluster and has no effect on a job.`;
}
