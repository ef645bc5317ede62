import { describe, expectTypeOf, it } from "vitest";
import type { components, paths } from "../../generated/schema.js";
import {
  buildRunRequest,
  type ClaimMode,
  createFlinkClient,
  type Diagnostic,
  type FlinkClient,
  type JarRunBody,
  type JobState,
  type ResolvedRun,
  type RunJarResult,
  resolveRunConfiguration,
  runJar,
  type SavepointResult,
  stopWithSavepoint,
  type UploadedJar,
  uploadJar,
  waitForJob,
} from "../../src/index.js";

declare const client: FlinkClient;

describe("the typed client", () => {
  it("types paths, parameters and bodies from the contract", async () => {
    expectTypeOf(createFlinkClient({ baseUrl: "http://localhost:8081" })).toEqualTypeOf<FlinkClient>();
    const { data } = await client.GET("/jobs/{jobid}/config", { params: { path: { jobid: "x" } } });
    expectTypeOf(data).toEqualTypeOf<components["schemas"]["JobConfigInfo"] | undefined>();
    expectTypeOf<NonNullable<typeof data>["jid"]>().toEqualTypeOf<string>();
    // @ts-expect-error Flink's generated spec calls it jobId; the wire name is jid
    data?.jobId;
    // @ts-expect-error unknown path
    await client.GET("/jobz");
    // @ts-expect-error jarid is required
    await client.POST("/jars/{jarid}/run", { body: {} });
    // @ts-expect-error parallelism is an integer, not a string
    await client.POST("/jars/{jarid}/run", { params: { path: { jarid: "a.jar" } }, body: { parallelism: "2" } });
    const params = { path: { jarid: "a.jar" } };
    // @ts-expect-error flinkConfiguration values are strings on the wire
    await client.POST("/jars/{jarid}/run", { params, body: { flinkConfiguration: { a: 1 } } });
  });

  it("types the upload part as a Blob and error bodies as Flink's { errors }", async () => {
    type Upload = NonNullable<paths["/jars/upload"]["post"]["requestBody"]>["content"]["multipart/form-data"];
    expectTypeOf<Upload["jarfile"]>().toEqualTypeOf<Blob>();
    const { error } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid: "a.jar" } }, body: {} });
    expectTypeOf(error).toExtend<{ errors: string[] } | undefined>();
  });
});

describe("the FLIP-256 helpers", () => {
  it("accept typed options and return typed results", async () => {
    const request = buildRunRequest(
      {
        parallelism: 2,
        claimMode: "CLAIM",
        flinkConfiguration: { "pipeline.object-reuse": true, "a.b": 1, c: undefined },
      },
      { flinkVersion: "2.3" },
    );
    expectTypeOf(request.body).toEqualTypeOf<JarRunBody>();
    expectTypeOf(request.diagnostics).toEqualTypeOf<Diagnostic[]>();
    // The built body is what the typed client's run operation takes.
    expectTypeOf(request.body).toExtend<
      NonNullable<paths["/jars/{jarid}/run"]["post"]["requestBody"]>["content"]["application/json"]
    >();
    // @ts-expect-error claim modes are upper case
    buildRunRequest({ claimMode: "claim" }, { flinkVersion: "2.3" });
    // @ts-expect-error objects are not Flink configuration values
    buildRunRequest({ flinkConfiguration: { a: { b: 1 } } }, { flinkVersion: "2.3" });
    // @ts-expect-error the target version is required
    buildRunRequest({}, {});
    expectTypeOf(resolveRunConfiguration({ flinkVersion: "1.20" })).toEqualTypeOf<ResolvedRun>();
    expectTypeOf<ResolvedRun["settings"]["savepoint"]>().toEqualTypeOf<
      { path: string; allowNonRestoredState: boolean; claimMode: ClaimMode } | undefined
    >();
  });

  it("type the job lifecycle helpers", async () => {
    expectTypeOf(uploadJar(client, new Blob())).resolves.toEqualTypeOf<UploadedJar>();
    expectTypeOf(runJar(client, "a.jar", { parallelism: 2 })).resolves.toEqualTypeOf<RunJarResult>();
    expectTypeOf(waitForJob(client, "id", { until: ["FINISHED"] })).resolves.toEqualTypeOf<JobState>();
    expectTypeOf(stopWithSavepoint(client, "id", { drain: true })).resolves.toEqualTypeOf<SavepointResult>();
    // @ts-expect-error not a job state
    waitForJob(client, "id", { until: ["DONE"] });
    // @ts-expect-error a bare string could be a path or contents: never guessed
    uploadJar(client, "job.jar");
  });
});
