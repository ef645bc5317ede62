/**
 * The options every call takes, on the client (`flink.GET(..., { timeoutMs })`) and on every
 * helper: one typed object, as openai-node's request options, instead of side-channel properties.
 */

export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 disables). */
  maxRetries?: number;
  /** First backoff in ms, doubled each retry, with jitter (default 250). */
  initialDelayMs?: number;
  /** Longest backoff (default 5000). */
  maxDelayMs?: number;
}

/**
 * Per-call options. Each overrides the client's setting of the same name for this call only.
 *
 * @example
 * await flink.GET("/jobs/overview", { timeoutMs: 2_000, retry: false });
 * await waitForJob(flink, jobId, { timeoutMs: 60_000, signal: controller.signal });
 */
export interface FlinkRequestOptions {
  /** Cancels the call: it ends with `FlinkAbortError`. */
  signal?: AbortSignal;
  /**
   * Time limit in ms (0 waits forever). On a client call, for Flink's answer to this request; on
   * a helper, as its documentation says (for the whole wait, upload or submission).
   */
  timeoutMs?: number;
  /** Retries of safe requests: `false` sends once; an object overrides the client's retry options. */
  retry?: RetryOptions | false;
}

/** The retry settings of one call: the client's, with the call's own on top. */
export function retryFor(
  client: RetryOptions | undefined,
  call: RetryOptions | false | undefined,
): Required<RetryOptions> {
  return {
    maxRetries: call === false ? 0 : (call?.maxRetries ?? client?.maxRetries ?? 2),
    initialDelayMs: (call || undefined)?.initialDelayMs ?? client?.initialDelayMs ?? 250,
    maxDelayMs: (call || undefined)?.maxDelayMs ?? client?.maxDelayMs ?? 5000,
  };
}
