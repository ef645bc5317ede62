// Types for ha-cluster.mjs (a plain ESM script, so the test suite can import it type-checked).
export interface HaProcess {
  role: "zookeeper" | "jobmanager" | "taskmanager";
  name: "zk" | "jm-a" | "jm-b" | "tm";
  pid: number;
  log: string;
  /** A JobManager's REST address. */
  url?: string;
}
export interface HaClusterState {
  ha: true;
  version: string;
  line: string;
  /** JobManager a's REST port; b's is port + 1, ZooKeeper's port + 2, the RPC ports port + 3 and + 4. */
  port: number;
  url: string;
  urls: [string, string];
  zkPort: number;
  runDir: string;
  pids: number[];
  processes: HaProcess[];
  slots: number;
  startedAt: string;
  startSeconds: number;
  zkSeconds: number;
  rssMiB: Record<string, number | undefined>;
  owner?: string;
}
export function haPorts(port: number): { restA: number; restB: number; zk: number; rpcA: number; rpcB: number };
export function startHaCluster(options: {
  version: string;
  port: number;
  conf?: Record<string, string>;
  slots?: number;
  log?: (line: string) => void;
  timeoutMs?: number;
  owner?: string;
}): Promise<HaClusterState>;
export function zkMode(port: number, timeoutMs?: number): Promise<string | undefined>;
export function rssMiB(pid: number): number | undefined;
export function haLogTail(state: HaClusterState, lines?: number): string;
export function killHaProcess(port: number, name: HaProcess["name"], signal?: NodeJS.Signals): number | undefined;
export function restartHaProcess(port: number, name: HaProcess["name"]): number;
export function leaderUrl(state: HaClusterState): Promise<string | undefined>;
