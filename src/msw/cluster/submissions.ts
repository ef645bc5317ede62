/**
 * `/jars/{jarid}/run` and `/plan` on the fake cluster (the work they share with
 * `/run-application` is in ./execution.ts). /run answers once main() has returned, with its one
 * job; from 2.3 the job runs in a single-job application of its own.
 */
import type { RunQuery } from "../../run/parse-query.js";
import { onlyFieldsOf } from "../../versions/answers.js";
import { internalServerError, restHandlerError } from "../flink-errors.js";
import type { RouteReply } from "../typed-route.js";
import { type FakeJob, jobPlan } from "../views/job-views.js";
import { registerSingleJobApplication } from "./applications.js";
import { execute, jobIdOf, newJob } from "./execution.js";
import { jobManagerFailure, runtimeFailure } from "./failure-stages.js";
import { jobManagerFailed, mainFailed } from "./run-answers.js";
import type { ClusterState } from "./state.js";

function failJob(state: ClusterState, job: FakeJob, failure: string): void {
  job.state = "FAILED";
  job.endTime = state.now();
  job.failure = failure;
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
  const { jar, resolved, submitted, failure, record, later } = run;
  const pipeline = submitted[0];
  const jobId = jobIdOf(state, resolved);
  if (pipeline && state.jobs.has(jobId)) {
    return restHandlerError(
      400,
      "Could not execute application.",
      `org.apache.flink.runtime.client.DuplicateJobSubmissionException: Job has already been submitted. JobID: ${jobId}`,
    );
  }
  // A job main() submitted before it failed keeps running, although /run answers 400 (real 1.19 to 2.3).
  const job = pipeline ? newJob(state, jobId, jar, resolved, pipeline) : undefined;
  if (job) {
    state.jobs.set(jobId, job);
    registerSingleJobApplication(state, job);
    state.lastResolved = { configuration: resolved.values, jobId };
    if (record) {
      record.jobId = jobId;
    }
  }
  if (failure !== undefined) {
    if (job) {
      state.scripts.submitted(job, state.now());
    }
    return mainFailed("run", failure);
  }
  if (!job) {
    return restHandlerError(400, "No jobs included in application.");
  }
  // The JobMaster reads its options and restores the savepoint while it starts: a 400.
  const jobManager = jobManagerFailure(state, resolved.settings.savepoint?.path, later);
  if (jobManager) {
    if (jobManager.leavesFailedJob) {
      failJob(state, job, jobManager.causes.join("\nCaused by: "));
    } else {
      state.jobs.delete(jobId);
      state.applications.delete(jobId);
    }
    return jobManagerFailed(job.name, jobManager.causes);
  }
  const tasksFailed = runtimeFailure(later);
  if (tasksFailed) {
    // The tasks read it when they start: the job is accepted, then fails.
    failJob(state, job, tasksFailed);
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
  // /plan lets main()'s exception escape (500).
  if (plan.failure !== undefined) {
    return mainFailed("plan", plan.failure);
  }
  const pipeline = plan.submitted[0];
  if (!pipeline) {
    return internalServerError(
      "org.apache.flink.client.program.ProgramInvocationException: The program plan could not be fetched - the program aborted pre-maturely. The root cause may be that the main method doesn't call `env.execute()` or `env.executeAsync()`.",
    );
  }
  const job = newJob(state, jobIdOf(state, plan.resolved), plan.jar, plan.resolved, pipeline);
  return { status: 200, body: { plan: jobPlan(job) } };
}
