/**
 * `runJar`: submits an uploaded jar through the run-request builder, safely retried. Every
 * submission carries a job id (generated here unless given), so after a timeout or a dropped
 * connection the helper asks `GET /jobs/{id}` before trying again, and Flink itself refuses a
 * second job with the same id: a job is never submitted twice. The request is built and checked
 * first (`prepareRun`), so `submitJar` refuses bad input before it uploads anything.
 */
import { jarUnreachable } from "../client/addresses.js";
import type { FlinkClient } from "../client/flink-client.js";
import { clientDefaults } from "../client/flink-client.js";
import { type FlinkRequestOptions, retryFor } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { FlinkApiError, FlinkConnectionError, FlinkError, FlinkResponseError, redactError } from "../errors.js";
import type { CheckedFlinkVersion } from "../options/configuration-type.js";
import type { Diagnostic } from "../options/diagnostics.js";
import { loadFlinkOptionCatalog } from "../options/load-catalog.js";
import { isSensitiveKey } from "../options/redaction.js";
import { buildRequest, type RunRequestTarget } from "../run/build.js";
import type { RunJarOptions, RunOptionFields } from "../run/from-options.js";
import type { JarRunBody } from "../run/to-body.js";
import { answerId } from "./answer-checks.js";
import { getFlinkVersion } from "./cluster-version.js";
import { submitSafely } from "./safe-submit.js";

/**
 * Options of `runJar`: the run options, the target's, and the call's. `validation` (default
 * `warn`) checks `flinkConfiguration` against the option catalog, which is loaded on first use
 * unless `catalog` is given. `timeoutMs` limits each run request (default 120,000: main() runs
 * before Flink answers); `retry.maxRetries` counts the attempts after a timeout, a dropped
 * connection or a 503 (default 2), each after a backoff that `signal` ends.
 */
export interface RunJarHelperOptions<V extends string = string>
  extends RunJarOptions<V>,
    Partial<Omit<RunRequestTarget, "flinkVersion">>,
    FlinkRequestOptions {
  /**
   * The cluster's Flink version; asked from `GET /config` when left out. A literal ("2.3",
   * "1.20.3") types `flinkConfiguration` for that line; see `CheckedFlinkVersion`.
   */
  flinkVersion?: CheckedFlinkVersion<V>;
}

export interface RunJarResult {
  jobId: string;
  /** Flink 2.3+: the application the job belongs to. */
  applicationId: string | undefined;
  /** What Flink will silently do with the configuration. */
  diagnostics: Diagnostic[];
  /** Attempts made (1 when the first one was answered). */
  attempts: number;
}

/** A checked run request, ready to send: what `runJar` sends, built before anything is uploaded. */
export interface PreparedRun {
  readonly jobId: string;
  readonly flinkVersion: string;
  readonly body: JarRunBody;
  readonly diagnostics: Diagnostic[];
  /** Values that must never appear in an error (the sensitive keys' values, strictest rule). */
  readonly secrets: readonly string[];
}

/** A random job or application id: 32 hexadecimal characters, like Flink's JobID and ApplicationID. */
export function newJobId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The target a helper builds a run request for: validation needs the option catalog, which is
 * loaded on demand (unless given or `validation` is off) so the core bundle stays small.
 */
export async function runTarget(
  version: string,
  options: Partial<Omit<RunRequestTarget, "flinkVersion">>,
): Promise<RunRequestTarget> {
  const { clusterKeys, clusterConfig, catalog, validation } = options;
  const facts = catalog ?? (validation === "off" ? undefined : await loadFlinkOptionCatalog());
  return {
    flinkVersion: version,
    ...(clusterKeys ? { clusterKeys } : {}),
    ...(clusterConfig ? { clusterConfig } : {}),
    ...(facts ? { catalog: facts } : {}),
    ...(validation ? { validation } : {}),
  };
}

/**
 * The values of a request's sensitive keys, by the strictest rule (any line's), as everywhere a
 * value could be printed: they never reach an error message, even when Flink quotes them back.
 */
export function secretValues(configuration: Readonly<Record<string, string>> | undefined): string[] {
  return Object.entries(configuration ?? {})
    .filter(([key]) => isSensitiveKey(key))
    .map(([, value]) => value);
}

/**
 * Builds and checks the run request (asking the cluster's version when not given): every input
 * error is thrown here, before anything is sent to run or upload.
 */
export async function prepareRun<V extends string = string>(
  client: FlinkClient,
  options: RunJarHelperOptions<V> = {},
): Promise<PreparedRun> {
  const { signal, timeoutMs, retry, flinkVersion, clusterKeys, clusterConfig, catalog, validation, ...typed } = options;
  const runOptions = typed as RunOptionFields; // from here the configuration is checked at run time
  const version = flinkVersion ?? (await getFlinkVersion(client, signal ? { signal } : {}));
  const jobId = runOptions.jobId ?? newJobId();
  const target = await runTarget(version, { clusterKeys, clusterConfig, catalog, validation });
  const { body, diagnostics } = buildRequest({ ...runOptions, jobId }, target, "run");
  const secrets = secretValues(body.flinkConfiguration);
  return { jobId: body.jobId ?? jobId, flinkVersion: version, body, diagnostics, secrets };
}

