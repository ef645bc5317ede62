/**
 * `runJar`: submits an uploaded jar through the run-request builder, safely retried. Every
 * submission carries a job id (generated here unless given), so after a timeout or a dropped
 * connection the helper asks `GET /jobs/{id}` before trying again, and Flink itself refuses a
 * second job with the same id: a job is never submitted twice.
 */
import type { FlinkClient } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { FlinkApiError, FlinkConnectionError, FlinkError, FlinkTimeoutError, redactError } from "../errors.js";
import { sleep } from "../internal/sleep.js";
import type { Diagnostic } from "../options/diagnostics.js";
import { loadFlinkOptionCatalog } from "../options/load-catalog.js";
import { isSensitiveKey } from "../options/redaction.js";
import { buildRunRequest, type RunRequestTarget } from "../run/build.js";
import type { RunJarOptions } from "../run/from-options.js";
import type { JarRunBody } from "../run/to-body.js";
import { getFlinkVersion } from "./cluster-version.js";

/**
 * Options of `runJar`: the run options, the target's, and the call's. `validation` (default
 * `warn`) checks `flinkConfiguration` against the option catalog, which is loaded on first use
 * unless `catalog` is given. `timeoutMs` limits each run request (default 120,000: main() runs
 * before Flink answers); `retry.maxRetries` counts the attempts after a timeout, a dropped
 * connection or a 503 (default 2).
 */
export interface RunJarHelperOptions
  extends RunJarOptions,
    Partial<Omit<RunRequestTarget, "flinkVersion">>,
    FlinkRequestOptions {
  /** The cluster's Flink version; asked from `GET /config` when left out. */
  flinkVersion?: string;
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

/** A random job id: 32 hexadecimal characters, like Flink's JobID. */
export function newJobId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
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

function isDuplicateSubmission(error: unknown): boolean {
  return error instanceof FlinkApiError && error.errors.some((e) => e.includes("DuplicateJobSubmissionException"));
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
export async function runJar(
  client: FlinkClient,
  jarId: string,
  options: RunJarHelperOptions = {},
): Promise<RunJarResult> {
  const { signal, timeoutMs, retry, flinkVersion, clusterKeys, clusterConfig, catalog, validation, ...runOptions } =
    options;
  const version = flinkVersion ?? (await getFlinkVersion(client, signal ? { signal } : {}));
  const jobId = runOptions.jobId ?? newJobId();
  // Validation needs the option catalog; it is loaded on demand so the core bundle stays small.
  const facts = catalog ?? (validation === "off" ? undefined : await loadFlinkOptionCatalog());
  const { body, diagnostics } = buildRunRequest(
    { ...runOptions, jobId },
    {
      flinkVersion: version,
      ...(clusterKeys ? { clusterKeys } : {}),
      ...(clusterConfig ? { clusterConfig } : {}),
      ...(facts ? { catalog: facts } : {}),
      ...(validation ? { validation } : {}),
    },
  );
  // Values of sensitive keys never reach an error message, even when Flink quotes them back.
  const secrets = Object.entries(body.flinkConfiguration ?? {})
    .filter(([key]) => isSensitiveKey(key, version))
    .map(([, value]) => value);
  try {
    const maxRetries = retry === false ? 0 : (retry?.maxRetries ?? 2);
    return await submitWithRetries(client, jarId, body, jobId, diagnostics, { signal, timeoutMs, maxRetries });
  } catch (error) {
    throw error instanceof Error ? redactError(error, secrets) : error;
  }
}

async function submitWithRetries(
  client: FlinkClient,
  jarId: string,
  body: JarRunBody,
  jobId: string,
  diagnostics: Diagnostic[],
  {
    signal,
    timeoutMs,
    maxRetries,
  }: { signal: AbortSignal | undefined; timeoutMs: number | undefined; maxRetries: number },
): Promise<RunJarResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      // No retries below: this loop retries, asking first whether the job exists.
      const result = await client.POST("/jars/{jarid}/run", {
        params: { path: { jarid: jarId } },
        body,
        ...(signal ? { signal } : {}),
        retry: false,
        timeoutMs: timeoutMs ?? 120_000,
      });
      if (result.response.status === 503 && attempt <= maxRetries) {
        await sleep(250 * 2 ** attempt); // no leader yet: the request was not handled
        continue;
      }
      const data = unwrap(result, `POST /jars/${jarId}/run`);
      return {
        jobId: data?.jobid ?? jobId,
        applicationId: data?.applicationId ?? undefined,
        diagnostics,
        attempts: attempt,
      };
    } catch (error) {
      // A retry found the first attempt's job: Flink refused the same job id a second time.
      if (attempt > 1 && isDuplicateSubmission(error)) {
        return { jobId, applicationId: undefined, diagnostics, attempts: attempt };
      }
      if (!(error instanceof FlinkTimeoutError || error instanceof FlinkConnectionError)) {
        throw error;
      }
      // Flink may have accepted the job before the answer was lost: ask before trying again.
      let exists: boolean;
      try {
        exists = await jobExists(client, jobId, signal);
      } catch (checkError) {
        throw new FlinkError(
          `The run request for job ${jobId} got no answer (${(error as Error).message}), and asking Flink whether the job exists failed too (${(checkError as Error).message}); the job may or may not be running.`,
          { cause: error },
        );
      }
      if (exists) {
        return { jobId, applicationId: undefined, diagnostics, attempts: attempt };
      }
      if (attempt > maxRetries) {
        throw error;
      }
    }
  }
}
