/**
 * The real-Flink suite's teardown stops only the clusters its own run started: recordedPorts
 * filters the state files by owner. Checked on state files alone (no process is started).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { recordedPorts, runsDir } from "../../scripts/flink/cluster.mjs";

// Above Linux's ephemeral port range (32768-60999), where the tool picks ports: no real cluster's run is touched.
const MINE = 65_001;
const THEIRS = 65_002;
const BY_HAND = 65_003;

function record(port: number, owner?: string): void {
  mkdirSync(join(runsDir, String(port)), { recursive: true });
  writeFileSync(
    join(runsDir, String(port), "state.json"),
    JSON.stringify({ port, pids: [], ...(owner ? { owner } : {}) }),
  );
}

afterAll(() => {
  for (const port of [MINE, THEIRS, BY_HAND]) {
    rmSync(join(runsDir, String(port)), { recursive: true, force: true });
  }
});

it("given clusters of this run, another run and one started by hand, then only this run's are its to stop", () => {
  record(MINE, "run-a");
  record(THEIRS, "run-b");
  record(BY_HAND);
  expect(recordedPorts({ owner: "run-a" }).filter((p) => p > 65_000)).toEqual([MINE]);
  expect(recordedPorts().filter((p) => p > 65_000)).toEqual([MINE, THEIRS, BY_HAND]);
});
