import { describe, expect, it } from "vitest";
import { CLUSTER_LINES } from "../../scripts/flink-lines.mjs";
import { FlinkInputError } from "../../src/errors.js";
import { flinkOptionCatalog as catalog } from "../../src/options/full-catalog.js";
import { flinkAnswerOf } from "../../src/run/refusal.js";
import { resolveRunConfiguration } from "../../src/run/resolve.js";
import { isAtLeast } from "../../src/versions/flink-version.js";

/** What Flink answers to the input a call refuses (the SDK keeps it beside the error, for the fake). */
function flinkAnswerTo(run: () => unknown): ReturnType<typeof flinkAnswerOf> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FlinkInputError);
    return flinkAnswerOf(error);
  }
  throw new Error("expected the call to be refused");
}

const V = CLUSTER_LINES;

function resolve(version: string, input: Omit<Parameters<typeof resolveRunConfiguration>[0], "flinkVersion">) {
  return resolveRunConfiguration({ flinkVersion: version, ...input });
}

describe.each(V)("resolveRunConfiguration on Flink %s", (version) => {
  // The savepoint options were renamed in 1.20 (StateRecoveryOptions).
  const isNew = isAtLeast(version, "1.20");
  const pathKey = isNew ? "execution.state-recovery.path" : "execution.savepoint.path";
  const ignoreKey = isNew
    ? "execution.state-recovery.ignore-unclaimed-state"
    : "execution.savepoint.ignore-unclaimed-state";
  const claimKey = isNew ? "execution.state-recovery.claim-mode" : "execution.savepoint-restore-mode";

  it("given an option set nowhere, when resolved with the catalog, then the option default shows with source 'default'", () => {
    const r = resolve(version, { catalog });
    expect(r.entries.get("pipeline.object-reuse")).toEqual({
      key: "pipeline.object-reuse",
      value: "false",
      source: "default",
    });
    expect(r.values["pipeline.object-reuse"]).toBeUndefined();
  });

  it("given no catalog, then only the defaults of the keys /run itself reads are shown", () => {
    const r = resolve(version, { kind: "plan" });
    expect(r.entries.get("pipeline.object-reuse")).toBeUndefined();
    expect(r.entries.get(claimKey)).toEqual({ key: claimKey, value: "NO_CLAIM", source: "default" });
  });

  it("given the cluster sets a job option, then the job sees the cluster's value (cluster > default)", () => {
    const r = resolve(version, { clusterConfig: { "pipeline.name": "from-cluster" } });
    expect(r.entries.get("pipeline.name")).toMatchObject({ value: "from-cluster", source: "cluster" });
  });

  it("given the request's flinkConfiguration sets it too, then the request wins key by key (flinkConfiguration > cluster)", () => {
    const r = resolve(version, {
      clusterConfig: { "pipeline.name": "from-cluster", "pipeline.object-reuse": "true" },
      body: { flinkConfiguration: { "pipeline.name": "from-request" } },
    });
    expect(r.entries.get("pipeline.name")).toEqual({
      key: "pipeline.name",
      value: "from-request",
      source: "flinkConfiguration",
      replaced: [{ source: "cluster", value: "from-cluster" }],
    });
    expect(r.values["pipeline.object-reuse"]).toBe("true");
  });

  it("given parallelism in query and flinkConfiguration, then the query wins (query > flinkConfiguration)", () => {
    const r = resolve(version, {
      body: { flinkConfiguration: { "parallelism.default": "3" } },
      query: { parallelism: "5" },
    });
    expect(r.settings.parallelism).toBe(5);
    expect(r.entries.get("parallelism.default")?.source).toBe("query");
    expect(r.diagnostics.map((d) => d.code)).toContain("overridden-by-request-field");
  });

  it("given parallelism in body and query, then the body wins (body > query)", () => {
    const r = resolve(version, { body: { parallelism: 2 }, query: { parallelism: "5" } });
    expect(r.settings.parallelism).toBe(2);
    expect(r.entries.get("parallelism.default")).toMatchObject({ value: "2", source: "body" });
  });

  it("given savepoint settings in all layers, then body > query > flinkConfiguration > cluster", () => {
    const cluster = { [pathKey]: "/sp/cluster", [ignoreKey]: "false" };
    const conf = { [pathKey]: "/sp/conf", [ignoreKey]: "false", [claimKey]: "CLAIM" };
    const fromConf = resolve(version, { clusterConfig: cluster, body: { flinkConfiguration: conf } });
    expect(fromConf.settings.savepoint).toEqual({ path: "/sp/conf", allowNonRestoredState: false, claimMode: "CLAIM" });
    const fromQuery = resolve(version, {
      clusterConfig: cluster,
      body: { flinkConfiguration: conf },
      query: { savepointPath: "/sp/query", allowNonRestoredState: "true" },
    });
    expect(fromQuery.settings.savepoint).toEqual({
      path: "/sp/query",
      allowNonRestoredState: true,
      claimMode: "CLAIM",
    });
    expect(fromQuery.entries.get(pathKey)?.source).toBe("query");
    const fromBody = resolve(version, {
      clusterConfig: cluster,
      body: {
        flinkConfiguration: conf,
        savepointPath: "/sp/body",
        allowNonRestoredState: false,
        ...(isNew ? { claimMode: "NO_CLAIM" } : { restoreMode: "NO_CLAIM" }),
      },
      query: { savepointPath: "/sp/query", allowNonRestoredState: "true" },
    });
    expect(fromBody.settings.savepoint).toEqual({
      path: "/sp/body",
      allowNonRestoredState: false,
      claimMode: "NO_CLAIM",
    });
    expect(fromBody.values[pathKey]).toBe("/sp/body");
  });

  it("given the cluster sets parallelism.default, then /run ignores it and the job gets 1 (the cluster trap)", () => {
    const r = resolve(version, { clusterConfig: { "parallelism.default": "8" } });
    expect(r.settings.parallelism).toBe(1);
    expect(r.entries.get("parallelism.default")).toMatchObject({
      value: "1",
      source: "handler",
      replaced: [{ source: "cluster", value: "8" }],
    });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "cluster-parallelism-ignored" }));
  });

  it("given a non-numeric parallelism.default in the request, then Flink's 500 is reported even with a body parallelism", () => {
    const run = () =>
      resolve(version, { body: { parallelism: 2, flinkConfiguration: { "parallelism.default": "four" } } });
    expect(run).toThrow(FlinkInputError);
    expect(flinkAnswerTo(run)).toMatchObject({ status: 500 });
  });

  it("given forced keys in the request, then the handler's values win and a diagnostic says so", () => {
    const r = resolve(version, {
      body: { flinkConfiguration: { "pipeline.jars": "file:/x.jar", "execution.attached": "true" } },
      jarPath: "/tmp/up/a_job.jar",
    });
    // Flink 2.x writes list options in YAML flow style (seen on real 2.3).
    expect(r.values["pipeline.jars"]).toBe(version === "2.3" ? "['file:/tmp/up/a_job.jar']" : "file:/tmp/up/a_job.jar");
    expect(r.entries.get("pipeline.jars")?.source).toBe("handler");
    expect(r.diagnostics.filter((d) => d.code === "forced-key").map((d) => d.key)).toEqual([
      "pipeline.jars",
      "execution.attached",
    ]);
  });

  it("given cluster keys in the request, then they are reported but kept (Flink accepts them)", () => {
    const r = resolve(version, {
      body: { flinkConfiguration: { "jobmanager.rpc.port": "7000", "taskmanager.foo.bar": "1" } },
    });
    expect(r.values["jobmanager.rpc.port"]).toBe("7000");
    expect(r.diagnostics.filter((d) => d.code === "cluster-scope-key").map((d) => d.key)).toEqual([
      "jobmanager.rpc.port",
      "taskmanager.foo.bar",
    ]);
  });

  it("given clusterKeys: 'drop', then cluster keys are left out; with 'error' they are refused", () => {
    const body = { flinkConfiguration: { "jobmanager.rpc.port": "7000", "pipeline.name": "n" } };
    const dropped = resolve(version, { body, clusterKeys: "drop" });
    expect(dropped.values["jobmanager.rpc.port"]).toBeUndefined();
    expect(dropped.diagnostics).toContainEqual(expect.objectContaining({ code: "cluster-scope-key-dropped" }));
    expect(() => resolve(version, { body, clusterKeys: "error" })).toThrow(/jobmanager\.rpc\.port/);
  });

  it("given a misspelled key and the catalog, then it is reported with the nearest known key", () => {
    const body = { flinkConfiguration: { "execution.checkpointing.intervall": "10 s" } };
    const r = resolve(version, { body, catalog });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: "unknown-key", suggestion: "execution.checkpointing.interval" }),
    );
    expect(r.values["execution.checkpointing.intervall"]).toBe("10 s");
    // Without a catalog nothing can be known about the key, so nothing is claimed.
    expect(resolve(version, { body }).diagnostics).toEqual([]);
  });

  it("given a null value, then it is refused as Flink refuses it (500)", () => {
    const run = () => resolve(version, { body: { flinkConfiguration: { "pipeline.name": null } } });
    expect(run).toThrow(expect.objectContaining({ code: "null-config-value", field: "pipeline.name" }));
    expect(flinkAnswerTo(run)).toMatchObject({ status: 500 });
  });

  it("given an object value, then Flink's 400 is reported", () => {
    expect(
      flinkAnswerTo(() => resolve(version, { body: { flinkConfiguration: { "pipeline.name": { a: 1 } } } })),
    ).toMatchObject({
      status: 400,
    });
  });

  it("given numbers and booleans as values, then they become strings as Flink's mapper makes them", () => {
    const r = resolve(version, {
      body: { flinkConfiguration: { "pipeline.max-parallelism": 64, "pipeline.object-reuse": true } },
    });
    expect(r.values["pipeline.max-parallelism"]).toBe("64");
    expect(r.values["pipeline.object-reuse"]).toBe("true");
  });

  it("given no savepoint path, then restore settings are reset to false/NO_CLAIM by the handler", () => {
    const r = resolve(version, { clusterConfig: { [claimKey]: "CLAIM", [ignoreKey]: "true" } });
    expect(r.settings.savepoint).toBeUndefined();
    expect(r.values[claimKey]).toBe("NO_CLAIM");
    expect(r.values[ignoreKey]).toBe("false");
  });

  it("given an unknown top-level field, then 1.19 refuses it (400) and 1.20+ drops it", () => {
    const run = () => resolve(version, { body: { parallelizm: 2 } });
    if (isNew) {
      expect(run().ignoredFields).toEqual(["parallelizm"]);
    } else {
      expect(run).toThrow(expect.objectContaining({ code: "unknown-field" }));
      expect(flinkAnswerTo(run)).toMatchObject({ status: 400 });
    }
  });

  it("given programArgs and programArgsList together, then Flink's 'Confusing request' 400 is reported (1.x) or programArgs is dropped (2.x)", () => {
    const run = () => resolve(version, { body: { programArgs: "--a 1", programArgsList: ["--b"] } });
    if (version === "2.3") {
      expect(run().settings.programArgs).toEqual(["--b"]);
      expect(run().ignoredFields).toEqual(["programArgs"]);
    } else {
      expect(run).toThrow(expect.objectContaining({ code: "conflicting-fields" }));
    }
  });
});

