/**
 * Real Flink clusters for tests: started through scripts/flink/cluster.mjs (the same code as
 * `node scripts/flink/flink.mjs start`) and, whatever happens to the test process, stopped by
 * pid: `stop()`, or the exit/SIGINT/SIGTERM/SIGHUP hooks installed here, which end exactly the
 * pids this process started. The real-Flink suite's global teardown also stops every recorded
 * cluster. See docs/flink-local.md.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import {
  type ClusterLogFiles,
  isAlive,
  logTail,
  ownsPid,
  startCluster,
  stopCluster,
  stopPids,
} from "../../scripts/flink/cluster.mjs";
import { buildEchoJob as buildJar } from "../../scripts/flink/echo-job.mjs";

export interface FlinkCluster {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly port: number;
  /** The full release, e.g. "2.3.0". */
  readonly version: string;
  /** The version line, e.g. "2.3". */
  readonly line: string;
  /** The JobManager's and TaskManager's pids. */
  readonly pids: readonly number[];
  /** .cache/flink-runs/<port>: conf/, logs, uploads, savepoints, checkpoints. */
  readonly runDir: string;
  /** The JobManager's log4j log. */
  readonly logFile: string;
  /** Both processes' logs and stdout/stderr files. */
  readonly logFiles: ClusterLogFiles;
  /** Seconds from launching the JVMs to the REST API answering with the slots registered. */
  readonly startSeconds: number;
  /** The last lines of every log file, for a failing test's message. */
  logs(lines?: number): string;
  /** Stops both processes (TERM, then KILL after a grace period) and removes the state file. */
  stop(): Promise<void>;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** pids of the clusters this process started and has not stopped, by REST port. */
const running = new Map<number, { pids: number[]; runDir: string }>();
let hooked = false;

/** Synchronous (exit hooks cannot await): TERM, up to 5 s for the JVMs to go, then KILL. */
function stopRunningNow(): void {
  const targets = [...running.values()].flatMap(({ pids, runDir }) =>
    pids.filter((pid) => isAlive(pid) && ownsPid(pid, runDir)),
  );
  const signal = (pid: number, name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  };
  for (const pid of targets) {
    signal(pid, "SIGTERM");
  }
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 5000;
  while (targets.some(isAlive) && Date.now() < deadline) {
    Atomics.wait(pause, 0, 0, 100);
  }
  for (const pid of targets.filter(isAlive)) {
    signal(pid, "SIGKILL");
  }
  for (const { runDir } of running.values()) {
    rmSync(join(runDir, "state.json"), { force: true });
  }
  running.clear();
}

function installHooks(): void {
  if (hooked) {
    return;
  }
  hooked = true;
  process.on("exit", stopRunningNow);
  for (const name of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = () => {
      stopRunningNow();
      // A listener replaces the default action (exit); when ours is the only one, die of the
      // signal as the process would have without it.
      if (process.listenerCount(name) === 1) {
        process.removeListener(name, onSignal);
        process.kill(process.pid, name);
      }
    };
    process.on(name, onSignal);
  }
}

/**
 * Starts a real Flink session cluster on 127.0.0.1 (a free port unless `port` is given) with
 * `slots` slots (default 4) and `conf` written into its configuration file.
 */
export async function startFlinkCluster(options: {
  version: string;
  port?: number;
  conf?: Record<string, string>;
  slots?: number;
  timeoutMs?: number;
}): Promise<FlinkCluster> {
  installHooks();
  // A suite run names itself in FLINK_SUITE_RUN (global-setup.ts), whose teardown stops only its own clusters.
  const owner = process.env.FLINK_SUITE_RUN;
  const state = await startCluster({ ...options, log, ...(owner ? { owner } : {}) });
  running.set(state.port, { pids: state.pids, runDir: state.runDir });
  return {
    url: state.url,
    port: state.port,
    version: state.version,
    line: state.line,
    pids: state.pids,
    runDir: state.runDir,
    logFile: state.logFiles.jobmanager,
    logFiles: state.logFiles,
    startSeconds: state.startSeconds,
    logs: (lines = 80) => logTail(state.runDir, lines),
    async stop() {
      await stopCluster(state.port);
      // Also when the state file was removed by someone else (stop-all): the pids are still ours.
      await stopPids(state.pids, state.runDir);
      running.delete(state.port);
    },
  };
}

/** The config-echo job's jar (test/flink-job), built with Maven only when its sources are newer. */
export function buildEchoJob(): Promise<string> {
  return buildJar({ log });
}

/** The same as buildEchoJob (the name the real-Flink suite uses). */
export const echoJobJar = buildEchoJob;
