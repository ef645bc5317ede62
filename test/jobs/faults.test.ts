import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createFlinkClient,
  FlinkAbortError,
  FlinkConnectionError,
  FlinkTimeoutError,
  uploadJar,
} from "../../src/index.js";

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("uploads under faults", () => {
  it("given a server that closes the connection mid-upload, then bytes are sent again, a one-shot stream is not", async () => {
    let attempts = 0;
    const url = await listen(
      createServer((req) => {
        attempts++;
        let received = 0;
        req.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > 1_000_000) {
            req.socket.destroy();
          }
        });
      }),
    );
    const client = createFlinkClient({ baseUrl: url, retry: { initialDelayMs: 10 } });
    const error = await uploadJar(client, new Uint8Array(20_000_000), { fileName: "big.jar" }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkConnectionError);
    expect(attempts).toBe(3);
    attempts = 0;
    const stream = new Blob([new Uint8Array(20_000_000)]).stream();
    const once = await uploadJar(client, stream, { fileName: "big.jar" }).catch((e) => e);
    expect(once).toBeInstanceOf(FlinkConnectionError);
    expect(attempts).toBe(1);
  });

  it("given a server that stalls while reading the upload, then the upload's timeout ends it", async () => {
    const url = await listen(createServer(() => {}));
    const client = createFlinkClient({ baseUrl: url });
    const error = await uploadJar(client, new Uint8Array(10_000), { fileName: "a.jar", timeoutMs: 200 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(FlinkTimeoutError);
  });

  it("given an AbortSignal fired mid-upload, then FlinkAbortError and progress stops", async () => {
    const url = await listen(createServer((req) => req.resume()));
    const client = createFlinkClient({ baseUrl: url });
    const controller = new AbortController();
    let sent = 0;
    let produced = 0;
    const chunk = new Uint8Array(65_536);
    const source = new ReadableStream<Uint8Array>({
      pull(c) {
        produced += chunk.byteLength;
        if (produced > 50_000_000) {
          c.close();
        } else {
          c.enqueue(chunk);
        }
      },
    });
    const error = await uploadJar(client, source, {
      fileName: "a.jar",
      signal: controller.signal,
      onProgress: (p) => {
        sent = p.sent;
        if (p.sent > 5_000_000) {
          controller.abort();
        }
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkAbortError);
    expect(sent).toBeLessThan(50_000_000);
  });
});
