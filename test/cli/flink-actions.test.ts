/**
 * `flink-rest` with the actions and option spellings of `bin/flink`: what each sends, checked on
 * the requests a fake cluster receives (docs/cli.md has the table these tests follow).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFlinkMock, type FlinkMock } from "../../src/msw/index.js";
import { type HttpServer, startHttpServer } from "../../src/node/http-server.js";
import { runCli } from "../support/cli.js";
import { writeEmptyJar } from "../support/empty-jar.js";

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

let dir: string;
let jar: string;
let mock: FlinkMock;
let server: HttpServer | undefined;
let sent: Sent[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flink-rest-actions-"));
  jar = join(dir, "job.jar");
  await writeEmptyJar(jar);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fake cluster over loopback HTTP that logs every request it receives. */
async function cluster(options: Parameters<typeof createFlinkMock>[0] = {}): Promise<string> {
  mock = createFlinkMock({
    clusterConfig: { "execution.checkpointing.savepoint-dir": "file:///savepoints" },
    ...options,
  });
  sent = [];
  server = await startHttpServer(
    async (request) => {
      const text = request.method === "GET" ? "" : await request.clone().text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // an upload: multipart, kept as text
      }
      sent.push({ method: request.method, path: new URL(request.url).pathname, body });
      return mock.handle(request);
    },
    { port: 0 },
  );
  return server.url;
}

const posts = (suffix: string) => sent.filter((r) => r.method === "POST" && r.path.endsWith(suffix));

async function runningJob(url: string): Promise<string> {
  const run = await runCli(["run", "--url", url, "--json", jar]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout).jobId as string;
}

