import {
  FlinkAbortError,
  FlinkApiError,
  FlinkApplicationFailedError,
  FlinkConnectionError,
  FlinkInputError,
  FlinkJobFailedError,
  FlinkJobGoneError,
  FlinkOperationError,
  FlinkOutcomeUnknownError,
  FlinkResponseError,
  FlinkTimeoutError,
} from "../errors.js";

/**
 * Exit codes that tell failure kinds apart, for scripts. Success (0) means the command did what
 * it was asked: a submitted job exits 0 even when deleting its jar afterwards failed (a warning).
 */
export const EXIT = {
  ok: 0,
  /** Something unexpected (a bug: please report it). */
  error: 1,
  /** Bad flags or values, refused before anything was carried out. */
  usage: 2,
  /** The cluster could not be reached (refused, DNS, TLS, a dropped connection). */
  unreachable: 3,
  /** Flink refused the request (4xx/5xx), or answered with a redirect. */
  rejected: 4,
  /** The job, the application or an operation (savepoint, ...) failed, or the job is gone. */
  failed: 5,
  /** A request or a wait ran out of time. */
  timeout: 6,
  /** The outcome is unknown: the answer was lost or was not Flink's, so the request may have been carried out. */
  unknown: 7,
  /** Interrupted by SIGINT (Ctrl-C). */
  interrupted: 130,
  /** Stopped by SIGTERM. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** One line per exit code, for `--help`. */
export const EXIT_CODE_HELP: ReadonlyArray<readonly [ExitCode, string]> = [
  [EXIT.ok, "done (for run: the job was submitted; a failed jar cleanup is only a warning)"],
  [EXIT.usage, "bad options or values: nothing was carried out"],
  [EXIT.unreachable, "the cluster could not be reached"],
  [EXIT.rejected, "Flink refused the request"],
  [EXIT.failed, "the job, the application or the operation failed, or a job waited on is gone"],
  [EXIT.timeout, "a request or a wait ran out of time"],
  [EXIT.unknown, "the outcome is unknown (a lost or garbled answer): check before trying again"],
  [EXIT.error, "something unexpected"],
  [EXIT.interrupted, "interrupted by Ctrl-C (SIGINT)"],
  [EXIT.terminated, "stopped by SIGTERM"],
];

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof FlinkInputError) {
    return EXIT.usage;
  }
  if (error instanceof FlinkResponseError || error instanceof FlinkOutcomeUnknownError) {
    return EXIT.unknown;
  }
  if (error instanceof FlinkConnectionError) {
    return EXIT.unreachable;
  }
  if (error instanceof FlinkApiError) {
    return EXIT.rejected;
  }
  if (
    error instanceof FlinkJobFailedError ||
    error instanceof FlinkApplicationFailedError ||
    error instanceof FlinkJobGoneError ||
    error instanceof FlinkOperationError
  ) {
    return EXIT.failed;
  }
  if (error instanceof FlinkTimeoutError) {
    return EXIT.timeout;
  }
  if (error instanceof FlinkAbortError) {
    return EXIT.interrupted;
  }
  return EXIT.error;
}
