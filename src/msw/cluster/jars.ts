/** The fake cluster's jars: upload, list, delete, as Flink's jar handlers answer. */
import { badParameters, type ErrorBody, restHandlerError } from "../flink-errors.js";
import type { Reply, RouteReply } from "../typed-route.js";
import type { ClusterState, FakeJar } from "./state.js";

/** Flink's answer to a jar id that is not a plain file name, if it is one. */
export function checkJarId(jarId: string): Reply<ErrorBody> | undefined {
  if (jarId.includes("/") || jarId.includes("\\") || jarId === "." || jarId === "..") {
    return badParameters(`Cannot resolve path parameter (jarid) from value "${jarId}".`);
  }
  return undefined;
}

/**
 * The exception lines of Flink's 500 for a run or plan of a jar that is not (or no longer) on the
 * JobManager's disk: the handler's CompletionException, then the RestHandlerException it wraps.
 */
export function missingJarCause(path: string): string {
  const cause = `org.apache.flink.runtime.rest.handler.RestHandlerException: Jar file ${path} does not exist`;
  return `java.util.concurrent.CompletionException: ${cause}\nCaused by: ${cause}`;
}

/** `POST /jars/upload` with the multipart files that were sent. */
export function uploadJar(
  state: ClusterState,
  files: ReadonlyArray<{ name: string; size: number }>,
): RouteReply<"/jars/upload", "post"> {
  if (files.length !== 1) {
    return restHandlerError(400, `Exactly 1 file must be sent, received ${files.length}.`);
  }
  const file = files[0] as { name: string; size: number };
  if (!file.name.endsWith(".jar")) {
    return restHandlerError(400, "Only Jar files are allowed.");
  }
  const baseName = file.name.split(/[\\/]/).pop() ?? file.name;
  const id = `${state.uuid()}_${baseName}`;
  const jar: FakeJar = {
    id,
    name: baseName,
    uploaded: state.now(),
    size: file.size,
    path: `${state.jarDir}/${id}`,
    entryClass: state.defaultEntryClass,
  };
  state.jars.set(id, jar);
  return { status: 200, body: { filename: jar.path, status: "success" } };
}

/** `GET /jars`: newest first, each with the entry class its manifest names. */
export function listJars(state: ClusterState): RouteReply<"/jars", "get"> {
  const files = [...state.jars.values()]
    .sort((a, b) => b.uploaded - a.uploaded)
    .map((jar) => ({
      id: jar.id,
      name: jar.name,
      uploaded: jar.uploaded,
      entry: [{ name: jar.entryClass, description: null }],
    }));
  return { status: 200, body: { address: state.address, files } };
}

/** `DELETE /jars/{jarid}`. */
export function deleteJar(state: ClusterState, jarId: string): RouteReply<"/jars/{jarid}", "delete"> {
  const invalid = checkJarId(jarId);
  if (invalid) {
    return invalid;
  }
  if (!state.jars.delete(jarId)) {
    return restHandlerError(400, `File ${jarId} does not exist in ${state.jarDir}.`);
  }
  return { status: 200, body: {} };
}
