/**
 * `POST /jars/{jarid}/run-application` on the fake cluster (Flink 2.3+): the request is refused
 * only for what Flink checks before it creates the application (the body, the jar, the entry
 * class, a duplicate application id); whatever the program then does answers 202 and shows in the
 * application: FAILED with an exception entry, or RUNNING with the jobs it submitted.
 */
import type { RunQuery } from "../../run/parse-query.js";
import { restHandlerError } from "../flink-errors.js";
import type { RouteReply } from "../typed-route.js";
import { type FakeApplication, newApplication, programFailure, transition } from "../views/fake-application.js";
import { execute, jobIdOf, newJob } from "./execution.js";
import { jobManagerFailure, runtimeFailure } from "./failure-stages.js";
import { finish } from "./jobs.js";
import type { ClusterState } from "./state.js";

/** Fails the application for a failure of its program: its jobs still running are cancelled (real 2.3.0). */
function failProgram(state: ClusterState, app: FakeApplication, cause: string): void {
  const now = state.now();
  app.exceptions.unshift(programFailure(cause, now));
  for (const id of app.jobIds) {
    const job = state.jobs.get(id);
    if (job && job.state === "RUNNING") {
      finish(state, job, "CANCELED");
    }
  }
  transition(app, "FAILING", now);
  transition(app, "FAILED", now);
}

/** `POST /jars/{jarid}/run-application` with the parsed JSON body (undefined when empty) and the query. */
export function runApplication(
  state: ClusterState,
  jarId: string,
  body: unknown,
  query: RunQuery,
): RouteReply<"/jars/{jarid}/run-application", "post"> {
  const run = execute(state, jarId, body, query, "application");
  if ("reply" in run) {
    return run.reply;
  }
  const { jar, resolved, submitted, failure, record, later } = run;
  const requested = (body as { applicationId?: unknown } | undefined)?.applicationId;
  const id = typeof requested === "string" ? requested.toLowerCase() : state.randomHex();
  if (state.applications.has(id)) {
    return restHandlerError(
      400,
      "Could not submit application.",
      "org.apache.flink.runtime.client.DuplicateApplicationSubmissionException: Application has already been submitted.",
    );
  }
  const entryClass = resolved.settings.entryClass ?? jar.entryClass;
  const app = newApplication(id, entryClass, state.now());
  state.applications.set(id, app);
  // The first job gets the requested job id; Flink derives the others from it.
  for (const [i, pipeline] of submitted.entries()) {
    const jobId = i === 0 ? jobIdOf(state, resolved) : state.randomHex();
    const name = pipeline.name ?? "Flink Streaming Job";
    if (state.jobs.has(jobId)) {
      failProgram(
        state,
        app,
        `org.apache.flink.util.FlinkException: Failed to execute job '${name}'.\nCaused by: org.apache.flink.runtime.client.DuplicateJobSubmissionException: Job has already been submitted.`,
      );
      return { status: 202, body: { applicationid: id } };
    }
    const job = newJob(state, jobId, jar, resolved, pipeline);
    job.applicationId = id;
    state.jobs.set(jobId, job);
    app.jobIds.push(jobId);
    if (i === 0) {
      if (record) {
        record.jobId = jobId;
      }
      // The request log's entry names the application's first job, as a /run entry names its job.
      state.lastResolved = { configuration: resolved.values, jobId };
    }
    const jobManager = jobManagerFailure(state, resolved.settings.savepoint?.path, later);
    if (jobManager) {
      job.state = "FAILED";
      job.endTime = state.now();
      job.failure = jobManager.causes.join("\nCaused by: ");
      failProgram(
        state,
        app,
        `org.apache.flink.util.FlinkException: Failed to execute job '${job.name}'.\nCaused by: ${job.failure}`,
      );
      return { status: 202, body: { applicationid: id } };
    }
    const tasksFailed = runtimeFailure(later);
    if (tasksFailed) {
      job.state = "FAILED";
      job.endTime = state.now();
      job.failure = tasksFailed;
    }
    state.scripts.submitted(job, state.now());
  }
  if (failure !== undefined) {
    failProgram(state, app, [failure.message, ...failure.causes].join("\nCaused by: "));
  }
  return { status: 202, body: { applicationid: id } };
}
