#!/usr/bin/env node
/**
 * `node bench/bundle-size.mjs`: what a browser page pays for the core entry, by what it imports.
 * Each import shape is bundled with esbuild for the browser (minified, ESM, code splitting), and
 * the bytes a page loads before any dynamic import are counted, minified and gzipped. The sizes
 * are deterministic; test/unit/bundle-size.test.ts holds the budgets.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

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

console.log("| imports | minified | gzip | loaded on demand |");
console.log("|---|---|---|---|");
for (const [label, contents] of SHAPES) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    splitting: true,
    outdir: "/out",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
  });
  const outputs = result.metafile.outputs;
  const base = (path) => path.split("/").pop();
  // The entry chunk and what it imports statically: what a page loads up front.
  const initial = new Set([base(Object.keys(outputs).find((k) => outputs[k].entryPoint === "<stdin>"))]);
  for (const name of initial) {
    const meta = Object.entries(outputs).find(([k]) => base(k) === name)[1];
    for (const imp of meta.imports) {
      if (imp.kind === "import-statement") {
        initial.add(base(imp.path));
      }
    }
  }
  const upFront = result.outputFiles.filter((f) => initial.has(base(f.path)));
  // esbuild emits a chunk for every dynamic import it saw, even in tree-shaken code: count only
  // those the loaded code can still import.
  const onDemand = result.outputFiles.filter(
    (f) => !initial.has(base(f.path)) && upFront.some((u) => u.text.includes(base(f.path))),
  );
  const bytes = Buffer.concat(upFront.map((f) => f.contents));
  const what = (f) =>
    f.text.includes("kubernetes.jobmanager.annotations")
      ? "option catalog (first validation)"
      : f.text.includes("XMLHttpRequest")
        ? "XHR upload sender (browsers)"
        : base(f.path);
  const later = onDemand.map((f) => `${what(f)}: ${kB(gzipSync(f.contents).length)} gzip`).join("; ") || "–";
  console.log(`| ${label} | ${kB(bytes.length)} | **${kB(gzipSync(bytes).length)}** | ${later} |`);
}
