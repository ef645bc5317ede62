/**
 * Savepoints, stop-with-savepoint and checkpoints: trigger, then wait for the operation's result
 * (a savepoint's location, a checkpoint's id) through the one operation poller.
 */
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkError } from "../errors.js";
import { answerId } from "./answer-checks.js";
import { isUnknownTrigger, lostSavepointError } from "./lost-operation.js";
import { awaitOperation, type FailureCause, type OperationStatus, retryWhileTasksStart } from "./operation-status.js";
import { type PollOptions, perRequest } from "./poll.js";

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
    ...perRequest(options),
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
  options: PollOptions & { targetDirectory?: string },
): Promise<SavepointResult> {
  const { targetDirectory } = options;
  const triggerId = answerId(unwrap(await trigger, request)?.["request-id"], request, "a trigger id");
  const operation = await awaitOperation(
    what,
    triggerId,
    async (request) =>
      unwrap(
        await client.GET("/jobs/{jobid}/savepoints/{triggerid}", {
          params: { path: { jobid: jobId, triggerid: triggerId } },
          ...request,
        }),
        `GET /jobs/${jobId}/savepoints/${triggerId}`,
      ) as OperationStatus<{ location?: string | null } & FailureCause>,
    options,
  ).catch(async (error: unknown) => {
    // A new leader does not know the old one's trigger: say what exists instead of a bare 404.
    if (!isUnknownTrigger(error)) {
      throw error;
    }
    const details = { operation: what, jobId, triggerId, stop: what === "stop-with-savepoint" };
    throw await lostSavepointError(client, { ...details, targetDirectory }, error, options.signal);
  });
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
    ...perRequest(options),
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
      ...perRequest(options),
    }),
    `POST /jobs/${jobId}/checkpoints`,
  );
  const triggerId = answerId(trigger?.["request-id"], `POST /jobs/${jobId}/checkpoints`, "a trigger id");
  const operation = await awaitOperation(
    "checkpoint",
    triggerId,
    async (request) =>
      unwrap(
        await client.GET("/jobs/{jobid}/checkpoints/{triggerid}", {
          params: { path: { jobid: jobId, triggerid: triggerId } },
          ...request,
        }),
        `GET /jobs/${jobId}/checkpoints/${triggerId}`,
      ) as OperationStatus<{ checkpointId?: number | null } & FailureCause>,
    options,
  );
  return { checkpointId: operation.checkpointId as number, triggerId };
}

/**
 * Disposes of a savepoint (`POST /savepoint-disposal`, what `flink savepoint -d <path>` does) and
 * waits until Flink has deleted it.
 *
 * @example
 * await disposeSavepoint(flink, "s3://bucket/savepoints/savepoint-1a2b3c");
 */
export async function disposeSavepoint(
  client: FlinkClient,
  savepointPath: string,
  options: PollOptions = {},
): Promise<void> {
  const request = "POST /savepoint-disposal";
  const trigger = unwrap(
    await client.POST("/savepoint-disposal", { body: { "savepoint-path": savepointPath }, ...perRequest(options) }),
    request,
  );
  const triggerId = answerId(trigger?.["request-id"], request, "a trigger id");
  await awaitOperation(
    "savepoint disposal",
    triggerId,
    async (call) =>
      unwrap(
        await client.GET("/savepoint-disposal/{triggerid}", { params: { path: { triggerid: triggerId } }, ...call }),
        `GET /savepoint-disposal/${triggerId}`,
      ) as OperationStatus<FailureCause>,
    options,
  );
}
