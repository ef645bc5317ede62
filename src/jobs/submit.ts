/**
 * `submitJar`: check, upload, run, optionally wait, optionally delete the jar afterwards: what
 * `flink run` does, over REST. Every input check happens before the upload; asked to clean up, it
 * deletes the jar whatever happens (also when the caller aborts), and every error says where the
 * submission stood (`error.submission`), so a caller never submits twice by accident. With
 * `application: true` (Flink 2.3+) the jar runs as an application instead of a single job.
 */
import type { FlinkClient } from "../client/flink-client.js";
import { FlinkInputError } from "../errors.js";
import type { Diagnostic } from "../options/diagnostics.js";
import type { ApplicationDetails } from "./application-info.js";
import { type ApplicationState, isTerminalApplicationState } from "./application-state.js";
import type { JobState } from "./job-state.js";
import { type PollOptions, perRequest } from "./poll.js";
import { prepareRun, type RunJarHelperOptions, sendRun } from "./run.js";
import { prepareApplication, type RunApplicationHelperOptions, sendApplication } from "./run-application.js";
import type { JarSource, UploadJarOptions } from "./upload.js";
import { type UploadedJarOutcome, withUploadedJar } from "./uploaded-jar.js";
import { waitForJob } from "./wait.js";
import { type WaitForApplicationOptions, waitForApplication } from "./wait-application.js";

export interface SubmitJarOptions<V extends string = string> extends RunJarHelperOptions<V> {
  upload?: Omit<UploadJarOptions, "signal" | "retry">;
  /** Wait for the job to reach a state: `true` waits for RUNNING. */
  wait?: boolean | (PollOptions & { until?: readonly JobState[] });
  /** Delete the jar from the cluster when done (also when the submission fails or is aborted). */
  deleteJar?: boolean;
}

export interface SubmitJarResult extends UploadedJarOutcome {
  jobId: string;
  applicationId: string | undefined;
  diagnostics: Diagnostic[];
  /** The state waited for, when `wait` was set. */
  state: JobState | undefined;
}

/** `submitJar` as an application (Flink 2.3+): `POST /jars/{jarid}/run-application`. */
export interface SubmitApplicationOptions<V extends string = string> extends RunApplicationHelperOptions<V> {
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

export interface SubmitApplicationResult extends UploadedJarOutcome {
  applicationId: string;
  diagnostics: Diagnostic[];
  /** The application as the wait left it (with its jobs), when `wait` was set. */
  application: ApplicationDetails | undefined;
  /** The state waited for, when `wait` was set. */
  state: ApplicationState | undefined;
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
export function submitJar<V extends string = string>(
  client: FlinkClient,
  source: JarSource,
  options: SubmitApplicationOptions<V>,
): Promise<SubmitApplicationResult>;
export function submitJar<V extends string = string>(
  client: FlinkClient,
  source: JarSource,
  options?: SubmitJarOptions<V>,
): Promise<SubmitJarResult>;
export async function submitJar(
  client: FlinkClient,
  source: JarSource,
  options: SubmitJarOptions | SubmitApplicationOptions = {},
): Promise<SubmitJarResult | SubmitApplicationResult> {
  if (isApplication(options)) {
    return submitApplication(client, source, options);
  }
  const { upload, wait, deleteJar, ...runOptions } = options;
  // Every check on the options before a byte of the jar is sent.
  const prepared = await prepareRun(client, runOptions);
  const jar = { upload, deleteJar, ...perRequest(options) };
  return withUploadedJar(client, source, jar, { jobId: prepared.jobId }, async (jarId, resubmission) => {
    const run = await sendRun(client, jarId, prepared, { ...options, resubmission });
    const state = wait
      ? await waitForJob(client, run.jobId, { ...(wait === true ? {} : wait), ...perRequest(options) })
      : undefined;
    return { jobId: run.jobId, applicationId: run.applicationId, diagnostics: run.diagnostics, state };
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
  // Every check on the options (and the cluster's line) before a byte of the jar is sent.
  const prepared = await prepareApplication(client, runOptions);
  const jar = { upload, deleteJar, ...perRequest(options) };
  return withUploadedJar(
    client,
    source,
    jar,
    { jobId: undefined, applicationId: prepared.applicationId },
    async (jarId) => {
      const run = await sendApplication(client, jarId, prepared, options);
      const details = waitOptions
        ? await waitForApplication(client, run.applicationId, {
            ...waitOptions,
            ...perRequest(options),
            flinkVersion: prepared.flinkVersion,
          })
        : undefined;
      return {
        applicationId: run.applicationId,
        diagnostics: run.diagnostics,
        application: details,
        state: details?.status,
      };
    },
  );
}
