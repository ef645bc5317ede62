/**
 * The contract cases of applications (Flink 2.3+, FLIP-549) and of programs that submit more than
 * one job: run on the fake cluster (npm test) and on real Flink (npm run test:flink), gated by the
 * contract's lines of each operation and behaviour, never by a version literal.
 */
import { expect } from "vitest";
import {
  GET_APPLICATION_DETAILS_LINES,
  JOB_LIMIT_BY_KIND_LINES,
  RUN_JAR_APPLICATION_LINES,
} from "../../generated/contract-facts.js";
import { FlinkApplicationFailedError, FlinkBadRequestError } from "../../src/errors.js";
import { getApplicationConfig, getApplicationExceptions } from "../../src/jobs/application-info.js";
import { cancelApplication } from "../../src/jobs/cancel-application.js";
import { waitForApplication } from "../../src/jobs/wait-application.js";
import { inLines } from "../../src/versions/contract.js";
import { errorsOf } from "../support/flink-mock-server.js";
import type { CaseContext, ContractCase } from "./cases.js";

const withApplications = (line: string) => inLines(line, RUN_JAR_APPLICATION_LINES);
const ECHO_ENTRY_CLASS = "org.flinkrestclient.echo.ConfigEchoJob";

/** The application's jobs as [name, state] pairs, by name (Flink lists them in no fixed order). */
async function jobsOf(ctx: CaseContext, applicationid: string): Promise<Array<[string, string]>> {
  const { data } = await ctx.client.GET("/applications/{applicationid}", { params: { path: { applicationid } } });
  return (data?.jobs ?? []).map((j): [string, string] => [j.name ?? "", j.state ?? ""]).sort(byName);
}

const byName = <T extends readonly unknown[]>(a: T, b: T) => String(a[0]).localeCompare(String(b[0]));

/** Runs the echo job as an application and returns its id (202 expected). */
async function runEcho(ctx: CaseContext, body: Record<string, unknown>): Promise<string> {
  const r = await ctx.runApplication(body);
  expect(r.status).toBe(202);
  return r.applicationId as string;
}

