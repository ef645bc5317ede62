/**
 * A stateful fake Flink session cluster: jars, jobs and savepoints, with Flink's answers for the
 * target version. Transport-neutral (no msw here): operations return `{ status, body }`, and the
 * handlers in `./handlers.ts` put them on the wire. `/run` uses the SDK's own resolver, so the
 * fake and the SDK cannot disagree about precedence.
 */
import type { Diagnostic } from "../config/diagnostics.js";
import type { OptionCatalog } from "../config/option-catalog.js";
import { lookup } from "../config/options.js";
import { type ResolvedRun, type RunQuery, resolveRunConfiguration } from "../config/resolve.js";
import { FlinkInputError } from "../errors.js";
import { isAtLeast, parseFlinkVersion } from "../internal/flink-version.js";
import { flinkOptionCatalog } from "../options/flink-option-catalog.js";
import { badParameters, type ErrorBody, internalServerError, notFound, restHandlerError } from "./flink-errors.js";
import { buildJobViews, type FakeJob, type JobState } from "./job-views.js";
import {
  CONFIG_ECHO_ENTRY_CLASS,
  configEchoProgram,
  createEnvironment,
  type FakeProgram,
  type SubmittedPipeline,
} from "./programs.js";
import type { Reply, RouteReply } from "./typed-route.js";

export interface FakeClusterOptions {
  /** Flink version to imitate, e.g. "1.19", "1.20.1", "2.3.0" (default "2.3.0"). */
  flinkVersion?: string;
  /** The cluster's own configuration (what `GET /jobmanager/config` shows). */
  clusterConfig?: Readonly<Record<string, string>>;
  /** Programs by entry class, in addition to the default config-echo program. */
  programs?: Readonly<Record<string, FakeProgram>>;
  /** Entry class every uploaded jar's manifest names (default: the config-echo job). */
  defaultEntryClass?: string;
  /** Task slots of the one fake TaskManager (default 4). */
  slots?: number;
  /** Clock, for deterministic tests (default Date.now). */
  now?: () => number;
  /** Source of random 32-hex ids (default crypto.randomUUID). */
  randomHex?: () => string;
  /** Address shown in `GET /jars` (default http://localhost:8081). */
  address?: string;
  /**
   * Record the SDK's findings about every run's flinkConfiguration in `cluster.diagnostics` (as
   * `resolveRunConfiguration` reports them). Only recorded: the fake still answers as Flink does.
   */
  diagnostics?: boolean;
  /** Option facts for those findings, e.g. `flinkOptionCatalog` from `flink-rest-client/options`. */
  catalog?: OptionCatalog;
}

/** What the SDK found in one run request (`diagnostics: true`). */
export interface RunDiagnostics {
  readonly jarId: string;
  /** The job the run created, when it created one. */
  jobId: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export interface FakeJar {
  readonly id: string;
  readonly name: string;
  readonly uploaded: number;
  readonly size: number;
  readonly path: string;
  readonly entryClass: string;
}

/** A savepoint or trigger known to the fake cluster. */
interface FakeOperation {
  readonly jobId: string;
  readonly kind: "savepoint" | "checkpoint" | "stop";
  readonly location?: string;
  /** Flink's stack-trace text of the failure; its first word is the exception's class. */
  readonly failure?: string;
}

const DEFAULT_JOB_NAME = "Flink Streaming Job";

function defaultRandomHex(): string {
  return globalThis.crypto.randomUUID().replaceAll("-", "");
}

/** "2.3" → "2.3.0", so `/config` shows a full release number as Flink does. */
function fullVersion(version: string): string {
  const { major, minor, patch } = parseFlinkVersion(version);
  return version.includes("-") ? version : `${major}.${minor}.${patch}`;
}

export class FakeFlinkCluster {
  readonly flinkVersion: string;
  readonly clusterConfig: Readonly<Record<string, string>>;
  readonly jars = new Map<string, FakeJar>();
  readonly jobs = new Map<string, FakeJob>();
  /** Savepoint paths that exist (taken by this cluster, or registered by a test). */
  readonly savepoints = new Set<string>();
  /** The findings of every run request Flink got past its own checks, oldest first (`diagnostics: true`). */
  readonly diagnostics: RunDiagnostics[] = [];
  private readonly validation: { record: boolean; catalog: OptionCatalog | undefined };
  /** Option facts for behaving like Flink (deprecated spellings): the full catalog unless given one. */
  private readonly facts: OptionCatalog;
  private readonly operations = new Map<string, FakeOperation>();
  private readonly programs = new Map<string, FakeProgram>();
  private readonly options: Required<Pick<FakeClusterOptions, "now" | "randomHex" | "slots" | "address">> & {
    defaultEntryClass: string;
  };
  private readonly jarDir: string;

