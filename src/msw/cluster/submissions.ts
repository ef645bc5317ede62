/**
 * `/jars/{jarid}/run` and `/plan` on the fake cluster: the request is resolved by the SDK's own
 * resolver (so the fake and the SDK cannot disagree about precedence), then the jar's program
 * runs against the effective configuration, as Flink runs `main()`.
 */
import { runOptionKey } from "../../options/builtin-catalog.js";
import type { RunQuery } from "../../run/parse-query.js";
import { type ResolvedRun, resolveRunConfiguration } from "../../run/resolve.js";
import { onlyFieldsOf } from "../../versions/answers.js";
import { type ErrorBody, internalServerError, restHandlerError } from "../flink-errors.js";
import type { Reply, RouteReply } from "../typed-route.js";
import { type FakeJob, jobPlan } from "../views/job-views.js";
import { environmentConfiguration } from "./environment-config.js";
import { checkJarId } from "./jars.js";
import {
  createEnvironment,
  type EnvironmentFailure,
  echoResolvedOptions,
  type FakeProgram,
  FakeProgramError,
  type SubmittedPipeline,
} from "./programs.js";
import { jobManagerFailed, mainFailed, refusal } from "./run-answers.js";
import { beforeProgram, findRunFailure, type RunFailureHit } from "./run-failures.js";
import { knownSavepoint } from "./savepoint-paths.js";
import type { ClusterState, FakeJar, RunDiagnostics } from "./state.js";

const DEFAULT_JOB_NAME = "Flink Streaming Job";

type Execution =
  | { reply: Reply<ErrorBody> }
  | {
      jar: FakeJar;
      resolved: ResolvedRun;
      pipeline: SubmittedPipeline;
      record?: RunDiagnostics;
      /** A value Flink reads only after main() submitted the job (the JobMaster, the tasks). */
      later?: RunFailureHit;
    };

/**
 * Read once a /run's job was submitted: by the JobMaster (2.3 builds the job graph there too) or
 * the tasks. /plan builds the job graph itself and submits nothing.
 */
function afterSubmission(hit: RunFailureHit, kind: "run" | "plan"): boolean {
  if (kind === "plan") {
    return false;
  }
  return hit.failure.at === "jobmanager" || hit.failure.at === "runtime" || hit.failure.leavesFailedJob === true;
}

/** Where main() meets a value Flink cannot read: building its environment, or in execute(). */
function environmentFailure(hit: RunFailureHit | undefined, kind: "run" | "plan"): EnvironmentFailure | undefined {
  if (!hit || afterSubmission(hit, kind) || !["env", "stream-graph", "job-graph", "submit"].includes(hit.failure.at)) {
    return kind === "plan" ? { at: "env", error: undefined, parallelismFirst: true } : undefined;
  }
  // /plan builds the job graph after main() returned: see planJobGraphFailure.
  if (kind === "plan" && hit.failure.at === "job-graph") {
    return { at: "env", error: undefined, parallelismFirst: true };
  }
  const [thrown = "", ...causes] = hit.causes;
  const env = hit.failure.at === "env";
  // A failure in building the stream graph reaches main() as it is; later ones come wrapped.
  const wrapped = hit.failure.at === "job-graph" || hit.failure.at === "submit";
  return {
    at: env ? "env" : "execute",
    error: new FakeProgramError(thrown, { causes, fromFlink: true, wrappedByFlink: wrapped, inEnvironment: env }),
    parallelismFirst: kind === "plan",
  };
}

function programFor(state: ClusterState, jar: FakeJar, resolved: ResolvedRun): { run: FakeProgram } | Reply<ErrorBody> {
  const entryClass = resolved.settings.entryClass ?? jar.entryClass;
  const program = state.programs.get(entryClass);
  if (!program) {
    return internalServerError(
      `java.util.concurrent.CompletionException: org.apache.flink.client.program.ProgramInvocationException: The program's entry point class '${entryClass}' was not found in the jar file.`,
    );
  }
  return { run: program };
}

/**
 * What /run and /plan share: resolve the request as Flink's handler does, find the jar and its
 * program, and run the program's main() against the effective configuration.
 */
