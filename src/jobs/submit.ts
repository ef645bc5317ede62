/**
 * `submitJar`: upload, run, optionally wait, optionally delete the jar afterwards: what
 * `flink run` does, over REST. Asked to clean up, it deletes the jar whatever happens. With
 * `application: true` (Flink 2.3+) the jar runs as an application instead of a single job.
 */
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkError, FlinkInputError } from "../errors.js";
import type { Diagnostic } from "../options/diagnostics.js";
import type { ApplicationDetails } from "./application-info.js";
import { type ApplicationState, isTerminalApplicationState } from "./application-state.js";
import type { JobState } from "./job-state.js";
import { type PollOptions, perRequest } from "./poll.js";
import { type RunJarHelperOptions, runJar } from "./run.js";
import { type RunApplicationHelperOptions, runApplication } from "./run-application.js";
import { type JarSource, type UploadJarOptions, uploadJar } from "./upload.js";
import { waitForJob } from "./wait.js";
import { type WaitForApplicationOptions, waitForApplication } from "./wait-application.js";

export interface SubmitJarOptions extends RunJarHelperOptions {
  upload?: Omit<UploadJarOptions, "signal" | "retry">;
  /** Wait for the job to reach a state: `true` waits for RUNNING. */
  wait?: boolean | (PollOptions & { until?: readonly JobState[] });
  /** Delete the jar from the cluster when done (also when the submission fails). */
  deleteJar?: boolean;
}

export interface SubmitJarResult {
  jarId: string;
  jobId: string;
  applicationId: string | undefined;
  diagnostics: Diagnostic[];
  /** The state waited for, when `wait` was set. */
  state: JobState | undefined;
  /** Whether the jar was deleted afterwards. */
  jarDeleted: boolean;
}

/** `submitJar` as an application (Flink 2.3+): `POST /jars/{jarid}/run-application`. */
export interface SubmitApplicationOptions extends RunApplicationHelperOptions {
  /** Run the jar as an application: its program may submit several jobs (at most one streaming). */
  application: true;
  upload?: Omit<UploadJarOptions, "signal" | "retry">;
  /**
   * Wait for the application: `true` waits until it is RUNNING with its jobs running; an object
   * picks the states (`until: ["FINISHED"]` for a batch application) and the deadline.
   */
  wait?: boolean | Omit<WaitForApplicationOptions, "flinkVersion">;
  /**
   * Delete the jar when done. The program reads the jar each time it submits a job (Flink fails
   * the application when the jar is gone), so this needs `wait` for an end state (`until:
   * ["FINISHED"]`, ...): the jar is deleted once the wait is over, also when it failed.
   */
  deleteJar?: boolean;
}

export interface SubmitApplicationResult {
  jarId: string;
  applicationId: string;
  diagnostics: Diagnostic[];
  /** The application as the wait left it (with its jobs), when `wait` was set. */
  application: ApplicationDetails | undefined;
  /** The state waited for, when `wait` was set. */
  state: ApplicationState | undefined;
  /** Whether the jar was deleted afterwards. */
  jarDeleted: boolean;
}

/**
 * Uploads a jar, runs it, and optionally waits for the job and deletes the jar.
 *
 * @example
 * const { jobId } = await submitJar(flink, { path: "target/job.jar" }, {
 *   parallelism: 2,
 *   flinkConfiguration: { "pipeline.name": "nightly" },
 *   wait: true,
 *   deleteJar: true,
 * });
 *
 * @example
 * // Flink 2.3+: as an application, waiting for its end, then deleting the jar.
 * const { applicationId, application } = await submitJar(flink, { path: "target/batch.jar" }, {
 *   application: true,
 *   wait: { until: ["FINISHED"], timeoutMs: 3_600_000 },
 *   deleteJar: true,
 * });
 */
