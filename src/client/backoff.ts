/**
 * Backoff between attempts: exponential with jitter (or the server's Retry-After), and a wait
 * that ends early with the typed error when the deadline passes or the caller aborts, never with a
 * raw DOMException.
 */
import { FlinkAbortError, FlinkTimeoutError } from "../errors.js";
import { sleep } from "../internal/sleep.js";
import { isDeadline } from "./deadlines.js";
import type { RetryOptions } from "./request-options.js";

/** The wait before retry number `attempt + 1`, in ms. */
export function backoffDelay(attempt: number, retry: Required<RetryOptions>, retryAfter: string | null = null): number {
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) {
    return Math.min(seconds * 1000, retry.maxDelayMs);
  }
  const exp = Math.min(retry.initialDelayMs * 2 ** attempt, retry.maxDelayMs);
  return exp / 2 + Math.random() * (exp / 2);
}

/** Waits `ms`; when `signal` fires first, throws FlinkTimeoutError (a deadline) or FlinkAbortError. */
export async function backoffWait(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (error) {
    if (signal && isDeadline(signal)) {
      throw new FlinkTimeoutError(`${what}: ${(signal.reason as Error).message || "the time limit passed"}`, {
        cause: error,
      });
    }
    throw new FlinkAbortError(`${what}: aborted`, { cause: signal?.reason ?? error });
  }
}
