import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFlinkClient, FlinkConnectionError, uploadJar } from "../../src/index.js";
import { createTlsFetch } from "../../src/node/index.js";
import { makeTestCertificates } from "../support/test-ca.js";

let dir: string;
let certs: ReturnType<typeof makeTestCertificates>;
let server: Server;
let url: string;
const uploads: number[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "flink-rest-tls-"));
  certs = makeTestCertificates(dir);
  server = createServer({ ...certs.server, ca: certs.ca, requestCert: true, rejectUnauthorized: true }, (req, res) => {
    let bytes = 0;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
    });
    req.on("end", () => {
      if (req.url === "/jars/upload") {
        uploads.push(bytes);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ filename: "/tmp/flink-web/upload/1_job.jar", status: "success" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          "flink-version": "2.3.0",
          peer: (req.socket as import("node:tls").TLSSocket).getPeerCertificate().subject?.CN,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("TLS with a custom CA and client certificates (Node)", () => {
  it("given the CA and a client certificate, then requests and streamed uploads succeed over mutual TLS", async () => {
    const flink = createFlinkClient({ baseUrl: url, fetch: createTlsFetch({ ca: certs.ca, ...certs.client }) });
    const { data } = await flink.GET("/config");
    expect(data).toMatchObject({ "flink-version": "2.3.0", peer: "client" });
    const { jarId } = await uploadJar(flink, new Uint8Array(100_000), { fileName: "job.jar" });
    expect(jarId).toBe("1_job.jar");
    expect(uploads.at(-1)).toBeGreaterThan(100_000);
  });

  it("given no client certificate, then the server refuses and a FlinkConnectionError says so", async () => {
    const flink = createFlinkClient({
      baseUrl: url,
      fetch: createTlsFetch({ ca: certs.ca }),
      retry: { maxRetries: 0 },
    });
    await expect(flink.GET("/config")).rejects.toBeInstanceOf(FlinkConnectionError);
  });

  it("given a client certificate the server's CA did not sign, then FlinkConnectionError", async () => {
    const flink = createFlinkClient({
      baseUrl: url,
      fetch: createTlsFetch({ ca: certs.ca, ...certs.stranger }),
      retry: { maxRetries: 0 },
    });
    await expect(flink.GET("/config")).rejects.toBeInstanceOf(FlinkConnectionError);
  });

  it("given the system CAs only, then the test CA's server is not trusted", async () => {
    const flink = createFlinkClient({
      baseUrl: url,
      fetch: createTlsFetch({ ...certs.client }),
      retry: { maxRetries: 0 },
    });
    const error = await flink.GET("/config").catch((e) => e);
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect(error.message).toMatch(/certificate/i);
  });
});
