/**
 * `submitJar`: upload, run, optionally wait, optionally delete the jar afterwards: what
 * `flink run` does, over REST. Asked to clean up, it deletes the jar whatever happens.
 */
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkError } from "../errors.js";
import type { Diagnostic } from "../options/diagnostics.js";
import type { JobState } from "./job-state.js";
import { type PollOptions, perRequest } from "./poll.js";
import { type RunJarHelperOptions, runJar } from "./run.js";
import { type JarSource, type UploadJarOptions, uploadJar } from "./upload.js";
import { waitForJob } from "./wait.js";

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
  const { jarId } = await uploadJar(client, source, { ...upload, ...perRequest(options) });
  let outcome: Omit<SubmitJarResult, "jarDeleted"> | undefined;
  let failure: unknown;
  try {
    const run = await runJar(client, jarId, runOptions);
    const state = wait
      ? await waitForJob(client, run.jobId, { ...(wait === true ? {} : wait), ...perRequest(options) })
      : undefined;
    outcome = { jarId, jobId: run.jobId, applicationId: run.applicationId, diagnostics: run.diagnostics, state };
  } catch (error) {
    failure = error;
  }
  let jarDeleted = false;
  if (deleteJar) {
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
        throw new FlinkError(
          `Job ${outcome?.jobId} was submitted, but deleting jar ${jarId} failed: ${(cleanupError as Error).message}`,
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
