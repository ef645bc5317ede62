/**
 * The fetch that the client hands to openapi-fetch: adds authentication, typed
 * connection/timeout/abort errors, and retries where they are safe. openapi-fetch keeps
 * doing everything else (URL, serialization, middleware).
 */
import { FlinkAbortError, FlinkConnectionError, FlinkError, FlinkTimeoutError } from "../errors.js";
import { isNode } from "../internal/runtime.js";
import {
  type AddressBook,
  connectionRefused,
  jarUnreachableError,
  leaderMissing,
  rememberJars,
  retarget,
} from "./addresses.js";
import { authorization, type FlinkAuth } from "./auth.js";
import { backoffDelay, backoffWait } from "./backoff.js";
import { isDeadline } from "./deadlines.js";
import { describeRequest, readAnswer, refuseRedirect } from "./read-answer.js";
import type { RetryOptions } from "./request-options.js";

/** Sends one request: the shape of the fetch the transport calls. */
export type SendRequest = (request: Request, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch?: typeof globalThis.fetch;
  auth?: FlinkAuth;
  /** Several JobManagers: where each request goes (each address's auth replaces `auth`). */
  book?: AddressBook;
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
  /**
   * How the caller reads the answer (openapi-fetch's `parseAs`, default "json"). A "stream" answer
   * is handed over as it arrives; any other is read within the deadline, and "json" must parse.
   */
  readonly parseAs?: string;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** The route of every request of a client with one address. */
const FIRST_ADDRESS: { readonly index: number; readonly jarId: string | undefined } = { index: 0, jarId: undefined };

/** Whether a response status is worth one more try for this method. Never a 4xx. */
function retryableStatus(status: number, idempotent: boolean): boolean {
  // 503: Flink has no leader yet, the request was not handled. 502/504 come from proxies and
  // may hide a handled request, so only idempotent requests repeat them.
  return status === 503 || (idempotent && (status === 502 || status === 504));
}

/** Sends requests with auth, deadlines, typed errors and safe retries. */
export type Transport = (request: Request, call: CallOptions, init?: RequestInit) => Promise<Response>;

/** The FlinkError behind a failure, when one of ours caused it (a source that failed mid-upload). */
function flinkErrorIn(error: unknown): FlinkError | undefined {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof FlinkError) {
      return e;
    }
  }
  return undefined;
}

/**
 * Turns a failure into the error the caller gets: the deadline's FlinkTimeoutError, the caller's
 * FlinkAbortError, or a FlinkConnectionError (which only these may retry).
 */
function typedFailure(error: unknown, signal: AbortSignal, input: Request, call: CallOptions, answered: boolean) {
  const own = flinkErrorIn(error);
  if (own) {
    return own;
  }
  const request = describeRequest(input);
  if (isDeadline(signal)) {
    const reason = (signal.reason as Error | undefined)?.message || `no answer within ${call.timeoutMs} ms`;
    return new FlinkTimeoutError(`${request}: ${answered ? `the answer's body stalled (${reason})` : reason}`, {
      ...(call.timeoutMs === undefined ? {} : { timeoutMs: call.timeoutMs }),
      cause: error,
    });
  }
  if (signal.aborted) {
    return new FlinkAbortError(`${request} was aborted`, { cause: signal.reason ?? error });
  }
  const origin = new URL(input.url).origin;
  return new FlinkConnectionError(
    answered
      ? `${request}: the connection to ${origin} broke while the answer was being read: ${describe(error)}`
      : `Cannot reach Flink at ${origin}: ${describe(error)}`,
    { url: input.url, cause: error },
  );
}

