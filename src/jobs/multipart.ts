/**
 * The multipart body of a jar upload: Flink's one part `jarfile`, framed by hand so the file can
 * stream (fetch's FormData would read a stream-backed file into memory), with a count of the
 * bytes fetch pulls.
 */
import type { ChunkSource } from "./upload-source.js";

export interface UploadProgress {
  /** Bytes of the request body sent so far (multipart framing included). */
  sent: number;
  /** Size of the whole request body, when known. */
  total: number | undefined;
}

/** The framing around the file: the part's header and the closing boundary, and the content type. */
export function multipartFrame(fileName: string): {
  head: Uint8Array<ArrayBuffer>;
  tail: Uint8Array<ArrayBuffer>;
  contentType: string;
} {
  const boundary = randomBoundary();
  const encoder = new TextEncoder();
  return {
    head: encoder.encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="jarfile"; filename="${quoteFileName(fileName)}"\r\nContent-Type: application/java-archive\r\n\r\n`,
    ),
    tail: encoder.encode(`\r\n--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
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
export function countingStream(
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