export function submitJar(
  client: FlinkClient,
  source: JarSource,
  options: SubmitApplicationOptions,
): Promise<SubmitApplicationResult>;
export function submitJar(client: FlinkClient, source: JarSource, options?: SubmitJarOptions): Promise<SubmitJarResult>;
export async function submitJar(
  client: FlinkClient,
  source: JarSource,
  options: SubmitJarOptions | SubmitApplicationOptions = {},
): Promise<SubmitJarResult | SubmitApplicationResult> {
  if (isApplication(options)) {
    return submitApplication(client, source, options);
  }
  const { upload, wait, deleteJar, ...runOptions } = options;
  return withJar(client, source, { upload, deleteJar, ...perRequest(options) }, async (jarId) => {
    const run = await runJar(client, jarId, runOptions);
    const state = wait
      ? await waitForJob(client, run.jobId, { ...(wait === true ? {} : wait), ...perRequest(options) })
      : undefined;
    return { jarId, jobId: run.jobId, applicationId: run.applicationId, diagnostics: run.diagnostics, state };
  });
}

function isApplication(options: SubmitJarOptions | SubmitApplicationOptions): options is SubmitApplicationOptions {
  return "application" in options && options.application === true;
}

async function submitApplication(
  client: FlinkClient,
  source: JarSource,
  options: SubmitApplicationOptions,
): Promise<SubmitApplicationResult> {
  const { upload, wait, deleteJar, application: _, ...runOptions } = options;
  const waitOptions = wait === true ? {} : wait || undefined;
  const until = waitOptions?.until ?? ["RUNNING"];
  if (deleteJar && (!waitOptions || !until.every(isTerminalApplicationState))) {
    throw new FlinkInputError(
      "conflicting-fields",
      'submitJar: deleteJar with application needs wait until an end state (e.g. wait: { until: ["FINISHED"] }): the program reads the jar each time it submits a job, and Flink fails the application when the jar is gone.',
      { field: "deleteJar" },
    );
  }
  return withJar(client, source, { upload, deleteJar, ...perRequest(options) }, async (jarId) => {
    const run = await runApplication(client, jarId, runOptions);
    const details = waitOptions
      ? await waitForApplication(client, run.applicationId, {
          ...waitOptions,
          ...perRequest(options),
          ...(options.flinkVersion ? { flinkVersion: options.flinkVersion } : {}),
        })
      : undefined;
    return {
      jarId,
      applicationId: run.applicationId,
      diagnostics: run.diagnostics,
      application: details,
      state: details?.status,
    };
  });
}

/** Uploads the jar, runs `use` with its id, and deletes the jar afterwards when asked (whatever happened). */
async function withJar<T extends { applicationId?: string | undefined; jobId?: string }>(
  client: FlinkClient,
  source: JarSource,
  options: Pick<SubmitJarOptions, "upload" | "deleteJar" | "signal" | "retry">,
  use: (jarId: string) => Promise<T>,
): Promise<T & { jarDeleted: boolean }> {
  const { jarId } = await uploadJar(client, source, { ...options.upload, ...perRequest(options) });
  let outcome: T | undefined;
  let failure: unknown;
  try {
    outcome = await use(jarId);
  } catch (error) {
    failure = error;
  }
  let jarDeleted = false;
  if (options.deleteJar) {
    try {
      unwrap(
        // Not with the caller's signal: the jar is deleted also when the submission was aborted.
        await client.DELETE("/jars/{jarid}", {
          params: { path: { jarid: jarId } },
          ...(options.retry !== undefined ? { retry: options.retry } : {}),
        }),
        `DELETE /jars/${jarId}`,
      );
      jarDeleted = true;
    } catch (cleanupError) {
      if (failure === undefined) {
        const what = outcome?.jobId ? `Job ${outcome.jobId}` : `Application ${outcome?.applicationId}`;
        throw new FlinkError(
          `${what} was submitted, but deleting jar ${jarId} failed: ${(cleanupError as Error).message}`,
          { cause: cleanupError },
        );
      }
      // The submission's own error matters more; keep the cleanup failure next to it.
      Object.defineProperty(failure, "cleanupError", { value: cleanupError, enumerable: false });
    }
  }
  if (failure !== undefined || outcome === undefined) {
    throw failure;
  }
  return { ...outcome, jarDeleted };
}
