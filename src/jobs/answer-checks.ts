/**
 * Checks on the fields of Flink's answers that the helpers act on. A server that answers with the
 * wrong shape (a job id that is no id, a state Flink does not have) is not Flink; the helpers say
 * so with a FlinkResponseError instead of passing the value on.
 */
import { ENUMS } from "../../generated/contract-facts.js";
import { FlinkResponseError } from "../errors.js";
import type { JobState } from "./job-state.js";

const JOB_STATES: ReadonlySet<string> = new Set(ENUMS.JobStatus);

/** Flink's ids (JobID, trigger ids, application ids): 32 hexadecimal characters. */
const HEX_ID = /^[0-9a-fA-F]{32}$/;

function wrongShape(request: string, what: string, value: unknown): FlinkResponseError {
  const shown = JSON.stringify(value) ?? String(value);
  return new FlinkResponseError(
    `${request}: Flink's answer has ${what}, got ${shown.slice(0, 200)}; is this a Flink REST endpoint?`,
    {
      request,
    },
  );
}

/** A non-empty string field of an answer. */
export function answerString(value: unknown, request: string, what: string): string {
  if (typeof value !== "string" || value === "") {
    throw wrongShape(request, what, value);
  }
  return value;
}

/** A 32-hex-character id field of an answer (a job id, an application id). */
export function answerId(value: unknown, request: string, what: string): string {
  if (typeof value !== "string" || !HEX_ID.test(value)) {
    throw wrongShape(request, what, value);
  }
  return value;
}

/** A job state field of an answer: one of the contract's JobStatus values. */
export function answerJobState(value: unknown, request: string): JobState {
  if (typeof value !== "string" || !JOB_STATES.has(value)) {
    throw wrongShape(request, "a job state (one of Flink's JobStatus values)", value);
  }
  return value as JobState;
}

/** An operation's status field: IN_PROGRESS or COMPLETED. */
export function answerOperationStatus(value: unknown, request: string): "IN_PROGRESS" | "COMPLETED" {
  const id = (value as { status?: { id?: unknown } } | undefined)?.status?.id;
  if (id !== "IN_PROGRESS" && id !== "COMPLETED") {
    throw wrongShape(request, 'an operation status ("IN_PROGRESS" or "COMPLETED")', value);
  }
  return id;
}
