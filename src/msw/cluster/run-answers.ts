/**
 * Flink's answers when a submission fails after the request was read: before main() (500), in
 * main() or the submission it makes (400 "Could not execute application."), or in the JobMaster
 * (400, and a FAILED job left behind). Each names the exceptions Flink prints, outermost first.
 */
import { FlinkInputError } from "../../errors.js";
import { flinkAnswerOf } from "../../run/refusal.js";
import { badParameters, type ErrorBody, internalServerError, restHandlerError } from "../flink-errors.js";
import type { Reply } from "../typed-route.js";
import type { FakeProgramError } from "./programs.js";
import { failureOf } from "./run-failures.js";

/** What DetachedApplicationRunner wraps every failure of main() in (real 1.19, 1.20, 2.3). */
const RUNNER_WRAPPERS = [
  "java.util.concurrent.CompletionException: org.apache.flink.util.FlinkRuntimeException: Could not execute application.",
  "org.apache.flink.util.FlinkRuntimeException: Could not execute application.",
];

const messageOf = (line: string) => line.slice(line.indexOf(": ") + 2);

/**
 * `main() threw`: /run answers 400 (asynchronously); /plan lets the exception escape (500): as it is
 * when it came from building the environment, which /plan does before main() (real 2.3), else in
 * ProgramInvocationException.
 */
export function mainFailed(kind: "run" | "plan", error: FakeProgramError): Reply<ErrorBody> {
  const thrown = error.message;
  // Flink names main()'s own exception in ProgramInvocationException; one thrown deeper inside
  // execute() reaches main() wrapped, so only its own line is certain.
  const invocation = error.wrappedByFlink
    ? []
    : [
        `org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: ${messageOf(thrown)}`,
      ];
  if (kind === "plan") {
    return internalServerError(
      [...(error.inEnvironment ? [] : invocation), thrown, ...error.causes].join("\nCaused by: "),
    );
  }
  return restHandlerError(400, "Could not execute application.", [
    ...RUNNER_WRAPPERS,
    ...invocation,
    thrown,
    ...error.causes,
  ]);
}

/** The JobMaster of job `name` could not start (or 2.3's dispatcher refused its graph): 400. */
export function jobManagerFailed(name: string, causes: readonly string[]): Reply<ErrorBody> {
  return restHandlerError(400, "Could not execute application.", [
    ...RUNNER_WRAPPERS,
    `org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Failed to execute job '${name}'.`,
    `org.apache.flink.util.FlinkException: Failed to execute job '${name}'.`,
    ...causes,
  ]);
}

/**
 * Turns a FlinkInputError from the resolver into Flink's answer for that input. A value the
 * handler cannot read gets Flink's own message (generated/run-failures.ts); a body Jackson cannot
 * map gets its first line only (Jackson's own text follows it in Flink's answer).
 */
export function refusal(error: unknown, version: string, body: unknown): Reply<ErrorBody> {
  const answer = flinkAnswerOf(error);
  if (!answer) {
    throw error;
  }
  const message = (error as Error).message;
  if (error instanceof FlinkInputError && error.code === "null-config-value") {
    // Configuration.fromMap checks every value (real 1.19, 1.20, 2.3).
    return internalServerError("java.lang.NullPointerException: Value must not be null.");
  }
  if (answer.status === 500) {
    const key = error instanceof FlinkInputError ? error.field : undefined;
    const value = key === undefined ? undefined : configValue(body, key);
    const causes = key === undefined ? undefined : failureOf(key, version)?.causes;
    return internalServerError(
      causes && value !== undefined
        ? causes.map((c) => c.replaceAll("{value}", value)).join("\nCaused by: ")
        : `java.lang.IllegalArgumentException: ${message}`,
    );
  }
  const prefix = "Bad request, could not parse parameters: ";
  if (answer.message.startsWith(prefix)) {
    return badParameters(answer.message.slice(prefix.length));
  }
  return restHandlerError(answer.status, answer.message);
}

/** The text of a flinkConfiguration value in a request body. */
function configValue(body: unknown, key: string): string | undefined {
  const value = (body as { flinkConfiguration?: Record<string, unknown> } | undefined)?.flinkConfiguration?.[key];
  return value === undefined || value === null || typeof value === "object" ? undefined : String(value);
}
