/**
 * Savepoints, stop-with-savepoint and checkpoints on the fake cluster: triggers answer 202 with a
 * trigger id, and the operation completes at once (or has already failed, as Flink reports it).
 */

import { isTerminalJobState } from "../../jobs/job-state.js";
import { settingOf } from "../../options/read-option.js";
import { notFound } from "../flink-errors.js";
import { serializedThrowable } from "../serialized-throwable.js";
import type { Reply, RouteReply } from "../typed-route.js";
import type { FakeJob } from "../views/fake-job.js";
import { dispatcherJobNotFound, finish } from "./jobs.js";
import { knownSavepoint, qualifiedPath } from "./savepoint-paths.js";
import type { ClusterState, FakeOperation } from "./state.js";

type Trigger = Reply<{ "request-id": string }>;

/** Accepts a trigger (202) whose operation has already failed, as Flink reports such failures. */
function failedOperation(
  state: ClusterState,
  jobId: string,
  kind: FakeOperation["kind"],
  requestedTriggerId: string | undefined,
  failure: string,
): Trigger {
  const triggerId = requestedTriggerId ?? state.randomHex();
  state.operations.set(`${jobId}/${triggerId}`, { jobId, kind, failure });
  return { status: 202, body: { "request-id": triggerId } };
}

/**
 * An operation on a job the dispatcher does not run (unknown or ended): Flink accepts the
 * trigger and the operation then fails (checked on real 1.19, 1.20 and 2.3).
 */
function unknownJobOperation(
  state: ClusterState,
  jobId: string,
  kind: FakeOperation["kind"],
  requestedTriggerId: string | undefined,
): Trigger {
  const notFound = dispatcherJobNotFound(jobId);
  const failure = `java.util.concurrent.CompletionException: ${notFound}\nCaused by: ${notFound}`;
  return failedOperation(state, jobId, kind, requestedTriggerId, failure);
}

/** The directory a savepoint goes to: the request's, else the cluster's default savepoint directory. */
function savepointDir(state: ClusterState, requested: string | undefined): string | undefined {
  const config = new Map(Object.entries(state.clusterConfig));
  return requested ?? settingOf(config, "execution.checkpointing.savepoint-dir", state.flinkVersion, state.facts);
}

/** The failure a test asked for, if this operation is one of those it made fail. */
function takeSnapshotFault(state: ClusterState, jobId: string, kind: FakeOperation["kind"]): string | undefined {
  const fault = state.snapshotFaults.find(
    (f) => f.remaining > 0 && f.kinds.includes(kind) && (f.jobId === undefined || f.jobId === jobId),
  );
  if (!fault) {
    return undefined;
  }
  fault.remaining -= 1;
  return fault.cause;
}

function triggerSnapshot(
  state: ClusterState,
  jobId: string,
  kind: "savepoint" | "stop",
  dir: string | undefined,
  requestedTriggerId: string | undefined,
  after: (job: FakeJob) => void,
): Trigger {
  const job = state.jobs.get(jobId);
  // An ended job is no longer running in the dispatcher: the trigger fails like an unknown job's.
  if (!job || isTerminalJobState(job.state)) {
    return unknownJobOperation(state, jobId, kind, requestedTriggerId);
  }
  if (dir === undefined) {
    return failedOperation(
      state,
      jobId,
      kind,
      requestedTriggerId,
      "java.lang.IllegalStateException: No savepoint directory configured. You can either specify a directory while cancelling via -s :targetDirectory or configure a cluster-wide default via key 'execution.checkpointing.savepoint-dir'.",
    );
  }
  const fault = takeSnapshotFault(state, jobId, kind);
  if (fault) {
    return failedOperation(state, jobId, kind, requestedTriggerId, fault);
  }
  const triggerId = requestedTriggerId ?? state.randomHex();
  const location = `${qualifiedPath(dir)}/savepoint-${jobId.slice(0, 6)}-${state.randomHex().slice(0, 12)}`;
  state.savepoints.add(location);
  state.operations.set(`${jobId}/${triggerId}`, { jobId, kind, location });
  after(job);
  return { status: 202, body: { "request-id": triggerId } };
}

/** `POST /jobs/{jobid}/savepoints`. */
export function triggerSavepoint(
  state: ClusterState,
  jobId: string,
  body: { "target-directory"?: string; "cancel-job"?: boolean; triggerId?: string },
): RouteReply<"/jobs/{jobid}/savepoints", "post"> {
  const dir = savepointDir(state, body["target-directory"]);
  return triggerSnapshot(state, jobId, "savepoint", dir, body.triggerId, (job) => {
    if (body["cancel-job"]) {
      state.scripts.stop(jobId);
      finish(state, job, "CANCELED");
    }
  });
}

