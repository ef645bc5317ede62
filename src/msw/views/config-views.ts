/**
 * The REST views of a fake job that show its settings (execution config, checkpoint config,
 * checkpoint statistics), derived from its effective configuration the way Flink derives them:
 * option spellings, defaults and value parsing come from the option catalog.
 */

import { CONFIGURED_RESTART_STRATEGY_DESCRIBED_LINES } from "../../../generated/contract-facts.js";
import { parseFlinkInt } from "../../options/java-parsers.js";
import { durationRules } from "../../options/line-facts.js";
import { settingOf } from "../../options/read-option.js";
import { HIDDEN_CONTENT, isSensitiveKey } from "../../options/redaction.js";
import { parseFlinkDuration } from "../../options/value-parsers.js";
import { onlyFieldsOf } from "../../versions/answers.js";
import { inLines } from "../../versions/contract.js";
import { qualifiedPath } from "../cluster/savepoint-paths.js";
import type { FakeJob, ViewContext } from "./fake-job.js";

/** Java's Long.MAX_VALUE (2^63 - 1): a JSON parser reads Flink's digits as the double 2^63. */
const LONG_MAX = 2 ** 63;

/** Reads the job's settings as Flink `ctx.version` does: any spelling, else the option's default. */
function settings(job: FakeJob, ctx: ViewContext) {
  const config = new Map(Object.entries(job.configuration));
  const text = (key: string) => settingOf(config, key, ctx.version, ctx.catalog);
  const rules = durationRules(ctx.version);
  return {
    text,
    int: (key: string) => parseFlinkInt(text(key) ?? ""),
    duration: (key: string) => {
      const value = text(key);
      return value === undefined ? undefined : parseFlinkDuration(value, rules);
    },
  };
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

/** The description Flink's ArchivedExecutionConfig gives the configured restart strategy. */
export function restartStrategyDescription(job: FakeJob, ctx: ViewContext): string {
  // Lines before this behaviour describe a strategy set in code only; configured ones never show.
  if (!inLines(ctx.version, CONFIGURED_RESTART_STRATEGY_DESCRIBED_LINES)) {
    return "Cluster level default restart strategy";
  }
  const read = settings(job, ctx);
  switch (read.text("restart-strategy.type")?.toLowerCase()) {
    case undefined:
      return "Cluster level default restart strategy";
    case "none":
    case "off":
    case "disable":
      return "Restart deactivated.";
    case "fixed-delay":
    case "fixeddelay": {
      const attempts = read.int("restart-strategy.fixed-delay.attempts") ?? 1;
      const delay = read.duration("restart-strategy.fixed-delay.delay") ?? 0;
      return `Restart with fixed delay (${javaDurationString(delay)}). #${attempts} restart attempts.`;
    }
    case "failure-rate":
    case "failurerate": {
      const max = read.int("restart-strategy.failure-rate.max-failures-per-interval") ?? 1;
      const interval = read.duration("restart-strategy.failure-rate.failure-rate-interval") ?? 0;
      const delay = read.duration("restart-strategy.failure-rate.delay") ?? 0;
      return `Failure rate restart with maximum of ${max} failures within interval ${javaDurationString(interval)} and fixed delay ${javaDurationString(delay)}.`;
    }
    default:
      return "Restart with exponential delay";
  }
}

/** `GET /jobs/{jobid}/config`: the job's ExecutionConfig, with the program's global job parameters. */
export function jobConfig(job: FakeJob, ctx: ViewContext) {
  return {
    jid: job.id,
    name: job.name,
    "execution-config": onlyFieldsOf(ctx.version, "ExecutionConfigInfo", {
      "execution-mode": "PIPELINED",
      "restart-strategy": restartStrategyDescription(job, ctx),
      "job-parallelism": job.parallelism,
      "object-reuse-mode": job.objectReuse,
      // Flink hides the values of sensitive keys here, as in every configuration it shows.
      "user-config": Object.fromEntries(
        Object.entries(job.userConfig).map(([key, value]) => [
          key,
          isSensitiveKey(key, ctx.version) ? HIDDEN_CONTENT : value,
        ]),
      ),
    }),
  };
}

/**
 * `GET /jobs/{jobid}/checkpoints/config`. A streaming job always has a checkpoint coordinator:
 * with checkpointing off, Flink reports an interval of Long.MAX_VALUE and at-least-once mode
 * (seen on 1.19, 1.20 and 2.3).
 */
export function checkpointConfig(job: FakeJob, ctx: ViewContext) {
  const read = settings(job, ctx);
  const interval = job.checkpointInterval ?? read.duration("execution.checkpointing.interval");
  const on = interval !== undefined && interval > 0;
  const exactlyOnce = (read.text("execution.checkpointing.mode") ?? "").toUpperCase() !== "AT_LEAST_ONCE";
  const backend = read.text("state.backend.type")?.toLowerCase();
  return {
    mode: on && exactlyOnce ? ("exactly_once" as const) : ("at_least_once" as const),
    interval: on ? interval : LONG_MAX,
    timeout: read.duration("execution.checkpointing.timeout") ?? 0,
    min_pause: read.duration("execution.checkpointing.min-pause") ?? 0,
    max_concurrent: read.int("execution.checkpointing.max-concurrent-checkpoints") ?? 1,
    externalization: { enabled: false, delete_on_cancellation: true },
    state_backend: backend === "rocksdb" ? "EmbeddedRocksDBStateBackend" : "HashMapStateBackend",
    checkpoint_storage: read.text("execution.checkpointing.dir")
      ? "FileSystemCheckpointStorage"
      : "JobManagerCheckpointStorage",
    unaligned_checkpoints: false,
    tolerable_failed_checkpoints: read.int("execution.checkpointing.tolerable-failed-checkpoints") ?? 0,
    aligned_checkpoint_timeout: 0,
    checkpoints_after_tasks_finish: true,
    state_changelog_enabled: false,
    changelog_periodic_materialization_interval: 600_000,
    changelog_storage: "memory",
  };
}

/** `GET /jobs/{jobid}/checkpoints`: the triggered checkpoints and the snapshot it was restored from. */
export function checkpointStatistics(job: FakeJob) {
  return {
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
            external_path: qualifiedPath(job.restoredFrom.path),
          }
        : null,
    },
    history: [],
  };
}
