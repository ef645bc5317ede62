/**
 * Request deadlines without a new AbortController per request (creating one costs more than the
 * rest of our per-request layer in Node 20). Requests that start within the same short window and
 * have the same timeout share one signal, aborted at the window's end plus the timeout, so a
 * deadline is met within a window (1/50 of the timeout, at most 100 ms) and never early.
 *
 * A window also ends after {@link REQUESTS_PER_SIGNAL} requests: fetch adds one abort listener per
 * request to the signal, and Node's fetch copies the whole listener list each time (undici's
 * Request checks getEventListeners(signal).length) and walks it on every add and removal, so a
 * signal shared by hundreds of requests costs each request more than the sharing saves.
 */
export const REQUESTS_PER_SIGNAL = 32;
export const TIMEOUT_REASON = "TimeoutError";

interface Bucket {
  readonly signal: AbortSignal;
  readonly expires: number;
  uses: number;
}

export function createDeadlines(): (timeoutMs: number) => AbortSignal {
  const buckets = new Map<number, Bucket>();
  return (timeoutMs) => {
    const window = Math.max(1, Math.min(100, Math.floor(timeoutMs / 50)));
    const now = Date.now();
    const key = timeoutMs;
    const current = buckets.get(key);
    if (current && now < current.expires && current.uses < REQUESTS_PER_SIGNAL) {
      current.uses++;
      return current.signal;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (buckets.get(key)?.signal === controller.signal) {
        buckets.delete(key);
      }
      controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, TIMEOUT_REASON));
    }, timeoutMs + window);
    // A pending deadline must not keep a Node process (a CLI run) alive.
    (timer as { unref?: () => void }).unref?.();
    buckets.set(key, { signal: controller.signal, expires: now + window, uses: 1 });
    return controller.signal;
  };
}

/** Whether a signal was aborted by a deadline (not by the caller). */
export function isDeadline(signal: AbortSignal): boolean {
  return signal.aborted && (signal.reason as { name?: string } | undefined)?.name === TIMEOUT_REASON;
}
