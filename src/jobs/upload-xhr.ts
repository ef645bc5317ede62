/**
 * Uploads through XMLHttpRequest, for browsers: fetch cannot tell how much of a request body has
 * been sent (counting a streamed body needs HTTP/2, and Flink's REST endpoint speaks HTTP/1.1),
 * while XHR's `upload.onprogress` can. Browser-safe: no Node imports.
 */

import type { SendRequest } from "../client/transport.js";

/**
 * A fetch-shaped sender for one upload: sends `body` with XMLHttpRequest and reports the bytes
 * sent from `upload.onprogress`. `body` replaces the Request's own body, which by now is a stream
 * copy of the same Blob; XHR sends the Blob itself, so the file is not read into memory. The
 * Request's method, URL, headers (authorization included) and credentials are kept, and
 * `init.signal` (or the Request's) aborts it.
 *
 * Cross-origin, a request with upload listeners is always preflighted (CORS), and Flink answers
 * no preflight: unless `always`, such a request goes to the global fetch instead, which sends a
 * multipart body as a simple request that Flink's `Access-Control-Allow-Origin` covers.
 */
export function createXhrSender(body: Blob, onProgress: (sent: number) => void, always = false): SendRequest {
  return (request, init) => {
    if (!always && !isSameOrigin(request.url)) {
      return globalThis.fetch(request, init);
    }
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? request.signal;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.responseType = "arraybuffer";
      xhr.withCredentials = request.credentials === "include";
      request.headers.forEach((value, name) => {
        xhr.setRequestHeader(name, value);
      });
      xhr.upload.onprogress = (event) => onProgress(event.loaded);
      const abort = () => xhr.abort();
      signal?.addEventListener("abort", abort, { once: true });
      const settle = (outcome: () => void) => {
        signal?.removeEventListener("abort", abort);
        try {
          outcome();
        } catch (error) {
          reject(error);
        }
      };
      xhr.onload = () => settle(() => resolve(toResponse(xhr)));
      // fetch rejects a network failure with a TypeError; the transport makes it a FlinkConnectionError.
      xhr.onerror = () => settle(() => reject(new TypeError(`XMLHttpRequest to ${request.url} failed`)));
      // The transport tells a deadline from the caller's abort by the signal, not by this reason.
      xhr.onabort = () => settle(() => reject(signal?.reason ?? new DOMException("aborted", "AbortError")));
      xhr.send(body);
    });
  };
}

/** Whether `url` has the page's origin (true where there is no page). */
function isSameOrigin(url: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  return origin === undefined || origin === "null" || new URL(url).origin === origin;
}

/** XHR's answer as a fetch Response, so the client reads it like any other. */
function toResponse(xhr: XMLHttpRequest): Response {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
  }
  // Response refuses a body for these statuses.
  const noBody = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
  return new Response(noBody ? null : (xhr.response as ArrayBuffer | null), {
    status: xhr.status,
    statusText: xhr.statusText,
    headers,
  });
}
