/** `npm run test:e2e`: the web-submit page in headless Chromium against the fake cluster. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createFlinkMock, type FlinkMock } from "../../src/msw/index.js";
import { type PageServer, startPageServer } from "./page-server.js";
import { buildPage, ROOT, submitThroughThePage } from "./web-submit-flow.js";

let server: PageServer;
let mock: FlinkMock;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "web-submit-e2e-"));
  const root = await buildPage();
  mock = createFlinkMock({ flinkVersion: "2.3", clusterConfig: { "parallelism.default": "4" } });
  server = await startPageServer(root, { handlers: mock.handlers, handlerOrigin: mock.baseUrl });
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it("given the page and the fake cluster, then a user uploads, fixes a typo, submits and sees RUNNING", async () => {
  const jar = join(dir, "config-echo-job.jar");
  const emptyZip = new Uint8Array(22);
  emptyZip.set([0x50, 0x4b, 0x05, 0x06]);
  writeFileSync(jar, emptyZip);
  const jobId = await submitThroughThePage(server, jar, join(ROOT, "artifacts", "web-submit-fake.png"));
  const job = mock.cluster.jobs.get(jobId);
  expect(job).toMatchObject({ state: "RUNNING", parallelism: 2 });
  expect(job?.configuration["execution.checkpointing.interval"]).toBe("10 s");
  expect(job?.configuration["pipeline.name"]).toBe("submitted from the web page");
}, 120_000);
