/**
 * The web-submit page against real Flink, per version line: the same browser flow as the fake-cluster e2e
 * test, with the real config-echo jar uploaded through the page's file input. The page reaches
 * Flink through its server's /flink proxy (one origin), and a second case records why: Flink's
 * CORS support covers simple requests only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFlinkClient } from "../../../src/client/create-client.js";
import { type PageServer, startPageServer } from "../../e2e/page-server.js";
import { buildPage, KEY, ROOT, submitThroughThePage } from "../../e2e/web-submit-flow.js";
import { echoJobJar, type FlinkCluster, startFlinkCluster } from "../../support/flink-cluster.js";
import { REAL_FLINK_TARGETS } from "../target.js";
import { recordResult } from "./results.js";

const external = process.env.FLINK_URL;

describe.each(REAL_FLINK_TARGETS)("the web-submit page on real Flink %s", (requested) => {
  let cluster: FlinkCluster | undefined;
  let server: PageServer | undefined;
  let flinkUrl: string;

  beforeAll(async () => {
    if (external) {
      flinkUrl = external.replace(/\/+$/, "");
    } else {
      cluster = await startFlinkCluster({ version: requested });
      flinkUrl = cluster.url;
    }
    server = await startPageServer(await buildPage(), { url: flinkUrl });
  });

  afterAll(async () => {
    await server?.close();
    await cluster?.stop();
  });

  it("the web-submit page uploads the echo jar, fixes a typo, submits to real Flink and follows the job to RUNNING", async () => {
    const job = await submitThroughThePage(
      server as PageServer,
      "/",
      await echoJobJar(),
      `${ROOT}artifacts/web-submit-real-flink-${requested}.png`,
    );
    expect(job.uploadResourceType).toBe("xhr");
    expect(job.previewRow.slice(0, 2)).toEqual([KEY, "10 s"]);

    // Asked from here, straight from the cluster: the job is listed, with the page's settings.
    const client = createFlinkClient({ baseUrl: flinkUrl });
    const jobs = (await client.GET("/jobs")).data?.jobs ?? [];
    expect(jobs.map((j) => j.id)).toContain(job.jobId);
    expect(jobs.find((j) => j.id === job.jobId)?.status).toBe("RUNNING");
    const config = (await client.GET("/jobs/{jobid}/config", { params: { path: { jobid: job.jobId } } })).data;
    expect(config?.name).toBe("submitted from the web page");
    expect(config?.["execution-config"]?.["job-parallelism"]).toBe(2);
    const checkpoints = await client.GET("/jobs/{jobid}/checkpoints/config", {
      params: { path: { jobid: job.jobId } },
    });
    expect(checkpoints.data?.interval).toBe(10_000);
    await client.PATCH("/jobs/{jobid}", { params: { path: { jobid: job.jobId }, query: { mode: "cancel" } } });

    const version = (await client.GET("/config")).data?.["flink-version"] ?? "";
    recordResult(
      /^\d+\.\d+/.exec(version)?.[0] ?? version,
      "the web-submit page in Chromium: upload, typo finding, submit, RUNNING",
      "passed",
    );
  }, 180_000);

  it("given a page on another origin, then Flink allows simple requests (GET, a multipart upload) but answers no preflight", async () => {
    const origin = "http://127.0.0.1:1";
    const read = await fetch(`${flinkUrl}/config`, { headers: { origin } });
    expect(read.headers.get("access-control-allow-origin")).toBe("*");
    // What a browser asks before a JSON POST (/run) or a PATCH (cancel) from another origin.
    const preflight = await fetch(`${flinkUrl}/jars/any.jar/run`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    // 404 (1.19, 1.20, 2.3): a browser then refuses the request, so the page needs one origin (a proxy).
    expect(preflight.ok).toBe(false);
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
  });
});
