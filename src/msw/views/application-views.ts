/**
 * The REST views of a fake application (Flink 2.3+), in Flink's wire format: a row of
 * `/applications/overview`, `/applications/{id}` and its exception history.
 */
import { isTerminalJobState } from "../../jobs/job-state.js";
import type { FakeApplication } from "./fake-application.js";
import type { FakeJob, ViewContext } from "./fake-job.js";
import { jobOverview } from "./job-overview.js";

function endOf(app: FakeApplication): number {
  const end = app.timestamps[app.status];
  return app.status === "FINISHED" || app.status === "FAILED" || app.status === "CANCELED" ? end : -1;
}

/** How many jobs are in each job status; statuses without a job are left out, as Flink does. */
function jobCounts(jobs: readonly FakeJob[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const job of jobs) {
    counts[job.state] = (counts[job.state] ?? 0) + 1;
  }
  return counts;
}

/** A row of `GET /applications/overview`: its start is the CREATED time. */
export function applicationOverview(app: FakeApplication, jobs: readonly FakeJob[], ctx: ViewContext) {
  const start = app.timestamps.CREATED;
  const end = endOf(app);
  return {
    id: app.id,
    name: app.name,
    "start-time": start,
    "end-time": end,
    duration: (end > 0 ? end : ctx.now) - start,
    status: app.status,
    jobs: jobCounts(jobs),
  };
}

/** `GET /applications/{id}`: its start is the RUNNING time; every state has a timestamp (0: not reached). */
export function applicationDetails(app: FakeApplication, jobs: readonly FakeJob[], ctx: ViewContext) {
  const start = app.timestamps.RUNNING;
  const end = endOf(app);
  return {
    id: app.id,
    name: app.name,
    status: app.status,
    "start-time": start,
    "end-time": end,
    duration: (end > 0 ? end : ctx.now) - start,
    timestamps: { ...app.timestamps },
    jobs: jobs.map((job) => jobOverview(job, ctx)),
  };
}

/** `GET /applications/{id}/exceptions`: `jobId` only where a job's failure ended the application. */
export function applicationExceptions(app: FakeApplication) {
  return {
    exceptionHistory: {
      entries: app.exceptions.map((e) => ({
        exceptionName: e.exceptionName,
        stacktrace: e.stacktrace,
        timestamp: e.timestamp,
        ...(e.jobId ? { jobId: e.jobId } : {}),
      })),
    },
  };
}

/** Whether every job has ended (an application follows its jobs once its program has returned). */
export function allEnded(jobs: readonly FakeJob[]): boolean {
  return jobs.every((job) => isTerminalJobState(job.state));
}
