/**
 * The fake against real Flink of the same line, beyond the named cases: Flink's own CLI run
 * against both, and the generated requests of test/contract/differential (FLINK_DIFF_COUNT per
 * line, default 200; FLINK_DIFF_SEED, default fixed; "random" explores). A failure prints the seed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFlinkClient } from "../../../src/client/create-client.js";
import { createFlinkMock } from "../../../src/msw/index.js";
import { type HttpServer, startHttpServer } from "../../../src/node/http-server.js";
import { echoJobJar, type FlinkCluster, startFlinkCluster } from "../../support/flink-cluster.js";
import { describeDifference, diffSeed, runDifferential } from "../differential/run.js";
import { CLUSTER_PROFILE, REAL_FLINK_TARGETS } from "../target.js";
import { flinkCliSession } from "./flink-cli.js";
import { recordResult } from "./results.js";

const COUNT = Number(process.env.FLINK_DIFF_COUNT ?? 200);

describe.each(REAL_FLINK_TARGETS.filter((t) => t !== "external"))("the fake against real Flink %s", (line) => {
  let cluster: FlinkCluster;
  let jar: string;

  beforeAll(async () => {
    jar = await echoJobJar();
    cluster = await startFlinkCluster({ version: line, conf: { ...CLUSTER_PROFILE } });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it("Flink's own CLI (run -d through POST /jobs, list, savepoint, stop -p, cancel, list -a) cannot tell the fake from Flink", async () => {
    const real = createFlinkClient({ baseUrl: cluster.url });
    const entries = (await real.GET("/jobmanager/config")).data ?? [];
    const mock = createFlinkMock({
      flinkVersion: line,
      clusterConfig: Object.fromEntries(entries.map((e) => [e.key, e.value])),
    });
    let server: HttpServer | undefined;
    try {
      server = await startHttpServer(mock.handle);
      const onFake = await flinkCliSession(line, server.url, jar);
      const onFlink = await flinkCliSession(line, cluster.url, jar);
      expect(onFake).toEqual(onFlink);
      expect(onFlink.every((o) => o.code === 0)).toBe(true);
      recordResult(
        line,
        "Flink's own CLI: run -d (POST /jobs), list, savepoint, stop, cancel print the same",
        "passed",
      );
    } finally {
      await server?.close();
    }
  }, 600_000);

  it(`${COUNT} generated /run and /plan requests: the fake answers as Flink does`, async () => {
    const seed = diffSeed();
    const result = await runDifferential({ line, realUrl: cluster.url, echoJar: jar, seed, count: COUNT });
    process.stdout.write(
      `differential ${line}: ${result.requests} requests, seed ${seed}, ${result.differences.length} differences, ${result.seconds.toFixed(0)} s\n`,
    );
    const report = result.differences.map(describeDifference).join("\n");
    expect(
      result.differences.length,
      `${result.differences.length} differences on ${line} (seed ${seed}; rerun with FLINK_DIFF_SEED=${seed}):\n${report}`,
    ).toBe(0);
    recordResult(line, `differential: ${COUNT} generated /run and /plan requests (seeded)`, "passed");
  }, 1_800_000);
});
