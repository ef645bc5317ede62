/**
 * The testing kit as a browser test suite uses it (docs/testing.md, "One fake per test"): one
 * fake and one msw worker for the page, a new cluster per test (`mock.reset()` before each) and
 * the test's `worker.use(...)` overrides removed after it (`worker.resetHandlers()`). The tests
 * run here, in the page; test/e2e/testing-kit-worker.e2e.ts calls them one by one through
 * `window.kitTests.run(name)` and checks what each returns.
 */
import { HttpResponse, http } from "msw";
import { setupWorker } from "msw/browser";
import { createFlinkClient } from "../../../src/client/create-client.js";
import { FlinkApiError, FlinkJobFailedError } from "../../../src/errors.js";
import { submitJar } from "../../../src/jobs/submit.js";
import { uploadJar } from "../../../src/jobs/upload.js";
import { waitForJob } from "../../../src/jobs/wait.js";
import { createFlinkMock } from "../../../src/msw/index.js";

// On the page's own origin: only the worker answers it (the page server has no such path).
const baseUrl = new URL("fake-flink", document.baseURI).href;
const mock = createFlinkMock({ flinkVersion: "2.3", baseUrl });
const worker = setupWorker(...mock.handlers);
const flink = createFlinkClient({ baseUrl, retry: { initialDelayMs: 1 } });
const jar = () => new File([new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])], "job.jar");

type Observed = Record<string, unknown>;

/** What the cluster holds when a test starts: nothing, if reset() did its work. */
function fresh(): Observed {
  return {
    jobsAtStart: mock.cluster.jobs.size,
    jarsAtStart: mock.cluster.jars.size,
    requestsAtStart: mock.requests.all().length,
  };
}

const tests: Record<string, () => Promise<Observed>> = {
  async "a rejected upload, then a leader change during submit"() {
    const start = fresh();
    mock.faults.failNext("uploadJar", { status: 400, errors: ["Exactly 1 file must be sent, received 0."] });
    const rejected = await uploadJar(flink, jar()).catch((e: unknown) => e);
    mock.faults.leaderChange({ requests: 2 });
    const { jobId } = await submitJar(flink, jar(), {});
    // Left for the next test to prove reset() clears it: an unused fault and a test's override.
    mock.faults.failNext("getJobsOverview", { status: 500, times: 5 });
    worker.use(http.get(`${baseUrl}/config`, () => HttpResponse.json({ "flink-version": "0.0-overridden" })));
    const overridden = (await flink.GET("/config")).data?.["flink-version"];
    return {
      ...start,
      rejectedIsApiError: rejected instanceof FlinkApiError,
      rejectedStatus: (rejected as FlinkApiError).status,
      rejectedErrors: (rejected as FlinkApiError).errors,
      jobState: mock.cluster.jobs.get(jobId)?.state,
      answered503: mock.requests.all().filter((r) => r.status === 503).length,
      overridden,
    };
  },
  async "a job that fails while we wait, and one set to a state"() {
    const start = fresh();
    mock.jobs.scriptNext([
      { state: "CREATED", polls: 1 },
      { state: "RUNNING", polls: 1 },
      { state: "FAILING", polls: 1 },
      { state: "FAILED", rootException: "java.io.IOException: disk full" },
    ]);
    const { jobId } = await submitJar(flink, jar(), {});
    const failed = await waitForJob(flink, jobId, { until: ["FINISHED"], intervalMs: 1 }).catch((e: unknown) => e);
    const second = await submitJar(flink, jar(), {});
    mock.jobs.setState(second.jobId, "CANCELED");
    const status = (await flink.GET("/jobs/{jobid}/status", { params: { path: { jobid: second.jobId } } })).data;
    return {
      ...start,
      failedIsJobFailedError: failed instanceof FlinkJobFailedError,
      failedState: (failed as FlinkJobFailedError).state,
      rootException: (failed as FlinkJobFailedError).rootException,
      statesPolled: mock.requests
        .jobRequests(jobId)
        .filter((r) => r.status === 200)
        .map((r) => r.method)
        .filter((m) => m === "GET").length,
      setState: status?.status,
      jobs: mock.cluster.jobs.size,
    };
  },
  async "the next test starts on a new cluster without the faults and overrides of the last"() {
    const start = fresh();
    const version = (await flink.GET("/config")).data?.["flink-version"];
    const overview = await flink.GET("/jobs/overview");
    return { ...start, version, overviewStatus: overview.response.status, jobs: overview.data?.jobs ?? [] };
  },
};

declare global {
  interface Window {
    kitTests: { names: string[]; run(name: string): Promise<Observed> };
  }
}

async function start(): Promise<void> {
  await worker.start({
    serviceWorker: { url: new URL("mockServiceWorker.js", document.baseURI).pathname },
    onUnhandledRequest: "error",
    quiet: true,
  });
  window.kitTests = {
    names: Object.keys(tests),
    // beforeEach, the test, afterEach: the per-test pattern of docs/testing.md.
    async run(name) {
      const test = tests[name];
      if (!test) {
        throw new Error(`no test named ${name}`);
      }
      mock.reset();
      try {
        return await test();
      } finally {
        worker.resetHandlers();
      }
    },
  };
  (document.getElementById("status") as HTMLElement).textContent = "ready";
}

start().catch((error: unknown) => {
  (document.getElementById("status") as HTMLElement).textContent = `failed: ${String(error)}`;
});
