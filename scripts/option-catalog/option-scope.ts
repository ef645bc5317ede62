/**
 * The scope rule: what a Flink configuration key does when it is sent in `flinkConfiguration` to
 * `POST /jars/{jarid}/run`. This file is the one source of truth for it, used when the option
 * catalog is generated (scripts/generate-options.mjs): generated/options/ records the result of
 * {@link scopeOf} for every option, and a test checks that the two agree. Build-time only: the
 * SDK reads the recorded scopes, and the key exceptions from src/options/scope-exceptions.ts.
 *
 * The rule follows the option's holder class (the Flink class that declares the `ConfigOption`),
 * with key exceptions found in Flink's source. See docs/option-catalog.md and
 * shared/reference/flink-run-semantics.md, sections 3, 5 and 9.
 */

import type { OptionScope } from "../../src/options/option-catalog.js";
import { SCOPE_EXCEPTION_KEYS, type ScopeExceptionKey, scopeExceptionKey } from "../../src/options/scope-exceptions.js";

export type { OptionScope } from "../../src/options/option-catalog.js";
export { SCOPE_EXCEPTION_KEYS } from "../../src/options/scope-exceptions.js";

/** The scope of every holder class found in the catalog, by fully-qualified class name. */
export const HOLDER_SCOPES: Readonly<Record<string, OptionScope>> = {
  // Job: read by ExecutionConfig/CheckpointConfig/StreamExecutionEnvironment#configure or by the
  // runtime from the job configuration.
  "org.apache.flink.configuration.PipelineOptions": "job",
  "org.apache.flink.configuration.PipelineOptionsInternal": "job",
  "org.apache.flink.configuration.ExecutionOptions": "job",
  "org.apache.flink.configuration.CheckpointingOptions": "job",
  "org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions": "job",
  "org.apache.flink.streaming.api.environment.StreamPipelineOptions": "job",
  "org.apache.flink.configuration.StateBackendOptions": "job",
  "org.apache.flink.configuration.StateRecoveryOptions": "job",
  "org.apache.flink.runtime.jobgraph.SavepointConfigOptions": "job",
  "org.apache.flink.configuration.StateChangelogOptions": "job",
  "org.apache.flink.configuration.StateLatencyTrackOptions": "job",
  "org.apache.flink.configuration.StateSizeTrackOptions": "job",
  "org.apache.flink.configuration.RestartStrategyOptions": "job",
  "org.apache.flink.configuration.BatchExecutionOptions": "job",
  "org.apache.flink.configuration.SinkOptions": "job",
  "org.apache.flink.contrib.streaming.state.RocksDBOptions": "job",
  "org.apache.flink.contrib.streaming.state.RocksDBConfigurableOptions": "job",
  "org.apache.flink.contrib.streaming.state.RocksDBNativeMetricOptions": "job",
  "org.apache.flink.state.rocksdb.RocksDBOptions": "job",
  "org.apache.flink.state.rocksdb.RocksDBConfigurableOptions": "job",
  "org.apache.flink.state.rocksdb.RocksDBNativeMetricOptions": "job",
  "org.apache.flink.state.forst.ForStOptions": "job",
  "org.apache.flink.state.forst.ForStConfigurableOptions": "job",
  "org.apache.flink.state.forst.ForStNativeMetricOptions": "job",
  "org.apache.flink.table.api.config.TableConfigOptions": "job",
  "org.apache.flink.table.api.config.ExecutionConfigOptions": "job",
  "org.apache.flink.table.api.config.OptimizerConfigOptions": "job",
  "org.apache.flink.table.api.config.MaterializedTableConfigOptions": "job",
  "org.apache.flink.configuration.AlgorithmOptions": "job",
  "org.apache.flink.configuration.OptimizerOptions": "job",
  // Submission: used by the embedded executor while /run submits the program.
  "org.apache.flink.configuration.DeploymentOptions": "submission",
  "org.apache.flink.client.cli.ClientOptions": "submission",
  // Ignored: application-mode settings that /run never reads.
  "org.apache.flink.client.deployment.application.ApplicationConfiguration": "ignored",
  "org.apache.flink.client.cli.ArtifactFetchOptions": "ignored",
  // Cluster: process-level services, fixed when the JobManager/TaskManagers start.
  "org.apache.flink.configuration.CoreOptions": "cluster",
  "org.apache.flink.configuration.JobManagerOptions": "cluster",
  "org.apache.flink.configuration.TaskManagerOptions": "cluster",
  "org.apache.flink.configuration.MetricOptions": "cluster",
  "org.apache.flink.configuration.TraceOptions": "cluster",
  "org.apache.flink.configuration.EventOptions": "cluster",
  "org.apache.flink.configuration.RpcOptions": "cluster",
  "org.apache.flink.configuration.AkkaOptions": "cluster",
  "org.apache.flink.configuration.RestOptions": "cluster",
  "org.apache.flink.configuration.WebOptions": "cluster",
  "org.apache.flink.configuration.HighAvailabilityOptions": "cluster",
  "org.apache.flink.kubernetes.configuration.KubernetesHighAvailabilityOptions": "cluster",
  "org.apache.flink.configuration.BlobServerOptions": "cluster",
  "org.apache.flink.configuration.SecurityOptions": "cluster",
  "org.apache.flink.configuration.ClusterOptions": "cluster",
  "org.apache.flink.configuration.ResourceManagerOptions": "cluster",
  "org.apache.flink.configuration.HeartbeatManagerOptions": "cluster",
  "org.apache.flink.configuration.NettyShuffleEnvironmentOptions": "cluster",
  "org.apache.flink.runtime.shuffle.ShuffleServiceOptions": "cluster",
  "org.apache.flink.configuration.QueryableStateOptions": "cluster",
  "org.apache.flink.configuration.HistoryServerOptions": "cluster",
  "org.apache.flink.configuration.JMXServerOptions": "cluster",
  "org.apache.flink.configuration.ExternalResourceOptions": "cluster",
  "org.apache.flink.configuration.CleanupOptions": "cluster",
  "org.apache.flink.runtime.highavailability.JobResultStoreOptions": "cluster",
  "org.apache.flink.runtime.highavailability.ApplicationResultStoreOptions": "cluster",
  "org.apache.flink.configuration.JobEventStoreOptions": "cluster",
  "org.apache.flink.configuration.SlowTaskDetectorOptions": "cluster",
  "org.apache.flink.kubernetes.configuration.KubernetesConfigOptions": "cluster",
  "org.apache.flink.yarn.configuration.YarnConfigOptions": "cluster",
  // The TaskExecutor loads the changelog storage from its own configuration, not the job's.
  "org.apache.flink.changelog.fs.FsStateChangelogOptions": "cluster",
};

