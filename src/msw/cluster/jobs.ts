/** The fake cluster's overview and jobs: what `/config`, `/overview` and `/jobs/*` answer, and cancel. */
import { isTerminalJobState } from "../../jobs/job-state.js";
import { settingOf } from "../../options/read-option.js";
import { HIDDEN_CONTENT, isSensitiveKey } from "../../options/redaction.js";
import { type ErrorBody, internalServerError, notFound, restHandlerError } from "../flink-errors.js";
import type { Reply, RouteReply } from "../typed-route.js";
import { checkpointConfig, checkpointStatistics, jobConfig } from "../views/config-views.js";
import type { FakeJob, ViewContext } from "../views/fake-job.js";
import { jobDetails, jobExceptions, jobOverview, jobPlan, jobStatus, jobsOverviewJson } from "../views/job-views.js";
import type { ClusterState } from "./state.js";

/** What the dispatcher says about an unknown job (status, resource requirements, triggers). */
export function dispatcherJobNotFound(jobId: string): string {
  return `org.apache.flink.runtime.messages.FlinkJobNotFoundException: Could not find Flink job (${jobId})`;
}

export function context(state: ClusterState): ViewContext {
  return { version: state.flinkVersion, now: state.now(), catalog: state.facts };
}

export function dashboardConfig(state: ClusterState): RouteReply<"/config", "get"> {
  return {
    status: 200,
    body: {
      "refresh-interval": 3000,
      "timezone-name": "Coordinated Universal Time",
      "timezone-offset": 0,
      "flink-version": state.flinkVersion,
      "flink-revision": "fake-cluster @ flink-rest-client",
      features: { "web-submit": true, "web-cancel": true, "web-rescale": false, "web-history": false },
    },
  };
}

/**
 * `GET /jobmanager/config` (and a job's `/jobmanager/config`): the cluster's configuration with the
 * values of sensitive keys hidden, as Flink's handler does with its own version's key list.
 */
export function jobManagerConfig(state: ClusterState): RouteReply<"/jobmanager/config", "get"> {
  return {
    status: 200,
    body: Object.entries(state.clusterConfig).map(([key, value]) => ({
      key,
      value: isSensitiveKey(key, state.flinkVersion) ? HIDDEN_CONTENT : value,
    })),
  };
}

export function clusterOverview(state: ClusterState): RouteReply<"/overview", "get"> {
  const jobs = [...state.jobs.values()];
  const used = jobs.filter((j) => !isTerminalJobState(j.state)).reduce((n, j) => n + j.parallelism, 0);
  return {
    status: 200,
    body: {
      taskmanagers: 1,
      "slots-total": state.slots,
      "slots-available": Math.max(0, state.slots - used),
      "jobs-running": jobs.filter((j) => !isTerminalJobState(j.state)).length,
      "jobs-finished": jobs.filter((j) => j.state === "FINISHED").length,
      "jobs-cancelled": jobs.filter((j) => j.state === "CANCELED").length,
      "jobs-failed": jobs.filter((j) => j.state === "FAILED").length,
      "flink-version": state.flinkVersion,
      "flink-commit": "fake",
    },
  };
}

/** Every job, each shown once more (a scripted job may move on). */
function observedJobs(state: ClusterState): FakeJob[] {
  const jobs = [...state.jobs.values()];
  for (const job of jobs) {
    state.scripts.observe(job, state.now());
  }
  return jobs;
}

export function listJobs(state: ClusterState): RouteReply<"/jobs", "get"> {
  return { status: 200, body: { jobs: observedJobs(state).map((j) => ({ id: j.id, status: j.state })) } };
}

export function jobsOverview(state: ClusterState): RouteReply<"/jobs/overview", "get"> {
  const jobs = observedJobs(state);
  const ctx = context(state);
  return { status: 200, body: { jobs: jobs.map((job) => jobOverview(job, ctx)) } };
}

/** `GET /jobs/overview` as the JSON text on the wire (the same rows, serialized once per job shape); each job is shown once more. */
export function jobsOverviewText(state: ClusterState): string {
  return jobsOverviewJson(observedJobs(state), context(state));
}

