/**
 * Reading applications (Flink 2.3+): the list, one application with its jobs, its exceptions and
 * its configuration. Each helper refuses an older cluster with a typed error naming its version
 * (the contract's lines of the operation) and a malformed id, before sending anything.
 */
import {
  GET_APPLICATION_DETAILS_LINES,
  GET_APPLICATION_EXCEPTIONS_LINES,
  GET_APPLICATION_JOB_MANAGER_CONFIG_LINES,
  GET_APPLICATIONS_OVERVIEW_LINES,
} from "../../generated/contract-facts.js";
import type { components } from "../../generated/schema.js";
import type { FlinkClient } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { checkApplicationId } from "./application-id.js";
import { versionWith } from "./cluster-version.js";
import { perRequest } from "./poll.js";

/** One row of `GET /applications/overview`: status and job counts per job status. */
export type ApplicationSummary = components["schemas"]["ApplicationDetails"];
/** `GET /applications/{id}`: the status, its history, and each job in the shape of `/jobs/overview`. */
export type ApplicationDetails = components["schemas"]["ApplicationDetailsInfo"];
/** One entry of an application's exception history. */
export type ApplicationException = components["schemas"]["ApplicationExceptionInfo"];

/** The options of the application helpers: the call's, and the cluster's version when known (else asked once). */
export interface ApplicationRequestOptions extends FlinkRequestOptions {
  flinkVersion?: string;
}

const FEATURE = "applications";

/**
 * Every application the cluster knows (`GET /applications/overview`), including the
 * `SingleJobApplication(<job name>)` of each job run with `runJar`.
 *
 * @example
 * for (const app of await listApplications(flink)) console.log(app.id, app.status, app.jobs);
 */
export async function listApplications(
  client: FlinkClient,
  options: ApplicationRequestOptions = {},
): Promise<ApplicationSummary[]> {
  await versionWith(client, GET_APPLICATIONS_OVERVIEW_LINES, "listApplications", FEATURE, options);
  const result = await client.GET("/applications/overview", perCall(options));
  return unwrap(result, "GET /applications/overview")?.applications ?? [];
}

/**
 * One application (`GET /applications/{id}`). An unknown id fails with the FlinkApiError Flink
 * answers: 500, whose `serverCause` names `FlinkApplicationNotFoundException`.
 */
export async function getApplication(
  client: FlinkClient,
  applicationId: string,
  options: ApplicationRequestOptions = {},
): Promise<ApplicationDetails> {
  const id = checkApplicationId("getApplication", applicationId);
  await versionWith(client, GET_APPLICATION_DETAILS_LINES, "getApplication", FEATURE, options);
  return fetchApplication(client, id, perCall(options));
}

/** `GET /applications/{id}` once, the version already checked. */
export async function fetchApplication(
  client: FlinkClient,
  id: string,
  call: FlinkRequestOptions,
): Promise<ApplicationDetails> {
  const result = await client.GET("/applications/{applicationid}", {
    params: { path: { applicationid: id } },
    ...call,
  });
  return unwrap(result, `GET /applications/${id}`) ?? {};
}

/**
 * Why an application failed: its exception history, newest first (`exceptionName`,
 * `stacktrace`, `timestamp`; `jobId` when a job's failure ended it). Empty for applications
 * that did not fail.
 */
export async function getApplicationExceptions(
  client: FlinkClient,
  applicationId: string,
  options: ApplicationRequestOptions = {},
): Promise<ApplicationException[]> {
  const id = checkApplicationId("getApplicationExceptions", applicationId);
  await versionWith(client, GET_APPLICATION_EXCEPTIONS_LINES, "getApplicationExceptions", FEATURE, options);
  const result = await client.GET("/applications/{applicationid}/exceptions", {
    params: { path: { applicationid: id } },
    ...perCall(options),
  });
  return unwrap(result, `GET /applications/${id}/exceptions`)?.exceptionHistory?.entries ?? [];
}

/**
 * The configuration of the JobManager running the application, as key → value (on a session
 * cluster the cluster's own; it does not hold the submission's `flinkConfiguration`). Flink
 * answers any well-formed id here, so the helper first checks that the application exists: an
 * unknown id fails as in `getApplication`.
 */
export async function getApplicationConfig(
  client: FlinkClient,
  applicationId: string,
  options: ApplicationRequestOptions = {},
): Promise<Record<string, string>> {
  const id = checkApplicationId("getApplicationConfig", applicationId);
  await versionWith(client, GET_APPLICATION_JOB_MANAGER_CONFIG_LINES, "getApplicationConfig", FEATURE, options);
  await fetchApplication(client, id, perCall(options));
  const result = await client.GET("/applications/{applicationid}/jobmanager/config", {
    params: { path: { applicationid: id } },
    ...perCall(options),
  });
  const entries = unwrap(result, `GET /applications/${id}/jobmanager/config`) ?? [];
  return Object.fromEntries(entries.map((e) => [e.key, e.value]));
}

/** The call options of one request: the caller's signal, retry and time limit. */
export function perCall(options: FlinkRequestOptions): FlinkRequestOptions {
  return { ...perRequest(options), ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) };
}
