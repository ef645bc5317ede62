/**
 * Submitting without ever starting twice: a submission carries its own id (a job id for /run, an
 * application id for /run-application), so when its answer is lost (a timeout, a dropped
 * connection) the helper asks Flink whether the id exists before trying again, and Flink itself
 * refuses a second submission with the same id. Used by `runJar` and `runApplication`.
 */
import { FlinkConnectionError, FlinkError, FlinkTimeoutError } from "../errors.js";
import { sleep } from "../internal/sleep.js";

/** One submission, as the retry loop drives it. */
export interface SafeSubmission<T> {
  /** For messages: "job 5e20…", "application 0e5c…". */
  readonly what: string;
  /** Attempts after the first one (after a lost answer or a 503). */
  readonly maxRetries: number;
  /**
   * Sends the request once (no transport retries). While `mayRetry`, Flink's 503 (no leader: the
   * request was not handled) is `"unhandled"`; otherwise every error status is thrown.
   */
  send(mayRetry: boolean): Promise<T | "unhandled">;
  /** Whether Flink knows the submission's id (asked after a lost answer). */
  exists(): Promise<boolean>;
  /** Whether an error is Flink refusing the id as a duplicate. */
  isDuplicate(error: unknown): boolean;
  /** The caller's signal, for the pauses between attempts. */
  readonly signal?: AbortSignal | undefined;
}

export interface SafeSubmitResult<T> {
  /** Flink's answer; undefined when an earlier attempt's submission was found instead. */
  readonly answer: T | undefined;
  /** Attempts made (1 when the first one was answered). */
  readonly attempts: number;
}

/** Submits with retries only where they cannot start a second job or application. */
export async function submitSafely<T>(submission: SafeSubmission<T>): Promise<SafeSubmitResult<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await submission.send(attempt <= submission.maxRetries);
      if (answer === "unhandled") {
        await sleep(250 * 2 ** attempt, submission.signal);
        continue;
      }
      return { answer, attempts: attempt };
    } catch (error) {
      // A retry found the first attempt's submission: Flink refused the same id a second time.
      if (attempt > 1 && submission.isDuplicate(error)) {
        return { answer: undefined, attempts: attempt };
      }
      if (!(error instanceof FlinkTimeoutError || error instanceof FlinkConnectionError)) {
        throw error;
      }
      // Flink may have accepted it before the answer was lost: ask before trying again.
      let exists: boolean;
      try {
        exists = await submission.exists();
      } catch (checkError) {
        throw new FlinkError(
          `The request for ${submission.what} got no answer (${(error as Error).message}), and asking Flink whether it exists failed too (${(checkError as Error).message}); it may or may not be running.`,
          { cause: error },
        );
      }
      if (exists) {
        return { answer: undefined, attempts: attempt };
      }
      if (attempt > submission.maxRetries) {
        throw error;
      }
    }
  }
}
