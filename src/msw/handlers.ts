/**
 * MSW handlers that serve a FakeFlinkCluster. The only module (with its entry) that imports msw.
 * It uses what msw 2 and msw 3 share (`http`, `getResponse`, `HttpHandler`); the pack smoke test
 * type-checks and runs it against both.
 */
import { getResponse, type HttpHandler, http } from "msw";
import type { RunQuery } from "../run/parse-query.js";
import { type FakeClusterOptions, FakeFlinkCluster } from "./fake-cluster.js";
import { internalServerError, restHandlerError } from "./flink-errors.js";
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

/** Query parameters as Flink reads them: repeated names are joined with commas. */
function readQuery(url: URL): RunQuery {
  const query: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) {
    query[name] = url.searchParams.getAll(name).join(",");
  }
  return query as RunQuery;
}

/** The JSON body, `undefined` when empty; not ok when it is not JSON (Flink answers 400) or too large (413). */
async function readJson(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; tooLarge?: true }> {
  const text = await readBounded(request, maxBytes);
  if (text === undefined) {
    return { ok: false, tooLarge: true };
  }
  if (text.trim() === "") {
    return { ok: true, value: undefined };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The body as text, or undefined once it passes `maxBytes` (the rest is not read). */
async function readBounded(request: Request, maxBytes: number): Promise<string | undefined> {
  if (!request.body) {
    return "";
  }
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      return text + decoder.decode();
    }
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

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

function malformed(type: string, body: { ok: false; tooLarge?: true }): Response {
  return body.tooLarge ? tooLarge() : send(restHandlerError(400, `Request did not match expected format ${type}.`));
}

/**
 * Creates a fake Flink session cluster and the MSW handlers that serve it.
 *
 * @example
 * const mock = createFlinkMock({ flinkVersion: "2.3", clusterConfig: { "parallelism.default": "4" } });
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: "error" }); // msw 3: { onUnhandledFrame: "error" }
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

  const maxBytes = () => cluster.maxContentLength();
  const json = (request: Request) => readJson(request, maxBytes());
  const handlers: HttpHandler[] = [
    // Before the routes, as Flink's pipeline does: bodies over the limit, then ids that do not parse.
    http.all(`${baseUrl}/*`, ({ request }) => {
      const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/");
      return !multipart && Number(request.headers.get("content-length") ?? "0") > maxBytes() ? tooLarge() : undefined;
    }),
    ...[`${baseUrl}/jobs/:jobid`, `${baseUrl}/jobs/:jobid/*`].map((path) =>
      http.all(path, ({ params }) =>
        // /jobs/overview and /jobs/metrics are routes of their own.
        params.jobid === "overview" || params.jobid === "metrics" ? undefined : badIds({ jobid: params.jobid }),
      ),
    ),
    http.all(`${baseUrl}/jobs/:jobid/:operation/:triggerid`, ({ params }) =>
      ["savepoints", "checkpoints", "rescaling"].includes(String(params.operation)) && params.triggerid !== "config"
        ? badIds({ triggerid: params.triggerid })
        : undefined,
    ),
    http.all(`${baseUrl}/savepoint-disposal/:triggerid`, ({ params }) => badIds({ triggerid: params.triggerid })),
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
      const body = await json(request);
      if (!body.ok) {
        return malformed("JarRunRequestBody", body);
      }
      const url = new URL(request.url);
      return send(cluster.runJar(String(params.jarid), body.value, readQuery(url)));
    }),
    http.post(route("/jars/{jarid}/plan"), async ({ request, params }) => {
      const body = await json(request);
      if (!body.ok) {
        return malformed("JarPlanRequestBody", body);
      }
      const url = new URL(request.url);
      return send(cluster.planJar(String(params.jarid), body.value, readQuery(url)));
    }),

    http.get(route("/jobs/overview"), () => send(cluster.jobsOverview())),
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
      const body = await json(request);
      if (!body.ok) {
        return malformed("CheckpointTriggerRequestBody", body);
      }
      return send(cluster.triggerCheckpoint(String(params.jobid), (body.value ?? {}) as { triggerId?: string }));
    }),
    http.get(route("/jobs/{jobid}/checkpoints/{triggerid}"), ({ params }) =>
      send(cluster.operationStatus(String(params.jobid), String(params.triggerid), "checkpoint")),
    ),
    http.post(route("/jobs/{jobid}/savepoints"), async ({ params, request }) => {
      const body = await json(request);
      if (!body.ok) {
        return malformed("SavepointTriggerRequestBody", body);
      }
      return send(cluster.triggerSavepoint(String(params.jobid), (body.value ?? {}) as Record<string, never>));
    }),
    http.get(route("/jobs/{jobid}/savepoints/{triggerid}"), ({ params }) =>
      send(cluster.operationStatus(String(params.jobid), String(params.triggerid), "savepoint")),
    ),
    http.post(route("/jobs/{jobid}/stop"), async ({ params, request }) => {
      const body = await json(request);
      if (!body.ok) {
        return malformed("StopWithSavepointRequestBody", body);
      }
      return send(cluster.stopWithSavepoint(String(params.jobid), (body.value ?? {}) as Record<string, never>));
    }),
    http.post(route("/savepoint-disposal"), async ({ request }) => {
      const body = await json(request);
      if (!body.ok) {
        return malformed("SavepointDisposalRequest", body);
      }
      return send(cluster.disposeSavepoint((body.value ?? {}) as { "savepoint-path"?: string }));
    }),
    http.get(route("/savepoint-disposal/{triggerid}"), ({ params }) =>
      send(cluster.disposalStatus(String(params.triggerid))),
    ),
  ];
  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const notFound = () => Response.json({ errors: [`Not found: ${url.pathname}`] }, { status: 404 });
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
  return { cluster, handlers, baseUrl, handle };
}
