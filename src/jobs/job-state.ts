/** Job states as the contract lists them (generated/contract-facts.ts, from openapi.yaml's JobStatus). */
import { type ENUMS, TERMINAL_JOB_STATES } from "../../generated/contract-facts.js";

/** A job status as Flink reports it. */
export type JobState = (typeof ENUMS.JobStatus)[number];

const TERMINAL: ReadonlySet<string> = new Set(TERMINAL_JOB_STATES);

/** Whether a job never leaves this state (FINISHED, CANCELED, FAILED: globally terminal). */
export function isTerminalJobState(state: string): boolean {
  return TERMINAL.has(state);
}
