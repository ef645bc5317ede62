/** `flink-rest` over several JobManagers: `--url a,b`, repeated `--url`, `FLINK_URL=a,b`. */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { type HostileFlink, startHostileFlink } from "../support/hostile-flink.js";

let live: HostileFlink;
let dead: string;

beforeAll(async () => {
  live = await startHostileFlink();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  dead = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  await new Promise((resolve) => server.close(resolve));
});
afterAll(async () => {
  await live.close();
});

describe("flink-rest with several JobManager addresses", { timeout: 90_000 }, () => {
  it("given --url a,b, --url a --url b or FLINK_URL=a,b with a refusing first, then the command reaches the second", async () => {
    for (const [args, env] of [
      [["--url", `${dead},${live.url}`, "list"], {}],
      [["--url", dead, "--url", live.url, "list"], {}],
      [["list"], { FLINK_URL: `${dead}, ${live.url}` }],
    ] as const) {
      const result = await runCli(args, env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    }
    expect(live.count("GET /jobs/overview")).toBe(3);
  });

  it("given an empty or repeated address, then a usage error names it and nothing is sent", async () => {
    const before = live.log.length;
    const empty = await runCli(["--url", `${live.url},,${dead}`, "list"]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("--url: an empty address");
    const twice = await runCli(["--url", `${live.url},${live.url}`, "list"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("--url names the same address twice");
    expect(live.log.length).toBe(before);
  });
});
