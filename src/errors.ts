/**
 * One error tree for the SDK. Every class sets `name` and keeps the underlying `cause`.
 *
 * FlinkError
 * ├─ FlinkInputError          bad input refused before anything is sent (`code` names the problem)
 * ├─ FlinkApiError            Flink answered with an error status (`status`, Flink's `errors`)
 * │  ├─ FlinkBadRequestError          400
 * │  ├─ FlinkNotFoundError            404
 * │  ├─ FlinkConflictError            409
 * │  ├─ FlinkInternalServerError      500
 * │  └─ FlinkServiceUnavailableError  503 (the leader is not ready: retrying can help)
 * ├─ FlinkResponseError       an answer that is not Flink's: not JSON, the wrong shape, too large
 * ├─ FlinkOutcomeUnknownError a request's answer was lost and asking afterwards failed too
 * ├─ FlinkConnectionError     no answer: refused, reset, DNS, TLS
 * ├─ FlinkTimeoutError        a request or a wait ran out of time
 * ├─ FlinkAbortError          the caller's AbortSignal fired
 * ├─ FlinkJobFailedError      a job reached a terminal state the caller did not wait for
 * ├─ FlinkJobGoneError        a job the caller waits on is no longer listed by the cluster
 * ├─ FlinkApplicationFailedError  an application (2.3+) ended in a state the caller did not wait for
 * ├─ FlinkOperationError      an asynchronous operation (savepoint, checkpoint, ...) failed
 * └─ FlinkOperationLostError  a savepoint's JobManager was lost (leader change): says what exists
 */

import { FlinkError } from "./error-base.js";

export { FlinkError, FlinkInputError, type FlinkInputErrorCode, type SubmissionState } from "./error-base.js";
export {
  FlinkApplicationFailedError,
  FlinkJobFailedError,
  FlinkJobGoneError,
  FlinkOperationError,
  FlinkOperationLostError,
} from "./lifecycle-errors.js";

/** Flink's error body: `{ "errors": [string, ...] }`. */
export interface FlinkErrorBody {
  errors: string[];
}

export function isFlinkErrorBody(value: unknown): value is FlinkErrorBody {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { errors?: unknown }).errors) &&
    (value as { errors: unknown[] }).errors.every((e) => typeof e === "string")
  );
}

/**
 * The useful lines of Flink's stack-trace text: the message of the thrown exception and the
 * root cause (the last "Caused by:"), without frames. Flink's 500 answers put the trace after
 * "Internal server error." between `<Exception on server side:` and `End of exception on server side>`.
 */
