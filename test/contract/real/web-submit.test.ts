/**
 * The web-submit page against a real Flink 2.3: the same browser flow as the fake-cluster e2e
 * test, with the real config-echo jar uploaded through the page's file input.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { createFlinkClient } from "../../../src/client.js";
import { type PageServer, startPageServer } from "../../e2e/page-server.js";
import { buildPage, ROOT, submitThroughThePage } from "../../e2e/web-submit-flow.js";
import { echoJobJar, type FlinkCluster, startFlinkCluster } from "../../support/flink-cluster.js";
import { recordResult } from "./results.js";

const external = process.env.FLINK_URL;
let cluster: FlinkCluster | undefined;
let server: PageServer;
let flinkUrl: string;

beforeAll(async () => {
  if (external) {
    flinkUrl = external.replace(/\/+$/, "");
  } else {
    cluster = await startFlinkCluster({ version: "2.3" });
    flinkUrl = cluster.url;
  }
  server = await startPageServer(await buildPage(), { url: flinkUrl });
});

afterAll(async () => {
  await server?.close();
  await cluster?.stop();
});

it("the web-submit page uploads the echo jar, fixes a typo, submits to real Flink and follows the job to RUNNING", async () => {
  const jobId = await submitThroughThePage(server, await echoJobJar(), `${ROOT}artifacts/web-submit-real-flink.png`);
  const client = createFlinkClient({ baseUrl: flinkUrl });
  const config = (await client.GET("/jobs/{jobid}/config", { params: { path: { jobid: jobId } } })).data;
  expect(config?.name).toBe("submitted from the web page");
  expect(config?.["execution-config"]?.["job-parallelism"]).toBe(2);
  const checkpoints = await client.GET("/jobs/{jobid}/checkpoints/config", { params: { path: { jobid: jobId } } });
  expect(checkpoints.data?.interval).toBe(10_000);
  await client.PATCH("/jobs/{jobid}", { params: { path: { jobid: jobId }, query: { mode: "cancel" } } });
  const version = (await client.GET("/config")).data?.["flink-version"] ?? "";
  recordResult(
    /^\d+\.\d+/.exec(version)?.[0] ?? version,
    "the web-submit page in Chromium: upload, typo finding, submit, RUNNING",
    "passed",
  );
}, 180_000);
