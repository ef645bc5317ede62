/**
 * Real Flink clusters for tests: started through scripts/flink/cluster.mjs and, whatever happens
 * to the test run, stopped by pid (an exit hook here, and the global teardown's stop-all).
 */
import { startCluster, stopCluster, stopPids } from "../../scripts/flink/cluster.mjs";
import { buildEchoJob } from "../../scripts/flink/echo-job.mjs";

export interface FlinkCluster {
  readonly url: string;
  readonly port: number;
  /** The full release, e.g. "2.3.0". */
  readonly version: string;
  readonly runDir: string;
  stop(): Promise<void>;
}

const running = new Map<number, number[]>();
process.once("exit", () => {
  for (const pids of running.values()) {
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
});

export async function startFlinkCluster(options: {
  version: string;
  port?: number;
  conf?: Record<string, string>;
  slots?: number;
}): Promise<FlinkCluster> {
  const state = await startCluster({ ...options, log: (line: string) => process.stderr.write(`${line}\n`) });
  running.set(state.port, state.pids);
  return {
    url: state.url,
    port: state.port,
    version: state.version,
    runDir: state.runDir,
    async stop() {
      await stopCluster(state.port);
      await stopPids(state.pids);
      running.delete(state.port);
    },
  };
}

/** The config-echo job's jar, built with Maven when its sources are newer. */
export function echoJobJar(): Promise<string> {
  return buildEchoJob({ log: (line: string) => process.stderr.write(`${line}\n`) });
}
