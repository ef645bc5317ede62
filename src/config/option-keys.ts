/**
 * Hand-kept facts about the Flink options that matter to `/jars/{jarid}/run`.
 *
 * Keys are written exactly as Flink spells them. Each entry says what the key does for a job
 * submitted over REST (`scope`), its value kind and default, the keys it replaced, and the
 * release lines that have it (`since` inclusive, `until` = first line without it).
 * This list is consulted only through `./options.ts`, so it can be swapped for a catalog
 * generated from Flink's own jars without touching its users.
 */

/**
 * What a key does when sent in `flinkConfiguration`:
 * - `job`: read per job (by the user's `main()` or the runtime from the job configuration);
 * - `cluster`: belongs to the running JobManager/TaskManager processes; accepted, no effect on the job;
 * - `submission`: read by the submission machinery (forced or ignored by /run's embedded executor);
 * - `ignored`: not read by /run at all (application-mode settings).
 */
export type OptionScope = "job" | "cluster" | "submission" | "ignored";

export type OptionKind =
  | "string"
  | "boolean"
  | "int"
  | "long"
  | "double"
  | "duration"
  | "memory"
  | "enum"
  | "list"
  | "map";

export interface OptionDefinition {
  readonly scope: OptionScope;
  readonly kind: OptionKind;
  /** Flink's default, in Flink's string form. */
  readonly default?: string;
  readonly values?: readonly string[];
  /** Older spellings Flink still reads, in lookup order (after the canonical key). */
  readonly deprecatedKeys?: readonly string[];
  readonly since?: string;
  readonly until?: string;
  /** Overwritten by the /run handler whatever the request says. */
  readonly forced?: boolean;
}

const CLAIM_MODES = ["CLAIM", "NO_CLAIM", "LEGACY"] as const;

/** Body-field keys: the configuration keys that `/run`'s body fields and query parameters map to. */
export const RUN_FIELD_KEYS = {
  "parallelism.default": { scope: "job", kind: "int", default: "1" },
  "$internal.pipeline.job-id": { scope: "job", kind: "string" },
  // Savepoint restore keys: renamed in 1.20 (StateRecoveryOptions); the old spelling stays readable.
  "execution.savepoint.path": { scope: "job", kind: "string", until: "1.20" },
  "execution.savepoint.ignore-unclaimed-state": { scope: "job", kind: "boolean", default: "false", until: "1.20" },
  "execution.savepoint-restore-mode": {
    scope: "job",
    kind: "enum",
    values: CLAIM_MODES,
    default: "NO_CLAIM",
    until: "1.20",
  },
  "execution.state-recovery.path": {
    scope: "job",
    kind: "string",
    deprecatedKeys: ["execution.savepoint.path"],
    since: "1.20",
  },
  "execution.state-recovery.ignore-unclaimed-state": {
    scope: "job",
    kind: "boolean",
    default: "false",
    deprecatedKeys: ["execution.savepoint.ignore-unclaimed-state"],
    since: "1.20",
  },
  "execution.state-recovery.claim-mode": {
    scope: "job",
    kind: "enum",
    values: CLAIM_MODES,
    default: "NO_CLAIM",
    deprecatedKeys: ["execution.savepoint-restore-mode"],
    since: "1.20",
  },
} as const satisfies Record<string, OptionDefinition>;

/** Keys that /run overwrites or that have no effect there. */
export const FORCED_KEYS = {
  "pipeline.jars": { scope: "job", kind: "list", forced: true },
  "pipeline.classpaths": { scope: "job", kind: "list", forced: true },
  "execution.target": { scope: "submission", kind: "string", forced: true },
  "execution.attached": { scope: "submission", kind: "boolean", default: "false", forced: true },
  "$internal.application.main": { scope: "ignored", kind: "string" },
  "$internal.application.program-args": { scope: "ignored", kind: "list" },
} as const satisfies Record<string, OptionDefinition>;