function execute(state: ClusterState, jarId: string, body: unknown, query: RunQuery, kind: "run" | "plan"): Execution {
  const invalid = checkJarId(jarId);
  if (invalid) {
    return { reply: invalid };
  }
  const jar = state.jars.get(jarId);
  const record = kind === "run" && state.validation.record;
  let resolved: ResolvedRun;
  try {
    resolved = resolveRunConfiguration({
      flinkVersion: state.flinkVersion,
      clusterConfig: state.clusterConfig,
      body,
      query,
      kind,
      jarPath: jar?.path ?? `${state.jarDir}/${jarId}`,
      includeDefaults: false,
      // Findings never change the answer: "warn" only reports.
      validation: record ? "warn" : "off",
      ...(state.validation.catalog ? { catalog: state.validation.catalog } : {}),
    });
  } catch (error) {
    return { reply: refusal(error, state.flinkVersion, body) };
  }
  state.lastResolved = { configuration: undefined, jobId: undefined };
  const diagnostics: RunDiagnostics | undefined = record
    ? { jarId, jobId: undefined, diagnostics: resolved.diagnostics }
    : undefined;
  if (diagnostics) {
    state.diagnostics.push(diagnostics);
  }
  if (!jar) {
    return {
      reply: internalServerError(
        `java.util.concurrent.CompletionException: org.apache.flink.runtime.rest.handler.RestHandlerException: Jar file ${state.jarDir}/${jarId} does not exist`,
      ),
    };
  }
  // A value Flink reads in the handler or while loading the program fails before main() (500).
  const hit = findRunFailure(resolved.entries, state.flinkVersion, state.facts, kind);
  if (hit && beforeProgram(hit, kind, runOptionKey("parallelism", state.flinkVersion))) {
    return { reply: internalServerError(hit.causes.join("\nCaused by: ")) };
  }
  const program = programFor(state, jar, resolved);
  if ("status" in program) {
    return { reply: program };
  }
  if (hit?.failure.at === "handler") {
    return { reply: internalServerError(hit.causes.join("\nCaused by: ")) };
  }
  state.lastResolved = { configuration: resolved.values, jobId: undefined };
  const submitted: SubmittedPipeline[] = [];
  try {
    const environment = createEnvironment(
      environmentConfiguration(resolved.values, state.flinkVersion, state.facts),
      submitted,
      echoResolvedOptions(resolved.values, state.flinkVersion, state.facts),
      (key) => state.facts.find(key, state.flinkVersion)?.option.defaultValue,
      environmentFailure(hit, kind),
    );
    // /plan builds the environment before it calls main() (a /run's main() builds it itself).
    if (kind === "plan") {
      environment.getParallelism();
    }
    program.run(environment, resolved.settings.programArgs);
  } catch (error) {
    const thrown =
      error instanceof FakeProgramError ? error : new FakeProgramError(String((error as Error)?.message ?? error));
    return { reply: mainFailed(kind, thrown) };
  }
  const pipeline = submitted[0];
  if (!pipeline) {
    return {
      reply:
        kind === "run"
          ? restHandlerError(400, "No jobs included in application.")
          : internalServerError(
              "org.apache.flink.client.program.ProgramInvocationException: The program plan could not be fetched - the program aborted pre-maturely. The root cause may be that the main method doesn't call `env.execute()` or `env.executeAsync()`.",
            ),
    };
  }
  if (kind === "plan" && hit?.failure.at === "job-graph") {
    // /plan turns the pipeline into a job graph outside main(): the exception as it is.
    const causes = hit.causes.filter(
      (c) => !c.startsWith("org.apache.flink.runtime.client.JobInitializationException"),
    );
    return { reply: internalServerError(causes.join("\nCaused by: ")) };
  }
  const later = hit && afterSubmission(hit, kind) ? hit : undefined;
  return { jar, resolved, pipeline, ...(diagnostics ? { record: diagnostics } : {}), ...(later ? { later } : {}) };
}

