/**
 * The fleet watcher: waits and watches on one client share one GET /jobs/overview per interval.
 * Requests are counted as the fake cluster receives them (msw's request events).
 */
import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import {
  cancelJob,
  FlinkAbortError,
  FlinkInputError,
  FlinkInternalServerError,
  FlinkJobFailedError,
  FlinkJobGoneError,
  FlinkTimeoutError,
  type JobChange,
  runJar,
  uploadJar,
  waitForJob,
  watchJobs,
} from "../../src/index.js";
import type { FakeJob, FlinkMock } from "../../src/msw/index.js";
import { emptyJar, setupFakeFlink } from "../support/flink-mock-server.js";

const fake = setupFakeFlink();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Puts `n` running jobs into the fake cluster directly (no run request each). */
function addJobs(mock: FlinkMock, n: number, extra: Partial<FakeJob> = {}): string[] {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${(mock.cluster.jobs.size + 1).toString(16).padStart(8, "0")}${"f".repeat(24)}`;
    mock.cluster.jobs.set(id, {
      id,
      jarId: "x.jar",
      name: `job-${i}`,
      state: "RUNNING",
      startTime: Date.now(),
      endTime: undefined,
      parallelism: 1,
      maxParallelism: -1,
      objectReuse: false,
      userConfig: {},
      configuration: {},
      checkpointInterval: undefined,
      restoredFrom: undefined,
      checkpointCount: 0,
      failure: undefined,
      ...extra,
    });
    ids.push(id);
  }
  return ids;
}

/** Counts the requests the fake receives, by path. */
function countRequests(): { byPath: Map<string, number>; total: () => number; stop: () => void } {
  const byPath = new Map<string, number>();
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname.replace(/[0-9a-f]{32}/g, "{id}");
    byPath.set(path, (byPath.get(path) ?? 0) + 1);
  };
  fake.server.events.on("request:start", listener);
  return {
    byPath,
    total: () => [...byPath.values()].reduce((a, b) => a + b, 0),
    stop: () => fake.server.events.removeListener("request:start", listener),
  };
}

afterEach(() => {
  fake.server.events.removeAllListeners();
});

describe("waitForJob shares one poll per client", () => {
  it("given 1,000 waits, then only /jobs/overview is asked, at most once per interval, and each wait ends when its job finishes", async () => {
    const { mock, client } = fake.use({ timings: { boundedJobMs: 600 } });
    const ids = addJobs(mock, 1000, { endsAt: Date.now() + 600 });
    const counter = countRequests();
    const started = Date.now();
    const states = await Promise.all(
      ids.map((id) => waitForJob(client, id, { until: ["FINISHED"], intervalMs: 100, maxIntervalMs: 100 })),
    );
    const elapsed = Date.now() - started;
    counter.stop();
    expect(new Set(states)).toEqual(new Set(["FINISHED"]));
    expect([...counter.byPath.keys()]).toEqual(["/jobs/overview"]);
    expect(counter.total()).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 1);
    expect(counter.total()).toBeGreaterThanOrEqual(2);
  });

  it("given waits with different intervals, then the poll runs at the smallest one, and stops when the last wait ends", async () => {
    const { mock, client } = fake.use();
    const [slow, fast] = addJobs(mock, 2);
    const counter = countRequests();
    const waits = [
      waitForJob(client, slow as string, { until: ["CANCELED"], intervalMs: 1000, maxIntervalMs: 1000 }),
      waitForJob(client, fast as string, { until: ["CANCELED"], intervalMs: 50, maxIntervalMs: 50 }),
    ];
    await sleep(520);
    const during = counter.total();
    expect(during).toBeGreaterThanOrEqual(6); // ~every 50 ms, not every 1,000 ms
    expect(during).toBeLessThanOrEqual(12);
    mock.cluster.cancelJob(slow as string);
    mock.cluster.cancelJob(fast as string);
    expect(await Promise.all(waits)).toEqual(["CANCELED", "CANCELED"]);
    const after = counter.total();
    await sleep(300);
    expect(counter.total()).toBe(after); // nobody waits: no more polls
    counter.stop();
  });

  it("given nothing changes, then the interval grows by half up to maxIntervalMs, and a change brings it back", async () => {
    const { mock, client } = fake.use();
    const [id] = addJobs(mock, 1);
    const times: number[] = [];
    fake.server.events.on("request:start", () => times.push(Date.now()));
    const wait = waitForJob(client, id as string, { until: ["CANCELED"], intervalMs: 40, maxIntervalMs: 200 });
    await sleep(1500);
    mock.cluster.cancelJob(id as string);
    await wait;
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(Math.min(...gaps.slice(0, 2))).toBeLessThan(100);
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(150);
    expect(Math.max(...gaps)).toBeLessThan(400);
  });

  it("given a job that leaves the job list, then the wait ends with FlinkJobGoneError naming its last state", async () => {
    const { mock, client } = fake.use();
    const [id] = addJobs(mock, 1);
    const wait = waitForJob(client, id as string, { until: ["FINISHED"], intervalMs: 30 }).catch((e) => e);
    await sleep(100);
    mock.cluster.jobs.delete(id as string);
    const error = await wait;
    expect(error).toBeInstanceOf(FlinkJobGoneError);
    expect(error).toMatchObject({ jobId: id, lastState: "RUNNING" });
    expect(error.message).toContain("disappeared");
  });

  it("given a job the cluster never listed, then FlinkJobGoneError without a state; a malformed id is refused before sending", async () => {
    const { client } = fake.use();
    const unknown = await waitForJob(client, "0badc0de0badc0de0badc0de0badc0de").catch((e) => e);
    expect(unknown).toBeInstanceOf(FlinkJobGoneError);
    expect(unknown).toMatchObject({ lastState: undefined });
    const counter = countRequests();
    await expect(waitForJob(client, "not-a-job")).rejects.toBeInstanceOf(FlinkInputError);
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it("given tasksRunning, then the overview's task counts decide; a terminal state not waited for carries the root exception", async () => {
    const { mock, client } = fake.use();
    const { jarId } = await uploadJar(client, emptyJar());
    const { jobId } = await runJar(client, jarId, { flinkVersion: "2.3" });
    expect(await waitForJob(client, jobId, { tasksRunning: true })).toBe("RUNNING");
    const job = mock.cluster.jobs.get(jobId) as FakeJob;
    job.state = "FAILED";
    job.endTime = Date.now();
    job.failure = "java.lang.RuntimeException: boom";
    const error = await waitForJob(client, jobId).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkJobFailedError);
    expect(error).toMatchObject({ state: "FAILED", rootException: "java.lang.RuntimeException: boom" });
  });

  it("given a deadline or an abort, then only that wait ends; the others keep their poll", async () => {
    const { mock, client } = fake.use();
    const [a, b, c] = addJobs(mock, 3) as [string, string, string];
    const controller = new AbortController();
    const timeout = waitForJob(client, a, { until: ["FINISHED"], timeoutMs: 150, intervalMs: 30 }).catch((e) => e);
    const aborted = waitForJob(client, b, { until: ["FINISHED"], signal: controller.signal, intervalMs: 30 }).catch(
      (e) => e,
    );
    const survivor = waitForJob(client, c, { until: ["CANCELED"], intervalMs: 30 });
    controller.abort();
    expect(await aborted).toBeInstanceOf(FlinkAbortError);
    const timedOut = await timeout;
    expect(timedOut).toBeInstanceOf(FlinkTimeoutError);
    expect(timedOut.message).toContain("last state: RUNNING");
    expect(await cancelJob(client, c)).toBe("CANCELED");
    expect(await survivor).toBe("CANCELED");
  });

  it("given the poll fails, then every wait on it ends with Flink's error", async () => {
    const { mock, client } = fake.use();
    const [a, b] = addJobs(mock, 2) as [string, string];
    fake.server.use(
      http.get(`${mock.baseUrl}/jobs/overview`, () =>
        HttpResponse.json({ errors: ["Internal server error.", "<Exception on server side: boom>"] }, { status: 500 }),
      ),
    );
    const results = await Promise.all(
      [a, b].map((id) => waitForJob(client, id, { until: ["FINISHED"] }).catch((e) => e)),
    );
    for (const error of results) {
      expect(error).toBeInstanceOf(FlinkInternalServerError);
    }
  });
});

describe("watchJobs", () => {
  it("given jobs that exist, start, change and leave, then each is one change, in order, from the same shared poll", async () => {
    const { mock, client } = fake.use();
    const [existing] = addJobs(mock, 1) as [string];
    const seen: JobChange[] = [];
    const watch = (async () => {
      for await (const change of watchJobs(client, { intervalMs: 30 })) {
        seen.push(change);
        if (change.kind === "gone") {
          break;
        }
      }
    })();
    await sleep(100);
    const { jarId } = await uploadJar(client, emptyJar());
    const { jobId } = await runJar(client, jarId, { flinkVersion: "2.3", programArgs: ["--job-name", "watched"] });
    await sleep(100);
    await cancelJob(client, jobId, { wait: false });
    await sleep(100);
    mock.cluster.jobs.delete(existing);
    await watch;
    expect(seen.map((c) => [c.kind, c.jobId, c.previous, c.kind === "state" ? c.state : undefined])).toEqual([
      ["state", existing, undefined, "RUNNING"],
      ["state", jobId, undefined, "RUNNING"],
      ["state", jobId, "RUNNING", "CANCELED"],
      ["gone", existing, "RUNNING", undefined],
    ]);
    const cancelled = seen[2] as Extract<JobChange, { kind: "state" }>;
    expect(cancelled.name).toBe("watched");
    expect(cancelled.changedAt).toBe(mock.cluster.jobs.get(jobId)?.endTime);
    expect(cancelled.seenAt - (cancelled.changedAt as number)).toBeLessThan(200);
    // Leaving the loop stopped the polling.
    const counter = countRequests();
    await sleep(150);
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it("given existing: false, then only later changes are reported; a signal ends the loop with FlinkAbortError", async () => {
    const { mock, client } = fake.use();
    const [first, second] = addJobs(mock, 2) as [string, string];
    const controller = new AbortController();
    const seen: string[] = [];
    const watch = (async () => {
      for await (const change of watchJobs(client, { intervalMs: 30, existing: false, signal: controller.signal })) {
        seen.push(`${change.jobId}:${change.kind === "state" ? change.state : "gone"}`);
        controller.abort();
      }
    })().catch((e) => e);
    await sleep(100);
    mock.cluster.cancelJob(second);
    expect(await watch).toBeInstanceOf(FlinkAbortError);
    expect(seen).toEqual([`${second}:CANCELED`]);
    expect(mock.cluster.jobs.get(first)?.state).toBe("RUNNING");
  });

  it("given a deadline, then the loop ends with FlinkTimeoutError after the changes it saw", async () => {
    const { mock, client } = fake.use();
    addJobs(mock, 2);
    const seen: JobChange[] = [];
    const error = await (async () => {
      for await (const change of watchJobs(client, { intervalMs: 30, timeoutMs: 200 })) {
        seen.push(change);
      }
    })().catch((e) => e);
    expect(error).toBeInstanceOf(FlinkTimeoutError);
    expect(seen).toHaveLength(2);
  });
});
