import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { delay, HttpResponse, http } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cancelJob,
  FlinkAbortError,
  FlinkBadRequestError,
  FlinkInputError,
  FlinkInternalServerError,
  FlinkJobFailedError,
  FlinkOperationError,
  FlinkOperationLostError,
  FlinkTimeoutError,
  runJar,
  stopWithSavepoint,
  submitJar,
  triggerCheckpoint,
  triggerSavepoint,
  untypedFlinkConfiguration,
  uploadJar,
  waitForJob,
} from "../../src/index.js";
import { emptyJar, setupFakeFlink } from "../support/flink-mock-server.js";

const fake = setupFakeFlink();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flink-rest-client-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("uploadJar", () => {
  it("given each kind of source, then the jar arrives under its name and the id is the filename's last segment", async () => {
    const { client, mock } = fake.use();
    const path = join(dir, "from-path.jar");
    await writeFile(path, new Uint8Array(1000).fill(7));
    const bytes = new Uint8Array([80, 75, 5, 6, ...new Array(18).fill(0)]);
    const sources = [
      [emptyJar("from-file.jar"), {}],
      [bytes, { fileName: "from-bytes.jar" }],
      [new Blob([bytes]).stream(), { fileName: "from-stream.jar", size: bytes.byteLength }],
      [new Blob([bytes]).stream(), { fileName: "from-stream-unsized.jar" }],
      [{ path }, {}],
      [new URL(`file://${path}`), { fileName: "from-url.jar" }],
    ] as const;
    for (const [source, options] of sources) {
      const { jarId, filename } = await uploadJar(client, source as never, options);
      expect(filename.endsWith(`/${jarId}`)).toBe(true);
    }
    const names = [...mock.cluster.jars.values()].map((j) => [j.name, j.size]);
    expect(names).toEqual([
      ["from-file.jar", 22],
      ["from-bytes.jar", 22],
      ["from-stream.jar", 22],
      ["from-stream-unsized.jar", 22],
      ["from-path.jar", 1000],
      ["from-url.jar", 1000],
    ]);
  });

  it("given onProgress, then it reports growing byte counts that end at the body's total", async () => {
    const { client } = fake.use();
    const path = join(dir, "big.jar");
    await writeFile(path, new Uint8Array(300_000));
    const seen: Array<{ sent: number; total: number | undefined }> = [];
    await uploadJar(client, { path }, { onProgress: (p) => seen.push(p) });
    const total = seen.at(-1)?.total as number;
    expect(total).toBeGreaterThan(300_000);
    expect(seen.at(-1)?.sent).toBe(total);
    expect(seen.map((p) => p.sent)).toEqual([...seen.map((p) => p.sent)].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(2);
  });

  it.each([
    ["a bare string", "job.jar", {}, /\{ path \}/],
    ["a name without .jar", new Uint8Array(3), { fileName: "job.zip" }, /\.jar/],
    ["a missing file", { path: "/no/such/file.jar" }, {}, /cannot open/],
    ["an unknown source", 42, {}, /expected a Blob/],
  ])("given %s, then a FlinkInputError is thrown before anything is sent", async (_, source, options, message) => {
    const { client, mock } = fake.use();
    await expect(uploadJar(client, source as never, options)).rejects.toThrow(message);
    await expect(uploadJar(client, source as never, options)).rejects.toBeInstanceOf(FlinkInputError);
    expect(mock.cluster.jars.size).toBe(0);
  });

  it("given a runtime without process.getBuiltinModule, then a file path is refused by name and nothing is sent", async () => {
    const { client, mock } = fake.use();
    const path = join(dir, "no-builtin.jar");
    await writeFile(path, new Uint8Array(emptyJar().size));
    const proc = process as { getBuiltinModule?: unknown };
    const original = proc.getBuiltinModule;
    proc.getBuiltinModule = undefined;
    try {
      const error = await uploadJar(client, { path }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FlinkInputError);
      expect(error).toMatchObject({ code: "invalid-source", field: "source" });
      expect((error as Error).message).toMatch(/^uploadJar: file paths need Node 20\.16 or later/);
    } finally {
      proc.getBuiltinModule = original;
    }
    expect(mock.cluster.jars.size).toBe(0);
  });

  it("given an aborted signal, then the upload ends with FlinkAbortError", async () => {
    const { client } = fake.use();
    const controller = new AbortController();
    controller.abort();
    await expect(uploadJar(client, emptyJar(), { signal: controller.signal })).rejects.toBeInstanceOf(FlinkAbortError);
  });
});

describe("runJar", () => {
  it("given no job id, then one is generated, sent and returned; the version is asked once", async () => {
    const { client, mock } = fake.use({ flinkVersion: "1.19" });
    const { jarId } = await uploadJar(client, emptyJar());
    let configCalls = 0;
    fake.server.events.on("request:start", ({ request }) => {
      if (new URL(request.url).pathname === "/config") {
        configCalls++;
      }
    });
    const first = await runJar(client, jarId, { claimMode: "CLAIM", savepointPath: undefined });
    const second = await runJar(client, jarId, {});
    fake.server.events.removeAllListeners();
    expect(first.jobId).toMatch(/^[0-9a-f]{32}$/);
    expect(second.jobId).not.toBe(first.jobId);
    expect([...mock.cluster.jobs.keys()]).toEqual([first.jobId, second.jobId]);
    expect(configCalls).toBe(1);
    expect(first.attempts).toBe(1);
  });

  it("given the answer is lost after Flink accepted the job, then the job exists exactly once", async () => {
    const { client, mock } = fake.use();
    const { jarId } = await uploadJar(client, emptyJar());
    fake.server.use(
      http.post(`${mock.baseUrl}/jars/:jarid/run`, async ({ request, params }) => {
        mock.cluster.runJar(String(params.jarid), await request.json(), {});
        await delay(2000); // Flink accepted the job; the answer never arrives in time
        return HttpResponse.json({});
      }),
    );
    const result = await runJar(client, jarId, { flinkVersion: "2.3", timeoutMs: 100 });
    expect(mock.cluster.jobs.size).toBe(1);
    expect([...mock.cluster.jobs.keys()]).toEqual([result.jobId]);
  });

  it("given the connection drops before Flink saw the request, then it is sent again, once", async () => {
    const { client, mock } = fake.use();
    const { jarId } = await uploadJar(client, emptyJar());
    let calls = 0;
    fake.server.use(
      http.post(`${mock.baseUrl}/jars/:jarid/run`, () => {
        calls++;
        return calls === 1 ? HttpResponse.error() : undefined;
      }),
    );
    const result = await runJar(client, jarId, { flinkVersion: "2.3" });
    expect(calls).toBe(2);
    expect(result.attempts).toBe(2);
    expect([...mock.cluster.jobs.keys()]).toEqual([result.jobId]);
  });

  it("given a 503 and then success, then the run is retried; a 4xx is never retried", async () => {
    const { client, mock } = fake.use();
    const { jarId } = await uploadJar(client, emptyJar());
    let calls = 0;
    let unavailable = true;
    fake.server.use(
      http.post(`${mock.baseUrl}/jars/:jarid/run`, () => {
        calls++;
        if (unavailable) {
          unavailable = false;
          const errors = ["Service temporarily unavailable due to an ongoing leader election. Please refresh."];
          return HttpResponse.json({ errors }, { status: 503 });
        }
        return undefined;
      }),
    );
    await runJar(client, jarId, { flinkVersion: "2.3" });
    expect(calls).toBe(2);
    calls = 0;
    await expect(runJar(client, jarId, { flinkVersion: "2.3", programArgs: ["--fail"] })).rejects.toBeInstanceOf(
      FlinkBadRequestError,
    );
    expect(calls).toBe(1);
  });

  it("given bad input, then nothing is sent", async () => {
    const { client, mock } = fake.use();
    const { jarId } = await uploadJar(client, emptyJar());
    await expect(runJar(client, jarId, { flinkVersion: "2.3", parallelism: 0 })).rejects.toBeInstanceOf(
      FlinkInputError,
    );
    await expect(runJar(client, "..", { flinkVersion: "2.3" })).rejects.toMatchObject({ code: "invalid-jar-id" });
    expect(mock.cluster.jobs.size).toBe(0);
  });

  it("given Flink's 400 for a failing main(), then the error carries the server-side cause", async () => {
    const { client } = fake.use();
    const { jarId } = await uploadJar(client, emptyJar());
    const error = await runJar(client, jarId, { flinkVersion: "2.3", programArgs: ["--fail"] }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkBadRequestError);
    expect(error).toMatchObject({ status: 400, name: "FlinkBadRequestError", retryable: false });
    expect(error.message).toContain("Could not execute application.");
    expect(error.serverCause).toContain("main() failed on purpose");
  });
});

describe("waitForJob and lifecycle operations", () => {
  async function running(flinkVersion = "2.3", conf: Record<string, string> = {}) {
    const ctx = fake.use({ flinkVersion, clusterConfig: conf });
    const { jarId } = await uploadJar(ctx.client, emptyJar());
    const { jobId } = await runJar(ctx.client, jarId, {});
    return { ...ctx, jobId, jarId };
  }

  it("given a running job, then waiting for RUNNING returns at once", async () => {
    const { client, jobId } = await running();
    expect(await waitForJob(client, jobId)).toBe("RUNNING");
  });

  it("given a job cancelled while waiting for FINISHED, then FlinkJobFailedError names the state", async () => {
    const { client, jobId } = await running();
    expect(await cancelJob(client, jobId)).toBe("CANCELED");
    const error = await waitForJob(client, jobId, { until: ["FINISHED"] }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkJobFailedError);
    expect(error).toMatchObject({ jobId, state: "CANCELED" });
  });

  it("given a deadline, then FlinkTimeoutError names the last state; an abort gives FlinkAbortError", async () => {
    const { client, jobId } = await running();
    const timeout = await waitForJob(client, jobId, { until: ["FINISHED"], timeoutMs: 300, intervalMs: 50 }).catch(
      (e) => e,
    );
    expect(timeout).toBeInstanceOf(FlinkTimeoutError);
    expect(timeout.message).toContain("RUNNING");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(
      waitForJob(client, jobId, { until: ["FINISHED"], signal: controller.signal, intervalMs: 20 }),
    ).rejects.toBeInstanceOf(FlinkAbortError);
  });

  it("given a savepoint, a checkpoint and a stop-with-savepoint, then each returns its result", async () => {
    const { client, jobId, mock } = await running("2.3", { "execution.checkpointing.savepoint-dir": "file:///sp" });
    const savepoint = await triggerSavepoint(client, jobId);
    expect(savepoint.location).toMatch(/^file:\/sp\/savepoint-/);
    expect((await triggerCheckpoint(client, jobId)).checkpointId).toBe(1);
    const stopped = await stopWithSavepoint(client, jobId, { targetDirectory: "file:///other" });
    expect(stopped.location).toMatch(/^file:\/other\//);
    expect(mock.cluster.jobs.get(jobId)?.state).toBe("FINISHED");
  });

  it("given no savepoint directory anywhere, then the operation fails with FlinkOperationError", async () => {
    const { client, jobId } = await running();
    const error = await triggerSavepoint(client, jobId).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkOperationError);
    expect(error.failureCause).toContain("No savepoint directory");
  });
});

describe("submitJar", () => {
  it("given deleteJar and wait, then the job runs and the jar is gone", async () => {
    const { client, mock } = fake.use();
    const result = await submitJar(client, emptyJar(), { wait: true, deleteJar: true, parallelism: 2 });
    expect(result).toMatchObject({ state: "RUNNING", jarDeleted: true });
    expect(mock.cluster.jars.size).toBe(0);
    expect(mock.cluster.jobs.get(result.jobId)?.parallelism).toBe(2);
  });

  it("given a submission that fails, then the jar is still deleted (no orphan) and the run error is thrown", async () => {
    const { client, mock } = fake.use();
    const error = await submitJar(client, emptyJar(), { entryClass: "com.example.Missing", deleteJar: true }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(FlinkInternalServerError);
    expect(mock.cluster.jars.size).toBe(0);
  });
});

describe("snapshots while tasks start", () => {
  it("given Flink refuses a savepoint because tasks are still starting, then it is triggered again until it completes", async () => {
    const { client, mock } = fake.use({ clusterConfig: { "execution.checkpointing.savepoint-dir": "file:///sp" } });
    const { jarId } = await uploadJar(client, emptyJar());
    const { jobId } = await runJar(client, jarId, { flinkVersion: "2.3" });
    let refusals = 1;
    fake.server.use(
      http.get(`${mock.baseUrl}/jobs/:jobid/savepoints/:triggerid`, () => {
        if (refusals-- > 0) {
          const stack =
            "org.apache.flink.runtime.checkpoint.CheckpointException: Not all required tasks are currently running.";
          return HttpResponse.json({
            status: { id: "COMPLETED" },
            operation: { "failure-cause": { class: "CheckpointException", "stack-trace": stack } },
          });
        }
        return undefined;
      }),
    );
    const { location } = await triggerSavepoint(client, jobId, { timeoutMs: 10_000 });
    expect(location).toMatch(/^file:\/sp\//);
    expect(refusals).toBe(-1);
  });

  it("given a caller's own trigger id, then a refusal is not retried (the id must return the first result)", async () => {
    const { client, mock } = fake.use({ clusterConfig: { "execution.checkpointing.savepoint-dir": "file:///sp" } });
    const { jarId } = await uploadJar(client, emptyJar());
    const { jobId } = await runJar(client, jarId, { flinkVersion: "2.3" });
    fake.server.use(
      http.get(`${mock.baseUrl}/jobs/:jobid/savepoints/:triggerid`, () =>
        HttpResponse.json({
          status: { id: "COMPLETED" },
          operation: {
            "failure-cause": { class: "X", "stack-trace": "Not all required tasks are currently running." },
          },
        }),
      ),
    );
    const error = await triggerSavepoint(client, jobId, { triggerId: "0123456789abcdef0123456789abcdef" }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(FlinkOperationError);
  });
});

describe("a savepoint whose JobManager was lost (a leader change)", () => {
  // What a new leader answers for the dead leader's trigger id (real 1.20 and 2.3).
  const unknownTrigger = (jobId: string, triggerId: string) =>
    HttpResponse.json(
      { errors: [`There is no savepoint operation with triggerId=${triggerId} for job ${jobId}.`] },
      { status: 404 },
    );

  it("given the job recovered RUNNING, then FlinkOperationLostError names the job, its state and where a savepoint would be", async () => {
    const { client, mock } = fake.use({ clusterConfig: { "execution.checkpointing.savepoint-dir": "file:///sp/" } });
    const { jarId } = await uploadJar(client, emptyJar());
    const { jobId } = await runJar(client, jarId, { flinkVersion: "2.3" });
    fake.server.use(
      // The stop was accepted by the old leader, which died before the job finished.
      http.post(`${mock.baseUrl}/jobs/:jobid/stop`, () => HttpResponse.json({ "request-id": "a".repeat(32) })),
      http.get(`${mock.baseUrl}/jobs/:jobid/savepoints/:triggerid`, ({ params }) =>
        unknownTrigger(String(params.jobid), String(params.triggerid)),
      ),
    );
    const error = await stopWithSavepoint(client, jobId).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkOperationLostError);
    expect(error).toMatchObject({
      operation: "stop-with-savepoint",
      jobId,
      triggerId: "a".repeat(32),
      jobState: "RUNNING",
      savepointCompleted: undefined,
      savepointPattern: `file:///sp/savepoint-${jobId.slice(0, 6)}-*`,
    });
    expect(error.message).toContain(jobId);
    expect(error.message).toContain("RUNNING");
  });

  it("given the stopped job FINISHED, then the savepoint is said to have completed, in the target directory", async () => {
    const { client, mock } = fake.use();
    const { jarId } = await uploadJar(client, emptyJar());
    const { jobId } = await runJar(client, jarId, { flinkVersion: "2.3" });
    fake.server.use(
      http.get(`${mock.baseUrl}/jobs/:jobid/savepoints/:triggerid`, ({ params }) =>
        unknownTrigger(String(params.jobid), String(params.triggerid)),
      ),
    );
    const error = await stopWithSavepoint(client, jobId, { targetDirectory: "s3://b/sp" }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkOperationLostError);
    expect(error).toMatchObject({
      jobState: "FINISHED",
      savepointCompleted: true,
      savepointPattern: `s3://b/sp/savepoint-${jobId.slice(0, 6)}-*`,
    });
  });

  it("given another 404 on the status (the job itself unknown), then it stays a FlinkNotFoundError", async () => {
    const { client, mock } = fake.use();
    const { jarId } = await uploadJar(client, emptyJar());
    const { jobId } = await runJar(client, jarId, { flinkVersion: "2.3" });
    fake.server.use(
      http.get(`${mock.baseUrl}/jobs/:jobid/savepoints/:triggerid`, () =>
        HttpResponse.json({ errors: [`Job ${jobId} not found`] }, { status: 404 }),
      ),
    );
    const error = await stopWithSavepoint(client, jobId, { targetDirectory: "file:///sp" }).catch((e) => e);
    expect(error).not.toBeInstanceOf(FlinkOperationLostError);
    expect(error.name).toBe("FlinkNotFoundError");
  });
});

describe("secrets in Flink's answers", () => {
  it("given Flink quotes a sensitive value back in its error, then runJar's error shows ****** instead", async () => {
    const { client, mock } = fake.use();
    mock.cluster.registerProgram("com.acme.Leaky", (env) => {
      throw new Error(`could not log in with ${env.configuration["s3.secret-key"]}`);
    });
    const { jarId } = await uploadJar(client, emptyJar());
    const error = await runJar(client, jarId, {
      flinkVersion: "2.3",
      entryClass: "com.acme.Leaky",
      flinkConfiguration: untypedFlinkConfiguration({ "s3.secret-key": "hunter2-very-secret" }),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkBadRequestError);
    const everything = JSON.stringify({
      message: error.message,
      errors: error.errors,
      cause: error.serverCause,
      stack: error.stack,
    });
    expect(everything).not.toContain("hunter2-very-secret");
    expect(everything).toContain("******");
  });
});
