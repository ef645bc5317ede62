/**
 * The fake cluster served the way `flink-rest mock` served it before uploads went to disk: every
 * request through the msw handlers, whose upload route reads the multipart body with formData().
 * Used by bench/mock-upload-memory.mjs as the thing compared. Prints its URL, serves until SIGTERM.
 */
import { createFlinkMock } from "../src/msw/index.js";
import { startHttpServer } from "../src/node/http-server.js";

const mock = createFlinkMock();
const server = await startHttpServer(mock.handle, { port: 0 });
process.stdout.write(`listening on ${server.url}\n`);
process.once("SIGTERM", () => {
  server.close().then(() => process.exit(0));
});
