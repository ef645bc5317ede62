/** `flink-rest mock`: a fake Flink session cluster over HTTP (loopback by default), until SIGINT/SIGTERM. */

import type { IncomingMessage } from "node:http";
import { FLINK_LINES } from "../../../generated/contract-facts.js";
import { startHttpServer } from "../../node/http-server.js";
import { createUploadStore, type UploadStore } from "../../node/upload-store.js";
import { parseFlinkVersion } from "../../versions/flink-version.js";
import type { CommandContext } from "./context.js";

export async function mockCommand(ctx: CommandContext): Promise<void> {
  const { values } = ctx;
  const port = values.integer(values.own("port"), "--port", 0, 65_535) ?? 8081;
  const host = values.own("host") ?? "127.0.0.1";
  const flinkVersion = values.own("flink-version") ?? (FLINK_LINES[FLINK_LINES.length - 1] as string);
  parseFlinkVersion(flinkVersion);
  const clusterConfig = Object.fromEntries(values.pairs("conf"));
  let mswEntry: typeof import("../../msw/index.js");
  try {
    // msw is an optional peer dependency: loaded only here.
    mswEntry = await import("../../msw/index.js");
  } catch (error) {
    throw new Error(
      `the mock needs the optional peer dependency "msw" installed next to flink-rest-client: \`npm install msw@2\` in your project (msw 3 also works, on Node 22.12+), or \`npx --yes -p flink-rest-client -p msw@2 flink-rest mock ...\` (${(error as Error).message})`,
    );
  }
  // The server starts first so that the fake cluster can report the real address it listens on.
  let mock: import("../../msw/index.js").FlinkMock | undefined;
  const store = await createUploadStore();
  const onDisk = new Map<string, string>();
  const server = await startHttpServer(
    async (request) => {
      if (!mock) {
        return new Response(null, { status: 503 });
      }
      const response = await mock.handle(request);
      const deleted = request.method === "DELETE" && /^(?:\/v1)?\/jars\/([^/]+)$/.exec(new URL(request.url).pathname);
      if (deleted && response.ok) {
        const jarId = decodeURIComponent(deleted[1] as string);
        await store.remove(onDisk.get(jarId) ?? "");
        onDisk.delete(jarId);
      }
      return response;
    },
    { port, host, intercept: (req) => (mock ? interceptUpload(req, mock, store, onDisk) : undefined) },
  );
  mock = mswEntry.createFlinkMock({ flinkVersion, clusterConfig, address: server.url });
  process.stdout.write(
    `Fake Flink ${mock.cluster.flinkVersion} session cluster listening on ${server.url} (pid ${process.pid})\n` +
      `Uploaded jars are stored in ${store.dir} (removed when it stops)\n`,
  );
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) {
      resolve();
    }
    ctx.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await server.close();
  await store.close();
}

/** `POST /jars/upload`, streamed to disk instead of read into memory (Flink's FileUploadHandler does the same). */
function interceptUpload(
  req: IncomingMessage,
  mock: import("../../msw/index.js").FlinkMock,
  store: UploadStore,
  onDisk: Map<string, string>,
): Promise<Response> | undefined {
  let path: string;
  try {
    path = new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    return undefined;
  }
  // Flink's Java client adds /v1 to every path.
  if (req.method !== "POST" || (path !== "/jars/upload" && path !== "/v1/jars/upload")) {
    return undefined;
  }
  return store.receive(req).then(
    async (files) => {
      const reply = mock.cluster.uploadJar(files);
      const stored = (reply.body as { filename?: string }).filename;
      if (reply.status === 200 && stored && files[0]) {
        onDisk.set(stored.split("/").pop() as string, files[0].path);
      } else {
        await Promise.all(files.map((f) => store.remove(f.path)));
      }
      return Response.json(reply.body, { status: reply.status });
    },
    () => Response.json({ errors: ["Exactly 1 file must be sent, received 0."] }, { status: 400 }),
  );
}