describe("version-specific rules", () => {
  it("given 1.20+, a deprecated savepoint key in the request loses to the canonical key in the cluster config", () => {
    const r = resolveRunConfiguration({
      flinkVersion: "1.20",
      clusterConfig: { "execution.state-recovery.path": "/sp/cluster" },
      body: { flinkConfiguration: { "execution.savepoint.path": "/sp/request" } },
    });
    expect(r.settings.savepoint?.path).toBe("/sp/cluster");
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "deprecated-key-shadowed",
        key: "execution.savepoint.path",
        suggestion: "execution.state-recovery.path",
      }),
    );
  });

  it("given 1.20+, a deprecated key alone still works and is reported as deprecated", () => {
    const r = resolveRunConfiguration({
      flinkVersion: "2.3",
      body: { flinkConfiguration: { "execution.savepoint.path": "/sp/request" } },
    });
    expect(r.settings.savepoint?.path).toBe("/sp/request");
    expect(r.entries.get("execution.state-recovery.path")?.source).toBe("flinkConfiguration");
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: "deprecated-key", key: "execution.savepoint.path" }),
    );
  });

  it("given 1.19, claimMode is an unknown field (400) and restoreMode is read", () => {
    expect(
      flinkAnswerTo(() => resolveRunConfiguration({ flinkVersion: "1.19", body: { claimMode: "CLAIM" } })),
    ).toMatchObject({
      status: 400,
    });
    const r = resolveRunConfiguration({ flinkVersion: "1.19", body: { savepointPath: "/sp", restoreMode: "CLAIM" } });
    expect(r.settings.savepoint?.claimMode).toBe("CLAIM");
  });

  it("given 1.20+ with both claimMode and restoreMode, claimMode wins", () => {
    const r = resolveRunConfiguration({
      flinkVersion: "1.20",
      body: { savepointPath: "/sp", restoreMode: "CLAIM", claimMode: "NO_CLAIM" },
    });
    expect(r.settings.savepoint?.claimMode).toBe("NO_CLAIM");
  });

  it("given 1.17, an empty body savepointPath still counts as a path; from 1.18 it means none", () => {
    expect(
      resolveRunConfiguration({ flinkVersion: "1.17", body: { savepointPath: "" } }).settings.savepoint?.path,
    ).toBe("");
    expect(
      resolveRunConfiguration({ flinkVersion: "1.18", body: { savepointPath: "" } }).settings.savepoint,
    ).toBeUndefined();
  });

  it("given 1.19 erases configured classpaths and 1.20 keeps them", () => {
    const clusterConfig = { "pipeline.classpaths": "file:/lib/a.jar" };
    expect(resolveRunConfiguration({ flinkVersion: "1.19", clusterConfig }).values["pipeline.classpaths"]).toBe("");
    expect(resolveRunConfiguration({ flinkVersion: "1.20", clusterConfig }).values["pipeline.classpaths"]).toBe(
      "file:/lib/a.jar",
    );
    // 2.x writes lists in YAML flow style and leaves an empty list out (seen on real 2.3).
    const on23 = resolveRunConfiguration({ flinkVersion: "2.3", clusterConfig });
    expect(on23.values["pipeline.classpaths"]).toBe("['file:/lib/a.jar']");
    expect(resolveRunConfiguration({ flinkVersion: "2.3" }).values).not.toHaveProperty("pipeline.classpaths");
  });

  it("given a malformed version, then a typed error names it", () => {
    expect(() => resolveRunConfiguration({ flinkVersion: "latest" })).toThrow(
      expect.objectContaining({ code: "invalid-flink-version" }),
    );
  });

  it("given the cluster config as /jobmanager/config's list, then it is read like a map", () => {
    const r = resolveRunConfiguration({ flinkVersion: "2.3", clusterConfig: [{ key: "pipeline.name", value: "x" }] });
    expect(r.values["pipeline.name"]).toBe("x");
  });

  it("given query parameters, then Flink's parsing rules apply", () => {
    expect(
      flinkAnswerTo(() => resolveRunConfiguration({ flinkVersion: "2.3", query: { parallelism: "abc" } })),
    ).toMatchObject({
      status: 400,
    });
    expect(() => resolveRunConfiguration({ flinkVersion: "2.3", query: { parallelism: "1,2" } })).toThrow(
      /several values/,
    );
    const r = resolveRunConfiguration({
      flinkVersion: "2.3",
      query: { allowNonRestoredState: "yes", savepointPath: "/sp", programArg: "a,b", "entry-class": "x.Y" },
    });
    expect(r.settings).toMatchObject({
      entryClass: "x.Y",
      programArgs: ["a", "b"],
      savepoint: { allowNonRestoredState: false },
    });
  });
});