/** Scope of a holder class that is not in {@link HOLDER_SCOPES}: "accepted but ineffective at job level". */
export const UNKNOWN_HOLDER_SCOPE: OptionScope = "cluster";

/** A key exception to the holder rule: an exact key, or every key starting with `prefix`. */
export interface ScopeException {
  readonly key?: string;
  readonly prefix?: string;
  readonly scope: OptionScope;
  /** Why, with the Flink source that shows it. */
  readonly reason: string;
}

/** Why each key exception holds, with the Flink source that shows it (every exception needs one). */
const SCOPE_EXCEPTION_REASONS: Readonly<Record<ScopeExceptionKey, string>> = {
  "parallelism.default":
    "CoreOptions, but /run reads it from the request's flinkConfiguration as the job parallelism (JarHandlerContext); the cluster value is never used.",
  "io.tmp.dirs": "CoreOptions: the TaskManager's temp directories, fixed when the process starts.",
  "classloader.": "CoreOptions: the user-code class loader is set up by the JobManager/TaskManager processes.",
  "plugin.": "CoreOptions: the plugin class loader belongs to the processes.",
  "fs.": "CoreOptions: file systems are initialized once per process (FileSystem.initialize).",
  "env.": "CoreOptions: JVM options, log and pid directories of the processes (start scripts).",
  "task.cancellation.interval":
    "TaskManagerOptions, but ExecutionConfig#configure reads it per job (Flink's JarRunHandlerParameterTest sends task.cancellation.timeout this way).",
  "task.cancellation.timeout": "TaskManagerOptions, but ExecutionConfig#configure reads it per job.",
  "metrics.latency.interval": "MetricOptions, but ExecutionConfig#configure reads it per job (latency tracking).",
  "pekko.ask.timeout":
    "RpcOptions, but a session dispatcher re-reads it from the job configuration when it recovers jobs (SessionDispatcherLeaderProcess#submitAddedJob).",
  "akka.ask.timeout":
    "The same option under its name before 1.18 (AkkaOptions); a deprecated key of pekko.ask.timeout since.",
  "jobmanager.scheduler":
    "ExecutionConfig#configure copies it, but the JobManager picks the scheduler from its own configuration (DefaultSlotPoolServiceSchedulerFactory.fromConfiguration).",
  "pipeline.jars": "PipelineOptions, but /run always overwrites it with the uploaded jar and its dependencies.",
  "pipeline.classpaths":
    "PipelineOptions, but /run always sets it from the program's classpaths (since 1.20 it keeps the configured ones).",
  "execution.target": "/run forces it to `embedded`, and its executor loader ignores it.",
  "execution.attached": "/run forces it to false (and DetachedApplicationRunner again).",
  "$internal.application.":
    "ApplicationConfiguration (entry class, program args): only application mode reads it; /run uses its body fields.",
};

/**
 * Exceptions by key (src/options/scope-exceptions.ts, with their reasons); the first match wins, exact keys
 * before prefixes. They apply whatever the holder, so a key keeps its scope when Flink moves it to
 * another class.
 */
export const SCOPE_EXCEPTIONS: readonly ScopeException[] = (
  Object.keys(SCOPE_EXCEPTION_KEYS) as ScopeExceptionKey[]
).map((k) => ({
  ...(k.endsWith(".") ? { prefix: k } : { key: k }),
  scope: SCOPE_EXCEPTION_KEYS[k],
  reason: SCOPE_EXCEPTION_REASONS[k],
}));

/** The exception that decides a key's scope, if any. */
export function scopeExceptionFor(key: string): ScopeException | undefined {
  const match = scopeExceptionKey(key);
  return match === undefined ? undefined : SCOPE_EXCEPTIONS.find((e) => (e.key ?? e.prefix) === match);
}

/** Whether the holder class has an entry in {@link HOLDER_SCOPES}. */
export function isKnownHolder(holderClass: string): boolean {
  return Object.hasOwn(HOLDER_SCOPES, holderClass);
}

/**
 * The scope of a key declared by `holderClass` (fully-qualified). Key exceptions come first, then
 * the holder's scope, then {@link UNKNOWN_HOLDER_SCOPE}. Pure: no I/O, no catalog lookup.
 */
export function scopeOf(key: string, holderClass: string): OptionScope {
  const exception = scopeExceptionFor(key);
  if (exception) {
    return exception.scope;
  }
  return isKnownHolder(holderClass) ? (HOLDER_SCOPES[holderClass] as OptionScope) : UNKNOWN_HOLDER_SCOPE;
}
