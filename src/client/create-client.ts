import createClient, { type ClientOptions } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { FlinkInputError } from "../errors.js";
import { maskCredentials, splitBaseUrl } from "./base-url.js";
import { flinkBodySerializer } from "./body-serializer.js";
import type { FlinkClient } from "./flink-client.js";
import { wrapClient } from "./flink-client.js";
import { flinkPathSerializer } from "./path-params.js";
import type { RetryOptions } from "./request-options.js";
import { createTransport, type FlinkAuth } from "./transport.js";

export interface FlinkClientOptions extends Omit<ClientOptions, "baseUrl" | "fetch"> {
  /** The JobManager's REST address, e.g. `http://localhost:8081`; a path prefix (Flink behind a proxy, `rest.url-prefix`) is kept. */
  baseUrl: string;
  /** The fetch to use (default: the global fetch). */
  fetch?: typeof globalThis.fetch;
  /** Basic or bearer authentication, for a Flink behind an authenticating proxy. */
  auth?: FlinkAuth;
  /** Time to wait for each answer, in ms (default 30,000; 0 waits forever). Each call may set its own. */
  timeoutMs?: number;
  /** Retries with backoff for idempotent requests and Flink's 503 (never for a 4xx). Each call may set its own. */
  retry?: RetryOptions;
}

/**
 * Creates a typed client for Flink's REST API.
 *
 * Differences from a bare openapi-fetch client: path parameters that would change the URL
 * (`..`, `.`, empty, a jar id with `/`) are refused before a request is built; a body holding a
 * Blob is sent as multipart; failures become typed errors (`FlinkConnectionError`,
 * `FlinkTimeoutError`, `FlinkAbortError`); requests time out; idempotent requests and Flink's
 * 503 are retried; every call takes `timeoutMs`, `retry` and `signal` of its own; credentials in
 * the URL (`http://user:password@host:8081`) are sent as basic authentication and never shown in
 * a message; and a redirect is not followed but ends the call with a `FlinkApiError` naming where
 * it points (following one would replay a whole upload from memory, nodejs/undici#4058).
 *
 * @example
 * const flink = createFlinkClient({ baseUrl: "http://localhost:8081", timeoutMs: 10_000 });
 * const { data } = await flink.GET("/jobs/overview", { timeoutMs: 2_000 });
 */
export function createFlinkClient(options: FlinkClientOptions): FlinkClient {
  if (typeof options?.baseUrl !== "string" || !/^https?:\/\/[^/]/i.test(options.baseUrl)) {
    throw new FlinkInputError(
      "invalid-option",
      `createFlinkClient: baseUrl must be an http(s) URL such as "http://localhost:8081", got ${JSON.stringify(typeof options?.baseUrl === "string" ? maskCredentials(options.baseUrl) : options?.baseUrl)}.`,
      { field: "baseUrl" },
    );
  }
  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs >= 0)) {
    throw new FlinkInputError(
      "invalid-option",
      `createFlinkClient: timeoutMs must be 0 or more, got ${options.timeoutMs}.`,
      { field: "timeoutMs" },
    );
  }
  const { auth: givenAuth, timeoutMs = 30_000, retry, fetch, baseUrl: givenBaseUrl, ...rest } = options;
  // Credentials in the URL are basic authentication (fetch refuses a URL that carries them).
  const { url: baseUrl, credentials } = splitBaseUrl(givenBaseUrl);
  if (credentials && givenAuth) {
    throw new FlinkInputError(
      "invalid-option",
      "createFlinkClient: baseUrl carries credentials and auth is set too: give one of them.",
      { field: "auth" },
    );
  }
  const auth: FlinkAuth | undefined = credentials ? { type: "basic", ...credentials } : givenAuth;
  const transport = createTransport({ ...(fetch ? { fetch } : {}), ...(auth ? { auth } : {}) });
  const raw = createClient<paths>({
    // Redirects are answered, not followed: following one would replay a whole upload from memory
    // (nodejs/undici#4058), and a REST endpoint that redirects is a misconfigured address.
    redirect: "manual",
    pathSerializer: flinkPathSerializer,
    bodySerializer: flinkBodySerializer,
    ...rest,
    baseUrl,
  });
  return wrapClient(raw, transport, { timeoutMs, retry });
}
