/**
 * What a test does to the fake cluster's jobs that no REST call can: set a job's state, fail it
 * with a root exception, script its states poll by poll, make savepoints fail. `mock.jobs`.
 */
import { isTerminalJobState, type JobState } from "../jobs/job-state.js";
import { enter, type JobStep } from "./cluster/job-scripts.js";
import type { ClusterState, FakeOperation } from "./cluster/state.js";

export type { JobStep } from "./cluster/job-scripts.js";

/** A snapshot operation a test can make fail. */
export type SnapshotKind = FakeOperation["kind"];

export interface FailSnapshotsOptions {
  /** Only this job's operations (default: every job's). */
  jobId?: string;
  /** How many operations fail (default 1). */
  times?: number;
  /** Which operations (default savepoints and stop-with-savepoint). */
  operations?: readonly SnapshotKind[];
  /** Flink's stack-trace text of the failure (default: a declined checkpoint). */
  cause?: string;
}

const DEFAULT_ROOT_EXCEPTION = "java.lang.RuntimeException: The job failed (set by the test).";
const DEFAULT_SNAPSHOT_FAILURE =
  "java.util.concurrent.CompletionException: org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint was declined (task is closing)\nCaused by: org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint was declined (task is closing)";

export class FakeJobControl {
  readonly #state: ClusterState;

  /** @internal */
  constructor(state: ClusterState) {
    this.#state = state;
  }

  #job(jobId: string) {
    const job = this.#state.jobs.get(jobId);
    if (!job) {
      const known = [...this.#state.jobs.keys()].join(", ") || "none";
      throw new Error(`The fake cluster has no job ${jobId} (its jobs: ${known}).`);
    }
    return job;
  }

  /** Puts a job in a state now (a terminal state gets an end time). Stops the job's script. */
  setState(jobId: string, state: JobState): void {
    const job = this.#job(jobId);
    this.#state.scripts.stop(jobId);
    enter(job, { state }, this.#state.now());
  }

  /**
   * Fails a job: FAILED, with `rootException` (Flink's stack-trace text, "class: message") in
   * `GET /jobs/{jobid}/exceptions` and in the SDK's FlinkJobFailedError.
   */
  fail(jobId: string, rootException: string = DEFAULT_ROOT_EXCEPTION): void {
    const job = this.#job(jobId);
    this.#state.scripts.stop(jobId);
    enter(job, { state: "FAILED", rootException }, this.#state.now());
  }

  /**
   * Runs a job through `steps`, each shown for its number of polls (requests that show the job's
   * state: status, details, the jobs list or overview); the last step stays.
   *
   * @example
   * mock.jobs.script(jobId, [{ state: "RUNNING", polls: 2 }, { state: "FAILING", polls: 1 }, { state: "FAILED", rootException: "java.io.IOException: disk full" }]);
   */
  script(jobId: string, steps: readonly JobStep[]): void {
    checkSteps(steps);
    this.#state.scripts.start(this.#job(jobId), steps, this.#state.now());
  }

  /**
   * Scripts the next job submitted (by /run or POST /jobs); call it again to script the ones
   * after. @example mock.jobs.scriptNext([{ state: "CREATED", polls: 3 }, { state: "RUNNING" }]);
   */
  scriptNext(steps: readonly JobStep[]): void {
    checkSteps(steps);
    this.#state.scripts.queue(steps);
  }

  /** Makes the next savepoints (or stops, checkpoints) fail: the trigger is accepted, the operation fails. */
  failSnapshots(options: FailSnapshotsOptions = {}): void {
    const times = options.times ?? 1;
    if (!(Number.isInteger(times) && times > 0)) {
      throw new RangeError(`failSnapshots: times must be a positive integer, got ${times}`);
    }
    this.#state.snapshotFaults.push({
      ...(options.jobId === undefined ? {} : { jobId: options.jobId }),
      kinds: options.operations ?? ["savepoint", "stop"],
      remaining: times,
      cause: options.cause ?? DEFAULT_SNAPSHOT_FAILURE,
    });
  }
}

function checkSteps(steps: readonly JobStep[]): void {
  if (steps.length === 0) {
    throw new RangeError("a job script needs at least one step");
  }
  steps.forEach((step, i) => {
    if (step.polls !== undefined && !(Number.isInteger(step.polls) && step.polls >= 0)) {
      throw new RangeError(`step ${i + 1}: polls must be a whole number, got ${step.polls}`);
    }
    if (i < steps.length - 1 && isTerminalJobState(step.state)) {
      throw new RangeError(`step ${i + 1}: ${step.state} is terminal, a job never leaves it`);
    }
  });
}
