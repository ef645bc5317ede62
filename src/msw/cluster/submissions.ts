/**
 * `/jars/{jarid}/run` and `/plan` on the fake cluster (the work they share with
 * `/run-application` is in ./execution.ts). /run answers once main() has returned, with its one
 * job; from 2.3 the job runs in a single-job application of its own.
 */
import type { RunQuery } from "../../run/parse-query.js";
import { onlyFieldsOf } from "../../versions/answers.js";
import { internalServerError, restHandlerError } from "../flink-errors.js";
import type { RouteReply } from "../typed-route.js";
import { jobPlan } from "../views/job-views.js";
import { registerSingleJobApplication } from "./applications.js";
import { execute, jobIdOf, newJob, restoreFailure } from "./execution.js";
import type { ClusterState } from "./state.js";

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
  const { jar, resolved, submitted, failure, record } = run;
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
    if (record) {
      record.jobId = jobId;
    }
  }
  if (failure !== undefined) {
    return restHandlerError(400, "Could not execute application.", failure);
  }
  if (!job) {
    return restHandlerError(400, "No jobs included in application.");
  }
  const restore = restoreFailure(state, resolved);
  if (restore) {
    job.state = "FAILED";
    job.endTime = state.now();
    job.failure = restore;
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
  // /plan lets main()'s exception escape (500).
  const pipeline = plan.submitted[0];
  if (plan.failure !== undefined || !pipeline) {
    return internalServerError(
      `org.apache.flink.client.program.ProgramInvocationException: ${plan.failure ?? "No job was submitted."}`,
    );
  }
  const job = newJob(state, jobIdOf(state, plan.resolved), plan.jar, plan.resolved, pipeline);
  return { status: 200, body: { plan: jobPlan(job) } };
}
