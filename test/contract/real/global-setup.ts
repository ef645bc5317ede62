// Builds the echo job once before the real-Flink suite, and after it stops every cluster the
// run recorded (by the pids in .cache/flink-runs), also when tests failed.

import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readState, runsDir, stopCluster } from "../../../scripts/flink/cluster.mjs";
import { writeCompatibility } from "../../../scripts/write-compatibility.mjs";
import { echoJobJar } from "../../support/flink-cluster.js";

export async function setup(): Promise<() => Promise<void>> {
  rmSync(join(runsDir, "..", "contract-results.json"), { force: true });
  await echoJobJar();
  return async () => {
    // The compatibility table is written from this run's own results.
    writeCompatibility();
    let ports: number[] = [];
    try {
      ports = readdirSync(runsDir)
        .map(Number)
        .filter((p: number) => readState(p));
    } catch {
      ports = [];
    }
    for (const port of ports) {
      await stopCluster(port);
    }
  };
}
