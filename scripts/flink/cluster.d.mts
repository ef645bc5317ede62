// Types for cluster.mjs (a plain ESM script, so the test suite can import it type-checked).
export interface ClusterProcess {
  role: "jobmanager" | "taskmanager";
  pid: number;
  /** The process's log4j log. */
  log: string;
  /** The process's stdout and stderr (a job's main() prints land in jobmanager.out). */
  out: string;
}
export interface ClusterLogFiles {
  jobmanager: string;
  jobmanagerOut: string;
  taskmanager: string;
  taskmanagerOut: string;
}
export interface ClusterState {
  /** The full release, e.g. "2.3.0". */
  version: string;
  /** The version line, e.g. "2.3". */
  line: string;
  port: number;
  url: string;
  runDir: string;
  confDir: string;
  pids: number[];
  processes: ClusterProcess[];
  logFiles: ClusterLogFiles;
  slots: number;
  startedAt: string;
  /** Seconds from launching the JVMs to REST answering with the slots registered. */
  startSeconds?: number;
  /** Everything written to the configuration file, --conf values included. */
  configuration: Record<string, string>;
  /** Who started the cluster (see `startCluster`'s `owner`). */
  owner?: string;
}
export interface VersionInfo {
  line: string;
  release: string;
  confFile: string;
  standardYaml: boolean;
  savepointDirKey: string;
  checkpointDirKey: string;
  /** group:artifact:version coordinates the generated pom depends on. */
  artifacts: string[];
}
export interface Resolution {
  classpath: string;
  jars: string[];
  bytes: number;
  seconds: number;
  cached: boolean;
}
export interface ClusterStatus {
  url: string;
  port: number;
  version: string;
  runDir: string;
  startedAt: string;
  processes: Array<ClusterProcess & { alive: boolean }>;
  rest: { up: false } | { up: true; taskmanagers: number; slotsTotal: number; jobsRunning: number };
}
export const root: string;
export const cacheDir: string;
export const runsDir: string;
/** The --add-opens/--add-exports flags Flink needs on Java 17. */
export const JVM_OPENS: string[];
export function versionInfo(version: string): VersionInfo;
export function supportedLines(): string[];
export function resolveRelease(
  version: string,
  options?: { log?: (line: string) => void; force?: boolean },
): Promise<Resolution>;
export function resolveClasspath(
  version: string,
  options?: { log?: (line: string) => void; force?: boolean },
): Promise<string>;
/** FLINK_TEST_PORTS=<from>-<to>: the loopback ports this process may hand out (undefined: the OS picks). */
export function testPortRange(value?: string): { from: number; to: number } | undefined;
/** A free loopback port: from FLINK_TEST_PORTS when set (each handed out once), else the OS's pick. */
export function freePort(): Promise<number>;
export function readState(port: number): ClusterState | undefined;
/** Every recorded cluster's port, or with `owner` only the ports of the clusters it started. */
export function recordedPorts(options?: { owner?: string }): number[];
export function isAlive(pid: number): boolean;
export function ownsPid(pid: number, runDir: string): boolean;
export function logFilesOf(runDir: string): ClusterLogFiles;
export function logTail(runDir: string, lines?: number): string;
export function startCluster(options: {
  version: string;
  port?: number;
  conf?: Record<string, string>;
  slots?: number;
  log?: (line: string) => void;
  timeoutMs?: number;
  /** Recorded in state.json as `owner`, so a cleanup can stop only the clusters it started. */
  owner?: string;
}): Promise<ClusterState & { startSeconds: number }>;
export function stopPids(pids: number[], runDir?: string, graceMs?: number): Promise<void>;
export function stopCluster(port: number, options?: { graceMs?: number }): Promise<boolean>;
export function stopAllClusters(options?: { graceMs?: number }): Promise<number[]>;
export function clusterStatus(port: number): Promise<ClusterStatus | undefined>;
