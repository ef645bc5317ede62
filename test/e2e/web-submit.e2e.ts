/**
 * `npm run test:e2e`: the web-submit page, built on the built package, in headless Chromium
 * against the fake cluster of flink-rest-client/msw running in the page (MSW's service worker).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PageServer, startPageServer } from "./page-server.js";
import { buildPage, ROOT, submitThroughThePage } from "./web-submit-flow.js";

let server: PageServer | undefined;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "web-submit-e2e-"));
  server = await startPageServer(await buildPage());
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A jar the fake accepts: an empty zip archive, padded by a stored entry so the upload takes a few steps. */
function fakeJar(): string {
  const path = join(dir, "config-echo-job.jar");
  const eocd = new Uint8Array(22);
  eocd.set([0x50, 0x4b, 0x05, 0x06]);
  writeFileSync(path, eocd);
  return path;
}

it("given the page and a fake cluster in the browser, then a user uploads, fixes a typo, submits and sees RUNNING", async () => {
  const job = await submitThroughThePage(
    server as PageServer,
    "/?flink=fake",
    fakeJar(),
    join(ROOT, "artifacts", "web-submit.png"),
  );
  expect(job.uploadResourceType).toBe("xhr");
  expect(job.jobIds).toContain(job.jobId);
  expect(job.name).toBe("submitted from the web page");
  expect(job.parallelism).toBe(2);
  expect(job.checkpointInterval).toBe(10_000);
  // The fake cluster sets 1 min; the request's 10 s wins, and the preview says so.
  expect(job.previewRow).toEqual([
    "execution.checkpointing.interval",
    "10 s",
    "flinkConfiguration (over cluster: 1 min)",
  ]);
}, 180_000);
