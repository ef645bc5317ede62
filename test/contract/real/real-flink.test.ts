/**
 * The contract cases against real Flink: the oracle. Starts a cluster per version line (one at a
 * time, loopback only), or uses FLINK_URL. A case that needs a cluster setting the cluster lacks
 * is skipped with the reason printed; nothing else is skipped.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RUN_JAR_APPLICATION_LINES } from "../../../generated/contract-facts.js";
import { validateFlinkConfiguration } from "../../../src/options/index.js";
import { inLines } from "../../../src/versions/contract.js";
import { VALUE_TABLE } from "../../fixtures/value-table.js";
import { runCli } from "../../support/cli.js";
import { echoJobJar, type FlinkCluster, startFlinkCluster } from "../../support/flink-cluster.js";
import { CASES, createCaseContext } from "../cases.js";
import { CLUSTER_PROFILE, type ContractTarget, REAL_FLINK_TARGETS } from "../target.js";
import { recordResult } from "./results.js";

const external = process.env.FLINK_URL;

describe.each(REAL_FLINK_TARGETS)("contract cases on real Flink %s", (requested) => {
  let cluster: FlinkCluster | undefined;
  let target: ContractTarget;
  let context: Awaited<ReturnType<typeof createCaseContext>>;
  let line = requested;

  beforeAll(async () => {
    const jar = await echoJobJar();
    let url: string;
    if (external) {
      url = external.replace(/\/+$/, "");
      const version = (await (await fetch(`${url}/config`)).json())["flink-version"] as string;
      line = /^\d+\.\d+/.exec(version)?.[0] ?? version;
    } else {
      cluster = await startFlinkCluster({ version: requested, conf: { ...CLUSTER_PROFILE } });
      url = cluster.url;
    }
    target = { kind: "real", line, url, jar: async () => ({ path: jar }), close: async () => {} };
    const release = (await (await fetch(`${url}/config`)).json())["flink-version"] as string;
    recordResult(line, "__release", release);
    context = await createCaseContext(target);
  });
  afterEach(async () => {
    await context?.cleanup();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  for (const c of CASES) {
    it(
      c.name,
      async (test) => {
        if (c.lines && !c.lines(line)) {
          recordResult(line, c.name, "not applicable");
          return;
        }
        const reason = context.skipReason(c);
        if (reason) {
          process.stdout.write(`skipped on ${target.url} (${line}): "${c.name}": ${reason}\n`);
          recordResult(line, c.name, `skipped: ${reason}`);
          test.skip();
          return;
        }
        try {
          await c.run(context.ctx);
          expect(context.validator.violations).toEqual([]);
          recordResult(line, c.name, "passed");
        } catch (error) {
          recordResult(line, c.name, "failed");
          context.validator.violations.length = 0;
          throw error;
        }
      },
      c.timeoutMs ?? 120_000,
    );
  }
  // The validator's parse rules against the oracle: every value of the probed table is submitted;
  // Flink accepts exactly the ones the validator calls valid (test/fixtures/value-table.ts).
  it("option values: real Flink accepts exactly the values the validator calls valid", async () => {
    const rows = VALUE_TABLE.filter((row) => row.version === line);
    expect(rows.length).toBeGreaterThan(0);
    const mismatches: string[] = [];
    for (const row of rows) {
      const findings = validateFlinkConfiguration({ [row.key]: row.value }, { flinkVersion: line });
      const sdkValid = !findings.some((d) => d.code === "invalid-value");
      const outcome = await context.ctx.run({ flinkConfiguration: { [row.key]: row.value } });
      const flinkValid = outcome.status === 200;
      if (outcome.jobId) {
        const params = { path: { jobid: outcome.jobId }, query: { mode: "cancel" as const } };
        await context.ctx.client.PATCH("/jobs/{jobid}", { params });
      }
      if (sdkValid !== flinkValid || flinkValid !== row.valid) {
        const verdict = `validator ${sdkValid ? "valid" : "invalid"}, Flink answered ${outcome.status}`;
        mismatches.push(
          `${row.key}=${JSON.stringify(row.value)}: ${verdict}, probe said ${row.valid ? "valid" : "invalid"}`,
        );
      }
    }
    const keys = new Set(rows.map((r) => r.key)).size;
    const name = `option values: ${rows.length} values of ${keys} keys judged as Flink judges them`;
    recordResult(line, name, mismatches.length === 0 ? "passed" : "failed");
    expect(mismatches).toEqual([]);
  }, 300_000);
  // The real binary against real Flink: what `flink run`, `flink list`, `flink savepoint`,
  // `flink stop` and `flink cancel` do, over REST.
  it("the flink-rest CLI runs, lists, savepoints, stops and cancels jobs on real Flink", async () => {
    const jar = await echoJobJar();
    const cli = (...args: string[]) => runCli(["--url", target.url, "--json", ...args]);
    const run = await cli("run", "-p", "2", "-D", "pipeline.name=from-flink-rest", "--wait", jar, "--object-reuse");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { jobId, jarDeleted } = JSON.parse(run.stdout) as { jobId: string; jarDeleted: boolean };
    expect(jarDeleted).toBe(true);
    const config = await context.ctx.jobConfig(jobId);
    expect(config).toMatchObject({
      name: "from-flink-rest",
      "execution-config": { "job-parallelism": 2, "object-reuse-mode": true },
    });
    const { jobs } = JSON.parse((await cli("list")).stdout) as { jobs: Array<{ jid: string; state: string }> };
    expect(jobs.find((j) => j.jid === jobId)?.state).toBe("RUNNING");
    const savepoint = await cli("savepoint", jobId);
    expect(savepoint.code).toBe(0);
    expect(JSON.parse(savepoint.stdout).location).toMatch(/savepoint-/);
    const stop = await cli("stop", jobId);
    expect(stop.code).toBe(0);
    const location = JSON.parse(stop.stdout).location as string;
    const resumed = await cli("run", "-s", location, "-n", "-cm", "NO_CLAIM", jar);
    expect(resumed.code).toBe(0);
    const resumedId = JSON.parse(resumed.stdout).jobId as string;
    const cancel = await cli("cancel", resumedId);
    expect(JSON.parse(cancel.stdout)).toEqual({ jobId: resumedId, state: "CANCELED" });
    const refused = await cli("run", "-p", "0", jar);
    expect(refused.code).toBe(2);
    recordResult(
      line,
      "the flink-rest CLI (run, list, savepoint, stop, run -s, cancel) against this version",
      "passed",
    );
  }, 240_000);
  // Applications (2.3+) with the real binary: run --application, applications list/wait/show/cancel.
  it("the flink-rest CLI runs, lists, waits on and cancels an application on real Flink (2.3+)", async () => {
    const name = "the flink-rest CLI (run --application, applications, cancel) against this version";
    if (!inLines(line, RUN_JAR_APPLICATION_LINES)) {
      recordResult(line, name, "not applicable");
      return;
    }
    const jar = await echoJobJar();
    const cli = (...args: string[]) => runCli(["--url", target.url, "--json", ...args]);
    const run = await cli("run", "--application", "--wait", "-p", "2", jar, "--job-name", "cli-application");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const submitted = JSON.parse(run.stdout) as { applicationId: string; jarId: string; jobIds: string[] };
    expect(submitted.jobIds).toHaveLength(1);
    const list = JSON.parse((await cli("applications")).stdout) as Array<{ id: string; jobs: object }>;
    expect(list.find((a) => a.id === submitted.applicationId)?.jobs).toEqual({ RUNNING: 1 });
    const cancel = await cli("applications", "cancel", submitted.applicationId);
    expect(JSON.parse(cancel.stdout)).toEqual({ applicationId: submitted.applicationId, state: "CANCELED" });
    const show = JSON.parse((await cli("applications", "show", submitted.applicationId)).stdout);
    expect(show).toMatchObject({ status: "CANCELED", exceptions: [] });
    const batch = await cli(
      "run",
      "--application",
      "--wait-until",
      "FINISHED",
      jar,
      "--two-batch-jobs",
      "--records",
      "5",
    );
    expect(batch.code).toBe(0);
    expect(JSON.parse(batch.stdout)).toMatchObject({ state: "FINISHED", jarDeleted: true });
    await context.ctx.client.DELETE("/jars/{jarid}", { params: { path: { jarid: submitted.jarId } } });
    recordResult(line, name, "passed");
  }, 240_000);
});
