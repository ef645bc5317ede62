/** A job of the fake cluster, and the parts of its REST views that several views share. */
import { ENUMS } from "../../../generated/contract-facts.js";
import type { JobState } from "../../jobs/job-state.js";
import type { OptionCatalog } from "../../options/option-catalog.js";
import type { RestoreSettings } from "../../run/savepoint.js";

export interface FakeJob {
  readonly id: string;
  readonly jarId: string;
  readonly name: string;
  state: JobState;
  readonly startTime: number;
  endTime: number | undefined;
  readonly parallelism: number;
  /** -1 when neither the configuration nor the program sets it. */
  readonly maxParallelism: number;
  readonly objectReuse: boolean;
  readonly userConfig: Readonly<Record<string, string>>;
  /** The effective configuration the job ran with. */
  readonly configuration: Readonly<Record<string, string>>;
  /** Interval set in code, overriding the configuration. */
  readonly checkpointInterval: number | undefined;
  readonly restoredFrom: RestoreSettings | undefined;
  checkpointCount: number;
  failure: string | undefined;
  /** Flink 2.3+: the application the job belongs to (a job run with /run has its own, of the job's id). */
  applicationId?: string;
  /** `BATCH` or `STREAMING` (default). */
  jobType?: "BATCH" | "STREAMING";
  /** A bounded job ends FINISHED by itself at this time (epoch ms). */
  endsAt?: number;
}

/** What a view needs besides the job: the line it answers as, the time, and the option facts. */
export interface ViewContext {
  readonly version: string;
  readonly now: number;
  readonly catalog: OptionCatalog;
}

/** Flink lists every state, most with 0. */
export function zeroCounts<S extends string>(states: readonly S[]): Record<S, number> {
  return Object.fromEntries(states.map((s) => [s, 0])) as Record<S, number>;
}

export const JOB_STATES = ENUMS.JobStatus;
export const EXECUTION_STATES = ENUMS.ExecutionState;

/** Key groups Flink picks when no max parallelism is set (KeyGroupRangeAssignment). */
export function defaultMaxParallelism(parallelism: number): number {
  const p = Math.max(parallelism, 1);
  const target = p + Math.floor(p / 2);
  const pow2 = 2 ** Math.ceil(Math.log2(Math.max(target, 1)));
  return Math.min(Math.max(pow2, 128), 32768);
}

/** The tasks' ExecutionState for a job state. */
export function executionStateOf(state: JobState): "RUNNING" | "FAILED" | "CANCELED" | "FINISHED" | "CREATED" {
  switch (state) {
    case "RUNNING":
    case "FAILED":
    case "CANCELED":
    case "FINISHED":
      return state;
    default:
      return "CREATED";
  }
}

/** A stable 32-hex id derived from a job id (vertex ids, slot sharing group). */
export function hexFrom(seed: string, salt: number): string {
  let h = 2166136261 ^ salt;
  let out = "";
  for (let round = 0; round < 4; round++) {
    for (const ch of seed) {
      h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    }
    out += h.toString(16).padStart(8, "0");
  }
  return out;
}

/** The echo job's topology as Flink names it: a chained source and throttle, then the keyed part. */
export const VERTEX_NAMES = ["Source: Source: sequence -> throttle", "count per key -> discard: Writer"] as const;
