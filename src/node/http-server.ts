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

/**
 * Answers a request from the raw Node message instead of a fetch Request (to stream an upload to
 * disk); undefined passes it on to the handler.
 */
export type NodeInterceptor = (req: IncomingMessage) => Promise<Response> | undefined;

/** Flink's 404 for what its router does not know (an unknown method, a target that is no path). */
function notFound(target: string): Response {
  return Response.json({ errors: [`Not found: ${target}`] }, { status: 404 });
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers: headersFromNode(req.headers),
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

async function answer(
  req: IncomingMessage,
  origin: string,
  handle: RequestHandler,
  intercept: NodeInterceptor | undefined,
): Promise<Response> {
  const intercepted = intercept?.(req);
  if (intercepted) {
    return intercepted;
  }
  let request: Request;
  try {
    request = toRequest(req, origin);
  } catch {
    // fetch's Request refuses some methods (TRACE, CONNECT) and some targets (`//[/`); Flink's
    // router answers them with 404. The body, if any, is drained so the connection stays usable.
    req.resume();
    return notFound(req.url ?? "/");
  }
  return handle(request);
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
  options: { port?: number; host?: string; intercept?: NodeInterceptor } = {},
): Promise<HttpServer> {
  const host = options.host ?? "127.0.0.1";
  let origin = "http://localhost";
  const server = createServer((req, res) => {
    // A client that goes away mid-request must not take the server with it.
    req.on("error", () => undefined);
    res.on("error", () => undefined);
    Promise.resolve()
      .then(() => answer(req, origin, handle, options.intercept))
      .then((response) => writeResponse(res, response))
      .catch(async (error: unknown) => {
        await writeResponse(
          res,
          Response.json({ errors: ["Internal server error.", String(error)] }, { status: 500 }),
        ).catch(() => res.destroy());
      });
  });
  server.on("clientError", (_error, socket) => {
    // Malformed HTTP: answer 400 and close, as Netty does, instead of an unhandled error.
    if (socket.writable) {
      socket.end("HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
    }
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
