/**
 * `flink-rest` as a real child process against servers that misbehave on purpose, with real
 * signals. Every case ends in bounded time with its documented exit code (JSON on stderr with
 * --json), prints no secret, and the server's log shows what happened.
 */
import { execFileSync } from "node:child_process";
import { once as onceEvent } from "node:events";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli, spawnCli } from "../support/cli.js";
import {
  answer,
  type HostileFlink,
  hang,
  invalidJson,
  lostRunAnswer,
  redirect,
  stallMidBody,
  startHostileFlink,
} from "../support/hostile-flink.js";

const PASSWORD = "S3cr3tPass-canary";
let dir: string;
let jar: string;
let flink: HostileFlink;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flink-rest-hostile-cli-"));
  jar = join(dir, "job.jar");
  await writeFile(jar, new Uint8Array(64 * 1024));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await flink?.close();
});

const withCredentials = (url: string) => url.replace("http://", `http://admin:${PASSWORD}@`);

async function until(condition: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Runs the CLI, sends `signal` once `ready()` holds, and collects the outcome. */
async function interrupted(args: string[], ready: () => boolean, signal: NodeJS.Signals) {
  const child = spawnCli(args);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const exited = onceEvent(child, "exit");
  await until(ready, `the moment to send ${signal}`);
  child.kill(signal);
  const [code] = (await exited) as [number | null];
  return { code, stdout, stderr };
}

describe("secrets never print", () => {
  it("given credentials in --url or FLINK_URL, then they are sent as basic auth and never printed (was: the password in the error)", async () => {
    flink = await startHostileFlink();
    const url = withCredentials(flink.url);
    // Five CLI processes at once: each is independent, and a busy machine is slow to start them.
    const outcomes = await Promise.all([
      runCli(["--url", url, "list"]),
      runCli(["--url", url, "--json", "list"]),
      runCli(["list"], { FLINK_URL: url }),
      runCli(["--url", url, "run", "--validation", "off", jar]),
      runCli(["--url", url, "explain", jar]),
    ]);
    for (const outcome of outcomes) {
      expect(outcome.code, outcome.stderr).toBe(0);
      expect(outcome.stdout + outcome.stderr).not.toContain(PASSWORD);
    }
    const expected = `Basic ${Buffer.from(`admin:${PASSWORD}`).toString("base64")}`;
    expect(flink.log.every((r) => r.authorization === expected)).toBe(true);
  }, 60_000);

  it("given credentials in a URL that fails, then the message masks the password", async () => {
    flink = await startHostileFlink();
    const gone = withCredentials(flink.url);
    await flink.close();
    for (const args of [
      ["--url", gone, "list"],
      ["--url", gone, "--json", "run", jar],
      ["--url", `http://admin:${PASSWORD}@[::1`, "list"],
      ["list", "-m", `admin:${PASSWORD}@127.0.0.1:99999`],
    ]) {
      const outcome = await runCli(args);
      expect(outcome.code, outcome.stderr).not.toBe(0);
      expect(outcome.stdout + outcome.stderr).not.toContain(PASSWORD);
    }
  });

  it("given a secret after the wrong -D separator, then exit 2 and the value is not echoed (was: twice)", async () => {
    const outcome = await runCli(["run", "-D", "s3.secret-key:AKIACANARY123", jar]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/-D expects key=value, got "s3\.secret-key…"/);
    expect(outcome.stderr).not.toContain("AKIACANARY123");
  });

  it("given a 1.19 cluster that quotes a value back, then the strictest rule masks it (was: clear text below 2.1)", async () => {
    flink = await startHostileFlink({ flinkVersion: "1.19.3" });
    flink.faults.set("POST /run", (_req, res, body) => {
      const config =
        (JSON.parse(body.toString()) as { flinkConfiguration?: Record<string, string> }).flinkConfiguration ?? {};
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [`Could not parse value '${Object.values(config).join("', '")}'`] }));
    });
    const outcome = await runCli([
      "--url",
      flink.url,
      "--json",
      "run",
      "--validation",
      "off",
      "-D",
      "my.api-key=CANARY-API-KEY",
      "-D",
      "pipeline.http-headers=CANARY-HEADER",
      jar,
    ]);
    expect(outcome.code).toBe(4);
    expect(outcome.stderr).toContain("******");
    expect(outcome.stdout + outcome.stderr).not.toMatch(/CANARY-API-KEY|CANARY-HEADER/);
  });
});

