// Types for cluster.mjs (a plain ESM script, so the test suite can import it type-checked).
export interface ClusterState {
  version: string;
  line: string;
  port: number;
  url: string;
  runDir: string;
  pids: number[];
  configuration: Record<string, string>;
}
export const root: string;
export const cacheDir: string;
export const runsDir: string;
/** The --add-opens/--add-exports flags Flink needs on Java 17. */
export const JVM_OPENS: string[];
export function versionInfo(version: string): {
  line: string;
  release: string;
  confFile: string;
  log4j: string;
  savepointDirKey: string;
  checkpointDirKey: string;
};
export function supportedLines(): string[];
export function resolveClasspath(version: string, options?: { log?: (line: string) => void }): Promise<string>;
export function freePort(): Promise<number>;
export function readState(port: number): ClusterState | undefined;
export function logTail(runDir: string, lines?: number): string;
export function startCluster(options: {
  version: string;
  port?: number;
  conf?: Record<string, string>;
  slots?: number;
  log?: (line: string) => void;
  timeoutMs?: number;
}): Promise<ClusterState>;
export function stopPids(pids: number[], graceMs?: number): Promise<void>;
export function stopCluster(port: number): Promise<boolean>;
