/**
 * Scripted job states for tests: a job can be told to go through states (CREATED for two polls,
 * then RUNNING; RUNNING, FAILING, FAILED), each shown for a number of polls. A poll is any request
 * that shows the job's state: its status, its details, the jobs list or overview.
 */
import { isTerminalJobState, type JobState } from "../../jobs/job-state.js";
import type { FakeJob } from "../views/fake-job.js";

/** One state of a scripted job. */
export interface JobStep {
  readonly state: JobState;
  /** How many polls show this state before the next step (default: it stays). */
  readonly polls?: number;
  /** With a FAILED or FAILING state: the exception `/jobs/{jobid}/exceptions` shows. */
  readonly rootException?: string;
}

interface Script {
  readonly steps: readonly JobStep[];
  index: number;
  seen: number;
}

/** The running scripts and those waiting for the next submitted jobs. */
export class JobScripts {
  readonly #running = new Map<string, Script>();
  readonly #next: Array<readonly JobStep[]> = [];

  /** Runs `steps` on a job now: it takes the first step's state at once. */
  start(job: FakeJob, steps: readonly JobStep[], now: number): void {
    if (steps.length === 0) {
      this.#running.delete(job.id);
      return;
    }
    this.#running.set(job.id, { steps, index: 0, seen: 0 });
    enter(job, steps[0] as JobStep, now);
  }

  /** Queues `steps` for the next job that is submitted. */
  queue(steps: readonly JobStep[]): void {
    this.#next.push(steps);
  }

  /** A new job: it starts the oldest queued script, if any. */
  submitted(job: FakeJob, now: number): void {
    const steps = this.#next.shift();
    if (steps) {
      this.start(job, steps, now);
    }
  }

  /** The job's state is shown once more: the script moves on when its step has been shown enough. */
  observe(job: FakeJob, now: number): void {
    const script = this.#running.get(job.id);
    if (!script) {
      return;
    }
    const step = script.steps[script.index] as JobStep;
    if (step.polls !== undefined && script.seen >= step.polls && script.index + 1 < script.steps.length) {
      script.index += 1;
      script.seen = 0;
      enter(job, script.steps[script.index] as JobStep, now);
    }
    script.seen += 1;
  }

  /** Stops the job's script (the test or a request changed its state). */
  stop(jobId: string): void {
    this.#running.delete(jobId);
  }

  clear(): void {
    this.#running.clear();
    this.#next.length = 0;
  }
}

/** Puts a job in a state, with an end time for a terminal one and the failure a step names. */
export function enter(job: FakeJob, step: JobStep, now: number): void {
  job.state = step.state;
  job.endTime = isTerminalJobState(step.state) ? now : undefined;
  if (step.rootException !== undefined) {
    job.failure = step.rootException;
  }
}