function newJob(
  state: ClusterState,
  jobId: string,
  jar: FakeJar,
  resolved: ResolvedRun,
  pipeline: SubmittedPipeline,
): FakeJob {
  const values = resolved.values;
  return {
    id: jobId,
    jarId: jar.id,
    name: pipeline.name ?? values["pipeline.name"] ?? DEFAULT_JOB_NAME,
    state: "RUNNING",
    startTime: state.now(),
    endTime: undefined,
    parallelism: pipeline.parallelism,
    maxParallelism: pipeline.maxParallelism,
    objectReuse: pipeline.objectReuse,
    userConfig: pipeline.globalJobParameters,
    configuration: values,
    checkpointInterval: pipeline.checkpointInterval,
    restoredFrom: resolved.settings.savepoint,
    checkpointCount: 0,
    failure: undefined,
  };
}

function failJob(state: ClusterState, job: FakeJob, failure: string): void {
  job.state = "FAILED";
  job.endTime = state.now();
  job.failure = failure;
}

/** The job id a run gets: the one it asked for, else a new one. */
function jobIdOf(state: ClusterState, resolved: ResolvedRun): string {
  return resolved.values[runOptionKey("jobId", state.flinkVersion)] ?? state.randomHex();
}

/** `POST /jars/{jarid}/run` with the parsed JSON body (undefined when empty) and the query. */
export function runJar(
  state: ClusterState,
  jarId: string,
  body: unknown,
  query: RunQuery,
): RouteReply<"/jars/{jarid}/run", "post"> {
  const run = execute(state, jarId, body, query, "run");
  if ("reply" in run) {
    return run.reply;
  }
  const { jar, resolved, pipeline, record, later } = run;
  const jobId = jobIdOf(state, resolved);
  if (state.jobs.has(jobId)) {
    return restHandlerError(
      400,
      "Could not execute application.",
      `org.apache.flink.runtime.client.DuplicateJobSubmissionException: Job has already been submitted. JobID: ${jobId}`,
    );
  }
  const job = newJob(state, jobId, jar, resolved, pipeline);
  state.jobs.set(jobId, job);
  state.lastResolved = { configuration: resolved.values, jobId };
  if (record) {
    record.jobId = jobId;
  }
  // The JobMaster restores the savepoint and reads its options while it starts: a failure there is
  // a 400 that leaves the job FAILED (1.19, 1.20, 2.3).
  const restore = resolved.settings.savepoint;
  const missingSavepoint =
    restore && knownSavepoint(state, restore.path) === undefined
      ? [
          "org.apache.flink.runtime.client.JobInitializationException: Could not start the JobMaster.",
          `java.io.FileNotFoundException: Cannot find checkpoint or savepoint file/directory '${restore.path}' on file system 'file'.`,
        ]
      : undefined;
  // The JobMaster creates its checkpoint storage and state backend before it restores a savepoint.
  const jobManager = (later && later.failure.at !== "runtime" ? later.causes : undefined) ?? missingSavepoint;
  if (jobManager) {
    if (jobManager === missingSavepoint || later?.failure.leavesFailedJob) {
      failJob(state, job, jobManager.join("\nCaused by: "));
    } else {
      state.jobs.delete(jobId);
    }
    return jobManagerFailed(job.name, jobManager);
  }
  if (later?.failure.at === "runtime") {
    // The tasks read it when they start: the job is accepted, then fails (no restart modelled).
    failJob(
      state,
      job,
      `org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\nCaused by: ${later.causes.join("\nCaused by: ")}`,
    );
  }
  state.scripts.submitted(job, state.now());
  // From 2.3 a job belongs to an application, which /run names (the same id as the job's).
  return {
    status: 200,
    body: onlyFieldsOf(state.flinkVersion, "JarRunResponseBody", { jobid: jobId, applicationId: jobId }),
  };
}

/** `POST /jars/{jarid}/plan`: the job graph the program would submit, without running it. */
export function planJar(
  state: ClusterState,
  jarId: string,
  body: unknown,
  query: RunQuery,
): RouteReply<"/jars/{jarid}/plan", "post"> {
  const plan = execute(state, jarId, body, query, "plan");
  if ("reply" in plan) {
    return plan.reply;
  }
  const job = newJob(state, jobIdOf(state, plan.resolved), plan.jar, plan.resolved, plan.pipeline);
  return { status: 200, body: { plan: jobPlan(job) } };
}
