/**
 * `/jars/{jarid}/run` and `/plan` on the fake cluster: the request is resolved by the SDK's own
 * resolver (so the fake and the SDK cannot disagree about precedence), then the jar's program
 * runs against the effective configuration, as Flink runs `main()`.
 */
import { runOptionKey } from "../../options/builtin-catalog.js";
import type { RunQuery } from "../../run/parse-query.js";
import { flinkAnswerOf } from "../../run/refusal.js";
import { type ResolvedRun, resolveRunConfiguration } from "../../run/resolve.js";
import { onlyFieldsOf } from "../../versions/answers.js";
import { badParameters, type ErrorBody, internalServerError, restHandlerError } from "../flink-errors.js";
import type { Reply, RouteReply } from "../typed-route.js";
import { type FakeJob, jobPlan } from "../views/job-views.js";
import { checkJarId } from "./jars.js";
import { createEnvironment, echoResolvedOptions, type FakeProgram, type SubmittedPipeline } from "./programs.js";
import type { ClusterState, FakeJar, RunDiagnostics } from "./state.js";

const DEFAULT_JOB_NAME = "Flink Streaming Job";

type Execution =
  | { reply: Reply<ErrorBody> }
  | { jar: FakeJar; resolved: ResolvedRun; pipeline: SubmittedPipeline; record?: RunDiagnostics };

/** Turns a FlinkInputError from the resolver into Flink's answer for that input. */
function refusal(error: unknown): Reply<ErrorBody> {
  const answer = flinkAnswerOf(error);
  if (!answer) {
    throw error;
  }
  const message = (error as Error).message;
  if (answer.status === 500) {
    return internalServerError(`java.lang.IllegalArgumentException: ${message}`);
  }
  const prefix = "Bad request, could not parse parameters: ";
  if (answer.message.startsWith(prefix)) {
    return badParameters(answer.message.slice(prefix.length));
  }
  return restHandlerError(answer.status, answer.message, message);
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
    return { reply: refusal(error) };
  }
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
  const program = programFor(state, jar, resolved);
  if ("status" in program) {
    return { reply: program };
  }
  // /run answers a failing main() with 400 (asynchronously); /plan lets the exception escape (500).
  const failed = (message: string) =>
    kind === "run"
      ? restHandlerError(400, "Could not execute application.", message)
      : internalServerError(`org.apache.flink.client.program.ProgramInvocationException: ${message}`);
  const submitted: SubmittedPipeline[] = [];
  try {
    const environment = createEnvironment(
      resolved.values,
      submitted,
      echoResolvedOptions(resolved.values, state.flinkVersion, state.facts),
      (key) => state.facts.find(key, state.flinkVersion)?.option.defaultValue,
    );
    program.run(environment, resolved.settings.programArgs);
  } catch (error) {
    return { reply: failed(String((error as Error).message ?? error)) };
  }
  const pipeline = submitted[0];
  if (!pipeline) {
    return {
      reply:
        kind === "run" ? restHandlerError(400, "No jobs included in application.") : failed("No job was submitted."),
    };
  }
  return { jar, resolved, pipeline, ...(diagnostics ? { record: diagnostics } : {}) };
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
  const { jar, resolved, pipeline, record } = run;
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
  if (record) {
    record.jobId = jobId;
  }
  const restore = resolved.settings.savepoint;
  if (restore && !state.savepoints.has(restore.path)) {
    job.state = "FAILED";
    job.endTime = state.now();
    job.failure = `java.io.FileNotFoundException: Cannot find checkpoint or savepoint file/directory '${restore.path}' on file system 'file'.`;
    return restHandlerError(
      400,
      "Could not execute application.",
      `org.apache.flink.runtime.client.JobInitializationException: Could not start the JobMaster.\nCaused by: ${job.failure}`,
    );
  }
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