  constructor(options: FakeClusterOptions = {}) {
    this.flinkVersion = fullVersion(options.flinkVersion ?? "2.3.0");
    this.clusterConfig = Object.freeze({ ...(options.clusterConfig ?? {}) });
    this.validation = { record: options.diagnostics ?? false, catalog: options.catalog };
    this.facts = options.catalog ?? flinkOptionCatalog;
    this.options = {
      now: options.now ?? Date.now,
      randomHex: options.randomHex ?? defaultRandomHex,
      slots: options.slots ?? 4,
      address: options.address ?? "http://localhost:8081",
      defaultEntryClass: options.defaultEntryClass ?? CONFIG_ECHO_ENTRY_CLASS,
    };
    this.programs.set(CONFIG_ECHO_ENTRY_CLASS, configEchoProgram);
    for (const [entryClass, program] of Object.entries(options.programs ?? {})) {
      this.programs.set(entryClass, program);
    }
    this.jarDir = `/tmp/flink-web-${this.uuid()}/flink-web-upload`;
  }

  /** The findings recorded for the run that created `jobId` (`diagnostics: true`). */
  diagnosticsFor(jobId: string): readonly Diagnostic[] {
    return this.diagnostics.find((d) => d.jobId === jobId)?.diagnostics ?? [];
  }

  /** Registers a simulated program under an entry class. */
  registerProgram(entryClass: string, program: FakeProgram): void {
    this.programs.set(entryClass, program);
  }

  private uuid(): string {
    const hex = this.options.randomHex();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }

  private isAtLeast(line: string): boolean {
    return isAtLeast(this.flinkVersion, line);
  }

  // ---- cluster ----------------------------------------------------------------------------

  dashboardConfig(): RouteReply<"/config", "get"> {
    return {
      status: 200,
      body: {
        "refresh-interval": 3000,
        "timezone-name": "Coordinated Universal Time",
        "timezone-offset": 0,
        "flink-version": this.flinkVersion,
        "flink-revision": "fake-cluster @ flink-rest-client",
        features: { "web-submit": true, "web-cancel": true, "web-rescale": false, "web-history": false },
      },
    };
  }

  jobManagerConfig(): RouteReply<"/jobmanager/config", "get"> {
    return { status: 200, body: Object.entries(this.clusterConfig).map(([key, value]) => ({ key, value })) };
  }

  overview(): RouteReply<"/overview", "get"> {
    const states = [...this.jobs.values()].map((j) => j.state);
    const used = [...this.jobs.values()].filter((j) => !isTerminal(j.state)).reduce((n, j) => n + j.parallelism, 0);
    return {
      status: 200,
      body: {
        taskmanagers: 1,
        "slots-total": this.options.slots,
        "slots-available": Math.max(0, this.options.slots - used),
        "jobs-running": states.filter((s) => !isTerminal(s)).length,
        "jobs-finished": states.filter((s) => s === "FINISHED").length,
        "jobs-cancelled": states.filter((s) => s === "CANCELED").length,
        "jobs-failed": states.filter((s) => s === "FAILED").length,
        "flink-version": this.flinkVersion,
        "flink-commit": "fake",
      },
    };
  }

  // ---- jars -------------------------------------------------------------------------------

