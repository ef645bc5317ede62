#!/usr/bin/env node
/**
 * `node bench/bundle-size.mjs`: what a browser page pays for the core entry, by what it imports.
 * Each import shape is bundled like test/unit/bundle-size.test.ts does (scripts/browser-bundle.mjs),
 * and the bytes a page loads before any dynamic import are counted, minified and gzipped. The
 * sizes are deterministic; the test holds the budgets.
 */
import { gzipSync } from "node:zlib";
import { bundleForBrowser } from "../scripts/browser-bundle.mjs";

const SHAPES = [
  [
    "`createFlinkClient` only",
    "import { createFlinkClient } from './src/index.ts'; globalThis.x = [createFlinkClient];",
  ],
  [
    "a submission page: `createFlinkClient`, `uploadJar`, `runJar`, `waitForJob`, `cancelJob`",
    "import { createFlinkClient, uploadJar, runJar, waitForJob, cancelJob } from './src/index.ts'; globalThis.x = [createFlinkClient, uploadJar, runJar, waitForJob, cancelJob];",
  ],
  ["everything (`import * as flink`)", "import * as all from './src/index.ts'; globalThis.x = all;"],
];

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const what = (chunk) =>
  chunk.text.includes("kubernetes.jobmanager.annotations")
    ? "option catalog (first validation)"
    : chunk.text.includes("XMLHttpRequest")
      ? "XHR upload sender (browsers)"
      : chunk.path.split("/").pop();

console.log("| imports | minified | gzip | loaded on demand |");
console.log("|---|---|---|---|");
for (const [label, contents] of SHAPES) {
  const { initial, onDemand } = await bundleForBrowser({ contents });
  const bytes = Buffer.concat(initial.map((f) => f.contents));
  const later = onDemand.map((f) => `${what(f)}: ${kB(gzipSync(f.contents).length)} gzip`).join("; ") || "–";
  console.log(`| ${label} | ${kB(bytes.length)} | **${kB(gzipSync(bytes).length)}** | ${later} |`);
}
