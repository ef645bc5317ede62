/** `waitForJob`: polls a job's state until it reaches one you wait for, or fails typed. */
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkJobFailedError } from "../errors.js";
import { answerJobState } from "./answer-checks.js";
import { isTerminalJobState, type JobState } from "./job-state.js";
import { type PollOptions, poll } from "./poll.js";

export interface WaitForJobOptions extends PollOptions {
  /** States that end the wait successfully (default `["RUNNING"]`). */
  until?: readonly JobState[];
  /**
   * With RUNNING: also wait until every task is running. A job is RUNNING before its tasks are
   * deployed, and a savepoint triggered then fails ("Not all required tasks are currently running").
   */
  tasksRunning?: boolean;
  /** Called with each state the wait sees, in order, repeats left out (to show progress). */
  onState?: (state: JobState) => void;
}

async function allTasksRunning(client: FlinkClient, jobId: string, signal: AbortSignal | undefined): Promise<boolean> {
  const result = await client.GET("/jobs/{jobid}", {
    params: { path: { jobid: jobId } },
    ...(signal ? { signal } : {}),
  });
  const vertices = unwrap(result, `GET /jobs/${jobId}`)?.vertices ?? [];
  return vertices.length > 0 && vertices.every((v) => v.status === "RUNNING" || v.status === "FINISHED");
}

/** The job's root exception, if Flink has one (best effort: its absence is not an error). */
export async function rootException(client: FlinkClient, jobId: string): Promise<string | undefined> {
  try {
    const result = await client.GET("/jobs/{jobid}/exceptions", { params: { path: { jobid: jobId } } });
    const data = result.data as
      | { "root-exception"?: string | null; exceptionHistory?: { entries?: Array<{ stacktrace?: string }> } }
      | undefined;
    return data?.["root-exception"] ?? data?.exceptionHistory?.entries?.[0]?.stacktrace ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits until the job is in one of `until`. Ends with FlinkJobFailedError (carrying the root
 * exception) when it reaches a terminal state you did not wait for, FlinkTimeoutError at the
 * deadline, FlinkAbortError when `signal` fires.
 *
 * @example
 * await waitForJob(flink, jobId, { until: ["FINISHED"], timeoutMs: 10 * 60_000 });
 */
export async function waitForJob(
  client: FlinkClient,
  jobId: string,
  options: WaitForJobOptions = {},
): Promise<JobState> {
  const until = new Set(options.until ?? ["RUNNING"]);
  let seen: JobState | undefined;
  return poll(
    `job ${jobId} to reach ${[...until].join(" or ")}`,
    async () => {
      const result = await client.GET("/jobs/{jobid}/status", {
        params: { path: { jobid: jobId } },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const request = `GET /jobs/${jobId}/status`;
      const state = answerJobState(unwrap(result, request)?.status, request);
      if (state !== seen) {
        seen = state;
        options.onState?.(state);
      }
      if (until.has(state)) {
        if (state === "RUNNING" && options.tasksRunning && !(await allTasksRunning(client, jobId, options.signal))) {
          return { done: false, state: "RUNNING (tasks starting)" };
        }
        return { done: true, value: state };
      }
      if (isTerminalJobState(state)) {
        throw new FlinkJobFailedError(jobId, state, await rootException(client, jobId));
      }
      return { done: false, state };
    },
    options,
  );
}
