import { describe, expect, it } from "vitest";
import { FlinkInputError } from "../../src/errors.js";
import { flinkOptionCatalog as catalog } from "../../src/options/full-catalog.js";
import { FlinkConfigurationError, validateFlinkConfiguration } from "../../src/options/validate.js";
import { buildRunRequest } from "../../src/run/build.js";
import { mergeDiagnostics } from "../../src/run/findings.js";
import { resolveRunConfiguration } from "../../src/run/resolve.js";
import { PARSE_TABLE } from "../fixtures/parse-table.js";
import { VALUE_TABLE } from "../fixtures/value-table.js";

function validate(config: Record<string, unknown>, flinkVersion = "2.3", extra: object = {}) {
  return validateFlinkConfiguration(config, { flinkVersion, catalog, ...extra });
}

function only(config: Record<string, unknown>, flinkVersion = "2.3", extra: object = {}) {
  const findings = validate(config, flinkVersion, extra);
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe("validateFlinkConfiguration: keys", () => {
  it("given a misspelled key, then unknown-key (error) with the closest keys of that version", () => {
    expect(only({ "execution.checkpointing.intervall": "10s" })).toMatchObject({
      code: "unknown-key",
      severity: "error",
      key: "execution.checkpointing.intervall",
      suggestion: "execution.checkpointing.interval",
      suggestions: expect.arrayContaining(["execution.checkpointing.interval"]),
    });
  });

  it("given a key that comes in a later version, then it names that version and the old spelling to use", () => {
    const d = only({ "execution.checkpointing.dir": "s3://cp" }, "1.19");
    expect(d).toMatchObject({ code: "unknown-key", severity: "error", suggestion: "state.checkpoints.dir" });
    expect(d?.existsIn).toEqual(["1.20", "2.0", "2.1", "2.2", "2.3"]);
    expect(d?.message).toContain("comes with Flink 1.20");
  });

  it("given a key removed in this version, then it says so and in which versions it existed", () => {
    const d = only({ "execution.checkpointing.force": "true" }, "2.0");
    expect(d).toMatchObject({ code: "unknown-key", severity: "error", existsIn: ["1.17", "1.18", "1.19", "1.20"] });
    expect(d?.message).toContain("removed after Flink 1.20");
  });

  it("given a key nothing in Flink resembles, then only an info: the job's main() may read it", () => {
    expect(only({ "acme.tenant": "blue" })).toMatchObject({ code: "unknown-key", severity: "info" });
  });

  it("given a deprecated spelling, then deprecated-key with the replacement", () => {
    expect(only({ "state.backend": "rocksdb" })).toMatchObject({
      code: "deprecated-key",
      severity: "warning",
      suggestion: "state.backend.type",
    });
  });

  it("given an old spelling while the cluster sets the canonical key, then it is shadowed (error)", () => {
    const d = only({ "execution.savepoint.path": "/sp/request" }, "1.20", {
      clusterConfig: { "execution.state-recovery.path": "/sp/cluster" },
    });
    expect(d).toMatchObject({
      code: "deprecated-key-shadowed",
      severity: "error",
      suggestion: "execution.state-recovery.path",
    });
    expect(d?.message).toContain("cluster configuration");
  });

  it("given both spellings in the request, then the old one is shadowed by the request", () => {
    const findings = validate({ "state.backend": "rocksdb", "state.backend.type": "hashmap" });
    expect(findings).toEqual([
      expect.objectContaining({
        code: "deprecated-key-shadowed",
        key: "state.backend",
        message: expect.stringContaining("this request"),
      }),
    ]);
  });

  it("given cluster, forced and application-mode keys, then each is reported as ineffective", () => {
    const findings = validate({
      "jobmanager.rpc.port": "7000",
      "pipeline.jars": "file:/x.jar",
      "$internal.application.main": "a.B",
      "pipeline.name": "ok",
    });
    expect(findings.map((d) => [d.key, d.code])).toEqual([
      ["jobmanager.rpc.port", "cluster-scope-key"],
      ["pipeline.jars", "forced-key"],
      ["$internal.application.main", "ignored-key"],
    ]);
  });

  it("given suffix options, map entries in prefix notation and keys of modules the catalog does not read, then nothing", () => {
    expect(
      validate({
        "pipeline.global-job-parameters.team": "data",
        "execution.runtime-mode": "batch",
        "python.fn-execution.bundle.size": "1000",
        "s3.access-key": "x",
        "table.exec.state.ttl": "1 h",
      }),
    ).toEqual([]);
    expect(validate({ "metrics.reporter.prom.factory.class": "x" }).map((d) => d.code)).toEqual(["cluster-scope-key"]);
  });

  it("given a version newer than the catalog, then its newest line is used and unknown keys are only info", () => {
    const d = only({ "execution.checkpointing.intervall": "10s" }, "2.4-SNAPSHOT");
    expect(d).toMatchObject({ code: "unknown-key", severity: "info", suggestion: "execution.checkpointing.interval" });
    expect(d?.message).toContain("covers Flink up to 2.3");
  });

  it("given no catalog, then nothing is reported that needs one", () => {
    const config = { "execution.checkpointing.intervall": "10s", "pipeline.object-reuse": "yes", "rest.port": "1" };
    expect(validateFlinkConfiguration(config, { flinkVersion: "2.3" }).map((d) => d.code)).toEqual([
      "cluster-scope-key",
    ]);
    // A catalog that does not cover the version counts as none.
    expect(validate(config, "1.16").map((d) => d.code)).toEqual(["cluster-scope-key"]);
  });
});

describe("validateFlinkConfiguration: values", () => {
  it("given values Flink refuses to read, then invalid-value, an error where the job reads the key", () => {
    const findings = validate({
      "pipeline.object-reuse": "yes",
      "execution.checkpointing.interval": "10 sekunden",
      "taskmanager.memory.process.size": "1.5g",
    });
    expect(findings).toEqual([
      expect.objectContaining({ key: "pipeline.object-reuse", code: "invalid-value", severity: "error" }),
      expect.objectContaining({ key: "execution.checkpointing.interval", code: "invalid-value", severity: "error" }),
      expect.objectContaining({ key: "taskmanager.memory.process.size", code: "cluster-scope-key" }),
      // A cluster key is never read by the job: a bad value there is only a warning.
      expect.objectContaining({ key: "taskmanager.memory.process.size", code: "invalid-value", severity: "warning" }),
    ]);
  });

  it("given an ISO-8601 duration, then only lines before 2.1 refuse it, with a hint", () => {
    expect(validate({ "execution.checkpointing.interval": "PT10S" }, "2.1")).toEqual([]);
    expect(only({ "execution.checkpointing.interval": "PT10S" }, "2.0")?.message).toContain("from Flink 2.1 on");
  });

  it("given numbers and booleans, then they are checked as the strings Flink receives", () => {
    expect(validate({ "parallelism.default": 4, "pipeline.object-reuse": true, "pipeline.name": 7 })).toEqual([]);
    expect(only({ "parallelism.default": 1.5 })).toMatchObject({ code: "invalid-value" });
  });

  it("given null, objects, arrays or NaN, then unsupported-value-type (Flink answers 500 or 400)", () => {
    const findings = validate({
      "pipeline.name": null,
      a: { b: 1 },
      "pipeline.jars": ["x"],
      "parallelism.default": NaN,
    });
    expect(findings.filter((d) => d.code === "unsupported-value-type").map((d) => d.key)).toEqual([
      "pipeline.name",
      "a",
      "pipeline.jars",
      "parallelism.default",
    ]);
    expect(findings.every((d) => d.code !== "unsupported-value-type" || d.severity === "error")).toBe(true);
  });

  it("given undefined, then the key is skipped (no opinion)", () => {
    expect(validate({ "pipeline.nmae": undefined })).toEqual([]);
  });

  it("agrees with Flink's own classes on every probed value (lenient only on YAML-form lists and maps)", () => {
    const wrong: string[] = [];
    for (const row of PARSE_TABLE) {
      const findings = validate({ [row.key]: row.value }, row.version);
      const accepted = !findings.some((d) => d.code === "invalid-value");
      const yamlForm = /^\s*[[{-]|:\s/.test(row.value);
      if (accepted !== row.valid && !(accepted && yamlForm)) {
        wrong.push(`${row.version} ${row.key} ${JSON.stringify(row.value)}: Flink ${row.valid}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("never refuses a value Flink reads, on the keys Flink reads while /run submits", () => {
    expect(VALUE_TABLE.length).toBeGreaterThan(300);
    for (const row of VALUE_TABLE) {
      const invalid = validate({ [row.key]: row.value }, row.version).some((d) => d.code === "invalid-value");
      expect(invalid, `${row.version} ${row.key} ${JSON.stringify(row.value)}`).toBe(!row.valid);
    }
  });
});

describe("validation in the resolver and the request builder", () => {
  const flinkConfiguration = {
    "execution.checkpointing.intervall": "10 s",
    "pipeline.object-reuse": "yes",
    "jobmanager.rpc.port": "7000",
  };

  it("warn (default): findings join the resolver's, one per key and code", () => {
    const r = resolveRunConfiguration({
      flinkVersion: "2.3",
      body: { flinkConfiguration, parallelism: 2 },
      catalog,
    });
    expect(r.diagnostics.map((d) => [d.key, d.code])).toEqual([
      ["execution.checkpointing.intervall", "unknown-key"],
      ["pipeline.object-reuse", "invalid-value"],
      ["jobmanager.rpc.port", "cluster-scope-key"],
    ]);
    const { diagnostics } = buildRunRequest(
      { flinkConfiguration: { ...flinkConfiguration, "parallelism.default": "3" }, parallelism: 2 },
      { flinkVersion: "2.3", catalog },
    );
    const ids = diagnostics.map((d) => `${d.key} ${d.code}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("parallelism.default overridden-by-request-field");
  });

  it("error: a FlinkInputError (invalid-config) names every key with an error, and nothing is built", () => {
    let error: unknown;
    try {
      buildRunRequest({ flinkConfiguration }, { flinkVersion: "2.3", catalog, validation: "error" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FlinkInputError);
    expect(error).toBeInstanceOf(FlinkConfigurationError);
    expect(error).toMatchObject({ code: "invalid-config", field: "execution.checkpointing.intervall" });
    const message = (error as Error).message;
    expect(message).toContain('"execution.checkpointing.intervall"');
    expect(message).toContain('"pipeline.object-reuse"');
    expect(message).not.toContain('"jobmanager.rpc.port"'); // a warning, not an error
    expect((error as FlinkConfigurationError).diagnostics.map((d) => d.severity)).toEqual([
      "error",
      "error",
      "warning",
    ]);
    // Warnings alone never throw.
    expect(() =>
      buildRunRequest(
        { flinkConfiguration: { "rest.port": "1" } },
        { flinkVersion: "2.3", catalog, validation: "error" },
      ),
    ).not.toThrow();
  });

  it("off: key-by-key findings are skipped, the request-level ones stay", () => {
    const { diagnostics } = buildRunRequest(
      { flinkConfiguration: { ...flinkConfiguration, "parallelism.default": "3" }, parallelism: 2 },
      { flinkVersion: "2.3", catalog, validation: "off" },
    );
    expect(diagnostics.map((d) => d.code)).toEqual(["overridden-by-request-field"]);
  });

  it("what Flink itself fails on still throws in every mode (a non-numeric parallelism.default is a 500)", () => {
    for (const validation of ["warn", "off", "error"] as const) {
      expect(() =>
        resolveRunConfiguration({
          flinkVersion: "2.3",
          body: { flinkConfiguration: { "parallelism.default": "four" } },
          validation,
        }),
      ).toThrow(expect.objectContaining({ code: "invalid-config-value" }));
    }
  });

  it("mergeDiagnostics keeps the first finding per key and code", () => {
    const a = { code: "unknown-key", severity: "error", key: "k", message: "first" } as const;
    const b = { ...a, message: "second" };
    const c = { ...a, code: "invalid-value" } as const;
    expect(mergeDiagnostics([a], [b, c]).map((d) => d.message)).toEqual(["first", "first"]);
    expect(mergeDiagnostics([a], [b, c])).toHaveLength(2);
  });
});
