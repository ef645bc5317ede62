/**
 * What the request as a whole does to its configuration: the findings the resolver adds to the
 * validator's key-by-key ones, each made here and nowhere else, and the caller's policy for
 * cluster-scope keys.
 */
import { FlinkInputError } from "../errors.js";
import { runOptionKey } from "../options/builtin-catalog.js";
import type { Diagnostic } from "../options/diagnostics.js";
import type { OptionCatalog } from "../options/option-catalog.js";
import { findOption, scopeOfKey } from "../options/scope.js";
import type { FlinkVersion } from "../versions/flink-version.js";
import type { Layers } from "./layers.js";
import type { ParsedQuery } from "./parse-query.js";
import { nonEmpty, type RequestParts } from "./request-parts.js";
import { bodySavepointPath } from "./savepoint.js";

/** What to do with cluster-scope keys in `flinkConfiguration`: report them (default), drop them, or refuse them. */
export type ClusterKeyPolicy = "report" | "drop" | "error";

/**
 * Applies the caller's policy to one `flinkConfiguration` key: the key is kept, or dropped with a
 * finding (`"drop"` and a cluster-scope key); `"error"` refuses a cluster-scope key.
 */
export function applyClusterKeyPolicy(
  key: string,
  version: FlinkVersion,
  policy: ClusterKeyPolicy,
  catalog: OptionCatalog | undefined,
): Diagnostic | undefined {
  if (policy === "report" || scopeOfKey(key, version, catalog) !== "cluster") {
    return undefined;
  }
  if (policy === "error") {
    throw new FlinkInputError(
      "cluster-scope-key",
      `flinkConfiguration["${key}"] configures the running cluster, not the job: Flink accepts it but it has no effect.`,
      { field: key },
    );
  }
  return {
    code: "cluster-scope-key-dropped",
    severity: "info",
    key,
    message: `Dropped "${key}" before sending: it configures the running cluster and has no effect on a job.`,
  };
}

/** A `flinkConfiguration` entry loses to a body field or query parameter with the same meaning. */
export function overriddenByRequestField(key: string, field: string): Diagnostic {
  return {
    code: "overridden-by-request-field",
    severity: "info",
    key,
    message: `"${key}" loses to the request's ${field}, which Flink applies after flinkConfiguration.`,
    suggestion: field,
  };
}

/** Restore settings without a savepoint path have no effect. */
export function restoreSettingWithoutPath(field: string): Diagnostic {
  return {
    code: "restore-setting-without-path",
    severity: "info",
    key: field,
    message: "Restore settings apply only with a savepoint path; without one Flink uses NO_CLAIM and false.",
  };
}

/** The cluster's `parallelism.default` is never used by /run. */
export function clusterParallelismIgnored(clusterValue: string): Diagnostic {
  return {
    code: "cluster-parallelism-ignored",
    severity: "warning",
    key: "parallelism.default",
    message: `The cluster sets parallelism.default=${clusterValue}, but /run never uses the cluster's value: this job gets parallelism 1. Set "parallelism" in the request.`,
    suggestion: "parallelism",
  };
}

/** Concatenates lists of findings, keeping the first finding per key and code. */
export function mergeDiagnostics(...lists: ReadonlyArray<readonly Diagnostic[]>): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const list of lists) {
    for (const d of list) {
      const id = `${d.code}\u0000${d.key}`;
      if (!seen.has(id)) {
        seen.add(id);
        out.push(d);
      }
    }
  }
  return out;
}

/** Request-level findings: entries that lose to a body field or query parameter, restore settings without a path. */
export function diagnoseRequestKeys(
  requestConf: ReadonlyMap<string, string>,
  layers: Layers,
  parts: RequestParts,
  query: ParsedQuery,
  version: FlinkVersion,
  diagnostics: Diagnostic[],
): void {
  const winners: Readonly<Record<string, string | undefined>> = {
    [runOptionKey("parallelism", version)]:
      parts.parallelism !== undefined
        ? "body field parallelism"
        : query.parallelism !== undefined
          ? "query parameter parallelism"
          : undefined,
    [runOptionKey("savepointPath", version)]:
      bodySavepointPath(parts, version) !== undefined
        ? "body field savepointPath"
        : nonEmpty(query.savepointPath) !== undefined
          ? "query parameter savepointPath"
          : undefined,
    [runOptionKey("allowNonRestoredState", version)]:
      parts.allowNonRestoredState !== undefined
        ? "body field allowNonRestoredState"
        : query.allowNonRestoredState !== undefined
          ? "query parameter allowNonRestoredState"
          : undefined,
    [runOptionKey("claimMode", version)]:
      parts.claimMode !== undefined
        ? "body field claimMode"
        : parts.restoreMode !== undefined
          ? "body field restoreMode"
          : undefined,
  };
  for (const key of requestConf.keys()) {
    // The built-in /run facts, whatever the catalog: these rules are the handler's own.
    const canonicalKey = findOption(key, version)?.option.key;
    const field = canonicalKey === undefined ? undefined : winners[canonicalKey];
    if (field) {
      diagnostics.push(overriddenByRequestField(key, field));
    }
  }
  const restoreField =
    parts.claimMode !== undefined
      ? "claimMode"
      : parts.restoreMode !== undefined
        ? "restoreMode"
        : parts.allowNonRestoredState !== undefined
          ? "allowNonRestoredState"
          : undefined;
  if (restoreField && layers.values.get(runOptionKey("savepointPath", version)) === undefined) {
    diagnostics.push(restoreSettingWithoutPath(restoreField));
  }
}
