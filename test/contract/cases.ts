/**
 * The contract cases: what Flink does with `/jars/{jarid}/run`, observed only through the REST
 * API. The same cases run against the fake cluster (always) and against real Flink (the oracle).
 */
import { expect } from "vitest";
import { createFlinkClient } from "../../src/client/create-client.js";
import type { FlinkClient } from "../../src/client/flink-client.js";
import { FlinkJobFailedError, FlinkOperationError } from "../../src/errors.js";
import { cancelJob } from "../../src/jobs/cancel.js";
import { stopWithSavepoint, triggerCheckpoint, triggerSavepoint } from "../../src/jobs/snapshots.js";
import { uploadJar } from "../../src/jobs/upload.js";
import { waitForJob } from "../../src/jobs/wait.js";
import { isAtLeast } from "../../src/versions/flink-version.js";
import { errorsOf } from "../support/flink-mock-server.js";
import { createResponseValidator } from "../support/response-validator.js";
import { APPLICATION_CASES } from "./application-cases.js";
import { DIFFERENTIAL_CASES } from "./differential-cases.js";
import { FLEET_CASES } from "./fleet-cases.js";
import { CLUSTER_PROFILE, type ContractTarget } from "./target.js";

export interface RunOutcome {
  status: number;
  jobId: string | undefined;
  errors: string[];
}

export interface CaseContext {
  readonly target: ContractTarget;
  readonly line: string;
  readonly client: FlinkClient;
  /** The cluster's own configuration, as `GET /jobmanager/config` shows it. */
  readonly clusterConfig: Readonly<Record<string, string>>;
  /** The config-echo jar's id on this cluster (uploaded once). */
  jarId(): Promise<string>;
  /** `POST /jars/{jarid}/run` with a raw body and query; running jobs are cancelled after the case. */
  run(body?: unknown, query?: Record<string, string>, jarId?: string): Promise<RunOutcome>;
  /** Waits until the job is RUNNING and returns its `/jobs/{id}/config`. */
  jobConfig(jobId: string): Promise<JobConfig>;
  jobDetails(jobId: string): Promise<{ name?: string; state?: string; vertices?: Array<{ parallelism?: number }> }>;
  /** `POST /jars/{jarid}/run-application` with a raw body; running applications are cancelled after the case. */
  runApplication(body?: unknown, jarId?: string): Promise<ApplicationOutcome>;
  /** The newest job of this name in `/jobs/overview`; a running one is cancelled after the case. */
  jobNamed(name: string): Promise<{ jid?: string; state?: string } | undefined>;
}

export interface ApplicationOutcome {
  status: number;
  applicationId: string | undefined;
  errors: string[];
}

export interface JobConfig {
  name: string;
  "execution-config"?: {
    "restart-strategy"?: string;
    "job-parallelism"?: number;
    "object-reuse-mode"?: boolean;
    "user-config"?: Record<string, string>;
  };
}

export interface ContractCase {
  readonly name: string;
  /** Cluster settings the case relies on (checked against `/jobmanager/config`; missing → skipped with a reason). */
  readonly needsCluster?: Readonly<Record<string, string>>;
  /** Release lines the case applies to (default: all). */
  readonly lines?: (line: string) => boolean;
  /** Slow cases (savepoint round trip) may take longer. */
  readonly timeoutMs?: number;
  run(ctx: CaseContext): Promise<void>;
}

const from = (since: string) => (line: string) => isAtLeast(line, since);
const before = (until: string) => (line: string) => !isAtLeast(line, until);

/**
 * Whether periodic checkpoints are off. Flink answers /checkpoints/config with 404 for jobs
 * without a checkpoint coordinator, and with an interval of Long.MAX_VALUE for streaming jobs
 * whose checkpointing is disabled (the reference note expected 404 there; real Flink says 200).
 */
async function checkpointingOff(ctx: CaseContext, jobId: string): Promise<boolean> {
  const cfg = await ctx.client.GET("/jobs/{jobid}/checkpoints/config", { params: { path: { jobid: jobId } } });
  return cfg.response.status === 404 || (cfg.data?.interval ?? 0) >= Number.MAX_SAFE_INTEGER;
}

