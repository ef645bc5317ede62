import { parseFlinkVersion } from "../internal/flink-version.js";

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
  let serverModule: typeof import("../msw/http-server.js");
  try {
    mswEntry = await import("../msw/index.js");
    serverModule = await import("../msw/http-server.js");
  } catch (error) {
    throw new Error(
      `the mock needs the optional peer dependency "msw" (npm install msw@2): ${(error as Error).message}`,
    );
  }
  // The server starts first so that the fake cluster can report the real address it listens on;
  // it reads the (then filled) handler list on every request.
  const handlers: import("msw").HttpHandler[] = [];
  const handlerOrigin = "http://flink-mock.local";
  const server = await serverModule.startMockHttpServer(handlers, {
    port: options.port,
    host: options.host,
    handlerOrigin,
  });
  const mock = mswEntry.createFlinkMock({
    flinkVersion: options.flinkVersion,
    clusterConfig: options.conf,
    baseUrl: handlerOrigin,
    address: server.url,
  });
  handlers.push(...mock.handlers);
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
