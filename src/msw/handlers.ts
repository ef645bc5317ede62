/**
 * MSW handlers that serve a FakeFlinkCluster. The only module (with its entry) that imports msw.
 * Every route is served at `/<path>` and at `/v1/<path>` (Flink's Java client adds the API
 * version), logs the request as sent (`mock.requests`) and applies the test's faults (`mock.faults`).
 * It uses what msw 2 and msw 3 share (`http`, `getResponse`, `HttpHandler`, `HttpResponse`); the
 * pack smoke test type-checks and runs it against both.
 */
import { getResponse, type HttpHandler, HttpResponse, http } from "msw";
import { OPERATION_LINES } from "../../generated/contract-facts.js";
import { inLines } from "../versions/contract.js";
import { type FakeClusterOptions, FakeFlinkCluster } from "./fake-cluster.js";
import { FaultInjector } from "./faults.js";
import { internalServerError, noSuchRoute, restHandlerError } from "./flink-errors.js";
import type { FakeJobControl } from "./job-control.js";
import { readJson, readParts, readQuery } from "./read-request.js";
import type { FakeOperationId, LoggedRequest, LoggedRun, RequestLog } from "./request-log.js";
import { ROUTES, type RouteInput } from "./routes.js";
import type { Reply } from "./typed-route.js";

export interface FlinkMockOptions extends FakeClusterOptions {
  /** URL the handlers answer on (default http://localhost:8081). */
  baseUrl?: string;
  /** Serve an existing fake cluster instead of creating one. */
  cluster?: FakeFlinkCluster;
}

export interface FlinkMock {
  /** The cluster's state: jars, jobs, savepoints; inspect or change it in tests. */
  readonly cluster: FakeFlinkCluster;
  /** Handlers for `setupServer(...mock.handlers)` or `setupWorker(...mock.handlers)`. */
  readonly handlers: HttpHandler[];
  readonly baseUrl: string;
  /** Every request as sent, with typed views for uploads, runs and job requests. */
  readonly requests: RequestLog;
  /** Faults for the next requests: errors, dropped connections, latency, a leader change. */
  readonly faults: FaultInjector;
  /** Job states, failures, scripted transitions and failing savepoints. */
  readonly jobs: FakeJobControl;
  /**
   * Back to a new cluster: no jars, jobs, savepoints, requests, faults or scripts (the options
   * it was created with stay). For a fake shared by the tests of a file: `beforeEach(() => mock.reset())`.
   */
  reset(): void;
  /**
   * Answers one request as the fake cluster, whatever origin it was sent to (to serve the fake
   * over HTTP): the path and query are taken, and an unknown path gets Flink's 404. A dropped
   * connection is a `Response.error()`.
   */
  handle(request: Request): Promise<Response>;
}

/** A handler that gives every request to `url` (any method, any path below it) to `serve`. */
export function addressHandler(url: string, serve: (request: Request) => Promise<Response>): HttpHandler {
  return http.all(`${url}/*`, ({ request }) => serve(request));
}

function send(reply: Reply): Response {
  if (typeof reply.body === "string") {
    return new HttpResponse(reply.body, { status: reply.status, headers: { "content-type": "text/html" } });
  }
  return Response.json(reply.body, { status: reply.status });
}

