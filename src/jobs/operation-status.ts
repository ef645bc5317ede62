/**
 * Flink's asynchronous operations (savepoints, stop-with-savepoint, checkpoints): a trigger
 * answers with a trigger id, then a status endpoint says IN_PROGRESS until COMPLETED, with the
 * result or a failure cause. One poller waits for all of them.
 */
import type { FlinkRequestOptions } from "../client/request-options.js";
import { FlinkOperationError } from "../errors.js";
import { sleep } from "../internal/sleep.js";
import { type PollOptions, perRequest, poll } from "./poll.js";

/** Status of an asynchronous operation, as every Flink status endpoint reports it. */
export interface OperationStatus<O> {
  status: { id: "IN_PROGRESS" | "COMPLETED" };
  operation?: O | null;
}

export interface FailureCause {
  "failure-cause"?: { "stack-trace"?: string; class?: string } | null;
  failureCause?: { "stack-trace"?: string; class?: string } | null;
}

/**
 * Polls an asynchronous operation's status until it is COMPLETED; a failure cause in the result
 * becomes a FlinkOperationError.
 */
export async function awaitOperation<O extends FailureCause>(
  what: string,
  triggerId: string,
  status: (request: FlinkRequestOptions) => Promise<OperationStatus<O>>,
  options: PollOptions = {},
): Promise<O> {
  const operation = await poll(
    `${what} ${triggerId}`,
    async () => {
      const result = await status(perRequest(options));
      return result.status.id === "COMPLETED"
        ? { done: true, value: (result.operation ?? {}) as O }
        : { done: false, state: result.status.id };
    },
    options,
  );
  const failure = operation["failure-cause"] ?? operation.failureCause;
  if (failure) {
    throw new FlinkOperationError(what, triggerId, failure["stack-trace"] ?? failure.class);
  }
  return operation;
}

/** Flink refuses snapshots while a job's tasks are still being deployed, though the job is RUNNING. */
const TASKS_STARTING = /Not all required tasks are currently running|is not being executed at the moment/;

/**
 * Runs a snapshot operation again while Flink says the job's tasks are still starting: a job is
 * RUNNING before its tasks are, and a savepoint right after a submission fails for that reason
 * alone (seen on real 1.19, 1.20 and 2.3). Not with a caller's own trigger id, whose point is that
 * a repeated trigger returns the first result.
 */
export async function retryWhileTasksStart<T>(
  options: PollOptions & { triggerId?: string },
  attempt: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const starting = error instanceof FlinkOperationError && TASKS_STARTING.test(error.failureCause ?? "");
      if (!starting || options.triggerId !== undefined || Date.now() + 500 > deadline) {
        throw error;
      }
      await sleep(500);
      options.signal?.throwIfAborted();
    }
  }
}
