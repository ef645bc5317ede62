/**
 * Submitting without ever starting twice, the one retry loop of `runJar` and `runApplication`: a
 * submission carries its own id (a job id for /run, an application id for /run-application), so
 * when its answer is lost (a timeout, a dropped connection) the loop asks Flink whether the id
 * exists before trying again, and Flink itself refuses a second submission with the same id. A
 * 503 (no leader: the request was not handled) is retried after a backoff that honours
 * Retry-After; every pause ends typed when the caller's signal or deadline fires.
 */
import { backoffDelay, backoffWait } from "../client/backoff.js";
import type { RetryOptions } from "../client/request-options.js";
import { FlinkConnectionError, FlinkOutcomeUnknownError, FlinkTimeoutError } from "../errors.js";

/** One submission, as the retry loop drives it. */
export interface SafeSubmission<R extends { response: Response }, T> {
  /** For messages: "job 5e20…", "application 0e5c…". */
  readonly what: string;
  /** Method and path, for messages: "POST /jars/…/run". */
  readonly request: string;
  /** The retry settings (the call's over the client's): attempts after the first, backoff. */
  readonly retry: Required<RetryOptions>;
  /** The caller's signal, for the pauses between attempts. */
  readonly signal?: AbortSignal | undefined;
  /** Sends the request once, without transport retries (called before each attempt). */
  send(): Promise<R>;
  /** Reads an answered request: unwraps it (throwing Flink's errors) and checks the answer. */
  accept(result: R): T;
  /** Whether Flink knows the submission's id (asked after a lost answer). */
  exists(): Promise<boolean>;
  /** Whether an error is Flink refusing the id as a duplicate. */
  isDuplicate(error: unknown): boolean;
  /**
   * The id was submitted before, by an earlier upload's run whose jar was gone (see submitJar):
   * a duplicate on the first attempt is that submission, found.
   */
  readonly resubmission?: boolean | undefined;
  /** Errors besides a timeout or a dropped connection after which nothing was submitted (a lost leader). */
  mayRetry?(error: unknown): boolean;
  /** Errors no retry of this request can help (the jar's JobManager is gone: only an upload can). */
  giveUp?(error: unknown): boolean;
}

export interface SafeSubmitResult<T> {
  /** Flink's answer; undefined when an earlier attempt's submission was found instead. */
  readonly answer: T | undefined;
  /** Attempts made (1 when the first one was answered). */
  readonly attempts: number;
}

/** Submits with retries only where they cannot start a second job or application. */
export async function submitSafely<R extends { response: Response }, T>(
  submission: SafeSubmission<R, T>,
): Promise<SafeSubmitResult<T>> {
  const { retry, signal, request } = submission;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await submission.send();
      if (result.response.status === 503 && attempt <= retry.maxRetries) {
        // No leader yet: the request was not handled.
        await backoffWait(
          backoffDelay(attempt - 1, retry, result.response.headers.get("retry-after")),
          signal,
          request,
        );
        continue;
      }
      return { answer: submission.accept(result), attempts: attempt };
    } catch (error) {
      // A retry found the first attempt's submission: Flink refused the same id a second time.
      if ((attempt > 1 || submission.resubmission) && submission.isDuplicate(error)) {
        return { answer: undefined, attempts: attempt };
      }
      const lost = error instanceof FlinkTimeoutError || error instanceof FlinkConnectionError;
      if (!(lost || submission.mayRetry?.(error))) {
        throw error;
      }
      // Flink may have accepted it before the answer was lost: ask before trying again.
      let exists: boolean;
      try {
        exists = await submission.exists();
      } catch (checkError) {
        throw new FlinkOutcomeUnknownError(
          `The request for ${submission.what} got no answer (${(error as Error).message}), and asking Flink whether it exists failed too (${(checkError as Error).message}); it may or may not be running.`,
          { cause: error },
        );
      }
      if (exists) {
        return { answer: undefined, attempts: attempt };
      }
      if (attempt > retry.maxRetries || submission.giveUp?.(error)) {
        throw error;
      }
      await backoffWait(backoffDelay(attempt - 1, retry), signal, request);
    }
  }
}
