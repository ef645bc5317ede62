/**
 * `runApplication`: runs an uploaded jar as an application (Flink 2.3+, FLIP-549). Flink answers
 * 202 with the application's id before `main()` runs, so this returns as soon as the application
 * exists; what the program then does is seen with `waitForApplication`. Every submission carries
 * an application id (made here unless given): after a lost answer the helper asks Flink for it
 * before trying again, and Flink refuses a second application with the same id.
 */
import { RUN_JAR_APPLICATION_LINES } from "../../generated/contract-facts.js";
import type { FlinkClient } from "../client/flink-client.js";
import { clientDefaults } from "../client/flink-client.js";
import { type FlinkRequestOptions, retryFor } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { FlinkInternalServerError, FlinkResponseError, redactError } from "../errors.js";
import type { CheckedFlinkVersion } from "../options/configuration-type.js";
import type { Diagnostic } from "../options/diagnostics.js";
import { buildApplicationRequest, type RunRequestTarget } from "../run/build.js";
import type { RunApplicationOptions, RunOptionFields } from "../run/from-options.js";
import type { JarRunApplicationBody } from "../run/to-body.js";
import { answerId } from "./answer-checks.js";
import { checkApplicationId } from "./application-id.js";
import { versionWith } from "./cluster-version.js";
import { isDuplicate, newJobId, runTarget, secretValues, withSubmission } from "./run.js";
import { submitSafely } from "./safe-submit.js";

/**
 * Options of `runApplication`: the run options with `applicationId`, the target's and the call's.
 * `validation` (default `warn`) checks `flinkConfiguration` against the option catalog.
 * `timeoutMs` limits each request (default: the client's: Flink answers before `main()` runs);
 * `retry.maxRetries` counts the attempts after a timeout, a dropped connection or a 503 (default
 * 2), each after a backoff that `signal` ends.
 */
export interface RunApplicationHelperOptions<V extends string = string>
  extends RunApplicationOptions<V>,
    Partial<Omit<RunRequestTarget, "flinkVersion">>,
    FlinkRequestOptions {
  /**
   * The cluster's Flink version; asked from `GET /config` when left out. A literal ("2.3")
   * types `flinkConfiguration` for that line; see `CheckedFlinkVersion`.
   */
  flinkVersion?: CheckedFlinkVersion<V>;
}

export interface RunApplicationResult {
  applicationId: string;
  /** What Flink will silently do with the configuration. */
  diagnostics: Diagnostic[];
  /** Attempts made (1 when the first one was answered). */
  attempts: number;
}

/**
 * Whether Flink knows the application: true (200), false (its 500 naming
 * FlinkApplicationNotFoundException); anything else is thrown.
 */
async function applicationExists(client: FlinkClient, id: string, signal: AbortSignal | undefined): Promise<boolean> {
  const result = await client.GET("/applications/{applicationid}", {
    params: { path: { applicationid: id } },
    ...(signal ? { signal } : {}),
  });
  try {
    unwrap(result, `GET /applications/${id}`);
    return true;
  } catch (error) {
    if (error instanceof FlinkInternalServerError && error.errors.some((e) => e.includes("ApplicationNotFound"))) {
      return false;
    }
    throw error;
  }
}

/** A checked application request, ready to send: built before anything is uploaded. */
export interface PreparedApplication {
  readonly applicationId: string;
  readonly flinkVersion: string;
  readonly body: JarRunApplicationBody;
  readonly diagnostics: Diagnostic[];
  /** Values that must never appear in an error (the sensitive keys' values, strictest rule). */
  readonly secrets: readonly string[];
}

/**
 * Builds and checks the application request (asking the cluster's version when not given, and
 * refusing a line without applications): every input error is thrown here, before anything is
 * sent to run or upload.
 */
export async function prepareApplication<V extends string = string>(
  client: FlinkClient,
  options: RunApplicationHelperOptions<V> = {},
): Promise<PreparedApplication> {
  const { signal, timeoutMs, retry, flinkVersion, clusterKeys, clusterConfig, catalog, validation, ...typed } = options;
  const runOptions = typed as RunOptionFields; // from here the configuration is checked at run time
  const applicationId =
    runOptions.applicationId === undefined
      ? newJobId()
      : checkApplicationId("runApplication", runOptions.applicationId);
  const version = await versionWith(client, RUN_JAR_APPLICATION_LINES, "runApplication", "applications", {
    flinkVersion,
    ...(signal ? { signal } : {}),
  });
  const target = await runTarget(version, { clusterKeys, clusterConfig, catalog, validation });
  const { body, diagnostics } = buildApplicationRequest({ ...runOptions, applicationId }, target);
  return { applicationId, flinkVersion: version, body, diagnostics, secrets: secretValues(body.flinkConfiguration) };
}

/**
 * Runs an uploaded jar as an application (Flink 2.3+; an older cluster is refused with
 * FlinkInputError `unsupported-by-version` before anything is sent). The program's failures do
 * not fail this call: the application turns FAILED (see `waitForApplication`).
 *
 * @example
 * const { applicationId } = await runApplication(flink, jarId, {
 *   programArgs: ["--input", "s3://bucket/day"],
 *   flinkConfiguration: { "execution.runtime-mode": "BATCH" },
 * });
 * await waitForApplication(flink, applicationId, { until: ["FINISHED"], timeoutMs: 3_600_000 });
 */
export async function runApplication<V extends string = string>(
  client: FlinkClient,
  jarId: string,
  options: RunApplicationHelperOptions<V> = {},
): Promise<RunApplicationResult> {
  return sendApplication(client, jarId, await prepareApplication(client, options), options);
}

/** Sends a prepared application request (see {@link runApplication}); every error carries `submission`. */
export async function sendApplication(
  client: FlinkClient,
  jarId: string,
  prepared: PreparedApplication,
  { signal, timeoutMs, retry }: FlinkRequestOptions = {},
): Promise<RunApplicationResult> {
  const { applicationId, body, diagnostics } = prepared;
  const request = `POST /jars/${jarId}/run-application`;
  let sent = false;
  try {
    const { attempts } = await submitSafely({
      what: `application ${applicationId}`,
      request,
      retry: retryFor(clientDefaults(client)?.retry, retry),
      signal,
      send() {
        sent = true;
        // No retries below: submitSafely retries, asking first whether the application exists.
        return client.POST("/jars/{jarid}/run-application", {
          params: { path: { jarid: jarId } },
          body,
          ...(signal ? { signal } : {}),
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          retry: false,
        });
      },
      accept(result) {
        const answered = answerId(unwrap(result, request)?.applicationid, request, "an application id");
        if (answered.toLowerCase() !== applicationId) {
          throw new FlinkResponseError(
            `${request}: Flink's answer names application ${answered}, but the request was for application ${applicationId}; is this a Flink REST endpoint?`,
            { request },
          );
        }
      },
      exists: () => applicationExists(client, applicationId, signal),
      isDuplicate: (error) => isDuplicate(error, "DuplicateApplicationSubmissionException"),
    });
    return { applicationId, diagnostics, attempts };
  } catch (error) {
    const redacted = error instanceof Error ? redactError(error, prepared.secrets) : error;
    throw withSubmission(redacted, {
      jobId: undefined,
      applicationId,
      jarId,
      runRequestSent: sent,
      jarDeleted: false,
    });
  }
}
