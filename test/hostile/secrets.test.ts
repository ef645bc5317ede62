/**
 * One masking rule everywhere: canary secrets are fed through every path that prints or answers
 * (text and --json results, errors, usage errors, diagnostics, explain, info, an interrupted run,
 * and the fake cluster's configuration endpoints), and the test fails if any canary appears.
 */
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, spawnCli, stopChild, waitForLine } from "../support/cli.js";
import { hang, startHostileFlink } from "../support/hostile-flink.js";

const CANARIES = {
  url: "CanaryUrlPassword1",
  s3: "CanaryS3Secret2",
  apiKey: "CanaryApiKey3",
  headers: "CanaryHttpHeaders4",
  keystore: "CanaryKeystore5",
  cluster: "CanaryClusterSecret6",
  typo: "CanaryTypoSecret7",
};
const leaked = (text: string) => Object.values(CANARIES).filter((c) => text.includes(c));

let dir: string;
let jar: string;
let mock: ChildProcess;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flink-rest-secrets-"));
  jar = join(dir, "job.jar");
  await writeFile(jar, new Uint8Array(22));
  mock = spawnCli(["mock", "--port", "0", "--flink-version", "1.19", "--conf", `s3.secret-key=${CANARIES.cluster}`]);
  const [, address] = await waitForLine(mock, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
  url = (address as string).replace("http://", `http://admin:${CANARIES.url}@`);
}, 60_000);
afterAll(async () => {
  await stopChild(mock);
  await rm(dir, { recursive: true, force: true });
});

const defines = [
  "-D",
  `s3.secret-key=${CANARIES.s3}`,
  "-D",
  `my.api-key=${CANARIES.apiKey}`,
  "-D",
  `pipeline.http-headers=${CANARIES.headers}`,
  "-D",
  `security.ssl.rest.keystore-password=${CANARIES.keystore}`,
];

describe("a canary secret never appears", () => {
  it.each([
    ["run, text", ["run", ...defines, "JAR"]],
    ["run, --json", ["--json", "run", ...defines, "JAR"]],
    ["run that fails in main(), --json", ["--json", "run", ...defines, "JAR", "--fail"]],
    ["run that fails in main(), text", ["run", ...defines, "JAR", "--fail"]],
    [
      "explain, text, with --all",
      ["explain", "--all", ...defines, "--cluster-conf", `my.password=${CANARIES.cluster}`, "JAR"],
    ],
    ["explain, --json", ["--json", "explain", ...defines, "JAR"]],
    ["info, --json", ["--json", "info", ...defines, "JAR"]],
    ["list", ["list", "-a"]],
    ["a usage error with the secret after the wrong separator", ["run", "-D", `s3.secret-key:${CANARIES.typo}`, "JAR"]],
    ["a usage error, --json", ["--json", "run", "-D", `s3.access-key:${CANARIES.typo}`, "JAR"]],
    ["a -m with user:password@", ["list", "-m", `admin:${CANARIES.url}@127.0.0.1:1`]],
    [
      "--validation error refusing an unknown sensitive key",
      [
        "run",
        "--validation",
        "error",
        "-D",
        `my.password.file=${CANARIES.typo}`,
        "-D",
        `security.ssl.rest.keystore-password=${CANARIES.keystore}`,
        "JAR",
      ],
    ],
  ])("given %s, then no canary in stdout or stderr", async (_what, args) => {
    const withUrl = args[0] === "list" && args[1] === "-m" ? args : ["--url", url, ...args];
    const outcome = await runCli(withUrl.map((a) => (a === "JAR" ? jar : a)));
    expect(leaked(outcome.stdout + outcome.stderr), `${outcome.stdout}\n${outcome.stderr}`).toEqual([]);
  });

  it("given a run interrupted by Ctrl-C while the run request hangs, then no canary in what it prints", async () => {
    const hostile = await startHostileFlink();
    hostile.faults.set("POST /run", hang);
    try {
      const child = spawnCli(["--url", hostile.url, "--json", "run", ...defines, jar]);
      let output = "";
      child.stdout?.on("data", (d) => {
        output += d;
      });
      child.stderr?.on("data", (d) => {
        output += d;
      });
      const exited = once(child, "exit");
      while (hostile.count("POST /run") === 0) {
        await new Promise((r) => setTimeout(r, 25));
      }
      child.kill("SIGINT");
      const [code] = await exited;
      expect(code).toBe(130);
      expect(JSON.parse(output).error.submission.runRequestSent).toBe(true);
      expect(leaked(output), output).toEqual([]);
    } finally {
      await hostile.close();
    }
  }, 60_000);

  it("given the fake cluster's configuration endpoints, then ****** where Flink hides the value", async () => {
    const plain = url.replace(`admin:${CANARIES.url}@`, "");
    const run = JSON.parse((await runCli(["--url", plain, "--json", "run", "--keep-jar", jar])).stdout);
    for (const path of ["/jobmanager/config", `/jobs/${run.jobId}/jobmanager/config`]) {
      const body = await (await fetch(`${plain}${path}`)).text();
      expect(leaked(body), path).toEqual([]);
      expect(body, path).toContain("******");
    }
  });
});
