// Builds the echo job once before the real-Flink suite, and after it stops every cluster the
// run recorded (by the pids in .cache/flink-runs), also when tests failed.

import { readdirSync } from "node:fs";
import { readState, runsDir, stopCluster } from "../../../scripts/flink/cluster.mjs";
import { echoJobJar } from "../../support/flink-cluster.js";

export async function setup(): Promise<() => Promise<void>> {
  await echoJobJar();
  return async () => {
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
