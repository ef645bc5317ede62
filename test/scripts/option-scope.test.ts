import { describe, expect, it } from "vitest";
import { FLINK_OPTION_CATALOG } from "../../generated/options/catalog.js";
import {
  HOLDER_SCOPES,
  isKnownHolder,
  type OptionScope,
  SCOPE_EXCEPTIONS,
  scopeExceptionFor,
  scopeOf,
  UNKNOWN_HOLDER_SCOPE,
} from "../../scripts/option-catalog/option-scope.js";

const CFG = "org.apache.flink.configuration.";
const CORE = `${CFG}CoreOptions`;
const PIPELINE = `${CFG}PipelineOptions`;
const DEPLOYMENT = `${CFG}DeploymentOptions`;
const TASK_MANAGER = `${CFG}TaskManagerOptions`;
const JOB_MANAGER = `${CFG}JobManagerOptions`;
const METRIC = `${CFG}MetricOptions`;
const RPC = `${CFG}RpcOptions`;
const AKKA = `${CFG}AkkaOptions`;
const APPLICATION = "org.apache.flink.client.deployment.application.ApplicationConfiguration";

/** Every exception a test below covers, by key or prefix; a new exception needs its own test. */
const TESTED_EXCEPTIONS = new Set<string>();
function exceptionCase(id: string, key: string, holder: string, expected: OptionScope) {
  TESTED_EXCEPTIONS.add(id);
  expect(scopeExceptionFor(key)).toBeDefined();
  expect(scopeOf(key, holder)).toBe(expected);
}

describe("scopeOf: key exceptions", () => {
  it("parallelism.default is job-level although CoreOptions is cluster-level", () => {
    exceptionCase("parallelism.default", "parallelism.default", CORE, "job");
    expect(HOLDER_SCOPES[CORE]).toBe("cluster");
  });

  it("io.tmp.dirs stays cluster-level (TaskManager temp dirs)", () => {
    exceptionCase("io.tmp.dirs", "io.tmp.dirs", CORE, "cluster");
  });

  it("classloader.* is cluster-level", () => {
    exceptionCase("classloader.", "classloader.resolve-order", CORE, "cluster");
    expect(scopeOf("classloader.parent-first-patterns.additional", CORE)).toBe("cluster");
  });

  it("plugin.* (plugin class loader) is cluster-level", () => {
    exceptionCase("plugin.", "plugin.classloader.parent-first-patterns.default", CORE, "cluster");
  });

  it("fs.* (file system setup) is cluster-level", () => {
    exceptionCase("fs.", "fs.default-scheme", CORE, "cluster");
    expect(scopeOf("fs.overwrite-files", CORE)).toBe("cluster");
  });

  it("env.* (JVM options, log dirs) is cluster-level", () => {
    exceptionCase("env.", "env.java.opts.taskmanager", CORE, "cluster");
  });

  it("task.cancellation.interval is job-level although TaskManagerOptions is cluster-level", () => {
    exceptionCase("task.cancellation.interval", "task.cancellation.interval", TASK_MANAGER, "job");
    expect(scopeOf("taskmanager.numberOfTaskSlots", TASK_MANAGER)).toBe("cluster");
  });

  it("task.cancellation.timeout is job-level although TaskManagerOptions is cluster-level", () => {
    exceptionCase("task.cancellation.timeout", "task.cancellation.timeout", TASK_MANAGER, "job");
  });

  it("metrics.latency.interval is job-level although MetricOptions is cluster-level", () => {
    exceptionCase("metrics.latency.interval", "metrics.latency.interval", METRIC, "job");
    expect(scopeOf("metrics.reporters", METRIC)).toBe("cluster");
  });

  it("pekko.ask.timeout is job-level: re-read from the job configuration on session recovery", () => {
    exceptionCase("pekko.ask.timeout", "pekko.ask.timeout", RPC, "job");
    expect(scopeOf("pekko.ask.timeout", AKKA)).toBe("job");
    expect(scopeOf("pekko.tcp.timeout", RPC)).toBe("cluster");
  });

  it("akka.ask.timeout (the 1.17 name of pekko.ask.timeout) is job-level too", () => {
    exceptionCase("akka.ask.timeout", "akka.ask.timeout", AKKA, "job");
    expect(scopeOf("akka.lookup.timeout", AKKA)).toBe("cluster");
  });

  it("jobmanager.scheduler stays cluster-level although ExecutionConfig copies it", () => {
    exceptionCase("jobmanager.scheduler", "jobmanager.scheduler", JOB_MANAGER, "cluster");
    // Even if Flink moved it to a job-level holder, the JobManager still picks the scheduler.
    expect(scopeOf("jobmanager.scheduler", PIPELINE)).toBe("cluster");
  });

  it("pipeline.jars is forced by /run, so submission-level though PipelineOptions is job-level", () => {
    exceptionCase("pipeline.jars", "pipeline.jars", PIPELINE, "submission");
    expect(scopeOf("pipeline.name", PIPELINE)).toBe("job");
  });

  it("pipeline.classpaths is set by /run, so submission-level", () => {
    exceptionCase("pipeline.classpaths", "pipeline.classpaths", PIPELINE, "submission");
  });

  it("execution.target is forced to embedded by /run", () => {
    exceptionCase("execution.target", "execution.target", DEPLOYMENT, "submission");
  });

  it("execution.attached is forced to false by /run", () => {
    exceptionCase("execution.attached", "execution.attached", DEPLOYMENT, "submission");
  });

  it("$internal.application.* is ignored by /run, whatever the holder", () => {
    exceptionCase("$internal.application.", "$internal.application.main", APPLICATION, "ignored");
    expect(scopeOf("$internal.application.program-args", "some.other.Holder")).toBe("ignored");
  });

  it("every exception in SCOPE_EXCEPTIONS has its own test above", () => {
    const ids = SCOPE_EXCEPTIONS.map((e) => e.key ?? e.prefix);
    expect(new Set(ids)).toEqual(TESTED_EXCEPTIONS);
    expect(ids.length).toBe(new Set(ids).size);
    for (const e of SCOPE_EXCEPTIONS) {
      expect(e.reason.length).toBeGreaterThan(10);
      expect((e.key === undefined) !== (e.prefix === undefined)).toBe(true);
    }
  });
});

