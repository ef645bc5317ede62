/**
 * Serves a fetch-style handler over real HTTP with node:http (for `flink-rest mock` and the
 * tests): each request becomes a fetch Request (body streamed, not buffered here) and the
 * handler's Response is written back. Node-only, so it lives beside the other Node code; the
 * handler (the fake cluster's `mock.handle`) comes from the browser-safe `./msw` entry.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { headersFromNode } from "./headers.js";

export interface HttpServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

/** Answers one request. */
export type RequestHandler = (request: Request) => Promise<Response>;

function toRequest(req: IncomingMessage, origin: string): Request {
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers: headersFromNode(req.headers),
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  // A network error (the fake's "drop the connection" fault): close the socket without an answer.
  if (response.type === "error") {
    res.destroy();
    return;
  }
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  const body = new Uint8Array(await response.arrayBuffer());
  res.setHeader("content-length", String(body.byteLength));
  res.end(body);
}

/** Starts a server on `host:port` (port 0 picks a free one; host defaults to loopback). */
export async function startHttpServer(
  handle: RequestHandler,
  options: { port?: number; host?: string } = {},
): Promise<HttpServer> {
  const host = options.host ?? "127.0.0.1";
  let origin = "http://localhost";
  const server = createServer((req, res) => {
    const request = toRequest(req, origin);
    handle(request)
      .then((response) => writeResponse(res, response))
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
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  origin = url;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
