import { describe, expect, it } from "vitest";
import { FlinkInputError } from "../../src/errors.js";
import { untypedFlinkConfiguration } from "../../src/options/untyped-configuration.js";
import { buildPlanRequest, buildRunRequest } from "../../src/run/build.js";

describe("buildRunRequest", () => {
  it("given no flinkConfiguration, then the body is exactly a plain submission's body", () => {
    const { body } = buildRunRequest(
      {
        entryClass: "a.B",
        programArgs: ["--x", "1"],
        parallelism: 2,
        savepointPath: "/sp",
        allowNonRestoredState: true,
      },
      { flinkVersion: "1.16" as string },
    );
    expect(body).toEqual({
      entryClass: "a.B",
      programArgsList: ["--x", "1"],
      parallelism: 2,
      savepointPath: "/sp",
      allowNonRestoredState: true,
    });
    expect(buildRunRequest({}, { flinkVersion: "2.3" }).body).toEqual({});
  });

  it("given values of several types, then they are sent as strings", () => {
    const { body } = buildRunRequest(
      {
        flinkConfiguration: {
          "pipeline.max-parallelism": 128,
          "pipeline.object-reuse": true,
          "pipeline.name": "n",
          ...untypedFlinkConfiguration({ skip: undefined }),
        },
      },
      { flinkVersion: "2.3" },
    );
    expect(body.flinkConfiguration).toEqual({
      "pipeline.max-parallelism": "128",
      "pipeline.object-reuse": "true",
      "pipeline.name": "n",
    });
  });

  it("given a claim mode, then 1.20+ gets claimMode and 1.15–1.19 restoreMode", () => {
    expect(buildRunRequest({ claimMode: "CLAIM", savepointPath: "/s" }, { flinkVersion: "1.20" }).body).toMatchObject({
      claimMode: "CLAIM",
    });
    const old = buildRunRequest({ claimMode: "CLAIM", savepointPath: "/s" }, { flinkVersion: "1.19.3" }).body;
    expect(old).toMatchObject({ restoreMode: "CLAIM" });
    expect(old).not.toHaveProperty("claimMode");
    expect(() => buildRunRequest({ claimMode: "CLAIM" }, { flinkVersion: "1.14" as string })).toThrow(
      expect.objectContaining({ code: "unsupported-by-version", field: "claimMode" }),
    );
  });

  it("given flinkConfiguration for Flink 1.16, then a clear error says it came in 1.17", () => {
    expect(() =>
      buildRunRequest({ flinkConfiguration: { "pipeline.name": "x" } }, { flinkVersion: "1.16" as string }),
    ).toThrow(expect.objectContaining({ code: "unsupported-by-version", message: expect.stringContaining("1.17") }));
  });

  it.each([
    [{ flinkConfiguration: { "pipeline.name": null } }, "null-config-value", "pipeline.name"],
    [{ flinkConfiguration: { "pipeline.name": { a: 1 } } }, "invalid-config-value", "pipeline.name"],
    [{ flinkConfiguration: { "pipeline.name": ["a"] } }, "invalid-config-value", "pipeline.name"],
    [
      { flinkConfiguration: { "pipeline.max-parallelism": Number.NaN } },
      "invalid-config-value",
      "pipeline.max-parallelism",
    ],
    [{ flinkConfiguration: { "": "x" } }, "invalid-config-value", ""],
    [{ flinkConfiguration: "a=b" }, "invalid-field", "flinkConfiguration"],
    [{ parallelism: 0 }, "invalid-field", "parallelism"],
    [{ parallelism: -1 }, "invalid-field", "parallelism"],
    [{ parallelism: 1.5 }, "invalid-field", "parallelism"],
    [{ jobId: "xyz" }, "invalid-field", "jobId"],
    [{ entryClass: "" }, "invalid-field", "entryClass"],
    [{ programArgs: "--a 1" }, "invalid-field", "programArgs"],
    [{ programArgs: [1] }, "invalid-field", "programArgs"],
    [{ savepointPath: "" }, "invalid-field", "savepointPath"],
    [{ allowNonRestoredState: "yes" }, "invalid-field", "allowNonRestoredState"],
    [{ claimMode: "claim" }, "invalid-field", "claimMode"],
  ])("given bad input %j, then a FlinkInputError %s names %s", (options, code, field) => {
    let error: unknown;
    try {
      buildRunRequest(options as never, { flinkVersion: "2.3" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FlinkInputError);
    expect(error).toMatchObject({ code, field, name: "FlinkInputError" });
    expect((error as Error).message).toContain(field || "empty key");
  });

  it("given a malformed version, then a typed error names it before anything else", () => {
    expect(() => buildRunRequest({}, { flinkVersion: "two" as string })).toThrow(
      expect.objectContaining({ code: "invalid-flink-version" }),
    );
  });

  it("given cluster keys, then they are reported by default, dropped with 'drop', refused with 'error'", () => {
    const options = { flinkConfiguration: { "rest.port": 9999, "pipeline.name": "n" } };
    expect(buildRunRequest(options, { flinkVersion: "2.3" }).diagnostics).toContainEqual(
      expect.objectContaining({ code: "cluster-scope-key", key: "rest.port" }),
    );
    const dropped = buildRunRequest(options, { flinkVersion: "2.3", clusterKeys: "drop" });
    expect(dropped.body.flinkConfiguration).toEqual({ "pipeline.name": "n" });
    expect(dropped.diagnostics).toContainEqual(
      expect.objectContaining({ code: "cluster-scope-key-dropped", key: "rest.port" }),
    );
    expect(() => buildRunRequest(options, { flinkVersion: "2.3", clusterKeys: "error" })).toThrow(
      expect.objectContaining({ code: "cluster-scope-key", field: "rest.port" }),
    );
  });

  it("given only cluster keys dropped, then no empty flinkConfiguration is sent", () => {
    const { body } = buildRunRequest(
      { flinkConfiguration: { "rest.port": 1 } },
      { flinkVersion: "1.16" as string, clusterKeys: "drop" },
    );
    expect(body).toEqual({});
  });

  it("given the cluster config, then diagnostics include the parallelism trap", () => {
    const { diagnostics } = buildRunRequest({}, { flinkVersion: "2.3", clusterConfig: { "parallelism.default": "4" } });
    expect(diagnostics.map((d) => d.code)).toEqual(["cluster-parallelism-ignored"]);
  });

  it("given a job id in upper case, then it is sent in Flink's lower-case form", () => {
    expect(buildRunRequest({ jobId: "ABCDEF0123456789ABCDEF0123456789" }, { flinkVersion: "2.3" }).body.jobId).toBe(
      "abcdef0123456789abcdef0123456789",
    );
  });
});

describe("buildPlanRequest", () => {
  it("given plan options, then only plan fields are sent", () => {
    const { body } = buildPlanRequest(
      { parallelism: 3, flinkConfiguration: { "pipeline.name": "p" } },
      { flinkVersion: "2.3" },
    );
    expect(body).toEqual({ parallelism: 3, flinkConfiguration: { "pipeline.name": "p" } });
  });
});
