/**
 * The typed client: openapi-fetch's methods over the contract's paths, each taking the per-call
 * {@link FlinkRequestOptions} beside openapi-fetch's own options. The wrapper turns those into the
 * transport's call options and hands them over through openapi-fetch's per-call `fetch`, so
 * nothing rides on the Request as an untyped property.
 */
import type { Client, FetchResponse, MaybeOptionalInit, Middleware } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { absoluteBaseUrl } from "./base-url.js";
import { createDeadlines } from "./deadlines.js";
import { type FlinkRequestOptions, type RetryOptions, retryFor } from "./request-options.js";
import type { CallOptions, SendRequest, Transport } from "./transport.js";

type Media = `${string}/${string}`;
type RawClient = Client<paths, Media>;
type Method = "get" | "put" | "post" | "delete" | "patch";
/** The operation object of a path item for a method. */
type OperationOf<Item, M extends Method> = Item extends { [K in M]: infer O }
  ? O extends Record<string | number, unknown>
    ? O
    : never
  : never;

/**
 * The contract's paths that have method `M` (openapi-fetch's `PathsWithMethod`, on the paths
 * directly). openapi-fetch's `ClientPathsWithMethod` gets there by inferring the paths back out
 * of the whole client type, which cost a user's type-check 150,000 instantiations on the first
 * call (measured: 173,000 for one `GET` against 23,000 with this).
 */
type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** The call's options argument: optional when the operation needs no parameters or body. */
type InitArg<Init, Extra> = RequiredKeys<Init> extends never ? [init?: Init & Extra] : [init: Init & Extra];

/** One HTTP method of the client, for every path of the contract that has it (as openapi-fetch's, with `Extra` per call). */
export type FlinkClientMethod<M extends Method, Extra = FlinkRequestOptions> = <
  Path extends PathsWith<M>,
  Init extends MaybeOptionalInit<paths[Path], M>,
>(
  url: Path,
  ...init: InitArg<Init, Extra>
) => Promise<FetchResponse<OperationOf<paths[Path], M>, Init, Media>>;

/** A typed client for every operation of Flink's REST API (openapi-fetch, with per-call options). */
export interface FlinkClient {
  GET: FlinkClientMethod<"get">;
  PUT: FlinkClientMethod<"put">;
  POST: FlinkClientMethod<"post">;
  DELETE: FlinkClientMethod<"delete">;
  PATCH: FlinkClientMethod<"patch">;
  /** Registers openapi-fetch middleware. */
  use(...middleware: Middleware[]): void;
  /** Unregisters openapi-fetch middleware. */
  eject(...middleware: Middleware[]): void;
}

/** Per-call options that only this package's helpers give (not part of the public surface). */
export interface InternalRequestOptions extends FlinkRequestOptions {
  /** Sends the request in place of fetch (see CallOptions.send). */
  send?: SendRequest;
  /** Needed by fetch for a streamed request body. */
  duplex?: "half";
}

/** The client as this package's helpers see it: the same object, with the internal options typed. */
export interface InternalFlinkClient extends FlinkClient {
  POST: FlinkClientMethod<"post", InternalRequestOptions>;
}

export interface ClientDefaults {
  readonly timeoutMs: number;
  readonly retry: RetryOptions | undefined;
  /** The client's base URL, resolved for each request when it is a path (./base-url.ts). */
  readonly baseUrl: string;
}

/** openapi-fetch's options as the wrapper handles them: any shape, with ours picked out. */
type LooseInit = Record<string, unknown> & InternalRequestOptions;
type LooseCall = (url: string, init?: LooseInit) => Promise<unknown>;

/**
 * Wraps an openapi-fetch client: each call's options become the transport's call options (with a
 * deadline from the client's `timeoutMs` unless the call sets its own).
 */
export function wrapClient(raw: RawClient, transport: Transport, defaults: ClientDefaults): InternalFlinkClient {
  const deadline = createDeadlines();
  // The client's retry settings, worked out once: most calls do not set their own.
  const clientRetry = retryFor(defaults.retry, undefined);
  // openapi-fetch's methods are generic over every path; the wrapper forwards whatever it gets.
  const loose = raw as unknown as Record<Uppercase<Method>, LooseCall>;
  const call =
    (method: Uppercase<Method>): LooseCall =>
    (url, init = {}) => {
      try {
        return forward(method, url, init);
      } catch (error) {
        // Not async (one promise less per call), yet every failure rejects the call: an options
        // object that cannot be read, a base URL that cannot be resolved.
        return Promise.reject(error);
      }
    };
  const forward = (method: Uppercase<Method>, url: string, init: LooseInit) => {
    const { timeoutMs: own, retry, send, signal, fetch, baseUrl, ...rest } = init;
    const timeoutMs = own ?? defaults.timeoutMs;
    const options: CallOptions = {
      timeoutMs,
      deadline: timeoutMs > 0 ? deadline(timeoutMs) : undefined,
      signal,
      retry: retry === undefined ? clientRetry : retryFor(defaults.retry, retry),
      ...(send ? { send } : {}),
      ...(typeof fetch === "function" ? { fetch: fetch as SendRequest } : {}),
      ...(typeof rest.parseAs === "string" ? { parseAs: rest.parseAs } : {}),
    };
    return loose[method](url, {
      ...rest,
      baseUrl: absoluteBaseUrl(typeof baseUrl === "string" ? baseUrl : defaults.baseUrl),
      ...(signal ? { signal } : {}),
      fetch: (request: Request) => transport(request, options),
    });
  };
  const client = {
    GET: call("GET"),
    PUT: call("PUT"),
    POST: call("POST"),
    DELETE: call("DELETE"),
    PATCH: call("PATCH"),
    use: (...middleware: Middleware[]) => raw.use(...middleware),
    eject: (...middleware: Middleware[]) => raw.eject(...middleware),
  };
  CLIENT_DEFAULTS.set(client, defaults);
  // The loose methods above take every shape the typed ones allow.
  return client as unknown as InternalFlinkClient;
}

const CLIENT_DEFAULTS = new WeakMap<object, ClientDefaults>();

/**
 * The defaults a client was created with (its timeout and retries), for helpers that pace their
 * own work by them (an upload's stall limit, its retries); undefined for a client made elsewhere.
 */
export function clientDefaults(client: FlinkClient): ClientDefaults | undefined {
  return CLIENT_DEFAULTS.get(client);
}

/** This package's view of a client, with the internal per-call options typed. */
export function internal(client: FlinkClient): InternalFlinkClient {
  // A client from createFlinkClient handles them; any other ignores them (openapi-fetch keeps unknown options off the wire).
  return client as InternalFlinkClient;
}
