/**
 * The testing kit of flink-rest-client/msw as a downstream test uses it: the request log, faults,
 * job control and reset, through the SDK's own helpers (what a user's code calls).
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createFlinkClient,
  FlinkApiError,
  FlinkConnectionError,
  FlinkJobFailedError,
  FlinkOperationError,
  FlinkServiceUnavailableError,
  submitJar,
  triggerSavepoint,
  uploadJar,
  waitForJob,
} from "../../src/index.js";
import { createFlinkMock, LEADER_ELECTION_MESSAGE } from "../../src/msw/index.js";
import { emptyJar } from "../support/flink-mock-server.js";

const mock = createFlinkMock({ flinkVersion: "2.3", clusterConfig: { "parallelism.default": "4" } });
const server = setupServer(...mock.handlers);
const flink = createFlinkClient({ baseUrl: mock.baseUrl, retry: { initialDelayMs: 1, maxDelayMs: 2 } });

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => mock.reset());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("the request log", () => {
  it("given a submission, then the upload, the exact flinkConfiguration sent and the configuration main() got are logged", async () => {
    const { jobId } = await submitJar(flink, emptyJar("orders.jar"), {
      flinkConfiguration: { "pipeline.name": "orders", "execution.checkpointing.interval": "10 s" },
      parallelism: 2,
    });
    const [upload] = mock.requests.uploads();
    expect(upload?.files).toEqual([{ name: "orders.jar", size: 22 }]);
    expect(upload?.status).toBe(200);
    const [run] = mock.requests.runs();
    expect(run?.flinkConfiguration).toEqual({
      "pipeline.name": "orders",
      "execution.checkpointing.interval": "10 s",
    });
    expect(run?.jobId).toBe(jobId);
    expect(run?.configuration).toMatchObject({ "parallelism.default": "2", "execution.target": "embedded" });
    expect(run?.path).toMatch(/^\/jars\/.+_orders\.jar\/run$/);
    await waitForJob(flink, jobId);
    // Waits share one /jobs/overview poll per client (the fleet watcher), none about the job itself.
    expect(mock.requests.last("getJobsOverview")?.status).toBe(200);
    expect(mock.requests.jobRequests(jobId)).toEqual([]);
    await flink.GET("/jobs/{jobid}/status", { params: { path: { jobid: jobId } } });
    expect(mock.requests.jobRequests(jobId).map((r) => r.operation)).toEqual(["getJobStatus"]);
  });

  it("given an application (2.3), then its run is logged with the configuration main() got, its application and its first job", async () => {
    const { applicationId, application } = await submitJar(flink, emptyJar("batch.jar"), {
      application: true,
      flinkConfiguration: { "pipeline.name": "nightly" },
      wait: true,
    });
    expect(mock.requests.runs()).toEqual([]);
    const [run] = mock.requests.runs({ applications: true });
    expect(run).toMatchObject({ operation: "runJarApplication", applicationId, status: 202 });
    expect(run?.flinkConfiguration).toEqual({ "pipeline.name": "nightly" });
    expect(run?.configuration).toMatchObject({ "pipeline.name": "nightly", "execution.target": "embedded" });
    expect(run?.jobId).toBe(application?.jobs?.[0]?.jid);
  });

  it("given requests with the /v1 prefix, then they are served and logged without it", async () => {
    const response = await fetch(`${mock.baseUrl}/v1/jobs/overview`);
    expect(response.status).toBe(200);
    expect(mock.requests.last()).toMatchObject({ operation: "getJobsOverview", path: "/jobs/overview", status: 200 });
  });

  it("given reset(), then jobs, jars and the log are gone", async () => {
    await submitJar(flink, emptyJar(), {});
    mock.reset();
    expect(mock.cluster.jobs.size).toBe(0);
    expect(mock.cluster.jars.size).toBe(0);
    expect(mock.requests.all()).toEqual([]);
  });
});

describe("faults", () => {
  it("given failNext on the upload with 503 more often than the SDK retries, then the upload is rejected with Flink's status", async () => {
    mock.faults.failNext("uploadJar", { status: 503, times: 4 });
    const error = await uploadJar(flink, emptyJar(), { retry: { maxRetries: 3, initialDelayMs: 1 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FlinkServiceUnavailableError);
    expect((error as FlinkApiError).errors).toEqual([LEADER_ELECTION_MESSAGE]);
    expect(mock.requests.uploads().map((u) => u.status)).toEqual([503, 503, 503, 503]);
    // Only the next four calls: the next upload works.
    await expect(uploadJar(flink, emptyJar())).resolves.toMatchObject({ jarId: expect.any(String) });
  });

  it("given failNext on the upload with 400, then it is rejected at once (not retried)", async () => {
    mock.faults.failNext("uploadJar", { status: 400, errors: ["Exactly 1 file must be sent, received 0."] });
    const error = await uploadJar(flink, emptyJar()).catch((e: unknown) => e);
    expect((error as FlinkApiError).status).toBe(400);
    expect(mock.requests.uploads()).toHaveLength(1);
  });

  it("given failNext with Flink's error text, then the SDK's error carries it", async () => {
    mock.faults.failNext("runJar", { status: 400, errors: ["org.apache.flink...: Could not execute application."] });
    const error = await submitJar(flink, emptyJar(), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlinkApiError);
    expect((error as FlinkApiError).status).toBe(400);
  });

  it("given a dropped connection, then FlinkConnectionError, and the log says dropped", async () => {
    mock.faults.dropNext("getJobsOverview");
    const error = await flink.GET("/jobs/overview", { retry: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect(mock.requests.last("getJobsOverview")?.status).toBe("dropped");
  });

  it("given latency on an operation, then its answer comes later", async () => {
    mock.faults.delay(150, { operation: "getClusterOverview", times: 1 });
    const started = Date.now();
    await flink.GET("/overview");
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("given a leader change, then safe requests, the run and a resendable upload are retried through it", async () => {
    mock.faults.leaderChange({ requests: 2 });
    // GET is retried: two 503s, then the answer.
    expect((await flink.GET("/jobs/overview")).response.status).toBe(200);
    const { jarId } = await uploadJar(flink, emptyJar());
    mock.faults.leaderChange({ requests: 1 });
    const run = await flink.POST("/jars/{jarid}/run", { params: { path: { jarid: jarId } }, body: {} });
    expect(run.response.status).toBe(200);
    expect(mock.requests.runs().map((r) => r.status)).toEqual([503, 200]);
    // A File can be read again, so the upload is sent again; a one-shot ReadableStream is not.
    mock.faults.leaderChange({ requests: 1 });
    await expect(uploadJar(flink, emptyJar())).resolves.toMatchObject({ jarId: expect.any(String) });
    expect(mock.requests.uploads().map((u) => u.status)).toEqual([200, 503, 200]);
    mock.faults.leaderChange({ requests: 1 });
    await expect(uploadJar(flink, emptyJar().stream())).rejects.toBeInstanceOf(FlinkServiceUnavailableError);
  });
});

describe("job control", () => {
  it("given a job scripted CREATED for two polls, then waitForJob sees RUNNING on the third", async () => {
    mock.jobs.scriptNext([{ state: "CREATED", polls: 2 }, { state: "RUNNING" }]);
    const { jobId } = await submitJar(flink, emptyJar(), {});
    const seen: string[] = [];
    await waitForJob(flink, jobId, { intervalMs: 1, onState: (s) => seen.push(s) });
    expect(seen).toEqual(["CREATED", "RUNNING"]);
    // The wait polls the client's shared /jobs/overview: each poll shows the job once.
    expect(mock.requests.of("getJobsOverview")).toHaveLength(3);
  });

  it("given a job that fails while we wait (RUNNING → FAILING → FAILED), then FlinkJobFailedError with its root exception", async () => {
    const { jobId } = await submitJar(flink, emptyJar(), {});
    mock.jobs.script(jobId, [
      { state: "RUNNING", polls: 1 },
      { state: "FAILING", polls: 1 },
      { state: "FAILED", rootException: "java.io.IOException: disk full" },
    ]);
    const error = await waitForJob(flink, jobId, { until: ["FINISHED"], intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlinkJobFailedError);
    expect(error).toMatchObject({ state: "FAILED", rootException: expect.stringContaining("disk full") });
  });

  it("given setState and fail, then the job shows them at once", async () => {
    const { jobId } = await submitJar(flink, emptyJar(), {});
    mock.jobs.setState(jobId, "RESTARTING");
    expect((await flink.GET("/jobs/{jobid}/status", { params: { path: { jobid: jobId } } })).data?.status).toBe(
      "RESTARTING",
    );
    mock.jobs.fail(jobId, "java.lang.OutOfMemoryError: Java heap space");
    const exceptions = await flink.GET("/jobs/{jobid}/exceptions", { params: { path: { jobid: jobId } } });
    expect(exceptions.data?.exceptionHistory?.entries?.[0]?.exceptionName).toBe("java.lang.OutOfMemoryError");
    expect(() => mock.jobs.setState("0".repeat(32), "RUNNING")).toThrow(/has no job/);
  });

  it("given a savepoint that fails, then FlinkOperationError with the cause, and the next one works", async () => {
    const { jobId } = await submitJar(flink, emptyJar(), {});
    mock.jobs.failSnapshots({ jobId, cause: "org.apache.flink.runtime.checkpoint.CheckpointException: disk full" });
    const dir = { targetDirectory: "file:///tmp/sp" };
    const error = await triggerSavepoint(flink, jobId, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlinkOperationError);
    expect((error as FlinkOperationError).failureCause).toContain("disk full");
    await expect(triggerSavepoint(flink, jobId, dir)).resolves.toMatchObject({ location: expect.any(String) });
  });

  it("refuses scripts that cannot happen", () => {
    expect(() => mock.jobs.scriptNext([])).toThrow(/at least one step/);
    expect(() => mock.jobs.scriptNext([{ state: "FAILED" }, { state: "RUNNING" }])).toThrow(/terminal/);
    expect(() => mock.faults.failNext("runJar", { status: 200 })).toThrow(/error status/);
  });
});
