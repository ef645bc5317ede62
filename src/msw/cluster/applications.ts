/**
 * Applications on the fake cluster (Flink 2.3+): `/applications/*`, the single-job application of
 * each /run job, and time: an application follows its jobs once its program has returned (the
 * fake runs the program at submission), and `advance` applies what has come due (bounded jobs
 * finishing, cancelled applications turning CANCELED). The handlers advance before each request.
 */
import { GET_APPLICATIONS_OVERVIEW_LINES } from "../../../generated/contract-facts.js";
import { isTerminalApplicationState } from "../../jobs/application-state.js";
import { isTerminalJobState } from "../../jobs/job-state.js";
import { inLines } from "../../versions/contract.js";
import { type ErrorBody, internalServerError, restHandlerError } from "../flink-errors.js";
import type { Reply, RouteReply } from "../typed-route.js";
import {
  allEnded,
  applicationDetails,
  applicationExceptions,
  applicationOverview,
} from "../views/application-views.js";
import { type FakeApplication, newApplication, transition } from "../views/fake-application.js";
import type { FakeJob } from "../views/job-views.js";
import { context, finish, jobManagerConfig } from "./jobs.js";
import type { ClusterState } from "./state.js";

/** Whether the cluster's line has applications. */
export function hasApplications(state: ClusterState): boolean {
  return inLines(state.flinkVersion, GET_APPLICATIONS_OVERVIEW_LINES);
}

/** From 2.3 a job of /run runs in `SingleJobApplication(<job name>)`, whose id is the job's. */
export function registerSingleJobApplication(state: ClusterState, job: FakeJob): void {
  if (!hasApplications(state)) {
    return;
  }
  const app = newApplication(job.id, `SingleJobApplication(${job.name})`, job.startTime);
  app.jobIds.push(job.id);
  job.applicationId = app.id;
  state.applications.set(app.id, app);
}

function jobsOf(state: ClusterState, app: FakeApplication): FakeJob[] {
  return app.jobIds.flatMap((id) => state.jobs.get(id) ?? []);
}

/** An application whose program has returned ends with its jobs: failed, cancelled, or finished. */
function settle(state: ClusterState, app: FakeApplication, now: number): void {
  if (app.status === "CANCELING") {
    if (app.canceledAt !== undefined && app.canceledAt <= now) {
      transition(app, "CANCELED", app.canceledAt);
    }
    return;
  }
  if (app.status !== "RUNNING") {
    return;
  }
  const jobs = jobsOf(state, app);
  if (!allEnded(jobs)) {
    return;
  }
  const at = Math.max(app.timestamps.RUNNING, ...jobs.map((j) => j.endTime ?? 0));
  const failed = jobs.find((j) => j.state === "FAILED");
  if (failed) {
    app.exceptions.unshift({
      exceptionName: failed.failure?.split(":")[0] ?? "org.apache.flink.runtime.JobException",
      stacktrace: failed.failure ?? "",
      timestamp: at,
      jobId: failed.id,
    });
    transition(app, "FAILING", at);
    transition(app, "FAILED", at);
  } else if (jobs.some((j) => j.state === "CANCELED")) {
    transition(app, "CANCELING", at);
    transition(app, "CANCELED", at);
  } else {
    transition(app, "FINISHED", at);
  }
}

/** Applies what has come due by now: bounded jobs finish, applications follow their jobs. */
export function advance(state: ClusterState): void {
  const now = state.now();
  for (const job of state.jobs.values()) {
    if (job.endsAt !== undefined && job.endsAt <= now && !isTerminalJobState(job.state)) {
      finish(state, job, "FINISHED");
      job.endTime = job.endsAt;
    }
  }
  for (const app of state.applications.values()) {
    if (!isTerminalApplicationState(app.status)) {
      settle(state, app, now);
    }
  }
}

/**
 * The application id of a path, as Flink 2.3.0 reads it: 32 hex digits in any case (shown in
 * lower case); a 33rd character is ignored; anything else is a 400 naming the parameter.
 */
function pathId(raw: string): { id: string } | Reply<ErrorBody> {
  if (/^[0-9a-fA-F]{32}[^/]?$/.test(raw)) {
    return { id: raw.slice(0, 32).toLowerCase() };
  }
  return restHandlerError(
    400,
    `Bad request, could not parse parameters: Cannot resolve path parameter (applicationid) from value "${raw}".`,
  );
}

/** Flink's 500 for an id no application has (details, exceptions). */
function unknown(id: string): Reply<ErrorBody> {
  return internalServerError(
    `org.apache.flink.runtime.messages.FlinkApplicationNotFoundException: Could not find Flink application (${id})`,
  );
}

/** A view of one application, or Flink's answers to a malformed or unknown id. */
function view<B>(state: ClusterState, raw: string, build: (app: FakeApplication) => B): Reply<B> | Reply<ErrorBody> {
  const parsed = pathId(raw);
  if ("status" in parsed) {
    return parsed;
  }
  const app = state.applications.get(parsed.id);
  return app ? { status: 200, body: build(app) } : unknown(parsed.id);
}

export const applicationRoutes = {
  overview: (state: ClusterState): RouteReply<"/applications/overview", "get"> => {
    const ctx = context(state);
    const rows = [...state.applications.values()].map((app) => applicationOverview(app, jobsOf(state, app), ctx));
    return { status: 200, body: { applications: rows } };
  },
  details: (state: ClusterState, raw: string): RouteReply<"/applications/{applicationid}", "get"> =>
    view(state, raw, (app) => applicationDetails(app, jobsOf(state, app), context(state))),
  exceptions: (state: ClusterState, raw: string): RouteReply<"/applications/{applicationid}/exceptions", "get"> =>
    view(state, raw, applicationExceptions),
  /** Flink answers the cluster's configuration for any well-formed id, known or not. */
  config: (state: ClusterState, raw: string): RouteReply<"/applications/{applicationid}/jobmanager/config", "get"> => {
    const parsed = pathId(raw);
    return "status" in parsed ? parsed : jobManagerConfig(state);
  },
  /** Cancels a running application and its running jobs; an ended or unknown one is a 404. */
  cancel: (state: ClusterState, raw: string): RouteReply<"/applications/{applicationid}/cancel", "post"> => {
    const parsed = pathId(raw);
    if ("status" in parsed) {
      return parsed;
    }
    const app = state.applications.get(parsed.id);
    if (!app || isTerminalApplicationState(app.status)) {
      return restHandlerError(
        404,
        "Application could not be found.",
        `org.apache.flink.runtime.messages.FlinkApplicationNotFoundException: Could not find Flink application (${parsed.id})`,
      );
    }
    const now = state.now();
    if (app.status !== "CANCELING") {
      transition(app, "CANCELING", now);
      app.canceledAt = now + state.timings.applicationCancelMs;
      for (const job of jobsOf(state, app)) {
        if (!isTerminalJobState(job.state)) {
          finish(state, job, "CANCELED");
        }
      }
    }
    return { status: 202, body: {} };
  },
};