describe("options after the action, and flink-rest's own", () => {
  it("given list --json after the action, then it is read as in Flink (no usage error)", async () => {
    const url = await cluster();
    const jobId = await runningJob(url);
    const result = await runCli(["list", "--json", "--url", url]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).jobs.map((j: { jid: string }) => j.jid)).toEqual([jobId]);
  });

  it("given -m host:port, then it selects the cluster like --url", async () => {
    const url = await cluster();
    const hostPort = new URL(url).host;
    const result = await runCli(["list", "-m", hostPort, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(sent.some((r) => r.path === "/jobs/overview")).toBe(true);
  });

  it("given --version, then it names the package version and the Flink lines, and sends nothing", async () => {
    const result = await runCli(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^flink-rest \(flink-rest-client\) \d+\.\d+\.\d+.*, for Flink 1\.\d+/);
  });

  it("given --url after the jar, then it goes to the program as with flink run, and a warning says so", async () => {
    const url = await cluster();
    const result = await runCli(["run", "--url", url, "--json", jar, "--url", "http://elsewhere:8081"]);
    expect(result.code, result.stderr).toBe(0);
    // With --json, warnings are part of the one document on stdout.
    expect(JSON.parse(result.stdout).warnings).toEqual([
      expect.stringMatching(/--url after the jar goes to the program as an argument, as with flink run/),
    ]);
    expect(posts("/run")[0]?.body).toMatchObject({ programArgsList: ["--url", "http://elsewhere:8081"] });
  });
});

describe("run's Flink spellings", () => {
  it("given -sae, -cm CLAIM and -C, then nothing is misread: claimMode, pipeline.classpaths, a warning for -sae", async () => {
    const url = await cluster({ flinkVersion: "2.3" });
    mock.cluster.savepoints.add("file:///sp/savepoint-1");
    const result = await runCli([
      "run",
      "--url",
      url,
      "--json",
      "-sae",
      "-cm",
      "CLAIM",
      "-s",
      "file:///sp/savepoint-1",
      "-C",
      "file:///libs/a.jar",
      "-C",
      "file:///libs/b.jar",
      jar,
      "x",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).warnings).toEqual([expect.stringMatching(/-sae|shutdownOnAttachedExit/)]);
    const body = posts("/run")[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ savepointPath: "file:///sp/savepoint-1", claimMode: "CLAIM", programArgsList: ["x"] });
    expect((body.flinkConfiguration as Record<string, string>)["pipeline.classpaths"]).toBe(
      "file:///libs/a.jar;file:///libs/b.jar",
    );
  });

  it("given -rm on a line before claimMode existed, then it is sent as restoreMode", async () => {
    const url = await cluster({ flinkVersion: "1.19" });
    mock.cluster.savepoints.add("file:///sp/savepoint-1");
    const result = await runCli([
      "run",
      "--url",
      url,
      "--json",
      "-s",
      "file:///sp/savepoint-1",
      "-rm",
      "NO_CLAIM",
      jar,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(posts("/run")[0]?.body).toMatchObject({ restoreMode: "NO_CLAIM" });
    expect(posts("/run")[0]?.body).not.toHaveProperty("claimMode");
  });
});

describe("info", () => {
  it("given a jar and -D, then it plans it with the configuration and deletes the jar, submitting nothing", async () => {
    const url = await cluster();
    const result = await runCli(["info", "--url", url, "--json", "-p", "2", "-Dpipeline.name=planned", jar]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty("plan");
    expect(posts("/plan")[0]?.body).toMatchObject({
      parallelism: 2,
      flinkConfiguration: { "pipeline.name": "planned" },
    });
    expect(posts("/run")).toEqual([]);
    expect(mock.cluster.jars.size).toBe(0);
    expect(mock.cluster.jobs.size).toBe(0);
  });
});

describe("list -r, -s, -a", () => {
  it("given a running and a finished job, then -r and the default show the running one, -a both", async () => {
    const url = await cluster();
    const running = await runningJob(url);
    const finished = await runningJob(url);
    const stop = await runCli(["stop", "--url", url, finished]);
    expect(stop.code, stop.stderr).toBe(0);
    const ids = async (...flags: string[]) => {
      const result = await runCli(["list", "--url", url, "--json", ...flags]);
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout).jobs as Array<{ jid: string }>).map((j) => j.jid).sort();
    };
    expect(await ids()).toEqual([running]);
    expect(await ids("-r")).toEqual([running]);
    expect(await ids("-s")).toEqual([]);
    expect(await ids("-a")).toEqual([running, finished].sort());
  }, 60_000);
});

describe("cancel, stop, savepoint, checkpoint", () => {
  it("given cancel -s <dir> <jobId>, then a savepoint with cancelJob goes to that directory, with a deprecation warning", async () => {
    const url = await cluster();
    const jobId = await runningJob(url);
    const result = await runCli(["cancel", "--url", url, "--json", "-s", "file:///sp", jobId]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).warnings).toEqual([expect.stringMatching(/deprecated/)]);
    expect(posts("/savepoints")[0]?.body).toMatchObject({ "cancel-job": true, "target-directory": "file:///sp" });
    expect(JSON.parse(result.stdout).location).toMatch(/^file:\/sp\//);
  });

  it("given stop --drain --type native -p <dir>, then the body says so and the location is printed", async () => {
    const url = await cluster();
    const jobId = await runningJob(url);
    const result = await runCli([
      "stop",
      "--url",
      url,
      "--json",
      "--drain",
      "--type",
      "native",
      "-p",
      "file:///sp",
      jobId,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(posts("/stop")[0]?.body).toEqual({ targetDirectory: "file:///sp", drain: true, formatType: "NATIVE" });
    expect(JSON.parse(result.stdout).location).toMatch(/^file:\/sp\//);
  });

  it("given stop -detached, then the trigger id is printed and nothing waits for the savepoint", async () => {
    const url = await cluster();
    const jobId = await runningJob(url);
    const result = await runCli(["stop", "--url", url, "--json", "-detached", jobId]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ jobId, triggerId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(sent.filter((r) => r.method === "GET" && r.path.includes("/savepoints/"))).toEqual([]);
  });

  it("given savepoint -d <path>, then the savepoint is disposed of; a path the cluster does not have fails with exit 5", async () => {
    const url = await cluster();
    mock.cluster.savepoints.add("file:///sp/savepoint-1");
    const result = await runCli(["savepoint", "--url", url, "-d", "file:///sp/savepoint-1"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Savepoint 'file:\/\/\/sp\/savepoint-1' disposed\./);
    expect(posts("/savepoint-disposal")[0]?.body).toEqual({ "savepoint-path": "file:///sp/savepoint-1" });
    expect(mock.cluster.savepoints.has("file:///sp/savepoint-1")).toBe(false);
    const again = await runCli(["savepoint", "--url", url, "-d", "file:///sp/savepoint-1"]);
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/Cannot find checkpoint or savepoint/);
  });

  it("given checkpoint -full, then a FULL checkpoint is triggered and its id printed", async () => {
    const url = await cluster({ flinkVersion: "2.3" });
    const jobId = await runningJob(url);
    const result = await runCli(["checkpoint", "--url", url, "--json", "-full", jobId]);
    expect(result.code, result.stderr).toBe(0);
    expect(posts("/checkpoints")[0]?.body).toMatchObject({ checkpointType: "FULL" });
    expect(JSON.parse(result.stdout)).toMatchObject({ jobId, checkpointId: expect.any(Number) });
  });

  it("given a job id that is not one, then exit 2 before anything is sent", async () => {
    const url = await cluster();
    const result = await runCli(["cancel", "--url", url, "abc"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"abc" is not a job id/);
    expect(sent).toEqual([]);
  });
});
