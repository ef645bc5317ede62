/**
 * `watchJobs`: the state changes of every job of the cluster, as an async iterator, from the
 * client's one shared poll of `GET /jobs/overview` (./fleet.ts).
 */
import type { FlinkClient } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { armLimits, fleetOf, type JobOverview } from "./fleet.js";
import type { JobState } from "./job-state.js";

/** A job's state as one poll saw it: new (`previous` undefined), or changed since the poll before. */
export interface JobStateChange {
  readonly kind: "state";
  readonly jobId: string;
  readonly name: string | undefined;
  readonly state: JobState;
  /** The state the previous poll saw; undefined for a job seen for the first time. */
  readonly previous: JobState | undefined;
  /** The job's row of `/jobs/overview` (task counts, start and end times). */
  readonly job: JobOverview;
  /** When Flink last changed the job (its `last-modification`, epoch ms). */
  readonly changedAt: number | undefined;
  /** When the poll that saw it was answered (epoch ms). */
  readonly seenAt: number;
}

/**
 * A job that was listed and is no longer: it expired from the JobManager's job store
 * (`jobstore.expiration-time`), or the JobManager lost it (a failover without HA).
 */
export interface JobGone {
  readonly kind: "gone";
  readonly jobId: string;
  readonly name: string | undefined;
  /** The last state seen. */
  readonly previous: JobState;
  readonly seenAt: number;
}

export type JobChange = JobStateChange | JobGone;

export interface WatchJobsOptions extends FlinkRequestOptions {
  /**
   * Longest time between two polls, in ms (default 1,000): each change is delivered within it.
   * Waits on the same client share the poll, which runs at the smallest interval asked for.
   */
  intervalMs?: number;
  /** Report the jobs already there at the first poll (default true), each as a change with no `previous`. */
  existing?: boolean;
  /** Stop after this many ms with FlinkTimeoutError (default 0: watch until the loop ends or `signal` fires). */
  timeoutMs?: number;
}

/** The changes between two polls, in the order of the newer one's rows, then the jobs gone. */
function changesBetween(
  before: ReadonlyMap<string, JobOverview> | undefined,
  now: ReadonlyMap<string, JobOverview>,
  seenAt: number,
  existing: boolean,
): JobChange[] {
  const out: JobChange[] = [];
  for (const [jobId, job] of now) {
    const state = job.state;
    const previous = before?.get(jobId)?.state;
    if (state === undefined || (before === undefined && !existing) || (previous === state && before?.has(jobId))) {
      continue;
    }
    out.push({
      kind: "state",
      jobId,
      name: job.name,
      state,
      previous,
      job,
      changedAt: job["last-modification"],
      seenAt,
    });
  }
  for (const [jobId, job] of before ?? []) {
    if (!now.has(jobId) && job.state !== undefined) {
      out.push({ kind: "gone", jobId, name: job.name, previous: job.state, seenAt });
    }
  }
  return out;
}

/**
 * Every job state change of the cluster, as polls of `GET /jobs/overview` see them: first the
 * jobs already there (unless `existing: false`), then each new job, each change of state, and
 * each job that leaves the list (`kind: "gone"`). A change that comes and goes between two polls
 * is not seen. The loop ends when you leave it (break, return) and with FlinkAbortError when
 * `signal` fires, FlinkTimeoutError at `timeoutMs`, or the error of a poll that failed after the
 * client's retries. Changes wait in a queue while the loop body runs.
 *
 * @example
 * for await (const change of watchJobs(flink, { signal: controller.signal })) {
 *   if (change.kind === "gone") console.log(change.jobId, "is gone");
 *   else console.log(change.jobId, change.previous ?? "new", "→", change.state);
 * }
 */
export function watchJobs(client: FlinkClient, options: WatchJobsOptions = {}): AsyncIterableIterator<JobChange> {
  const intervalMs = options.intervalMs ?? 1000;
  const existing = options.existing ?? true;
  const queue: JobChange[] = [];
  let failure: unknown;
  let done = false;
  let wake: (() => void) | undefined;
  let last: ReadonlyMap<string, JobOverview> | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const subscription = fleetOf(client).subscribe({
    intervalMs,
    maxIntervalMs: intervalMs,
    onSnapshot({ jobs, receivedAt }) {
      queue.push(...changesBetween(last, jobs, receivedAt, existing));
      last = jobs;
      notify();
    },
    onError(error) {
      failure ??= error;
      stop();
    },
  });
  const disarm = armLimits(
    { timeoutMs: options.timeoutMs ?? 0, signal: options.signal },
    "job changes",
    () => undefined,
    (error) => {
      failure ??= error;
      stop();
    },
  );
  function stop(): void {
    done = true;
    subscription.close();
    disarm();
    notify();
  }
  const iterator: AsyncIterableIterator<JobChange> = {
    async next(): Promise<IteratorResult<JobChange>> {
      for (;;) {
        const change = queue.shift();
        if (change) {
          return { value: change, done: false };
        }
        if (failure !== undefined) {
          const error = failure;
          failure = undefined;
          return Promise.reject(error);
        }
        if (done) {
          return { value: undefined, done: true };
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    async return(): Promise<IteratorResult<JobChange>> {
      stop();
      queue.length = 0;
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