  /** `POST /jars/upload` with the multipart files that were sent. */
  uploadJar(files: ReadonlyArray<{ name: string; size: number }>): RouteReply<"/jars/upload", "post"> {
    if (files.length !== 1) {
      return restHandlerError(400, `Exactly 1 file must be sent, received ${files.length}.`);
    }
    const file = files[0] as { name: string; size: number };
    if (!file.name.endsWith(".jar")) {
      return restHandlerError(400, "Only Jar files are allowed.");
    }
    const baseName = file.name.split(/[\\/]/).pop() ?? file.name;
    const id = `${this.uuid()}_${baseName}`;
    const jar: FakeJar = {
      id,
      name: baseName,
      uploaded: this.options.now(),
      size: file.size,
      path: `${this.jarDir}/${id}`,
      entryClass: this.options.defaultEntryClass,
    };
    this.jars.set(id, jar);
    return { status: 200, body: { filename: jar.path, status: "success" } };
  }

  listJars(): RouteReply<"/jars", "get"> {
    const files = [...this.jars.values()]
      .sort((a, b) => b.uploaded - a.uploaded)
      .map((jar) => ({
        id: jar.id,
        name: jar.name,
        uploaded: jar.uploaded,
        entry: [{ name: jar.entryClass, description: null }],
      }));
    return { status: 200, body: { address: this.options.address, files } };
  }

  deleteJar(jarId: string): RouteReply<"/jars/{jarid}", "delete"> {
    const invalid = this.checkJarId(jarId);
    if (invalid) {
      return invalid;
    }
    if (!this.jars.delete(jarId)) {
      return restHandlerError(400, `File ${jarId} does not exist in ${this.jarDir}.`);
    }
    return { status: 200, body: {} };
  }

  private checkJarId(jarId: string): Reply<ErrorBody> | undefined {
    if (jarId.includes("/") || jarId.includes("\\") || jarId === "." || jarId === "..") {
      return badParameters(`Cannot resolve path parameter (jarid) from value "${jarId}".`);
    }
    return undefined;
  }

  // ---- run and plan -----------------------------------------------------------------------

  /**
   * What /run and /plan share: resolve the request as Flink's handler does, find the jar and its
   * program, and run the program's main() against the effective configuration.
   */
  private execute(
    jarId: string,
    body: unknown,
    query: RunQuery,
    kind: "run" | "plan",
  ):
    | { reply: Reply<ErrorBody> }
    | { jar: FakeJar; resolved: ResolvedRun; pipeline: SubmittedPipeline; record?: RunDiagnostics } {
    const invalid = this.checkJarId(jarId);
    if (invalid) {
      return { reply: invalid };
    }
    const jar = this.jars.get(jarId);
    const record = kind === "run" && this.validation.record;
    let resolved: ResolvedRun;
    try {
      resolved = resolveRunConfiguration({
        flinkVersion: this.flinkVersion,
        clusterConfig: this.clusterConfig,
        body,
        query,
        kind,
        jarPath: jar?.path ?? `${this.jarDir}/${jarId}`,
        includeDefaults: false,
        // Findings never change the answer: "warn" only reports.
        validation: record ? "warn" : "off",
        ...(this.validation.catalog ? { catalog: this.validation.catalog } : {}),
      });
    } catch (error) {
      return { reply: this.refusal(error) };
    }
    const diagnostics: RunDiagnostics | undefined = record
      ? { jarId, jobId: undefined, diagnostics: resolved.diagnostics }
      : undefined;
    if (diagnostics) {
      this.diagnostics.push(diagnostics);
    }
    if (!jar) {
      return {
        reply: internalServerError(
          `java.util.concurrent.CompletionException: org.apache.flink.runtime.rest.handler.RestHandlerException: Jar file ${this.jarDir}/${jarId} does not exist`,
        ),
      };
    }
    const program = this.programFor(jar, resolved);
    if ("status" in program) {
      return { reply: program };
    }
    // /run answers a failing main() with 400 (asynchronously); /plan lets the exception escape (500).
    const failed = (message: string) =>
      kind === "run"
        ? restHandlerError(400, "Could not execute application.", message)
        : internalServerError(`org.apache.flink.client.program.ProgramInvocationException: ${message}`);
    const submitted: SubmittedPipeline[] = [];
    try {
      program.run(
        createEnvironment(resolved.values, submitted, this.resolvedOptions(resolved.values)),
        resolved.settings.programArgs,
      );
    } catch (error) {
      return { reply: failed(String((error as Error).message ?? error)) };
    }
    const pipeline = submitted[0];
    if (!pipeline) {
      return {
        reply:
          kind === "run" ? restHandlerError(400, "No jobs included in application.") : failed("No job was submitted."),
      };
    }
    return { jar, resolved, pipeline, ...(diagnostics ? { record: diagnostics } : {}) };
  }

