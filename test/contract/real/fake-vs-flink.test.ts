/**
 * The fake against real Flink of the same line, beyond the named cases: Flink's own CLI run
 * against both, and the generated requests of test/contract/differential (FLINK_DIFF_COUNT per
 * line, default 200; FLINK_DIFF_SEED, default fixed; "random" explores; a failure prints the seed), and
 * a job's lifecycle step by step (test/contract/differential/lifecycle.ts).
 * The Flink-CLI comparison runs on the lines FLINK_DIFF_CLI_LINES names: "all" (the default), "newest"
 * (CI: each line costs a dozen JVM starts of bin/flink), or a comma-separated list of lines.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareLines } from "../../../src/versions/flink-version.js";
import { spawnCli, stopChild, waitForLine } from "../../support/cli.js";
import { echoJobJar, type FlinkCluster, startFlinkCluster } from "../../support/flink-cluster.js";
import { describeDifference, diffSeed, runDifferential, runLifecycleDifferential } from "../differential/run.js";
import { CLUSTER_PROFILE, REAL_FLINK_TARGETS } from "../target.js";
import { flinkCliSession } from "./flink-cli.js";
import { recordResult } from "./results.js";

const COUNT = Number(process.env.FLINK_DIFF_COUNT ?? 200);
const LINES = REAL_FLINK_TARGETS.filter((t) => t !== "external");

/** The lines FLINK_DIFF_CLI_LINES asks the Flink-CLI comparison of; a line that is not run here fails loudly. */
function cliLines(setting: string | undefined): readonly string[] {
  const value = (setting ?? "all").trim();
  if (value === "all") {
    return LINES;
  }
  if (value === "newest") {
    return [...LINES].sort(compareLines).slice(-1);
  }
  const named = value.split(",").map((v) => v.trim());
  const unknown = named.filter((v) => !LINES.includes(v));
  if (unknown.length > 0) {
    throw new Error(
      `FLINK_DIFF_CLI_LINES=${value}: ${unknown.join(", ")} not among the lines this run starts (${LINES.join(", ")}); use "all", "newest" or some of those.`,
    );
  }
  return named;
}

const CLI_LINES = cliLines(process.env.FLINK_DIFF_CLI_LINES);

describe.each(LINES)("the fake against real Flink %s", (line) => {
  let cluster: FlinkCluster;
  let jar: string;

  beforeAll(async () => {
    jar = await echoJobJar();
    cluster = await startFlinkCluster({ version: line, conf: { ...CLUSTER_PROFILE } });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  // Registered only on the lines FLINK_DIFF_CLI_LINES names (not a skipped test: it is not asked for).
  if (CLI_LINES.includes(line)) {
    it("Flink's own CLI (run -d through POST /jobs, list, savepoint, stop -p, cancel, list -a) cannot tell `flink-rest mock` from Flink", async () => {
      // The fake as a JVM tool meets it: `flink-rest mock` over HTTP, with the real cluster's settings.
      const conf = Object.entries(CLUSTER_PROFILE).flatMap(([k, v]) => ["--conf", `${k}=${v}`]);
      const mock = spawnCli(["mock", "--port", "0", "--flink-version", line, ...conf]);
      try {
        const [, url] = await waitForLine(mock, /listening on (http:\/\/\S+)/, 90_000);
        const onFake = await flinkCliSession(line, url as string, jar);
        const onFlink = await flinkCliSession(line, cluster.url, jar);
        expect(onFake).toEqual(onFlink);
        expect(onFlink.every((o) => o.code === 0)).toBe(true);
        recordResult(
          line,
          "Flink's own CLI: run -d (POST /jobs), list, savepoint, stop, cancel print the same",
          "passed",
        );
      } finally {
        await stopChild(mock);
      }
    }, 600_000);
  }

  it("lifecycle: upload, run, savepoint, stop with savepoint, restore with each claim mode, cancel, delete the jar, delete it again, run and plan the deleted jar: the fake answers as Flink does", async () => {
    const result = await runLifecycleDifferential({ line, realUrl: cluster.url, echoJar: jar });
    const steps = result.real.map((s) => `${s.step}: ${s.status ?? ""} ${s.value ?? s.chain[0] ?? ""}`.trim());
    expect(result.fake.length, `the fake stopped early:\n${steps.join("\n")}`).toBe(result.real.length);
    expect(result.differences, `${result.differences.length} differences on ${line}`).toEqual([]);
    recordResult(
      line,
      "differential lifecycle: upload, run, savepoint, stop, restore with each claim mode, cancel, delete the jar, run the deleted jar",
      "passed",
    );
  }, 300_000);

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
