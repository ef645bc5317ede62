/**
 * A stateful fake Flink session cluster: jars, jobs and savepoints, with Flink's answers for the
 * target version. Transport-neutral (no msw here): operations return `{ status, body }`, and the
 * handlers in `./handlers.ts` put them on the wire. The work is in `./cluster/`; this class is
 * the one object tests and handlers hold.
 */
import type { Diagnostic } from "../options/diagnostics.js";
import type { RunQuery } from "../run/parse-query.js";
import { advance, applicationRoutes } from "./cluster/applications.js";
import { deleteJar, listJars, uploadJar } from "./cluster/jars.js";
import { type JobSubmission, submitJobGraph } from "./cluster/job-graphs.js";
import {
  cancelJob,
  clusterOverview,
  dashboardConfig,
  jobManagerConfig,
  jobRoutes,
  jobsOverview,
  jobsOverviewText,
  listJobs,
  maxContentLength,
} from "./cluster/jobs.js";
import type { FakeProgram } from "./cluster/programs.js";
import { runApplication } from "./cluster/run-application.js";
import {
  disposalStatus,
  disposeSavepoint,
  operationStatus,
  stopWithSavepoint,
  triggerCheckpoint,
  triggerSavepoint,
} from "./cluster/snapshots.js";
import {
  ClusterState,
  type FakeClusterOptions,
  type FakeJar,
  type ResolvedRequest,
  type RunDiagnostics,
} from "./cluster/state.js";
import { planJar, runJar } from "./cluster/submissions.js";
import { FakeJobControl } from "./job-control.js";
import { RequestLog } from "./request-log.js";
import type { Reply, RouteReply } from "./typed-route.js";
import type { FakeApplication } from "./views/fake-application.js";
import type { FakeJob } from "./views/fake-job.js";

export type { FakeClusterOptions, FakeJar, FakeTimings, RunDiagnostics } from "./cluster/state.js";

export class FakeFlinkCluster {
  readonly #state: ClusterState;
  /** Every request the handlers served, as sent (`mock.requests`). */
  readonly requestLog = new RequestLog();
  /** Job states, failures, scripts and failing savepoints (`mock.jobs`). */
  readonly jobControl: FakeJobControl;

