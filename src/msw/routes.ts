/**
 * The fake cluster's routes: method, path, the contract's operationId, how the body is read, and
 * which cluster operation answers. Transport-neutral: `./handlers.ts` puts them on msw.
 */
import type { RunQuery } from "../run/parse-query.js";
import type { FakeFlinkCluster } from "./fake-cluster.js";
import { restHandlerError } from "./flink-errors.js";
import type { FakeOperationId } from "./request-log.js";
import type { Reply } from "./typed-route.js";

/** A request as the routes read it. */
export interface RouteInput {
  readonly url: URL;
  readonly query: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, string>>;
  /** The JSON body (routes that read one): not ok with the text when it is not JSON, or too large. */
  readonly json: { ok: true; value: unknown } | { ok: false; text: string } | { ok: false; tooLarge: true };
  /** The multipart parts (uploads, POST /jobs). */
  readonly parts:
    | {
        ok: true;
        fields: Record<string, string>;
        files: ReadonlyArray<{ field: string; name: string; bytes: Uint8Array }>;
      }
    | { ok: false };
}

/** A 200 whose JSON text is already written (the overview a fleet of watchers polls). */
export interface RawJson {
  readonly status: 200;
  readonly json: string;
}

export interface Route {
  readonly method: "get" | "post" | "patch" | "delete";
  readonly path: string;
  readonly operation: FakeOperationId;
  readonly body?: "json" | "multipart";
  serve(cluster: FakeFlinkCluster, input: RouteInput): Reply | RawJson;
}

function malformed(type: string): Reply {
  return restHandlerError(400, `Request did not match expected format ${type}.`);
}

/** The JSON body, or Flink's 400 for a body its mapper cannot read as `type`. */
function withJson(type: string, serve: (cluster: FakeFlinkCluster, body: unknown, input: RouteInput) => Reply) {
  return (cluster: FakeFlinkCluster, input: RouteInput): Reply =>
    input.json.ok ? serve(cluster, input.json.value, input) : malformed(type);
}

const job = (input: RouteInput) => input.params.jobid as string;
const application = (input: RouteInput) => input.params.applicationid as string;

