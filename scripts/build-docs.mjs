#!/usr/bin/env node
// Builds the API reference (`npm run docs`): one self-contained HTML page rendered by Redocly
// from openapi.yaml, written to dist/docs/api/index.html. Uses the project's own Redocly CLI
// (no network, no global install) and fails loudly: a non-zero exit when the build fails, the
// page is missing, or the page would load scripts from the network.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const redocly = join(root, "node_modules", ".bin", process.platform === "win32" ? "redocly.cmd" : "redocly");
const input = join(root, "openapi.yaml");
const output = join(root, "dist", "docs", "api", "index.html");

function die(message) {
  console.error(`build-docs: ${message}`);
  process.exit(1);
}

if (!existsSync(redocly)) {
  die(`Redocly CLI not found at ${relative(root, redocly)}; run npm ci first.`);
}
if (!existsSync(input)) {
  die(`${relative(root, input)} not found.`);
}

const result = spawnSync(redocly, ["build-docs", input, "--inlineBundle", "-o", output], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});
if (result.error) {
  die(`could not start Redocly: ${result.error.message}`);
}
if (result.status !== 0) {
  die(`redocly build-docs failed (exit ${result.status ?? result.signal}).`);
}

if (!existsSync(output)) {
  die(`Redocly reported success but ${relative(root, output)} does not exist.`);
}
// Redoc's footer loads its logo from a CDN; inline a plain mark instead, so the page needs no network.
const LOGO = "https://cdn.redoc.ly/redoc/logo-mini-full.svg";
const INLINE_LOGO = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
const built = readFileSync(output, "utf8");
if (built.includes(LOGO)) {
  writeFileSync(output, built.replaceAll(LOGO, INLINE_LOGO));
}
const html = readFileSync(output, "utf8");
if (/<script[^>]+src=["']?https?:/i.test(html)) {
  die(`${relative(root, output)} loads a script from the network; it must be self-contained (--inlineBundle).`);
}
if (!html.includes("Apache Flink REST API")) {
  die(`${relative(root, output)} does not contain the API title.`);
}

const bytes = statSync(output).size;
console.log(`build-docs: wrote ${relative(root, output)} (${(bytes / 1024).toFixed(1)} KiB, self-contained).`);
