/**
 * The web-submit page driven like a user, by its labels: upload a jar, fill the form, add a
 * misspelled key, see the finding, try to submit (refused), apply the suggestion, submit, and
 * watch the job reach RUNNING. Shared by the fake-cluster test (npm run test:e2e) and the
 * real-Flink test (npm run test:flink).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { expect } from "vitest";
import { launchChromium, watchErrors } from "./browser.js";
import type { PageServer } from "./page-server.js";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const PAGE_DIR = join(ROOT, "dist", "web-submit");
export const TYPO = "execution.checkpointing.intervall";
export const KEY = "execution.checkpointing.interval";

/** Builds the package (dist/src, the entries npm publishes), then the page on top of it. */
export async function buildPage(): Promise<string> {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "ignore" });
  await build({ configFile: join(ROOT, "examples", "web-submit", "vite.config.ts"), logLevel: "error" });
  return PAGE_DIR;
}

export interface SubmittedJob {
  jobId: string;
  /** What the page's REST address answers afterwards, asked from inside the page. */
  jobIds: string[];
  name: string | undefined;
  parallelism: number | undefined;
  checkpointInterval: number | undefined;
  /** The preview row of the checkpoint interval: [key, value, source]. */
  previewRow: string[];
  /** How the upload was sent ("xhr" for the SDK's browser upload path). */
  uploadResourceType: string | undefined;
}

/** GETs a path of the REST address the page is connected to, from the page (same origin). */
function restGet(page: Page, path: string): Promise<unknown> {
  return page.evaluate(async (p) => {
    const base = (document.getElementById("flink-url") as HTMLInputElement).value.replace(/\/+$/, "");
    return (await fetch(`${base}${p}`)).json();
  }, path);
}

export async function submitThroughThePage(
  server: PageServer,
  pagePath: string,
  jar: string,
  screenshot: string,
): Promise<SubmittedJob> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = watchErrors(page);
    let uploadResourceType: string | undefined;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/jars/upload")) {
        uploadResourceType = request.resourceType();
      }
    });
    await page.goto(`${server.url}${pagePath}`);
    await expect.poll(() => page.textContent("#cluster-status"), { timeout: 30_000 }).toMatch(/^Connected to Flink \d/);

    await page.getByLabel("…or upload a jar").setInputFiles(jar);
    await expect.poll(() => page.textContent("#upload-status"), { timeout: 60_000 }).toMatch(/^Uploaded /);
    expect(await page.getByLabel("Upload progress").evaluate((p) => (p as HTMLProgressElement).value)).toBe(1);
    expect(await page.getByLabel("Jar on the cluster").locator("option:checked").textContent()).toMatch(/\.jar$/);

    await page.getByLabel("Parallelism").fill("2");
    await page.getByRole("button", { name: "Add a setting" }).click();
    const row = page.locator("#config-table tbody tr").last();
    await row.getByLabel("Option key").fill(TYPO);
    await row.getByLabel("Option value").fill("10 s");
    const findings = row.locator(".findings");
    await expect
      .poll(() => findings.textContent())
      .toMatch(/^unknown-key .*Did you mean "execution\.checkpointing\.interval"/);
    expect(await row.getByLabel("Option key").getAttribute("aria-invalid")).toBe("true");

    // The validator's error stops the submission before anything is sent.
    await page.getByRole("button", { name: "Submit" }).click();
    await expect.poll(() => page.textContent("#job-status")).toMatch(/^Not submitted: fix the flinkConfiguration/);

    await row.getByRole("button", { name: `Use ${KEY}` }).click();
    expect(await row.getByLabel("Option key").inputValue()).toBe(KEY);
    await expect.poll(() => findings.textContent()).toBe("");
    const previewRow = page.locator(`#preview tbody tr[data-key="${KEY}"] td`);
    await expect.poll(() => previewRow.allTextContents()).toContain("10 s");

    await page.getByRole("button", { name: "Submit" }).click();
    await expect.poll(() => page.getAttribute("#job-status", "data-state"), { timeout: 90_000 }).toBe("RUNNING");
    const jobId = (await page.getAttribute("#job-status", "data-job-id")) as string;

    mkdirSync(join(ROOT, "artifacts"), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    process.stdout.write(`screenshot: ${screenshot}\n`);

    const jobs = (await restGet(page, "/jobs")) as { jobs?: Array<{ id: string }> };
    const config = (await restGet(page, `/jobs/${jobId}/config`)) as {
      name?: string;
      "execution-config"?: { "job-parallelism"?: number };
    };
    const checkpoints = (await restGet(page, `/jobs/${jobId}/checkpoints/config`)) as { interval?: number };
    expect(errors).toEqual([]);
    return {
      jobId,
      jobIds: (jobs.jobs ?? []).map((j) => j.id),
      name: config.name,
      parallelism: config["execution-config"]?.["job-parallelism"],
      checkpointInterval: checkpoints.interval,
      previewRow: await previewRow.allTextContents(),
      uploadResourceType,
    };
  } finally {
    await chromium.close();
  }
}