describe("scopeOf: holder defaults", () => {
  it.each([
    [`${CFG}PipelineOptions`, "pipeline.name", "job"],
    [`${CFG}PipelineOptionsInternal`, "$internal.pipeline.job-id", "job"],
    [`${CFG}ExecutionOptions`, "execution.runtime-mode", "job"],
    [`${CFG}CheckpointingOptions`, "execution.checkpointing.interval", "job"],
    [
      "org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions",
      "execution.checkpointing.interval",
      "job",
    ],
    [`${CFG}StateBackendOptions`, "state.backend.type", "job"],
    [`${CFG}StateRecoveryOptions`, "execution.state-recovery.path", "job"],
    ["org.apache.flink.runtime.jobgraph.SavepointConfigOptions", "execution.savepoint.path", "job"],
    [`${CFG}RestartStrategyOptions`, "restart-strategy.type", "job"],
    ["org.apache.flink.state.rocksdb.RocksDBOptions", "state.backend.rocksdb.timer-service.factory", "job"],
    ["org.apache.flink.table.api.config.ExecutionConfigOptions", "table.exec.state.ttl", "job"],
    [`${CFG}DeploymentOptions`, "execution.program-config.enabled", "submission"],
    ["org.apache.flink.client.cli.ClientOptions", "client.timeout", "submission"],
    ["org.apache.flink.client.cli.ArtifactFetchOptions", "user.artifacts.base-dir", "ignored"],
    [`${CFG}JobManagerOptions`, "jobmanager.rpc.port", "cluster"],
    [`${CFG}RestOptions`, "rest.port", "cluster"],
    [`${CFG}HighAvailabilityOptions`, "high-availability.type", "cluster"],
    ["org.apache.flink.kubernetes.configuration.KubernetesConfigOptions", "kubernetes.cluster-id", "cluster"],
    ["org.apache.flink.yarn.configuration.YarnConfigOptions", "yarn.application.name", "cluster"],
    ["org.apache.flink.changelog.fs.FsStateChangelogOptions", "dstl.dfs.base-path", "cluster"],
  ] as const)("%s → %s is %s", (holder, key, expected) => {
    expect(scopeExceptionFor(key)).toBeUndefined();
    expect(scopeOf(key, holder)).toBe(expected);
  });

  it("an unknown holder is cluster-level (warn: accepted but ineffective at job level)", () => {
    expect(isKnownHolder("org.example.SomeOptions")).toBe(false);
    expect(scopeOf("some.key", "org.example.SomeOptions")).toBe(UNKNOWN_HOLDER_SCOPE);
    expect(UNKNOWN_HOLDER_SCOPE).toBe("cluster");
  });

  it("is pure: the same input always gives the same scope", () => {
    expect(scopeOf("pipeline.name", PIPELINE)).toBe(scopeOf("pipeline.name", PIPELINE));
  });
});

describe("the generated catalog agrees with scopeOf", () => {
  const prefix = FLINK_OPTION_CATALOG.holderPrefix;
  const rows = Object.entries(FLINK_OPTION_CATALOG.options).flatMap(([key, variants]) =>
    variants.map((v) => ({ key, holder: prefix + v.h, scope: v.s })),
  );

  it("records, for every option variant, the scope scopeOf computes from its key and holder", () => {
    const mismatches = rows.filter((r) => scopeOf(r.key, r.holder) !== r.scope);
    expect(mismatches).toEqual([]);
    expect(rows.length).toBeGreaterThan(1000);
  });

  it("has a scope table entry for every holder class it contains", () => {
    const unknown = [...new Set(rows.map((r) => r.holder))].filter((h) => !isKnownHolder(h));
    expect(unknown).toEqual([]);
  });

  it("applies the cluster-level prefix exceptions only to CoreOptions keys", () => {
    const prefixes = SCOPE_EXCEPTIONS.filter((e) => e.prefix && e.scope === "cluster").map((e) => e.prefix as string);
    const hits = rows.filter((r) => prefixes.some((p) => r.key.startsWith(p)));
    expect(hits.length).toBeGreaterThan(0);
    expect([...new Set(hits.map((r) => r.holder))]).toEqual([CORE]);
  });

  it("every exact-key exception names a key that exists in the catalog", () => {
    for (const e of SCOPE_EXCEPTIONS.filter((x) => x.key)) {
      expect(FLINK_OPTION_CATALOG.options[e.key as string], e.key).toBeDefined();
    }
  });
});