/** Polls until `check` holds (the application's jobs move on their own). */
async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const APPLICATION_CASES: readonly ContractCase[] = [
  {
    name: "applications: run-application answers 202 with the id; the application runs the program's one job, and cancelling it cancels the job",
    lines: withApplications,
    timeoutMs: 120_000,
    async run(ctx) {
      const applicationid = await runEcho(ctx, {
        parallelism: 2,
        programArgsList: ["--job-name", "app-one"],
        flinkConfiguration: { "pipeline.object-reuse": "false" },
      });
      expect(applicationid).toMatch(/^[0-9a-f]{32}$/);
      const app = await waitForApplication(ctx.client, applicationid, { timeoutMs: 60_000 });
      expect(app).toMatchObject({ id: applicationid, name: ECHO_ENTRY_CLASS, status: "RUNNING", "end-time": -1 });
      expect(app.jobs).toHaveLength(1);
      const job = app.jobs?.[0];
      expect(job).toMatchObject({ name: "app-one", state: "RUNNING", jobType: "STREAMING" });
      // Every state has a timestamp, 0 for those not reached; the details start at RUNNING.
      expect(Object.keys(app.timestamps ?? {}).sort()).toEqual(
        ["CANCELED", "CANCELING", "CREATED", "FAILED", "FAILING", "FINISHED", "RUNNING"].sort(),
      );
      expect(app.timestamps?.FINISHED).toBe(0);
      expect(app["start-time"]).toBe(app.timestamps?.RUNNING);
      const overview = (await ctx.client.GET("/applications/overview")).data?.applications ?? [];
      const row = overview.find((a) => a.id === applicationid);
      expect(row).toMatchObject({ status: "RUNNING", jobs: { RUNNING: 1 }, "start-time": app.timestamps?.CREATED });
      // The job knows its application; the job's configuration is the request's, not forced detached.
      const jid = job?.jid as string;
      const details = await ctx.client.GET("/jobs/{jobid}", { params: { path: { jobid: jid } } });
      expect(details.data?.["application-id"]).toBe(applicationid);
      const config = await ctx.jobConfig(jid);
      expect(config["execution-config"]?.["job-parallelism"]).toBe(2);
      expect(config["execution-config"]?.["user-config"]?.["execution.attached"]).toBeUndefined();
      // The application's configuration is the cluster's.
      expect(await getApplicationConfig(ctx.client, applicationid)).toEqual(ctx.clusterConfig);

      expect(await cancelApplication(ctx.client, applicationid, { timeoutMs: 60_000 })).toBe("CANCELED");
      expect(await jobsOf(ctx, applicationid)).toEqual([["app-one", "CANCELED"]]);
      // Flink answers 404 to cancelling an ended application; the helper reports it as cancelled.
      const again = await ctx.client.POST("/applications/{applicationid}/cancel", {
        params: { path: { applicationid } },
      });
      expect(again.response.status).toBe(404);
      expect(errorsOf(again.error).join("\n")).toContain("Application could not be found.");
      expect(await cancelApplication(ctx.client, applicationid)).toBe("CANCELED");
      expect(await getApplicationExceptions(ctx.client, applicationid)).toEqual([]);
    },
  },
  {
    name: "applications: a program that fails, a parallelism of 0 and a missing savepoint still get 202; the application turns FAILED with the cause in its exceptions",
    lines: withApplications,
    timeoutMs: 120_000,
    async run(ctx) {
      const cases: Array<[Record<string, unknown>, RegExp, number]> = [
        [{ programArgsList: ["--fail"] }, /main\(\) failed on purpose \(--fail\)/, 0],
        [{ parallelism: 0 }, /[Pp]arallelism/, 0],
        [
          { savepointPath: `file:///tmp/flink-rest-client-no-savepoint-${Date.now()}` },
          /Cannot find checkpoint or savepoint/,
          1,
        ],
      ];
      for (const [body, cause, jobs] of cases) {
        const applicationid = await runEcho(ctx, body);
        // RUNNING at first (main() runs after the 202): the default wait, for its jobs to run, sees it fail.
        const failed = await waitForApplication(ctx.client, applicationid, { timeoutMs: 60_000 }).catch((e) => e);
        expect(failed).toBeInstanceOf(FlinkApplicationFailedError);
        expect(failed).toMatchObject({ applicationId: applicationid, state: "FAILED" });
        const entries = await getApplicationExceptions(ctx.client, applicationid);
        expect(entries[0]?.exceptionName).toBe(
          "org.apache.flink.client.deployment.application.ApplicationExecutionException",
        );
        expect(entries[0]?.stacktrace).toMatch(cause);
        expect(entries[0]).not.toHaveProperty("jobId");
        expect((await jobsOf(ctx, applicationid)).map(([, state]) => state)).toEqual(jobs === 0 ? [] : ["FAILED"]);
      }
    },
  },
  {
    name: "applications: a second streaming job fails the application and its first job is cancelled",
    lines: withApplications,
    timeoutMs: 120_000,
    async run(ctx) {
      const applicationid = await runEcho(ctx, { programArgsList: ["--two-jobs", "--job-name", "two"] });
      const failed = await waitForApplication(ctx.client, applicationid, { timeoutMs: 60_000 }).catch((e) => e);
      expect(failed).toMatchObject({ state: "FAILED" });
      expect(failed.exception).toContain("Cannot have more than 1 streaming jobs in a single environment.");
      await eventually("the first job to be cancelled", async () => {
        const jobs = await jobsOf(ctx, applicationid);
        return jobs.length === 1 && jobs[0]?.[1] === "CANCELED";
      });
      expect(await jobsOf(ctx, applicationid)).toEqual([["two-1", "CANCELED"]]);
    },
  },
  {
    name: "applications: two batch jobs both run and the application FINISHES with both jobs FINISHED",
    lines: withApplications,
    timeoutMs: 120_000,
    async run(ctx) {
      const applicationid = await runEcho(ctx, {
        programArgsList: ["--two-batch-jobs", "--records", "10", "--job-name", "batch"],
      });
      const app = await waitForApplication(ctx.client, applicationid, { until: ["FINISHED"], timeoutMs: 90_000 });
      expect(app.status).toBe("FINISHED");
      expect(app["end-time"]).toBeGreaterThan(0);
      expect(app.jobs?.map((j) => [j.name, j.state, j.jobType]).sort(byName)).toEqual([
        ["batch-1", "FINISHED", "BATCH"],
        ["batch-2", "FINISHED", "BATCH"],
      ]);
      const row = (await ctx.client.GET("/applications/overview")).data?.applications?.find(
        (a) => a.id === applicationid,
      );
      expect(row?.jobs).toEqual({ FINISHED: 2 });
    },
  },
  {
    name: "applications: a batch job then a streaming one; cancelling cancels the running job and the finished one stays FINISHED",
    lines: withApplications,
    timeoutMs: 120_000,
    async run(ctx) {
      const applicationid = await runEcho(ctx, {
        programArgsList: ["--batch-then-stream", "--records", "5", "--job-name", "mixed"],
      });
      await eventually("the batch job to finish while the streaming job runs", async () => {
        const jobs = await jobsOf(ctx, applicationid);
        return jobs[0]?.[1] === "FINISHED" && jobs[1]?.[1] === "RUNNING";
      });
      const row = (await ctx.client.GET("/applications/overview")).data?.applications?.find(
        (a) => a.id === applicationid,
      );
      expect(row?.jobs).toEqual({ FINISHED: 1, RUNNING: 1 });
      expect(await cancelApplication(ctx.client, applicationid, { timeoutMs: 60_000 })).toBe("CANCELED");
      expect(await jobsOf(ctx, applicationid)).toEqual([
        ["mixed-1", "FINISHED"],
        ["mixed-2", "CANCELED"],
      ]);
    },
  },
  {
    name: "applications: ids are 32 hex digits in any case; malformed is 400, unknown is 500 (details, exceptions) or 404 (cancel), and the config answers any id",
    lines: (line) => inLines(line, GET_APPLICATION_DETAILS_LINES),
    async run(ctx) {
      const unknown = "0123456789abcdef0123456789abcdef";
      for (const applicationid of ["xyz", "0123456789abcdef0123456789abcde", `${unknown}01`]) {
        const params = { params: { path: { applicationid } } };
        const details = await ctx.client.GET("/applications/{applicationid}", params);
        expect(details.response.status).toBe(400);
        expect(errorsOf(details.error)[0]).toContain(
          `Cannot resolve path parameter (applicationid) from value "${applicationid}".`,
        );
        expect((await ctx.client.POST("/applications/{applicationid}/cancel", params)).response.status).toBe(400);
        expect((await ctx.client.GET("/applications/{applicationid}/exceptions", params)).response.status).toBe(400);
        expect((await ctx.client.GET("/applications/{applicationid}/jobmanager/config", params)).response.status).toBe(
          400,
        );
      }
      const params = { params: { path: { applicationid: unknown.toUpperCase() } } };
      const details = await ctx.client.GET("/applications/{applicationid}", params);
      expect(details.response.status).toBe(500);
      expect(errorsOf(details.error).join("\n")).toContain(`Could not find Flink application (${unknown})`);
      expect((await ctx.client.GET("/applications/{applicationid}/exceptions", params)).response.status).toBe(500);
      expect((await ctx.client.POST("/applications/{applicationid}/cancel", params)).response.status).toBe(404);
      const config = await ctx.client.GET("/applications/{applicationid}/jobmanager/config", params);
      expect(config.response.status).toBe(200);
      expect(Object.fromEntries((config.data ?? []).map((e) => [e.key, e.value]))).toEqual(ctx.clusterConfig);
      // A job id is not an application id (except for a job of /run, whose application has its id).
      const app = await runEcho(ctx, {});
      const { jobs } = await waitForApplication(ctx.client, app, { timeoutMs: 60_000 });
      const jobid = jobs?.[0]?.jid as string;
      const byJobId = await ctx.client.GET("/applications/{applicationid}", {
        params: { path: { applicationid: jobid } },
      });
      expect(byJobId.response.status).toBe(500);
      expect((await ctx.client.GET("/jobs/{jobid}", { params: { path: { jobid: app } } })).response.status).toBe(404);
      // Leave the slots to the cases after this one.
      await cancelApplication(ctx.client, app, { timeoutMs: 60_000 });
    },
  },
  {
    name: "applications: run-application refuses a duplicate or malformed application id (400) and a missing jar (500); unknown fields such as restoreMode are ignored",
    lines: withApplications,
    timeoutMs: 120_000,
    async run(ctx) {
      const applicationId = `a11ce${Date.now().toString(16).padStart(27, "0")}`.slice(0, 32);
      expect((await ctx.runApplication({ applicationId, restoreMode: "CLAIM", foo: 1 })).applicationId).toBe(
        applicationId,
      );
      for (const id of [applicationId, applicationId.toUpperCase()]) {
        const duplicate = await ctx.runApplication({ applicationId: id });
        expect(duplicate.status).toBe(400);
        expect(duplicate.errors.join("\n")).toMatch(
          /Could not submit application\.[\s\S]*DuplicateApplicationSubmissionException/,
        );
      }
      // Cancelled once it runs: on real 2.3.0 an application cancelled while main() was still
      // starting stayed CANCELING for over 60 s once (CI, 2026-12-02); this case is about ids.
      await waitForApplication(ctx.client, applicationId, { timeoutMs: 60_000 });
      expect(await cancelApplication(ctx.client, applicationId, { timeoutMs: 60_000 })).toBe("CANCELED");
      expect((await ctx.runApplication({ applicationId })).status).toBe(400); // also once it has ended
      const malformed = await ctx.runApplication({ applicationId: "xyz" });
      expect(malformed.status).toBe(400);
      expect(malformed.errors[0]).toContain("Request did not match expected format JarRunApplicationRequestBody.");
      const missing = await ctx.runApplication({}, "00000000-0000-0000-0000-000000000000_missing.jar");
      expect(missing.status).toBe(500);
      const entry = await ctx.runApplication({ entryClass: "no.such.Main" });
      expect(entry.status).toBe(500);
      expect(entry.errors.join("\n")).toContain("The program's entry point class 'no.such.Main' was not found");
    },
  },
  {
    name: "applications: a job run with /run has an application of its own, SingleJobApplication(<job name>), with the job's id",
    lines: withApplications,
    async run(ctx) {
      const r = await ctx.run({ programArgsList: ["--job-name", "single"] });
      expect(r.status).toBe(200);
      await ctx.jobConfig(r.jobId as string);
      const applicationid = r.jobId as string;
      const app = await waitForApplication(ctx.client, applicationid, { timeoutMs: 30_000 });
      expect(app).toMatchObject({ name: "SingleJobApplication(single)", status: "RUNNING" });
      expect(app["start-time"]).toBeGreaterThan(0);
      expect(app.jobs?.map((j) => j.jid)).toEqual([r.jobId]);
    },
  },
  {
    name: "a program that submits a second job through /run: 400, and the first job keeps running (the refusal names the kind of job from 2.3)",
    timeoutMs: 120_000,
    async run(ctx) {
      const byKind = inLines(ctx.line, JOB_LIMIT_BY_KIND_LINES);
      const cases: Array<[string[], string]> = [
        [
          ["--two-jobs"],
          byKind
            ? "Cannot have more than 1 streaming jobs in a single environment."
            : "Cannot have more than one execute() or executeAsync() call in a single environment.",
        ],
        [
          ["--two-batch-jobs", "--records", "1000"],
          byKind
            ? "Cannot have more than 1 jobs in a single environment."
            : "Cannot have more than one execute() or executeAsync() call in a single environment.",
        ],
        [["--fail-after-submit"], "main() failed on purpose after submitting a job (--fail-after-submit)"],
      ];
      for (const [args, message] of cases) {
        const name = `second-${args[0]?.slice(2)}-${Date.now()}`;
        const r = await ctx.run({ programArgsList: [...args, "--job-name", name] });
        expect(r.status).toBe(400);
        expect(r.errors.join("\n")).toContain("Could not execute application.");
        expect(r.errors.join("\n")).toContain(message);
        const first = await ctx.jobNamed(`${name}-1`);
        expect(first?.state).toMatch(/^(INITIALIZING|CREATED|RUNNING)$/);
        expect(await ctx.jobNamed(`${name}-2`)).toBeUndefined();
      }
    },
  },
  {
    name: "applications: the helpers refuse a cluster without applications, naming its version, before sending",
    lines: (line) => !withApplications(line),
    async run(ctx) {
      const error = await waitForApplication(ctx.client, "0123456789abcdef0123456789abcdef").catch((e) => e);
      expect(error).toMatchObject({ name: "FlinkInputError", code: "unsupported-by-version" });
      expect(error.message).toContain(
        `Flink ${ctx.line} has no applications (they came in ${RUN_JAR_APPLICATION_LINES.since})`,
      );
      expect(error).not.toBeInstanceOf(FlinkBadRequestError);
    },
  },
  {
    name: "applications: a line without them has no such routes (404 from the web UI's file server for a GET, the router's Not found for a POST)",
    lines: (line) => !inLines(line, GET_APPLICATION_DETAILS_LINES),
    async run(ctx) {
      const applicationid = "0123456789abcdef0123456789abcdef";
      const details = await ctx.client.GET("/applications/{applicationid}", { params: { path: { applicationid } } });
      expect(details.response.status).toBe(404);
      expect(errorsOf(details.error)).toEqual([`Unable to load requested file /applications/${applicationid}.`]);
      const cancel = await ctx.client.POST("/applications/{applicationid}/cancel", {
        params: { path: { applicationid } },
      });
      expect(cancel.response.status).toBe(404);
      expect(errorsOf(cancel.error)).toEqual([`Not found: /applications/${applicationid}/cancel`]);
    },
  },
];