describe("deadlines: every wait ends", () => {
  it("given a server that never answers the upload, then --timeout ends it: exit 6 (was a hang)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /jars/upload", hang);
    const outcome = await runCli(["--url", flink.url, "--timeout", "1", "run", jar]);
    expect(outcome.code).toBe(6);
    expect(outcome.stderr).toMatch(/no upload progress for 1000 ms/);
    expect(outcome.stderr).toMatch(/No job was submitted/);
    expect(flink.count("POST /run")).toBe(0);
  });

  it("given an answer body that stalls, then exit 6 (was 'aborted', exit 1)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("GET /config", stallMidBody);
    const outcome = await runCli(["--url", flink.url, "--timeout", "1", "--json", "run", jar]);
    expect(outcome.code).toBe(6);
    expect(JSON.parse(outcome.stderr).error.name).toBe("FlinkTimeoutError");
  });

  it("given a run request that hangs, then --timeout bounds each attempt, no job, the jar deleted (was 3 × 120 s)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", hang);
    const outcome = await runCli(["--url", flink.url, "--timeout", "1", "run", "--validation", "off", jar]);
    expect(outcome.code).toBe(6);
    expect(flink.count("POST /run")).toBe(3);
    expect(flink.jobs).toEqual([]);
    expect(flink.jars.size).toBe(0);
    expect(outcome.stderr).toMatch(/may be running/);
  });
});

describe("interrupts leave things known", () => {
  it("given Ctrl-C while the run request is in flight, then 130, the job id and 'may be running', the jar deleted (was: nothing printed)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", hang);
    const outcome = await interrupted(
      ["--url", flink.url, "run", "--validation", "off", jar],
      () => flink.count("POST /run") > 0,
      "SIGINT",
    );
    expect(outcome.code).toBe(130);
    expect(outcome.stderr).toMatch(/interrupted by SIGINT/);
    expect(outcome.stderr).toMatch(/Job [0-9a-f]{32} may be running: the run request was sent/);
    expect(outcome.stderr).toMatch(/flink-rest cancel [0-9a-f]{32}/);
    expect(flink.jars.size).toBe(0);
    expect(flink.deleted).toHaveLength(1);
  });

  it("given SIGTERM during the upload with --json, then 143 and JSON saying no job was submitted", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /jars/upload", hang);
    const outcome = await interrupted(
      ["--url", flink.url, "--json", "run", jar],
      () => flink.count("POST /jars/upload") > 0,
      "SIGTERM",
    );
    expect(outcome.code).toBe(143);
    const { error } = JSON.parse(outcome.stderr);
    expect(error).toMatchObject({ name: "FlinkAbortError", interrupted: "SIGTERM" });
    expect(error.submission).toMatchObject({ runRequestSent: false });
    expect(flink.count("POST /run")).toBe(0);
  });

  it("given Ctrl-C during --wait, then 130, the job may be running, the jar deleted", async () => {
    flink = await startHostileFlink();
    // The wait polls the job overview (one request for every wait): the job stays CREATED.
    flink.faults.set("GET /jobs/overview", (req, res, body, f) =>
      answer({ jobs: f.jobs.map((jid) => ({ jid, name: "hostile", state: "CREATED" })) })(req, res, body, f),
    );
    const outcome = await interrupted(
      ["--url", flink.url, "--json", "run", "--wait", "--validation", "off", jar],
      () => flink.count("GET /jobs/overview") > 1,
      "SIGINT",
    );
    expect(outcome.code).toBe(130);
    const { error } = JSON.parse(outcome.stderr);
    expect(error.submission).toMatchObject({ runRequestSent: true, jarDeleted: true, jobId: flink.jobs[0] });
  });
});