export function parseServerCause(errors: readonly string[]): {
  message: string | undefined;
  rootCause: string | undefined;
} {
  const text = errors.find((e) => e !== "Internal server error.");
  if (text === undefined) {
    return { message: errors[0], rootCause: undefined };
  }
  const lines = text
    .replace(/^<Exception on server side:\s*/, "")
    .replace(/\s*End of exception on server side>\s*$/, "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("at ") && !/^\.\.\. \d+ more$/.test(l));
  const first = lines[0];
  const causes = lines.filter((l) => l.startsWith("Caused by: ")).map((l) => l.slice("Caused by: ".length));
  return { message: first, rootCause: causes.at(-1) ?? first };
}

/** Drops the exception class from "org.apache...RestHandlerException: Could not ..." for a readable message. */
function withoutClassName(line: string): string {
  return line.replace(/^(?:[a-zA-Z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable): /, "");
}

/** Flink answered with a non-2xx status. */
export class FlinkApiError extends FlinkError {
  override name = "FlinkApiError";
  readonly status: number;
  /** Flink's `errors` array (empty when the body was not Flink's JSON error shape). */
  readonly errors: string[];
  /** The first line of the server-side exception (class and message), parsed out of `errors`. */
  readonly serverMessage: string | undefined;
  /** The root cause line ("Caused by: ...", or the exception itself), parsed out of `errors`. */
  readonly serverCause: string | undefined;
  /** The raw body text when it was not Flink's JSON error shape (a proxy's HTML page, say). */
  readonly body: string | undefined;
  /** Method and path of the failed request, e.g. "POST /jars/1_a.jar/run". */
  readonly request: string | undefined;
  readonly response: Response | undefined;

  constructor(
    status: number,
    errors: string[],
    options: { body?: string; response?: Response; request?: string; cause?: unknown; message?: string } = {},
  ) {
    const { message: serverMessage, rootCause } = parseServerCause(errors);
    const what = serverMessage ? withoutClassName(serverMessage) : (options.body?.slice(0, 200) ?? "(empty body)");
    const cause = rootCause && rootCause !== serverMessage ? ` (cause: ${withoutClassName(rootCause)})` : "";
    super(
      options.message ?? `${options.request ? `${options.request}: ` : ""}Flink answered ${status}: ${what}${cause}`,
      options,
    );
    this.status = status;
    this.errors = errors;
    this.serverMessage = serverMessage;
    this.serverCause = rootCause;
    this.body = options.body;
    this.request = options.request;
    this.response = options.response;
  }

  /** Whether repeating the same request can help (Flink's 503: no leader yet; 502/504 from a proxy). */
  get retryable(): boolean {
    return this.status === 503 || this.status === 502 || this.status === 504;
  }

  /** Builds the error (of the subclass for its status) for an openapi-fetch `{ error, response }` result. */
  static fromResult(error: unknown, response: Response, request?: string): FlinkApiError {
    const Class = classForStatus(response.status);
    const where = request ?? describeRequest(response);
    if (isFlinkErrorBody(error)) {
      return new Class(response.status, error.errors, { response, ...(where ? { request: where } : {}) });
    }
    const body = typeof error === "string" ? error : error === undefined ? undefined : JSON.stringify(error);
    return new Class(response.status, [], {
      response,
      ...(body === undefined ? {} : { body }),
      ...(where ? { request: where } : {}),
    });
  }
}

function describeRequest(response: Response): string | undefined {
  try {
    return response.url ? new URL(response.url).pathname : undefined;
  } catch {
    return undefined;
  }
}

export class FlinkBadRequestError extends FlinkApiError {
  override name = "FlinkBadRequestError";
}
export class FlinkNotFoundError extends FlinkApiError {
  override name = "FlinkNotFoundError";
}
export class FlinkConflictError extends FlinkApiError {
  override name = "FlinkConflictError";
}
export class FlinkInternalServerError extends FlinkApiError {
  override name = "FlinkInternalServerError";
}
export class FlinkServiceUnavailableError extends FlinkApiError {
  override name = "FlinkServiceUnavailableError";
}

function classForStatus(status: number): typeof FlinkApiError {
  switch (status) {
    case 400:
      return FlinkBadRequestError;
    case 404:
      return FlinkNotFoundError;
    case 409:
      return FlinkConflictError;
    case 500:
      return FlinkInternalServerError;
    case 503:
      return FlinkServiceUnavailableError;
    default:
      return FlinkApiError;
  }
}

/**
 * An answer that cannot be Flink's: a body that is not JSON where JSON was due, JSON of the wrong
 * shape (a job id that is not one), or a body past the size limit. The request itself may have been
 * carried out.
 */
export class FlinkResponseError extends FlinkError {
  override name = "FlinkResponseError";
  /** Method and path of the request, e.g. "POST /jars/upload". */
  readonly request: string | undefined;
  readonly status: number | undefined;
  /** The start of the body (at most 200 characters), for a message. */
  readonly bodyStart: string | undefined;

  constructor(
    message: string,
    options: { request?: string; status?: number; bodyStart?: string; cause?: unknown } = {},
  ) {
    super(message, options);
    this.request = options.request;
    this.status = options.status;
    this.bodyStart = options.bodyStart;
  }
}

/**
 * A request may or may not have been carried out: its answer was lost, and asking Flink afterwards
 * failed too (a run request whose job may be running). Check before trying again.
 */
export class FlinkOutcomeUnknownError extends FlinkError {
  override name = "FlinkOutcomeUnknownError";
}

/** No HTTP answer at all: connection refused or reset, DNS failure, TLS failure. */
export class FlinkConnectionError extends FlinkError {
  override name = "FlinkConnectionError";
  /** The URL that could not be reached. */
  readonly url: string | undefined;

  constructor(message: string, options: { url?: string; cause?: unknown } = {}) {
    super(message, options);
    this.url = options.url;
  }
}

/** A request or a wait ran out of time. */
export class FlinkTimeoutError extends FlinkError {
  override name = "FlinkTimeoutError";
  readonly timeoutMs: number | undefined;

  constructor(message: string, options: { timeoutMs?: number; cause?: unknown } = {}) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
  }
}

/** The caller's AbortSignal fired. */
export class FlinkAbortError extends FlinkError {
  override name = "FlinkAbortError";
}

/**
 * Replaces the given secret values by `******` in an error's message and Flink's error texts:
 * Flink may quote a configuration value it could not use (an option's value in a parse error).
 * Used by the helpers that know which values of a request are secret. Returns the same error.
 */
export function redactError<E extends Error>(error: E, secrets: readonly string[]): E {
  const hide = (text: string) =>
    secrets.reduce((t, secret) => (secret.length > 0 ? t.split(secret).join("******") : t), text);
  if (secrets.length === 0) {
    return error;
  }
  Object.defineProperty(error, "message", { value: hide(error.message), configurable: true, writable: true });
  if (error instanceof FlinkApiError) {
    error.errors.splice(0, error.errors.length, ...error.errors.map(hide));
    for (const field of ["serverMessage", "serverCause", "body"] as const) {
      const value = error[field];
      if (typeof value === "string") {
        Object.defineProperty(error, field, { value: hide(value), configurable: true });
      }
    }
  }
  if (typeof error.stack === "string") {
    error.stack = hide(error.stack);
  }
  return error;
}
