/**
 * `flink-rest mock` (a real child process) never falls over: any method, request target, header or
 * body gets an answer (Flink's, where Flink has one), and /config still answers afterwards.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createFlinkClient } from "../../src/client/create-client.js";
import { submitJar, uploadJar } from "../../src/index.js";
import { spawnCli, stopChild, waitForLine } from "../support/cli.js";

let child: ChildProcess | undefined;
afterEach(async () => {
  if (child) {
    await stopChild(child);
  }
  child = undefined;
});

async function startMock(...args: string[]): Promise<{ url: string; port: number; uploads: string }> {
  child = spawnCli(["mock", "--port", "0", ...args]);
  const [, url, port, uploads] = await waitForLine(
    child,
    /listening on (http:\/\/127\.0\.0\.1:(\d+))[\s\S]*stored in (\S+)/,
  );
  return { url: url as string, port: Number(port), uploads: uploads as string };
}

/** Sends raw bytes over TCP and returns what comes back before the socket closes or 2 s pass. */
function raw(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.on("data", (d) => {
      answer += d.toString("latin1");
      if (/\r\n\r\n/.test(answer) && /content-length: 0|\}$|\]$/i.test(answer)) {
        done();
      }
    });
    socket.on("error", done);
    socket.on("close", done);
    setTimeout(done, 2000);
    socket.end(bytes);
  });
}

/** A small seeded PRNG, so a failing fuzz run can be replayed from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("flink-rest mock never falls over", () => {
  it("given TRACE, a target that is no URL, and malformed HTTP, then Flink-like answers and it keeps serving (was an uncaught TypeError)", async () => {
    const { url, port } = await startMock();
    expect(await raw(port, "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n")).toMatch(/^HTTP\/1\.1 404/);
    expect(await raw(port, "GET //[/ HTTP/1.1\r\nHost: x\r\n\r\n")).toMatch(/^HTTP\/1\.1 404/);
    expect(await raw(port, "NOT HTTP AT ALL\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${url}/config`)).status).toBe(200);
  });

  it("given a job id that does not parse, then Flink's 400 (was 404)", async () => {
    const { url } = await startMock();
    const answer = await fetch(`${url}/jobs/abc?mode=cancel`, { method: "PATCH" });
    expect(answer.status).toBe(400);
    expect((await answer.json()).errors[0]).toContain('Cannot resolve path parameter (jobid) from value "abc".');
    const trigger = await fetch(`${url}/jobs/${"a".repeat(32)}/savepoints/nope`);
    expect(trigger.status).toBe(400);
  });

  it("given a body over rest.server.max-content-length, with or without a length, then Flink's 413 (was accepted)", async () => {
    const { url } = await startMock("--conf", "rest.server.max-content-length=1000");
    const body = JSON.stringify({ programArgs: "x".repeat(2000) });
    const withLength = await fetch(`${url}/jars/a.jar/run`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    });
    expect(withLength.status).toBe(413);
    const chunked = await fetch(`${url}/jars/a.jar/run`, {
      method: "POST",
      body: new Blob([body]).stream(),
      duplex: "half",
      headers: { "content-type": "application/json" },
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await fetch(`${url}/config`)).status).toBe(200);
  });

  it("given sensitive keys in its configuration, then /jobmanager/config and a job's show ****** as Flink does (was the value)", async () => {
    const { url } = await startMock("--conf", "s3.secret-key=CANARY-SECRET", "--conf", "pipeline.name=visible");
    const client = createFlinkClient({ baseUrl: url });
    const cluster = await (await fetch(`${url}/jobmanager/config`)).text();
    expect(cluster).not.toContain("CANARY-SECRET");
    expect(JSON.parse(cluster)).toContainEqual({ key: "s3.secret-key", value: "******" });
    const { jobId } = await submitJar(client, new Uint8Array(22), { upload: { fileName: "a.jar" } });
    const job = await (await fetch(`${url}/jobs/${jobId}/jobmanager/config`)).text();
    expect(job).not.toContain("CANARY-SECRET");
    expect(job).toContain("visible");
  });

  it("given an upload, then it is streamed to a file on disk, which goes when the jar is deleted", async () => {
    const { url, uploads } = await startMock();
    const client = createFlinkClient({ baseUrl: url });
    const { jarId } = await uploadJar(client, new Uint8Array(3 * 1024 * 1024), { fileName: "big.jar" });
    const stored = readdirSync(uploads);
    expect(stored).toHaveLength(1);
    await client.DELETE("/jars/{jarid}", { params: { path: { jarid: jarId } } });
    expect(readdirSync(uploads)).toEqual([]);
    await stopChild(child as ChildProcess);
    expect(existsSync(uploads)).toBe(false);
  });

  it("given 300 random methods, targets, headers and bodies, then it answers each and still serves /config", async () => {
    const { url, port } = await startMock();
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
    const random = prng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
    const methods = [
      "GET",
      "POST",
      "PUT",
      "PATCH",
      "DELETE",
      "HEAD",
      "OPTIONS",
      "TRACE",
      "CONNECT",
      "FOO",
      "get",
      "M-SEARCH",
    ];
    const targets = [
      "/",
      "/config",
      "/jars/upload",
      "/jars/x.jar/run",
      "/jars/../run",
      "/jobs/abc",
      `/jobs/${"f".repeat(32)}/savepoints`,
      "//[/",
      "/%zz",
      "/jobs/overview?x=%",
      `/${"a".repeat(5000)}`,
      "*",
      "http://elsewhere/config",
    ];
    const contentTypes = [
      "application/json",
      "multipart/form-data; boundary=x",
      "multipart/form-data",
      "text/plain",
      "\u00ff",
    ];
    let answered = 0;
    for (let i = 0; i < 300; i++) {
      const body = pick([
        Buffer.alloc(0),
        bytes(Math.floor(random() * 2000)),
        Buffer.from('{"jobId": 1, "flinkConfiguration": []}'),
        Buffer.from('--x\r\nContent-Disposition: form-data; name="jarfile"; filename="a.jar"\r\n\r\nPK\r\n--x--\r\n'),
      ]);
      const length = pick([String(body.length), String(body.length + 10), "abc", undefined]);
      const head = [
        `${pick(methods)} ${pick(targets)} HTTP/1.1`,
        "Host: 127.0.0.1",
        `Content-Type: ${pick(contentTypes)}`,
        ...(length === undefined ? [] : [`Content-Length: ${length}`]),
        ...(random() < 0.2
          ? [
              `X-${bytes(4).toString("hex")}: ${bytes(8)
                .toString("latin1")
                .replace(/[\r\n]/g, "")}`,
            ]
          : []),
      ].join("\r\n");
      const answer = await raw(port, Buffer.concat([Buffer.from(`${head}\r\n\r\n`, "latin1"), body]));
      if (/^HTTP\/1\.1 \d{3}/.test(answer)) {
        answered++;
      }
    }
    expect(child?.exitCode, `fuzz seed ${seed}`).toBe(null);
    expect(answered, `fuzz seed ${seed}`).toBeGreaterThan(200);
    const config = await fetch(`${url}/config`);
    expect(config.status, `fuzz seed ${seed}`).toBe(200);
  }, 120_000);
});