  /** `POST /jars/{jarid}/run` with the parsed JSON body (undefined when empty) and the query. */
  runJar(jarId: string, body: unknown, query: RunQuery): RouteReply<"/jars/{jarid}/run", "post"> {
    const run = this.execute(jarId, body, query, "run");
    if ("reply" in run) {
      return run.reply;
    }
    const { jar, resolved, pipeline, record } = run;
    const jobId = resolved.values["$internal.pipeline.job-id"] ?? this.options.randomHex();
    if (this.jobs.has(jobId)) {
      return restHandlerError(
        400,
        "Could not execute application.",
        `org.apache.flink.runtime.client.DuplicateJobSubmissionException: Job has already been submitted. JobID: ${jobId}`,
      );
    }
    const job = this.createJob(jobId, jar, resolved, pipeline);
    if (record) {
      record.jobId = jobId;
    }
    const restore = resolved.settings.savepoint;
    if (restore && !this.savepoints.has(restore.path)) {
      job.state = "FAILED";
      job.endTime = this.options.now();
      job.failure = `java.io.FileNotFoundException: Cannot find checkpoint or savepoint file/directory '${restore.path}' on file system 'file'.`;
      return restHandlerError(
        400,
        "Could not execute application.",
        `org.apache.flink.runtime.client.JobInitializationException: Could not start the JobMaster.\nCaused by: ${job.failure}`,
      );
    }
    return {
      status: 200,
      body: this.isAtLeast("2.3") ? { jobid: jobId, applicationId: jobId } : { jobid: jobId },
    };
  }

  /** `POST /jars/{jarid}/plan`: the job graph the program would submit, without running it. */
  planJar(jarId: string, body: unknown, query: RunQuery): RouteReply<"/jars/{jarid}/plan", "post"> {
    const plan = this.execute(jarId, body, query, "plan");
    if ("reply" in plan) {
      return plan.reply;
    }
    const jobId = plan.resolved.values["$internal.pipeline.job-id"] ?? this.options.randomHex();
    const job = this.newJob(jobId, plan.jar, plan.resolved, plan.pipeline);
    return { status: 200, body: { plan: buildJobViews(job, this.flinkVersion).plan } };
  }

  private programFor(jar: FakeJar, resolved: ResolvedRun): { run: FakeProgram } | Reply<ErrorBody> {
    const entryClass = resolved.settings.entryClass ?? jar.entryClass;
    const program = this.programs.get(entryClass);
    if (!program) {
      return internalServerError(
        `java.util.concurrent.CompletionException: org.apache.flink.client.program.ProgramInvocationException: The program's entry point class '${entryClass}' was not found in the jar file.`,
      );
    }
    return { run: program };
  }

  /**
   * The values Flink's own ConfigOption lookups give the echo job for its renamed options: the
   * canonical key first, then the older spellings the catalog records for this version.
   */
  private resolvedOptions(values: Readonly<Record<string, string>>): Record<string, string> {
    const config = new Map(Object.entries(values));
    const out: Record<string, string> = {};
    for (const key of echoResolvedKeys(this.flinkVersion)) {
      const option = this.facts.find(key, this.flinkVersion)?.option;
      const found = lookup(config, key, option ? [...option.deprecatedKeys, ...option.fallbackKeys] : []);
      if (found) {
        out[key] = found.value;
      }
    }
    return out;
  }

