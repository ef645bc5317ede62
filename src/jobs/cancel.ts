/** `cancelJob`: cancels a job and, by default, waits until it is CANCELED. */
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkConflictError, FlinkJobFailedError } from "../errors.js";
import type { JobState } from "./job-state.js";
import { type PollOptions, perRequest } from "./poll.js";
import { waitForJob } from "./wait.js";

export interface CancelJobOptions extends PollOptions {
  /** Wait until the job is CANCELED (default true). */
  wait?: boolean;
}

/**
 * Cancels a job (`PATCH /jobs/{id}?mode=cancel`) and, by default, waits until it is CANCELED.
 * Cancelling a cancelled job succeeds again; a job that ended otherwise ends with
 * `FlinkJobFailedError` naming its state.
 *
 * @example
 * await cancelJob(flink, jobId);
 */
export async function cancelJob(
  client: FlinkClient,
  jobId: string,
  options: CancelJobOptions = {},
): Promise<JobState | undefined> {
  const result = await client.PATCH("/jobs/{jobid}", {
    params: { path: { jobid: jobId }, query: { mode: "cancel" } },
    ...perRequest(options),
  });
  try {
    unwrap(result, `PATCH /jobs/${jobId}`);
  } catch (error) {
    // A job that already ended otherwise (FINISHED, FAILED) is a 409, except in the moment it ends,
    // when Flink still answers 202 and the wait below sees the state: the same error either way.
    const ended =
      error instanceof FlinkConflictError && /another terminal state \((\w+)\)/.exec(error.errors.join("\n"));
    if (ended) {
      throw new FlinkJobFailedError(jobId, ended[1] as string, undefined, { cause: error });
    }
    throw error;
  }
  return options.wait === false ? undefined : waitForJob(client, jobId, { ...options, until: ["CANCELED"] });
}
