/**
 * A downstream vitest suite, as docs/testing.md writes it: the installed package's fake cluster
 * under msw's setupServer, a new cluster state per test (reset), overrides removed after each
 * (resetHandlers). scripts/pack-smoke.mjs runs it with the consumer project's own vitest.
 */
import {
  createFlinkClient,
  FlinkJobFailedError,
  FlinkServiceUnavailableError,
  submitJar,
  uploadJar,
  waitForJob,
} from "flink-rest-client";
import { createFlinkMock } from "flink-rest-client/msw";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";

const mock = createFlinkMock({ flinkVersion: "2.3" });
const server = setupServer(...mock.handlers);
const flink = createFlinkClient({ baseUrl: mock.baseUrl, retry: { initialDelayMs: 1, maxDelayMs: 2 } });
const jar = () => new File([new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])], "job.jar");

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => mock.reset());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it("asserts the exact flinkConfiguration sent, typed for 2.3", async () => {
  await submitJar(flink, jar(), {
    flinkVersion: "2.3",
    flinkConfiguration: { "pipeline.name": "orders", "execution.checkpointing.interval": "10 s" },
  });
  expect(mock.requests.runs()[0]?.flinkConfiguration).toEqual({
    "pipeline.name": "orders",
    "execution.checkpointing.interval": "10 s",
  });
});

it("sees the job fail while waiting for it", async () => {
  mock.jobs.scriptNext([
    { state: "RUNNING", polls: 1 },
    { state: "FAILED", rootException: "java.io.IOException: disk full" },
  ]);
  const { jobId } = await submitJar(flink, jar(), {});
  const failed = await waitForJob(flink, jobId, { until: ["FINISHED"], intervalMs: 1 }).catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(FlinkJobFailedError);
});

it("gets an upload rejected by a leader election, then an override of its own", async () => {
  mock.faults.leaderChange({ requests: 10 });
  const error = await uploadJar(flink, jar(), { retry: { maxRetries: 1, initialDelayMs: 1 } }).catch((e) => e);
  expect(error).toBeInstanceOf(FlinkServiceUnavailableError);
  server.use(http.get(`${mock.baseUrl}/overview`, () => HttpResponse.json({ "flink-version": "9.9" })));
  expect((await flink.GET("/overview")).data?.["flink-version"]).toBe("9.9");
});

it("starts from a clean cluster, without the last test's faults or overrides", async () => {
  expect(mock.requests.all()).toEqual([]);
  expect(mock.cluster.jobs.size).toBe(0);
  expect((await flink.GET("/overview")).data?.["flink-version"]).toBe("2.3.0");
});
