/**
 * One job's row of `GET /jobs/overview` (also the `jobs` of an application's details), and the
 * whole answer as JSON text. Fleet watchers poll this answer once per interval whatever the
 * number of jobs, so its cost per job matters: what the line sends is decided once per line, and
 * each job's row is serialized once per shape (state, end, name, parallelism) and reused; only
 * its `duration` is written per call.
 */

import { ANSWER_FIELD_RANGES } from "../../../generated/contract-facts.js";
import type { JobState } from "../../jobs/job-state.js";
import { inLines } from "../../versions/contract.js";
import { EXECUTION_STATES, executionStateOf, type FakeJob, VERTEX_NAMES, type ViewContext } from "./fake-job.js";

/** A row of `/jobs/overview` as Flink 2.3 writes it (older lines leave out what they lack). */
export interface JobOverviewRow {
  jid: string;
  name: string;
  jobType?: "BATCH" | "STREAMING";
  schedulerType?: "Default" | "AdaptiveBatch";
  "start-time": number;
  "end-time": number;
  duration: number;
  state: JobState;
  "last-modification": number;
  tasks: Record<string, number>;
  "pending-operators"?: number;
}

/** Which of the newer row fields a line sends, decided once per line from the contract. */
interface LineFields {
  readonly jobType: boolean;
  readonly schedulerType: boolean;
  readonly pendingOperators: boolean;
}

const lineFields = new Map<string, LineFields>();

function fieldsOf(version: string): LineFields {
  let fields = lineFields.get(version);
  if (!fields) {
    const ranges = ANSWER_FIELD_RANGES.JobDetails;
    fields = {
      jobType: inLines(version, ranges.jobType),
      schedulerType: inLines(version, ranges.schedulerType),
      pendingOperators: inLines(version, ranges["pending-operators"]),
    };
    lineFields.set(version, fields);
  }
  return fields;
}

/** Task counts per execution state (lower case, every state listed) plus `total`, as Flink writes them. */
function taskCounts(job: FakeJob): Record<string, number> {
  const total = VERTEX_NAMES.length * job.parallelism;
  const counts: Record<string, number> = {};
  for (const state of EXECUTION_STATES) {
    counts[state.toLowerCase()] = 0;
  }
  counts[executionStateOf(job.state).toLowerCase()] = total;
  counts.total = total;
  return counts;
}

const durationOf = (job: FakeJob, now: number) => (job.endTime ?? now) - job.startTime;

/** One row of `GET /jobs/overview`. */
export function jobOverview(job: FakeJob, ctx: ViewContext): JobOverviewRow {
  const fields = fieldsOf(ctx.version);
  const jobType = job.jobType ?? "STREAMING";
  return {
    jid: job.id,
    name: job.name,
    ...(fields.jobType ? { jobType } : {}),
    ...(fields.schedulerType ? { schedulerType: jobType === "BATCH" ? "AdaptiveBatch" : "Default" } : {}),
    "start-time": job.startTime,
    "end-time": job.endTime ?? -1,
    duration: durationOf(job, ctx.now),
    state: job.state,
    "last-modification": job.endTime ?? job.startTime,
    tasks: taskCounts(job),
    ...(fields.pendingOperators ? { "pending-operators": 0 } : {}),
  };
}

/** A row serialized around its duration, for as long as the job keeps the shape it was written for. */
interface SerializedRow {
  readonly shape: string;
  readonly head: string;
  readonly tail: string;
}

const serialized = new WeakMap<FakeJob, SerializedRow>();
const DURATION_MARKER = Number.MIN_SAFE_INTEGER;

/** What a row depends on besides the time: when any of it changes, the row is written again. */
function shapeOf(job: FakeJob, version: string): string {
  return `${version}|${job.state}|${job.endTime}|${job.name}|${job.parallelism}|${job.jobType}`;
}

function serialize(job: FakeJob, ctx: ViewContext): SerializedRow {
  const shape = shapeOf(job, ctx.version);
  const cached = serialized.get(job);
  if (cached?.shape === shape) {
    return cached;
  }
  // Written with a marker duration, then cut around it: duration is the one field time changes.
  const text = JSON.stringify({ ...jobOverview(job, ctx), duration: DURATION_MARKER });
  const marker = `"duration":${DURATION_MARKER}`;
  const at = text.indexOf(marker);
  const row = { shape, head: text.slice(0, at + '"duration":'.length), tail: text.slice(at + marker.length) };
  serialized.set(job, row);
  return row;
}

/** `GET /jobs/overview` as JSON text: `{"jobs":[...]}`, each row from its cached serialization. */
export function jobsOverviewJson(jobs: Iterable<FakeJob>, ctx: ViewContext): string {
  const parts: string[] = [];
  for (const job of jobs) {
    const row = serialize(job, ctx);
    parts.push(row.head + String(durationOf(job, ctx.now)) + row.tail);
  }
  return `{"jobs":[${parts.join(",")}]}`;
}
