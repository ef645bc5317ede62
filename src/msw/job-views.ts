/**
 * The REST views of a fake job (details, overview, config, checkpoint config, plan, ...),
 * derived from its effective configuration the way Flink derives them.
 */

import { ISO_DURATION_SINCE, parseFlinkDuration, parseFlinkInt } from "../config/value-parsers.js";
import { isAtLeast } from "../internal/flink-version.js";

export type { JobState } from "../jobs/wait.js";

import type { JobState } from "../jobs/wait.js";

export interface FakeJob {
  readonly id: string;
  readonly jarId: string;
  readonly name: string;
  state: JobState;
  readonly startTime: number;
  endTime: number | undefined;
  readonly parallelism: number;
  /** -1 when neither the configuration nor the program sets it. */
  readonly maxParallelism: number;
  readonly objectReuse: boolean;
  readonly userConfig: Readonly<Record<string, string>>;
  /** The effective configuration the job ran with. */
  readonly configuration: Readonly<Record<string, string>>;
  /** Interval set in code, overriding the configuration. */
  readonly checkpointInterval: number | undefined;
  readonly restoredFrom: { path: string; allowNonRestoredState: boolean; claimMode: string } | undefined;
  checkpointCount: number;
  failure: string | undefined;
}

const JOB_STATES = [
  "INITIALIZING",
  "CREATED",
  "RUNNING",
  "FAILING",
  "FAILED",
  "CANCELLING",
  "CANCELED",
  "FINISHED",
  "RESTARTING",
  "SUSPENDED",
  "RECONCILING",
] as const;
const EXECUTION_STATES = [
  "CREATED",
  "SCHEDULED",
  "DEPLOYING",
  "RUNNING",
  "FINISHED",
  "CANCELING",
  "CANCELED",
  "FAILED",
  "RECONCILING",
  "INITIALIZING",
] as const;

/** Flink lists every state, most with 0. */
function zeroCounts<S extends string>(states: readonly S[]): Record<S, number> {
  return Object.fromEntries(states.map((s) => [s, 0])) as Record<S, number>;
}

/** Java's Long.MAX_VALUE (2^63 - 1): a JSON parser reads Flink's digits as the double 2^63. */
const LONG_MAX = 2 ** 63;

/** Key groups Flink picks when no max parallelism is set (KeyGroupRangeAssignment). */
export function defaultMaxParallelism(parallelism: number): number {
  const p = Math.max(parallelism, 1);
  const target = p + Math.floor(p / 2);
  const pow2 = 2 ** Math.ceil(Math.log2(Math.max(target, 1)));
  return Math.min(Math.max(pow2, 128), 32768);
}

/** Java's `Duration.toString()`: PT1S, PT0.5S, PT10M, PT1H30M. */
export function javaDurationString(ms: number): string {
  if (ms === 0) {
    return "PT0S";
  }
  let rest = ms;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = rest / 1000;
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
}

function duration(
  conf: Readonly<Record<string, string>>,
  keys: readonly string[],
  version: string,
): number | undefined {
  for (const key of keys) {
    const raw = conf[key];
    if (raw !== undefined) {
      return parseFlinkDuration(raw, { iso: isAtLeast(version, ISO_DURATION_SINCE) });
    }
  }
  return undefined;
}

function firstOf(conf: Readonly<Record<string, string>>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    if (conf[key] !== undefined) {
      return conf[key];
    }
  }
  return undefined;
}