/** `POST /jobs/{jobid}/stop`. */
export function stopWithSavepoint(
  state: ClusterState,
  jobId: string,
  body: { targetDirectory?: string; drain?: boolean; triggerId?: string },
): RouteReply<"/jobs/{jobid}/stop", "post"> {
  const dir = savepointDir(state, body.targetDirectory);
  return triggerSnapshot(state, jobId, "stop", dir, body.triggerId, (job) => {
    state.scripts.stop(jobId);
    finish(state, job, "FINISHED");
  });
}

/** `POST /jobs/{jobid}/checkpoints`. */
export function triggerCheckpoint(
  state: ClusterState,
  jobId: string,
  body: { triggerId?: string },
): RouteReply<"/jobs/{jobid}/checkpoints", "post"> {
  const job = state.jobs.get(jobId);
  if (!job || isTerminalJobState(job.state)) {
    return unknownJobOperation(state, jobId, "checkpoint", body.triggerId);
  }
  const fault = takeSnapshotFault(state, jobId, "checkpoint");
  if (fault) {
    return failedOperation(state, jobId, "checkpoint", body.triggerId, fault);
  }
  const triggerId = body.triggerId ?? state.randomHex();
  job.checkpointCount += 1;
  state.operations.set(`${jobId}/${triggerId}`, { jobId, kind: "checkpoint" });
  return { status: 202, body: { "request-id": triggerId } };
}

/** Status of a savepoint / stop / checkpoint trigger: the fake completes them at once. */
export function operationStatus(
  state: ClusterState,
  jobId: string,
  triggerId: string,
  kind: "savepoint" | "checkpoint",
):
  | RouteReply<"/jobs/{jobid}/savepoints/{triggerid}", "get">
  | RouteReply<"/jobs/{jobid}/checkpoints/{triggerid}", "get"> {
  const op = state.operations.get(`${jobId}/${triggerId}`);
  if (!op || (kind === "checkpoint") !== (op.kind === "checkpoint")) {
    // Flink's text for a savepoint trigger it does not know (a new leader's answer; seen on 2.3).
    return notFound(
      kind === "savepoint"
        ? `There is no savepoint operation with triggerId=${triggerId} for job ${jobId}.`
        : `There is no operation with trigger id ${triggerId} for job ${jobId}.`,
    );
  }
  const cause =
    op.failure === undefined
      ? undefined
      : {
          class: op.failure.split(":", 1)[0] as string,
          "stack-trace": op.failure,
          // Flink's Java client deserialises it (an empty one makes it retry for a minute and a half).
          "serialized-throwable": serializedThrowable(op.failure),
        };
  // Flink spells the failure field differently per operation: savepoints `failure-cause`,
  // checkpoints `failureCause` (real 1.19, 1.20, 2.3).
  const operation =
    kind === "checkpoint"
      ? cause
        ? { failureCause: cause }
        : { checkpointId: state.jobs.get(jobId)?.checkpointCount ?? 1 }
      : cause
        ? { "failure-cause": cause }
        : { location: op.location };
  return { status: 200, body: { status: { id: "COMPLETED" }, operation } };
}

/** `POST /savepoint-disposal`: the savepoint goes (a path the cluster does not know fails, as a missing file does). */
export function disposeSavepoint(
  state: ClusterState,
  body: { "savepoint-path"?: string },
): RouteReply<"/savepoint-disposal", "post"> {
  const path = body["savepoint-path"] ?? "";
  const triggerId = state.randomHex();
  const stored = knownSavepoint(state, path);
  const known = stored !== undefined && state.savepoints.delete(stored);
  state.operations.set(`disposal/${triggerId}`, {
    jobId: "",
    kind: "disposal",
    ...(known
      ? {}
      : {
          failure: `java.io.FileNotFoundException: Cannot find checkpoint or savepoint file/directory '${path}' on file system 'file'.`,
        }),
  });
  return { status: 202, body: { "request-id": triggerId } };
}

/** `GET /savepoint-disposal/{triggerid}`: completed at once. */
export function disposalStatus(
  state: ClusterState,
  triggerId: string,
): RouteReply<"/savepoint-disposal/{triggerid}", "get"> {
  const op = state.operations.get(`disposal/${triggerId}`);
  if (!op) {
    return notFound(`There is no savepoint disposal with trigger id ${triggerId}.`);
  }
  const operation =
    op.failure === undefined
      ? {}
      : {
          "failure-cause": {
            class: op.failure.split(":", 1)[0] as string,
            "stack-trace": op.failure,
            "serialized-throwable": "",
          },
        };
  return { status: 200, body: { status: { id: "COMPLETED" }, operation } };
}