  /** Turns a FlinkInputError from the resolver into Flink's answer for that input. */
  private refusal(error: unknown): Reply<ErrorBody> {
    if (error instanceof FlinkInputError && error.flinkOutcome) {
      const { status, message } = error.flinkOutcome;
      if (status === 500) {
        return internalServerError(`java.lang.IllegalArgumentException: ${error.message}`);
      }
      if (message.startsWith("Bad request, could not parse parameters: ")) {
        return badParameters(message.slice("Bad request, could not parse parameters: ".length));
      }
      return restHandlerError(status, message, error.message);
    }
    throw error;
  }

  private newJob(jobId: string, jar: FakeJar, resolved: ResolvedRun, pipeline: SubmittedPipeline): FakeJob {
    const values = resolved.values;
    return {
      id: jobId,
      jarId: jar.id,
      name: pipeline.name ?? values["pipeline.name"] ?? DEFAULT_JOB_NAME,
      state: "RUNNING",
      startTime: this.options.now(),
      endTime: undefined,
      parallelism: pipeline.parallelism,
      maxParallelism: pipeline.maxParallelism,
      objectReuse: pipeline.objectReuse,
      userConfig: pipeline.globalJobParameters,
      configuration: values,
      checkpointInterval: pipeline.checkpointInterval,
      restoredFrom: resolved.settings.savepoint,
      checkpointCount: 0,
      failure: undefined,
    };
  }

  private createJob(jobId: string, jar: FakeJar, resolved: ResolvedRun, pipeline: SubmittedPipeline): FakeJob {
    const job = this.newJob(jobId, jar, resolved, pipeline);
    this.jobs.set(jobId, job);
    return job;
  }

  // ---- jobs -------------------------------------------------------------------------------

  private jobNotFound(jobId: string): Reply<ErrorBody> {
    return notFound(`Job ${jobId} not found`);
  }

  /** What the dispatcher says about an unknown job (status, resource requirements, triggers). */
  private static dispatcherJobNotFound(jobId: string): string {
    return `org.apache.flink.runtime.messages.FlinkJobNotFoundException: Could not find Flink job (${jobId})`;
  }

  /** Accepts a trigger (202) whose operation has already failed, as Flink reports such failures. */
  private failedOperation(
    jobId: string,
    kind: FakeOperation["kind"],
    requestedTriggerId: string | undefined,
    failure: string,
  ): Reply<{ "request-id": string }> {
    const triggerId = requestedTriggerId ?? this.options.randomHex();
    this.operations.set(`${jobId}/${triggerId}`, { jobId, kind, failure });
    return { status: 202, body: { "request-id": triggerId } };
  }

  /**
   * An operation on a job the dispatcher does not run (unknown or ended): Flink accepts the
   * trigger and the operation then fails (checked on real 1.19, 1.20 and 2.3).
   */
  private unknownJobOperation(jobId: string, kind: FakeOperation["kind"], requestedTriggerId: string | undefined) {
    const failure = `java.util.concurrent.CompletionException: ${FakeFlinkCluster.dispatcherJobNotFound(jobId)}`;
    return this.failedOperation(jobId, kind, requestedTriggerId, failure);
  }

  listJobs(): RouteReply<"/jobs", "get"> {
    return { status: 200, body: { jobs: [...this.jobs.values()].map((j) => ({ id: j.id, status: j.state })) } };
  }

  jobsOverview(): RouteReply<"/jobs/overview", "get"> {
    const now = this.options.now();
    return {
      status: 200,
      body: { jobs: [...this.jobs.values()].map((job) => buildJobViews(job, this.flinkVersion, now).overview) },
    };
  }

  private views(jobId: string) {
    const job = this.jobs.get(jobId);
    return job ? buildJobViews(job, this.flinkVersion, this.options.now()) : undefined;
  }

  /** `GET /jobs/{jobid}`. */
  jobDetails(jobId: string): RouteReply<"/jobs/{jobid}", "get"> {
    const views = this.views(jobId);
    return views ? { status: 200, body: views.details } : this.jobNotFound(jobId);
  }

