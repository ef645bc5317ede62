// Builds the echo job once before the real-Flink suite, and after it stops the clusters this run
// started (by the pids in .cache/flink-runs, also when tests failed), and no one else's: clusters
// started by hand or by another run are left alone.

import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { recordedPorts, runsDir, stopCluster } from "../../../scripts/flink/cluster.mjs";
import { writeCompatibility } from "../../../scripts/write-compatibility.mjs";
import { echoJobJar } from "../../support/flink-cluster.js";

export async function setup(): Promise<() => Promise<void>> {
  const run = randomUUID();
  // Workers inherit the environment: startFlinkCluster records this id as the cluster's owner.
  process.env.FLINK_SUITE_RUN = run;
  rmSync(join(runsDir, "..", "contract-results.json"), { force: true });
  await echoJobJar();
  return async () => {
    // The compatibility table is written from this run's own results.
    writeCompatibility();
    for (const port of recordedPorts({ owner: run })) {
      await stopCluster(port);
    }
  };
}
