import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFlinkMock, type FlinkMock } from "../../src/msw/index.js";
import { type HttpServer, startHttpServer } from "../../src/node/http-server.js";
import { runCli } from "../support/cli.js";
import { writeEmptyJar } from "../support/empty-jar.js";

let dir: string;
let jar: string;
let mock: FlinkMock;
let server: HttpServer | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flink-rest-cli-"));
  jar = join(dir, "config-echo-job.jar");
  await writeEmptyJar(jar);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function cluster(options: Parameters<typeof createFlinkMock>[0] = {}): Promise<string> {
  mock = createFlinkMock(options);
  server = await startHttpServer(mock.handle, { port: 0 });
  return server.url;
}

describe("flink-rest run", () => {
  it("given flink run's flags, then the job runs with them and the jar is deleted afterwards", async () => {
    const url = await cluster({ flinkVersion: "1.20" });
    const result = await runCli([
      "--url",
      url,
      "--json",
      "run",
      "-p",
      "3",
      "-D",
      "pipeline.name=from-cli",
      "-D",
      "execution.checkpointing.interval=5 s",
      "--wait",
      jar,
      "--job-name",
      "from-args",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({ state: "RUNNING", jarDeleted: true });
    const job = mock.cluster.jobs.get(output.jobId);
    expect(job).toMatchObject({ parallelism: 3, name: "from-args" });
    expect(job?.configuration["pipeline.name"]).toBe("from-cli");
    expect(mock.cluster.jars.size).toBe(0);
  });

  it("given --keep-jar and text output, then the jar stays and progress is printed as plain lines", async () => {
    const url = await cluster();
    const result = await runCli(["--url", url, "run", "--keep-jar", jar]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Job has been submitted with JobID [0-9a-f]{32}/);
    expect(result.stderr).toMatch(/uploading .*config-echo-job\.jar: done, \d+ B sent/);
    expect(mock.cluster.jars.size).toBe(1);
  });

  it("given a savepoint to restore with -s, -n and -cm, then the request carries them", async () => {
    const url = await cluster({ flinkVersion: "2.3" });
    mock.cluster.savepoints.add("file:///sp/savepoint-1");
    const result = await runCli([
      "--url",
      url,
      "--json",
      "run",
      "-s",
      "file:///sp/savepoint-1",
      "-n",
      "-cm",
      "claim",
      jar,
    ]);
    expect(result.code).toBe(0);
    const job = mock.cluster.jobs.get(JSON.parse(result.stdout).jobId);
    expect(job?.restoredFrom).toEqual({
      path: "file:///sp/savepoint-1",
      allowNonRestoredState: true,
      claimMode: "CLAIM",
    });
  });

  it.each([
    [["run", "-p", "0", "JAR"], /parallelism/],
    [["run", "-p", "two", "JAR"], /integer/],
    [["run", "-cm", "own", "JAR"], /CLAIM, NO_CLAIM/],
    [["run", "-D", "novalue", "JAR"], /-D novalue took ".*config-echo-job\.jar" as its value/],
    [["run", "--wait", "--detached", "JAR"], /contradict/],
    [["run", "--job-id", "xyz", "JAR"], /jobId/],
    [["run", "/no/such.jar"], /cannot open/],
    [["run"], /needs a jar/],
    [["frobnicate"], /"frobnicate" is not a valid action/],
  ])("given bad flags %j, then exit code 2 with a message and nothing is submitted", async (args, message) => {
    const url = await cluster();
    const result = await runCli(["--url", url, ...args.map((a) => (a === "JAR" ? jar : a))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(mock.cluster.jobs.size).toBe(0);
  });

  it("given a cluster that is not there, then exit code 3 and a hint about --url", async () => {
    const url = await cluster();
    await server?.close();
    server = undefined;
    const result = await runCli(["--url", url, "run", jar]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Cannot reach Flink at http:\/\/127\.0\.0\.1:\d+/);
    expect(result.stderr).toMatch(/--url, -m host:port or FLINK_URL/);
  });

  it("given a program that fails, then exit code 4 with Flink's message, as JSON on stderr with --json", async () => {
    const url = await cluster();
    const result = await runCli(["--url", url, "--json", "run", jar, "--fail"]);
    expect(result.code).toBe(4);
    const error = JSON.parse(result.stderr).error;
    expect(error).toMatchObject({ name: "FlinkBadRequestError", status: 400 });
    expect(error.message).toContain("Could not execute application.");
    expect(mock.cluster.jars.size).toBe(0);
  });

  it("given FLINK_URL, then it is the default --url", async () => {
    const url = await cluster();
    const result = await runCli(["list"], { FLINK_URL: url });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("No running or scheduled jobs.\n");
  });
});

describe("flink-rest explain", () => {
  it("given a cluster, then it prints the effective configuration with sources and diagnostics, and submits nothing", async () => {
    const url = await cluster({ clusterConfig: { "parallelism.default": "4", "pipeline.name": "cluster" } });
    const result = await runCli([
      "--url",
      url,
      "--json",
      "explain",
      "-D",
      "pipeline.name=req",
      "-D",
      "rest.port=1",
      jar,
    ]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.configuration["pipeline.name"]).toEqual({ value: "req", source: "flinkConfiguration" });
    expect(output.configuration["parallelism.default"]).toEqual({ value: "1", source: "handler" });
    expect(output.diagnostics.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(["cluster-scope-key", "cluster-parallelism-ignored"]),
    );
    expect(mock.cluster.jobs.size + mock.cluster.jars.size).toBe(0);
  });

  it("given --offline, then it needs --flink-version and works without a cluster", async () => {
    const withoutVersion = await runCli(["explain", "--offline", jar]);
    expect(withoutVersion.code).toBe(2);
    expect(withoutVersion.stderr).toMatch(/--flink-version/);
    const result = await runCli([
      "explain",
      "--offline",
      "--flink-version",
      "1.20",
      "--cluster-conf",
      "execution.state-recovery.path=/sp/c",
      "-D",
      "execution.savepoint.path=/sp/r",
      jar,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/execution\.state-recovery\.path\s+\/sp\/c\s+cluster/);
    expect(result.stdout).toMatch(/deprecated-key-shadowed/);
  });
});

describe("flink-rest list, jars, cancel, savepoint, stop", () => {
  it("given a running job, then the commands manage it like flink's CLI", async () => {
    const url = await cluster({ clusterConfig: { "execution.checkpointing.savepoint-dir": "file:///savepoints" } });
    const run = JSON.parse((await runCli(["--url", url, "--json", "run", "--keep-jar", jar])).stdout);
    const list = await runCli(["--url", url, "list"]);
    expect(list.stdout).toMatch(new RegExp(`${run.jobId}\\s+RUNNING`));
    const jars = await runCli(["--url", url, "--json", "jars"]);
    expect(JSON.parse(jars.stdout).jars.map((j: { id: string }) => j.id)).toEqual([run.jarId]);
    const savepoint = await runCli(["--url", url, "savepoint", run.jobId]);
    expect(savepoint.stdout).toMatch(/^Savepoint completed\. Path: file:\/savepoints\/savepoint-/);
    const stop = await runCli(["--url", url, "--json", "stop", "-p", "file:///elsewhere", run.jobId]);
    expect(JSON.parse(stop.stdout).location).toMatch(/^file:\/elsewhere\//);
    expect(mock.cluster.jobs.get(run.jobId)?.state).toBe("FINISHED");
    const cancel = await runCli(["--url", url, "cancel", run.jobId]);
    // Flink refuses (409) to cancel a job that finished: the job's state, not Flink's refusal, is the news.
    expect(cancel.code).toBe(5);
    expect(cancel.stderr).toMatch(new RegExp(`Job ${run.jobId} ended in state FINISHED`));
  }, 60_000);

  it("given a job to cancel, then cancel waits for CANCELED", async () => {
    const url = await cluster();
    const run = JSON.parse((await runCli(["--url", url, "--json", "run", jar])).stdout);
    const cancel = await runCli(["--url", url, "--json", "cancel", run.jobId]);
    expect(JSON.parse(cancel.stdout)).toEqual({ jobId: run.jobId, state: "CANCELED" });
  });

  it("given --help, then usage is printed and the exit code is 0", async () => {
    const result = await runCli(["run", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/-p, --parallelism <parallelism>/);
    expect(result.stdout).toMatch(/-s, --fromSavepoint <savepointPath>/);
  });
});
