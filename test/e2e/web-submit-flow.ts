/**
 * The web-submit page driven like a user: upload a jar, fill the form, add a misspelled key, see
 * the finding, apply the suggestion, submit, and watch the job reach RUNNING. Shared by the fake
 * cluster test and the real-Flink test.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { expect } from "vitest";
import { launchChromium, watchErrors } from "./browser.js";
import type { PageServer } from "./page-server.js";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const PAGE_DIR = join(ROOT, "dist", "web-submit");

export async function buildPage(): Promise<string> {
  await build({ configFile: join(ROOT, "examples", "web-submit", "vite.config.ts"), logLevel: "error" });
  return PAGE_DIR;
}

export async function submitThroughThePage(server: PageServer, jar: string, screenshot: string): Promise<string> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await expect.poll(() => page.textContent("#cluster-status"), { timeout: 20_000 }).toMatch(/^Connected to Flink \d/);

    await page.setInputFiles("#jar-file", jar);
    await expect.poll(() => page.locator("#jar option").count(), { timeout: 60_000 }).toBeGreaterThan(0);

    await page.fill("#parallelism", "2");
    await page.click("#add-row");
    const row = page.locator("#config-table tbody tr").last();
    const key = row.locator(".config-key");
    const value = row.locator(".config-value");
    await key.fill("execution.checkpointing.intervall");
    await value.fill("10 s");
    const findings = row.locator(".findings");
    await expect.poll(() => findings.textContent()).toContain("unknown-key");
    await row.locator("button.use-suggestion").click();
    expect(await key.inputValue()).toBe("execution.checkpointing.interval");
    await expect.poll(() => findings.textContent()).not.toContain("unknown-key");
    await expect.poll(() => page.textContent("#preview")).toContain("execution.checkpointing.interval");

    await page.click("#submit");
    await expect.poll(() => page.getAttribute("#job-status", "data-state"), { timeout: 60_000 }).toBe("RUNNING");
    const jobId = (await page.getAttribute("#job-status", "data-job-id")) as string;
    mkdirSync(join(ROOT, "artifacts"), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    process.stdout.write(`screenshot: ${screenshot}\n`);
    expect(errors).toEqual([]);
    return jobId;
  } finally {
    await chromium.close();
  }
}
