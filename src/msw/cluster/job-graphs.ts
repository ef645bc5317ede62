/**
 * `POST /jobs`: how Flink's Java client (the `flink run` CLI, RestClusterClient) submits a job: a
 * multipart body with a `request` part (JSON naming the files) and the job graph that the client
 * built, Java-serialized (a JobGraph up to 1.20, a StreamGraph, "execution plan", from 2.0). The
 * fake reads the job's id, name and configuration from the graph and runs the job; it runs no
 * user code (the graph is already built). Not in Flink's REST documentation from 2.0, so not in
 * the contract either; real 1.19, 1.20 and 2.3 serve it.
 */
import { type ErrorBody, internalServerError, restHandlerError } from "../flink-errors.js";
import { abstractIdHex, type JavaObject, JavaStreamError, readJavaObject } from "../java-serialization.js";
import type { Reply } from "../typed-route.js";
import type { FakeJob } from "../views/fake-job.js";
import { registerSingleJobApplication } from "./applications.js";
import type { ClusterState } from "./state.js";

/** The parts of a `POST /jobs` body: the `request` part's text, and the uploaded files by name. */
export interface JobSubmission {
  readonly request: string | undefined;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

const DEFAULT_JOB_NAME = "Flink Streaming Job";

/**
 * Flink calls the graph an ExecutionPlan from 2.0, whose clients name it `executionPlanFileName`
 * (the server still says jobGraphFileName when the field is missing); 1.x clients and servers say JobGraph.
 */
function graphWord(request: { executionPlanFileName?: string }): string {
  return request.executionPlanFileName === undefined ? "JobGraph" : "ExecutionPlan";
}

/** The key/value pairs a Java HashMap wrote (its writeObject data). */
function hashMapEntries(map: unknown): Record<string, string> {
  const written = (map as JavaObject | undefined)?.written?.["java.util.HashMap"] ?? [];
  const items = written.filter((item) => item !== undefined);
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < items.length; i += 2) {
    out[String(items[i])] = String(items[i + 1]);
  }
  return out;
}

function configurationOf(graph: JavaObject): Record<string, string> {
  const conf = (graph.fields.jobConfiguration as JavaObject | undefined)?.fields.confData;
  return conf ? hashMapEntries(conf) : {};
}

/** `POST /jobs` with the parts of its multipart body. */
export function submitJobGraph(state: ClusterState, submission: JobSubmission): Reply<{ jobUrl: string } | ErrorBody> {
  let request: { jobGraphFileName?: string; executionPlanFileName?: string };
  try {
    request = JSON.parse(submission.request ?? "null") ?? {};
  } catch {
    return restHandlerError(400, "Request did not match expected format JobSubmitRequestBody.");
  }
  const word = graphWord(request);
  const fileName = request.executionPlanFileName ?? request.jobGraphFileName;
  if (!fileName) {
    return restHandlerError(400, "The jobGraphFileName field must not be omitted or be null.");
  }
  const bytes = submission.files.get(fileName);
  if (!bytes) {
    return {
      status: 400,
      body: {
        errors: [
          `org.apache.flink.runtime.rest.handler.job.JobSubmitHandler$MissingFileException: ${word} file ${fileName} could not be found on the server.`,
        ],
      },
    };
  }
  let graph: JavaObject;
  try {
    graph = readJavaObject(bytes) as JavaObject;
  } catch (error) {
    const header = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join("");
    const cause =
      error instanceof JavaStreamError && error.message.startsWith("not a Java")
        ? `java.io.StreamCorruptedException: invalid stream header: ${header.toUpperCase()}`
        : `java.io.IOException: ${(error as Error).message}`;
    return restHandlerError(400, `Failed to deserialize ${word}.`, cause);
  }
  const jobId = abstractIdHex(graph.fields.jobID ?? graph.fields.jobId) ?? state.randomHex();
  if (state.jobs.has(jobId)) {
    return internalServerError(
      `org.apache.flink.runtime.client.DuplicateJobSubmissionException: Job has already been submitted. JobID: ${jobId}`,
    );
  }
  const configuration = configurationOf(graph);
  const parallelism = Number.parseInt(configuration["parallelism.default"] ?? "", 10);
  const job: FakeJob = {
    id: jobId,
    jarId: fileName,
    name: typeof graph.fields.jobName === "string" ? graph.fields.jobName : DEFAULT_JOB_NAME,
    state: "RUNNING",
    startTime: state.now(),
    endTime: undefined,
    parallelism: parallelism > 0 ? parallelism : 1,
    maxParallelism: -1,
    objectReuse: configuration["pipeline.object-reuse"] === "true",
    userConfig: {},
    configuration,
    checkpointInterval: undefined,
    restoredFrom: undefined,
    checkpointCount: 0,
    failure: undefined,
  };
  state.jobs.set(jobId, job);
  // 2.3's Dispatcher wraps every job it is given in a SingleJobApplication, as it does /run's.
  registerSingleJobApplication(state, job);
  state.scripts.submitted(job, state.now());
  return { status: 202, body: { jobUrl: `/jobs/${jobId}` } };
}
