/**
 * `submitJar`: check, upload, run, optionally wait, optionally delete the jar afterwards: what
 * `flink run` does, over REST. Every input check happens before the upload; asked to clean up, it
 * deletes the jar whatever happens (also when the caller aborts), and every error says where the
 * submission stood (`error.submission`), so a caller never submits twice by accident.
 */
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkError, type SubmissionState } from "../errors.js";
import type { Diagnostic } from "../options/diagnostics.js";
import type { JobState } from "./job-state.js";
import { type PollOptions, perRequest } from "./poll.js";
import { isJarGone, prepareRun, type RunJarHelperOptions, sendRun, withSubmission } from "./run.js";
import { type JarSource, type UploadJarOptions, uploadJar } from "./upload.js";
import { waitForJob } from "./wait.js";

export interface SubmitJarOptions extends RunJarHelperOptions {
  upload?: Omit<UploadJarOptions, "signal" | "retry">;
  /** Wait for the job to reach a state: `true` waits for RUNNING. */
  wait?: boolean | (PollOptions & { until?: readonly JobState[] });
  /** Delete the jar from the cluster when done (also when the submission fails or is aborted). */
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
  /**
   * Why deleting the jar failed, when `deleteJar` was asked and it did: the job was submitted all
   * the same (a cleanup failure never means "not submitted").
   */
  cleanupError: FlinkError | undefined;
}

/** How often a gone jar is uploaded again before the submission gives up. */
const MAX_REUPLOADS = 2;

/** Deletes the jar, not with the caller's signal: the jar goes also when the submission was aborted. */
async function deleteUploadedJar(client: FlinkClient, jarId: string, options: SubmitJarOptions): Promise<void> {
  unwrap(
    await client.DELETE("/jars/{jarid}", {
      params: { path: { jarid: jarId } },
      ...(options.retry !== undefined ? { retry: options.retry } : {}),
    }),
    `DELETE /jars/${jarId}`,
  );
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
 */
export async function submitJar(
  client: FlinkClient,
  source: JarSource,
  options: SubmitJarOptions = {},
): Promise<SubmitJarResult> {
  const { upload, wait, deleteJar, ...runOptions } = options;
  // Every check on the options before a byte of the jar is sent.
  const prepared = await prepareRun(client, runOptions);
  const state = (jarId: string | undefined, runRequestSent: boolean, jarDeleted: boolean): SubmissionState => ({
    jobId: prepared.jobId,
    jarId,
    runRequestSent,
    jarDeleted,
  });
  const uploadOnce = async (runRequestSent: boolean): Promise<string> => {
    try {
      return (await uploadJar(client, source, { ...upload, ...perRequest(options) })).jarId;
    } catch (error) {
      throw withSubmission(error, state(undefined, runRequestSent, false));
    }
  };
  let jarId = await uploadOnce(false);
  // A source that can be read again is uploaded again when its jar is gone (the JobManager that
  // stored it died or restarted): the run is sent again with the same job id, so it stays one job.
  const resendable = !(typeof ReadableStream !== "undefined" && source instanceof ReadableStream);
  let outcome: Omit<SubmitJarResult, "jarDeleted" | "cleanupError"> | undefined;
  let failure: unknown;
  try {
    let run: Awaited<ReturnType<typeof sendRun>>;
    for (let uploads = 1; ; uploads++) {
      try {
        run = await sendRun(client, jarId, prepared, { ...options, resubmission: uploads > 1 });
        break;
      } catch (error) {
        if (!(resendable && uploads <= MAX_REUPLOADS && isJarGone(client, jarId, error))) {
          throw error;
        }
        jarId = await uploadOnce(true);
      }
    }
    const reached = wait
      ? await waitForJob(client, run.jobId, { ...(wait === true ? {} : wait), ...perRequest(options) })
      : undefined;
    outcome = {
      jarId,
      jobId: run.jobId,
      applicationId: run.applicationId,
      diagnostics: run.diagnostics,
      state: reached,
    };
  } catch (error) {
    failure = error;
  }
  let jarDeleted = false;
  let cleanupError: FlinkError | undefined;
  if (deleteJar) {
    try {
      await deleteUploadedJar(client, jarId, options);
      jarDeleted = true;
    } catch (error) {
      cleanupError =
        error instanceof FlinkError
          ? error
          : new FlinkError(`deleting jar ${jarId} failed: ${(error as Error).message}`, { cause: error });
    }
  }
  if (failure !== undefined || outcome === undefined) {
    const sent = failure instanceof FlinkError && failure.submission ? failure.submission.runRequestSent : true;
    if (failure instanceof FlinkError) {
      failure.submission = state(jarId, sent, jarDeleted);
    }
    if (cleanupError && failure instanceof Error) {
      // The submission's own error matters more; keep the cleanup failure next to it.
      Object.defineProperty(failure, "cleanupError", { value: cleanupError, enumerable: false });
    }
    throw failure;
  }
  return { ...outcome, jarDeleted, cleanupError };
}
