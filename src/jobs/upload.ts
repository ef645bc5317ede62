/**
 * `uploadJar`: streams a jar to `POST /jars/upload` as multipart/form-data with one part
 * `jarfile`, without reading it into memory, reporting bytes sent.
 */
import type { FlinkClient } from "../client.js";
import { FlinkError, FlinkInputError } from "../errors.js";
import { SEND_PROPERTY, type SendRequest, TIMEOUT_PROPERTY } from "../internal/transport.js";
import { unwrap } from "./result.js";

/** A jar: a Blob or File, bytes, a web ReadableStream, or (in Node) a file path as `{ path }` or a `file:` URL. */
export type JarSource = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | { path: string } | URL;

export interface UploadProgress {
  /** Bytes of the request body sent so far (multipart framing included). */
  sent: number;
  /** Size of the whole request body, when known. */
  total: number | undefined;
}

export interface UploadJarOptions {
  /** File name Flink stores the jar under (must end in `.jar`); defaults to the File's or path's name. */
  fileName?: string;
  /** Size of a ReadableStream source, when known (lets the request carry an exact Content-Length). */
  size?: number;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
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

interface ResolvedSource {
  name: string;
  blob?: Blob;
  chunks?: ChunkSource;
  size: number | undefined;
}

// Typed locally: the core entry type-checks (and runs) without Node's types.
const isNode =
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === "string";

/** The part of node:fs that uploads use (declared here so that the core needs no Node types). */
interface NodeFileSystem {
  promises: {
    open(
      path: string | URL,
      flags: string,
    ): Promise<{
      stat(): Promise<{ size: number }>;
      read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
      close(): Promise<void>;
    }>;
  };
}

async function resolveSource(source: JarSource, options: UploadJarOptions): Promise<ResolvedSource> {
  if (typeof source === "string") {
    // Like openai-node's toFile: a string could be a path or the contents; never guess.
    throw new FlinkInputError("invalid-source", "uploadJar: pass a file path as { path } (Node), not a bare string.", {
      field: "source",
    });
  }
  if (source instanceof Blob) {
    const name = options.fileName ?? ((source as File).name || undefined);
    return { name: name ?? "job.jar", blob: source, size: source.size };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const blob = new Blob([source as ArrayBuffer]);
    return { name: options.fileName ?? "job.jar", blob, size: blob.size };
  }
  if (typeof ReadableStream !== "undefined" && source instanceof ReadableStream) {
    return { name: options.fileName ?? "job.jar", chunks: chunksOfStream(source), size: options.size };
  }
  const path = source instanceof URL ? source : (source as { path?: unknown }).path;
  if (typeof path === "string" || path instanceof URL) {
    if (!isNode) {
      throw new FlinkInputError("invalid-source", "uploadJar: file paths work in Node only; pass a File or Blob.", {
        field: "source",
      });
    }
    const fs = nodeFileSystem();
    let file: { chunks: ChunkSource; size: number };
    try {
      file = await openFileChunks(fs, path);
    } catch (error) {
      throw new FlinkInputError(
        "invalid-source",
        `uploadJar: cannot open ${String(path)}: ${(error as Error).message}`,
        {
          field: "source",
          cause: error,
        },
      );
    }
    const base = String(path instanceof URL ? path.pathname : path)
      .split(/[\\/]/)
      .pop();
    return { name: options.fileName ?? base ?? "job.jar", chunks: file.chunks, size: file.size };
  }
  throw new FlinkInputError(
    "invalid-source",
    "uploadJar: expected a Blob/File, bytes, a ReadableStream, { path } or a file: URL.",
    { field: "source" },
  );
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

const FILE_CHUNK = 1 << 21;

/** Where body bytes come from, one chunk at a time; `undefined` means the end. */
interface ChunkSource {
  read(): Promise<Uint8Array | undefined>;
  cancel(reason?: unknown): Promise<void>;
}

function chunksOfStream(stream: ReadableStream<Uint8Array>): ChunkSource {
  const reader = stream.getReader();
  return {
    async read() {
      const { value, done } = await reader.read();
      return done ? undefined : value;
    },
    cancel: (reason) => reader.cancel(reason),
  };
}

/**
 * node:fs without an import: `process.getBuiltinModule` (Node 20.16+) leaves nothing for a
 * browser bundler to resolve or stub, so the core entry stays free of Node-only imports.
 */
function nodeFileSystem(): NodeFileSystem {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.("node:fs") as NodeFileSystem | undefined;
  if (!fs) {
    throw new FlinkInputError(
      "invalid-source",
      "uploadJar: file paths need Node 20.16 or later (process.getBuiltinModule); pass a File, Blob, bytes or a ReadableStream.",
      { field: "source" },
    );
  }
  return fs;
}

/**
 * Reads a file in 2 MiB chunks straight from its handle (Node only). This is several times
 * faster than `Readable.toWeb(fs.createReadStream())` or `fs.openAsBlob().stream()` (64 KiB
 * chunks), which ran at a fifth of curl's speed in bench/upload.ts.
 */
async function openFileChunks(fs: NodeFileSystem, path: string | URL): Promise<{ chunks: ChunkSource; size: number }> {
  const handle = await fs.promises.open(path, "r");
  let size: number;
  try {
    size = (await handle.stat()).size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  let position = 0;
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  return {
    size,
    chunks: {
      async read() {
        // A fresh buffer per chunk: fetch may still hold the previous one while it is written.
        const buffer = new Uint8Array(Math.min(FILE_CHUNK, Math.max(size - position, 1)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, position);
        if (bytesRead === 0) {
          await close();
          return undefined;
        }
        position += bytesRead;
        return bytesRead === buffer.byteLength ? buffer : buffer.subarray(0, bytesRead);
      },
      cancel: close,
    },
  };
}

/** Encodes a file name for a multipart header as browsers do (quotes and line breaks escaped). */
function quoteFileName(name: string): string {
  return name.replaceAll('"', "%22").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function randomBoundary(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `----flink-rest-client-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Concatenates the multipart framing and the file into one body stream, counting what fetch pulls. */
function countingStream(
  parts: ReadonlyArray<Uint8Array | ChunkSource>,
  total: number | undefined,
  onProgress: ((p: UploadProgress) => void) | undefined,
): ReadableStream<Uint8Array> {
  let index = 0;
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const part = parts[index];
        if (part === undefined) {
          controller.close();
          return;
        }
        const chunk = part instanceof Uint8Array ? part : await part.read();
        if (part instanceof Uint8Array || chunk === undefined) {
          index++;
        }
        if (chunk === undefined) {
          continue;
        }
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        onProgress?.({ sent, total });
        return;
      }
    },
    async cancel(reason) {
      for (const part of parts.slice(index)) {
        if (!(part instanceof Uint8Array)) {
          await part.cancel(reason);
        }
      }
    },
  });
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
  const boundary = randomBoundary();
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="jarfile"; filename="${quoteFileName(resolved.name)}"\r\nContent-Type: application/java-archive\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const total = resolved.size === undefined ? undefined : head.byteLength + resolved.size + tail.byteLength;
  const headers: Record<string, string> = { "Content-Type": `multipart/form-data; boundary=${boundary}` };
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
  const result = await client.POST("/jars/upload", {
    body: body as never,
    bodySerializer: (b: unknown) => b as BodyInit,
    headers,
    ...(options.signal ? { signal: options.signal } : {}),
    duplex: "half",
    [TIMEOUT_PROPERTY]: options.timeoutMs ?? 0,
    ...(send ? { [SEND_PROPERTY]: send } : {}),
  } as never);
  const data = unwrap(
    result as { data?: { filename?: string }; error?: unknown; response: Response },
    "POST /jars/upload",
  );
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