/** Wraps fetch with auth, timeout, typed errors and safe retries; over several JobManagers, failover (./addresses.ts). */
export function createTransport(options: TransportOptions): Transport {
  // The global fetch is looked up per request, not kept: a client made before a test's mocking
  // library (msw's server.listen()) replaced it still goes through the mock.
  const baseFetch: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const book = options.book;
  const several = book !== undefined && book.addresses.length > 1;
  return async (input, call, init) => {
    const { retry } = call;
    const idempotent = IDEMPOTENT.has(input.method);
    // A streamed body (an upload) cannot be sent twice; JSON bodies are small and can be.
    const replayable = input.body === null || !(input.headers.get("content-type") ?? "").startsWith("multipart/");
    const maxRetries = replayable ? retry.maxRetries : 0;
    // Only a body can be used up; a body-less request is simply sent again.
    const spare = (maxRetries > 0 || several) && replayable && input.body !== null ? input.clone() : undefined;
    // The deadline and, when the caller gave one, their own signal.
    const deadline = call.deadline;
    const signal =
      (!deadline ? call.signal : call.signal ? AbortSignal.any([call.signal, deadline]) : deadline) ?? input.signal;
    const send = call.fetch ?? (options.fetch ? undefined : call.send);
    const fetchInit = init ? { ...init, signal } : { signal };
    const first = book?.addresses[0]?.url;
    const path = first !== undefined && input.url.startsWith(first) ? input.url.slice(first.length) : undefined;
    // Over several JobManagers a leader change is waited out until the deadline (one round without
    // retries); every address is tried once per round, with the backoff between rounds.
    const rounds = !several ? 0 : retry.maxRetries === 0 ? 0 : deadline ? Number.POSITIVE_INFINITY : retry.maxRetries;
    const count = book?.addresses.length ?? 1;
    let round = 0;
    let triedThisRound = 0;
    /** Whether one more attempt is allowed over several JobManagers (waiting first when a round is done). */
    const nextAddress = !several
      ? undefined
      : async (retryAfter: string | null): Promise<boolean> => {
          triedThisRound++;
          if (triedThisRound < count) {
            return true;
          }
          if (round >= rounds) {
            return false;
          }
          const what = describeRequest(input);
          await backoffWait(backoffDelay(round, retry, retryAfter), signal, `${what} (waiting for a JobManager)`);
          round++;
          triedThisRound = 0;
          return true;
        };
    for (let attempt = 0; ; attempt++) {
      const route = several && path !== undefined ? book.route(path) : FIRST_ADDRESS;
      const address = book?.addresses[route.index];
      let current = attempt === 0 || !spare ? input : spare.clone();
      if (address && first !== undefined) {
        current = retarget(current, first, address.url);
      }
      const auth = address ? address.auth : options.auth;
      if (auth && !current.headers.has("authorization")) {
        current = new Request(current, { headers: new Headers(current.headers) });
        current.headers.set("authorization", await authorization(auth));
      }
      let response: Response | undefined;
      try {
        response = await (send
          ? send(current, fetchInit)
          : // Browsers send a streamed request body only over HTTP/2 (Chrome fails with
            // ERR_ALPN_NEGOTIATION_FAILED on HTTP/1.1), so there a request goes to fetch as it is.
            current.body === null || !isNode
            ? baseFetch(current, fetchInit)
            : baseFetch(...bodyArgs(current, fetchInit)));
        refuseRedirect(response, input);
        if (call.parseAs !== "stream") {
          response = await readAnswer(response, input, (call.parseAs ?? "json") === "json");
        }
      } catch (error) {
        const failure = typedFailure(error, signal, input, call, response !== undefined);
        if (several && failure instanceof FlinkConnectionError && response === undefined) {
          book.failed(route.index);
          if (route.jarId !== undefined) {
            book.lost(route.jarId);
            throw jarUnreachableError(route.jarId, current.url, failure);
          }
          const unsent = idempotent || connectionRefused(error);
          if (unsent && (spare || input.body === null) && (await nextAddress?.(null))) {
            continue;
          }
          throw failure;
        }
        if (failure instanceof FlinkConnectionError && attempt < maxRetries && idempotent) {
          await backoffWait(backoffDelay(attempt, retry), signal, `${describeRequest(input)} (waiting to retry)`);
          continue;
        }
        throw failure;
      }
      if (several && (response.status === 503 || (idempotent && response.status === 500))) {
        if (await leaderMissing(response)) {
          if (route.jarId === undefined) {
            book.failed(route.index);
          }
          if ((spare || input.body === null) && (await nextAddress?.(response.headers.get("retry-after")))) {
            // Not awaited: a teed body (msw tees every mocked answer) cancels only once both are read.
            response.body?.cancel().catch(() => {});
            continue;
          }
          return response;
        }
      }
      if (several) {
        await rememberJars(book, route, path, input.method, response);
      }
      if (!several && attempt < maxRetries && retryableStatus(response.status, idempotent)) {
        // Not awaited: a teed body (msw's interceptor tees every mocked answer) resolves its
        // cancel only when the other branch is read too, so awaiting it would hang the retry.
        response.body?.cancel().catch(() => {});
        await backoffWait(
          backoffDelay(attempt, retry, response.headers.get("retry-after")),
          signal,
          `${describeRequest(input)} (waiting to retry)`,
        );
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
