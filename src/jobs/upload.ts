/**
 * `uploadJar`: streams a jar to `POST /jars/upload` as multipart/form-data with one part
 * `jarfile`, without reading it into memory, reporting bytes sent.
 */

import { severalJobManagers } from "../client/addresses.js";
import { backoffDelay, backoffWait } from "../client/backoff.js";
import { TIMEOUT_REASON } from "../client/deadlines.js";
import type { FlinkClient } from "../client/flink-client.js";
import { clientDefaults, internal } from "../client/flink-client.js";
import { type FlinkRequestOptions, retryFor } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import type { SendRequest } from "../client/transport.js";
import { FlinkConnectionError, FlinkInputError, FlinkResponseError, FlinkServiceUnavailableError } from "../errors.js";
import { isNode } from "../internal/runtime.js";
import { answerString } from "./answer-checks.js";
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
  /** Time limit for the whole upload in ms (default: none; a stalled upload ends by `stallTimeoutMs`). */
  timeoutMs?: number;
  /**
   * How long an upload may make no progress, in ms: no byte accepted by the connection, or no
   * answer after the last byte (default: the client's `timeoutMs`, 30,000 unless set; 0 turns it
   * off). Where the runtime reports no progress (a browser's fetch), only `timeoutMs` applies.
   */
  stallTimeoutMs?: number;
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

/** The jar id in Flink's answer: the last segment of its `filename`, which must be usable as an id. */
function jarIdOf(filename: string, request: string): string {
  const jarId = filename.split(/[\\/]/).pop() as string;
  const control = [...jarId].some((c) => c.charCodeAt(0) < 32);
  if (jarId === "" || jarId === "." || jarId === ".." || control) {
    throw new FlinkResponseError(
      `${request}: Flink's answer names the stored jar ${JSON.stringify(filename)}, which is no jar id; is this a Flink REST endpoint?`,
      { request },
    );
  }
  return jarId;
}

/** Whether another attempt may help: the connection failed or Flink had no leader (503). */
function retryable(error: unknown): boolean {
  return error instanceof FlinkConnectionError || error instanceof FlinkServiceUnavailableError;
}

/**
 * Uploads a jar and returns its id. The file is streamed with constant memory whatever its size
 * (in Node; browsers send the Blob as it is), and `onProgress` reports the bytes sent (in
 * browsers as XMLHttpRequest's upload events report them; see `transport`). A source that can be
 * read again (a path, a Blob or File, bytes) is sent again after a dropped connection or a 503,
 * like other requests; a ReadableStream is read once, so it is not. An upload that stops making
 * progress ends after `stallTimeoutMs` with FlinkTimeoutError.
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
  const oneShot = typeof ReadableStream !== "undefined" && source instanceof ReadableStream;
  const retries = retryFor(clientDefaults(client)?.retry, options.retry);
  // Over several JobManagers a leader election is waited out (each attempt goes to the next one)
  // for as long as the upload may take, else the client's time limit.
  const patienceMs =
    severalJobManagers(client) && retries.maxRetries > 0
      ? options.timeoutMs || clientDefaults(client)?.timeoutMs || 0
      : 0;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await uploadOnce(client, source, options);
    } catch (error) {
      const patient = Date.now() - started < patienceMs;
      if (oneShot || (attempt >= retries.maxRetries && !patient) || !retryable(error)) {
        throw error;
      }
      await backoffWait(backoffDelay(attempt, retries), options.signal, "POST /jars/upload (waiting to retry)");
    }
  }
}

/** Arms a timer that aborts when the upload makes no progress for `ms`; each `progress()` rearms it. */
function stallGuard(ms: number): { signal: AbortSignal; progress(): void; stop(): void } {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const progress = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new DOMException(`no upload progress for ${ms} ms`, TIMEOUT_REASON)), ms);
    (timer as { unref?: () => void }).unref?.();
  };
  return { signal: controller.signal, progress, stop: () => clearTimeout(timer) };
}

async function uploadOnce(client: FlinkClient, source: JarSource, options: UploadJarOptions): Promise<UploadedJar> {
  const resolved = await resolveSource(source, options);
  try {
    return await sendUpload(client, resolved, options);
  } finally {
    // Closes the file however the request ended (a refused connection never reads the body).
    await resolved.chunks?.cancel().catch(() => undefined);
  }
}

async function sendUpload(
  client: FlinkClient,
  resolved: ResolvedSource,
  options: UploadJarOptions,
): Promise<UploadedJar> {
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
  const stallMs = options.stallTimeoutMs ?? clientDefaults(client)?.timeoutMs ?? 30_000;
  const guard = stallMs > 0 && (counted || xhr) ? stallGuard(stallMs) : undefined;
  guard?.progress();
  let sentSoFar = -1;
  const report = (sent: number) => {
    guard?.progress();
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
    body = countingStream([head, file, tail], total, (p) => {
      guard?.progress();
      options.onProgress?.(p);
    });
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
  const signals = [options.signal, guard?.signal].filter((s): s is AbortSignal => s !== undefined);
  try {
    const result = await internal(client).POST("/jars/upload", {
      // The contract's body is the one part `jarfile`; the serializer sends the framed body instead.
      body: { jarfile: resolved.blob ?? new Blob([]) },
      bodySerializer: () => body,
      headers,
      duplex: "half",
      ...(signals.length > 0 ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}),
      // This loop's caller retries (a multipart body cannot be replayed by the transport).
      retry: false,
      timeoutMs: options.timeoutMs ?? 0,
      ...(send ? { send } : {}),
    });
    const data = unwrap(result, "POST /jars/upload");
    if (!counted) {
      report(total ?? 0);
    }
    const filename = answerString(data?.filename, "POST /jars/upload", "a filename");
    return { jarId: jarIdOf(filename, "POST /jars/upload"), filename };
  } finally {
    guard?.stop();
  }
}
