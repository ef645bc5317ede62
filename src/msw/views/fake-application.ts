/** An application of the fake cluster (Flink 2.3+): a run of a program and the jobs it submitted. */
import { ENUMS } from "../../../generated/contract-facts.js";
import type { ApplicationState } from "../../jobs/application-state.js";

/** One entry of an application's exception history. */
export interface FakeApplicationException {
  readonly exceptionName: string;
  /** Flink's stack-trace text; its first word is the exception's class. */
  readonly stacktrace: string;
  readonly timestamp: number;
  /** The job whose failure ended the application; absent for a failure of the program. */
  readonly jobId?: string;
}

export interface FakeApplication {
  readonly id: string;
  /** The entry class (run-application), or `SingleJobApplication(<job name>)` for a job of /run. */
  readonly name: string;
  status: ApplicationState;
  /** Epoch ms at which the application entered each state; 0 for a state it has not been in. */
  readonly timestamps: Record<ApplicationState, number>;
  /** Its jobs, in the order the program submitted them. */
  readonly jobIds: string[];
  /** Newest first. */
  readonly exceptions: FakeApplicationException[];
  /** When a CANCELING application is CANCELED (its jobs are cancelled at once; Flink takes ~2 s more). */
  canceledAt?: number;
}

export const APPLICATION_STATES = ENUMS.ApplicationState;

/** A new application, RUNNING since `now` (its program starts at once). */
export function newApplication(id: string, name: string, now: number): FakeApplication {
  const timestamps = Object.fromEntries(APPLICATION_STATES.map((s) => [s, 0])) as Record<ApplicationState, number>;
  timestamps.CREATED = now;
  timestamps.RUNNING = now;
  return { id, name, status: "RUNNING", timestamps, jobIds: [], exceptions: [] };
}

/** Moves the application to `state` at `at` (and records the time). */
export function transition(app: FakeApplication, state: ApplicationState, at: number): void {
  app.status = state;
  app.timestamps[state] = at;
}

/** The line of Flink's stack-trace text that the fake repeats for a frame. */
const FRAME =
  "\tat org.apache.flink.client.deployment.application.PackagedProgramApplication.runApplicationEntryPoint(PackagedProgramApplication.java:732)";

/**
 * The exception-history entry of a program that failed: Flink wraps `cause` (an exception's
 * text, class first) as the main method's error in an ApplicationExecutionException.
 */
export function programFailure(cause: string, timestamp: number): FakeApplicationException {
  const message = cause.split("\n", 1)[0]?.replace(/^(?:[\w$]+\.)*[\w$]+: /, "") ?? cause;
  const exceptionName = "org.apache.flink.client.deployment.application.ApplicationExecutionException";
  return {
    exceptionName,
    stacktrace: `${exceptionName}: Could not execute application.\n${FRAME}\nCaused by: org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: ${message}\n${FRAME}\nCaused by: ${cause}\n${FRAME}\n`,
    timestamp,
  };
}
