/**
 * A client over several JobManagers (high availability), against loopback servers that answer
 * like Flink's JobManagers of one cluster: jobs shared, jars per JobManager.
 */
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createFlinkClient,
  FlinkConnectionError,
  type FlinkError,
  FlinkInputError,
  FlinkTimeoutError,
  runJar,
  submitJar,
  uploadJar,
} from "../../src/index.js";
import {
  answer,
  type HostileFlink,
  lostRunAnswer,
  once,
  startHostileFlink,
  unavailable,
} from "../support/hostile-flink.js";

const started: HostileFlink[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.close().catch(() => undefined)));
});

/** Two JobManagers of one cluster: shared jobs, own jars. */
async function haPair() {
  const jobs: string[] = [];
  const a = await startHostileFlink({ jobs, checkJars: true });
  const b = await startHostileFlink({ jobs, checkJars: true });
  started.push(a, b);
  return { a, b, jobs };
}

/** A loopback address where nothing listens (connections are refused). */
async function deadAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

const fast = { initialDelayMs: 5, maxDelayMs: 20 };
const jar = () => new Uint8Array([80, 75, 5, 6, ...new Array(18).fill(0)]);

describe("createFlinkClient over several JobManagers", () => {
  it("given an address that refuses, then the call goes to the next, and later calls start there", async () => {
    const { b } = await haPair();
    const flink = createFlinkClient({ baseUrl: [await deadAddress(), b.url], retry: fast });
    expect((await flink.GET("/config")).response.status).toBe(200);
    expect((await flink.GET("/config")).response.status).toBe(200);
    expect(b.count("GET /config")).toBe(2);
  });

  it("given Flink's leader-election 503 on one JobManager, then the other answers (a POST too: nothing was handled)", async () => {
    const { a, b } = await haPair();
    a.faults.set("GET /config", unavailable);
    a.faults.set("POST /run", unavailable);
    const flink = createFlinkClient({ baseUrl: [a.url, b.url], retry: fast });
    expect((await flink.GET("/config")).response.status).toBe(200);
    expect(a.count("GET /config")).toBe(1);
    expect(b.count("GET /config")).toBe(1);
  });

  it("given every JobManager electing a leader, then the call ends at its deadline with FlinkTimeoutError", async () => {
    const { a, b } = await haPair();
    a.faults.set("GET /config", unavailable);
    b.faults.set("GET /config", unavailable);
    const flink = createFlinkClient({ baseUrl: [a.url, b.url], retry: fast, timeoutMs: 300 });
    const started = Date.now();
    const error = await flink.GET("/config").catch((e) => e);
    expect(error).toBeInstanceOf(FlinkTimeoutError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(a.count("GET /config")).toBeGreaterThan(0);
    expect(b.count("GET /config")).toBeGreaterThan(0);
  });

  it("given retry: false, then each address is asked once and the last 503 is returned", async () => {
    const { a, b } = await haPair();
    a.faults.set("GET /config", unavailable);
    b.faults.set("GET /config", unavailable);
    const flink = createFlinkClient({ baseUrl: [a.url, b.url] });
    expect((await flink.GET("/config", { retry: false })).response.status).toBe(503);
    expect([a.count("GET /config"), b.count("GET /config")]).toEqual([1, 1]);
  });

  it("given an upload on one JobManager, then its run goes there even after other calls moved on", async () => {
    const { a, b, jobs } = await haPair();
    const flink = createFlinkClient({ baseUrl: [a.url, b.url], retry: fast });
    const { jarId } = await uploadJar(flink, jar(), { fileName: "job.jar" });
    a.faults.set("GET /config", unavailable);
    await flink.GET("/config"); // moves the client on to b
    const { jobId } = await runJar(flink, jarId, { flinkVersion: "2.3.0", validation: "off" });
    expect(a.count("POST /run")).toBe(1);
    expect(b.count("POST /run")).toBe(0);
    expect(jobs).toEqual([jobId]);
  });

  it("given the jar's JobManager dies before the run, then submitJar uploads again elsewhere and runs the same job id once", async () => {
    const { a, b, jobs } = await haPair();
    // The JobManager dies right after its answer to the upload.
    a.faults.set("POST /jars/upload", (_req, res, _body, flink) => {
      res.once("finish", () => void flink.close());
      return "normal";
    });
    const flink = createFlinkClient({ baseUrl: [a.url, b.url], retry: fast });
    const result = await submitJar(flink, jar(), {
      flinkVersion: "2.3.0",
      validation: "off",
      upload: { fileName: "job.jar" },
    });
    expect(jobs).toEqual([result.jobId]);
    expect(b.jars.has(result.jarId)).toBe(true);
    expect(b.count("POST /run")).toBe(1);
  });

  it("given a JobManager that lost its jars (Flink's 500 Jar file ... does not exist), then submitJar uploads again and runs once", async () => {
    const { a, b, jobs } = await haPair();
    a.faults.set(
      "POST /run",
      once((_req, _res, _body, flink) => {
        flink.jars.clear();
        return "normal";
      }),
    );
    const flink = createFlinkClient({ baseUrl: [a.url, b.url], retry: fast });
    const result = await submitJar(flink, jar(), {
      flinkVersion: "2.3.0",
      validation: "off",
      upload: { fileName: "job.jar" },
    });
    expect(jobs).toEqual([result.jobId]);
    expect(a.count("POST /jars/upload")).toBe(2);
  });

  it("given a run whose answer is lost and a JobManager that dies with the jar, then it is still one job, found by id", async () => {
    const { a, b, jobs } = await haPair();
    a.faults.set("POST /run", (req, res, body, flink) => {
      lostRunAnswer(req, res, body, flink);
      setTimeout(() => void flink.close(), 5);
    });
    const flink = createFlinkClient({ baseUrl: [a.url, b.url], retry: fast });
    const result = await submitJar(flink, jar(), {
      flinkVersion: "2.3.0",
      validation: "off",
      upload: { fileName: "job.jar" },
    });
    expect(jobs).toEqual([result.jobId]);
    expect(b.count("POST /run")).toBe(0);
  });

  it("given a jar gone and a one-shot stream, then no second upload: the error says what exists", async () => {
    const { a, b, jobs } = await haPair();
    // The JobManager dies right after its answer to the upload.
    a.faults.set("POST /jars/upload", (_req, res, _body, flink) => {
      res.once("finish", () => void flink.close());
      return "normal";
    });
    const flink = createFlinkClient({ baseUrl: [a.url, b.url], retry: fast });
    const stream = new Blob([jar()]).stream();
    const error = await submitJar(flink, stream, {
      flinkVersion: "2.3.0",
      validation: "off",
      upload: { fileName: "job.jar" },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect((error as FlinkError).submission).toMatchObject({ runRequestSent: true });
    expect(error.message).toMatch(/upload it again/);
    expect(jobs).toEqual([]);
    expect(b.count("POST /jars/upload")).toBe(0);
  });

  it("given a run refused because the leader was lost (400 caused by RecipientUnreachableException), then it is sent again with the same job id: one job", async () => {
    const { a, b, jobs } = await haPair();
    a.faults.set(
      "POST /run",
      once(
        answer(
          {
            errors: [
              "org.apache.flink.runtime.rest.handler.RestHandlerException: Could not execute application.\n\tat ...\nCaused by: org.apache.flink.runtime.rpc.exceptions.RecipientUnreachableException: Could not send message [RemoteFencedMessage(..., RemoteRpcInvocation(DispatcherGateway.getBlobServerPort(Duration)))]",
            ],
          },
          400,
        ),
      ),
    );
    const flink = createFlinkClient({ baseUrl: [a.url, b.url], retry: fast });
    const result = await submitJar(flink, jar(), {
      flinkVersion: "2.3.0",
      validation: "off",
      upload: { fileName: "job.jar" },
    });
    expect(jobs).toEqual([result.jobId]);
    expect(a.count("POST /run")).toBe(2);
  });

  it("given bad address lists, then FlinkInputError names the problem", () => {
    expect(() => createFlinkClient({ baseUrl: [] })).toThrow(FlinkInputError);
    expect(() => createFlinkClient({ baseUrl: [] })).toThrow(/empty array/);
    expect(() => createFlinkClient({ baseUrl: ["http://a:1", "ftp://b"] })).toThrow(/ftp:\/\/b/);
    expect(() => createFlinkClient({ baseUrl: ["http://a:1", "http://a:1/"] })).toThrow(/same address twice/);
  });
});