const userConfig = (c: JobConfig) => c["execution-config"]?.["user-config"] ?? {};
const parallelismOf = (c: JobConfig) => c["execution-config"]?.["job-parallelism"];

/** Savepoint path keys by version (the canonical spelling changed in 1.20). */
const savepointPathKey = (line: string) =>
  isAtLeast(line, "1.20") ? "execution.state-recovery.path" : "execution.savepoint.path";

const JAR_RUN_CASES: readonly ContractCase[] = [
  // ---- the original submission forms still work --------------------------------------------
  {
    name: "body fields without flinkConfiguration work as before FLIP-256",
    async run(ctx) {
      const r = await ctx.run({ parallelism: 2, programArgsList: ["--job-name", "plain-body"] });
      expect(r.status).toBe(200);
      const config = await ctx.jobConfig(r.jobId as string);
      expect(config.name).toBe("plain-body");
      expect(parallelismOf(config)).toBe(2);
    },
  },
  {
    name: "query parameters (parallelism, programArg) still work",
    async run(ctx) {
      const r = await ctx.run(undefined, { parallelism: "2", programArg: "--job-name,from-query" });
      expect(r.status).toBe(200);
      const config = await ctx.jobConfig(r.jobId as string);
      expect(config.name).toBe("from-query");
      expect(parallelismOf(config)).toBe(2);
    },
  },
  // ---- precedence ---------------------------------------------------------------------------
  {
    name: "option default < cluster: the cluster's pipeline.object-reuse applies",
    needsCluster: { "pipeline.object-reuse": "true" },
    async run(ctx) {
      const r = await ctx.run({});
      expect((await ctx.jobConfig(r.jobId as string))["execution-config"]?.["object-reuse-mode"]).toBe(true);
    },
  },
  {
    name: "cluster < flinkConfiguration: the request's pipeline.name and object reuse win key by key",
    needsCluster: { "pipeline.name": CLUSTER_PROFILE["pipeline.name"] as string, "pipeline.object-reuse": "true" },
    async run(ctx) {
      const r = await ctx.run({
        flinkConfiguration: { "pipeline.name": "request-name", "pipeline.object-reuse": "false" },
      });
      const config = await ctx.jobConfig(r.jobId as string);
      expect(config.name).toBe("request-name");
      expect(config["execution-config"]?.["object-reuse-mode"]).toBe(false);
      expect(userConfig(config)["restart-strategy.type"]).toBe("fixed-delay");
    },
  },
  {
    name: "flinkConfiguration < query: ?parallelism beats parallelism.default in flinkConfiguration",
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "parallelism.default": "3" } }, { parallelism: "2" });
      expect(parallelismOf(await ctx.jobConfig(r.jobId as string))).toBe(2);
    },
  },
  {
    name: "query < body: body parallelism beats ?parallelism",
    async run(ctx) {
      const r = await ctx.run({ parallelism: 1 }, { parallelism: "2" });
      expect(parallelismOf(await ctx.jobConfig(r.jobId as string))).toBe(1);
    },
  },
  {
    name: "body < user code: main() setting parallelism and a name wins over REST",
    async run(ctx) {
      const r = await ctx.run({
        parallelism: 1,
        programArgsList: ["--parallelism", "2", "--job-name", "from-user-code"],
        flinkConfiguration: { "pipeline.name": "from-rest" },
      });
      const config = await ctx.jobConfig(r.jobId as string);
      expect(config.name).toBe("from-user-code");
      expect(parallelismOf(config)).toBe(2);
    },
  },
  {
    name: "parallelism.default in flinkConfiguration is used when body and query have none",
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "parallelism.default": "2" } });
      expect(parallelismOf(await ctx.jobConfig(r.jobId as string))).toBe(2);
    },
  },
  {
    name: "the cluster's parallelism.default is never used by /run: the job gets 1",
    needsCluster: { "parallelism.default": "4" },
    async run(ctx) {
      const r = await ctx.run({});
      const config = await ctx.jobConfig(r.jobId as string);
      expect(parallelismOf(config)).toBe(1);
      expect(userConfig(config)["parallelism.default"]).toBe("1");
    },
  },
  {
    name: "deprecated-key trap: a deprecated key in the request loses to the canonical key in the cluster config",
    needsCluster: { "restart-strategy.type": "fixed-delay" },
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "restart-strategy": "none" } });
      const config = await ctx.jobConfig(r.jobId as string);
      expect(userConfig(config)["restart-strategy"]).toBe("none");
      // What Flink itself reads for the option (the echo job asks Flink's own ConfigOption).
      expect(userConfig(config)["echo.resolved.restart-strategy.type"]).toBe("fixed-delay");
      if (isAtLeast(ctx.line, "2.0")) {
        expect(config["execution-config"]?.["restart-strategy"]).toMatch(/fixed delay/i);
      }
    },
  },
  {
    name: "restart strategy from flinkConfiguration reaches the job (2.x also shows it in the job config)",
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "restart-strategy.type": "none" } });
      const config = await ctx.jobConfig(r.jobId as string);
      expect(userConfig(config)["echo.resolved.restart-strategy.type"]).toBe("none");
      // Up to 1.20 the job config's description ignores configured strategies (it names only
      // one set in code); from 2.0 it is derived from the job's configuration.
      expect(config["execution-config"]?.["restart-strategy"]).toMatch(
        isAtLeast(ctx.line, "2.0") ? /deactivated/i : /Cluster level default restart strategy/,
      );
    },
  },
  {
    name: "a deprecated key alone still works (1.20+: execution.savepoint.path for execution.state-recovery.path)",
    lines: from("1.20"),
    async run(ctx) {
      const missing = "file:///tmp/flink-rest-client-deprecated-spelling";
      const r = await ctx.run({ flinkConfiguration: { "execution.savepoint.path": missing } });
      // Flink reads the old spelling, tries to restore from it, and fails: the key took effect.
      expect(r.status).toBe(400);
    },
  },
  // ---- job settings and their observable effects ---------------------------------------------
  {
    name: "checkpoint interval from flinkConfiguration shows in /checkpoints/config",
    async run(ctx) {
      const on = await ctx.run({ flinkConfiguration: { "execution.checkpointing.interval": "7 s" } });
      await ctx.jobConfig(on.jobId as string);
      const jobid = on.jobId as string;
      const cfg = await ctx.client.GET("/jobs/{jobid}/checkpoints/config", { params: { path: { jobid } } });
      expect(cfg.response.status).toBe(200);
      expect(cfg.data?.interval).toBe(7000);
      expect(cfg.data?.mode).toBe("exactly_once");
    },
  },
  {
    name: "without a checkpoint interval, /checkpoints/config reports periodic checkpoints as off",
    async run(ctx) {
      const off = await ctx.run({});
      await ctx.jobConfig(off.jobId as string);
      expect(await checkpointingOff(ctx, off.jobId as string)).toBe(true);
    },
  },
  {
    name: "numbers and booleans are accepted as flinkConfiguration values",
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "parallelism.default": 2, "pipeline.object-reuse": false } });
      expect(r.status).toBe(200);
      const config = await ctx.jobConfig(r.jobId as string);
      expect(parallelismOf(config)).toBe(2);
      expect(config["execution-config"]?.["object-reuse-mode"]).toBe(false);
    },
  },
  {
    name: "a misspelled key is accepted and ignored",
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "execution.checkpointing.intervall": "10 s" } });
      expect(r.status).toBe(200);
      const config = await ctx.jobConfig(r.jobId as string);
      expect(userConfig(config)["execution.checkpointing.intervall"]).toBe("10 s");
      expect(await checkpointingOff(ctx, r.jobId as string)).toBe(true);
    },
  },
  {
    name: "cluster keys in flinkConfiguration leave /jobmanager/config unchanged and the job runs",
    async run(ctx) {
      const before = await ctx.client.GET("/jobmanager/config");
      const r = await ctx.run({
        flinkConfiguration: { "jobmanager.rpc.port": "7777", "taskmanager.numberOfTaskSlots": "64", "rest.port": "1" },
      });
      expect(r.status).toBe(200);
      const config = await ctx.jobConfig(r.jobId as string);
      expect(userConfig(config)["jobmanager.rpc.port"]).toBe("7777");
      const after = await ctx.client.GET("/jobmanager/config");
      expect(after.data).toEqual(before.data);
    },
  },
  {
    name: "forced keys: execution.target and pipeline.jars are the handler's, whatever the request says",
    async run(ctx) {
      const r = await ctx.run({
        flinkConfiguration: { "execution.attached": "true", "pipeline.jars": "file:/elsewhere.jar" },
      });
      const config = await ctx.jobConfig(r.jobId as string);
      expect(userConfig(config)["execution.attached"]).toBe("false");
      expect(userConfig(config)["pipeline.jars"]).toMatch(/config-echo-job\.jar/);
    },
  },
  {
    name: "list options in the job's configuration: pipeline.jars and pipeline.classpaths as each version writes them",
    async run(ctx) {
      const r = await ctx.run({});
      const config = userConfig(await ctx.jobConfig(r.jobId as string));
      if (isAtLeast(ctx.line, "2.0")) {
        expect(config["pipeline.jars"]).toMatch(/^\['file:\/.*config-echo-job\.jar'\]$/);
        expect(config).not.toHaveProperty("pipeline.classpaths");
      } else {
        expect(config["pipeline.jars"]).toMatch(/^file:\/.*config-echo-job\.jar$/);
        expect(config["pipeline.classpaths"]).toBe("");
      }
    },
  },
  // ---- what Flink refuses -------------------------------------------------------------------
  {
    name: "a null flinkConfiguration value is answered with 500",
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "pipeline.name": null } });
      expect(r.status).toBe(500);
      expect(r.jobId).toBeUndefined();
    },
  },
  {
    name: "an object flinkConfiguration value is answered with 400",
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "pipeline.name": { a: 1 } } });
      expect(r.status).toBe(400);
    },
  },
  {
    name: "an unknown top-level field is a 400 up to 1.19",
    lines: before("1.20"),
    async run(ctx) {
      expect((await ctx.run({ parallelizm: 2 })).status).toBe(400);
    },
  },
  {
    name: "an unknown top-level field is ignored from 1.20",
    lines: from("1.20"),
    async run(ctx) {
      const r = await ctx.run({ parallelizm: 2 });
      expect(r.status).toBe(200);
      expect(parallelismOf(await ctx.jobConfig(r.jobId as string))).toBe(1);
    },
  },
  {
    name: "claimMode is an unknown field up to 1.19; restoreMode is accepted",
    lines: before("1.20"),
    async run(ctx) {
      expect((await ctx.run({ claimMode: "NO_CLAIM" })).status).toBe(400);
      expect((await ctx.run({ restoreMode: "NO_CLAIM" })).status).toBe(200);
    },
  },
  {
    name: "claimMode and restoreMode are both accepted from 1.20",
    lines: from("1.20"),
    async run(ctx) {
      expect((await ctx.run({ claimMode: "NO_CLAIM" })).status).toBe(200);
      expect((await ctx.run({ restoreMode: "CLAIM", claimMode: "NO_CLAIM" })).status).toBe(200);
    },
  },
  {
    name: "programArgs (the old string) is dropped silently on 2.x",
    lines: from("2.0"),
    async run(ctx) {
      const r = await ctx.run({ programArgs: "--job-name from-old-field" });
      expect(r.status).toBe(200);
      expect((await ctx.jobConfig(r.jobId as string)).name).not.toBe("from-old-field");
    },
  },
  {
    name: "programArgs (the old string) is read up to 1.20",
    lines: before("2.0"),
    async run(ctx) {
      const r = await ctx.run({ programArgs: "--job-name from-old-field" });
      expect((await ctx.jobConfig(r.jobId as string)).name).toBe("from-old-field");
    },
  },
  {
    name: "a fixed jobId is used, and a second submission with the same id is refused",
    async run(ctx) {
      const jobId = `c0ffee${Date.now().toString(16).padStart(26, "0")}`.slice(0, 32);
      const first = await ctx.run({ jobId });
      expect(first).toMatchObject({ status: 200, jobId });
      const second = await ctx.run({ jobId });
      expect(second.status).toBe(400);
    },
  },
  {
    name: "a missing jar is answered with 500",
    async run(ctx) {
      const r = await ctx.run({}, undefined, "00000000-0000-0000-0000-000000000000_missing.jar");
      expect(r.status).toBe(500);
    },
  },
  {
    // The lifecycle's end, also compared step by step with the fake (test/contract/differential/lifecycle.ts).
    name: "a deleted jar: DELETE answers 200 {} and the jar leaves /jars while its job keeps running; deleting it again is 400 'File … does not exist in …', running or planning it 500 'Jar file … does not exist'",
    async run(ctx) {
      const { jarId } = await uploadJar(ctx.client, await ctx.target.jar());
      const path = { params: { path: { jarid: jarId } } };
      const running = await ctx.run({}, undefined, jarId);
      expect(running.status).toBe(200);
      const deleted = await ctx.client.DELETE("/jars/{jarid}", path);
      expect(deleted.response.status).toBe(200);
      expect(deleted.data).toEqual({});
      const files = (await ctx.client.GET("/jars")).data?.files ?? [];
      expect(files.map((f) => f.id)).not.toContain(jarId);
      expect((await ctx.jobDetails(running.jobId as string)).state).toBe("RUNNING");
      const again = await ctx.client.DELETE("/jars/{jarid}", path);
      expect(again.response.status).toBe(400);
      expect(errorsOf(again.error).join("\n")).toMatch(
        new RegExp(
          `RestHandlerException: File ${jarId.replace(/\./g, "\\.")} does not exist in /\\S+/flink-web-upload\\.`,
        ),
      );
      const missing = new RegExp(`RestHandlerException: Jar file /\\S+/${jarId.replace(/\./g, "\\.")} does not exist`);
      const run = await ctx.run({}, undefined, jarId);
      expect(run.status).toBe(500);
      expect(run.errors.join("\n")).toMatch(missing);
      const plan = await ctx.client.POST("/jars/{jarid}/plan", { ...path, body: {} });
      expect(plan.response.status).toBe(500);
      expect(errorsOf(plan.error).join("\n")).toMatch(missing);
    },
  },
  {
    name: "parallelism 0 fails the submission with 400",
    async run(ctx) {
      const r = await ctx.run({ parallelism: 0 });
      expect(r.status).toBe(400);
    },
  },
  {
    name: "a savepoint path that does not exist: 400 and a FAILED job (old and new key spellings)",
    async run(ctx) {
      const missing = `file:///tmp/flink-rest-client-no-such-savepoint-${Date.now()}`;
      const byBody = await ctx.run({ savepointPath: missing });
      expect(byBody.status).toBe(400);
      const byKey = await ctx.run({ flinkConfiguration: { [savepointPathKey(ctx.line)]: missing } });
      expect(byKey.status).toBe(400);
      if (isAtLeast(ctx.line, "1.20")) {
        // The 1.19 spelling still works as a deprecated key.
        expect((await ctx.run({ flinkConfiguration: { "execution.savepoint.path": missing } })).status).toBe(400);
      } else {
        // The 1.20 spelling is just an unknown key to 1.19: no restore, the job runs.
        expect((await ctx.run({ flinkConfiguration: { "execution.state-recovery.path": missing } })).status).toBe(200);
      }
    },
  },
  {
    name: "an unknown job: /jobs/{id} is 404 but /status is 500, cancel is 404, and triggers fail in the operation",
    async run(ctx) {
      const jobid = "0badc0de0badc0de0badc0de0badc0de";
      const details = await ctx.client.GET("/jobs/{jobid}", { params: { path: { jobid } } });
      expect(details.response.status).toBe(404);
      // The status handler asks the dispatcher, which answers an unknown job with an exception.
      const status = await ctx.client.GET("/jobs/{jobid}/status", { params: { path: { jobid } } });
      expect(status.response.status).toBe(500);
      expect(errorsOf(status.error).join("\n")).toContain(
        `FlinkJobNotFoundException: Could not find Flink job (${jobid})`,
      );
      const cancel = await ctx.client.PATCH("/jobs/{jobid}", {
        params: { path: { jobid }, query: { mode: "cancel" } },
      });
      expect(cancel.response.status).toBe(404);
      // Triggers are accepted (202); the operation then fails with the dispatcher's answer.
      const notFound = /FlinkJobNotFoundException/;
      await expect(
        triggerSavepoint(ctx.client, jobid, { targetDirectory: "file:///tmp/x", timeoutMs: 20_000 }),
      ).rejects.toThrow(FlinkOperationError);
      await expect(triggerCheckpoint(ctx.client, jobid, { timeoutMs: 20_000 })).rejects.toMatchObject({
        failureCause: expect.stringMatching(notFound),
      });
    },
  },
  {
    name: "ended jobs: cancelling a cancelled job is accepted again, a finished one is refused (409, or 202 as it ends), snapshots of either fail",
    timeoutMs: 180_000,
    async run(ctx) {
      const cancelled = (await ctx.run({})).jobId as string;
      await waitForJob(ctx.client, cancelled, { until: ["RUNNING"], timeoutMs: 60_000 });
      expect(await cancelJob(ctx.client, cancelled, { timeoutMs: 60_000 })).toBe("CANCELED");
      expect(await cancelJob(ctx.client, cancelled, { timeoutMs: 60_000 })).toBe("CANCELED");

      const finished = (await ctx.run({ flinkConfiguration: { "execution.checkpointing.interval": "1 s" } }))
        .jobId as string;
      await waitForJob(ctx.client, finished, { until: ["RUNNING"], tasksRunning: true, timeoutMs: 60_000 });
      await stopWithSavepoint(ctx.client, finished, { timeoutMs: 90_000 });
      await waitForJob(ctx.client, finished, { until: ["FINISHED"], timeoutMs: 60_000 });
      // Flink answers 409 "already reached another terminal state (FINISHED)", or 202 when asked
      // in the moment the job ends (seen on 1.20); cancelJob reports both the same way.
      const cancelled2 = await cancelJob(ctx.client, finished, { timeoutMs: 30_000 }).catch((e: unknown) => e);
      expect(cancelled2).toBeInstanceOf(FlinkJobFailedError);
      expect(cancelled2).toMatchObject({ jobId: finished, state: "FINISHED" });
      const patch = await ctx.client.PATCH("/jobs/{jobid}", {
        params: { path: { jobid: finished }, query: { mode: "cancel" } },
      });
      expect([202, 409]).toContain(patch.response.status);
      if (patch.response.status === 409) {
        expect(errorsOf(patch.error).join("\n")).toMatch(/already reached another terminal state \(FINISHED\)/);
      }
      expect(await waitForJob(ctx.client, finished, { until: ["FINISHED"], timeoutMs: 10_000 })).toBe("FINISHED");

      for (const jobId of [cancelled, finished]) {
        const failed = await triggerSavepoint(ctx.client, jobId, { timeoutMs: 20_000 }).catch((e: unknown) => e);
        expect(failed).toBeInstanceOf(FlinkOperationError);
        // The dispatcher no longer runs the job (a trigger in the moment the job ends may meet
        // the checkpoint coordinator shutting down instead).
        expect((failed as FlinkOperationError).failureCause).toMatch(/FlinkJobNotFoundException|CheckpointException/);
      }
    },
  },
  {
    // Found by Flink's own CLI against the fake: Flink prints the location its Path qualified.
    name: "a savepoint's location is Flink's qualified path ('/dir' and 'file:///dir' both give 'file:/dir/savepoint-…'), and it restores with each claim mode",
    timeoutMs: 240_000,
    async run(ctx) {
      const first = await ctx.run({ flinkConfiguration: { "execution.checkpointing.interval": "1 s" } });
      const jobId = first.jobId as string;
      await waitForJob(ctx.client, jobId, { until: ["RUNNING"], tasksRunning: true, timeoutMs: 60_000 });
      const dir = `/tmp/flink-rest-client-qualified-${Date.now()}`;
      const plain = await triggerSavepoint(ctx.client, jobId, { targetDirectory: dir, timeoutMs: 90_000 });
      expect(plain.location).toMatch(new RegExp(`^file:${dir}/savepoint-[0-9a-f]{6}-[0-9a-f]{12}$`));
      const uri = await triggerSavepoint(ctx.client, jobId, { targetDirectory: `file://${dir}/`, timeoutMs: 90_000 });
      expect(uri.location).toMatch(new RegExp(`^file:${dir}/savepoint-[0-9a-f]{6}-[0-9a-f]{12}$`));
      const modes = isAtLeast(ctx.line, "2.0") ? ["NO_CLAIM", "CLAIM"] : ["NO_CLAIM", "LEGACY", "CLAIM"];
      for (const mode of modes) {
        // Restored from the path as the user may spell it (file:///...), found as Flink finds it.
        const path = (mode === "CLAIM" ? uri.location : plain.location).replace(/^file:/, "file://");
        const claim = isAtLeast(ctx.line, "1.20") ? { claimMode: mode } : { restoreMode: mode };
        const resumed = await ctx.run({ savepointPath: path, ...claim });
        expect(resumed.status, mode).toBe(200);
        await waitForJob(ctx.client, resumed.jobId as string, { until: ["RUNNING"], timeoutMs: 60_000 });
        const checkpoints = await ctx.client.GET("/jobs/{jobid}/checkpoints", {
          params: { path: { jobid: resumed.jobId as string } },
        });
        expect(checkpoints.data?.latest?.restored?.external_path, mode).toBe(
          mode === "CLAIM" ? uri.location : plain.location,
        );
      }
    },
  },
  {
    name: "savepoint round trip: trigger, stop with savepoint, resubmit from it with allowNonRestoredState and a claim mode",
    timeoutMs: 180_000,
    async run(ctx) {
      const first = await ctx.run({ flinkConfiguration: { "execution.checkpointing.interval": "1 s" } });
      const jobId = first.jobId as string;
      await waitForJob(ctx.client, jobId, { until: ["RUNNING"], tasksRunning: true, timeoutMs: 60_000 });
      const triggered = await triggerSavepoint(ctx.client, jobId, { timeoutMs: 90_000 });
      expect(triggered.location).toBeTruthy();
      const stopped = await stopWithSavepoint(ctx.client, jobId, { timeoutMs: 90_000 });
      await waitForJob(ctx.client, jobId, { until: ["FINISHED"], timeoutMs: 60_000 });
      const claim = isAtLeast(ctx.line, "1.20") ? { claimMode: "NO_CLAIM" } : { restoreMode: "NO_CLAIM" };
      const resumed = await ctx.run({ savepointPath: stopped.location, allowNonRestoredState: true, ...claim });
      expect(resumed.status).toBe(200);
      await ctx.jobConfig(resumed.jobId as string);
      const checkpoints = await ctx.client.GET("/jobs/{jobid}/checkpoints", {
        params: { path: { jobid: resumed.jobId as string } },
      });
      expect(checkpoints.data?.latest?.restored?.external_path).toBe(stopped.location);

      // The same restore through flinkConfiguration keys, in the version's spelling and (1.20+)
      // in the 1.19 spelling, which Flink still reads as deprecated keys.
      const spellings = isAtLeast(ctx.line, "1.20") ? [RESTORE_KEYS.new, RESTORE_KEYS.old] : [RESTORE_KEYS.old];
      for (const keys of spellings) {
        const byKeys = await ctx.run({
          flinkConfiguration: { [keys.path]: stopped.location, [keys.ignore]: "true", [keys.claim]: "NO_CLAIM" },
        });
        expect(byKeys.status).toBe(200);
        const config = userConfig(await ctx.jobConfig(byKeys.jobId as string));
        const canonical = isAtLeast(ctx.line, "1.20") ? RESTORE_KEYS.new : RESTORE_KEYS.old;
        // The handler writes the resolved restore settings back under the canonical keys.
        expect(config).toMatchObject({
          [canonical.path]: stopped.location,
          [canonical.ignore]: "true",
          [canonical.claim]: "NO_CLAIM",
        });
        const restored = await ctx.client.GET("/jobs/{jobid}/checkpoints", {
          params: { path: { jobid: byKeys.jobId as string } },
        });
        expect(restored.data?.latest?.restored?.external_path).toBe(stopped.location);
      }
    },
  },
];

