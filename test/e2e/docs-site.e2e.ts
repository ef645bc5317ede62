/** The built docs site (`npm run docs`) renders in headless Chromium with no console errors. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium, watchErrors } from "./browser.js";
import { type PageServer, startPageServer } from "./page-server.js";
import { ROOT } from "./web-submit-flow.js";

const SITE = join(ROOT, "dist", "docs");
let server: PageServer;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-site.mjs")], { cwd: ROOT, stdio: "ignore" });
  // The site needs no Flink: /flink is never asked for.
  server = await startPageServer(SITE, { url: "http://127.0.0.1:9" });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const PAGES: Array<[string, RegExp]> = [
  ["/index.html", /Precedence: what a job submitted with/],
  ["/options.html", /validat/i],
  ["/compatibility.html", /Findings: where real Flink corrected us/],
  ["/benchmarks.html", /Client overhead/],
  ["/option-catalog.html", /option catalog/i],
  ["/web-submit.html", /web-submit/],
  ["/api/index.html", /Submit a job from an uploaded jar|runJar|Run a jar/i],
  ["/reference/index.html", /flink-rest-client/],
  ["/reference/functions/flink-rest-client.createFlinkClient.html", /createFlinkClient/],
];

it("given the built site, then every page renders with no console errors", async () => {
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    const errors = watchErrors(page);
    for (const [path, text] of PAGES) {
      const response = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
      expect(response?.status(), path).toBe(200);
      await expect.poll(() => page.textContent("body"), { timeout: 15_000 }).toMatch(text);
    }
    expect(errors).toEqual([]);
  } finally {
    await chromium.close();
  }
}, 120_000);