/** The description Flink's ArchivedExecutionConfig gives the configured restart strategy. */
export function restartStrategyDescription(conf: Readonly<Record<string, string>>, version: string): string {
  // Up to 1.20 the description comes from a strategy set in code only; configured ones never show.
  if (!isAtLeast(version, "2.0")) {
    return "Cluster level default restart strategy";
  }
  const type = firstOf(conf, ["restart-strategy.type", "restart-strategy"])?.toLowerCase();
  const iso = isAtLeast(version, ISO_DURATION_SINCE);
  switch (type) {
    case undefined:
      return "Cluster level default restart strategy";
    case "none":
    case "off":
    case "disable":
      return "Restart deactivated.";
    case "fixed-delay":
    case "fixeddelay": {
      const attempts = parseFlinkInt(conf["restart-strategy.fixed-delay.attempts"] ?? "1") ?? 1;
      const delay = parseFlinkDuration(conf["restart-strategy.fixed-delay.delay"] ?? "1 s", { iso }) ?? 1000;
      return `Restart with fixed delay (${javaDurationString(delay)}). #${attempts} restart attempts.`;
    }
    case "failure-rate":
    case "failurerate": {
      const max = parseFlinkInt(conf["restart-strategy.failure-rate.max-failures-per-interval"] ?? "1") ?? 1;
      const interval = parseFlinkDuration(conf["restart-strategy.failure-rate.failure-rate-interval"] ?? "1 min", {
        iso,
      });
      const delay = parseFlinkDuration(conf["restart-strategy.failure-rate.delay"] ?? "1 s", { iso });
      return `Failure rate restart with maximum of ${max} failures within interval ${javaDurationString(interval ?? 60_000)} and fixed delay ${javaDurationString(delay ?? 1000)}.`;
    }
    default:
      return "Restart with exponential delay";
  }
}

/** The tasks' ExecutionState for a job state. */
function executionStateOf(state: JobState): "RUNNING" | "FAILED" | "CANCELED" | "FINISHED" | "CREATED" {
  switch (state) {
    case "RUNNING":
    case "FAILED":
    case "CANCELED":
    case "FINISHED":
      return state;
    default:
      return "CREATED";
  }
}

function hexFrom(seed: string, salt: number): string {
  let h = 2166136261 ^ salt;
  let out = "";
  for (let round = 0; round < 4; round++) {
    for (const ch of seed) {
      h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    }
    out += h.toString(16).padStart(8, "0");
  }
  return out;
}

