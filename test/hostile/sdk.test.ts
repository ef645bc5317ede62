/**
 * The SDK against servers that misbehave on purpose (test/support/hostile-flink.ts). Every case
 * ends within its deadline with a typed FlinkError, and the server's log shows what happened:
 * one job per submission at most, the jar deleted unless kept, no request after the error.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createFlinkClient,
  FlinkAbortError,
  FlinkApiError,
  FlinkConnectionError,
  type FlinkError,
  FlinkInputError,
  FlinkResponseError,
  FlinkTimeoutError,
  getFlinkVersion,
  runJar,
  submitJar,
  uploadJar,
  waitForJob,
} from "../../src/index.js";
import {
  answer,
  closeMidResponse,
  type HostileFlink,
  hang,
  invalidJson,
  lostRunAnswer,
  once,
  redirect,
  stallMidBody,
  startHostileFlink,
  unavailable,
} from "../support/hostile-flink.js";

let dir: string;
let jar: string;
let flink: HostileFlink;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flink-rest-hostile-"));
  jar = join(dir, "job.jar");
  await writeFile(jar, new Uint8Array(64 * 1024));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await flink?.close();
});

const client = (options: Partial<Parameters<typeof createFlinkClient>[0]> = {}) =>
  createFlinkClient({ baseUrl: flink.url, timeoutMs: 500, retry: { initialDelayMs: 20, maxDelayMs: 50 }, ...options });

/** The error a promise rejects with, and how long that took. */
async function failure(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const start = Date.now();
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - start };
}

describe("answers that are not Flink's", () => {
  it("given a 200 whose body is not JSON, then FlinkResponseError naming the request (was a SyntaxError)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("GET /config", invalidJson);
    const { error } = await failure(getFlinkVersion(client()));
    expect(error).toBeInstanceOf(FlinkResponseError);
    expect((error as Error).message).toMatch(/GET \/config: the answer \(200, application\/json\) is not JSON/);
  });

  it("given a body that stalls past the deadline, then FlinkTimeoutError (was a raw DOMException)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("GET /config", stallMidBody);
    const { error, ms } = await failure(client().GET("/config", { retry: false }));
    expect(error).toBeInstanceOf(FlinkTimeoutError);
    expect((error as Error).message).toMatch(/answer's body stalled/);
    expect(ms).toBeLessThan(5000);
  });

  it("given a redirect, then FlinkApiError naming where it points, and no retry (was 3 tries and a FlinkConnectionError)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("GET /config", redirect("https://login.example/sso"));
    const { error } = await failure(getFlinkVersion(client()));
    expect(error).toBeInstanceOf(FlinkApiError);
    expect((error as FlinkApiError).status).toBe(302);
    expect((error as Error).message).toMatch(
      /302 to https:\/\/login\.example\/sso, which flink-rest-client does not follow/,
    );
    expect(flink.count("GET /config")).toBe(1);
  });

  it("given a /run answer of the wrong shape, then FlinkResponseError, not the value passed on", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", answer({ jobid: { evil: true } }));
    const { error } = await failure(runJar(client(), "a.jar", { flinkVersion: "2.3", validation: "off" }));
    expect(error).toBeInstanceOf(FlinkResponseError);
    expect((error as FlinkError).submission).toMatchObject({ runRequestSent: true, jarId: "a.jar" });
  });

  it('given an upload answered with filename "..", then FlinkResponseError, not blamed on the user', async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /jars/upload", answer({ filename: "/tmp/..", status: "success" }));
    const { error } = await failure(uploadJar(client(), { path: jar }));
    expect(error).toBeInstanceOf(FlinkResponseError);
    expect(error).not.toBeInstanceOf(FlinkInputError);
  });

  it("given a job state Flink does not have in the job overview, then FlinkResponseError", async () => {
    flink = await startHostileFlink();
    flink.register("a".repeat(32));
    flink.faults.set("GET /jobs/overview", answer({ jobs: [{ jid: "a".repeat(32), state: "PARTYING" }] }));
    const { error } = await failure(waitForJob(client(), "a".repeat(32), { timeoutMs: 2000 }));
    expect(error).toBeInstanceOf(FlinkResponseError);
  });
});

