/** Findings about a configuration: what Flink will silently do with it. Never a refusal by Flink itself. */

export type DiagnosticCode =
  /** A key of the running cluster's processes: accepted, no effect on the job. */
  | "cluster-scope-key"
  /** A key /run does not read at all (application-mode settings). */
  | "ignored-key"
  /** A key /run overwrites (or that has no effect there), whatever the request says. */
  | "forced-key"
  /** No option of that name in the target version: Flink ignores it silently. */
  | "unknown-key"
  /** An old spelling of an option; it still works unless the canonical key is also set. */
  | "deprecated-key"
  /** An old spelling in the request loses to the canonical key set elsewhere (the cluster). */
  | "deprecated-key-shadowed"
  /** The cluster's `parallelism.default` is never used by /run: the job gets 1 unless the request says otherwise. */
  | "cluster-parallelism-ignored"
  /** A `flinkConfiguration` entry loses to a body field or query parameter with the same meaning. */
  | "overridden-by-request-field"
  /** A claim mode or allowNonRestoredState without a savepoint path has no effect. */
  | "restore-setting-without-path"
  /** A cluster-scope key removed from the request before sending (`clusterKeys: "drop"`). */
  | "cluster-scope-key-dropped";

export type DiagnosticSeverity = "info" | "warning";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: DiagnosticSeverity;
  /** The option key (or request field) concerned. */
  readonly key: string;
  readonly message: string;
  /** What to write instead, when there is a better key or field. */
  readonly suggestion?: string;
}

/** What to do with cluster-scope keys in `flinkConfiguration`: report them (default), drop them, or refuse them. */
export type ClusterKeyPolicy = "report" | "drop" | "error";
