/** `flink-rest mock`: a fake Flink session cluster over HTTP (loopback by default). */
import { startHttpServer } from "../node/http-server.js";
import { parseFlinkVersion } from "../versions/flink-version.js";

export interface MockCommandOptions {
  port: number;
  host: string;
  flinkVersion: string;
  conf: Record<string, string>;
}

/** `flink-rest mock`: serves a fake cluster until SIGINT/SIGTERM. msw is loaded only here. */
export async function runMockCommand(options: MockCommandOptions): Promise<void> {
  parseFlinkVersion(options.flinkVersion);
  let mswEntry: typeof import("../msw/index.js");
  try {
    mswEntry = await import("../msw/index.js");
  } catch (error) {
    throw new Error(
      `the mock needs the optional peer dependency "msw" installed next to flink-rest-client: \`npm install msw@2\` in your project (msw 3 also works, on Node 22.12+), or \`npx --yes -p flink-rest-client -p msw@2 flink-rest mock ...\` (${(error as Error).message})`,
    );
  }
  // The server starts first so that the fake cluster can report the real address it listens on.
  let mock: import("../msw/index.js").FlinkMock | undefined;
  const server = await startHttpServer(
    (request) => (mock ? mock.handle(request) : Promise.resolve(new Response(null, { status: 503 }))),
    { port: options.port, host: options.host },
  );
  mock = mswEntry.createFlinkMock({
    flinkVersion: options.flinkVersion,
    clusterConfig: options.conf,
    address: server.url,
  });
  process.stdout.write(
    `Fake Flink ${mock.cluster.flinkVersion} session cluster listening on ${server.url} (pid ${process.pid})\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
}
