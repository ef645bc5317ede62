/**
 * `uploadJar`: streams a jar to `POST /jars/upload` as multipart/form-data with one part
 * `jarfile`, without reading it into memory, reporting bytes sent.
 */

import type { FlinkClient } from "../client/flink-client.js";
import { internal } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import type { SendRequest } from "../client/transport.js";
import { FlinkError, FlinkInputError } from "../errors.js";
import { isNode } from "../internal/runtime.js";
import { countingStream, multipartFrame, type UploadProgress } from "./multipart.js";
import { chunksOfStream, type JarSource, type ResolvedSource, resolveSource } from "./upload-source.js";

export type { UploadProgress } from "./multipart.js";
export type { JarSource } from "./upload-source.js";

export interface UploadJarOptions extends FlinkRequestOptions {
  /** File name Flink stores the jar under (must end in `.jar`); defaults to the File's or path's name. */
  fileName?: string;
  /** Size of a ReadableStream source, when known (lets the request carry an exact Content-Length). */
  size?: number;
  onProgress?: (progress: UploadProgress) => void;
  /** Time limit for the whole upload in ms (default: none). */
  timeoutMs?: number;
  /**
   * How the bytes are sent. `"xhr"`: XMLHttpRequest, whose upload events give real progress in
   * browsers (a Blob, File or bytes only). `"fetch"`: fetch, which in browsers reports progress
   * only at the start and the end. Default: `"xhr"` in browsers for a Blob, File or bytes sent to
   * the page's own origin (elsewhere XHR's progress events would need a CORS preflight, which
   * Flink does not answer), else `"fetch"`. A client created with a `fetch` of its own always
   * sends through that fetch.
   */
  transport?: "fetch" | "xhr";
}

export interface UploadedJar {
  /** The jar id for `/jars/{jarid}/...`: the last path segment of Flink's `filename`. */
  jarId: string;
  /** Where Flink stored the jar on the JobManager (an absolute path). */
  filename: string;
}

/** Whether this runtime has XMLHttpRequest (browsers and their dedicated workers; not Node). */
const hasXmlHttpRequest = () => typeof (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest === "function";

/** Whether to send through XMLHttpRequest; an explicit `"xhr"` that cannot be honoured is an error. */
function useXhr(transport: UploadJarOptions["transport"], resolved: ResolvedSource): boolean {
  if (transport !== undefined && transport !== "fetch" && transport !== "xhr") {
    throw new FlinkInputError(
      "invalid-option",
      `uploadJar: transport must be "fetch" or "xhr", got ${JSON.stringify(transport)}.`,
      { field: "transport" },
    );
  }
  if (transport === "xhr") {
    if (!hasXmlHttpRequest()) {
      throw new FlinkInputError("invalid-option", 'uploadJar: transport "xhr" needs XMLHttpRequest (a browser).', {
        field: "transport",
      });
    }
    if (!resolved.blob) {
      throw new FlinkInputError(
        "invalid-option",
        'uploadJar: transport "xhr" sends a Blob, File or bytes, not a stream or a file path.',
        { field: "transport" },
      );
    }
    return true;
  }
  return transport === undefined && !isNode && resolved.blob !== undefined && hasXmlHttpRequest();
}

/**
 * Uploads a jar and returns its id. The file is streamed with constant memory whatever its size
 * (in Node; browsers send the Blob as it is), and `onProgress` reports the bytes sent (in
 * browsers as XMLHttpRequest's upload events report them; see `transport`).
 *
 * @example
 * const { jarId } = await uploadJar(flink, { path: "target/job.jar" }, {
 *   onProgress: ({ sent, total }) => console.log(`${sent}/${total}`),
 * });
 */
export async function uploadJar(
  client: FlinkClient,
  source: JarSource,
  options: UploadJarOptions = {},
): Promise<UploadedJar> {
  const resolved = await resolveSource(source, options);
  if (!resolved.name.endsWith(".jar")) {
    throw new FlinkInputError(
      "invalid-source",
      `uploadJar: Flink accepts only names ending in .jar, got ${JSON.stringify(resolved.name)} (set fileName).`,
      { field: "fileName" },
    );
  }
  const { head, tail, contentType } = multipartFrame(resolved.name);
  const total = resolved.size === undefined ? undefined : head.byteLength + resolved.size + tail.byteLength;
  const headers: Record<string, string> = { "Content-Type": contentType };
  const xhr = useXhr(options.transport, resolved);
  // Unless the body is a counting stream (Node), progress is reported here: 0, then XHR's upload
  // events when XHR sends, then the total once Flink has answered. Repeats are dropped.
  const counted = !xhr && (isNode || resolved.chunks !== undefined);
  let sentSoFar = -1;
  const report = (sent: number) => {
    if (sent !== sentSoFar) {
      sentSoFar = sent;
      options.onProgress?.({ sent, total });
    }
  };
  let body: BodyInit;
  let send: SendRequest | undefined;
  if (counted) {
    // Node streams the file (read lazily, chunk by chunk) and counts what it sends.
    const file = resolved.chunks ?? chunksOfStream((resolved.blob as Blob).stream());
    body = countingStream([head, file, tail], total, options.onProgress);
    if (total !== undefined && isNode) {
      headers["Content-Length"] = String(total);
    }
  } else {
    // Browsers: a Blob made of parts references the file without copying it.
    const blob = new Blob([head, resolved.blob as Blob, tail]);
    body = blob;
    report(0);
    if (xhr) {
      // Loaded on demand: the core bundle stays small for pages that never upload.
      const { createXhrSender } = await import("./upload-xhr.js");
      send = createXhrSender(blob, report, options.transport === "xhr");
    }
  }
  const result = await internal(client).POST("/jars/upload", {
    // The contract's body is the one part `jarfile`; the serializer sends the framed body instead.
    body: { jarfile: resolved.blob ?? new Blob([]) },
    bodySerializer: () => body,
    headers,
    duplex: "half",
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.retry !== undefined ? { retry: options.retry } : {}),
    timeoutMs: options.timeoutMs ?? 0,
    ...(send ? { send } : {}),
  });
  const data = unwrap(result, "POST /jars/upload");
  if (!counted) {
    report(total ?? 0);
  }
  const filename = data?.filename;
  if (typeof filename !== "string" || filename === "") {
    throw new FlinkError(`uploadJar: Flink's answer has no filename: ${JSON.stringify(data)}`);
  }
  const jarId = filename.split(/[\\/]/).pop() as string;
  return { jarId, filename };
}