/** The keys the restore body fields map to, before and from 1.20. */
const RESTORE_KEYS = {
  old: {
    path: "execution.savepoint.path",
    ignore: "execution.savepoint.ignore-unclaimed-state",
    claim: "execution.savepoint-restore-mode",
  },
  new: {
    path: "execution.state-recovery.path",
    ignore: "execution.state-recovery.ignore-unclaimed-state",
    claim: "execution.state-recovery.claim-mode",
  },
} as const;

/** Builds a case context for one target; `cleanup()` cancels the jobs it started. */
export async function createCaseContext(target: ContractTarget) {
  const validator = createResponseValidator();
  const client = createFlinkClient({ baseUrl: target.url, timeoutMs: 60_000 });
  client.use(validator.middleware);
  const entries = (await client.GET("/jobmanager/config")).data ?? [];
  const clusterConfig = Object.fromEntries(entries.map((e) => [e.key, e.value]));
  let jarId: Promise<string> | undefined;
  const started = new Set<string>();
  const applications = new Set<string>();
  const ctx: CaseContext = {
    target,
    line: target.line,
    client,
    clusterConfig,
    jarId() {
      jarId ??= target.jar().then(async (jar) => (await uploadJar(client, jar)).jarId);
      return jarId;
    },
    async run(body, query, explicitJarId) {
      const jarid = explicitJarId ?? (await ctx.jarId());
      const result = await client.POST("/jars/{jarid}/run", {
        params: { path: { jarid }, ...(query ? { query: query as never } : {}) },
        ...(body === undefined ? {} : { body: body as never }),
      });
      const jobId = result.data?.jobid;
      if (jobId) {
        started.add(jobId);
      }
      return {
        status: result.response.status,
        jobId,
        errors: (result.error as { errors?: string[] } | undefined)?.errors ?? [],
      };
    },
    async jobConfig(jobId) {
      await waitForJob(client, jobId, { until: ["RUNNING"], timeoutMs: 60_000 });
      const result = await client.GET("/jobs/{jobid}/config", { params: { path: { jobid: jobId } } });
      expect(result.response.status).toBe(200);
      return result.data as JobConfig;
    },
    async jobDetails(jobId) {
      return (await client.GET("/jobs/{jobid}", { params: { path: { jobid: jobId } } })).data ?? {};
    },
    async runApplication(body, explicitJarId) {
      const jarid = explicitJarId ?? (await ctx.jarId());
      const result = await client.POST("/jars/{jarid}/run-application", {
        params: { path: { jarid } },
        ...(body === undefined ? {} : { body: body as never }),
      });
      const applicationId = result.data?.applicationid;
      if (applicationId) {
        applications.add(applicationId);
      }
      return {
        status: result.response.status,
        applicationId,
        errors: (result.error as { errors?: string[] } | undefined)?.errors ?? [],
      };
    },
    async jobNamed(name) {
      const jobs = (await client.GET("/jobs/overview")).data?.jobs ?? [];
      const job = jobs
        .filter((j) => j.name === name)
        .sort((a, b) => (b["start-time"] ?? 0) - (a["start-time"] ?? 0))[0];
      if (job?.jid) {
        started.add(job.jid);
      }
      return job;
    },
  };
  return {
    ctx,
    validator,
    /** Cancels every job a case left running, so the next case finds free slots. */
    async cleanup() {
      for (const applicationid of applications) {
        // Ended or unknown applications answer 404: nothing to do.
        await client.POST("/applications/{applicationid}/cancel", { params: { path: { applicationid } } });
      }
      applications.clear();
      const jobs = (await client.GET("/jobs")).data?.jobs ?? [];
      await Promise.all(
        jobs
          .filter((j) => j.id && started.has(j.id) && !["FINISHED", "CANCELED", "FAILED"].includes(j.status ?? ""))
          .map((j) =>
            client.PATCH("/jobs/{jobid}", { params: { path: { jobid: j.id as string }, query: { mode: "cancel" } } }),
          ),
      );
      started.clear();
    },
    /** Why a case cannot run on this target (missing cluster settings), or undefined. */
    skipReason(c: ContractCase): string | undefined {
      for (const [key, value] of Object.entries(c.needsCluster ?? {})) {
        if (clusterConfig[key] !== value) {
          return `needs the cluster setting ${key}=${value} (the cluster has ${clusterConfig[key] ?? "nothing"})`;
        }
      }
      return undefined;
    },
  };
}

/** Every named case: the hand-written ones, then those the differential run and Flink's CLI found. */
export const CASES: readonly ContractCase[] = [
  ...JAR_RUN_CASES,
  ...APPLICATION_CASES,
  ...FLEET_CASES,
  ...DIFFERENTIAL_CASES,
];
