/** Application states as the contract lists them (ApplicationState, Flink 2.3+), and which are terminal. */
import { type ENUMS, TERMINAL_APPLICATION_STATES } from "../../generated/contract-facts.js";

/** An application's status as Flink reports it (`CANCELING` with one L, unlike a job's `CANCELLING`). */
export type ApplicationState = (typeof ENUMS.ApplicationState)[number];

const TERMINAL: ReadonlySet<string> = new Set(TERMINAL_APPLICATION_STATES);

/** Whether an application never leaves this state (FINISHED, FAILED, CANCELED). */
export function isTerminalApplicationState(state: string): boolean {
  return TERMINAL.has(state);
}