describe("deadlines everywhere", () => {
  it("given a server that never answers the upload, then the stall limit ends it (was a hang)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /jars/upload", hang);
    const { error, ms } = await failure(uploadJar(client(), { path: jar }, { stallTimeoutMs: 400 }));
    expect(error).toBeInstanceOf(FlinkTimeoutError);
    expect((error as Error).message).toMatch(/no upload progress for 400 ms/);
    expect(ms).toBeLessThan(5000);
  });

  it("given a server that stops reading the upload, then the stall limit ends it", async () => {
    flink = await startHostileFlink({ stallUploadAfterBytes: 1 });
    const big = join(dir, "big.jar");
    await writeFile(big, new Uint8Array(32 * 1024 * 1024));
    const { error, ms } = await failure(uploadJar(client(), { path: big }, { stallTimeoutMs: 400 }));
    expect(error).toBeInstanceOf(FlinkTimeoutError);
    expect(ms).toBeLessThan(10_000);
  });

  it("given a run request that hangs, then it is bounded by timeoutMs on every attempt (was 3 × 120 s)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", hang);
    const { error, ms } = await failure(
      runJar(client(), "a.jar", { flinkVersion: "2.3", validation: "off", timeoutMs: 300, retry: { maxRetries: 1 } }),
    );
    expect(error).toBeInstanceOf(FlinkTimeoutError);
    expect(flink.count("POST /run")).toBe(2);
    // Before each retry it asked whether the job exists.
    expect(flink.count("GET /jobs/:id")).toBe(2);
    expect(ms).toBeLessThan(5000);
  });

  it("given a deadline that passes during a retry's backoff, then FlinkTimeoutError (was a raw DOMException)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("GET /config", unavailable);
    const slow = client({ timeoutMs: 300, retry: { maxRetries: 5, initialDelayMs: 2000, maxDelayMs: 2000 } });
    const { error, ms } = await failure(slow.GET("/config"));
    expect(error).toBeInstanceOf(FlinkTimeoutError);
    expect(ms).toBeLessThan(2000);
  });

  it("given an abort during a retry's backoff, then FlinkAbortError (was a raw DOMException)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("GET /config", unavailable);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const slow = client({ timeoutMs: 0, retry: { maxRetries: 5, initialDelayMs: 2000, maxDelayMs: 2000 } });
    const { error } = await failure(slow.GET("/config", { signal: controller.signal }));
    expect(error).toBeInstanceOf(FlinkAbortError);
  });

  it("given 503 forever, then the retries end with FlinkApiError 503 after backing off", async () => {
    flink = await startHostileFlink();
    flink.faults.set("GET /config", unavailable);
    const { error } = await failure(getFlinkVersion(client()));
    expect(error).toBeInstanceOf(FlinkApiError);
    expect((error as FlinkApiError).status).toBe(503);
    expect(flink.count("GET /config")).toBe(3);
  });
});

describe("submissions that leave things known", () => {
  it("given a /run answer lost mid-body, then the job is found with GET /jobs/{id} and submitted once (was a raw TypeError)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", once(closeMidResponse));
    // The dropped answer registered no job: the check finds none, and the retry submits it.
    const result = await runJar(client(), "a.jar", { flinkVersion: "2.3", validation: "off" });
    expect(flink.jobs).toEqual([result.jobId]);
    expect(flink.count("GET /jobs/:id")).toBe(1);
    expect(flink.count("POST /run")).toBe(2);
  });

  it("given a job registered whose answer is lost, then it is found and not submitted again", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", lostRunAnswer);
    const result = await runJar(client(), "a.jar", { flinkVersion: "2.3", validation: "off" });
    expect(flink.jobs).toEqual([result.jobId]);
    expect(flink.count("POST /run")).toBe(1);
  });

  it("given dropped connections, then runJar backs off between attempts (was 3 POSTs in 30 ms)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", closeMidResponse);
    flink.faults.set("GET /jobs/:id", answer({ errors: ["not found"] }, 404));
    const times: number[] = [];
    const original = flink.faults.get("POST /run");
    flink.faults.set("POST /run", (req, res, body, f) => {
      times.push(Date.now());
      return original?.(req, res, body, f);
    });
    const slow = client({ retry: { initialDelayMs: 200, maxDelayMs: 400 } });
    const { error } = await failure(runJar(slow, "a.jar", { flinkVersion: "2.3", validation: "off" }));
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect(times).toHaveLength(3);
    // Exponential backoff with jitter: at least half of 200 ms, then of 400 ms.
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(100);
    expect((times[2] as number) - (times[1] as number)).toBeGreaterThanOrEqual(200);
  });

  it("given a job that was submitted but whose jar could not be deleted, then the submission succeeds with cleanupError", async () => {
    flink = await startHostileFlink();
    flink.faults.set("DELETE /jars/:id", answer({ errors: ["disk on fire"] }, 500));
    const result = await submitJar(
      client(),
      { path: jar },
      { flinkVersion: "2.3", validation: "off", deleteJar: true },
    );
    expect(flink.jobs).toEqual([result.jobId]);
    expect(result.jarDeleted).toBe(false);
    expect(result.cleanupError).toBeInstanceOf(FlinkApiError);
  });

  it("given an abort while the run request is in flight, then FlinkAbortError with the job id, and the jar is deleted", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", hang);
    const controller = new AbortController();
    const promise = submitJar(
      client({ timeoutMs: 0 }),
      { path: jar },
      {
        flinkVersion: "2.3",
        validation: "off",
        deleteJar: true,
        signal: controller.signal,
      },
    );
    while (flink.count("POST /run") === 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
    controller.abort();
    const { error } = await failure(promise);
    expect(error).toBeInstanceOf(FlinkAbortError);
    const submission = (error as FlinkError).submission;
    expect(submission).toMatchObject({ runRequestSent: true, jarDeleted: true });
    expect(submission?.jobId).toMatch(/^[0-9a-f]{32}$/);
    expect(flink.jars.size).toBe(0);
  });

  it("given bad options, then nothing is uploaded (the checks come first)", async () => {
    flink = await startHostileFlink();
    for (const options of [
      { jobId: "nothex" },
      { flinkConfiguration: { " ": "x" } },
      { flinkConfiguration: { "pipeline.nmae": "x" }, validation: "error" as const },
      { savepointPath: "", claimMode: "OWN" as never },
    ]) {
      const { error } = await failure(submitJar(client(), { path: jar }, { flinkVersion: "2.3", ...options }));
      expect(error, JSON.stringify(options)).toBeInstanceOf(FlinkInputError);
    }
    expect(flink.count("POST /jars/upload")).toBe(0);
  });
});

