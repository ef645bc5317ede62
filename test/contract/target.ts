/**
 * A cluster the contract suite runs against: the fake cluster served over real HTTP, or a real
 * Flink cluster. Cases only see `url`, the Flink version and the cluster's configuration, and
 * observe results through the REST API, so both targets are judged by the same assertions.
 */

import { freePort } from "../../scripts/flink/cluster.mjs";
import { CLUSTER_LINES } from "../../scripts/flink-lines.mjs";
import { createFlinkMock } from "../../src/msw/index.js";
import { startHttpServer } from "../../src/node/http-server.js";
import { flinkOptionCatalog } from "../../src/options/full-catalog.js";
import { optionInLine } from "../../src/options/read-option.js";

export interface ContractTarget {
  readonly kind: "fake" | "real";
  /** The version line the suite asked for ("1.19", "1.20", "2.3"). */
  readonly line: string;
  readonly url: string;
  /** The config-echo job: a real jar for real Flink, any jar for the fake. */
  jar(): Promise<Blob | { path: string }>;
  close(): Promise<void>;
}

/**
 * What the suite gives the clusters it starts, so cases can check how requests override it.
 * Savepoint directories are added by each target (they are paths on its machine).
 */
export const CLUSTER_PROFILE: Readonly<Record<string, string>> = {
  "pipeline.name": "cluster-pipeline-name",
  "parallelism.default": "4",
  "pipeline.object-reuse": "true",
  "restart-strategy.type": "fixed-delay",
  "restart-strategy.fixed-delay.attempts": "7",
  "restart-strategy.fixed-delay.delay": "2 s",
};

/** The lines the suites run real clusters of (flink-versions.json). */
export const CONTRACT_LINES: readonly string[] = CLUSTER_LINES;

/**
 * The real-Flink suites' targets: `["external"]` with FLINK_URL (a cluster of yours), else the
 * lines in FLINK_VERSIONS, else every contract line.
 */
export const REAL_FLINK_TARGETS: readonly string[] = process.env.FLINK_URL
  ? ["external"]
  : (process.env.FLINK_VERSIONS?.split(",").map((v) => v.trim()) ?? [...CONTRACT_LINES]);

/** The default savepoint directory key as the line spells it (renamed in 1.20), like the cluster tool's. */
function savepointDirKey(line: string): string {
  return optionInLine("execution.checkpointing.savepoint-dir", line, flinkOptionCatalog)?.key as string;
}

function emptyJar(): Blob {
  const bytes = new Uint8Array(22);
  bytes.set([0x50, 0x4b, 0x05, 0x06]);
  return new File([bytes], "config-echo-job.jar", { type: "application/java-archive" });
}

/** The fake cluster for one version line, over loopback HTTP. */
export async function startFakeTarget(line: string): Promise<ContractTarget> {
  const mock = createFlinkMock({
    flinkVersion: line,
    clusterConfig: { ...CLUSTER_PROFILE, [savepointDirKey(line)]: "file:///tmp/fake-savepoints" },
  });
  // FLINK_TEST_PORTS (a shared machine) or a port the OS picks.
  const server = await startHttpServer(mock.handle, { port: await freePort() });
  return {
    kind: "fake",
    line,
    url: server.url,
    jar: async () => emptyJar(),
    close: () => server.close(),
  };
}
