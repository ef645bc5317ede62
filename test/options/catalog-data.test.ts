import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FLINK_OPTION_CATALOG,
  FLINK_OPTION_VERSIONS,
  type FlinkOptionEnumValues,
  type FlinkOptionKey,
  type FlinkOptionKinds,
} from "../../generated/options/catalog.js";
import { lineOf, optionFacts } from "../../src/options/catalog-data.js";

const DATA = FLINK_OPTION_CATALOG;
const getFlinkOption = (key: string, version: string) => optionFacts(DATA, key, version);
/** The data's index of a supported line, -1 for any other version. */
const flinkOptionVersionIndex = (version: string) => {
  const line = lineOf(DATA, version);
  return line?.exact ? line.index : -1;
};
/** Every key (templates too) that has a variant in the line. */
const flinkOptionKeys = (line: string) =>
  Object.keys(DATA.options).filter((k) => DATA.options[k]?.some((x) => (x.v >> flinkOptionVersionIndex(line)) & 1));
/** The lines in which the key itself (not as an old spelling) exists. */
const flinkOptionVersionsOf = (key: string) => {
  const mask = (DATA.options[key] ?? []).reduce((m, x) => m | x.v, 0);
  return ALL.filter((_, i) => (mask >> i) & 1);
};

const ALL = [...FLINK_OPTION_VERSIONS];
const V1 = ["1.17", "1.18", "1.19", "1.20"];
const V2 = ["2.0", "2.1", "2.2", "2.3"];
const CFG = "org.apache.flink.configuration.";

function facts(key: string, version: string) {
  const f = getFlinkOption(key, version);
  if (!f) {
    throw new Error(`${key} is missing in ${version}`);
  }
  return f;
}