describe("sources that cannot be sent", () => {
  it("given a directory named dir.jar, then FlinkInputError before anything is sent (was 'socket hang up')", async () => {
    flink = await startHostileFlink();
    const folder = join(dir, "dir.jar");
    await mkdir(folder, { recursive: true });
    const { error } = await failure(uploadJar(client(), { path: folder }));
    expect(error).toBeInstanceOf(FlinkInputError);
    expect((error as Error).message).toMatch(/is a directory, not a regular file/);
    expect(flink.log).toEqual([]);
  });

  it("given a named pipe called x.jar, then FlinkInputError at once (was a hang in open)", async () => {
    flink = await startHostileFlink();
    const fifo = join(dir, "x.jar");
    execFileSync("mkfifo", [fifo]);
    const { error, ms } = await failure(uploadJar(client(), { path: fifo }));
    expect(error).toBeInstanceOf(FlinkInputError);
    expect((error as Error).message).toMatch(/is a named pipe/);
    expect(ms).toBeLessThan(2000);
  });

  it("given a connection dropped in the middle of the upload, then a file is sent again, a one-shot stream is not", async () => {
    flink = await startHostileFlink({ closeUploadAfterBytes: 16 * 1024 });
    const fromFile = await failure(uploadJar(client({ retry: { maxRetries: 2, initialDelayMs: 10 } }), { path: jar }));
    expect(fromFile.error).toBeInstanceOf(FlinkConnectionError);
    expect(flink.count("POST /jars/upload")).toBe(3);
    const bytes = new Uint8Array(64 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    const fromStream = await failure(
      uploadJar(client({ retry: { maxRetries: 2, initialDelayMs: 10 } }), stream, { fileName: "job.jar" }),
    );
    expect(fromStream.error).toBeInstanceOf(FlinkConnectionError);
    expect(flink.count("POST /jars/upload")).toBe(4);
  });

  it("given Flink's 413 for a body over rest.server.max-content-length, then FlinkApiError 413 and no retry", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /jars/upload", (_req, res) => {
      res.writeHead(413, { "content-length": "0" });
      res.end();
    });
    const { error } = await failure(uploadJar(client(), { path: jar }));
    expect(error).toBeInstanceOf(FlinkApiError);
    expect((error as FlinkApiError).status).toBe(413);
    expect(flink.count("POST /jars/upload")).toBe(1);
  });

  it("given a jar truncated while it is sent, then FlinkInputError and the upload stops (was a hang)", async () => {
    flink = await startHostileFlink();
    const growing = join(dir, "rebuilt.jar");
    await writeFile(growing, new Uint8Array(24 * 1024 * 1024));
    const { error, ms } = await failure(
      uploadJar(
        client({ timeoutMs: 5000 }),
        { path: growing },
        {
          onProgress: ({ sent }) => {
            if (sent > 2 * 1024 * 1024) {
              execFileSync("truncate", ["-s", "1000", growing]);
            }
          },
        },
      ),
    );
    expect(error).toBeInstanceOf(FlinkInputError);
    expect((error as Error).message).toMatch(/changed while it was being sent/);
    expect(ms).toBeLessThan(5000);
  });
});
