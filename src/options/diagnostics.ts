/**
 * Findings about a configuration: what Flink will silently do with it, or where it will fail.
 * One vocabulary for the validator (key by key) and the resolver (the request as a whole).
 */

export type DiagnosticCode =
  // ---- key by key (validateFlinkConfiguration) ----
  /** No option of that name in the target version: Flink ignores it silently. */
  | "unknown-key"
  /** A value Flink cannot read as the option's type: the job fails when something reads it. */
  | "invalid-value"
  /** `null` (Flink answers 500), an object or an array (400): Flink takes strings, numbers and booleans. */
  | "unsupported-value-type"
  /** A key of the running cluster's processes: accepted, no effect on the job. */
  | "cluster-scope-key"
  /** A key /run does not read at all (application-mode settings). */
  | "ignored-key"
  /** A key /run overwrites (or that has no effect there), whatever the request says. */
  | "forced-key"
  /** An old spelling of an option (or a deprecated option); it still works unless the canonical key is also set. */
  | "deprecated-key"
  /** An old spelling loses to the canonical key (or an earlier spelling) set elsewhere: this entry has no effect. */
  | "deprecated-key-shadowed"
  // ---- the request as a whole (resolveRunConfiguration) ----
  /** The cluster's `parallelism.default` is never used by /run: the job gets 1 unless the request says otherwise. */
  | "cluster-parallelism-ignored"
  /** A `flinkConfiguration` entry loses to a body field or query parameter with the same meaning. */
  | "overridden-by-request-field"
  /** A claim mode or allowNonRestoredState without a savepoint path has no effect. */
  | "restore-setting-without-path"
  /** A cluster-scope key removed from the request before sending (`clusterKeys: "drop"`). */
  | "cluster-scope-key-dropped";

/**
 * - `error`: Flink fails on it, or the entry certainly does nothing (a misspelled key, a shadowed one);
 * - `warning`: accepted, but probably not what was meant (no effect on the job, deprecated);
 * - `info`: works as written; worth knowing.
 */
export type DiagnosticSeverity = "error" | "warning" | "info";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: DiagnosticSeverity;
  /** The option key (or request field) concerned. */
  readonly key: string;
  /** Human-readable; never contains the value of a sensitive key. */
  readonly message: string;
  /** What to write instead, when there is a better key or field. */
  readonly suggestion?: string;
  /** `unknown-key`: the closest known keys of the target version, nearest first. */
  readonly suggestions?: readonly string[];
  /** `unknown-key`: the release lines in which the key does name an option. */
  readonly existsIn?: readonly string[];
}

/**
 * What to do with the validator's findings: `warn` (default) returns them in `diagnostics`,
 * `error` throws a `FlinkInputError` (code `invalid-config`) for findings of severity `error`,
 * `off` skips key-by-key validation (the resolver's request-level findings remain).
 */
export type ValidationMode = "error" | "warn" | "off";