/**
 * Whether Flink knows the job: true (200), false (404); anything else is thrown. Asks
 * `/jobs/{id}`, not `/jobs/{id}/status`: the latter answers an unknown job with 500.
 */
async function jobExists(client: FlinkClient, jobId: string, signal: AbortSignal | undefined): Promise<boolean> {
  const result = await client.GET("/jobs/{jobid}", {
    params: { path: { jobid: jobId } },
    ...(signal ? { signal } : {}),
  });
  if (result.response.status === 404) {
    return false;
  }
  unwrap(result, `GET /jobs/${jobId}`);
  return true;
}

/**
 * Whether the run failed because the jar is not on the JobManager that was asked: Flink's 500
 * "Jar file ... does not exist" (a JobManager that restarted, or another than the one that
 * stored it), or the JobManager that stored it cannot be reached. Uploading again helps.
 */
export function isJarGone(client: FlinkClient, jarId: string, error: unknown): boolean {
  if (error instanceof FlinkConnectionError) {
    return jarUnreachable(client, jarId);
  }
  return (
    error instanceof FlinkApiError &&
    error.status === 500 &&
    error.errors.some((e) => e.includes("Jar file ") && e.includes(" does not exist"))
  );
}

/**
 * Whether Flink refused the run because the leading JobManager was lost on the way (its
 * Dispatcher unreachable, e.g. 400 "Could not execute application." caused by
 * RecipientUnreachableException): nothing was submitted, the same job id may be sent again.
 */
function isLeaderLost(error: unknown): boolean {
  return (
    error instanceof FlinkApiError &&
    error.errors.some((e) => /RecipientUnreachableException|TimeoutException: Invocation of/.test(e))
  );
}

/** Whether Flink refused a submission as a duplicate (`exception` names Flink's exception class). */
export function isDuplicate(error: unknown, exception: string): boolean {
  return error instanceof FlinkApiError && error.errors.some((e) => e.includes(exception));
}

/** Marks an error with where the submission stood (see FlinkError.submission). */
export function withSubmission<E>(error: E, state: NonNullable<FlinkError["submission"]>): E {
  if (error instanceof FlinkError && error.submission === undefined) {
    error.submission = state;
  }
  return error;
}

/**
 * Runs an uploaded jar: builds the body for the cluster's version (refusing bad input before
 * sending), submits it with a job id, and retries only where that cannot start a second job.
 *
 * @example
 * const { jobId, diagnostics } = await runJar(flink, jarId, {
 *   parallelism: 4,
 *   flinkConfiguration: { "execution.checkpointing.interval": "30 s" },
 * });
 */
export async function runJar<V extends string = string>(
  client: FlinkClient,
  jarId: string,
  options: RunJarHelperOptions<V> = {},
): Promise<RunJarResult> {
  return sendRun(client, jarId, await prepareRun(client, options), options);
}

/**
 * Sends a prepared run request (see {@link runJar}); every error carries `submission`.
 * `resubmission`: the same job id was sent before (through a jar that is gone since), so Flink's
 * refusal of a duplicate job id means that job exists.
 */
export async function sendRun(
  client: FlinkClient,
  jarId: string,
  prepared: PreparedRun,
  call: FlinkRequestOptions & { resubmission?: boolean } = {},
): Promise<RunJarResult> {
  let sent = false;
  try {
    return await submitWithRetries(client, jarId, prepared, call, () => {
      sent = true;
    });
  } catch (error) {
    const redacted = error instanceof Error ? redactError(error, prepared.secrets) : error;
    throw withSubmission(redacted, { jobId: prepared.jobId, jarId, runRequestSent: sent, jarDeleted: false });
  }
}

async function submitWithRetries(
  client: FlinkClient,
  jarId: string,
  { body, jobId, diagnostics }: PreparedRun,
  { signal, timeoutMs, retry, resubmission }: FlinkRequestOptions & { resubmission?: boolean },
  onSend: () => void,
): Promise<RunJarResult> {
  const request = `POST /jars/${jarId}/run`;
  const { answer, attempts } = await submitSafely({
    what: `job ${jobId}`,
    request,
    retry: retryFor(clientDefaults(client)?.retry, retry),
    signal,
    send() {
      onSend();
      // No retries below: submitSafely retries, asking first whether the job exists.
      return client.POST("/jars/{jarid}/run", {
        params: { path: { jarid: jarId } },
        body,
        ...(signal ? { signal } : {}),
        retry: false,
        timeoutMs: timeoutMs ?? 120_000,
      });
    },
    accept(result) {
      const data = unwrap(result, request);
      const answered = answerId(data?.jobid, request, "a job id");
      if (answered.toLowerCase() !== jobId) {
        throw new FlinkResponseError(
          `${request}: Flink's answer names job ${answered}, but the request was for job ${jobId}; is this a Flink REST endpoint?`,
          { request },
        );
      }
      return data?.applicationId == null ? undefined : answerId(data.applicationId, request, "an application id");
    },
    exists: () => jobExists(client, jobId, signal),
    isDuplicate: (error) => isDuplicate(error, "DuplicateJobSubmissionException"),
    resubmission,
    mayRetry: isLeaderLost,
    giveUp: (error) => isJarGone(client, jarId, error),
  });
  return { jobId, applicationId: answer, diagnostics, attempts };
}
