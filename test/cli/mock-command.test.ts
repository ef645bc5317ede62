import type { ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { createFlinkClient } from "../../src/client/create-client.js";
import { runCli, spawnCli, stopChild, waitForLine } from "../support/cli.js";

let child: ChildProcess | undefined;
afterEach(async () => {
  if (child) {
    await stopChild(child);
  }
  child = undefined;
});

describe("flink-rest mock", () => {
  it("given --conf and --flink-version, then it serves that fake cluster on loopback until SIGTERM", async () => {
    child = spawnCli([
      "mock",
      "--port",
      "0",
      "--flink-version",
      "1.20",
      "--conf",
      "parallelism.default=4",
      "--conf",
      "a.b=x=y",
    ]);
    const [, url] = await waitForLine(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const client = createFlinkClient({ baseUrl: url as string });
    expect((await client.GET("/config")).data?.["flink-version"]).toBe("1.20.0");
    const config = (await client.GET("/jobmanager/config")).data;
    expect(config).toEqual([
      { key: "parallelism.default", value: "4" },
      { key: "a.b", value: "x=y" },
    ]);
    const unknown = await fetch(`${url}/no/such/path`);
    expect(unknown.status).toBe(404);
    // A GET no handler serves reaches the web UI's file server, as on Flink.
    expect(await unknown.json()).toEqual({ errors: ["Unable to load requested file /no/such/path."] });
    await stopChild(child);
    expect(child.exitCode).toBe(0);
  });

  it.each([
    [["mock", "--port", "99999"], /0 to 65535/],
    [["mock", "--conf", "novalue"], /key=value/],
    [["mock", "--flink-version", "latest"], /Invalid Flink version/],
    [["mokc"], /"mokc" is not a valid action/],
  ])("given bad flags %j, then it exits non-zero with a message that names the problem", async (args, message) => {
    const result = await runCli(args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});
