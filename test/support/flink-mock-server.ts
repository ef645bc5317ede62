import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createFlinkClient } from "../../src/client/create-client.js";
import type { FlinkClient } from "../../src/client/flink-client.js";
import { isFlinkErrorBody } from "../../src/errors.js";
import { createFlinkMock, type FlinkMock, type FlinkMockOptions } from "../../src/msw/index.js";

/**
 * One msw server per test file; each test gets a fresh fake cluster through `use()`.
 * Unhandled requests are errors, so a call the fake does not serve fails the test.
 */
export function setupFakeFlink() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    server,
    /** Starts a fresh fake cluster for this test and returns it with a client pointed at it. */
    use(options: FlinkMockOptions = {}): { mock: FlinkMock; client: FlinkClient } {
      const mock = createFlinkMock(options);
      server.use(...mock.handlers);
      return { mock, client: createFlinkClient({ baseUrl: mock.baseUrl }) };
    },
  };
}

/** The smallest valid jar: an empty zip archive. */
export function emptyJar(name = "config-echo-job.jar"): File {
  const bytes = new Uint8Array(22);
  bytes.set([0x50, 0x4b, 0x05, 0x06]);
  return new File([bytes], name, { type: "application/java-archive" });
}

/** Flink's `errors` of an error answer ([] for a body that is not Flink's, such as a proxy's 502 page). */
export function errorsOf(error: unknown): string[] {
  return isFlinkErrorBody(error) ? error.errors : [];
}
