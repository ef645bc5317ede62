/**
 * `flinkConfiguration` typed per release line, in the helpers and builders users call: keys of the
 * target line, value kinds of that line, `flinkVersion` limited to the supported lines, and the
 * explicit escapes (`Extra` keys, `untypedFlinkConfiguration`, a version known only at run time).
 */
import { describe, expectTypeOf, it } from "vitest";
import type { FlinkConfiguration2_3 } from "../../generated/options/configuration.js";
import {
  buildPlanRequest,
  buildRunApplicationRequest,
  buildRunRequest,
  createFlinkClient,
  type FlinkConfiguration,
  type RunJarOptions,
  runApplication,
  runJar,
  submitJar,
  untypedFlinkConfiguration,
} from "../../src/index.js";
import { defineFlinkConfiguration } from "../../src/options/index.js";

const flink = createFlinkClient({ baseUrl: "http://localhost:8081" });
const jar = new Blob([]);

describe("runJar, submitJar and runApplication type flinkConfiguration for their flinkVersion", () => {
  it("accept the line's keys with their kinds", async () => {
    await runJar(flink, "a.jar", {
      flinkVersion: "2.3",
      flinkConfiguration: { "execution.checkpointing.interval": "10 s", "pipeline.object-reuse": true },
    });
    await submitJar(flink, jar, {
      flinkVersion: "1.20.3",
      flinkConfiguration: { "execution.savepoint.path": "file:///sp", "heartbeat.interval": "10 s" },
    });
    await submitJar(flink, jar, {
      application: true,
      flinkVersion: "2.3",
      flinkConfiguration: { "execution.runtime-mode": "BATCH" },
    });
    await runApplication(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { "pipeline.name": "n" } });
  });

  it("refuse a misspelled key", async () => {
    await runJar(flink, "a.jar", {
      flinkVersion: "2.3",
      // @ts-expect-error "intervall"
      flinkConfiguration: { "execution.checkpointing.intervall": "10 s" },
    });
    await submitJar(flink, jar, {
      flinkVersion: "2.3",
      // @ts-expect-error "intervall"
      flinkConfiguration: { "execution.checkpointing.intervall": "10 s" },
    });
    await submitJar(flink, jar, {
      application: true,
      flinkVersion: "2.3",
      // @ts-expect-error "intervall"
      flinkConfiguration: { "execution.checkpointing.intervall": "10 s" },
    });
  });

  it("refuse a key the line does not have: new in 2.3, or gone in 2.0", async () => {
    await runJar(flink, "a.jar", {
      flinkVersion: "1.20",
      // @ts-expect-error application-result-store.* came in 2.3
      flinkConfiguration: { "application-result-store.storage-path": "file:///ars" },
    });
    await runJar(flink, "a.jar", {
      flinkVersion: "2.3",
      flinkConfiguration: { "application-result-store.storage-path": "file:///ars" },
    });
    await runJar(flink, "a.jar", {
      flinkVersion: "2.0.1",
      // @ts-expect-error gone in 2.0
      flinkConfiguration: { "execution.checkpointing.force": true },
    });
  });

  it("follow a kind that changed between lines", async () => {
    // heartbeat.interval was a long (ms) up to 1.19 and is a duration since 1.20.
    await runJar(flink, "a.jar", { flinkVersion: "1.19", flinkConfiguration: { "heartbeat.interval": 10_000 } });
    // @ts-expect-error a bare number for a duration
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { "heartbeat.interval": 10_000 } });
  });

  it("refuse a value of the wrong kind", async () => {
    await runJar(flink, "a.jar", {
      flinkVersion: "2.3",
      // @ts-expect-error a boolean for a duration
      flinkConfiguration: { "execution.checkpointing.interval": true },
    });
    await runJar(flink, "a.jar", {
      flinkVersion: "2.3",
      // @ts-expect-error a number for a boolean
      flinkConfiguration: { "pipeline.object-reuse": 1 },
    });
  });

  it("without flinkVersion (asked from the cluster), take the keys of every line", async () => {
    await runJar(flink, "a.jar", {
      flinkConfiguration: { "execution.savepoint.path": "file:///sp", "application-result-store.storage-path": "x" },
    });
    // @ts-expect-error still no misspelled key
    await runJar(flink, "a.jar", { flinkConfiguration: { "execution.checkpointing.intervall": "10 s" } });
    // A version known only at run time: the same.
    const fromEnv: string = "2.3";
    await runJar(flink, "a.jar", { flinkVersion: fromEnv, flinkConfiguration: { "execution.savepoint.path": "x" } });
  });
});