/** All views of one job, as plain JSON in Flink's wire format for `version`. */
export function buildJobViews(job: FakeJob, version: string, now = Date.now()) {
  const conf = job.configuration;
  const end = job.endTime ?? -1;
  const durationMs = (job.endTime ?? now) - job.startTime;
  const vertexMax = job.maxParallelism > 0 ? job.maxParallelism : defaultMaxParallelism(job.parallelism);
  const taskState = executionStateOf(job.state);
  const since120 = isAtLeast(version, "1.20");
  const since23 = isAtLeast(version, "2.3");
  const slotSharingGroupId = hexFrom(job.id, 99);
  // The echo job's topology as Flink names it: a chained source and throttle, then the keyed part.
  const vertices = ["Source: Source: sequence -> throttle", "count per key -> discard: Writer"].map((name, i) => ({
    id: hexFrom(job.id, i + 1),
    ...(since120 ? { slotSharingGroupId } : {}),
    name,
    maxParallelism: vertexMax,
    parallelism: job.parallelism,
    status: taskState,
    "start-time": job.startTime,
    "end-time": end,
    duration: durationMs,
    tasks: { ...zeroCounts(EXECUTION_STATES), [taskState]: job.parallelism },
    metrics: {},
  }));
  const plan = {
    jid: job.id,
    name: job.name,
    type: "STREAMING",
    nodes: vertices.map((v, i) => ({
      id: v.id,
      parallelism: v.parallelism,
      operator: "",
      operator_strategy: "",
      description: v.name,
      optimizer_properties: {},
      ...(i > 0
        ? { inputs: [{ num: 0, id: vertices[0]?.id, ship_strategy: "HASH", exchange: "pipelined_bounded" }] }
        : {}),
    })),
  };
  const checkpointInterval =
    job.checkpointInterval ?? duration(conf, ["execution.checkpointing.interval"], version) ?? undefined;
  const checkpointingOn = checkpointInterval !== undefined && checkpointInterval > 0;
  const backend = (firstOf(conf, ["state.backend.type", "state.backend"]) ?? "hashmap").toLowerCase();
  const checkpointDir = firstOf(conf, ["execution.checkpointing.dir", "state.checkpoints.dir"]);

  return {
    status: { status: job.state },
    details: {
      jid: job.id,
      name: job.name,
      isStoppable: false,
      state: job.state,
      ...(since120 ? { "job-type": "STREAMING" as const } : {}),
      ...(since23 ? { "application-id": job.id, schedulerType: "Default" as const } : {}),
      "start-time": job.startTime,
      "end-time": end,
      duration: durationMs,
      maxParallelism: job.maxParallelism,
      now,
      timestamps: {
        ...zeroCounts(JOB_STATES),
        INITIALIZING: job.startTime,
        CREATED: job.startTime,
        RUNNING: job.startTime,
        ...(job.endTime ? { [job.state]: job.endTime } : {}),
      },
      vertices,
      "status-counts": { ...zeroCounts(EXECUTION_STATES), [taskState]: vertices.length },
      plan,
    },
    overview: {
      jid: job.id,
      name: job.name,
      state: job.state,
      "start-time": job.startTime,
      "end-time": end,
      duration: durationMs,
      "last-modification": job.endTime ?? job.startTime,
      tasks: { total: vertices.length * job.parallelism, [taskState.toLowerCase()]: vertices.length * job.parallelism },
    },
    config: {
      jid: job.id,
      name: job.name,
      "execution-config": {
        ...(isAtLeast(version, "2.0") ? {} : { "execution-mode": "PIPELINED" }),
        "restart-strategy": restartStrategyDescription(conf, version),
        "job-parallelism": job.parallelism,
        "object-reuse-mode": job.objectReuse,
        "user-config": { ...job.userConfig },
      },
    },
    // A streaming job always has a checkpoint coordinator: with checkpointing off, Flink reports
    // an interval of Long.MAX_VALUE and at-least-once mode (seen on 1.19, 1.20 and 2.3).
    checkpointConfig: {
      mode:
        checkpointingOn && (conf["execution.checkpointing.mode"] ?? "EXACTLY_ONCE").toUpperCase() !== "AT_LEAST_ONCE"
          ? ("exactly_once" as const)
          : ("at_least_once" as const),
      interval: checkpointingOn ? (checkpointInterval as number) : LONG_MAX,
      timeout: duration(conf, ["execution.checkpointing.timeout"], version) ?? 600_000,
      min_pause: duration(conf, ["execution.checkpointing.min-pause"], version) ?? 0,
      max_concurrent: parseFlinkInt(conf["execution.checkpointing.max-concurrent-checkpoints"] ?? "1") ?? 1,
      externalization: { enabled: false, delete_on_cancellation: true },
      state_backend: backend === "rocksdb" ? "EmbeddedRocksDBStateBackend" : "HashMapStateBackend",
      checkpoint_storage: checkpointDir ? "FileSystemCheckpointStorage" : "JobManagerCheckpointStorage",
      unaligned_checkpoints: false,
      tolerable_failed_checkpoints:
        parseFlinkInt(conf["execution.checkpointing.tolerable-failed-checkpoints"] ?? "0") ?? 0,
      aligned_checkpoint_timeout: 0,
      checkpoints_after_tasks_finish: true,
      state_changelog_enabled: false,
      changelog_periodic_materialization_interval: 600_000,
      changelog_storage: "memory",
    },
    checkpoints: {
      counts: {
        restored: job.restoredFrom ? 1 : 0,
        total: job.checkpointCount,
        in_progress: 0,
        completed: job.checkpointCount,
        failed: 0,
      },
      summary: {},
      latest: {
        completed: null,
        savepoint: null,
        failed: null,
        restored: job.restoredFrom
          ? {
              id: 1,
              restore_timestamp: job.startTime,
              is_savepoint: true,
              external_path: job.restoredFrom.path,
            }
          : null,
      },
      history: [],
    },
    plan: plan,
    exceptions: {
      // The old top-level fields are gone in 2.0; only the history stays.
      ...(isAtLeast(version, "2.0")
        ? {}
        : {
            "root-exception": job.failure ?? null,
            timestamp: job.failure ? job.endTime : null,
            "all-exceptions": [],
            truncated: false,
          }),
      exceptionHistory: {
        entries: job.failure
          ? [
              {
                exceptionName: job.failure.split(":")[0],
                stacktrace: job.failure,
                timestamp: job.endTime,
                taskName: null,
                endpoint: null,
                taskManagerId: null,
                failureLabels: {},
                concurrentExceptions: [],
              },
            ]
          : [],
        truncated: false,
      },
    },
  };
}
