/**
 * MSW handlers that serve a FakeFlinkCluster. The only module (with its entry) that imports msw.
 * Every route is served at `/<path>` and at `/v1/<path>` (Flink's Java client adds the API
 * version), logs the request as sent (`mock.requests`) and applies the test's faults (`mock.faults`).
 */
import { getResponse, type HttpHandler, HttpResponse, http } from "msw";
import { type FakeClusterOptions, FakeFlinkCluster } from "./fake-cluster.js";
import { FaultInjector } from "./faults.js";
import type { FakeJobControl } from "./job-control.js";
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

function send(reply: Reply): Response {
  if (typeof reply.body === "string") {
    return new HttpResponse(reply.body, { status: reply.status, headers: { "content-type": "text/html" } });
  }
  return Response.json(reply.body, { status: reply.status });
}

/** Query parameters as Flink reads them: repeated names are joined with commas. */
function readQuery(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) {
    query[name] = url.searchParams.getAll(name).join(",");
  }
  return query;
}

/** The JSON body: undefined when empty, `{ malformed }` with the text when it is not JSON. */
async function readJson(request: Request): Promise<RouteInput["json"]> {
  const text = await request.text();
  if (text.trim() === "") {
    return { ok: true, value: undefined };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, text };
  }
}

/** A multipart body's parts: text fields, and files with their bytes. */
async function readParts(request: Request): Promise<RouteInput["parts"]> {
  try {
    const form = await request.formData();
    const fields: Record<string, string> = {};
    const files: Array<{ field: string; name: string; bytes: Uint8Array }> = [];
    for (const [field, value] of form) {
      if (typeof value === "string") {
        fields[field] = value;
      } else {
        files.push({ field, name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
      }
    }
    return { ok: true, fields, files };
  } catch {
    return { ok: false };
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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

  const handlers: HttpHandler[] = ROUTES.flatMap((route) => {
    const pattern = route.path.replace(/\{([^}]+)\}/g, ":$1");
    const resolver = async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      const url = new URL(request.url);
      const pathParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
      const input: RouteInput = {
        url,
        query: readQuery(url),
        params: pathParams,
        json: route.body === "json" ? await readJson(request) : { ok: true, value: undefined },
        parts: route.body === "multipart" ? await readParts(request) : { ok: false },
      };
      const entry = requests.add(logEntry(route.operation, request.method, url, basePath, input, now()));
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
      if (!effect && (route.operation === "runJar" || route.operation === "getJarPlan")) {
        const run = entry as LoggedRun;
        run.configuration = cluster.lastResolved?.configuration;
        run.jobId = cluster.lastResolved?.jobId;
      }
      return send(reply);
    };
    return [`${baseUrl}${pattern}`, `${baseUrl}/v1${pattern}`].map((url) => http[route.method](url, resolver));
  });

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const routed = new Request(`${baseUrl}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body ? { body: request.body, duplex: "half" } : {}),
    } as RequestInit);
    const response = await getResponse(handlers, routed);
    return response ?? Response.json({ errors: [`Not found: ${url.pathname}`] }, { status: 404 });
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
        : input.json.text;
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
  if (operation === "runJar" || operation === "getJarPlan") {
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
  }
  return Object.assign(entry, extra);
}