describe("outcomes a script can trust", () => {
  it("given a job registered whose answer is lost, then exit 0 with one job", async () => {
    flink = await startHostileFlink();
    flink.faults.set("POST /run", lostRunAnswer);
    const outcome = await runCli(["--url", flink.url, "--json", "run", "--validation", "off", jar]);
    expect(outcome.code).toBe(0);
    expect(flink.jobs).toEqual([JSON.parse(outcome.stdout).jobId]);
  });

  it("given a submitted job whose jar cannot be deleted, then exit 0 and a warning (was exit 1)", async () => {
    flink = await startHostileFlink();
    flink.faults.set("DELETE /jars/:id", answer({ errors: ["no"] }, 500));
    const outcome = await runCli(["--url", flink.url, "run", "--validation", "off", jar]);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toMatch(/warning: the job was submitted, but deleting the uploaded jar/);
    expect(flink.jobs).toHaveLength(1);
  });

  it.each([
    ["invalid JSON in a 200", "GET /config", invalidJson, 7],
    ["a /run answer of the wrong shape", "POST /run", answer({ jobid: { evil: true } }), 7],
    ['an upload answered with filename ".."', "POST /jars/upload", answer({ filename: ".." }), 7],
    ["a redirect", "GET /config", redirect("http://elsewhere.example/"), 4],
  ])("given %s, then exit %i with a typed message", async (_what, route, behaviour, code) => {
    flink = await startHostileFlink();
    flink.faults.set(route, behaviour);
    const outcome = await runCli(["--url", flink.url, "--json", "run", "--validation", "off", jar]);
    expect(outcome.code).toBe(code);
    const { error } = JSON.parse(outcome.stderr);
    expect(error.name).toMatch(/^Flink\w+Error$/);
    expect(flink.jobs.length).toBeLessThanOrEqual(1);
  });

  it.each([
    [["--url", "http://[::1", "list"], /not a valid URL/],
    [["--url", "http://127.0.0.1:99999", "list"], /not a valid URL/],
    [["list", "-m", "localhost"], /-m expects the JobManager's host:port/],
    [["list", "-z", "ns"], /ZooKeeper/],
    [["run", "-py", "job.py"], /Python/],
    [["run", "-yjm", "1g", "JAR"], /YARN/],
    [["run", "-unknown", "JAR"], /Unrecognized option: -unknown/],
    [["run", "-dx", "JAR"], /Unrecognized option: -dx/],
    [["run", "-t", "yarn-application", "JAR"], /running session cluster/],
    [["run-application", "JAR"], /application mode/],
  ])("given %j, then exit 2 before anything is sent", async (args, message) => {
    const outcome = await runCli(args.map((a) => (a === "JAR" ? jar : a)));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(message);
  });

  it("given a directory named dir.jar, then exit 2 naming it (was 'socket hang up', exit 3)", async () => {
    flink = await startHostileFlink();
    const folder = join(dir, "dir.jar");
    await mkdir(folder, { recursive: true });
    const outcome = await runCli(["--url", flink.url, "run", folder]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/dir\.jar is a directory, not a regular file/);
    expect(flink.count("POST /jars/upload")).toBe(0);
  });

  it("given a named pipe called x.jar, then exit 2 at once (was a hang in open)", async () => {
    flink = await startHostileFlink();
    const fifo = join(dir, "x.jar");
    execFileSync("mkfifo", [fifo]);
    const outcome = await runCli(["--url", flink.url, "run", fifo]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/is a named pipe/);
  });

  it.each([
    [["--job-id", "nothex"], /jobId/],
    [["-D", " =x"], /-D expects key=value/],
    [["--validation", "error", "-D", "pipeline.nmae=x"], /pipeline\.nmae/],
    [["-cm", "own"], /CLAIM, NO_CLAIM/],
  ])("given %j, then exit 2 and nothing uploaded (was: checked after the upload)", async (extra, message) => {
    flink = await startHostileFlink();
    const outcome = await runCli(["--url", flink.url, "run", ...extra, jar]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(message);
    expect(flink.count("POST /jars/upload")).toBe(0);
  });

  it.each([
    [["run", "-p", "abc", "JAR"]],
    [["run", "-D", "nokv", "JAR"]],
    [["run", "--frobnicate", "JAR"]],
    [["list", "--frobnicate"]],
  ])("given --json and the usage error %j, then the error is JSON (was commander's text)", async (args) => {
    const outcome = await runCli(["--json", ...args.map((a) => (a === "JAR" ? jar : a))]);
    expect(outcome.code).toBe(2);
    expect(JSON.parse(outcome.stderr).error).toMatchObject({ name: "FlinkInputError", code: "invalid-option" });
  });
});

describe("smaller things", () => {
  it("given 10,000 -D flags, then they are read (linear: this was 55 s) and __proto__ is a key like any other", async () => {
    const args = Array.from({ length: 10_000 }, (_, i) => `-Dkey.${i}=v${i}`);
    const outcome = await runCli([
      "--json",
      "explain",
      "--offline",
      "--flink-version",
      "2.3",
      "--validation",
      "off",
      "-D",
      "__proto__=x",
      "-Dconstructor=y",
      ...args,
      jar,
    ]);
    expect(outcome.code, outcome.stderr).toBe(0);
    const config = JSON.parse(outcome.stdout).request.flinkConfiguration;
    expect(Object.keys(config)).toHaveLength(10_002);
    expect(Object.hasOwn(config, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(config, "__proto__")?.value).toBe("x");
    expect(config.constructor).toBe("y");
  }, 60_000);

  it("given --help, then the exit codes are listed", async () => {
    const outcome = await runCli(["--help"]);
    expect(outcome.code).toBe(0);
    for (const code of ["0", "2", "3", "4", "5", "6", "7", "130", "143"]) {
      expect(outcome.stdout).toMatch(new RegExp(`^\\s+${code}  `, "m"));
    }
  });
});
