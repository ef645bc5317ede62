/**
 * The REST views of a fake job that show its state and shape (status, overview, details, plan,
 * exceptions), in Flink's wire format. Each view is built for the newest line and the contract
 * says which fields an older line leaves out.
 */
import { onlyFieldsOf } from "../../versions/answers.js";
import {
  defaultMaxParallelism,
  EXECUTION_STATES,
  executionStateOf,
  type FakeJob,
  hexFrom,
  JOB_STATES,
  VERTEX_NAMES,
  type ViewContext,
  zeroCounts,
} from "./fake-job.js";

export type { FakeJob, ViewContext } from "./fake-job.js";
export { type JobOverviewRow, jobOverview, jobsOverviewJson } from "./job-overview.js";

const durationOf = (job: FakeJob, now: number) => (job.endTime ?? now) - job.startTime;

/** `GET /jobs/{jobid}/status`. */
export function jobStatus(job: FakeJob) {
  return { status: job.state };
}

function vertices(job: FakeJob, ctx: ViewContext) {
  const taskState = executionStateOf(job.state);
  const slotSharingGroupId = hexFrom(job.id, 99);
  return VERTEX_NAMES.map((name, i) =>
    onlyFieldsOf(ctx.version, "JobDetailsVertexInfo", {
      id: hexFrom(job.id, i + 1),
      slotSharingGroupId,
      name,
      maxParallelism: job.maxParallelism > 0 ? job.maxParallelism : defaultMaxParallelism(job.parallelism),
      parallelism: job.parallelism,
      status: taskState,
      "start-time": job.startTime,
      "end-time": job.endTime ?? -1,
      duration: durationOf(job, ctx.now),
      tasks: { ...zeroCounts(EXECUTION_STATES), [taskState]: job.parallelism },
      metrics: {},
    }),
  );
}

/** The job graph, as `GET /jobs/{jobid}/plan` and `/jars/{jarid}/plan` show it. */
export function jobPlan(job: FakeJob) {
  const ids = VERTEX_NAMES.map((_, i) => hexFrom(job.id, i + 1));
  return {
    jid: job.id,
    name: job.name,
    type: job.jobType ?? "STREAMING",
    nodes: VERTEX_NAMES.map((name, i) => ({
      id: ids[i] as string,
      parallelism: job.parallelism,
      operator: "",
      operator_strategy: "",
      description: name,
      optimizer_properties: {},
      ...(i > 0
        ? { inputs: [{ num: 0, id: ids[0] as string, ship_strategy: "HASH", exchange: "pipelined_bounded" }] }
        : {}),
    })),
  };
}

/** `GET /jobs/{jobid}`. */
export function jobDetails(job: FakeJob, ctx: ViewContext) {
  const list = vertices(job, ctx);
  return onlyFieldsOf(ctx.version, "JobDetailsInfo", {
    jid: job.id,
    name: job.name,
    isStoppable: false,
    state: job.state,
    "job-type": job.jobType ?? "STREAMING",
    "application-id": job.applicationId ?? job.id,
    "pending-operators": 0,
    schedulerType: job.jobType === "BATCH" ? ("AdaptiveBatch" as const) : ("Default" as const),
    "start-time": job.startTime,
    "end-time": job.endTime ?? -1,
    duration: durationOf(job, ctx.now),
    maxParallelism: job.maxParallelism,
    now: ctx.now,
    timestamps: {
      ...zeroCounts(JOB_STATES),
      INITIALIZING: job.startTime,
      CREATED: job.startTime,
      RUNNING: job.startTime,
      ...(job.endTime ? { [job.state]: job.endTime } : {}),
    },
    vertices: list,
    "status-counts": { ...zeroCounts(EXECUTION_STATES), [executionStateOf(job.state)]: list.length },
    plan: jobPlan(job),
  });
}

/** `GET /jobs/{jobid}/exceptions`: the history, and before 2.0 also the old top-level fields. */
export function jobExceptions(job: FakeJob, ctx: ViewContext) {
  return onlyFieldsOf(ctx.version, "JobExceptionsInfoWithHistory", {
    "root-exception": job.failure ?? null,
    timestamp: job.failure ? (job.endTime ?? null) : null,
    "all-exceptions": [],
    truncated: false,
    exceptionHistory: {
      entries: job.failure
        ? [
            {
              exceptionName: job.failure.split(":")[0] as string,
              stacktrace: job.failure,
              timestamp: job.endTime ?? ctx.now,
              taskName: null,
              endpoint: null,
              taskManagerId: null,
              failureLabels: {},
              concurrentExceptions: [],
            },
          ]
        : [],
      truncated: false,
    },
  });
}
