/**
 * Serves the built web-submit page and, under /flink, a Flink REST API on the same origin: the
 * fake cluster (MSW handlers through msw's getResponse) or a real Flink, proxied. Loopback only.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { Readable } from "node:stream";
import { getResponse, type HttpHandler } from "msw";
import { headersFromNode } from "../../src/node/headers.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface PageServer {
  readonly url: string;
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, url: URL): Request {
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url, {
    method: req.method ?? "GET",
    headers: headersFromNode(req.headers),
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

/** `flink`: the fake cluster's handlers (answering on `handlerOrigin`), or a real Flink's URL. */
export async function startPageServer(
  root: string,
  flink: { handlers: readonly HttpHandler[]; handlerOrigin: string } | { url: string },
): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://page.local").pathname;
    try {
      if (path === "/flink" || path.startsWith("/flink/")) {
        const rest = `${path.slice("/flink".length) || "/"}${new URL(req.url ?? "/", "http://x").search}`;
        const target = "url" in flink ? new URL(rest, flink.url) : new URL(rest, flink.handlerOrigin);
        const request = toRequest(req, target);
        const response =
          "url" in flink
            ? await fetch(request)
            : ((await getResponse([...flink.handlers], request)) ??
              Response.json({ errors: [`Not found: ${rest}`] }, { status: 404 }));
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
        return;
      }
      if (path === "/favicon.ico") {
        res.writeHead(204).end();
        return;
      }
      const file = normalize(join(root, path === "/" ? "index.html" : path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch (error) {
      res.writeHead((error as { code?: string }).code === "ENOENT" ? 404 : 500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
