/**
 * `flinkConfiguration` in the helpers is typed for the target Flink version: the version's keys
 * with their value kinds, an explicit untyped escape for keys the catalog does not know, and a
 * `flinkVersion` that takes the supported lines (and any string known only at run time).
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  buildPlanRequest,
  buildRunRequest,
  type FlinkClient,
  type FlinkConfiguration,
  type FlinkVersion,
  getFlinkVersion,
  type RunJarOptions,
  runJar,
  type SupportedFlinkVersion,
  submitJar,
  type UntypedFlinkConfiguration,
} from "../../src/index.js";
import type { FLINK_OPTION_VERSIONS } from "../../src/options/index.js";

declare const flink: FlinkClient;
declare const jar: Blob;
type NewestLine = typeof FLINK_OPTION_VERSIONS extends readonly [...unknown[], infer L extends string] ? L : never;

describe("flinkConfiguration in runJar, submitJar, buildRunRequest and buildPlanRequest", () => {
  it("given the version's keys with values of their kinds, then it compiles in every helper", async () => {
    const conf = {
      "execution.checkpointing.interval": "10 s",
      "pipeline.object-reuse": true,
      "parallelism.default": 4,
      "execution.runtime-mode": "BATCH",
      "taskmanager.memory.managed.fraction": 0.4,
      "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
      "pipeline.global-job-parameters.team": "data",
      "pipeline.name": undefined,
    } as const;
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: conf });
    await submitJar(flink, jar, { flinkVersion: "2.3", flinkConfiguration: conf });
    buildRunRequest({ flinkConfiguration: conf }, { flinkVersion: "2.3" });
    buildPlanRequest({ flinkConfiguration: conf }, { flinkVersion: "2.3" });
  });

  it("given a misspelled key, then every helper refuses it", async () => {
    // @ts-expect-error "intervall"
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { "execution.checkpointing.intervall": "10 s" } });
    // @ts-expect-error "intervall"
    await submitJar(flink, jar, { flinkConfiguration: { "execution.checkpointing.intervall": "10 s" } });
    // @ts-expect-error "intervall"
    buildRunRequest({ flinkConfiguration: { "execution.checkpointing.intervall": "10 s" } }, { flinkVersion: "1.20" });
    // @ts-expect-error "intervall"
    buildPlanRequest({ flinkConfiguration: { "execution.checkpointing.intervall": "10 s" } }, { flinkVersion: "1.20" });
  });

  it("given a value of the wrong kind, then it does not compile", async () => {
    // @ts-expect-error a boolean for a duration
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { "execution.checkpointing.interval": true } });
    // @ts-expect-error a bare number for a duration (Flink would read milliseconds): write the unit
    await submitJar(flink, jar, { flinkVersion: "2.3", flinkConfiguration: { "execution.checkpointing.interval": 10 } });
    // @ts-expect-error a number of bytes for a memory size
    buildRunRequest({ flinkConfiguration: { "taskmanager.memory.process.size": 2048 } }, { flinkVersion: "2.3" });
    // @ts-expect-error a boolean for an int
    buildRunRequest({ flinkConfiguration: { "parallelism.default": true } }, { flinkVersion: "2.3" });
    // @ts-expect-error a number for a boolean
    buildRunRequest({ flinkConfiguration: { "pipeline.object-reuse": 1 } }, { flinkVersion: "2.3" });
    // @ts-expect-error a number for a string option
    buildRunRequest({ flinkConfiguration: { "pipeline.name": 1 } }, { flinkVersion: "2.3" });
    // @ts-expect-error a boolean for an enum
    buildRunRequest({ flinkConfiguration: { "execution.runtime-mode": false } }, { flinkVersion: "2.3" });
    // @ts-expect-error an array for a list (Flink answers 400): write "a;b"
    buildRunRequest({ flinkConfiguration: { "pipeline.jars": ["a.jar"] } }, { flinkVersion: "2.3" });
    // @ts-expect-error null (Flink answers 500)
    buildRunRequest({ flinkConfiguration: { "pipeline.name": null } }, { flinkVersion: "2.3" });
  });

  it("given a key the target line does not have, then it does not compile; in a line that has it, it does", async () => {
    await runJar(flink, "a.jar", { flinkVersion: "1.17", flinkConfiguration: { "akka.ask.timeout": "10 s" } });
    // @ts-expect-error akka.* became pekko.* in 1.18; 2.x reads akka.* only as old spellings of pekko.*
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { "akka.ask.timeout": "10 s" } });
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { "pekko.ask.timeout": "10 s" } });
    buildRunRequest({ flinkConfiguration: { "state.backend.incremental": true } }, { flinkVersion: "1.19" });
    // @ts-expect-error renamed execution.checkpointing.incremental in 1.20
    buildRunRequest({ flinkConfiguration: { "state.backend.incremental": true } }, { flinkVersion: "2.0" });
    // @ts-expect-error execution.checkpointing.incremental came in 1.20
    buildRunRequest({ flinkConfiguration: { "execution.checkpointing.incremental": true } }, { flinkVersion: "1.19" });
  });

  it("given a key whose kind changed, then each line takes its own kind", () => {
    // heartbeat.interval: milliseconds (long) until 1.19, a duration from 1.20.
    buildRunRequest({ flinkConfiguration: { "heartbeat.interval": 10_000 } }, { flinkVersion: "1.19" });
    // @ts-expect-error a duration in 1.20: write the unit
    buildRunRequest({ flinkConfiguration: { "heartbeat.interval": 10_000 } }, { flinkVersion: "1.20" });
    buildRunRequest({ flinkConfiguration: { "heartbeat.interval": "10 s" } }, { flinkVersion: "1.20" });
  });

  it("never takes Flink's internal keys", async () => {
    // @ts-expect-error $internal.* is Flink's own (the job id goes in jobId)
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { "$internal.pipeline.job-id": "x" } });
    // @ts-expect-error in no line
    buildRunRequest({ flinkConfiguration: { "$internal.application.main": "a.B" } }, { flinkVersion: "1.17" });
  });
});

describe("the key union: what editors complete", () => {
  type Keys<V extends string> = keyof FlinkConfiguration<V>;

  it("holds no internal key in any line", () => {
    expectTypeOf<Extract<Keys<"1.17">, `$internal.${string}`>>().toBeNever();
    expectTypeOf<Extract<Keys<"2.3">, `$internal.${string}`>>().toBeNever();
    expectTypeOf<Extract<Keys<string>, `$internal.${string}`>>().toBeNever();
  });

  it("holds akka.* where the line declares them, and none in 2.x, where they are only old spellings", () => {
    expectTypeOf<"akka.ask.timeout">().toExtend<Keys<"1.17">>();
    expectTypeOf<Extract<Keys<"2.0">, `akka.${string}`>>().toBeNever();
    expectTypeOf<Extract<Keys<"2.3">, `akka.${string}`>>().toBeNever();
  });

  it("holds suffix options and map entries as patterns", () => {
    expectTypeOf<`metrics.reporter.${string}.factory.class`>().toExtend<Keys<"2.3">>();
    expectTypeOf<`pipeline.global-job-parameters.${string}`>().toExtend<Keys<"2.3">>();
  });
});

describe("flinkVersion", () => {
  it("takes the supported lines and their releases, typing the configuration for that line", () => {
    expectTypeOf<"1.17" | "2.3" | "1.20.3" | "2.0.0">().toExtend<SupportedFlinkVersion>();
    buildRunRequest({ flinkConfiguration: { "akka.ask.timeout": "10 s" } }, { flinkVersion: "1.17.2" });
    // @ts-expect-error 1.20.3 is a 1.20 release: no akka.ask.timeout
    buildRunRequest({ flinkConfiguration: { "akka.ask.timeout": "10 s" } }, { flinkVersion: "1.20.3" });
  });

  it("refuses a literal outside the supported lines", async () => {
    // @ts-expect-error no such line
    await runJar(flink, "a.jar", { flinkVersion: "3.9" });
    // @ts-expect-error older than the supported lines
    await submitJar(flink, jar, { flinkVersion: "1.16" });
    // @ts-expect-error not a version
    buildRunRequest({}, { flinkVersion: "latest" });
    // @ts-expect-error a line is major.minor
    buildPlanRequest({}, { flinkVersion: "2" });
  });

  it("takes any string known only at run time (and a newer line written as one), typed as the newest line", async () => {
    const version: FlinkVersion = await getFlinkVersion(flink);
    await runJar(flink, "a.jar", { flinkVersion: version, flinkConfiguration: { "pipeline.name": "x" } });
    const newer = "3.1" as FlinkVersion;
    buildRunRequest({ flinkConfiguration: { "pipeline.name": "x" } }, { flinkVersion: newer });
    // @ts-expect-error typed as the newest line: still no misspelled keys
    buildRunRequest({ flinkConfiguration: { "pipeline.nmae": "x" } }, { flinkVersion: newer });
    expectTypeOf<FlinkConfiguration<string>>().toEqualTypeOf<FlinkConfiguration<NewestLine>>();
  });

  it("left out, types the configuration for the newest line, or for the line given as a type argument", async () => {
    await runJar(flink, "a.jar", { flinkConfiguration: { "pekko.ask.timeout": "10 s" } });
    // @ts-expect-error the newest line has no akka.*
    await runJar(flink, "a.jar", { flinkConfiguration: { "akka.ask.timeout": "10 s" } });
    await runJar<"1.17">(flink, "a.jar", { flinkConfiguration: { "akka.ask.timeout": "10 s" } });
    await submitJar<"1.19">(flink, jar, { flinkConfiguration: { "heartbeat.interval": 10_000 } });
  });
});

describe("the escape hatch: UntypedFlinkConfiguration", () => {
  it("given keys the catalog does not know in an UntypedFlinkConfiguration, then they spread into a typed map", async () => {
    const custom: UntypedFlinkConfiguration = { "acme.tenant": "blue", "s3.endpoint": "http://minio:9000", retries: 3 };
    await runJar(flink, "a.jar", {
      flinkVersion: "2.3",
      flinkConfiguration: { ...custom, "execution.checkpointing.interval": "10 s" },
    });
    await submitJar(flink, jar, { flinkVersion: "1.20", flinkConfiguration: custom });
    buildRunRequest({ flinkConfiguration: { "pipeline.name": "x", ...custom } }, { flinkVersion: "2.3" });
  });

  it("given a typed literal beside the spread, then its own keys and values are still checked", () => {
    const custom: UntypedFlinkConfiguration = { "acme.tenant": "blue" };
    // @ts-expect-error misspelled beside the spread
    buildRunRequest({ flinkConfiguration: { ...custom, "pipeline.nmae": "x" } }, { flinkVersion: "2.3" });
    // @ts-expect-error a wrong kind beside the spread
    buildRunRequest({ flinkConfiguration: { ...custom, "pipeline.object-reuse": 1 } }, { flinkVersion: "2.3" });
    // @ts-expect-error the escape is explicit: a literal with an unknown key is not taken
    buildRunRequest({ flinkConfiguration: { "acme.tenant": "blue" } }, { flinkVersion: "2.3" });
  });

  it("given a map built at run time, then it is taken as is (its keys are known only then)", () => {
    const fromFile: Record<string, string> = JSON.parse("{}");
    buildRunRequest({ flinkConfiguration: fromFile }, { flinkVersion: "2.3" });
    const options: RunJarOptions = { flinkConfiguration: fromFile };
    buildRunRequest(options, { flinkVersion: "2.3" });
  });
});
