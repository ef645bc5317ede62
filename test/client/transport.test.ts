import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { unwrap } from "../../src/client/result.js";
import {
  createFlinkClient,
  FlinkAbortError,
  FlinkApiError,
  FlinkConnectionError,
  FlinkNotFoundError,
  FlinkServiceUnavailableError,
  FlinkTimeoutError,
} from "../../src/index.js";

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A loopback server whose handler the test writes; returns its URL and the requests it saw. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    handler(req, res, seen.length);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

describe("transport: typed failures", () => {
  it("given nothing listens on the port, then FlinkConnectionError names the address and the cause", async () => {
    const { url } = await serve(() => {});
    servers[0]?.close();
    const client = createFlinkClient({ baseUrl: url, retry: { maxRetries: 0 } });
    const error = await client.GET("/config").catch((e) => e);
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect(error.message).toContain(url);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.cause).toBeDefined();
  });

  it("given a server that never answers, then FlinkTimeoutError after timeoutMs", async () => {
    const { url } = await serve(() => {});
    const client = createFlinkClient({ baseUrl: url, timeoutMs: 150, retry: { maxRetries: 0 } });
    const started = Date.now();
    const error = await client.GET("/config").catch((e) => e);
    expect(error).toBeInstanceOf(FlinkTimeoutError);
    expect(error.timeoutMs).toBe(150);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("given the caller aborts, then FlinkAbortError (not a timeout)", async () => {
    const { url } = await serve(() => {});
    const client = createFlinkClient({ baseUrl: url });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(client.GET("/config", { signal: controller.signal })).rejects.toBeInstanceOf(FlinkAbortError);
  });

  it("given an error body that is not JSON (a proxy page), then FlinkApiError keeps the text", async () => {
    const { url } = await serve((_, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><body>Bad Gateway</body></html>");
    });
    const client = createFlinkClient({ baseUrl: url, retry: { maxRetries: 0 } });
    const result = await client.GET("/config");
    const thrown = (() => {
      try {
        unwrap(result, "GET /config");
      } catch (e) {
        return e as FlinkApiError;
      }
    })();
    expect(thrown).toBeInstanceOf(FlinkApiError);
    expect(thrown).toMatchObject({
      status: 502,
      errors: [],
      body: "<html><body>Bad Gateway</body></html>",
      retryable: true,
    });
    expect(thrown?.message).toContain("GET /config: Flink answered 502: <html>");
  });

  it("given Flink's 404 and 500 bodies, then the subclass and the parsed server cause", async () => {
    const { url } = await serve((req, res) => {
      if (req.url?.startsWith("/jobs/")) {
        json(res, 404, {
          errors: ["org.apache.flink.runtime.rest.NotFoundException: Job 00 not found\n\tat x.y(Z.java:1)"],
        });
      } else {
        json(res, 500, {
          errors: [
            "Internal server error.",
            "<Exception on server side:\njava.util.concurrent.CompletionException: org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: boom\n\tat a.b(C.java:1)\nCaused by: java.lang.IllegalStateException: boom\n\tat d.e(F.java:2)\n\t... 3 more\n\nEnd of exception on server side>",
          ],
        });
      }
    });
    const client = createFlinkClient({ baseUrl: url });
    const notFound = await client.GET("/jobs/{jobid}", { params: { path: { jobid: "00" } } });
    expect(() => unwrap(notFound)).toThrow(FlinkNotFoundError);
    const failed = await client.GET("/config");
    const error = (() => {
      try {
        unwrap(failed, "GET /config");
      } catch (e) {
        return e as FlinkApiError;
      }
    })();
    expect(error?.name).toBe("FlinkInternalServerError");
    expect(error?.serverMessage).toBe(
      "java.util.concurrent.CompletionException: org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: boom",
    );
    expect(error?.serverCause).toBe("java.lang.IllegalStateException: boom");
    expect(error?.message).toContain("(cause: boom)");
  });
});

describe("transport: retries", () => {
  it("given a 503 then success, then a GET is retried and succeeds", async () => {
    const { url, seen } = await serve((_, res, n) =>
      n === 1 ? json(res, 503, { errors: ["leader election"] }) : json(res, 200, { "flink-version": "2.3.0" }),
    );
    const client = createFlinkClient({ baseUrl: url, retry: { initialDelayMs: 10 } });
    const { data } = await client.GET("/config");
    expect(data?.["flink-version"]).toBe("2.3.0");
    expect(seen.length).toBe(2);
  });

  it("given a 503 that persists, then the last answer is returned after maxRetries", async () => {
    const { url, seen } = await serve((_, res) => json(res, 503, { errors: ["leader election"] }));
    const client = createFlinkClient({ baseUrl: url, retry: { maxRetries: 2, initialDelayMs: 5 } });
    const result = await client.GET("/config");
    expect(() => unwrap(result)).toThrow(FlinkServiceUnavailableError);
    expect(seen.length).toBe(3);
  });

  it("given a 4xx, then nothing is retried", async () => {
    const { url, seen } = await serve((_, res) => json(res, 400, { errors: ["bad"] }));
    const client = createFlinkClient({ baseUrl: url, retry: { initialDelayMs: 5 } });
    await client.GET("/config");
    await client.DELETE("/jars/{jarid}", { params: { path: { jarid: "a.jar" } } });
    expect(seen.length).toBe(2);
  });

  it("given a 502 from a proxy, then GETs are retried but POSTs are not (the POST may have been handled)", async () => {
    const { url, seen } = await serve((_, res) => json(res, 502, { errors: ["proxy"] }));
    const client = createFlinkClient({ baseUrl: url, retry: { maxRetries: 1, initialDelayMs: 5 } });
    await client.GET("/config");
    expect(seen.length).toBe(2);
    await client.POST("/jobs/{jobid}/savepoints", { params: { path: { jobid: "00" } }, body: {} });
    expect(seen.length).toBe(3);
  });

  it("given a dropped connection, then an idempotent request is retried and a POST is not", async () => {
    const { url, seen } = await serve((req, res, n) => {
      if (n === 1 || req.method === "POST") {
        req.socket.destroy();
      } else {
        json(res, 200, {});
      }
    });
    const client = createFlinkClient({ baseUrl: url, retry: { maxRetries: 1, initialDelayMs: 5 } });
    await expect(client.GET("/config")).resolves.toBeDefined();
    await expect(
      client.POST("/jobs/{jobid}/savepoints", { params: { path: { jobid: "00" } }, body: {} }),
    ).rejects.toBeInstanceOf(FlinkConnectionError);
    expect(seen.map((r) => r.method)).toEqual(["GET", "GET", "POST"]);
  });
});

describe("transport: authentication and headers", () => {
  it("given basic auth, bearer auth (static and from a function) and extra headers, then each request carries them", async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, {}));
    await createFlinkClient({ baseUrl: url, auth: { type: "basic", username: "flink", password: "pä:ss" } }).GET(
      "/config",
    );
    await createFlinkClient({ baseUrl: url, auth: { type: "bearer", token: "t0k" } }).GET("/config");
    await createFlinkClient({
      baseUrl: url,
      auth: { type: "bearer", token: async () => "fresh" },
      headers: { "X-Team": "data" },
    }).GET("/config");
    expect(seen.map((r) => r.headers.authorization)).toEqual([
      `Basic ${Buffer.from("flink:pä:ss").toString("base64")}`,
      "Bearer t0k",
      "Bearer fresh",
    ]);
    expect(seen[2]?.headers["x-team"]).toBe("data");
  });

  it("given a base URL with a path prefix, then every request goes under it", async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, {}));
    await createFlinkClient({ baseUrl: `${url}/flink/` }).GET("/jobs/overview");
    expect(seen[0]?.url).toBe("/flink/jobs/overview");
  });
});
