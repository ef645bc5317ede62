/** The fake HA cluster: several JobManager addresses, a leader election, a JobManager down or without its jars. */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createFlinkClient,
  FlinkOperationLostError,
  FlinkTimeoutError,
  stopWithSavepoint,
  submitJar,
  uploadJar,
  waitForJob,
} from "../../src/index.js";
import { createFlinkHaMock } from "../../src/msw/index.js";
import { emptyJar, errorsOf } from "../support/flink-mock-server.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const urls = ["http://jm-a.test:8081", "http://jm-b.test:8081"];
const fast = { initialDelayMs: 5, maxDelayMs: 20 };

function ha() {
  const mock = createFlinkHaMock({ jobManagers: urls, flinkVersion: "2.3" });
  server.use(...mock.handlers);
  return { mock, flink: createFlinkClient({ baseUrl: urls, retry: fast, timeoutMs: 5_000 }) };
}

describe("createFlinkHaMock", () => {
  it("given a leader election, then every JobManager answers Flink's exact 503, and the client waits it out", async () => {
    const { mock, flink } = ha();
    mock.leaderElection(150);
    const raw = await fetch(`${urls[1]}/overview`);
    expect(raw.status).toBe(503);
    expect(await raw.json()).toEqual({
      errors: ["Service temporarily unavailable due to an ongoing leader election. Please refresh."],
    });
    const { response } = await flink.GET("/overview");
    expect(response.status).toBe(200);
  });

  it("given a leader election during a submission, then the upload and the run wait it out: one job", async () => {
    const { mock, flink } = ha();
    mock.leaderElection(300);
    const result = await submitJar(flink, emptyJar(), { validation: "off" });
    expect((await flink.GET("/jobs/overview")).data?.jobs?.map((j) => j.jid)).toEqual([result.jobId]);
  });

  it("given an election that never ends, then the client's deadline ends the call", async () => {
    const { mock } = ha();
    mock.leaderElection();
    const flink = createFlinkClient({ baseUrl: urls, retry: fast, timeoutMs: 200 });
    await expect(flink.GET("/overview")).rejects.toBeInstanceOf(FlinkTimeoutError);
    mock.electionDone();
    expect((await flink.GET("/overview")).response.status).toBe(200);
  });

  it("given jars per JobManager, then another JobManager answers as Flink does (500 run, 400 delete, not listed)", async () => {
    const { mock } = ha();
    const a = createFlinkClient({ baseUrl: urls[0] as string });
    const b = createFlinkClient({ baseUrl: urls[1] as string });
    const { jarId } = await uploadJar(a, emptyJar());
    expect(mock.jobManagers[0]?.jars.has(jarId)).toBe(true);
    const run = await b.POST("/jars/{jarid}/run", { params: { path: { jarid: jarId } }, body: {} });
    expect(run.response.status).toBe(500);
    expect(errorsOf(run.error)[1]).toMatch(/RestHandlerException: Jar file .* does not exist/);
    const del = await b.DELETE("/jars/{jarid}", { params: { path: { jarid: jarId } } });
    expect(del.response.status).toBe(400);
    expect((await b.GET("/jars")).data?.files).toEqual([]);
    expect((await a.GET("/jars")).data?.files?.map((f) => f.id)).toEqual([jarId]);
  });

  it("given the JobManager holding the jar killed after the upload, then submitJar uploads again to the other and makes one job", async () => {
    const { mock, flink } = ha();
    let killed = false;
    server.events.on("response:mocked", ({ request }) => {
      if (!killed && request.url.endsWith("/jars/upload")) {
        killed = true;
        mock.kill(0);
      }
    });
    const result = await submitJar(flink, emptyJar(), { validation: "off" });
    server.events.removeAllListeners();
    expect(mock.jobManagers[1]?.jars.has(result.jarId)).toBe(true);
    expect((await flink.GET("/jobs/overview")).data?.jobs?.map((j) => j.jid)).toEqual([result.jobId]);
    expect(await waitForJob(flink, result.jobId)).toBe("RUNNING");
  });

  it("given a restarted JobManager that lost its jars, then its runs answer 500 and submitJar recovers with one job", async () => {
    const { mock, flink } = ha();
    const { jarId } = await uploadJar(flink, emptyJar());
    mock.kill(0);
    mock.restart(0);
    expect(mock.jobManagers[0]?.jars.size).toBe(0);
    const direct = createFlinkClient({ baseUrl: urls[0] as string });
    expect(
      (await direct.POST("/jars/{jarid}/run", { params: { path: { jarid: jarId } }, body: {} })).response.status,
    ).toBe(500);
    mock.loseJars(1);
    const result = await submitJar(flink, emptyJar(), { validation: "off" });
    expect((await flink.GET("/jobs/overview")).data?.jobs?.map((j) => j.jid)).toEqual([result.jobId]);
  });

  it("given an index that does not exist, then a RangeError names the JobManagers there are", () => {
    const { mock } = ha();
    expect(() => mock.kill(2)).toThrow(/no JobManager 2: the fake has 2/);
  });

  it("given the leader's savepoint triggers forgotten during a stop, then FlinkOperationLostError says the job runs and where a savepoint would be", async () => {
    const mock = createFlinkHaMock({
      jobManagers: urls,
      flinkVersion: "2.3",
      clusterConfig: { "execution.checkpointing.savepoint-dir": "file:///sp" },
    });
    server.use(...mock.handlers);
    const flink = createFlinkClient({ baseUrl: urls, retry: fast, timeoutMs: 5_000 });
    const { jobId } = await submitJar(flink, emptyJar(), { validation: "off" });
    // The stop's trigger is answered, then the new leader knows neither it nor a stopped job.
    const forgetting = createFlinkClient({
      baseUrl: urls,
      retry: fast,
      timeoutMs: 5_000,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
        const method = init?.method ?? (input instanceof Request ? input.method : "GET");
        const stop = method === "POST" && url.endsWith("/stop");
        const response = await fetch(input, init);
        if (stop) {
          mock.forgetOperations();
          mock.cluster.jobControl.setState(jobId, "RUNNING");
        }
        return response;
      },
    });
    const error = await stopWithSavepoint(forgetting, jobId).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkOperationLostError);
    expect(error).toMatchObject({
      jobId,
      jobState: "RUNNING",
      savepointPattern: `file:///sp/savepoint-${jobId.slice(0, 6)}-*`,
    });
  });
});
