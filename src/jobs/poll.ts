/**
 * One poller for everything that waits on Flink (job states, savepoints, checkpoints, rescaling):
 * call `check` until it returns a value, with a deadline, growing intervals and an AbortSignal.
 */
import type { FlinkRequestOptions } from "../client/request-options.js";
import { FlinkAbortError, FlinkTimeoutError } from "../errors.js";
import { sleep } from "../internal/sleep.js";

/** How a helper waits: the call's options (its `timeoutMs` bounds the whole wait) and the intervals. */
export interface PollOptions extends FlinkRequestOptions {
  /** Give up after this many ms (default 60,000; 0 waits forever). */
  timeoutMs?: number;
  /** First interval between checks (default 200 ms). */
  intervalMs?: number;
  /** Longest interval; intervals grow by half each check up to it (default 2,000 ms). */
  maxIntervalMs?: number;
}

/** The options a helper passes to each request it sends: the caller's signal and retry settings. */
export function perRequest(options: FlinkRequestOptions): FlinkRequestOptions {
  return {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.retry !== undefined ? { retry: options.retry } : {}),
  };
}

/** What `check` returns: `done` ends the wait with a value; anything else checks again. */
export type PollStep<T> = { done: true; value: T } | { done: false; state?: string };

function abortError(what: string, signal: AbortSignal): FlinkAbortError {
  return new FlinkAbortError(`Stopped waiting for ${what}: aborted`, { cause: signal.reason });
}

async function wait(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw abortError(what, signal as AbortSignal);
  }
}

/**
 * Polls until `check` says done. Throws FlinkTimeoutError at the deadline (naming the last state
 * seen) and FlinkAbortError when the signal fires; errors from `check` propagate unchanged.
 */
export async function poll<T>(what: string, check: () => Promise<PollStep<T>>, options: PollOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = timeoutMs > 0 ? Date.now() + timeoutMs : Number.POSITIVE_INFINITY;
  const maxInterval = options.maxIntervalMs ?? 2000;
  let interval = Math.min(options.intervalMs ?? 200, maxInterval);
  let lastState: string | undefined;
  for (;;) {
    if (options.signal?.aborted) {
      throw abortError(what, options.signal);
    }
    const step = await check();
    if (step.done) {
      return step.value;
    }
    lastState = step.state ?? lastState;
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new FlinkTimeoutError(
        `Gave up waiting for ${what} after ${timeoutMs} ms${lastState ? ` (last state: ${lastState})` : ""}`,
        { timeoutMs },
      );
    }
    await wait(Math.min(interval, left), options.signal, what);
    interval = Math.min(Math.ceil(interval * 1.5), maxInterval);
  }
}
