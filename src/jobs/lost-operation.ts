/**
 * What exists after a savepoint's JobManager was lost. The new leader answers 404 for the dead
 * leader's trigger id and recovers the job from its latest checkpoint, not from the savepoint
 * (seen on real 1.20 and 2.3 HA clusters, docs/high-availability.md), so the client asks for the
 * job's state and names the directory where the savepoint is if it completed.
 */
import type { FlinkClient } from "../client/flink-client.js";
import { FlinkNotFoundError, FlinkOperationLostError } from "../errors.js";

/** Flink's 404 for a trigger id it does not know (a new leader's answer for the old leader's operation). */
const UNKNOWN_TRIGGER = /no savepoint operation with triggerId/i;

export function isUnknownTrigger(error: unknown): error is FlinkNotFoundError {
  return error instanceof FlinkNotFoundError && UNKNOWN_TRIGGER.test([error.message, ...error.errors].join("\n"));
}

/** Each lookup gets its own short limit: the caller's deadline already passed or is near. */
const LOOKUP_MS = 10_000;

/** The cluster's default savepoint directory (the 2.x key, then the 1.x one). */
async function savepointDirectory(client: FlinkClient, signal: AbortSignal | undefined): Promise<string | undefined> {
  const { data } = await client.GET("/jobmanager/config", { timeoutMs: LOOKUP_MS, ...(signal ? { signal } : {}) });
  const value = (key: string) => data?.find((entry) => entry.key === key)?.value;
  return value("execution.checkpointing.savepoint-dir") ?? value("state.savepoints.dir");
}

/** Builds the error for a lost savepoint or stop-with-savepoint; lookups that fail leave their field unknown. */
export async function lostSavepointError(
  client: FlinkClient,
  details: { operation: string; jobId: string; triggerId: string; stop: boolean; targetDirectory: string | undefined },
  cause: unknown,
  signal: AbortSignal | undefined,
): Promise<FlinkOperationLostError> {
  const { jobId } = details;
  const [job, directory] = await Promise.all([
    client
      .GET("/jobs/{jobid}", { params: { path: { jobid: jobId } }, timeoutMs: LOOKUP_MS, ...(signal ? { signal } : {}) })
      .then((r) => r.data?.state as string | undefined)
      .catch(() => undefined),
    details.targetDirectory === undefined
      ? savepointDirectory(client, signal).catch(() => undefined)
      : Promise.resolve(details.targetDirectory),
  ]);
  return new FlinkOperationLostError(
    {
      operation: details.operation,
      jobId,
      triggerId: details.triggerId,
      jobState: job,
      // A stop ends the job only after its savepoint completed.
      savepointCompleted: details.stop && job === "FINISHED" ? true : undefined,
      // Flink names a savepoint directory savepoint-<first 6 hex of the job id>-<12 random hex>.
      savepointPattern: directory ? `${directory.replace(/\/+$/, "")}/savepoint-${jobId.slice(0, 6)}-*` : undefined,
    },
    { cause },
  );
}