  /**
   * `GET /jobs/{jobid}/status`. Unlike `/jobs/{jobid}`, this asks the dispatcher directly, which
   * answers an unknown job with 500 and FlinkJobNotFoundException, not 404 (1.19, 1.20, 2.3).
   */
  jobStatus(jobId: string): RouteReply<"/jobs/{jobid}/status", "get"> {
    const views = this.views(jobId);
    return views
      ? { status: 200, body: views.status }
      : internalServerError(FakeFlinkCluster.dispatcherJobNotFound(jobId));
  }

  /** `GET /jobs/{jobid}/config`: the job's ExecutionConfig, with the program's global job parameters. */
  jobConfig(jobId: string): RouteReply<"/jobs/{jobid}/config", "get"> {
    const views = this.views(jobId);
    return views ? { status: 200, body: views.config } : this.jobNotFound(jobId);
  }

  /** `GET /jobs/{jobid}/plan`. */
  jobPlan(jobId: string): RouteReply<"/jobs/{jobid}/plan", "get"> {
    const views = this.views(jobId);
    return views ? { status: 200, body: { plan: views.plan } } : this.jobNotFound(jobId);
  }

  /** `GET /jobs/{jobid}/exceptions`. */
  jobExceptions(jobId: string): RouteReply<"/jobs/{jobid}/exceptions", "get"> {
    const views = this.views(jobId);
    return views ? { status: 200, body: views.exceptions } : this.jobNotFound(jobId);
  }

  /** `GET /jobs/{jobid}/checkpoints/config` (interval Long.MAX_VALUE when checkpointing is off). */
  checkpointConfig(jobId: string): RouteReply<"/jobs/{jobid}/checkpoints/config", "get"> {
    const views = this.views(jobId);
    return views ? { status: 200, body: views.checkpointConfig } : this.jobNotFound(jobId);
  }

  /** `GET /jobs/{jobid}/checkpoints`. */
  checkpointStatistics(jobId: string): RouteReply<"/jobs/{jobid}/checkpoints", "get"> {
    const views = this.views(jobId);
    return views ? { status: 200, body: views.checkpoints } : this.jobNotFound(jobId);
  }

  /** `PATCH /jobs/{jobid}?mode=cancel`. */
  cancelJob(jobId: string): RouteReply<"/jobs/{jobid}", "patch"> {
    const job = this.jobs.get(jobId);
    if (!job) {
      return restHandlerError(404, "Job could not be found.");
    }
    // Like Flink's dispatcher (real 1.19, 1.20, 2.3): cancelling a cancelled job is accepted
    // again; a job that ended otherwise is a conflict.
    if (isTerminal(job.state) && job.state !== "CANCELED") {
      return restHandlerError(
        409,
        `Job cancellation failed because the job has already reached another terminal state (${job.state}).`,
      );
    }
    if (!isTerminal(job.state)) {
      this.finish(job, "CANCELED");
    }
    return { status: 202, body: {} };
  }

  private finish(job: FakeJob, state: JobState): void {
    job.state = state;
    job.endTime = this.options.now();
  }

  // ---- savepoints and checkpoints ---------------------------------------------------------

  private savepointDir(requested: string | undefined): string | undefined {
    return (
      requested ??
      this.clusterConfig["execution.checkpointing.savepoint-dir"] ??
      this.clusterConfig["state.savepoints.dir"]
    );
  }

  /** `POST /jobs/{jobid}/savepoints`. */
  triggerSavepoint(
    jobId: string,
    body: { "target-directory"?: string; "cancel-job"?: boolean; triggerId?: string },
  ): RouteReply<"/jobs/{jobid}/savepoints", "post"> {
    return this.triggerSnapshot(jobId, "savepoint", this.savepointDir(body["target-directory"]), body.triggerId, () => {
      if (body["cancel-job"]) {
        this.finish(this.jobs.get(jobId) as FakeJob, "CANCELED");
      }
    });
  }

  /** `POST /jobs/{jobid}/stop`. */
  stopWithSavepoint(
    jobId: string,
    body: { targetDirectory?: string; drain?: boolean; triggerId?: string },
  ): RouteReply<"/jobs/{jobid}/stop", "post"> {
    return this.triggerSnapshot(jobId, "stop", this.savepointDir(body.targetDirectory), body.triggerId, () => {
      this.finish(this.jobs.get(jobId) as FakeJob, "FINISHED");
    });
  }

