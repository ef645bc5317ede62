import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { FlinkInputError } from "./errors.js";
import { flinkBodySerializer } from "./internal/body-serializer.js";
import { flinkPathSerializer } from "./internal/path-params.js";
import { createDeadlines } from "./internal/timeouts.js";
import {
  createTransport,
  DEADLINE_PROPERTY,
  type FlinkAuth,
  type RetryOptions,
  TIMEOUT_PROPERTY,
  USER_SIGNAL_PROPERTY,
} from "./internal/transport.js";

export type { FlinkAuth, RetryOptions } from "./internal/transport.js";

/** A typed client for every operation of Flink's REST API (openapi-fetch). */
export type FlinkClient = Client<paths, `${string}/${string}`>;

export interface FlinkClientOptions extends Omit<ClientOptions, "baseUrl" | "fetch"> {
  /** The JobManager's REST address, e.g. `http://localhost:8081`; a path prefix (Flink behind a proxy, `rest.url-prefix`) is kept. */
  baseUrl: string;
  /** The fetch to use (default: the global fetch). */
  fetch?: typeof globalThis.fetch;
  /** Basic or bearer authentication, for a Flink behind an authenticating proxy. */
  auth?: FlinkAuth;
  /** Time to wait for each answer, in ms (default 30,000; 0 waits forever). Uploads have their own. */
  timeoutMs?: number;
  /** Retries with backoff for idempotent requests and Flink's 503 (never for a 4xx). */
  retry?: RetryOptions;
}

/**
 * Creates a typed client for Flink's REST API.
 *
 * Differences from a bare openapi-fetch client: path parameters that would change the URL
 * (`..`, `.`, empty, a jar id with `/`) are refused before a request is built; a body holding a
 * Blob is sent as multipart; failures become typed errors (`FlinkConnectionError`,
 * `FlinkTimeoutError`, `FlinkAbortError`); requests time out; idempotent requests and Flink's
 * 503 are retried; and `redirect` defaults to `"error"`, because with `"follow"` fetch keeps a
 * whole upload in memory to be able to replay it (nodejs/undici#4058).
 *
 * @example
 * const flink = createFlinkClient({ baseUrl: "http://localhost:8081", timeoutMs: 10_000 });
 * const { data } = await flink.GET("/jobs/overview");
 */
export function createFlinkClient(options: FlinkClientOptions): FlinkClient {
  if (typeof options?.baseUrl !== "string" || !/^https?:\/\/[^/]/i.test(options.baseUrl)) {
    throw new FlinkInputError(
      "invalid-option",
      `createFlinkClient: baseUrl must be an http(s) URL such as "http://localhost:8081", got ${JSON.stringify(options?.baseUrl)}.`,
      { field: "baseUrl" },
    );
  }
  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs >= 0)) {
    throw new FlinkInputError(
      "invalid-option",
      `createFlinkClient: timeoutMs must be 0 or more, got ${options.timeoutMs}.`,
      {
        field: "timeoutMs",
      },
    );
  }
  const { auth, timeoutMs = 30_000, retry, fetch, ...rest } = options;
  const transport = createTransport({
    ...(fetch ? { fetch } : {}),
    ...(auth ? { auth } : {}),
    ...(retry ? { retry } : {}),
  });
  const client = createClient<paths>({
    redirect: "error",
    pathSerializer: flinkPathSerializer,
    bodySerializer: flinkBodySerializer,
    ...rest,
    fetch: transport as typeof globalThis.fetch,
  });
  return withDeadlines(client, timeoutMs);
}

type CallInit =
  | {
      signal?: AbortSignal | null;
      [TIMEOUT_PROPERTY]?: number;
      [DEADLINE_PROPERTY]?: AbortSignal;
      [USER_SIGNAL_PROPERTY]?: boolean;
    }
  | undefined;

/**
 * Gives every call a deadline. The deadline's signal rides on the call options (openapi-fetch
 * copies unknown options onto its Request) and the transport hands it to fetch, which follows
 * one signal per request either way: no extra Request or signal per call in the common case.
 */
function withDeadlines(client: FlinkClient, defaultTimeoutMs: number): FlinkClient {
  const deadline = createDeadlines();
  const arm = (init: CallInit): CallInit => {
    const timeoutMs = init?.[TIMEOUT_PROPERTY] ?? defaultTimeoutMs;
    if (!(timeoutMs > 0)) {
      return init;
    }
    return {
      ...init,
      [TIMEOUT_PROPERTY]: timeoutMs,
      [DEADLINE_PROPERTY]: deadline(timeoutMs),
      [USER_SIGNAL_PROPERTY]: Boolean(init?.signal),
    };
  };
  const call = (method: (url: never, init?: never) => Promise<unknown>) => (url: never, init?: never) =>
    method(url, arm(init as CallInit) as never);
  return {
    ...client,
    GET: call(client.GET),
    PUT: call(client.PUT),
    POST: call(client.POST),
    DELETE: call(client.DELETE),
    OPTIONS: call(client.OPTIONS),
    HEAD: call(client.HEAD),
    PATCH: call(client.PATCH),
    TRACE: call(client.TRACE),
    request: ((method: never, url: never, init?: never) =>
      client.request(method, url, arm(init as CallInit) as never)) as unknown as FlinkClient["request"],
  } as FlinkClient;
}
