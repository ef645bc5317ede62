/**
 * Follows a submitted job by polling `GET /jobs/{id}/status`, as Flink's own web UI does:
 * waitForJob would wait for one state, while the page shows every state on the way.
 */
import { type FlinkClient, type JobState, rootException, TERMINAL_STATES, unwrap } from "flink-rest-client";

export type JobUpdate =
  | { state: JobState; failure?: string }
  /** The cluster did not answer this time; polling goes on. */
  | { error: string };

/** Polls until the job ends or the returned `stop` is called (a new submission or cluster). */
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
        const answer = await client.GET("/jobs/{jobid}/status", { params: { path: { jobid: jobId } }, signal });
        const state = unwrap(answer)?.status;
        if (state && !signal.aborted) {
          const failure = state === "FAILED" ? await rootException(client, jobId) : undefined;
          onUpdate(failure ? { state, failure } : { state });
          if (TERMINAL_STATES.has(state)) {
            return;
          }
        }
      } catch (error) {
        if (!signal.aborted) {
          onUpdate({ error: (error as Error).message });
        }
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return () => controller.abort();
}
