/** The application helpers (Flink 2.3+) against the fake cluster: what they send, refuse and report. */
import { delay, HttpResponse, http } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import {
  cancelApplication,
  FlinkAbortError,
  FlinkApplicationFailedError,
  FlinkBadRequestError,
  FlinkInputError,
  FlinkInternalServerError,
  FlinkNotFoundError,
  FlinkTimeoutError,
  getApplication,
  getApplicationConfig,
  getApplicationExceptions,
  listApplications,
  runApplication,
  submitJar,
  untypedFlinkConfiguration,
  uploadJar,
  waitForApplication,
} from "../../src/index.js";
import { emptyJar, setupFakeFlink } from "../support/flink-mock-server.js";

const fake = setupFakeFlink();

/** The requests the fake receives: method, path and JSON body. */
function record(): Array<{ method: string; path: string; body: unknown }> {
  const seen: Array<{ method: string; path: string; body: unknown }> = [];
  fake.server.events.on("request:start", async ({ request }) => {
    const text = request.method === "POST" ? await request.clone().text() : "";
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = "(not JSON)";
    }
    seen.push({ method: request.method, path: new URL(request.url).pathname, body });
  });
  return seen;
}

afterEach(() => {
  fake.server.events.removeAllListeners();
});

async function withJar(options: Parameters<typeof fake.use>[0] = {}) {
  const ctx = fake.use(options);
  const { jarId } = await uploadJar(ctx.client, emptyJar());
  return { ...ctx, jarId };
}

describe("the application helpers on a cluster without applications", () => {
  it("given Flink 1.20, then each helper refuses with its name and the versions, sending nothing but GET /config", async () => {
    const { client, jarId } = await withJar({ flinkVersion: "1.20" });
    const seen = record();
    const id = "0123456789abcdef0123456789abcdef";
    const calls: Array<[string, () => Promise<unknown>]> = [
      ["runApplication", () => runApplication(client, jarId)],
      ["waitForApplication", () => waitForApplication(client, id)],
      ["cancelApplication", () => cancelApplication(client, id)],
      ["listApplications", () => listApplications(client)],
      ["getApplication", () => getApplication(client, id)],
      ["getApplicationExceptions", () => getApplicationExceptions(client, id)],
      ["getApplicationConfig", () => getApplicationConfig(client, id)],
    ];
    for (const [helper, call] of calls) {
      const error: unknown = await call().catch((e: unknown) => e);
      if (!(error instanceof FlinkInputError)) {
        throw new Error(`${helper} did not refuse: ${String(error)}`);
      }
      expect(error).toMatchObject({ code: "unsupported-by-version", field: "flinkVersion" });
      expect(error.message).toBe(`${helper}: Flink 1.20 has no applications (they came in 2.3).`);
    }
    expect(seen.map((r) => r.path)).toEqual(["/config"]); // asked once per client
  });
});

