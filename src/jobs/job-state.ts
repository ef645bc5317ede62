/** Job states as the contract lists them (generated/contract-facts.ts, from openapi.yaml's JobStatus). */
import { type ENUMS, NOT_STARTED_JOB_STATES, TERMINAL_JOB_STATES } from "../../generated/contract-facts.js";

/** A job status as Flink reports it. */
export type JobState = (typeof ENUMS.JobStatus)[number];

const TERMINAL: ReadonlySet<string> = new Set(TERMINAL_JOB_STATES);

/** Whether a job never leaves this state (FINISHED, CANCELED, FAILED: globally terminal). */
export function isTerminalJobState(state: string): boolean {
  return TERMINAL.has(state);
}

const NOT_STARTED: ReadonlySet<string> = new Set(NOT_STARTED_JOB_STATES);

/** Whether a job has not started yet (INITIALIZING, CREATED): what `flink list` shows as scheduled. */
export function isNotStartedJobState(state: string): boolean {
  return NOT_STARTED.has(state);
}
