#!/usr/bin/env node
/**
 * `npm run docs`: the project's small static site in dist/docs/:
 *   index.html and guide pages  the README and docs/*.md rendered with marked (one source of truth:
 *                               the same Markdown GitHub shows)
 *   api/index.html              the Redoc reference of openapi.yaml (scripts/build-docs.mjs)
 *   reference/                  the handwritten layer's API, by TypeDoc, from the package entries
 * Fails loudly when a part cannot be built.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { marked } from "marked";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "docs");

/** Guide pages: source Markdown → output page, and the title in the navigation. */
export const PAGES = [
  ["README.md", "index.html", "Guide"],
  ["docs/options.md", "options.html", "Options and validation"],
  ["docs/compatibility.md", "compatibility.html", "Compatibility with real Flink"],
  ["docs/benchmarks.md", "benchmarks.html", "Benchmarks"],
  ["docs/option-catalog.md", "option-catalog.html", "The option catalog"],
  ["examples/web-submit/README.md", "web-submit.html", "The web-submit page"],
];

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:0 1.5rem 3rem;color:#1d2433;line-height:1.5}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:1rem 0;border-bottom:1px solid #dde1e8;margin-bottom:1rem}
nav a{color:#24549c;text-decoration:none}nav a[aria-current]{font-weight:700}
pre{background:#f3f5f8;padding:.75rem;overflow-x:auto;border-radius:6px}code{font-size:.9em}
table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #dde1e8;padding:.3rem .5rem;text-align:left;vertical-align:top}`;

function nav(current) {
  const links = [
    ...PAGES.map(([, file, title]) => [file, title]),
    ["api/index.html", "REST API reference"],
    ["reference/index.html", "SDK reference"],
  ];
  return `<nav aria-label="Site">${links
    .map(([file, title]) => `<a href="${file}"${file === current ? ' aria-current="page"' : ""}>${title}</a>`)
    .join("")}</nav>`;
}

/** Links between the Markdown files point at the pages they became. */
function relink(html) {
  let result = html;
  for (const [source, file] of PAGES) {
    const name = source.split("/").pop();
    result = result.replaceAll(`href="${source}"`, `href="${file}"`).replaceAll(`href="${name}"`, `href="${file}"`);
  }
  return result;
}

export function renderPage(markdown, file, title) {
  const body = relink(marked.parse(markdown, { async: false }));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · flink-rest-client</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body>${nav(file)}<main>${body}</main></body></html>\n`;
}

function run(args) {
  execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(out, { recursive: true });
  run([join(root, "scripts", "build-docs.mjs")]);
  for (const [source, file, title] of PAGES) {
    writeFileSync(join(out, file), renderPage(readFileSync(join(root, source), "utf8"), file, title));
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
    "--disableGit",
    "--sourceLinkTemplate",
    "https://example.invalid/{path}#L{line}",
    // Internal helper types stay undocumented on purpose; errors still fail the build.
    "--validation.notExported",
    "false",
    "--logLevel",
    "Error",
  ]);
  console.log(`build-site: wrote ${PAGES.length} guide pages, api/ and reference/ to ${out}`);
}