  /** `POST /jobs/{jobid}/checkpoints` (Flink 1.19+). */
  triggerCheckpoint(jobId: string, body: { triggerId?: string }): RouteReply<"/jobs/{jobid}/checkpoints", "post"> {
    const job = this.jobs.get(jobId);
    if (!job || isTerminal(job.state)) {
      return this.unknownJobOperation(jobId, "checkpoint", body.triggerId);
    }
    const triggerId = body.triggerId ?? this.options.randomHex();
    job.checkpointCount += 1;
    this.operations.set(`${jobId}/${triggerId}`, { jobId, kind: "checkpoint" });
    return { status: 202, body: { "request-id": triggerId } };
  }

  private triggerSnapshot(
    jobId: string,
    kind: "savepoint" | "stop",
    dir: string | undefined,
    requestedTriggerId: string | undefined,
    after: () => void,
  ): Reply<{ "request-id": string } | ErrorBody> {
    const job = this.jobs.get(jobId);
    // An ended job is no longer running in the dispatcher: the trigger fails like an unknown job's.
    if (!job || isTerminal(job.state)) {
      return this.unknownJobOperation(jobId, kind, requestedTriggerId);
    }
    if (dir === undefined) {
      return this.failedOperation(
        jobId,
        kind,
        requestedTriggerId,
        "java.lang.IllegalStateException: No savepoint directory configured. You can either specify a directory while cancelling via -s :targetDirectory or configure a cluster-wide default via key 'execution.checkpointing.savepoint-dir'.",
      );
    }
    const triggerId = requestedTriggerId ?? this.options.randomHex();
    const location = `${dir.replace(/\/+$/, "")}/savepoint-${jobId.slice(0, 6)}-${this.options.randomHex().slice(0, 12)}`;
    this.savepoints.add(location);
    this.operations.set(`${jobId}/${triggerId}`, { jobId, kind, location });
    after();
    return { status: 202, body: { "request-id": triggerId } };
  }

  /** Status of a savepoint / stop / checkpoint trigger: the fake completes them at once. */
  operationStatus(
    jobId: string,
    triggerId: string,
    kind: "savepoint" | "checkpoint",
  ):
    | RouteReply<"/jobs/{jobid}/savepoints/{triggerid}", "get">
    | RouteReply<"/jobs/{jobid}/checkpoints/{triggerid}", "get"> {
    const op = this.operations.get(`${jobId}/${triggerId}`);
    if (!op || (kind === "checkpoint") !== (op.kind === "checkpoint")) {
      return notFound(`There is no operation with trigger id ${triggerId} for job ${jobId}.`);
    }
    const cause =
      op.failure === undefined
        ? undefined
        : {
            class: op.failure.split(":", 1)[0] as string,
            "stack-trace": op.failure,
            "serialized-throwable": "",
          };
    // Flink spells the failure field differently per operation: savepoints `failure-cause`,
    // checkpoints `failureCause` (real 1.19, 1.20, 2.3).
    const operation =
      kind === "checkpoint"
        ? cause
          ? { failureCause: cause }
          : { checkpointId: this.jobs.get(jobId)?.checkpointCount ?? 1 }
        : cause
          ? { "failure-cause": cause }
          : { location: op.location };
    return { status: 200, body: { status: { id: "COMPLETED" }, operation } };
  }
}

/** The renamed options the config-echo job resolves, under their canonical key in `version`. */
function echoResolvedKeys(version: string): string[] {
  return isAtLeast(version, "1.20")
    ? ["restart-strategy.type", "execution.state-recovery.path", "execution.checkpointing.dir", "state.backend.type"]
    : ["restart-strategy.type", "execution.savepoint.path", "state.checkpoints.dir", "state.backend.type"];
}

export function isTerminal(state: JobState): boolean {
  return state === "FINISHED" || state === "CANCELED" || state === "FAILED";
}
