/**
 * MSW handlers that serve a FakeFlinkCluster. The only module (with its entry) that imports msw.
 */
import { getResponse, type HttpHandler, http } from "msw";
import type { RunQuery } from "../run/parse-query.js";
import { type FakeClusterOptions, FakeFlinkCluster } from "./fake-cluster.js";
import { restHandlerError } from "./flink-errors.js";
import type { FlinkPath, Reply } from "./typed-route.js";

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
  /**
   * Answers one request as the fake cluster, whatever origin it was sent to (to serve the fake
   * over HTTP): the path and query are taken, and an unknown path gets Flink's 404.
   */
  handle(request: Request): Promise<Response>;
}

function send(reply: Reply): Response {
  return Response.json(reply.body, { status: reply.status });
}

/** A 200 answer whose JSON text is already written. */
function sendJson(text: string): Response {
  return new Response(text, { status: 200, headers: { "content-type": "application/json" } });
}

/** Query parameters as Flink reads them: repeated names are joined with commas. */
function readQuery(url: URL): RunQuery {
  const query: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) {
    query[name] = url.searchParams.getAll(name).join(",");
  }
  return query as RunQuery;
}

/** The JSON body, `undefined` when empty; `null` when it is not JSON (Flink answers 400). */
async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.trim() === "") {
    return { ok: true, value: undefined };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function malformed(type: string): Response {
  return send(restHandlerError(400, `Request did not match expected format ${type}.`));
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
  const cluster = options.cluster ?? new FakeFlinkCluster({ address: baseUrl, ...options });
  const route = <P extends FlinkPath>(path: P) => `${baseUrl}${path.replace(/\{([^}]+)\}/g, ":$1")}`;
  const id = (params: Record<string, unknown>) => String(params.applicationid);

  const handlers: HttpHandler[] = [
    // First, for every request: apply what has come due (bounded jobs, cancelled applications), then fall through.
    http.all(`${baseUrl}/*`, () => {
      cluster.advance();
    }),
    http.get(route("/config"), () => send(cluster.dashboardConfig())),
    http.get(route("/overview"), () => send(cluster.overview())),
    http.get(route("/jobmanager/config"), () => send(cluster.jobManagerConfig())),

    http.post(route("/jars/upload"), async ({ request }) => {
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return send(restHandlerError(400, "Exactly 1 file must be sent, received 0."));
      }
      const files: Array<{ name: string; size: number }> = [];
      for (const [, value] of form) {
        if (typeof value !== "string") {
          files.push({ name: value.name, size: value.size });
        }
      }
      return send(cluster.uploadJar(files));
    }),
    http.get(route("/jars"), () => send(cluster.listJars())),
    http.delete(route("/jars/{jarid}"), ({ params }) => send(cluster.deleteJar(String(params.jarid)))),
    http.post(route("/jars/{jarid}/run"), async ({ request, params }) => {
      const body = await readJson(request);
      if (!body.ok) {
        return malformed("JarRunRequestBody");
      }
      const url = new URL(request.url);
      return send(cluster.runJar(String(params.jarid), body.value, readQuery(url)));
    }),
    http.post(route("/jars/{jarid}/run-application"), async ({ request, params }) => {
      const body = await readJson(request);
      if (!body.ok) {
        return malformed("JarRunApplicationRequestBody");
      }
      return send(cluster.runApplication(String(params.jarid), body.value, readQuery(new URL(request.url))));
    }),
    http.get(route("/applications/overview"), () => send(cluster.applicationsOverview())),
    http.get(route("/applications/{applicationid}"), ({ params }) => send(cluster.applicationDetails(id(params)))),
    http.post(route("/applications/{applicationid}/cancel"), ({ params }) =>
      send(cluster.cancelApplication(id(params))),
    ),
    http.get(route("/applications/{applicationid}/exceptions"), ({ params }) =>
      send(cluster.applicationExceptions(id(params))),
    ),
    http.get(route("/applications/{applicationid}/jobmanager/config"), ({ params }) =>
      send(cluster.applicationConfig(id(params))),
    ),
    http.post(route("/jars/{jarid}/plan"), async ({ request, params }) => {
      const body = await readJson(request);
      if (!body.ok) {
        return malformed("JarPlanRequestBody");
      }
      const url = new URL(request.url);
      return send(cluster.planJar(String(params.jarid), body.value, readQuery(url)));
    }),

    http.get(route("/jobs/overview"), () => sendJson(cluster.jobsOverviewJson())),
    http.get(route("/jobs"), () => send(cluster.listJobs())),
    http.get(route("/jobs/{jobid}"), ({ params }) => send(cluster.jobDetails(String(params.jobid)))),
    http.patch(route("/jobs/{jobid}"), ({ params, request }) => {
      const mode = new URL(request.url).searchParams.get("mode") ?? "cancel";
      if (mode !== "cancel") {
        return send(restHandlerError(400, `The fake cluster supports mode=cancel only, got mode=${mode}.`));
      }
      return send(cluster.cancelJob(String(params.jobid)));
    }),
    http.get(route("/jobs/{jobid}/status"), ({ params }) => send(cluster.jobStatus(String(params.jobid)))),
    http.get(route("/jobs/{jobid}/config"), ({ params }) => send(cluster.jobConfig(String(params.jobid)))),
    http.get(route("/jobs/{jobid}/plan"), ({ params }) => send(cluster.jobPlan(String(params.jobid)))),
    http.get(route("/jobs/{jobid}/exceptions"), ({ params }) => send(cluster.jobExceptions(String(params.jobid)))),
    http.get(route("/jobs/{jobid}/jobmanager/config"), () => send(cluster.jobManagerConfig())),
    http.get(route("/jobs/{jobid}/checkpoints/config"), ({ params }) =>
      send(cluster.checkpointConfig(String(params.jobid))),
    ),
    http.get(route("/jobs/{jobid}/checkpoints"), ({ params }) =>
      send(cluster.checkpointStatistics(String(params.jobid))),
    ),
    http.post(route("/jobs/{jobid}/checkpoints"), async ({ params, request }) => {
      const body = await readJson(request);
      if (!body.ok) {
        return malformed("CheckpointTriggerRequestBody");
      }
      return send(cluster.triggerCheckpoint(String(params.jobid), (body.value ?? {}) as { triggerId?: string }));
    }),
    http.get(route("/jobs/{jobid}/checkpoints/{triggerid}"), ({ params }) =>
      send(cluster.operationStatus(String(params.jobid), String(params.triggerid), "checkpoint")),
    ),
    http.post(route("/jobs/{jobid}/savepoints"), async ({ params, request }) => {
      const body = await readJson(request);
      if (!body.ok) {
        return malformed("SavepointTriggerRequestBody");
      }
      return send(cluster.triggerSavepoint(String(params.jobid), (body.value ?? {}) as Record<string, never>));
    }),
    http.get(route("/jobs/{jobid}/savepoints/{triggerid}"), ({ params }) =>
      send(cluster.operationStatus(String(params.jobid), String(params.triggerid), "savepoint")),
    ),
    http.post(route("/jobs/{jobid}/stop"), async ({ params, request }) => {
      const body = await readJson(request);
      if (!body.ok) {
        return malformed("StopWithSavepointRequestBody");
      }
      return send(cluster.stopWithSavepoint(String(params.jobid), (body.value ?? {}) as Record<string, never>));
    }),
  ];
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
  return { cluster, handlers, baseUrl, handle };
}
