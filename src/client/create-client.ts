import createClient, { type ClientOptions } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { FlinkInputError } from "../errors.js";
import { createAddressBook, type JobManagerAddress, registerAddressBook } from "./addresses.js";
import type { FlinkAuth } from "./auth.js";
import { isBaseUrl, maskCredentials, splitBaseUrl } from "./base-url.js";
import { flinkBodySerializer } from "./body-serializer.js";
import type { FlinkClient } from "./flink-client.js";
import { wrapClient } from "./flink-client.js";
import { flinkPathSerializer } from "./path-params.js";
import type { RetryOptions } from "./request-options.js";
import { createTransport } from "./transport.js";

export interface FlinkClientOptions extends Omit<ClientOptions, "baseUrl" | "fetch"> {
  /**
   * The JobManager's REST address, e.g. `http://localhost:8081`; a path prefix (Flink behind a
   * proxy, `rest.url-prefix`) is kept. In a browser, a path such as `/flink` (a same-origin proxy)
   * is resolved against the page for each request; where there is no page (Node), a request with
   * a path fails with a FlinkInputError. An array names every JobManager of a high-availability
   * cluster (absolute URLs): requests go to the one that answered last and move on to the next
   * when one refuses the connection or answers that a leader election is going on (until the
   * call's deadline); an uploaded jar's run, plan and delete go to the JobManager that stored it.
   */
  baseUrl: string | readonly string[];
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
 * // In a page served beside a proxy that forwards /flink to the JobManager:
 * const sameOrigin = createFlinkClient({ baseUrl: "/flink" });
 * // A high-availability cluster: every JobManager's address.
 * const ha = createFlinkClient({ baseUrl: ["http://jm-a:8081", "http://jm-b:8081"], timeoutMs: 60_000 });
 */
export function createFlinkClient(options: FlinkClientOptions): FlinkClient {
  const given = options?.baseUrl;
  const urls: readonly unknown[] = Array.isArray(given) ? given : [given];
  if (urls.length === 0) {
    throw new FlinkInputError(
      "invalid-option",
      "createFlinkClient: baseUrl is an empty array; give at least one address.",
      { field: "baseUrl" },
    );
  }
  for (const url of urls) {
    // A path (a same-origin proxy) names one address; the JobManagers of an HA cluster are URLs.
    const ok = urls.length > 1 ? typeof url === "string" && /^https?:\/\/[^/]/i.test(url) : isBaseUrl(url);
    if (!ok) {
      throw new FlinkInputError(
        "invalid-option",
        urls.length > 1
          ? `createFlinkClient: every address of a baseUrl array must be an http(s) URL such as "http://jm-a:8081", got ${JSON.stringify(typeof url === "string" ? maskCredentials(url) : url)}.`
          : `createFlinkClient: baseUrl must be an http(s) URL such as "http://localhost:8081" or a path on the page's origin such as "/flink", got ${JSON.stringify(typeof url === "string" ? maskCredentials(url) : url)}.`,
        { field: "baseUrl" },
      );
    }
  }
  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs >= 0)) {
    throw new FlinkInputError(
      "invalid-option",
      `createFlinkClient: timeoutMs must be 0 or more, got ${options.timeoutMs}.`,
      { field: "timeoutMs" },
    );
  }
  const { auth: givenAuth, timeoutMs = 30_000, retry, fetch, baseUrl: _given, ...rest } = options;
  // Credentials in the URL are basic authentication (fetch refuses a URL that carries them).
  const addresses = (urls as string[]).map((url): JobManagerAddress => {
    const { url: plain, credentials } = splitBaseUrl(url);
    if (credentials && givenAuth) {
      throw new FlinkInputError(
        "invalid-option",
        "createFlinkClient: baseUrl carries credentials and auth is set too: give one of them.",
        { field: "auth" },
      );
    }
    // openapi-fetch drops a trailing slash; every address is spelled the same way.
    return { url: plain.replace(/\/+$/, ""), auth: credentials ? { type: "basic", ...credentials } : givenAuth };
  });
  if (new Set(addresses.map((a) => a.url)).size < addresses.length) {
    throw new FlinkInputError("invalid-option", "createFlinkClient: baseUrl names the same address twice.", {
      field: "baseUrl",
    });
  }
  const first = addresses[0] as JobManagerAddress;
  const baseUrl = first.url;
  const auth = first.auth;
  const book = addresses.length > 1 ? createAddressBook(addresses) : undefined;
  const transport = createTransport({
    ...(fetch ? { fetch } : {}),
    ...(auth ? { auth } : {}),
    ...(book ? { book } : {}),
  });
  const raw = createClient<paths>({
    // Redirects are answered, not followed: following one would replay a whole upload from memory
    // (nodejs/undici#4058), and a REST endpoint that redirects is a misconfigured address.
    redirect: "manual",
    pathSerializer: flinkPathSerializer,
    bodySerializer: flinkBodySerializer,
    ...rest,
    baseUrl,
  });
  const client = wrapClient(raw, transport, { timeoutMs, retry, baseUrl });
  if (book) {
    registerAddressBook(client, book);
  }
  return client;
}
