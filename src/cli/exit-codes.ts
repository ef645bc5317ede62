import {
  FlinkAbortError,
  FlinkApiError,
  FlinkApplicationFailedError,
  FlinkConnectionError,
  FlinkInputError,
  FlinkJobFailedError,
  FlinkJobGoneError,
  FlinkOperationError,
  FlinkTimeoutError,
} from "../errors.js";

/** Exit codes that tell failure kinds apart, for scripts. */
export const EXIT = {
  ok: 0,
  /** Something unexpected. */
  error: 1,
  /** Bad flags or values: nothing was sent. */
  usage: 2,
  /** The cluster could not be reached (refused, DNS, TLS). */
  unreachable: 3,
  /** Flink refused the request (4xx/5xx). */
  rejected: 4,
  /** The job, the application or an operation (savepoint, ...) failed, or the job is gone. */
  failed: 5,
  /** A request or a wait ran out of time. */
  timeout: 6,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof FlinkInputError || (error as { code?: string })?.code?.startsWith("commander.")) {
    return EXIT.usage;
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