describe("flinkVersion", () => {
  it("takes the supported lines and their releases", () => {
    buildRunRequest({}, { flinkVersion: "1.17" });
    buildRunRequest({}, { flinkVersion: "2.3.0" });
  });

  it("refuses other literals (not assignable to SupportedFlinkVersion)", async () => {
    // @ts-expect-error 3.9 is no Flink line this SDK knows
    await runJar(flink, "a.jar", { flinkVersion: "3.9" });
    // @ts-expect-error nor is 1.16 (no flinkConfiguration on /run before 1.17)
    buildRunRequest({}, { flinkVersion: "1.16" });
  });

  it("a newer line is written as a string on purpose, and gets every line's keys", () => {
    buildRunRequest({ flinkConfiguration: { "pipeline.name": "n" } }, { flinkVersion: "2.4" as string });
  });
});

describe("buildRunRequest, buildRunApplicationRequest and buildPlanRequest", () => {
  it("type flinkConfiguration for the target's version", () => {
    buildRunRequest({ flinkConfiguration: { "heartbeat.interval": 5 } }, { flinkVersion: "1.19" });
    // @ts-expect-error a bare number for a duration in 2.3
    buildRunRequest({ flinkConfiguration: { "heartbeat.interval": 5 } }, { flinkVersion: "2.3" });
    // @ts-expect-error a misspelled key
    buildRunApplicationRequest({ flinkConfiguration: { "pipeline.nam": "n" } }, { flinkVersion: "2.3" });
    // @ts-expect-error gone in 2.0
    buildPlanRequest({ flinkConfiguration: { "execution.checkpointing.force": true } }, { flinkVersion: "2.3" });
  });
});

describe("the escapes, each explicit", () => {
  it("Extra names keys Flink does not know (a literal or a pattern)", async () => {
    const flinkConfiguration = defineFlinkConfiguration<"2.3", "acme.tenant" | `s3.${string}`>({
      "acme.tenant": "blue",
      "s3.endpoint": "http://minio:9000",
      "pipeline.name": "orders",
    });
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration });
  });

  it("untypedFlinkConfiguration passes a map built at run time", async () => {
    const fromWorkflow: Record<string, string | number | boolean> = { "acme.retries": 3, "pipeline.name": "n" };
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: untypedFlinkConfiguration(fromWorkflow) });
    // @ts-expect-error without it, numbers under unknown keys do not type-check
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: fromWorkflow });
  });

  it("a string map (a parsed properties file) is taken as it is", async () => {
    const fromFile: Record<string, string> = { "pipeline.name": "n" };
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: fromFile });
    await runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { ...fromFile, "pipeline.name": "x" } });
  });
});

describe("what the types leave out and mark", () => {
  it("leaves out Flink's internal options", () => {
    expectTypeOf<Extract<keyof FlinkConfiguration2_3, `$internal.${string}`>>().toBeNever();
    // @ts-expect-error Flink sets it itself
    defineFlinkConfiguration<"2.3">({ "$internal.pipeline.job-id": "x" });
  });

  it("types the old spellings Flink still reads (marked deprecated for editors)", () => {
    defineFlinkConfiguration<"2.3">({ "state.backend": "rocksdb", "restart-strategy": "none" });
  });

  it("a line's configuration is assignable to the any-line one, and lines compare without blowing up", () => {
    expectTypeOf<FlinkConfiguration<"2.3">>().toExtend<FlinkConfiguration>();
    expectTypeOf<FlinkConfiguration<"2.3">>().toExtend<FlinkConfiguration<"2.2">>();
    expectTypeOf<RunJarOptions<"2.3">>().toExtend<RunJarOptions>();
  });
});