/** A 200 answer whose JSON text is already written. */
function sendJson(text: string): Response {
  return new Response(text, { status: 200, headers: { "content-type": "application/json" } });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Netty's answer to a body over rest.server.max-content-length: 413 with no body. */
function tooLarge(): Response {
  return new Response(null, { status: 413 });
}

/** Path parameters Flink parses as 32-hex ids; another value is a 400 before any handler runs. */
const HEX_PARAMETERS = ["jobid", "triggerid"] as const;

function badIds(params: Record<string, unknown>): Response | undefined {
  for (const name of HEX_PARAMETERS) {
    const value = params[name];
    if (typeof value === "string" && !/^[0-9a-fA-F]{32}$/.test(value)) {
      return send(
        restHandlerError(
          400,
          `Bad request, could not parse parameters: Cannot resolve path parameter (${name}) from value "${value}".`,
        ),
      );
    }
  }
  return undefined;
}

/**
 * What Flink's pipeline answers before any route runs, under `prefix` (the base URL, and with
 * `/v1`): bodies declared over the limit, then job and trigger ids that do not parse.
 */
function beforeRoutes(prefix: string, cluster: FakeFlinkCluster): HttpHandler[] {
  const maxBytes = () => cluster.maxContentLength();
  return [
    // First, for every request: apply what has come due (bounded jobs, cancelled applications), then fall through.
    http.all(`${prefix}/*`, () => {
      cluster.advance();
    }),
    http.all(`${prefix}/*`, ({ request }) => {
      const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/");
      return !multipart && Number(request.headers.get("content-length") ?? "0") > maxBytes() ? tooLarge() : undefined;
    }),
    ...[`${prefix}/jobs/:jobid`, `${prefix}/jobs/:jobid/*`].map((path) =>
      http.all(path, ({ params }) =>
        // /jobs/overview and /jobs/metrics are routes of their own.
        params.jobid === "overview" || params.jobid === "metrics" ? undefined : badIds({ jobid: params.jobid }),
      ),
    ),
    http.all(`${prefix}/jobs/:jobid/:operation/:triggerid`, ({ params }) =>
      ["savepoints", "checkpoints", "rescaling"].includes(String(params.operation)) && params.triggerid !== "config"
        ? badIds({ triggerid: params.triggerid })
        : undefined,
    ),
    http.all(`${prefix}/savepoint-disposal/:triggerid`, ({ params }) => badIds({ triggerid: params.triggerid })),
  ];
}

/**
 * Creates a fake Flink session cluster and the MSW handlers that serve it.
 *
 * @example
 * const mock = createFlinkMock({ flinkVersion: "2.3", clusterConfig: { "parallelism.default": "4" } });
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 *
 * @example
 * // Record what the SDK finds in each run's flinkConfiguration (typos, bad values, ...):
 * import { flinkOptionCatalog } from "flink-rest-client/options";
 * const mock = createFlinkMock({ diagnostics: true, catalog: flinkOptionCatalog });
 * // ... after a run: mock.cluster.diagnosticsFor(jobId) or mock.cluster.diagnostics
 */
export function createFlinkMock(options: FlinkMockOptions = {}): FlinkMock {
  const baseUrl = (options.baseUrl ?? "http://localhost:8081").replace(/\/+$/, "");
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  const cluster = options.cluster ?? new FakeFlinkCluster({ address: baseUrl, ...options });
  const requests = cluster.requestLog;
  const faults = new FaultInjector(options.now ?? Date.now);
  const now = options.now ?? Date.now;

  const maxBytes = () => cluster.maxContentLength();

  const routes: HttpHandler[] = ROUTES.flatMap((route) => {
    const pattern = route.path.replace(/\{([^}]+)\}/g, ":$1");
    const lines = OPERATION_LINES[route.operation];
    const resolver = async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      const url = new URL(request.url);
      if (lines && !inLines(cluster.flinkVersion, lines)) {
        // A line without the operation has no such route: Flink's router answers 404.
        return send(noSuchRoute(request.method, url.pathname));
      }
      const pathParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
      const input: RouteInput = {
        url,
        query: readQuery(url),
        params: pathParams,
        json: route.body === "json" ? await readJson(request, maxBytes()) : { ok: true, value: undefined },
        parts: route.body === "multipart" ? await readParts(request) : { ok: false },
      };
      const entry = requests.add(logEntry(route.operation, request.method, url, basePath, input, now()));
      if ("tooLarge" in input.json) {
        entry.status = 413;
        return tooLarge();
      }
      const { delayMs, effect } = faults.take(route.operation);
      if (delayMs > 0) {
        await sleep(delayMs);
      }
      if (effect?.kind === "drop") {
        entry.status = "dropped";
        return HttpResponse.error();
      }
      const reply = effect ? { status: effect.status, body: effect.body } : route.serve(cluster, input);
      entry.status = reply.status;
      if (
        !effect &&
        (route.operation === "runJar" || route.operation === "getJarPlan" || route.operation === "runJarApplication")
      ) {
        const run = entry as LoggedRun;
        run.configuration = cluster.lastResolved?.configuration;
        run.jobId = cluster.lastResolved?.jobId;
        if (route.operation === "runJarApplication" && reply.status === 202) {
          run.applicationId = (reply.body as { applicationid?: string }).applicationid;
        }
      }
      return "json" in reply ? sendJson(reply.json) : send(reply);
    };
    return [`${baseUrl}${pattern}`, `${baseUrl}/v1${pattern}`].map((url) => http[route.method](url, resolver));
  });
  const handlers = [...beforeRoutes(baseUrl, cluster), ...beforeRoutes(`${baseUrl}/v1`, cluster), ...routes];

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const notFound = () => send(noSuchRoute(request.method, url.pathname));
    let routed: Request;
    try {
      routed = new Request(`${baseUrl}${url.pathname}${url.search}`, {
        method: request.method,
        headers: request.headers,
        ...(request.body ? { body: request.body, duplex: "half" } : {}),
      } as RequestInit);
    } catch {
      // A method fetch cannot carry (TRACE, CONNECT): Flink's router knows no such route either.
      return notFound();
    }
    try {
      return (await getResponse(handlers, routed)) ?? notFound();
    } catch (error) {
      // Never fall over: whatever a request does, the cluster keeps answering.
      return send(internalServerError(String(error)));
    }
  };
  const reset = () => {
    cluster.reset();
    faults.clear();
  };
  return { cluster, handlers, baseUrl, requests, faults, jobs: cluster.jobControl, reset, handle };
}