describe("catalog layout", () => {
  it("covers the eight supported release lines, each pinned to a release", () => {
    expect(ALL).toEqual(["1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"]);
    for (const line of ALL) {
      expect(FLINK_OPTION_CATALOG.releases[line]).toMatch(new RegExp(`^${line.replace(".", "\\.")}\\.\\d+$`));
      expect(FLINK_OPTION_CATALOG.counts[line]).toBe(flinkOptionKeys(line).length);
      expect(FLINK_OPTION_CATALOG.counts[line]).toBeGreaterThan(600);
    }
  });

  it("catalog.ts carries the same data as catalog.json", () => {
    const json = JSON.parse(readFileSync(new URL("../../generated/options/catalog.json", import.meta.url), "utf8"));
    const { $comment, ...data } = json;
    expect($comment).toMatch(/DO NOT EDIT/);
    expect(data).toEqual(FLINK_OPTION_CATALOG);
  });

  it("gives every version of a key to exactly one variant", () => {
    for (const [key, variants] of Object.entries(FLINK_OPTION_CATALOG.options)) {
      let seen = 0;
      for (const v of variants) {
        expect(v.v & seen, key).toBe(0);
        expect(v.v, key).toBeGreaterThan(0);
        seen |= v.v;
      }
      expect(seen < 1 << ALL.length, key).toBe(true);
    }
  });

  it("is sorted by key (deterministic output)", () => {
    const keys = Object.keys(FLINK_OPTION_CATALOG.options);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("accepts patch versions and snapshots in lookups, and nothing outside the covered lines", () => {
    expect(flinkOptionVersionIndex("1.20.3")).toBe(3);
    expect(flinkOptionVersionIndex("2.1-SNAPSHOT")).toBe(5);
    expect(flinkOptionVersionIndex("1.16")).toBe(-1);
    expect(getFlinkOption("parallelism.default", "1.16.3")).toBeUndefined();
    expect(getFlinkOption("no.such.key", "2.3")).toBeUndefined();
    expect(getFlinkOption("toString", "2.3")).toBeUndefined();
  });

  it("records the modules that could not be read, so their options count as unknown there", () => {
    expect(Object.keys(FLINK_OPTION_CATALOG.unavailable["2.1"] ?? {})).toEqual(["flink-statebackend-forst"]);
    expect(Object.keys(FLINK_OPTION_CATALOG.unavailable["1.17"] ?? {})).toEqual(["flink-dstl-dfs"]);
  });
});

describe("facts read from Flink's jars", () => {
  it("execution.checkpointing.interval is a duration in every version; its holder moves to CheckpointingOptions", () => {
    for (const line of ALL) {
      expect(facts("execution.checkpointing.interval", line).type).toBe("duration");
      expect(facts("execution.checkpointing.interval", line).defaultValue).toBeUndefined();
    }
    for (const line of ["1.17", "1.18", "1.19"]) {
      expect(facts("execution.checkpointing.interval", line).holderClass).toBe(
        "org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions",
      );
    }
    // 1.20 declares it in both classes; the old one is @Deprecated, so CheckpointingOptions is the holder.
    expect(facts("execution.checkpointing.interval", "1.20").holderClass).toBe(`${CFG}CheckpointingOptions`);
    expect(facts("execution.checkpointing.interval", "1.20").alsoDeclaredIn).toEqual([
      "org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions",
    ]);
    for (const line of V2) {
      expect(facts("execution.checkpointing.interval", line).holderClass).toBe(`${CFG}CheckpointingOptions`);
      expect(facts("execution.checkpointing.interval", line).alsoDeclaredIn).toEqual([]);
    }
  });

  it("state.backend is the deprecated key of state.backend.type in every version", () => {
    for (const line of ALL) {
      const f = facts("state.backend.type", line);
      expect(f.deprecatedKeys).toEqual(["state.backend"]);
      expect(f.holderClass).toBe(`${CFG}StateBackendOptions`);
      expect(getFlinkOption("state.backend", line)).toBeUndefined();
    }
    expect(facts("state.backend.type", "1.18").defaultValue).toBeUndefined();
    expect(facts("state.backend.type", "1.19").defaultValue).toBe("hashmap");
    expect(facts("state.backend.type", "2.3").defaultValue).toBe("hashmap");
  });

  it("execution.savepoint.path becomes a deprecated key of execution.state-recovery.path in 1.20", () => {
    expect(flinkOptionVersionsOf("execution.state-recovery.path")).toEqual(["1.20", ...V2]);
    for (const line of ["1.20", ...V2]) {
      expect(facts("execution.state-recovery.path", line).deprecatedKeys).toEqual(["execution.savepoint.path"]);
      expect(facts("execution.state-recovery.path", line).holderClass).toBe(`${CFG}StateRecoveryOptions`);
    }
    // Its own row ends with the deprecated SavepointConfigOptions class.
    expect(flinkOptionVersionsOf("execution.savepoint.path")).toEqual(V1);
    expect(facts("execution.savepoint.path", "1.19").deprecated).toBe(false);
    expect(facts("execution.savepoint.path", "1.20").deprecated).toBe(true);
  });

  it("parallelism.default is an int with default 1, job scope, in every version", () => {
    for (const line of ALL) {
      const f = facts("parallelism.default", line);
      expect([f.type, f.defaultValue, f.scope, f.holderClass]).toEqual(["int", "1", "job", `${CFG}CoreOptions`]);
    }
  });

  it("restart-strategy.type is a string with the deprecated key restart-strategy", () => {
    for (const line of ALL) {
      const f = facts("restart-strategy.type", line);
      expect([f.type, f.scope, f.deprecatedKeys]).toEqual(["string", "job", ["restart-strategy"]]);
    }
  });

  it("pipeline.object-reuse is a boolean, default false", () => {
    for (const line of ALL) {
      expect([facts("pipeline.object-reuse", line).type, facts("pipeline.object-reuse", line).defaultValue]).toEqual([
        "boolean",
        "false",
      ]);
    }
  });

  it("pipeline.name is a job-level string without default", () => {
    for (const line of ALL) {
      const f = facts("pipeline.name", line);
      expect([f.type, f.defaultValue, f.scope]).toEqual(["string", undefined, "job"]);
    }
  });

  it("jobmanager.rpc.port is a cluster-level int", () => {
    for (const line of ALL) {
      const f = facts("jobmanager.rpc.port", line);
      expect([f.type, f.defaultValue, f.scope]).toEqual(["int", "6123", "cluster"]);
    }
  });

  it("execution.runtime-mode is an enum STREAMING/BATCH/AUTOMATIC, default STREAMING", () => {
    for (const line of ALL) {
      const f = facts("execution.runtime-mode", line);
      expect([f.type, f.enumValues, f.defaultValue]).toEqual([
        "enum",
        ["STREAMING", "BATCH", "AUTOMATIC"],
        "STREAMING",
      ]);
    }
  });

  it("taskmanager.memory.process.size is a memory size; memory defaults use MemorySize.toString", () => {
    for (const line of ALL) {
      expect(facts("taskmanager.memory.process.size", line).type).toBe("memory");
      expect(facts("taskmanager.memory.process.size", line).scope).toBe("cluster");
    }
    expect(facts("taskmanager.memory.managed.fraction", "2.3").type).toBe("float");
    expect(facts("taskmanager.memory.framework.heap.size", "2.3").defaultValue).toBe("128 mb");
  });

  it("durations use TimeUtils.formatWithHighestUnit and lists are ';'-joined", () => {
    expect(facts("execution.checkpointing.timeout", "2.3").defaultValue).toBe("10 min");
    expect(facts("pekko.ask.timeout", "2.3").defaultValue).toBe("10 s");
    const patterns = facts("classloader.parent-first-patterns.default", "2.3");
    expect([patterns.type, patterns.elementType]).toEqual(["list", "string"]);
    expect(patterns.defaultValue?.split(";")).toContain("org.apache.flink.");
    expect(facts("taskmanager.memory.managed.consumer-weights", "1.20").defaultValue).toBe(
      "OPERATOR:70,STATE_BACKEND:70,PYTHON:30",
    );
  });

  it("has Kubernetes and YARN keys", () => {
    for (const line of ALL) {
      expect(facts("kubernetes.cluster-id", line).holderClass).toBe(
        "org.apache.flink.kubernetes.configuration.KubernetesConfigOptions",
      );
      expect(facts("kubernetes.namespace", line).defaultValue).toBe("default");
      expect(facts("yarn.application.queue", line).holderClass).toBe(
        "org.apache.flink.yarn.configuration.YarnConfigOptions",
      );
    }
  });

  it("has table, RocksDB and ForSt options", () => {
    expect(facts("table.exec.state.ttl", "1.17").holderClass).toBe(
      "org.apache.flink.table.api.config.ExecutionConfigOptions",
    );
    expect(facts("state.backend.rocksdb.timer-service.factory", "1.20").holderClass).toBe(
      "org.apache.flink.contrib.streaming.state.RocksDBOptions",
    );
    expect(facts("state.backend.rocksdb.timer-service.factory", "2.0").holderClass).toBe(
      "org.apache.flink.state.rocksdb.RocksDBOptions",
    );
    expect(flinkOptionKeys("2.3").some((k) => k.startsWith("state.backend.forst."))).toBe(true);
  });

  it("pekko.ask.timeout replaces akka.ask.timeout (1.18), first in AkkaOptions, in RpcOptions from 1.19", () => {
    expect(flinkOptionVersionsOf("akka.ask.timeout")).toEqual(["1.17"]);
    expect(facts("pekko.ask.timeout", "1.18").holderClass).toBe(`${CFG}AkkaOptions`);
    for (const line of ["1.19", "1.20", ...V2]) {
      expect(facts("pekko.ask.timeout", line).holderClass).toBe(`${CFG}RpcOptions`);
      expect(facts("pekko.ask.timeout", line).deprecatedKeys).toEqual(["akka.ask.timeout"]);
    }
  });

  it("records suffix options under their documented prefix and flags sensitive keys", () => {
    expect(facts("metrics.reporter.<name>.factory.class", "2.3").scope).toBe("cluster");
    expect(facts("security.ssl.keystore-password", "2.3").sensitive).toBe(true);
    expect(facts("pipeline.name", "2.3").sensitive).toBe(false);
  });

  it("types the known keys for later typed APIs", () => {
    const kind: FlinkOptionKinds["parallelism.default"] = "int";
    const checkpointKind: FlinkOptionKinds["execution.checkpointing.interval"] = "duration";
    const mode: FlinkOptionEnumValues["execution.runtime-mode"] = "BATCH";
    const key: FlinkOptionKey = "pipeline.object-reuse";
    expect([kind, checkpointKind, mode, key]).toEqual(["int", "duration", "BATCH", "pipeline.object-reuse"]);
  });

  it("copies no description text: every variant has only the known fact fields", () => {
    const allowed = new Set([
      "v",
      "h",
      "f",
      "t",
      "e",
      "n",
      "d",
      "dk",
      "fk",
      "s",
      "dep",
      "x",
      "od",
      "sens",
      "sfx",
      "also",
    ]);
    for (const variants of Object.values(FLINK_OPTION_CATALOG.options)) {
      for (const v of variants) {
        for (const field of Object.keys(v)) {
          expect(allowed.has(field), field).toBe(true);
        }
      }
    }
  });
});
