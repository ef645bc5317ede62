/**
 * A fetch for Node built on node:http/node:https: TLS with your own CA and client certificate
 * (mutual TLS), for a Flink REST endpoint with `security.ssl.rest.*` enabled or behind such a
 * proxy, independent of the undici version inside Node. Bodies stream both ways.
 */

import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent, type AgentOptions, request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { headersFromNode } from "./headers.js";

export interface TlsOptions {
  /** Certificate authority (PEM) that signed the server's certificate. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Client certificate chain (PEM), for mutual TLS. */
  cert?: string | Buffer;
  /** Client private key (PEM), for mutual TLS. */
  key?: string | Buffer;
  passphrase?: string;
  /** Refuse servers whose certificate does not verify (default true). Turn off only for tests. */
  rejectUnauthorized?: boolean;
  /** Server name to verify, when it differs from the URL's host. */
  servername?: string;
}

/**
 * Creates a fetch that uses the given TLS material; pass it as `createFlinkClient({ fetch })`.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * import { createFlinkClient } from "flink-rest-client";
 * import { createTlsFetch } from "flink-rest-client/node";
 *
 * const flink = createFlinkClient({
 *   baseUrl: "https://flink.internal:8081",
 *   fetch: createTlsFetch({ ca: readFileSync("ca.pem"), cert: readFileSync("client.pem"), key: readFileSync("client-key.pem") }),
 * });
 */
export function createTlsFetch(tls: TlsOptions): typeof globalThis.fetch {
  return createNodeFetch({ tls });
}

/**
 * A fetch on node:http/node:https for http and https URLs. Besides TLS material, it saves the
 * memory undici's fetch spends compiling its WebAssembly HTTP parser (~35 MB of RSS), which
 * matters for short-lived processes such as the `flink-rest` CLI.
 *
 * @example
 * const flink = createFlinkClient({ baseUrl: "http://localhost:8081", fetch: createNodeFetch() });
 */
export function createNodeFetch(options: { tls?: TlsOptions } = {}): typeof globalThis.fetch {
  const tls = options.tls ?? {};
  const agentOptions: AgentOptions = {
    keepAlive: true,
    rejectUnauthorized: tls.rejectUnauthorized ?? true,
    ...(tls.ca !== undefined ? { ca: tls.ca } : {}),
    ...(tls.cert !== undefined ? { cert: tls.cert } : {}),
    ...(tls.key !== undefined ? { key: tls.key } : {}),
    ...(tls.passphrase !== undefined ? { passphrase: tls.passphrase } : {}),
    ...(tls.servername !== undefined ? { servername: tls.servername } : {}),
  };
  const agent = new Agent(agentOptions);
  const httpAgent = new HttpAgent({ keepAlive: true });
  const tlsFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const secure = url.protocol === "https:";
    if (!secure && url.protocol !== "http:") {
      throw new TypeError(`fetch: ${url.protocol} URLs are not supported (http: or https: only)`);
    }
    const signal = request.signal;
    signal.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const send = secure ? httpsRequest : httpRequest;
      const req = send(url, { method: request.method, headers, agent: secure ? agent : httpAgent, signal }, (res) => {
        const status = res.statusCode ?? 500;
        const nullBody = request.method === "HEAD" || status === 204 || status === 304;
        resolve(
          new Response(nullBody ? null : (Readable.toWeb(res) as ReadableStream), {
            status,
            statusText: res.statusMessage ?? "",
            headers: headersFromNode(res.headers),
          }),
        );
      });
      req.on("error", (error) => reject(new TypeError("fetch failed", { cause: error })));
      if (request.body === null) {
        req.end();
      } else {
        pipeline(Readable.fromWeb(request.body as import("node:stream/web").ReadableStream), req).catch((error) =>
          req.destroy(error as Error),
        );
      }
    });
  };
  return tlsFetch as typeof globalThis.fetch;
}