/** A view of one job, or Flink's 404 for an unknown one. */
function view<B>(
  state: ClusterState,
  jobId: string,
  build: (job: FakeJob, ctx: ViewContext) => B,
): Reply<B> | Reply<ErrorBody> {
  const job = state.jobs.get(jobId);
  return job ? { status: 200, body: build(job, context(state)) } : notFound(`Job ${jobId} not found`);
}

/** A view that shows the job's state: a scripted job may move on first. */
function stateView<B>(
  state: ClusterState,
  jobId: string,
  build: (job: FakeJob, ctx: ViewContext) => B,
): Reply<B> | Reply<ErrorBody> {
  const job = state.jobs.get(jobId);
  if (job) {
    state.scripts.observe(job, state.now());
  }
  return view(state, jobId, build);
}

export const jobRoutes = {
  details: (state: ClusterState, jobId: string): RouteReply<"/jobs/{jobid}", "get"> =>
    stateView(state, jobId, jobDetails),
  config: (state: ClusterState, jobId: string): RouteReply<"/jobs/{jobid}/config", "get"> =>
    view(state, jobId, jobConfig),
  plan: (state: ClusterState, jobId: string): RouteReply<"/jobs/{jobid}/plan", "get"> =>
    view(state, jobId, (job) => ({ plan: jobPlan(job) })),
  exceptions: (state: ClusterState, jobId: string): RouteReply<"/jobs/{jobid}/exceptions", "get"> =>
    view(state, jobId, jobExceptions),
  checkpointConfig: (state: ClusterState, jobId: string): RouteReply<"/jobs/{jobid}/checkpoints/config", "get"> =>
    view(state, jobId, checkpointConfig),
  checkpoints: (state: ClusterState, jobId: string): RouteReply<"/jobs/{jobid}/checkpoints", "get"> =>
    view(state, jobId, checkpointStatistics),
  /**
   * `GET /jobs/{jobid}/status`. Unlike `/jobs/{jobid}`, this asks the dispatcher directly, which
   * answers an unknown job with 500 and FlinkJobNotFoundException, not 404 (1.19, 1.20, 2.3).
   */
  status: (state: ClusterState, jobId: string): RouteReply<"/jobs/{jobid}/status", "get"> => {
    const job = state.jobs.get(jobId);
    if (job) {
      state.scripts.observe(job, state.now());
    }
    return job ? { status: 200, body: jobStatus(job) } : internalServerError(dispatcherJobNotFound(jobId));
  },
};

/** Ends a job in a terminal state. */
export function finish(state: ClusterState, job: FakeJob, end: FakeJob["state"]): void {
  job.state = end;
  job.endTime = state.now();
}

/** `PATCH /jobs/{jobid}?mode=cancel`. */
export function cancelJob(state: ClusterState, jobId: string): RouteReply<"/jobs/{jobid}", "patch"> {
  const job = state.jobs.get(jobId);
  if (!job) {
    return restHandlerError(404, "Job could not be found.");
  }
  // Like Flink's dispatcher (real 1.19, 1.20, 2.3): cancelling a cancelled job is accepted
  // again; a job that ended otherwise is a conflict.
  if (isTerminalJobState(job.state) && job.state !== "CANCELED") {
    return restHandlerError(
      409,
      `Job cancellation failed because the job has already reached another terminal state (${job.state}).`,
    );
  }
  if (!isTerminalJobState(job.state)) {
    state.scripts.stop(jobId);
    finish(state, job, "CANCELED");
  }
  return { status: 202, body: {} };
}

/** `rest.server.max-content-length` as the cluster reads it (its configuration, else Flink's default). */
export function maxContentLength(state: ClusterState): number {
  const config = new Map(Object.entries(state.clusterConfig));
  const value = settingOf(config, "rest.server.max-content-length", state.flinkVersion, state.facts);
  const bytes = Number(value);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new Error(`rest.server.max-content-length is ${JSON.stringify(value)}, not a positive number of bytes`);
  }
  return bytes;
}
