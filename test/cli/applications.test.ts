/** `flink-rest run --application`, `applications` and `watch` against the fake cluster over HTTP. */
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFlinkMock, type FakeClusterOptions, type FlinkMock } from "../../src/msw/index.js";
import { type HttpServer, startHttpServer } from "../../src/node/http-server.js";
import { runCli, spawnCli } from "../support/cli.js";
import { writeEmptyJar } from "../support/empty-jar.js";

let dir: string;
let jar: string;
let mock: FlinkMock;
let server: HttpServer | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flink-rest-cli-apps-"));
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

async function cluster(options: FakeClusterOptions = {}): Promise<string> {
  mock = createFlinkMock(options);
  server = await startHttpServer(mock.handle, { port: 0 });
  return server.url;
}

describe("flink-rest run --application and applications", () => {
  it("given run --application --wait, then the application runs its job, is listed, cancelled, and shown; the jar stays", async () => {
    const url = await cluster();
    const cli = (...args: string[]) => runCli(["--url", url, "--json", ...args]);
    const run = await cli("run", "--application", "--wait", "-p", "2", jar, "--job-name", "cli-app");
    expect(run.code).toBe(0);
    const submitted = JSON.parse(run.stdout);
    expect(submitted).toMatchObject({ state: "RUNNING", jarDeleted: false });
    expect(submitted.jobIds).toHaveLength(1);
    expect(mock.cluster.jars.has(submitted.jarId)).toBe(true);
    const list = JSON.parse((await cli("applications")).stdout);
    expect(list).toEqual([expect.objectContaining({ id: submitted.applicationId, jobs: { RUNNING: 1 } })]);
    const cancel = await cli("applications", "cancel", submitted.applicationId);
    expect(JSON.parse(cancel.stdout)).toEqual({ applicationId: submitted.applicationId, state: "CANCELED" });
    const show = await runCli(["--url", url, "applications", "show", submitted.applicationId]);
    expect(show.stdout).toMatch(new RegExp(`Application ${submitted.applicationId}: CANCELED`));
    expect(show.stdout).toMatch(/CANCELED\s+STREAMING\s+cli-app/);
  }, 90_000);

  it("given --wait-until FINISHED, then it waits for the end and deletes the jar; a failing program exits 5 with its cause", async () => {
    const url = await cluster({ timings: { boundedJobMs: 200 } });
    const cli = (...args: string[]) => runCli(["--url", url, "--json", ...args]);
    const batch = await cli("run", "--application", "--wait-until", "finished", jar, "--two-batch-jobs");
    expect(batch.code).toBe(0);
    expect(JSON.parse(batch.stdout)).toMatchObject({ state: "FINISHED", jarDeleted: true });
    expect(mock.cluster.jars.size).toBe(0);
    const failing = await runCli(["--url", url, "run", "--application", "--wait", jar, "--fail"]);
    expect(failing.code).toBe(5);
    expect(failing.stderr).toMatch(/ended in state FAILED: .*main\(\) failed on purpose/);
    const [app] = [...mock.cluster.applications.values()].filter((a) => a.status === "FAILED");
    const waited = await runCli(["--url", url, "applications", "wait", app?.id as string, "--until", "FINISHED"]);
    expect(waited.code).toBe(5);
  }, 90_000);

  it("given application flags without --application, or a cluster below 2.3, then nothing is sent and the exit code is 2", async () => {
    const url = await cluster({ flinkVersion: "1.20" });
    const orphan = await runCli(["--url", url, "run", "--application-id", "0".repeat(32), jar]);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toContain("--application-id needs --application");
    const old = await runCli(["--url", url, "applications"]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("Flink 1.20 has no applications (they came in 2.3)");
    expect(mock.cluster.jars.size + mock.cluster.jobs.size).toBe(0);
  }, 60_000);
});

describe("flink-rest applications and watch refuse bad input before sending", () => {
  it.each([
    [["applications", "frob"], "is not an applications subcommand"],
    [["applications", "show"], "Missing ApplicationID"],
    [["applications", "list", "x"], "applications list takes no argument"],
    [["applications", "show", "xyz"], "32 hexadecimal"],
    [["applications", "wait", "0".repeat(32), "--until", "DONE"], "--until expects one of"],
    [["run", "--application", "--wait-until", "LATER", "job.jar"], "--wait-until expects one of"],
    [["watch", "extra"], "watch takes no arguments"],
    [["watch", "--interval", "0"], "--interval"],
  ])(
    "given %j, then exit 2 and nothing reaches the cluster",
    async (args, message) => {
      const url = await cluster();
      const seen: string[] = [];
      server?.server.on("request", (req) => seen.push(`${req.method} ${req.url}`));
      const outcome = await runCli(["--url", url, ...args]);
      expect(outcome.code, outcome.stderr).toBe(2);
      expect(outcome.stderr).toContain(message);
      expect(seen.filter((r) => r !== "GET /config")).toEqual([]);
    },
    60_000,
  );
});

describe("flink-rest watch", () => {
  it("given jobs that change, then one JSON line per change until --for ends it", async () => {
    const url = await cluster();
    const submitted = JSON.parse((await runCli(["--url", url, "--json", "run", "--keep-jar", jar])).stdout);
    const child = spawnCli(["--url", url, "--json", "watch", "--interval", "1", "--for", "4"]);
    let stdout = "";
    child.stdout?.on("data", (data) => {
      stdout += data;
      // Once the watch has reported the running job, the job changes.
      if (mock.cluster.jobs.get(submitted.jobId)?.state === "RUNNING") {
        mock.cluster.cancelJob(submitted.jobId);
      }
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.kind, l.jobId, l.previous ?? null, l.state])).toEqual([
      ["state", submitted.jobId, null, "RUNNING"],
      ["state", submitted.jobId, "RUNNING", "CANCELED"],
    ]);
  }, 60_000);
});