/** Common job settings. */
export const JOB_KEYS = {
  "pipeline.name": { scope: "job", kind: "string" },
  "pipeline.max-parallelism": { scope: "job", kind: "int", default: "-1" },
  "pipeline.object-reuse": { scope: "job", kind: "boolean", default: "false" },
  "pipeline.global-job-parameters": { scope: "job", kind: "map" },
  "pipeline.auto-watermark-interval": { scope: "job", kind: "duration", default: "200 ms" },
  "pipeline.jobvertex-parallelism-overrides": { scope: "job", kind: "map" },
  "execution.runtime-mode": {
    scope: "job",
    kind: "enum",
    values: ["STREAMING", "BATCH", "AUTOMATIC"],
    default: "STREAMING",
  },
  "execution.checkpointing.interval": { scope: "job", kind: "duration" },
  "execution.checkpointing.mode": {
    scope: "job",
    kind: "enum",
    values: ["EXACTLY_ONCE", "AT_LEAST_ONCE"],
    default: "EXACTLY_ONCE",
  },
  "execution.checkpointing.timeout": { scope: "job", kind: "duration", default: "10 min" },
  "execution.checkpointing.min-pause": { scope: "job", kind: "duration", default: "0 ms" },
  "execution.checkpointing.max-concurrent-checkpoints": { scope: "job", kind: "int", default: "1" },
  "execution.checkpointing.tolerable-failed-checkpoints": { scope: "job", kind: "int" },
  "execution.checkpointing.dir": {
    scope: "job",
    kind: "string",
    deprecatedKeys: ["state.checkpoints.dir"],
    since: "1.20",
  },
  "state.checkpoints.dir": { scope: "job", kind: "string", until: "1.20" },
  "execution.checkpointing.savepoint-dir": {
    scope: "job",
    kind: "string",
    deprecatedKeys: ["state.savepoints.dir"],
    since: "1.20",
  },
  "state.savepoints.dir": { scope: "job", kind: "string", until: "1.20" },
  "state.backend.type": { scope: "job", kind: "string", default: "hashmap" },
  "restart-strategy.type": { scope: "job", kind: "string" },
  "restart-strategy.fixed-delay.attempts": { scope: "job", kind: "int", default: "1" },
  "restart-strategy.fixed-delay.delay": { scope: "job", kind: "duration", default: "1 s" },
  "task.cancellation.timeout": { scope: "job", kind: "long", default: "180000" },
  "task.cancellation.interval": { scope: "job", kind: "long", default: "30000" },
  "metrics.latency.interval": { scope: "job", kind: "duration", default: "0 ms" },
  "execution.program-config.enabled": { scope: "submission", kind: "boolean", default: "true" },
  "client.timeout": { scope: "submission", kind: "duration", default: "1 min" },
} as const satisfies Record<string, OptionDefinition>;

/** Cluster settings: read by the running processes at start, so a job cannot change them. */
export const CLUSTER_KEYS = {
  "jobmanager.rpc.address": { scope: "cluster", kind: "string" },
  "jobmanager.rpc.port": { scope: "cluster", kind: "int", default: "6123" },
  "jobmanager.memory.process.size": { scope: "cluster", kind: "memory" },
  "jobmanager.scheduler": { scope: "cluster", kind: "enum", values: ["Default", "Adaptive", "AdaptiveBatch"] },
  "taskmanager.numberOfTaskSlots": { scope: "cluster", kind: "int", default: "1" },
  "taskmanager.memory.process.size": { scope: "cluster", kind: "memory" },
  "rest.port": { scope: "cluster", kind: "int", default: "8081" },
  "rest.address": { scope: "cluster", kind: "string" },
  "rest.bind-address": { scope: "cluster", kind: "string" },
  "high-availability.type": { scope: "cluster", kind: "string", default: "NONE" },
  "high-availability.storageDir": { scope: "cluster", kind: "string" },
  "blob.server.port": { scope: "cluster", kind: "string", default: "0" },
  "security.ssl.enabled": { scope: "cluster", kind: "boolean", default: "false" },
  "web.upload.dir": { scope: "cluster", kind: "string" },
  "metrics.reporters": { scope: "cluster", kind: "string" },
} as const satisfies Record<string, OptionDefinition>;

/** Every hand-listed key with its facts. */
export const OPTION_DEFINITIONS: Readonly<Record<string, OptionDefinition>> = {
  ...RUN_FIELD_KEYS,
  ...FORCED_KEYS,
  ...JOB_KEYS,
  ...CLUSTER_KEYS,
};

/**
 * Key prefixes that belong to the cluster's processes, for keys not listed above
 * (a key listed above always wins over its prefix).
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