describe("runApplication", () => {
  it("given no id, then one is made and sent; the body is the application body (claimMode, no restoreMode)", async () => {
    const { client, jarId, mock } = await withJar();
    const seen = record();
    const { applicationId, attempts } = await runApplication(client, jarId, {
      savepointPath: "file:///sp/1",
      claimMode: "CLAIM",
      programArgs: ["--no-execute"],
    });
    expect(applicationId).toMatch(/^[0-9a-f]{32}$/);
    expect(attempts).toBe(1);
    const sent = seen.find((r) => r.path.endsWith("/run-application"));
    expect(sent?.body).toEqual({
      applicationId,
      programArgsList: ["--no-execute"],
      savepointPath: "file:///sp/1",
      claimMode: "CLAIM",
    });
    expect(mock.cluster.applications.has(applicationId)).toBe(true);
  });

  it("given an id in upper case, then it is sent in lower case; a malformed one is refused before sending", async () => {
    const { client, jarId } = await withJar();
    const id = "ABCDEF0123456789ABCDEF0123456789";
    expect((await runApplication(client, jarId, { applicationId: id })).applicationId).toBe(id.toLowerCase());
    const seen = record();
    const error = await runApplication(client, jarId, { applicationId: "xyz", flinkVersion: "2.3" }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkInputError);
    expect(error).toMatchObject({ code: "invalid-path-parameter", field: "applicationId" });
    expect(seen).toEqual([]);
  });

  it("given the answer is lost after Flink created the application, then there is exactly one application", async () => {
    const { client, jarId, mock } = await withJar();
    fake.server.use(
      http.post(`${mock.baseUrl}/jars/:jarid/run-application`, async ({ request, params }) => {
        mock.cluster.runApplication(String(params.jarid), await request.json(), {});
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const result = await runApplication(client, jarId, { flinkVersion: "2.3", timeoutMs: 100 });
    expect([...mock.cluster.applications.keys()]).toEqual([result.applicationId]);
  });

  it("given the connection drops before Flink saw the request, then it is sent again once; a duplicate id is Flink's 400", async () => {
    const { client, jarId, mock } = await withJar();
    let calls = 0;
    fake.server.use(
      http.post(`${mock.baseUrl}/jars/:jarid/run-application`, () => {
        calls++;
        return calls === 1 ? HttpResponse.error() : undefined;
      }),
    );
    const result = await runApplication(client, jarId, { flinkVersion: "2.3" });
    expect(result.attempts).toBe(2);
    expect([...mock.cluster.applications.keys()]).toEqual([result.applicationId]);
    const duplicate = await runApplication(client, jarId, { applicationId: result.applicationId }).catch((e) => e);
    expect(duplicate).toBeInstanceOf(FlinkBadRequestError);
    expect(duplicate.serverCause).toContain("DuplicateApplicationSubmissionException");
  });

  it("given Flink quotes a sensitive value back, then the error shows ****** instead", async () => {
    const { client, jarId, mock } = await withJar();
    fake.server.use(
      http.post(`${mock.baseUrl}/jars/:jarid/run-application`, () =>
        HttpResponse.json(
          { errors: ["Could not submit application: s3.secret-key=hunter2 is wrong"] },
          { status: 400 },
        ),
      ),
    );
    const error = await runApplication(client, jarId, {
      flinkConfiguration: untypedFlinkConfiguration({ "s3.secret-key": "hunter2" }),
    }).catch((e) => e);
    expect(error.message).toContain("******");
    expect(JSON.stringify(error.errors)).not.toContain("hunter2");
  });
});

describe("waitForApplication and cancelApplication", () => {
  it("given a running application, then the wait returns its details once its job runs; jobsRunning: false returns at RUNNING", async () => {
    const { client, jarId } = await withJar();
    const { applicationId } = await runApplication(client, jarId, { programArgs: ["--job-name", "waited"] });
    const states: string[] = [];
    const app = await waitForApplication(client, applicationId, { onState: (s) => states.push(s) });
    expect(app).toMatchObject({ id: applicationId, status: "RUNNING" });
    expect(app.jobs?.map((j) => [j.name, j.state])).toEqual([["waited", "RUNNING"]]);
    expect(states).toEqual(["RUNNING"]);
    const empty = await runApplication(client, jarId, { programArgs: ["--no-execute"] });
    const ended = await waitForApplication(client, empty.applicationId, { timeoutMs: 2000 }).catch((e) => e);
    expect(ended).toBeInstanceOf(FlinkApplicationFailedError);
    expect(ended).toMatchObject({ state: "FINISHED", exception: undefined });
  });

  it("given a failing program, then FlinkApplicationFailedError carries the root cause from the exception history", async () => {
    const { client, jarId } = await withJar();
    const { applicationId } = await runApplication(client, jarId, { programArgs: ["--fail"] });
    const error = await waitForApplication(client, applicationId).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkApplicationFailedError);
    expect(error.message).toMatch(/ended in state FAILED: .*main\(\) failed on purpose \(--fail\)$/);
    expect(error.exception).toContain("ApplicationExecutionException: Could not execute application.");
  });

  it("given cancel, then CANCELING comes first and CANCELED after the fake's delay; deadlines and aborts end a wait", async () => {
    let now = 1_000_000;
    const { client, jarId } = await withJar({
      now: () => now,
      timings: { applicationCancelMs: 2000 },
      clusterConfig: { "parallelism.default": "3" },
    });
    const { applicationId } = await runApplication(client, jarId);
    expect(await cancelApplication(client, applicationId, { wait: false })).toBeUndefined();
    expect((await getApplication(client, applicationId)).status).toBe("CANCELING");
    const timeout = await cancelApplication(client, applicationId, { timeoutMs: 150, intervalMs: 20 }).catch((e) => e);
    expect(timeout).toBeInstanceOf(FlinkTimeoutError);
    expect(timeout.message).toContain("last state: CANCELING");
    const controller = new AbortController();
    controller.abort();
    await expect(
      waitForApplication(client, applicationId, { until: ["CANCELED"], signal: controller.signal }),
    ).rejects.toBeInstanceOf(FlinkAbortError);
    now += 2000;
    expect(await waitForApplication(client, applicationId, { until: ["CANCELED"] })).toMatchObject({
      status: "CANCELED",
    });
    // Flink answers 404 to cancelling an ended application: a cancelled one is reported as cancelled.
    expect(await cancelApplication(client, applicationId)).toBe("CANCELED");
    expect(await getApplicationExceptions(client, applicationId)).toEqual([]);
    expect(await getApplicationConfig(client, applicationId)).toEqual({ "parallelism.default": "3" });
  });

  it("given an application that finished or an unknown id, then cancel, wait and config report them typed", async () => {
    const { client, jarId } = await withJar();
    const done = await runApplication(client, jarId, { programArgs: ["--no-execute"] });
    const finished = await cancelApplication(client, done.applicationId).catch((e) => e);
    expect(finished).toBeInstanceOf(FlinkApplicationFailedError);
    expect(finished).toMatchObject({ state: "FINISHED" });
    const unknown = "0123456789abcdef0123456789abcdef";
    expect(await cancelApplication(client, unknown).catch((e) => e)).toBeInstanceOf(FlinkNotFoundError);
    const missing = await getApplicationConfig(client, unknown).catch((e) => e);
    expect(missing).toBeInstanceOf(FlinkInternalServerError);
    expect(missing.serverCause).toContain(`Could not find Flink application (${unknown})`);
    expect(await waitForApplication(client, unknown).catch((e) => e)).toBeInstanceOf(FlinkInternalServerError);
  });
});

describe("submitJar as an application", () => {
  it("given wait, then the application's jobs run and the jar stays; deleteJar needs a wait for an end state", async () => {
    const { client, mock } = fake.use();
    const result = await submitJar(client, emptyJar(), { application: true, wait: true });
    expect(result).toMatchObject({ state: "RUNNING", jarDeleted: false });
    expect(result.application?.jobs).toHaveLength(1);
    expect(mock.cluster.jars.has(result.jarId)).toBe(true);
    const seen = record();
    const refused = await submitJar(client, emptyJar(), { application: true, wait: true, deleteJar: true }).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(FlinkInputError);
    expect(refused).toMatchObject({ code: "conflicting-fields", field: "deleteJar" });
    expect(seen).toEqual([]);
  });

  it("given wait until FINISHED and deleteJar, then the jar is deleted once the application has ended", async () => {
    const { client, mock } = fake.use({ timings: { boundedJobMs: 100 } });
    const result = await submitJar(client, emptyJar(), {
      application: true,
      programArgs: ["--two-batch-jobs"],
      wait: { until: ["FINISHED"], timeoutMs: 5000 },
      deleteJar: true,
    });
    expect(result).toMatchObject({ state: "FINISHED", jarDeleted: true });
    expect(result.application?.jobs?.map((j) => j.state)).toEqual(["FINISHED", "FINISHED"]);
    expect(mock.cluster.jars.size).toBe(0);
  });
});
