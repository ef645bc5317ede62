/**
 * A relative baseUrl where users put it: a Vite app built on the packed tarball (npm pack, as a
 * user installs it) creates `createFlinkClient({ baseUrl: "/flink" })` at module load, behind a
 * same-origin proxy to the fake cluster, and in Chromium asks the cluster's version, uploads a jar
 * (the browser's XHR upload path) and runs it. The report: this threw at load.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createFlinkMock } from "../../src/msw/index.js";
import { startHttpServer } from "../../src/node/http-server.js";
import { launchChromium, watchErrors } from "./browser.js";
import { startPageServer } from "./page-server.js";
import { ROOT } from "./web-submit-flow.js";

/** The loopback ports of this test (the range this project's e2e servers may use). */
const FLINK_PORT = 38_611;
const PAGE_PORT = 38_612;

let app: string;

const MAIN = `import { createFlinkClient, getFlinkVersion, runJar, uploadJar } from "flink-rest-client";

// At module load, as the issue's Vite app did: a path on the page's origin.
const flink = createFlinkClient({ baseUrl: "/flink" });

async function main() {
  const version = await getFlinkVersion(flink);
  const jar = new Blob([new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])]);
  const { jarId } = await uploadJar(flink, new File([jar], "relative.jar"));
  const { jobId } = await runJar(flink, jarId, {
    flinkVersion: version,
    flinkConfiguration: { "pipeline.name": "from a relative baseUrl" },
  });
  return { version, jarId, jobId };
}

main().then(
  (result) => { document.getElementById("result").textContent = JSON.stringify(result); },
  (error) => { document.getElementById("result").textContent = "failed: " + String(error); },
);
`;

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), "relative-base-url-"));
  // npm pack runs prepack (the build), as publishing does.
  execFileSync("npm", ["pack", "--pack-destination", app], { cwd: ROOT, stdio: "ignore" });
  const tarball = join(app, readdirSync(app).find((f) => f.endsWith(".tgz")) ?? "flink-rest-client.tgz");
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "relative-base-url-app", private: true, type: "module" }),
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], {
    cwd: app,
    stdio: "ignore",
  });
  mkdirSync(join(app, "src"));
  writeFileSync(join(app, "src", "main.js"), MAIN);
  writeFileSync(
    join(app, "index.html"),
    '<!doctype html><html><body><pre id="result">pending</pre><script type="module" src="/src/main.js"></script></body></html>',
  );
}, 600_000);

afterAll(() => {
  rmSync(app, { recursive: true, force: true });
});

it("given a Vite app on the packed tarball with baseUrl /flink, then in Chromium it loads, uploads and runs through the page's origin", async () => {
  await build({ root: app, logLevel: "error", build: { outDir: join(app, "dist") } });
  expect(readdirSync(join(app, "dist", "assets")).some((f) => f.endsWith(".js"))).toBe(true);
  const mock = createFlinkMock({ flinkVersion: "2.3" });
  const flink = await startHttpServer(mock.handle, { port: FLINK_PORT });
  const page = await startPageServer(join(app, "dist"), { url: flink.url }, PAGE_PORT);
  const chromium = await launchChromium();
  try {
    const tab = await chromium.browser.newPage();
    const errors = watchErrors(tab);
    const requested: string[] = [];
    tab.on("request", (request) => requested.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await tab.goto(`${page.url}/`);
    await expect.poll(() => tab.textContent("#result"), { timeout: 60_000 }).not.toBe("pending");
    const result = JSON.parse((await tab.textContent("#result")) ?? "") as { version: string; jobId: string };
    expect(result.version).toMatch(/^2\.3/);
    expect([...mock.cluster.jars.values()].map((j) => j.size)).toEqual([22]);
    expect(requested).toEqual(
      expect.arrayContaining([
        "GET /flink/config",
        "POST /flink/jars/upload",
        expect.stringMatching(/^POST \/flink\/jars\/.+\/run$/),
      ]),
    );
    expect(errors).toEqual([]);
  } finally {
    await chromium.close();
    await page.close();
    await flink.close();
  }
}, 300_000);
