/**
 * `npm run test:e2e`: the web-submit page, built on the built package, in headless Chromium
 * against the fake cluster of flink-rest-client/msw running in the page (MSW's service worker).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createFlinkMock } from "../../src/msw/index.js";
import { startHttpServer } from "../../src/node/http-server.js";
import { launchChromium, watchErrors } from "./browser.js";
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

it("given a 12 MiB jar on a link throttled to 8 MiB/s, then the progress bar moves through the upload, not only at its end", async () => {
  // The fake over HTTP behind the page server's /flink proxy: the upload crosses Chromium's network
  // stack, where DevTools can throttle it (a service worker would answer it inside the browser).
  const mock = createFlinkMock({ flinkVersion: "2.3" });
  const flink = await startHttpServer(mock.handle);
  const pageServer = await startPageServer(await buildPage(), { url: flink.url });
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    const errors = watchErrors(page);
    // Every value the page gives its progress bar (the value property reflects to the attribute).
    await page.addInitScript(() => {
      const seen: number[] = [];
      (globalThis as { progressValues?: number[] }).progressValues = seen;
      document.addEventListener("DOMContentLoaded", () => {
        const bar = document.getElementById("upload-progress") as HTMLProgressElement;
        new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributeFilter: ["value"] });
      });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 8 * 1024 * 1024,
    });
    await page.goto(`${pageServer.url}/`);
    await expect.poll(() => page.textContent("#cluster-status"), { timeout: 30_000 }).toMatch(/^Connected to Flink \d/);

    const jar = join(dir, "large.jar");
    writeFileSync(jar, new Uint8Array(12 * 1024 * 1024));
    await page.getByLabel("…or upload a jar").setInputFiles(jar);
    await expect.poll(() => page.textContent("#upload-status"), { timeout: 60_000 }).toMatch(/^Uploaded large\.jar/);

    const values = (await page.evaluate(() => (globalThis as { progressValues?: number[] }).progressValues)) ?? [];
    const between = values.filter((v) => v > 0 && v < 1);
    // About 1.5 s of upload: XHR reports progress every 50 ms or so.
    expect(between.length, `progress values: ${values.join(", ")}`).toBeGreaterThanOrEqual(5);
    expect(values.slice(1)).toEqual([...values.slice(1)].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(1);
    expect([...mock.cluster.jars.values()].map((j) => j.size)).toEqual([12 * 1024 * 1024]);
    expect(errors).toEqual([]);
  } finally {
    await chromium.close();
    await pageServer.close();
    await flink.close();
  }
}, 180_000);
