/**
 * Serves MSW handlers over real HTTP with node:http (for `flink-rest mock`): each request becomes
 * a fetch Request (body streamed, not buffered here) and goes through msw's `getResponse`.
 * Node-only, so it is not part of the `./msw` entry, which also runs in browsers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { getResponse, type HttpHandler } from "msw";
import { headersFromNode } from "../node/headers.js";

export interface MockHttpServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = headersFromNode(req.headers);
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  const body = new Uint8Array(await response.arrayBuffer());
  res.setHeader("content-length", String(body.byteLength));
  res.end(body);
}

/** Starts a server on `host:port` (port 0 picks a free one); it answers unknown paths as Flink does. */
export async function startMockHttpServer(
  handlers: readonly HttpHandler[],
  options: {
    port?: number;
    host?: string;
    /** The origin the handlers answer on (their `baseUrl`); requests are rewritten to it. */
    handlerOrigin?: string;
  } = {},
): Promise<MockHttpServer> {
  const host = options.host ?? "127.0.0.1";
  const handlerOrigin = options.handlerOrigin ?? "http://localhost:8081";
  const server = createServer((req, res) => {
    const request = toRequest(req, handlerOrigin);
    getResponse([...handlers], request)
      .then(async (response) => {
        if (response) {
          await writeResponse(res, response);
        } else {
          const path = new URL(request.url).pathname;
          await writeResponse(res, Response.json({ errors: [`Not found: ${path}`] }, { status: 404 }));
        }
      })
      .catch(async (error: unknown) => {
        await writeResponse(
          res,
          Response.json({ errors: ["Internal server error.", String(error)] }, { status: 500 }),
        ).catch(() => res.destroy());
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
