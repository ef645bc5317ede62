/**
 * The testing kit in the browser, as docs/testing.md promises: flink-rest-client/msw's fake behind
 * msw's service worker (`setupWorker`) in headless Chromium, with the documented per-test pattern
 * (`mock.reset()` before each test, `worker.resetHandlers()` after it). The tests themselves run in
 * the page (test/e2e/testing-kit-page/main.ts): a rejected upload and a leader change (faults), a
 * job that fails while it is awaited and one set to a state (job control), and a test that starts
 * on a new cluster without the last test's faults, jobs and overrides (reset). Every request must
 * have been answered by the service worker. Without Chromium this fails, naming what is missing.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "../../scripts/flink/cluster.mjs";
import { type ChromiumSession, launchChromium, watchErrors } from "./browser.js";
import { type PageServer, startPageServer } from "./page-server.js";
import { ROOT } from "./web-submit-flow.js";

let out: string | undefined;
let server: PageServer | undefined;
let chromium: ChromiumSession | undefined;
let errors: string[] = [];
/** Each request to the fake's address, and whether msw's service worker answered it. */
const answered: Array<{ url: string; fromServiceWorker: boolean }> = [];
/** The page, once built, served and loaded; a failure (no Chromium) fails every test with its reason, none is skipped. */
let ready: Promise<Page>;

async function openPage(): Promise<Page> {
  out = mkdtempSync(join(tmpdir(), "testing-kit-worker-"));
  await build({
    configFile: false,
    root: join(ROOT, "test", "e2e", "testing-kit-page"),
    base: "./",
    logLevel: "error",
    build: { outDir: out, emptyOutDir: true, target: "es2022" },
  });
  // The worker script of the msw this page was built with (what `npx msw init` copies).
  copyFileSync(join(ROOT, "node_modules", "msw", "lib", "mockServiceWorker.js"), join(out, "mockServiceWorker.js"));
  // Loopback ports from FLINK_TEST_PORTS when set (a shared machine), else the OS's pick.
  server = await startPageServer(out, undefined, await freePort());
  chromium = await launchChromium({ debuggingPort: await freePort() });
  const tab = await chromium.browser.newPage();
  errors = watchErrors(tab);
  tab.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/fake-flink/")) {
      answered.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
    }
  });
  await tab.goto(`${server.url}/`);
  await tab.waitForFunction(() => document.getElementById("status")?.textContent !== "starting msw's worker…", null, {
    timeout: 30_000,
  });
  expect(await tab.textContent("#status")).toBe("ready");
  return tab;
}

beforeAll(async () => {
  ready = openPage();
  // Awaited by each test, which then fails with the reason.
  await ready.catch(() => {});
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (out) {
    rmSync(out, { recursive: true, force: true });
  }
});

/** Runs one of the page's tests (reset before, resetHandlers after) and returns what it observed. */
async function runInPage(name: string): Promise<Record<string, unknown>> {
  return (await ready).evaluate((n) => window.kitTests.run(n), name);
}

it("the page registers its tests with the worker started", async () => {
  const tab = await ready;
  expect(await tab.evaluate(() => window.kitTests.names)).toHaveLength(3);
  expect(await tab.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/mockServiceWorker\.js$/);
});

it("given faults, then in the browser an upload is rejected with Flink's 400 and a submit survives a leader change", async () => {
  const seen = await runInPage("a rejected upload, then a leader change during submit");
  expect(seen).toMatchObject({
    jobsAtStart: 0,
    jarsAtStart: 0,
    requestsAtStart: 0,
    rejectedIsApiError: true,
    rejectedStatus: 400,
    rejectedErrors: ["Exactly 1 file must be sent, received 0."],
    jobState: "RUNNING",
    answered503: 2,
    overridden: "0.0-overridden",
  });
});

it("given a scripted job, then in the browser waitForJob sees it fail with its root exception, and setState moves another", async () => {
  const seen = await runInPage("a job that fails while we wait, and one set to a state");
  expect(seen).toMatchObject({
    // The last test's job is gone: reset() ran before this one.
    jobsAtStart: 0,
    jarsAtStart: 0,
    requestsAtStart: 0,
    failedIsJobFailedError: true,
    failedState: "FAILED",
    setState: "CANCELED",
    jobs: 2,
  });
  expect(seen.rootException).toContain("java.io.IOException: disk full");
});

it("given the tests before, then the next test starts on a new cluster without their faults, jobs and overrides", async () => {
  const seen = await runInPage("the next test starts on a new cluster without the faults and overrides of the last");
  expect(seen).toMatchObject({ jobsAtStart: 0, jarsAtStart: 0, requestsAtStart: 0, overviewStatus: 200, jobs: [] });
  expect(seen.version).toMatch(/^2\.3\.\d+$/);
});

it("every request to the fake was answered by msw's service worker, and the page logged no unexpected error", async () => {
  await ready;
  expect(answered.length).toBeGreaterThan(10);
  expect(answered.filter((a) => !a.fromServiceWorker)).toEqual([]);
  // The faults' answers (400, 503, 500) are what the tests asked for; nothing else may fail.
  const unexpected = errors.filter(
    (e) => !/^HTTP (400|500|503): .*\/fake-flink\//.test(e) && !/status of (400|500|503)/.test(e),
  );
  expect(unexpected).toEqual([]);
});