/** The log's entry for a request: the path without the base URL's path and `/v1`, the parsed body. */
function logEntry(
  operation: FakeOperationId,
  method: string,
  url: URL,
  basePath: string,
  input: RouteInput,
  time: number,
): LoggedRequest {
  const path = url.pathname.slice(basePath.length).replace(/^\/v1(?=\/)/, "");
  const body =
    input.parts.ok === true
      ? { fields: input.parts.fields, files: input.parts.files.map((f) => ({ name: f.name, size: f.bytes.length })) }
      : input.json.ok
        ? input.json.value
        : "text" in input.json
          ? input.json.text
          : undefined;
  const entry: LoggedRequest = {
    operation,
    method,
    path,
    query: input.query,
    body,
    params: input.params,
    status: 0,
    time,
  };
  const extra: Record<string, unknown> = {};
  if (input.params.jobid !== undefined) {
    extra.jobId = input.params.jobid;
  }
  if (operation === "uploadJar") {
    extra.files = input.parts.ok ? input.parts.files.map((f) => ({ name: f.name, size: f.bytes.length })) : [];
  }
  if (operation === "runJar" || operation === "getJarPlan" || operation === "runJarApplication") {
    const conf = (input.json.ok ? (input.json.value as { flinkConfiguration?: unknown } | undefined) : undefined)
      ?.flinkConfiguration;
    extra.jarId = input.params.jarid;
    extra.flinkConfiguration =
      conf && typeof conf === "object" && !Array.isArray(conf)
        ? Object.fromEntries(
            Object.entries(conf).map(([k, v]) => [
              k,
              v === null ? null : typeof v === "object" ? JSON.stringify(v) : String(v),
            ]),
          )
        : undefined;
    extra.configuration = undefined;
    extra.jobId = undefined;
    extra.applicationId = undefined;
  }
  return Object.assign(entry, extra);
}