  constructor(options: FakeClusterOptions = {}) {
    this.#state = new ClusterState(options);
    this.jobControl = new FakeJobControl(this.#state);
  }

  /** Back to the state it was created with: no jars, jobs, savepoints, scripts, or logged requests. */
  reset(): void {
    this.#state.reset();
    this.requestLog.clear();
  }

  /**
   * A new leader took over: the savepoint, stop and checkpoint triggers it did not start are
   * unknown to it (their status answers 404), as on real Flink. Jobs and savepoints stay.
   */
  forgetOperations(): void {
    this.#state.operations.clear();
  }

  /** What the last /run or /plan request resolved to (the configuration main() got, the job). */
  get lastResolved(): ResolvedRequest | undefined {
    return this.#state.lastResolved;
  }

  /** The version the cluster answers as, in full ("2.3.0"). */
  get flinkVersion(): string {
    return this.#state.flinkVersion;
  }

  /** The cluster's own configuration (what `GET /jobmanager/config` shows). */
  get clusterConfig(): Readonly<Record<string, string>> {
    return this.#state.clusterConfig;
  }

  /** Uploaded jars by id. */
  get jars(): Map<string, FakeJar> {
    return this.#state.jars;
  }

  /** Jobs by id. */
  get jobs(): Map<string, FakeJob> {
    return this.#state.jobs;
  }

  /** Applications by id (Flink 2.3+; each job of /run has one too). */
  get applications(): Map<string, FakeApplication> {
    return this.#state.applications;
  }

  /**
   * Applies what has come due by now (`now` option's clock): bounded jobs finish, applications
   * follow their jobs, cancelled ones turn CANCELED. The handlers call it before each request.
   */
  advance(): void {
    advance(this.#state);
  }

  /** Savepoint paths that exist (taken by this cluster, or registered by a test). */
  get savepoints(): Set<string> {
    return this.#state.savepoints;
  }

  /** The findings of every run request Flink got past its own checks, oldest first (`diagnostics: true`). */
  get diagnostics(): RunDiagnostics[] {
    return this.#state.diagnostics;
  }

  /** The findings recorded for the run that created `jobId` (`diagnostics: true`). */
  diagnosticsFor(jobId: string): readonly Diagnostic[] {
    return this.#state.diagnostics.find((d) => d.jobId === jobId)?.diagnostics ?? [];
  }

  /** Registers a simulated program under an entry class. */
  registerProgram(entryClass: string, program: FakeProgram): void {
    this.#state.programs.set(entryClass, program);
  }

  // ---- cluster ----------------------------------------------------------------------------

  dashboardConfig(): RouteReply<"/config", "get"> {
    return dashboardConfig(this.#state);
  }

  jobManagerConfig(): RouteReply<"/jobmanager/config", "get"> {
    return jobManagerConfig(this.#state);
  }

  overview(): RouteReply<"/overview", "get"> {
    return clusterOverview(this.#state);
  }

  /** The largest request body (other than an upload) the cluster reads: `rest.server.max-content-length`. */
  maxContentLength(): number {
    return maxContentLength(this.#state);
  }

  // ---- jars -------------------------------------------------------------------------------

  /** `POST /jars/upload` with the multipart files that were sent. */
  uploadJar(files: ReadonlyArray<{ name: string; size: number }>): RouteReply<"/jars/upload", "post"> {
    return uploadJar(this.#state, files);
  }

  listJars(): RouteReply<"/jars", "get"> {
    return listJars(this.#state);
  }

  deleteJar(jarId: string): RouteReply<"/jars/{jarid}", "delete"> {
    return deleteJar(this.#state, jarId);
  }

  /** `POST /jars/{jarid}/run` with the parsed JSON body (undefined when empty) and the query. */
  runJar(jarId: string, body: unknown, query: RunQuery): RouteReply<"/jars/{jarid}/run", "post"> {
    return runJar(this.#state, jarId, body, query);
  }

  /** `POST /jars/{jarid}/plan`: the job graph the program would submit, without running it. */
  planJar(jarId: string, body: unknown, query: RunQuery): RouteReply<"/jars/{jarid}/plan", "post"> {
    return planJar(this.#state, jarId, body, query);
  }

  /**
   * `POST /jobs`, as Flink's Java client (the `flink run` CLI) submits a job graph it built: the
   * multipart body's `request` part and its files by name.
   */
  submitJobGraph(submission: JobSubmission): Reply<{ jobUrl: string } | { errors: string[] }> {
    return submitJobGraph(this.#state, submission);
  }

  /** `POST /jars/{jarid}/run-application` (2.3+): 202 with the application's id; main() has run by then. */
  runApplication(jarId: string, body: unknown, query: RunQuery): RouteReply<"/jars/{jarid}/run-application", "post"> {
    return runApplication(this.#state, jarId, body, query);
  }

  // ---- applications (2.3+) ----------------------------------------------------------------

  applicationsOverview(): RouteReply<"/applications/overview", "get"> {
    return applicationRoutes.overview(this.#state);
  }

  applicationDetails(applicationId: string): RouteReply<"/applications/{applicationid}", "get"> {
    return applicationRoutes.details(this.#state, applicationId);
  }

  applicationExceptions(applicationId: string): RouteReply<"/applications/{applicationid}/exceptions", "get"> {
    return applicationRoutes.exceptions(this.#state, applicationId);
  }

  applicationConfig(applicationId: string): RouteReply<"/applications/{applicationid}/jobmanager/config", "get"> {
    return applicationRoutes.config(this.#state, applicationId);
  }

  cancelApplication(applicationId: string): RouteReply<"/applications/{applicationid}/cancel", "post"> {
    return applicationRoutes.cancel(this.#state, applicationId);
  }

  // ---- jobs -------------------------------------------------------------------------------

  listJobs(): RouteReply<"/jobs", "get"> {
    return listJobs(this.#state);
  }

  jobsOverview(): RouteReply<"/jobs/overview", "get"> {
    return jobsOverview(this.#state);
  }

  /** `GET /jobs/overview` as the JSON text the handlers send (each job's row serialized once per change). */
  jobsOverviewJson(): string {
    return jobsOverviewText(this.#state);
  }

  jobDetails(jobId: string): RouteReply<"/jobs/{jobid}", "get"> {
    return jobRoutes.details(this.#state, jobId);
  }

  /** `GET /jobs/{jobid}/status`: an unknown job is a 500 from the dispatcher, as on real Flink. */
  jobStatus(jobId: string): RouteReply<"/jobs/{jobid}/status", "get"> {
    return jobRoutes.status(this.#state, jobId);
  }

  jobConfig(jobId: string): RouteReply<"/jobs/{jobid}/config", "get"> {
    return jobRoutes.config(this.#state, jobId);
  }

  jobPlan(jobId: string): RouteReply<"/jobs/{jobid}/plan", "get"> {
    return jobRoutes.plan(this.#state, jobId);
  }

  jobExceptions(jobId: string): RouteReply<"/jobs/{jobid}/exceptions", "get"> {
    return jobRoutes.exceptions(this.#state, jobId);
  }

  checkpointConfig(jobId: string): RouteReply<"/jobs/{jobid}/checkpoints/config", "get"> {
    return jobRoutes.checkpointConfig(this.#state, jobId);
  }

  checkpointStatistics(jobId: string): RouteReply<"/jobs/{jobid}/checkpoints", "get"> {
    return jobRoutes.checkpoints(this.#state, jobId);
  }

  /** `PATCH /jobs/{jobid}?mode=cancel`. */
  cancelJob(jobId: string): RouteReply<"/jobs/{jobid}", "patch"> {
    return cancelJob(this.#state, jobId);
  }

  // ---- savepoints and checkpoints ---------------------------------------------------------

  triggerSavepoint(
    jobId: string,
    body: { "target-directory"?: string; "cancel-job"?: boolean; triggerId?: string },
  ): RouteReply<"/jobs/{jobid}/savepoints", "post"> {
    return triggerSavepoint(this.#state, jobId, body);
  }

  stopWithSavepoint(
    jobId: string,
    body: { targetDirectory?: string; drain?: boolean; triggerId?: string },
  ): RouteReply<"/jobs/{jobid}/stop", "post"> {
    return stopWithSavepoint(this.#state, jobId, body);
  }

  triggerCheckpoint(jobId: string, body: { triggerId?: string }): RouteReply<"/jobs/{jobid}/checkpoints", "post"> {
    return triggerCheckpoint(this.#state, jobId, body);
  }

  /** `POST /savepoint-disposal`. */
  disposeSavepoint(body: { "savepoint-path"?: string }): RouteReply<"/savepoint-disposal", "post"> {
    return disposeSavepoint(this.#state, body);
  }

  /** `GET /savepoint-disposal/{triggerid}`. */
  disposalStatus(triggerId: string): RouteReply<"/savepoint-disposal/{triggerid}", "get"> {
    return disposalStatus(this.#state, triggerId);
  }

  operationStatus(
    jobId: string,
    triggerId: string,
    kind: "savepoint" | "checkpoint",
  ):
    | RouteReply<"/jobs/{jobid}/savepoints/{triggerid}", "get">
    | RouteReply<"/jobs/{jobid}/checkpoints/{triggerid}", "get"> {
    return operationStatus(this.#state, jobId, triggerId, kind);
  }
}
