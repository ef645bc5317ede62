/** `flink-rest mock`: a fake Flink session cluster over HTTP (loopback by default), until SIGINT/SIGTERM. */
import { FLINK_LINES } from "../../../generated/contract-facts.js";
import { startHttpServer } from "../../node/http-server.js";
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
      `the mock needs the optional peer dependency "msw": install it next to flink-rest-client (npm install msw), or run npx -p flink-rest-client -p msw flink-rest mock. (${(error as Error).message})`,
    );
  }
  // The server starts first so that the fake cluster can report the real address it listens on.
  let mock: import("../../msw/index.js").FlinkMock | undefined;
  const server = await startHttpServer(
    (request) => (mock ? mock.handle(request) : Promise.resolve(new Response(null, { status: 503 }))),
    { port, host },
  );
  mock = mswEntry.createFlinkMock({ flinkVersion, clusterConfig, address: server.url });
  process.stdout.write(
    `Fake Flink ${mock.cluster.flinkVersion} session cluster listening on ${server.url} (pid ${process.pid})\n`,
  );
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) {
      resolve();
    }
    ctx.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await server.close();
}
