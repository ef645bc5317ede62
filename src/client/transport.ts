/**
 * The fetch that the client hands to openapi-fetch: adds authentication, typed
 * connection/timeout/abort errors, and retries where they are safe. openapi-fetch keeps
 * doing everything else (URL, serialization, middleware).
 */
import { FlinkAbortError, FlinkConnectionError, FlinkTimeoutError } from "../errors.js";
import { isNode } from "../internal/runtime.js";
import { sleep } from "../internal/sleep.js";
import { isDeadline } from "./deadlines.js";
import type { RetryOptions } from "./request-options.js";

export type FlinkAuth =
  | { type: "basic"; username: string; password: string }
  | { type: "bearer"; token: string | (() => string | Promise<string>) };

/** Sends one request: the shape of the fetch the transport calls. */
export type SendRequest = (request: Request, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch?: typeof globalThis.fetch;
  auth?: FlinkAuth;
}

/** What the transport needs for one call, worked out by the client from its defaults and the call's options. */
export interface CallOptions {
  /** The call's time limit, for messages. */
  readonly timeoutMs: number | undefined;
  /** Aborted when the time limit is reached (see ./deadlines.ts). */
  readonly deadline: AbortSignal | undefined;
  /** The caller's own signal. */
  readonly signal: AbortSignal | undefined;
  readonly retry: Required<RetryOptions>;
  /**
   * Sends this one request in place of the global fetch (a browser upload through XMLHttpRequest,
   * for its progress events). Ignored when the client was given a fetch of its own, which then
   * sends everything.
   */
  readonly send?: SendRequest;
  /** The call's own fetch (openapi-fetch's per-call `fetch`): sends this request, whatever else is set. */
  readonly fetch?: SendRequest;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) {
    binary += String.fromCharCode(b);
  }
  return btoa(binary);
}

async function authorization(auth: FlinkAuth): Promise<string> {
  if (auth.type === "basic") {
    return `Basic ${base64(`${auth.username}:${auth.password}`)}`;
  }
  const token = typeof auth.token === "function" ? await auth.token() : auth.token;
  return `Bearer ${token}`;
}

/** Whether a response status is worth one more try for this method. Never a 4xx. */
function retryableStatus(status: number, idempotent: boolean): boolean {
  // 503: Flink has no leader yet, the request was not handled. 502/504 come from proxies and
  // may hide a handled request, so only idempotent requests repeat them.
  return status === 503 || (idempotent && (status === 502 || status === 504));
}

function backoff(attempt: number, retry: Required<RetryOptions>, retryAfter: string | null): number {
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) {
    return Math.min(seconds * 1000, retry.maxDelayMs);
  }
  const exp = Math.min(retry.initialDelayMs * 2 ** attempt, retry.maxDelayMs);
  return exp / 2 + Math.random() * (exp / 2);
}

/** Sends requests with auth, deadlines, typed errors and safe retries. */
export type Transport = (request: Request, call: CallOptions, init?: RequestInit) => Promise<Response>;

/** Wraps fetch with auth, timeout, typed errors and safe retries. */
export function createTransport(options: TransportOptions): Transport {
  // The global fetch is looked up per request, not kept: a client made before a test's mocking
  // library (msw's server.listen()) replaced it still goes through the mock.
  const baseFetch: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return async (input, call, init) => {
    const { timeoutMs, retry } = call;
    const idempotent = IDEMPOTENT.has(input.method);
    // A streamed body (an upload) cannot be sent twice; JSON bodies are small and can be.
    const replayable = input.body === null || !(input.headers.get("content-type") ?? "").startsWith("multipart/");
    const maxRetries = replayable ? retry.maxRetries : 0;
    let request = input;
    if (options.auth && !request.headers.has("authorization")) {
      request = new Request(request, { headers: new Headers(request.headers) });
      request.headers.set("authorization", await authorization(options.auth));
    }
    // Only a body can be used up; a body-less request is simply sent again.
    const spare = maxRetries > 0 && request.body !== null ? request.clone() : undefined;
    // The deadline and, when the caller gave one, their own signal.
    const deadline = call.deadline;
    const signal = !deadline ? input.signal : call.signal ? AbortSignal.any([call.signal, deadline]) : deadline;
    const send = call.fetch ?? (options.fetch ? undefined : call.send);
    for (let attempt = 0; ; attempt++) {
      const current = attempt === 0 || !spare ? request : spare.clone();
      let response: Response;
      try {
        response = await (send
          ? send(current, { ...init, signal })
          : // Browsers send a streamed request body only over HTTP/2 (Chrome fails with
            // ERR_ALPN_NEGOTIATION_FAILED on HTTP/1.1), so there a request goes to fetch as it is.
            current.body === null || !isNode
            ? baseFetch(current, deadline ? { ...init, signal } : init)
            : baseFetch(...bodyArgs(current, { ...init, signal })));
      } catch (error) {
        if (isDeadline(signal)) {
          throw new FlinkTimeoutError(`${input.method} ${input.url} got no answer within ${timeoutMs} ms`, {
            ...(timeoutMs === undefined ? {} : { timeoutMs }),
            cause: error,
          });
        }
        if (signal.aborted) {
          throw new FlinkAbortError(`${input.method} ${input.url} was aborted`, { cause: signal.reason ?? error });
        }
        if (attempt < maxRetries && idempotent) {
          await sleep(backoff(attempt, retry, null), signal);
          continue;
        }
        throw new FlinkConnectionError(`Cannot reach Flink at ${new URL(input.url).origin}: ${describe(error)}`, {
          url: input.url,
          cause: error,
        });
      }
      if (attempt < maxRetries && retryableStatus(response.status, idempotent)) {
        // Not awaited: a teed body (msw's interceptor tees every mocked answer) resolves its
        // cancel only when the other branch is read too, so awaiting it would hang the retry.
        response.body?.cancel().catch(() => {});
        await sleep(backoff(attempt, retry, response.headers.get("retry-after")), signal);
        continue;
      }
      return response;
    }
  };
}

/**
 * In Node, a request with a body is passed to fetch as (url, init) with the body stream itself:
 * fetch(request) would wrap a streamed body in one more stream, which costs a quarter of an
 * upload's throughput (bench/upload.ts).
 */
function bodyArgs(request: Request, init: RequestInit | undefined): [string, RequestInit] {
  return [
    request.url,
    {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: request.redirect,
      credentials: request.credentials,
      mode: request.mode,
      cache: request.cache,
      referrer: request.referrer,
      referrerPolicy: request.referrerPolicy,
      integrity: request.integrity,
      keepalive: request.keepalive,
      signal: request.signal,
      duplex: "half",
      ...init,
    } as RequestInit,
  ];
}

/** The innermost message of a fetch failure ("fetch failed" hides the cause: ECONNREFUSED, ...). */
function describe(error: unknown): string {
  let e: unknown = error;
  let message = String((error as Error)?.message ?? error);
  while (e && typeof e === "object" && "cause" in e && (e as { cause?: unknown }).cause) {
    e = (e as { cause: unknown }).cause;
    const code = (e as { code?: string }).code;
    message = `${(e as Error).message ?? String(e)}${code && !(e as Error).message?.includes(code) ? ` (${code})` : ""}`;
  }
  return message;
}