export const ROUTES: readonly Route[] = [
  { method: "get", path: "/config", operation: "getDashboardConfig", serve: (c) => c.dashboardConfig() },
  { method: "get", path: "/overview", operation: "getClusterOverview", serve: (c) => c.overview() },
  { method: "get", path: "/jobmanager/config", operation: "getJobManagerConfig", serve: (c) => c.jobManagerConfig() },
  {
    method: "post",
    path: "/jars/upload",
    operation: "uploadJar",
    body: "multipart",
    serve: (c, input) =>
      input.parts.ok
        ? c.uploadJar(input.parts.files.map((f) => ({ name: f.name, size: f.bytes.length })))
        : restHandlerError(400, "Exactly 1 file must be sent, received 0."),
  },
  { method: "get", path: "/jars", operation: "listJars", serve: (c) => c.listJars() },
  {
    method: "delete",
    path: "/jars/{jarid}",
    operation: "deleteJar",
    serve: (c, input) => c.deleteJar(input.params.jarid as string),
  },
  {
    method: "post",
    path: "/jars/{jarid}/run",
    operation: "runJar",
    body: "json",
    serve: withJson("JarRunRequestBody", (c, body, input) =>
      c.runJar(input.params.jarid as string, body, input.query as RunQuery),
    ),
  },
  {
    method: "post",
    path: "/jars/{jarid}/plan",
    operation: "getJarPlan",
    body: "json",
    serve: withJson("JarPlanRequestBody", (c, body, input) =>
      c.planJar(input.params.jarid as string, body, input.query as RunQuery),
    ),
  },
  {
    method: "post",
    path: "/jars/{jarid}/run-application",
    operation: "runJarApplication",
    body: "json",
    serve: withJson("JarRunApplicationRequestBody", (c, body, input) =>
      c.runApplication(input.params.jarid as string, body, input.query as RunQuery),
    ),
  },
  {
    method: "get",
    path: "/applications/overview",
    operation: "getApplicationsOverview",
    serve: (c) => c.applicationsOverview(),
  },
  {
    method: "get",
    path: "/applications/{applicationid}",
    operation: "getApplicationDetails",
    serve: (c, i) => c.applicationDetails(application(i)),
  },
  {
    method: "post",
    path: "/applications/{applicationid}/cancel",
    operation: "cancelApplication",
    serve: (c, i) => c.cancelApplication(application(i)),
  },
  {
    method: "get",
    path: "/applications/{applicationid}/exceptions",
    operation: "getApplicationExceptions",
    serve: (c, i) => c.applicationExceptions(application(i)),
  },
  {
    method: "get",
    path: "/applications/{applicationid}/jobmanager/config",
    operation: "getApplicationJobManagerConfig",
    serve: (c, i) => c.applicationConfig(application(i)),
  },
  {
    method: "post",
    path: "/jobs",
    operation: "submitJob",
    body: "multipart",
    serve: (c, input) => {
      if (!input.parts.ok) {
        return restHandlerError(400, "The jobGraphFileName field must not be omitted or be null.");
      }
      const files = new Map(input.parts.files.map((f) => [f.name, f.bytes]));
      return c.submitJobGraph({ request: input.parts.fields.request, files });
    },
  },
  {
    method: "get",
    path: "/jobs/overview",
    operation: "getJobsOverview",
    serve: (c) => ({ status: 200, json: c.jobsOverviewJson() }),
  },
  { method: "get", path: "/jobs", operation: "listJobs", serve: (c) => c.listJobs() },
  { method: "get", path: "/jobs/{jobid}", operation: "getJobDetails", serve: (c, i) => c.jobDetails(job(i)) },
  {
    method: "patch",
    path: "/jobs/{jobid}",
    operation: "cancelJob",
    serve: (c, input) => {
      const mode = input.query.mode ?? "cancel";
      return mode === "cancel"
        ? c.cancelJob(job(input))
        : restHandlerError(400, `The fake cluster supports mode=cancel only, got mode=${mode}.`);
    },
  },
  { method: "get", path: "/jobs/{jobid}/status", operation: "getJobStatus", serve: (c, i) => c.jobStatus(job(i)) },
  { method: "get", path: "/jobs/{jobid}/config", operation: "getJobConfig", serve: (c, i) => c.jobConfig(job(i)) },
  { method: "get", path: "/jobs/{jobid}/plan", operation: "getJobPlan", serve: (c, i) => c.jobPlan(job(i)) },
  {
    method: "get",
    path: "/jobs/{jobid}/exceptions",
    operation: "getJobExceptions",
    serve: (c, i) => c.jobExceptions(job(i)),
  },
  {
    method: "get",
    path: "/jobs/{jobid}/jobmanager/config",
    operation: "getJobJobManagerConfig",
    serve: (c) => c.jobManagerConfig(),
  },
  {
    method: "get",
    path: "/jobs/{jobid}/checkpoints/config",
    operation: "getCheckpointConfig",
    serve: (c, i) => c.checkpointConfig(job(i)),
  },
  {
    method: "get",
    path: "/jobs/{jobid}/checkpoints",
    operation: "getCheckpointStatistics",
    serve: (c, i) => c.checkpointStatistics(job(i)),
  },
  {
    method: "post",
    path: "/jobs/{jobid}/checkpoints",
    operation: "triggerCheckpoint",
    body: "json",
    serve: withJson("CheckpointTriggerRequestBody", (c, body, input) =>
      c.triggerCheckpoint(job(input), (body ?? {}) as { triggerId?: string }),
    ),
  },
  {
    method: "get",
    path: "/jobs/{jobid}/checkpoints/{triggerid}",
    operation: "getCheckpointStatus",
    serve: (c, i) => c.operationStatus(job(i), i.params.triggerid as string, "checkpoint"),
  },
  {
    method: "post",
    path: "/jobs/{jobid}/savepoints",
    operation: "triggerSavepoint",
    body: "json",
    serve: withJson("SavepointTriggerRequestBody", (c, body, input) =>
      c.triggerSavepoint(job(input), (body ?? {}) as Record<string, never>),
    ),
  },
  {
    method: "get",
    path: "/jobs/{jobid}/savepoints/{triggerid}",
    operation: "getSavepointStatus",
    serve: (c, i) => c.operationStatus(job(i), i.params.triggerid as string, "savepoint"),
  },
  {
    method: "post",
    path: "/jobs/{jobid}/stop",
    operation: "stopJobWithSavepoint",
    body: "json",
    serve: withJson("StopWithSavepointRequestBody", (c, body, input) =>
      c.stopWithSavepoint(job(input), (body ?? {}) as Record<string, never>),
    ),
  },
  {
    method: "post",
    path: "/savepoint-disposal",
    operation: "triggerSavepointDisposal",
    body: "json",
    serve: withJson("SavepointDisposalRequest", (c, body) =>
      c.disposeSavepoint((body ?? {}) as { "savepoint-path"?: string }),
    ),
  },
  {
    method: "get",
    path: "/savepoint-disposal/{triggerid}",
    operation: "getSavepointDisposalStatus",
    serve: (c, i) => c.disposalStatus(i.params.triggerid as string),
  },
];
