/**
 * The built docs site (`npm run docs`) in headless Chromium: every page renders with no console
 * errors, every guide heading can be linked to, TypeDoc's "Defined in" links point at the
 * repository, and the guide pages' tables stay readable on a 390 px phone screen (screenshots in
 * artifacts/docs-390/).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PAGES as GUIDE_PAGES, REPOSITORY } from "../../scripts/site-pages.mjs";
import { type ChromiumSession, launchChromium, watchErrors } from "./browser.js";
import { type PageServer, startPageServer } from "./page-server.js";
import { ROOT } from "./web-submit-flow.js";

const SITE = join(ROOT, "dist", "docs");
const SCREENSHOTS = join(ROOT, "artifacts", "docs-390");
let server: PageServer;
let chromium: ChromiumSession;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-site.mjs")], { cwd: ROOT, stdio: "ignore" });
  // The site needs no Flink: /flink is never asked for.
  server = await startPageServer(SITE, { url: "http://127.0.0.1:9" });
  chromium = await launchChromium();
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const PAGES: Array<[string, RegExp]> = [
  ["/index.html", /Precedence: what a job submitted with/],
  ["/options.html", /validat/i],
  ["/compatibility.html", /Findings: where real Flink corrected us/],
  ["/benchmarks.html", /Client overhead/],
  ["/option-catalog.html", /option catalog/i],
  ["/web-submit.html", /web-submit/],
  ["/contributing.html", /Contributing to flink-rest-client/],
  ["/architecture.html", /Where each kind of Flink fact lives/],
  ["/api/index.html", /Submit a job from an uploaded jar|runJar|Run a jar/i],
  ["/reference/index.html", /flink-rest-client/],
  ["/reference/functions/flink-rest-client.createFlinkClient.html", /createFlinkClient/],
];

it("given the built site, then every page renders with no console errors", async () => {
  const page = await chromium.browser.newPage();
  const errors = watchErrors(page);
  for (const [path, text] of PAGES) {
    const response = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
    expect(response?.status(), path).toBe(200);
    await expect.poll(() => page.textContent("body"), { timeout: 15_000 }).toMatch(text);
  }
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

it("given a guide page, then every heading has an id and its anchor link scrolls to it", async () => {
  const page = await chromium.browser.newPage();
  for (const [, file] of GUIDE_PAGES) {
    await page.goto(`${server.url}/${file}`, { waitUntil: "load" });
    const headings = await page.$$eval("main :is(h1,h2,h3,h4,h5,h6)", (all) =>
      all.map((h) => ({ id: h.id, anchor: h.querySelector("a.anchor")?.getAttribute("href") })),
    );
    expect(headings.length, file).toBeGreaterThan(1);
    for (const { id, anchor } of headings) {
      expect(id, file).not.toBe("");
      expect(anchor, `${file}#${id}`).toBe(`#${id}`);
    }
    expect(new Set(headings.map((h) => h.id)).size, file).toBe(headings.length);
  }
  // Following a heading's anchor puts that heading at the top of the window (one in the middle
  // of the page: the last ones cannot scroll that far).
  await page.goto(`${server.url}/index.html`, { waitUntil: "load" });
  const anchors = page.locator("main h2 a.anchor");
  const middle = anchors.nth(Math.floor((await anchors.count()) / 2));
  const id = ((await middle.getAttribute("href")) as string).slice(1);
  await middle.click();
  expect(new URL(page.url()).hash).toBe(`#${id}`);
  await expect.poll(() => page.$eval(`[id="${id}"]`, (h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(5);
  await page.close();
}, 120_000);

it("given the SDK reference, then its 'Defined in' links point at the declaration in the repository", async () => {
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  const page = await chromium.browser.newPage();
  await page.goto(`${server.url}/reference/functions/flink-rest-client.createFlinkClient.html`, { waitUntil: "load" });
  const links = await page.$$eval("a", (all) => all.map((a) => a.href).filter((href) => /#L\d+$/.test(href)));
  await page.close();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const match = new RegExp(`^${REPOSITORY}/blob/${commit}/(src/[\\w/.-]+\\.ts)#L(\\d+)$`).exec(link);
    expect(match, link).not.toBeNull();
    const [, path, line] = match as RegExpExecArray;
    const source = readFileSync(join(ROOT, path as string), "utf8").split("\n");
    expect(source[Number(line) - 1], link).toContain("createFlinkClient");
  }
}, 60_000);

it("given the API reference, then runJar's request sample is the contract's example, one per release line to choose", async () => {
  const spec = parse(readFileSync(join(ROOT, "openapi.yaml"), "utf8"));
  const examples: Array<{ summary: string; value: unknown }> = Object.values(
    spec.paths["/jars/{jarid}/run"].post.requestBody.content["application/json"].examples,
  );
  const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/api/index.html#/jars/runjar`, { waitUntil: "load" });
  const operation = page.locator('[id="jars/runjar"]').locator("xpath=..");
  const sample = operation.locator(".panel-request-samples pre").first();
  await expect.poll(() => sample.textContent(), { timeout: 15_000 }).toContain("entryClass");
  // What the copy button gives: the first example, as it is in openapi.yaml.
  expect(JSON.parse((await sample.textContent()) as string)).toEqual(examples[0]?.value);
  await operation.getByRole("button", { name: "Example" }).click();
  for (const { summary } of examples) {
    await expect.poll(() => page.getByText(summary, { exact: true }).first().isVisible()).toBe(true);
  }
  await page.close();
}, 60_000);

describe("on a 390 px phone screen", () => {
  /** What a table looks like on the screen: measured, not guessed from the CSS. */
  function measureTables(page: Page) {
    return page.evaluate(() => {
      const view = document.documentElement.clientWidth;
      return [...document.querySelectorAll("main table")].map((table, index) => {
        const box = table.parentElement as HTMLElement;
        const style = getComputedStyle(box);
        const boxRect = box.getBoundingClientRect();
        const cells = [...table.querySelectorAll("th, td")] as HTMLElement[];
        // Scrolled to its end, the last column must come fully into the box.
        box.scrollLeft = box.scrollWidth;
        const reachable = cells.every((c) => c.getBoundingClientRect().right <= box.getBoundingClientRect().right + 1);
        box.scrollLeft = 0;
        return {
          index,
          header: (table.querySelector("th")?.textContent ?? "").trim(),
          insideScreen: boxRect.left >= 0 && boxRect.right <= view + 0.5,
          wider: table.scrollWidth > box.clientWidth + 1,
          scrolls: ["auto", "scroll"].includes(style.overflowX),
          focusable: box.tabIndex === 0 && box.getAttribute("role") === "region" && !!box.getAttribute("aria-label"),
          reachable,
          // Text that overflows its own cell is cut off even when the table scrolls.
          cutCells: cells
            .filter((c) => c.scrollWidth > c.clientWidth + 1)
            .map((c) => (c.textContent ?? "").slice(0, 40)),
          narrowestCell: Math.round(Math.min(...cells.map((c) => c.getBoundingClientRect().width))),
          tableWidth: table.scrollWidth,
          boxWidth: box.clientWidth,
        };
      });
    });
  }

  it("given every guide page, then no page scrolls sideways and every table fits or scrolls in its own box, nothing cut off", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const context = await chromium.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    let tables = 0;
    let scrolling = 0;
    for (const [, file] of GUIDE_PAGES) {
      await page.goto(`${server.url}/${file}`, { waitUntil: "load" });
      // A phone widens its layout viewport (and shrinks the text) when anything is wider than the screen.
      expect(await page.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth]), file).toEqual([
        390, 390,
      ]);
      const measured = await measureTables(page);
      for (const t of measured) {
        const where = `${file}, table ${t.index + 1} (${t.header}…): ${t.tableWidth} px in ${t.boxWidth} px`;
        expect(t.insideScreen, where).toBe(true);
        expect(t.cutCells, where).toEqual([]);
        expect(t.narrowestCell, where).toBeGreaterThanOrEqual(20);
        if (t.wider) {
          expect({ scrolls: t.scrolls, focusable: t.focusable, reachable: t.reachable }, where).toEqual({
            scrolls: true,
            focusable: true,
            reachable: true,
          });
        }
      }
      tables += measured.length;
      scrolling += measured.filter((t) => t.wider).length;
      // The widest table of the page, as a phone shows it.
      const widest = measured.reduce<(typeof measured)[number] | undefined>(
        (w, t) => (w && w.tableWidth >= t.tableWidth ? w : t),
        undefined,
      );
      if (widest) {
        await page.locator("main table").nth(widest.index).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, file.replace(/\.html$/, ".png")) });
      }
    }
    expect(tables).toBeGreaterThan(20);
    // Some tables need more than 390 px; they scroll inside their box (and the test saw them do so).
    expect(scrolling).toBeGreaterThan(0);
    await context.close();
  }, 180_000);

  it("given the API and SDK references, then they do not scroll sideways either", async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    for (const path of [
      "/api/index.html",
      "/reference/index.html",
      "/reference/functions/flink-rest-client.runJar.html",
    ]) {
      await page.goto(`${server.url}${path}`, { waitUntil: "load" });
      await expect
        .poll(() => page.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth]), { timeout: 15_000 })
        .toEqual([390, 390]);
    }
    await context.close();
  }, 120_000);
});
