import { describe, expectTypeOf, it } from "vitest";
import type { components, paths } from "../../generated/schema.js";
import {
  buildRunRequest,
  type ClaimMode,
  cancelJob,
  createFlinkClient,
  type Diagnostic,
  type FlinkClient,
  type FlinkRequestOptions,
  getFlinkVersion,
  type JarRunBody,
  type JobState,
  type ResolvedRun,
  type RunJarResult,
  rescaleJob,
  resolveRunConfiguration,
  runJar,
  type SavepointResult,
  stopWithSavepoint,
  submitJar,
  triggerCheckpoint,
  triggerSavepoint,
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

  it("types the upload part as a Blob and error bodies as Flink's { errors }, or a proxy's text (502)", async () => {
    type Upload = NonNullable<paths["/jars/upload"]["post"]["requestBody"]>["content"]["multipart/form-data"];
    expectTypeOf<Upload["jarfile"]>().toEqualTypeOf<Blob>();
    const { error } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid: "a.jar" } }, body: {} });
    expectTypeOf(error).toEqualTypeOf<{ errors: string[] } | string | undefined>();
  });
});

describe("the FLIP-256 helpers", () => {
  it("accept typed options and return typed results", async () => {
    const request = buildRunRequest(
      {
        parallelism: 2,
        claimMode: "CLAIM",
        flinkConfiguration: { "pipeline.object-reuse": true, "pipeline.name": undefined },
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

describe("per-call request options", () => {
  it("given any client call, then timeoutMs, retry and signal are typed options of that call", async () => {
    const signal = new AbortController().signal;
    await client.GET("/jobs/overview", { timeoutMs: 2_000, retry: false, signal });
    await client.GET("/jobs/{jobid}", {
      params: { path: { jobid: "x" } },
      retry: { maxRetries: 5, initialDelayMs: 10 },
    });
    await client.POST("/jars/{jarid}/run", { params: { path: { jarid: "a.jar" } }, body: {}, timeoutMs: 0 });
    await client.PATCH("/jobs/{jobid}", { params: { path: { jobid: "x" }, query: { mode: "cancel" } }, retry: false });
    await client.DELETE("/jars/{jarid}", { params: { path: { jarid: "a.jar" } }, timeoutMs: 1 });
    // @ts-expect-error a timeout is a number of milliseconds
    await client.GET("/jobs/overview", { timeoutMs: "2s" });
    // @ts-expect-error retry is an options object, or false for none
    await client.GET("/jobs/overview", { retry: "never" });
    // @ts-expect-error retry counts are numbers
    await client.GET("/jobs/overview", { retry: { maxRetries: "3" } });
    // @ts-expect-error a signal is an AbortSignal
    await client.GET("/jobs/overview", { signal: "stop" });
    // The path's required parameters stay required next to the call options.
    // @ts-expect-error params is required for /jobs/{jobid}
    await client.GET("/jobs/{jobid}", { timeoutMs: 1 });
  });

  it("given any helper, then it takes the same options", () => {
    const call: FlinkRequestOptions = {
      timeoutMs: 1_000,
      retry: { maxRetries: 1 },
      signal: new AbortController().signal,
    };
    expectTypeOf(uploadJar(client, new Blob(), call)).resolves.toEqualTypeOf<UploadedJar>();
    expectTypeOf(runJar(client, "a.jar", call)).resolves.toEqualTypeOf<RunJarResult>();
    submitJar(client, new Blob(), call);
    waitForJob(client, "id", call);
    cancelJob(client, "id", call);
    triggerSavepoint(client, "id", call);
    stopWithSavepoint(client, "id", call);
    triggerCheckpoint(client, "id", call);
    rescaleJob(client, "id", 2, call);
    getFlinkVersion(client, call);
    // @ts-expect-error retry false or options, nothing else
    runJar(client, "a.jar", { retry: 3 });
    // @ts-expect-error a timeout is a number
    waitForJob(client, "id", { timeoutMs: "1 min" });
  });
});
