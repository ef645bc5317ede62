/**
 * Job lifecycle operations: cancel, savepoints, stop-with-savepoint, checkpoints and rescaling,
 * all waiting on Flink's asynchronous operations (trigger id, then status until COMPLETED) through
 * one poller with a deadline, growing intervals and an AbortSignal.
 */
import { OPERATION_VERSIONS } from "../../generated/operation-versions.js";
import type { FlinkClient } from "../client.js";
import {
  FlinkConflictError,
  FlinkError,
  FlinkInputError,
  FlinkJobFailedError,
  FlinkOperationError,
} from "../errors.js";
import { isAtLeast, releaseLine } from "../internal/flink-version.js";
import { type PollOptions, poll } from "../internal/poll.js";
import { getFlinkVersion } from "./cluster-version.js";
import { unwrap } from "./result.js";
import { type JobState, waitForJob } from "./wait.js";

/** Status of an asynchronous operation, as every Flink status endpoint reports it. */
interface OperationStatus<O> {
  status: { id: "IN_PROGRESS" | "COMPLETED" };
  operation?: O | null;
}

interface FailureCause {
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
  status: (signal: AbortSignal | undefined) => Promise<OperationStatus<O>>,
  options: PollOptions = {},
): Promise<O> {
  const operation = await poll(
    `${what} ${triggerId}`,
    async () => {
      const result = await status(options.signal);
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

const signalOf = (options: { signal?: AbortSignal }) => (options.signal ? { signal: options.signal } : {});

/** Flink refuses snapshots while a job's tasks are still being deployed, though the job is RUNNING. */
const TASKS_STARTING = /Not all required tasks are currently running|is not being executed at the moment/;

/**
 * Runs a snapshot operation again while Flink says the job's tasks are still starting: a job is
 * RUNNING before its tasks are, and a savepoint right after a submission fails for that reason
 * alone (seen on real 1.19, 1.20 and 2.3). Not with a caller's own trigger id, whose point is that
 * a repeated trigger returns the first result.
 */
async function retryWhileTasksStart<T>(
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
      await new Promise((resolve) => setTimeout(resolve, 500));
      options.signal?.throwIfAborted();
    }
  }
}

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
    ...signalOf(options),
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

export interface SavepointOptions extends PollOptions {
  /** Where to write the savepoint; the cluster's default savepoint directory when left out. */
  targetDirectory?: string;
  /** CANONICAL (portable, default) or NATIVE (faster, state-backend specific). */
  formatType?: "CANONICAL" | "NATIVE";
  /** Your own trigger id, which makes a repeated trigger idempotent. */
  triggerId?: string;
}

export interface SavepointResult {
  /** Path of the completed savepoint. */
  location: string;
  triggerId: string;
}

function savepointLocation(operation: { location?: string | null }, what: string, triggerId: string): string {
  if (!operation.location) {
    throw new FlinkError(`${what} ${triggerId} completed without a location`);
  }
  return operation.location;
}

/**
 * Triggers a savepoint and waits for its location.
 *
 * @example
 * const { location } = await triggerSavepoint(flink, jobId, { targetDirectory: "s3://bucket/savepoints" });
 */
export function triggerSavepoint(
  client: FlinkClient,
  jobId: string,
  options: SavepointOptions & { cancelJob?: boolean } = {},
): Promise<SavepointResult> {
  return retryWhileTasksStart(options, () => triggerSavepointOnce(client, jobId, options));
}

/** One attempt of {@link triggerSavepoint}. */
function triggerSavepointOnce(
  client: FlinkClient,
  jobId: string,
  options: SavepointOptions & { cancelJob?: boolean },
): Promise<SavepointResult> {
  const trigger = client.POST("/jobs/{jobid}/savepoints", {
    params: { path: { jobid: jobId } },
    body: {
      ...(options.targetDirectory ? { "target-directory": options.targetDirectory } : {}),
      ...(options.cancelJob ? { "cancel-job": true } : {}),
      ...(options.formatType ? { formatType: options.formatType } : {}),
      ...(options.triggerId ? { triggerId: options.triggerId } : {}),
    },
    ...signalOf(options),
  });
  return awaitSavepoint(client, jobId, "savepoint", `POST /jobs/${jobId}/savepoints`, trigger, options);
}

/**
 * Waits for a savepoint that a trigger (savepoint or stop) started: both report through
 * `GET /jobs/{id}/savepoints/{triggerId}`.
 */
async function awaitSavepoint(
  client: FlinkClient,
  jobId: string,
  what: string,
  request: string,
  trigger: Promise<{ data?: { "request-id"?: string }; error?: unknown; response: Response }>,
  options: PollOptions,
): Promise<SavepointResult> {
  const triggerId = unwrap(await trigger, request)?.["request-id"] as string;
  const operation = await awaitOperation(
    what,
    triggerId,
    async (signal) =>
      unwrap(
        await client.GET("/jobs/{jobid}/savepoints/{triggerid}", {
          params: { path: { jobid: jobId, triggerid: triggerId } },
          ...(signal ? { signal } : {}),
        }),
        `GET /jobs/${jobId}/savepoints/${triggerId}`,
      ) as OperationStatus<{ location?: string | null } & FailureCause>,
    options,
  );
  return { location: savepointLocation(operation, what, triggerId), triggerId };
}

/**
 * Stops a job with a savepoint (`POST /jobs/{id}/stop`) and waits for the savepoint's location.
 * With `drain`, sources emit MAX_WATERMARK first (event-time timers fire).
 *
 * @example
 * const { location } = await stopWithSavepoint(flink, jobId, { targetDirectory: "file:///savepoints" });
 */
export function stopWithSavepoint(
  client: FlinkClient,
  jobId: string,
  options: SavepointOptions & { drain?: boolean } = {},
): Promise<SavepointResult> {
  return retryWhileTasksStart(options, () => stopWithSavepointOnce(client, jobId, options));
}

/** One attempt of {@link stopWithSavepoint}. */
function stopWithSavepointOnce(
  client: FlinkClient,
  jobId: string,
  options: SavepointOptions & { drain?: boolean },
): Promise<SavepointResult> {
  const trigger = client.POST("/jobs/{jobid}/stop", {
    params: { path: { jobid: jobId } },
    body: {
      ...(options.targetDirectory ? { targetDirectory: options.targetDirectory } : {}),
      ...(options.drain ? { drain: true } : {}),
      ...(options.formatType ? { formatType: options.formatType } : {}),
      ...(options.triggerId ? { triggerId: options.triggerId } : {}),
    },
    ...signalOf(options),
  });
  return awaitSavepoint(client, jobId, "stop-with-savepoint", `POST /jobs/${jobId}/stop`, trigger, options);
}

/**
 * Triggers a checkpoint and waits for its id.
 *
 * @example
 * const { checkpointId } = await triggerCheckpoint(flink, jobId, { checkpointType: "FULL" });
 */
export function triggerCheckpoint(
  client: FlinkClient,
  jobId: string,
  options: PollOptions & { checkpointType?: "CONFIGURED" | "FULL"; triggerId?: string } = {},
): Promise<{ checkpointId: number; triggerId: string }> {
  return retryWhileTasksStart(options, () => triggerCheckpointOnce(client, jobId, options));
}

/** One attempt of {@link triggerCheckpoint}. */
async function triggerCheckpointOnce(
  client: FlinkClient,
  jobId: string,
  options: PollOptions & { checkpointType?: "CONFIGURED" | "FULL"; triggerId?: string } = {},
): Promise<{ checkpointId: number; triggerId: string }> {
  const trigger = unwrap(
    await client.POST("/jobs/{jobid}/checkpoints", {
      params: { path: { jobid: jobId } },
      body: {
        ...(options.checkpointType ? { checkpointType: options.checkpointType } : {}),
        ...(options.triggerId ? { triggerId: options.triggerId } : {}),
      },
      ...signalOf(options),
    }),
    `POST /jobs/${jobId}/checkpoints`,
  );
  const triggerId = trigger?.["request-id"] as string;
  const operation = await awaitOperation(
    "checkpoint",
    triggerId,
    async (signal) =>
      unwrap(
        await client.GET("/jobs/{jobid}/checkpoints/{triggerid}", {
          params: { path: { jobid: jobId, triggerid: triggerId } },
          ...(signal ? { signal } : {}),
        }),
        `GET /jobs/${jobId}/checkpoints/${triggerId}`,
      ) as OperationStatus<{ checkpointId?: number | null } & FailureCause>,
    options,
  );
  return { checkpointId: operation.checkpointId as number, triggerId };
}

/**
 * Rescales a running job by changing its resource requirements (Flink 1.18+, with the adaptive
 * scheduler): every vertex gets `parallelism` as its upper bound. The old
 * `PATCH /jobs/{id}/rescaling` is disabled in Flink (it always answers 503), so it is not used.
 *
 * @example
 * await rescaleJob(flink, jobId, 8);
 */
export async function rescaleJob(
  client: FlinkClient,
  jobId: string,
  parallelism: number,
  options: { flinkVersion?: string; signal?: AbortSignal } = {},
): Promise<void> {
  if (!Number.isInteger(parallelism) || parallelism < 1) {
    throw new FlinkInputError(
      "invalid-field",
      `rescaleJob: parallelism must be a positive integer, got ${parallelism}.`,
      {
        field: "parallelism",
      },
    );
  }
  const version = options.flinkVersion ?? (await getFlinkVersion(client, signalOf(options)));
  const since = OPERATION_VERSIONS.updateJobResourceRequirements.since;
  if (!isAtLeast(version, since)) {
    throw new FlinkInputError(
      "unsupported-by-version",
      `rescaleJob: Flink ${releaseLine(version)} cannot rescale a running job over REST (resource requirements came in ${since}).`,
      { field: "flinkVersion" },
    );
  }
  const current = unwrap(
    await client.GET("/jobs/{jobid}/resource-requirements", {
      params: { path: { jobid: jobId } },
      ...signalOf(options),
    }),
    `GET /jobs/${jobId}/resource-requirements`,
  ) as Record<string, { parallelism: { lowerBound: number; upperBound: number } }>;
  const next = Object.fromEntries(
    Object.entries(current).map(([vertex, req]) => [
      vertex,
      { parallelism: { lowerBound: Math.min(req.parallelism.lowerBound, parallelism), upperBound: parallelism } },
    ]),
  );
  unwrap(
    await client.PUT("/jobs/{jobid}/resource-requirements", {
      params: { path: { jobid: jobId } },
      body: next as never,
      ...signalOf(options),
    }),
    `PUT /jobs/${jobId}/resource-requirements`,
  );
}
