import { describe, expectTypeOf, it } from "vitest";
import { buildRunRequest, type OptionCatalog } from "../../src/index.js";
import {
  defineFlinkConfiguration,
  type FlinkConfiguration,
  FlinkOptions,
  type FlinkOptionValue,
  flinkOptionCatalog,
} from "../../src/options/index.js";

describe("FlinkConfiguration: keys", () => {
  it("accepts known keys, suffix options by pattern and map entries in prefix notation", () => {
    const conf: FlinkConfiguration<"2.3"> = {
      "execution.checkpointing.interval": "10 s",
      "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
      "pipeline.global-job-parameters.team": "data",
      "kubernetes.jobmanager.annotations.owner": "me",
    };
    void conf;
  });

  it("refuses a misspelled key", () => {
    // @ts-expect-error "intervall" is not a Flink option
    const typo: FlinkConfiguration<"2.3"> = { "execution.checkpointing.intervall": "10 s" };
    void typo;
  });

  it("allows keys Flink does not know only when named: a literal or a pattern", () => {
    const mine: FlinkConfiguration<"2.3", "acme.tenant" | `acme.feature.${string}`> = {
      "acme.tenant": "blue",
      "acme.feature.x": true,
      "pipeline.name": "orders",
    };
    void mine;
    // @ts-expect-error still no room for other unknown keys
    const other: FlinkConfiguration<"2.3", "acme.tenant"> = { "acme.tenent": "blue" };
    void other;
    defineFlinkConfiguration<"2.3", "acme.tenant">({ "acme.tenant": "blue" });
    // @ts-expect-error an unnamed unknown key
    defineFlinkConfiguration({ "acme.tenant": "blue" });
  });
});

describe("FlinkConfiguration: values follow what Flink reads", () => {
  it("a duration takes a string, not a boolean nor a bare number (which Flink reads as milliseconds)", () => {
    expectTypeOf<FlinkOptionValue<"execution.checkpointing.interval">>().toEqualTypeOf<string>();
    defineFlinkConfiguration({ "execution.checkpointing.interval": "10 s" });
    defineFlinkConfiguration({ "execution.checkpointing.interval": "PT10S" });
    // @ts-expect-error a boolean for a duration
    defineFlinkConfiguration({ "execution.checkpointing.interval": true });
    // @ts-expect-error a bare number for a duration: write the unit
    defineFlinkConfiguration({ "execution.checkpointing.interval": 10_000 });
  });

  it("a memory size takes a string", () => {
    defineFlinkConfiguration({ "taskmanager.memory.process.size": "2 gb" });
    // @ts-expect-error a number of bytes: write the unit
    defineFlinkConfiguration({ "taskmanager.memory.process.size": 2048 });
  });

  it("numeric options take numbers or strings, booleans booleans or strings", () => {
    expectTypeOf<FlinkOptionValue<"parallelism.default">>().toEqualTypeOf<number | string>();
    expectTypeOf<FlinkOptionValue<"pipeline.object-reuse">>().toEqualTypeOf<boolean | string>();
    defineFlinkConfiguration({ "parallelism.default": 4, "pipeline.object-reuse": true });
    defineFlinkConfiguration({ "parallelism.default": "4", "pipeline.object-reuse": "TRUE" });
    // @ts-expect-error a boolean for an int
    defineFlinkConfiguration({ "parallelism.default": true });
    // @ts-expect-error a number for a boolean
    defineFlinkConfiguration({ "pipeline.object-reuse": 1 });
    // @ts-expect-error a number for a string option
    defineFlinkConfiguration({ "pipeline.name": 1 });
  });

  it("enum options offer their constants and take any string (Flink matches any case)", () => {
    expectTypeOf<"BATCH">().toExtend<FlinkOptionValue<"execution.runtime-mode">>();
    expectTypeOf<"batch">().toExtend<FlinkOptionValue<"execution.runtime-mode">>();
    defineFlinkConfiguration({ "execution.runtime-mode": "STREAMING" });
    // @ts-expect-error not a boolean
    defineFlinkConfiguration({ "execution.runtime-mode": false });
  });

  it("a key whose kind changed between versions takes either kind", () => {
    // client.heartbeat.interval was a long (ms) and became a duration.
    expectTypeOf<FlinkOptionValue<"client.heartbeat.interval">>().toEqualTypeOf<number | string>();
  });

  it("null, objects and arrays are refused, as Flink refuses them", () => {
    // @ts-expect-error Flink answers 500 for null
    defineFlinkConfiguration({ "pipeline.name": null });
    // @ts-expect-error Flink answers 400 for an array: write "a;b"
    defineFlinkConfiguration({ "pipeline.jars": ["a.jar"] });
  });

  it("a typed configuration goes straight into buildRunRequest", () => {
    const flinkConfiguration = defineFlinkConfiguration({ "pipeline.name": "orders", "parallelism.default": 2 });
    buildRunRequest({ flinkConfiguration }, { flinkVersion: "2.3", catalog: flinkOptionCatalog });
  });
});

describe("FlinkOptions constants", () => {
  it("are keyed by Flink's own names and carry the option's kind", () => {
    expectTypeOf(
      FlinkOptions["execution.checkpointing.interval"].key,
    ).toEqualTypeOf<"execution.checkpointing.interval">();
    expectTypeOf(FlinkOptions["execution.checkpointing.interval"].kind).toEqualTypeOf<"duration">();
    expectTypeOf(FlinkOptions["execution.runtime-mode"].enumValues).toEqualTypeOf<
      readonly ("AUTOMATIC" | "BATCH" | "STREAMING")[]
    >();
    // @ts-expect-error no camelCase aliases
    void FlinkOptions.executionCheckpointingInterval;
    const conf: FlinkConfiguration = { [FlinkOptions["pipeline.name"].key]: "orders" };
    void conf;
  });

  it("the catalog implements the core's OptionCatalog", () => {
    expectTypeOf(flinkOptionCatalog).toEqualTypeOf<OptionCatalog>();
  });
});
