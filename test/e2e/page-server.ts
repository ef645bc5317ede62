/**
 * Serves a built page (loopback only) and, when given a Flink URL, proxies `/flink/...` to it,
 * so the page and the cluster share an origin, as behind a reverse proxy: Flink answers no CORS
 * preflight requests, so a page on another origin could not submit.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { Readable } from "node:stream";
import { headersFromNode } from "../../src/node/headers.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

// fetch has already decoded the body and knows its length; these would describe the original.
const HOP_HEADERS = new Set(["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"]);

export interface PageServer {
  readonly url: string;
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, url: URL): Request {
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const headers = headersFromNode(req.headers);
  headers.delete("host");
  return new Request(url, {
    method: req.method ?? "GET",
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

/** `flink.url`: the Flink REST address `/flink` forwards to (none: `/flink` is a 404); `port` 0 picks a free one. */
export async function startPageServer(root: string, flink?: { url: string }, port = 0): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://page.local");
    try {
      if (flink && (url.pathname === "/flink" || url.pathname.startsWith("/flink/"))) {
        const target = new URL(`${url.pathname.slice("/flink".length) || "/"}${url.search}`, flink.url);
        const response = await fetch(toRequest(req, target));
        const body = Buffer.from(await response.arrayBuffer());
        const headers = [...response.headers].filter(([name]) => !HOP_HEADERS.has(name));
        res.writeHead(response.status, Object.fromEntries(headers));
        res.end(body);
        return;
      }
      if (url.pathname === "/favicon.ico") {
        res.writeHead(204).end();
        return;
      }
      const file = normalize(join(root, url.pathname === "/" ? "index.html" : url.pathname));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch (error) {
      res.writeHead((error as { code?: string }).code === "ENOENT" ? 404 : 502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
