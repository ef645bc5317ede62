/**
 * Follows a submitted job as Flink's own web UI does, showing every state on the way: waitForJob
 * reports each state it sees (`onState`) until the job ends, and a failed or cancelled job ends the
 * wait with FlinkJobFailedError, which carries the final state and the root exception.
 */
import { type FlinkClient, FlinkJobFailedError, type JobState, waitForJob } from "flink-rest-client";

export type JobUpdate =
  | { state: JobState; failure?: string }
  /** The cluster did not answer this time; following goes on. */
  | { error: string };

/** Follows until the job ends or the returned `stop` is called (a new submission or cluster). */
export function followJob(
  client: FlinkClient,
  jobId: string,
  onUpdate: (update: JobUpdate) => void,
  intervalMs = 1000,
): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  void (async () => {
    while (!signal.aborted) {
      try {
        const state = await waitForJob(client, jobId, {
          until: ["FINISHED"],
          timeoutMs: 0,
          intervalMs,
          maxIntervalMs: intervalMs,
          signal,
          onState: (seen) => onUpdate({ state: seen }),
        });
        onUpdate({ state });
        return;
      } catch (error) {
        if (signal.aborted) {
          return;
        }
        if (error instanceof FlinkJobFailedError) {
          onUpdate({
            state: error.state as JobState,
            ...(error.rootException ? { failure: error.rootException } : {}),
          });
          return;
        }
        onUpdate({ error: (error as Error).message });
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return () => controller.abort();
}
