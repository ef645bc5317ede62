/** The lifecycle errors of the tree (see ./errors.ts): jobs, applications and asynchronous operations that ended badly. */
import { FlinkError } from "./error-base.js";

/** A job reached a terminal state the caller did not wait for (FAILED, CANCELED, ...). */
export class FlinkJobFailedError extends FlinkError {
  override name = "FlinkJobFailedError";
  readonly jobId: string;
  readonly state: string;
  /** The job's root exception (`GET /jobs/{id}/exceptions`), when Flink has one. */
  readonly rootException: string | undefined;

  constructor(jobId: string, state: string, rootException: string | undefined, options: { cause?: unknown } = {}) {
    const firstLine = rootException?.split("\n", 1)[0];
    super(`Job ${jobId} ended in state ${state}${firstLine ? `: ${firstLine}` : ""}`, options);
    this.jobId = jobId;
    this.state = state;
    this.rootException = rootException;
  }
}

/**
 * A job the caller waits on is not (or no longer) in the cluster's job list: it expired from the
 * JobManager's job store, the JobManager lost it (a failover without HA), or it never existed.
 */
export class FlinkJobGoneError extends FlinkError {
  override name = "FlinkJobGoneError";
  readonly jobId: string;
  /** The last state the watcher saw, or undefined when the job was never listed. */
  readonly lastState: string | undefined;

  constructor(jobId: string, lastState: string | undefined) {
    super(
      lastState === undefined
        ? `Job ${jobId} is not known to the cluster (it is not in GET /jobs/overview)`
        : `Job ${jobId} disappeared from the cluster's job list (last seen ${lastState})`,
    );
    this.jobId = jobId;
    this.lastState = lastState;
  }
}

/** An application (Flink 2.3+) ended in a state the caller did not wait for (FAILED, CANCELED, ...). */
export class FlinkApplicationFailedError extends FlinkError {
  override name = "FlinkApplicationFailedError";
  readonly applicationId: string;
  readonly state: string;
  /** The newest entry of the application's exception history (its stack trace text), when it has one. */
  readonly exception: string | undefined;

  constructor(applicationId: string, state: string, exception: string | undefined, options: { cause?: unknown } = {}) {
    super(`Application ${applicationId} ended in state ${state}${describeCause(exception)}`, options);
    this.applicationId = applicationId;
    this.state = state;
    this.exception = exception;
  }
}

/** ": <root cause>" of a stack trace text: its last "Caused by:" line, else its first line. */
function describeCause(trace: string | undefined): string {
  if (!trace) {
    return "";
  }
  const lines = trace.split("\n");
  const caused = lines
    .filter((l) => l.startsWith("Caused by: "))
    .at(-1)
    ?.slice("Caused by: ".length);
  return `: ${caused ?? lines[0]}`;
}

/** An asynchronous operation (savepoint, stop-with-savepoint, checkpoint, ...) completed with a failure. */
export class FlinkOperationError extends FlinkError {
  override name = "FlinkOperationError";
  readonly operation: string;
  readonly triggerId: string;
  /** Flink's serialized failure cause (its stack trace text), when it sent one. */
  readonly failureCause: string | undefined;

  constructor(operation: string, triggerId: string, failureCause: string | undefined) {
    const firstLine = failureCause?.split("\n", 1)[0];
    super(`${operation} ${triggerId} failed${firstLine ? `: ${firstLine}` : ""}`);
    this.operation = operation;
    this.triggerId = triggerId;
    this.failureCause = failureCause;
  }
}

/**
 * The JobManager that ran a savepoint or stop-with-savepoint was lost (a leader change): the new
 * leader does not know its trigger id, so its result cannot be read. Says what exists instead.
 */
export class FlinkOperationLostError extends FlinkError {
  override name = "FlinkOperationLostError";
  readonly operation: string;
  readonly jobId: string;
  readonly triggerId: string;
  /** The job's state on the new leader (RUNNING: recovered, the stop did not take effect), or undefined when unknown. */
  readonly jobState: string | undefined;
  /**
   * Whether a savepoint completed: true when the job FINISHED after a stop (Flink ends it only after
   * the savepoint), undefined otherwise (it may have: the new leader does not recover from it).
   */
  readonly savepointCompleted: true | undefined;
  /** Where the savepoint is if it completed: `<directory>/savepoint-<first 6 of the job id>-*`, a directory with a `_metadata` file. */
  readonly savepointPattern: string | undefined;

  constructor(
    details: {
      operation: string;
      jobId: string;
      triggerId: string;
      jobState: string | undefined;
      savepointCompleted: true | undefined;
      savepointPattern: string | undefined;
    },
    options: { cause?: unknown } = {},
  ) {
    const state =
      details.jobState === undefined ? "its state is unknown" : `the new leader reports it ${details.jobState}`;
    const where = details.savepointPattern ?? "the savepoint directory (not known to the client)";
    const savepoint = details.savepointCompleted
      ? `the savepoint completed: it is ${where}`
      : `a savepoint may have completed before the loss (the new leader does not restore from it): look for ${where}`;
    super(
      `${details.operation} ${details.triggerId} of job ${details.jobId} was lost with its JobManager (a leader change): ${state}; ${savepoint}`,
      options,
    );
    this.operation = details.operation;
    this.jobId = details.jobId;
    this.triggerId = details.triggerId;
    this.jobState = details.jobState;
    this.savepointCompleted = details.savepointCompleted;
    this.savepointPattern = details.savepointPattern;
  }
}
