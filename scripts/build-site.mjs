#!/usr/bin/env node
/**
 * `npm run docs`: the project's small static site in dist/docs/:
 *   index.html and guide pages  the README and docs/*.md rendered with marked (one source of truth:
 *                               the same Markdown GitHub shows; scripts/site-pages.mjs)
 *   api/index.html              the Redoc reference of openapi.yaml (scripts/build-docs.mjs)
 *   reference/                  the handwritten layer's API, by TypeDoc, from the package entries, its
 *                               "Defined in" links pointing at the repository at the commit built
 * Fails loudly when a part cannot be built.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PAGES, REPOSITORY, renderPage } from "./site-pages.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "docs");

/** The commit the site is built from, else the main branch. */
function sourceRevision() {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "main";
  }
}

function run(args) {
  execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(out, { recursive: true });
  run([join(root, "scripts", "build-docs.mjs")]);
  for (const [source, file] of PAGES) {
    writeFileSync(join(out, file), renderPage(readFileSync(join(root, source), "utf8"), source));
  }
  run([
    join(root, "node_modules", "typedoc", "bin", "typedoc"),
    "--entryPoints",
    "src/index.ts",
    "src/options/index.ts",
    "src/msw/index.ts",
    "src/node/index.ts",
    "generated/schema.ts",
    "--tsconfig",
    "tsconfig.build.json",
    "--out",
    join(out, "reference"),
    "--name",
    "flink-rest-client",
    "--readme",
    "none",
    "--excludePrivate",
    "--excludeInternal",
    // Source links from package.json's repository, at the commit the site is built from (so the
    // line numbers match); without git (a tarball), at main.
    "--disableGit",
    "--gitRevision",
    sourceRevision(),
    "--sourceLinkTemplate",
    `${REPOSITORY}/blob/{gitRevision}/{path}#L{line}`,
    // Internal helper types stay undocumented on purpose; errors still fail the build.
    "--validation.notExported",
    "false",
    "--logLevel",
    "Error",
  ]);
  console.log(`build-site: wrote ${PAGES.length} guide pages, api/ and reference/ to ${out}`);
}
