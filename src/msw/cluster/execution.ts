/**
 * What /run, /run-application and /plan share on the fake cluster: the request is resolved by the
 * SDK's own resolver (so the fake and the SDK cannot disagree about precedence), the jar and its
 * program are found, and the program's main() runs against the effective configuration, as
 * Flink runs it, within the limits the handler sets on how many jobs it may submit.
 */
import { JOB_LIMIT_BY_KIND_LINES } from "../../../generated/contract-facts.js";
import { runOptionKey } from "../../options/builtin-catalog.js";
import type { RequestKind } from "../../run/fields.js";
import type { RunQuery } from "../../run/parse-query.js";
import { type ResolvedRun, resolveRunConfiguration } from "../../run/resolve.js";
import { inLines } from "../../versions/contract.js";
import { type ErrorBody, internalServerError } from "../flink-errors.js";
import type { Reply } from "../typed-route.js";
import type { FakeJob } from "../views/job-views.js";
import { environmentConfiguration } from "./environment-config.js";
import { afterSubmission, environmentFailure, stageOf } from "./failure-stages.js";
import { checkJarId, missingJarCause } from "./jars.js";
import { FakeProgramError } from "./program-error.js";
import {
  createEnvironment,
  echoResolvedOptions,
  type FakeProgram,
  type JobLimits,
  type SubmittedPipeline,
} from "./programs.js";
import { refusal } from "./run-answers.js";
import { beforeProgram, findRunFailure, type RunFailureHit } from "./run-failures.js";
import type { ClusterState, FakeJar, RunDiagnostics } from "./state.js";

const DEFAULT_JOB_NAME = "Flink Streaming Job";

/** Refused before main() ran, or what main() did: the pipelines it submitted and, if it threw, why. */
export type Execution =
  | { reply: Reply<ErrorBody> }
  | {
      jar: FakeJar;
      resolved: ResolvedRun;
      submitted: SubmittedPipeline[];
      /** The exception main() threw, after submitting `submitted`. */
      failure: FakeProgramError | undefined;
      record?: RunDiagnostics;
      /** A value Flink reads only after main() submitted the job (the JobMaster, the tasks). */
      later?: RunFailureHit;
    };

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
 * How many jobs main() may submit: /run and /plan one, an application any number but one
 * streaming job. From 2.3 (job-limit-by-kind) Flink's refusal names the kind; before, one message.
 */
function jobLimits(state: ClusterState, kind: RequestKind): JobLimits {
  const exception = "org.apache.flink.util.FlinkRuntimeException";
  const byKind = inLines(state.flinkVersion, JOB_LIMIT_BY_KIND_LINES);
  return {
    jobs: kind === "application" ? Number.POSITIVE_INFINITY : 1,
    streamingJobs: 1,
    refusal: (exceeded) =>
      byKind
        ? `${exception}: Cannot have more than 1 ${exceeded === "streaming" ? "streaming " : ""}jobs in a single environment.`
        : `${exception}: Cannot have more than one execute() or executeAsync() call in a single environment.`,
  };
}

/** Resolves the request, finds the jar and its program, and runs main(). */
export function execute(
  state: ClusterState,
  jarId: string,
  body: unknown,
  query: RunQuery,
  kind: RequestKind,
): Execution {
  const invalid = checkJarId(jarId);
  if (invalid) {
    return { reply: invalid };
  }
  const jar = state.jars.get(jarId);
  const record = kind !== "plan" && state.validation.record;
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
      reply: internalServerError(missingJarCause(`${state.jarDir}/${jarId}`)),
    };
  }
  // A value Flink reads in the handler or while loading the program fails before main() (500).
  const stage = stageOf(kind);
  const hit = findRunFailure(resolved.entries, state.flinkVersion, state.facts, stage);
  if (hit && beforeProgram(hit, stage, runOptionKey("parallelism", state.flinkVersion))) {
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
  let failure: FakeProgramError | undefined;
  try {
    const environment = createEnvironment(
      environmentConfiguration(resolved.values, state.flinkVersion, state.facts),
      submitted,
      echoResolvedOptions(resolved.values, state.flinkVersion, state.facts),
      (key) => state.facts.find(key, state.flinkVersion)?.option.defaultValue,
      jobLimits(state, kind),
      environmentFailure(hit, kind),
    );
    // /plan builds the environment before it calls main() (a /run's main() builds it itself).
    if (kind === "plan") {
      environment.getParallelism();
    }
    program.run(environment, resolved.settings.programArgs);
  } catch (error) {
    failure =
      error instanceof FakeProgramError ? error : new FakeProgramError(String((error as Error)?.message ?? error));
  }
  if (kind === "plan" && !failure && submitted.length > 0 && hit?.failure.at === "job-graph") {
    // /plan turns the pipeline into a job graph outside main(): the exception as it is.
    const causes = hit.causes.filter(
      (c) => !c.startsWith("org.apache.flink.runtime.client.JobInitializationException"),
    );
    return { reply: internalServerError(causes.join("\nCaused by: ")) };
  }
  const later = hit && afterSubmission(hit, kind) ? hit : undefined;
  return {
    jar,
    resolved,
    submitted,
    failure,
    ...(diagnostics ? { record: diagnostics } : {}),
    ...(later ? { later } : {}),
  };
}

/** A job of a submitted pipeline, RUNNING; a bounded one ends by itself after the cluster's `boundedJobMs`. */
export function newJob(
  state: ClusterState,
  jobId: string,
  jar: FakeJar,
  resolved: ResolvedRun,
  pipeline: SubmittedPipeline,
): FakeJob {
  const values = resolved.values;
  const now = state.now();
  return {
    id: jobId,
    jarId: jar.id,
    name: pipeline.name ?? values["pipeline.name"] ?? DEFAULT_JOB_NAME,
    state: "RUNNING",
    startTime: now,
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
    jobType: pipeline.runtimeMode,
    ...(pipeline.bounded ? { endsAt: now + state.timings.boundedJobMs } : {}),
  };
}

/** The job id a run's first job gets: the one it asked for, else a new one. */
export function jobIdOf(state: ClusterState, resolved: ResolvedRun): string {
  return resolved.values[runOptionKey("jobId", state.flinkVersion)] ?? state.randomHex();
}
