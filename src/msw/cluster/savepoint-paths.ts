/**
 * Savepoint paths as Flink writes them: its Path qualifies a directory against the default file
 * system, so "/tmp/sp" and "file:///tmp/sp" both come back as "file:/tmp/sp/savepoint-..."
 * (real 1.19, 1.20 and 2.3, through `flink savepoint` and the REST API alike).
 */
import type { ClusterState } from "./state.js";

/** `path` as Flink's Path prints it: an absolute path without a scheme gets "file:", "file:///" becomes "file:/". */
export function qualifiedPath(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (trimmed.startsWith("/")) {
    return `file:${trimmed}`;
  }
  return trimmed.replace(/^file:\/\/(?=\/)/, "file:");
}

/** The stored savepoint `path` names, however it is spelled; undefined when there is none. */
export function knownSavepoint(state: ClusterState, path: string): string | undefined {
  const wanted = qualifiedPath(path);
  return [...state.savepoints].find((stored) => qualifiedPath(stored) === wanted);
}
