/**
 * Jar uploads for the HTTP-served fake cluster, streamed to disk as Flink's FileUploadHandler does
 * (into a temporary upload directory), so a 1 GiB jar costs disk, not memory. busboy parses the
 * multipart body as it arrives.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, unlink } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";

export interface StoredFile {
  /** The file name the client gave. */
  readonly name: string;
  readonly size: number;
  /** Where it is on disk. */
  readonly path: string;
}

export interface UploadStore {
  readonly dir: string;
  /** Reads a multipart request, writing each file part to disk; resolves once all are written. */
  receive(req: IncomingMessage): Promise<StoredFile[]>;
  /** Deletes one stored file (a jar deleted through the API). */
  remove(path: string): Promise<void>;
  /** Deletes the directory and everything in it. */
  close(): Promise<void>;
}

export async function createUploadStore(): Promise<UploadStore> {
  const dir = await mkdtemp(join(tmpdir(), "flink-rest-mock-uploads-"));
  let count = 0;
  return {
    dir,
    receive(req) {
      return new Promise<StoredFile[]>((resolve, reject) => {
        let parser: busboy.Busboy;
        try {
          parser = busboy({ headers: req.headers });
        } catch (error) {
          reject(error);
          return;
        }
        const writes: Promise<StoredFile>[] = [];
        parser.on("file", (_field, stream, info) => {
          const name = info.filename ?? "upload";
          const path = join(dir, `${String(++count).padStart(6, "0")}_${name.replace(/[\\/]/g, "_")}`);
          let size = 0;
          stream.on("data", (chunk: Buffer) => {
            size += chunk.length;
          });
          writes.push(pipeline(stream, createWriteStream(path)).then(() => ({ name, size, path })));
        });
        parser.once("error", reject);
        parser.once("close", () => {
          Promise.all(writes).then(resolve, reject);
        });
        req.once("error", reject);
        req.pipe(parser);
      });
    },
    async remove(path) {
      await unlink(path).catch(() => undefined);
    },
    async close() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
