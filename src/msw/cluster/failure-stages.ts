/**
 * Where in a submission a value Flink cannot read fails it (see ./run-failures.ts): before main()
 * runs, inside main() (building the environment or in execute()), or after main() submitted the
 * job (the JobMaster, the tasks). /plan builds the job graph itself and submits nothing; an
 * application's main() runs as /run's does.
 */
import type { RequestKind } from "../../run/fields.js";
import { type EnvironmentFailure, FakeProgramError } from "./program-error.js";
import type { RunFailureHit } from "./run-failures.js";
import { knownSavepoint } from "./savepoint-paths.js";
import type { ClusterState } from "./state.js";

/** The stage run-failures.ts knows a request kind by: an application runs main() as /run does. */
export function stageOf(kind: RequestKind): "run" | "plan" {
  return kind === "plan" ? "plan" : "run";
}

/** Read once a job was submitted: by the JobMaster (2.3 builds the job graph there too) or the tasks. */
export function afterSubmission(hit: RunFailureHit, kind: RequestKind): boolean {
  if (kind === "plan") {
    return false;
  }
  return hit.failure.at === "jobmanager" || hit.failure.at === "runtime" || hit.failure.leavesFailedJob === true;
}

/** Where main() meets a value Flink cannot read: building its environment, or in execute(). */
export function environmentFailure(hit: RunFailureHit | undefined, kind: RequestKind): EnvironmentFailure | undefined {
  const plan = kind === "plan";
  if (!hit || afterSubmission(hit, kind) || !["env", "stream-graph", "job-graph", "submit"].includes(hit.failure.at)) {
    return plan ? { at: "env", error: undefined, parallelismFirst: true } : undefined;
  }
  // /plan builds the job graph after main() returned: see the job-graph check in ./execution.ts.
  if (plan && hit.failure.at === "job-graph") {
    return { at: "env", error: undefined, parallelismFirst: true };
  }
  const [thrown = "", ...causes] = hit.causes;
  const env = hit.failure.at === "env";
  // A failure in building the stream graph reaches main() as it is; later ones come wrapped.
  const wrapped = hit.failure.at === "job-graph" || hit.failure.at === "submit";
  return {
    at: env ? "env" : "execute",
    error: new FakeProgramError(thrown, { causes, fromFlink: true, wrappedByFlink: wrapped, inEnvironment: env }),
    parallelismFirst: plan,
  };
}

/** Why a submitted job's JobMaster could not start, outermost first, and whether it leaves the job FAILED. */
export interface JobManagerFailure {
  readonly causes: readonly string[];
  readonly leavesFailedJob: boolean;
}

/**
 * The JobMaster creates its checkpoint storage and state backend (`later`), then restores the
 * savepoint the run names: a failure there leaves the job FAILED when it is the savepoint or the
 * failure says so (real 1.19, 1.20, 2.3); else the job is gone.
 */
export function jobManagerFailure(
  state: ClusterState,
  restorePath: string | undefined,
  later: RunFailureHit | undefined,
): JobManagerFailure | undefined {
  if (later && later.failure.at !== "runtime") {
    return { causes: later.causes, leavesFailedJob: later.failure.leavesFailedJob === true };
  }
  if (restorePath !== undefined && knownSavepoint(state, restorePath) === undefined) {
    return {
      causes: [
        "org.apache.flink.runtime.client.JobInitializationException: Could not start the JobMaster.",
        `java.io.FileNotFoundException: Cannot find checkpoint or savepoint file/directory '${restorePath}' on file system 'file'.`,
      ],
      leavesFailedJob: true,
    };
  }
  return undefined;
}

/** What a job whose tasks cannot read a value fails with once it started (no restart modelled). */
export function runtimeFailure(later: RunFailureHit | undefined): string | undefined {
  return later?.failure.at === "runtime"
    ? `org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\nCaused by: ${later.causes.join("\nCaused by: ")}`
    : undefined;
}
