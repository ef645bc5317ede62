/**
 * Input refused before sending, with what real Flink answers to it. The SDK throws the
 * `FlinkInputError`; the fake cluster replays Flink's answer (`flinkAnswerOf`). The answer is kept
 * beside the error, not on it: it is the test double's concern, not part of the public error.
 */
import { FlinkInputError, type FlinkInputErrorCode } from "../errors.js";

/** How Flink answers a request carrying the refused input. */
export interface FlinkAnswer {
  readonly status: number;
  /** Flink's own message (the first entry of `errors`, or the server-side cause for a 500). */
  readonly message: string;
}

const answers = new WeakMap<FlinkInputError, FlinkAnswer>();

/** A FlinkInputError for input Flink itself refuses, remembering Flink's answer. */
export function refuse(
  code: FlinkInputErrorCode,
  message: string,
  options: { field: string; answer: FlinkAnswer },
): FlinkInputError {
  const error = new FlinkInputError(code, message, { field: options.field });
  answers.set(error, options.answer);
  return error;
}

/** What Flink answers to the input an error refused, when the SDK knows it. */
export function flinkAnswerOf(error: unknown): FlinkAnswer | undefined {
  return error instanceof FlinkInputError ? answers.get(error) : undefined;
}

/** Flink's answer to an unexpected failure inside a handler (an exception that escaped it). */
export const INTERNAL_SERVER_ERROR: FlinkAnswer = { status: 500, message: "Internal server error." };

/** Flink's 400 for a body its JSON mapper cannot read as `schema`. */
export function malformedBody(schema: string): FlinkAnswer {
  return { status: 400, message: `Request did not match expected format ${schema}.` };
}
