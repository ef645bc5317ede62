/**
 * `runApplication`: runs an uploaded jar as an application (Flink 2.3+, FLIP-549). Flink answers
 * 202 with the application's id before `main()` runs, so this returns as soon as the application
 * exists; what the program then does is seen with `waitForApplication`. Every submission carries
 * an application id (made here unless given): after a lost answer the helper asks Flink for it
 * before trying again, and Flink refuses a second application with the same id.
 */
import { RUN_JAR_APPLICATION_LINES } from "../../generated/contract-facts.js";
import type { FlinkClient } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { FlinkInternalServerError, redactError } from "../errors.js";
import type { Diagnostic } from "../options/diagnostics.js";
import { buildRunApplicationRequest, type RunRequestTarget } from "../run/build.js";
import type { RunApplicationOptions } from "../run/from-options.js";
import { checkApplicationId } from "./application-id.js";
import { versionWith } from "./cluster-version.js";
import { isDuplicate, newJobId, runTarget, secretValues } from "./run.js";
import { submitSafely } from "./safe-submit.js";

/**
 * Options of `runApplication`: the run options with `applicationId`, the target's and the call's.
 * `validation` (default `warn`) checks `flinkConfiguration` against the option catalog.
 * `timeoutMs` limits each request (default: the client's); `retry.maxRetries` counts the attempts
 * after a timeout, a dropped connection or a 503 (default 2).
 */
export interface RunApplicationHelperOptions
  extends RunApplicationOptions,
    Partial<Omit<RunRequestTarget, "flinkVersion">>,
    FlinkRequestOptions {
  /** The cluster's Flink version; asked from `GET /config` when left out. */
  flinkVersion?: string;
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
export async function runApplication(
  client: FlinkClient,
  jarId: string,
  options: RunApplicationHelperOptions = {},
): Promise<RunApplicationResult> {
  const { signal, timeoutMs, retry, flinkVersion, clusterKeys, clusterConfig, catalog, validation, ...runOptions } =
    options;
  const applicationId =
    runOptions.applicationId === undefined
      ? newJobId()
      : checkApplicationId("runApplication", runOptions.applicationId);
  const version = await versionWith(client, RUN_JAR_APPLICATION_LINES, "runApplication", "applications", {
    flinkVersion,
    ...(signal ? { signal } : {}),
  });
  const target = await runTarget(version, { clusterKeys, clusterConfig, catalog, validation });
  const { body, diagnostics } = buildRunApplicationRequest({ ...runOptions, applicationId }, target);
  try {
    const { attempts } = await submitSafely({
      what: `application ${applicationId}`,
      maxRetries: retry === false ? 0 : (retry?.maxRetries ?? 2),
      signal,
      async send(mayRetry) {
        const result = await client.POST("/jars/{jarid}/run-application", {
          params: { path: { jarid: jarId } },
          body,
          ...(signal ? { signal } : {}),
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          retry: false,
        });
        return mayRetry && result.response.status === 503
          ? "unhandled"
          : unwrap(result, `POST /jars/${jarId}/run-application`);
      },
      exists: () => applicationExists(client, applicationId, signal),
      isDuplicate: (error) => isDuplicate(error, "DuplicateApplicationSubmissionException"),
    });
    return { applicationId, diagnostics, attempts };
  } catch (error) {
    throw error instanceof Error ? redactError(error, secretValues(body.flinkConfiguration, version)) : error;
  }
}
