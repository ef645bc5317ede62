/** The root of the error tree (see ./errors.ts) and the input errors: no other error module is needed to define them. */

/**
 * Where a submission stood when it failed, so that a caller never submits a job twice: the job id
 * is chosen before anything is sent, and `runRequestSent` says whether Flink may have the job.
 */
export interface SubmissionState {
  /**
   * The id the job has, or would have had. Undefined for an application (Flink 2.3+), whose
   * program gives its jobs their ids.
   */
  readonly jobId: string | undefined;
  /** An application submission (Flink 2.3+): the id the application has, or would have had. */
  readonly applicationId?: string | undefined;
  /** The uploaded jar, when the upload got that far. */
  readonly jarId: string | undefined;
  /**
   * Whether the run request left: then the job may be running (check with `GET /jobs/{jobId}`, or
   * `GET /applications/{applicationId}` for an application).
   */
  readonly runRequestSent: boolean;
  /** Whether the uploaded jar was deleted afterwards. */
  readonly jarDeleted: boolean;
}

/** Base class of every error thrown by flink-rest-client. */
export class FlinkError extends Error {
  override name = "FlinkError";
  /** Set by the submission helpers (runJar, runApplication, submitJar) on every error after the id was chosen. */
  submission: SubmissionState | undefined;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** Why a piece of input was refused before a request was sent. */
export type FlinkInputErrorCode =
  | "invalid-option"
  | "invalid-jar-id"
  | "invalid-path-parameter"
  | "invalid-flink-version"
  | "invalid-config-value"
  | "null-config-value"
  | "cluster-scope-key"
  | "invalid-field"
  | "unknown-field"
  | "conflicting-fields"
  | "unsupported-by-version"
  | "invalid-source"
  | "invalid-config";

/** Input that Flink would reject (or mishandle), refused before any request is sent. */
export class FlinkInputError extends FlinkError {
  override name = "FlinkInputError";
  /** Machine-readable reason. */
  readonly code: FlinkInputErrorCode;
  /** The request field, option key or parameter at fault, when there is one. */
  readonly field: string | undefined;

  constructor(code: FlinkInputErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, options);
    this.code = code;
    this.field = options.field;
  }
}
