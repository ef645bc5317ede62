/**
 * `waitForJob`: waits until a job reaches a state you wait for, or fails typed. Every wait on a
 * client shares that client's one poll of `GET /jobs/overview` (./fleet.ts): a thousand waits
 * cost the JobManager what one wait costs.
 */
import type { FlinkClient } from "../client/flink-client.js";
import { FlinkInputError, FlinkJobFailedError, FlinkJobGoneError } from "../errors.js";
import { JOB_ID } from "../run/fields.js";
import { armLimits, fleetOf, type JobOverview } from "./fleet.js";
import { isTerminalJobState, type JobState } from "./job-state.js";
import type { PollOptions } from "./poll.js";

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

/** Whether the overview's task counts say every task runs (or has finished). */
export function allTasksRunning(job: JobOverview): boolean {
  const tasks = job.tasks ?? {};
  const total = tasks.total ?? 0;
  return total > 0 && (tasks.running ?? 0) + (tasks.finished ?? 0) === total;
}

/** A refused job id: anything but 32 hexadecimal characters would never appear in the job list. */
export function checkJobId(helper: string, jobId: string): void {
  if (typeof jobId !== "string" || !JOB_ID.test(jobId)) {
    throw new FlinkInputError(
      "invalid-path-parameter",
      `${helper}: a job id is 32 hexadecimal characters, got ${JSON.stringify(jobId)}.`,
      { field: "jobId" },
    );
  }
}

/**
 * Waits until the job is in one of `until`. Ends with FlinkJobFailedError (carrying the root
 * exception) when it reaches a terminal state you did not wait for, FlinkJobGoneError when the
 * job is not (or no longer) in the cluster's job list, FlinkTimeoutError at the deadline
 * (`timeoutMs`, default 60 s; 0 waits forever), FlinkAbortError when `signal` fires. The client's
 * waits share one `GET /jobs/overview` per interval (`intervalMs`, default 200 ms, growing by half
 * up to `maxIntervalMs`, default 2 s, while nothing changes).
 *
 * @example
 * await waitForJob(flink, jobId, { until: ["FINISHED"], timeoutMs: 10 * 60_000 });
 * // A thousand of these on one client still send one request per interval:
 * await Promise.all(jobIds.map((id) => waitForJob(flink, id, { until: ["FINISHED"], timeoutMs: 0 })));
 */
export async function waitForJob(
  client: FlinkClient,
  jobId: string,
  options: WaitForJobOptions = {},
): Promise<JobState> {
  checkJobId("waitForJob", jobId);
  const id = jobId.toLowerCase();
  const until = new Set<JobState>(options.until ?? ["RUNNING"]);
  const what = `job ${id} to reach ${[...until].join(" or ")}`;
  let seen: JobState | undefined;
  let lastState: string | undefined;
  return new Promise<JobState>((resolve, reject) => {
    let settled = false;
    const end = (outcome: () => void) => {
      if (!settled) {
        settled = true;
        subscription.close();
        disarm();
        outcome();
      }
    };
    const subscription = fleetOf(client).subscribe({
      intervalMs: options.intervalMs ?? 200,
      maxIntervalMs: options.maxIntervalMs ?? 2000,
      onSnapshot({ jobs }) {
        const job = jobs.get(id);
        const state = job?.state;
        if (!job || !state) {
          end(() => reject(new FlinkJobGoneError(id, seen)));
          return;
        }
        if (state !== seen) {
          seen = state;
          lastState = state;
          options.onState?.(state);
        }
        if (until.has(state)) {
          if (state === "RUNNING" && options.tasksRunning && !allTasksRunning(job)) {
            lastState = "RUNNING (tasks starting)";
            return;
          }
          end(() => resolve(state));
        } else if (isTerminalJobState(state)) {
          end(() => {
            rootException(client, id).then(
              (root) => reject(new FlinkJobFailedError(id, state, root)),
              () => reject(new FlinkJobFailedError(id, state, undefined)),
            );
          });
        }
      },
      onError(error) {
        end(() => reject(error));
      },
    });
    const disarm = armLimits(
      { timeoutMs: options.timeoutMs ?? 60_000, signal: options.signal },
      what,
      () => lastState,
      (error) => end(() => reject(error)),
    );
  });
}
