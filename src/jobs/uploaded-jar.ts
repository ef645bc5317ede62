/**
 * The jar's part of `submitJar`: upload it, use it, delete it afterwards when asked (whatever
 * happened, also when the caller aborted), and mark every error with where the submission stood
 * (`error.submission`), so a caller never submits twice by accident.
 */
import type { FlinkClient } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { FlinkError, type SubmissionState } from "../errors.js";
import { perRequest } from "./poll.js";
import { isJarGone, withSubmission } from "./run.js";
import { type JarSource, type UploadJarOptions, uploadJar } from "./upload.js";

export interface UploadedJarOptions extends FlinkRequestOptions {
  upload?: Omit<UploadJarOptions, "signal" | "retry"> | undefined;
  deleteJar?: boolean | undefined;
}

/** What the jar's part adds to a submission's result. */
export interface UploadedJarOutcome {
  jarId: string;
  /** Whether the jar was deleted afterwards. */
  jarDeleted: boolean;
  /**
   * Why deleting the jar failed, when `deleteJar` was asked and it did: the submission was made
   * all the same (a cleanup failure never means "not submitted").
   */
  cleanupError: FlinkError | undefined;
}

/** The ids a submission has before anything is sent: a job's, or an application's. */
export type SubmissionIds = Pick<SubmissionState, "jobId" | "applicationId">;

/** Deletes the jar, not with the caller's signal: the jar goes also when the submission was aborted. */
async function deleteUploadedJar(client: FlinkClient, jarId: string, options: FlinkRequestOptions): Promise<void> {
  unwrap(
    await client.DELETE("/jars/{jarid}", {
      params: { path: { jarid: jarId } },
      ...(options.retry !== undefined ? { retry: options.retry } : {}),
    }),
    `DELETE /jars/${jarId}`,
  );
}

/** How often a gone jar is uploaded again before the submission gives up. */
const MAX_REUPLOADS = 2;

/**
 * Uploads the jar, runs `use` with its id, and deletes the jar afterwards when asked. A source
 * that can be read again is uploaded again when its jar is gone (the JobManager that stored it
 * died or restarted), and `use` runs again with `resubmission` set: it sends the same id, so the
 * submission stays one job.
 */
export async function withUploadedJar<T>(
  client: FlinkClient,
  source: JarSource,
  options: UploadedJarOptions,
  ids: SubmissionIds,
  use: (jarId: string, resubmission: boolean) => Promise<T>,
): Promise<T & UploadedJarOutcome> {
  const state = (jarId: string | undefined, runRequestSent: boolean, jarDeleted: boolean): SubmissionState => ({
    ...ids,
    jarId,
    runRequestSent,
    jarDeleted,
  });
  const uploadOnce = async (runRequestSent: boolean): Promise<string> => {
    try {
      return (await uploadJar(client, source, { ...options.upload, ...perRequest(options) })).jarId;
    } catch (error) {
      throw withSubmission(error, state(undefined, runRequestSent, false));
    }
  };
  let jarId = await uploadOnce(false);
  const resendable = !(typeof ReadableStream !== "undefined" && source instanceof ReadableStream);
  let outcome: { value: T } | undefined;
  let failure: unknown;
  try {
    for (let uploads = 1; ; uploads++) {
      try {
        outcome = { value: await use(jarId, uploads > 1) };
        break;
      } catch (error) {
        if (!(resendable && uploads <= MAX_REUPLOADS && isJarGone(client, jarId, error))) {
          throw error;
        }
        jarId = await uploadOnce(true);
      }
    }
  } catch (error) {
    failure = error;
  }
  let jarDeleted = false;
  let cleanupError: FlinkError | undefined;
  if (options.deleteJar) {
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
  if (outcome === undefined) {
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
  return { ...outcome.value, jarId, jarDeleted, cleanupError };
}
