/**
 * One error tree for the SDK. Every class sets `name` and keeps the underlying `cause`.
 *
 * - `FlinkInputError`: bad input caught before anything is sent (a typed `code` names the problem).
 * - `FlinkApiError`: Flink answered with an error status; carries Flink's `errors` array.
 */

/** Base class of every error thrown by flink-rest-client. */
export class FlinkError extends Error {
  override name = "FlinkError";
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
  | "unsupported-by-version";

/** How real Flink answers a request carrying the refused input (the fake cluster replays it). */
export interface FlinkOutcome {
  status: number;
  /** Flink's own message (the first entry of `errors`, or the server-side cause for a 500). */
  message: string;
}

/** Input that Flink would reject (or mishandle), refused before any request is sent. */
export class FlinkInputError extends FlinkError {
  override name = "FlinkInputError";
  /** Machine-readable reason. */
  readonly code: FlinkInputErrorCode;
  /** The request field, option key or parameter at fault, when there is one. */
  readonly field: string | undefined;
  /** What Flink itself answers to this input, when it reaches Flink. */
  readonly flinkOutcome: FlinkOutcome | undefined;

  constructor(
    code: FlinkInputErrorCode,
    message: string,
    options: { field?: string; cause?: unknown; flinkOutcome?: FlinkOutcome } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.flinkOutcome = options.flinkOutcome;
  }
}

/** Flink's error body: `{ "errors": [string, ...] }`. */
export interface FlinkErrorBody {
  errors: string[];
}

/** Flink answered with a non-2xx status. */
export class FlinkApiError extends FlinkError {
  override name = "FlinkApiError";
  readonly status: number;
  /** Flink's `errors` array (empty when the body was not Flink's JSON error shape). */
  readonly errors: string[];
  /** The raw body text when it was not Flink's JSON error shape (a proxy page, say). */
  readonly body: string | undefined;
  readonly response: Response | undefined;

  constructor(
    status: number,
    errors: string[],
    options: { body?: string; response?: Response; cause?: unknown; message?: string } = {},
  ) {
    super(
      options.message ?? `Flink answered ${status}: ${firstMessage(errors, options.body)}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.status = status;
    this.errors = errors;
    this.body = options.body;
    this.response = options.response;
  }

  /** Builds the error for an openapi-fetch `{ error, response }` result. */
  static fromResult(error: unknown, response: Response): FlinkApiError {
    if (isFlinkErrorBody(error)) {
      return new FlinkApiError(response.status, error.errors, { response });
    }
    const body = typeof error === "string" ? error : error === undefined ? undefined : JSON.stringify(error);
    return new FlinkApiError(response.status, [], { response, ...(body === undefined ? {} : { body }) });
  }
}

export function isFlinkErrorBody(value: unknown): value is FlinkErrorBody {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { errors?: unknown }).errors) &&
    (value as { errors: unknown[] }).errors.every((e) => typeof e === "string")
  );
}

function firstMessage(errors: string[], body: string | undefined): string {
  const first = errors.find((e) => e !== "Internal server error.") ?? errors[0] ?? body ?? "(empty body)";
  // Flink puts whole stack traces in `errors`; the first line is the useful part of a message.
  return first.split("\n", 1)[0] ?? first;
}
