/**
 * The guide pages of the docs site (`npm run docs`): the README and docs/*.md rendered with marked,
 * the same Markdown GitHub shows. Every heading gets GitHub's id (github-slugger, so a link to
 * `README.md#install` works on both) and a visible anchor link; links between the Markdown files
 * point at the pages they became, links to other files of the repository at the repository; tables
 * scroll sideways inside their own box on a narrow screen instead of being cut off.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import GithubSlugger from "github-slugger";
import { Marked, Renderer } from "marked";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** The repository's web address, from package.json (`git+https://github.com/o/r.git` → `https://github.com/o/r`). */
export const REPOSITORY = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

/** Guide pages: source Markdown → output page, and the title in the navigation. */
export const PAGES = [
  ["README.md", "index.html", "Guide"],
  ["docs/cli.md", "cli.html", "The command line"],
  ["docs/high-availability.md", "high-availability.html", "High availability"],
  ["docs/options.md", "options.html", "Options and validation"],
  ["docs/testing.md", "testing.html", "Testing with the fake cluster"],
  ["docs/compatibility.md", "compatibility.html", "Compatibility with real Flink"],
  ["docs/benchmarks.md", "benchmarks.html", "Benchmarks"],
  ["docs/option-catalog.md", "option-catalog.html", "The option catalog"],
  ["docs/flink-cli-table.md", "flink-cli-table.html", "The Flink CLI table"],
  ["docs/flink-local.md", "flink-local.html", "Real Flink on this machine"],
  ["examples/web-submit/README.md", "web-submit.html", "The web-submit page"],
  ["CONTRIBUTING.md", "contributing.html", "Contributing"],
  ["docs/architecture.md", "architecture.html", "Architecture"],
];

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:0 1.5rem 3rem;color:#1d2433;line-height:1.5;overflow-wrap:break-word}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:1rem 0;border-bottom:1px solid #dde1e8;margin-bottom:1rem}
nav a{color:#24549c;text-decoration:none}nav a[aria-current]{font-weight:700}
pre{background:#f3f5f8;padding:.75rem;overflow-x:auto;border-radius:6px}code{font-size:.9em;overflow-wrap:anywhere}pre code{overflow-wrap:normal}
a.anchor{color:#6b7385;text-decoration:none;font-weight:400;margin-left:.4rem}a.anchor:hover,a.anchor:focus{color:#24549c}
.table-scroll{overflow-x:auto;margin:1rem 0;background:linear-gradient(to right,#fff 30%,#fff0) left/2.5rem 100% local no-repeat,linear-gradient(to left,#fff 30%,#fff0) right/2.5rem 100% local no-repeat,radial-gradient(farthest-side at 0 50%,#0003,#0000) left/.9rem 100% scroll no-repeat,radial-gradient(farthest-side at 100% 50%,#0003,#0000) right/.9rem 100% scroll no-repeat}
.table-scroll:focus-visible{outline:2px solid #24549c}
table{border-collapse:collapse}th,td{border:1px solid #dde1e8;padding:.3rem .5rem;text-align:left;vertical-align:top}
@media (max-width:40rem){body{padding:0 .75rem 2rem}table{font-size:.875rem}th,td{padding:.25rem .4rem}}`;

const escapeHtml = (text) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
const unescapeHtml = (text) =>
  text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

/**
 * Where a link of a Markdown file points on the site: another guide page (with its fragment), or
 * the file in the repository; web addresses and fragments stay as they are, and a link to nothing
 * is left alone for the site test to find.
 */
export function relink(href, source) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#") || href === "") {
    return href;
  }
  const [path, fragment] = href.split(/(?=#)/);
  const target = posix.normalize(posix.join(posix.dirname(source), decodeURI(path)));
  const page = PAGES.find(([file]) => file === target);
  if (page) {
    return `${page[1]}${fragment ?? ""}`;
  }
  if (existsSync(join(root, target))) {
    const kind = statSync(join(root, target)).isDirectory() ? "tree" : "blob";
    return `${REPOSITORY}/${kind}/main/${target}${fragment ?? ""}`;
  }
  return href;
}

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

/** Markdown of `source` (a path from the repository root) as the HTML of a guide page. */
export function renderPage(markdown, source) {
  const [, file, title] = PAGES.find(([s]) => s === source) ?? [];
  if (!file) {
    throw new Error(`${source} is not a guide page (PAGES in scripts/site-pages.mjs)`);
  }
  const slugger = new GithubSlugger();
  const marked = new Marked({
    walkTokens(token) {
      if (token.type === "link") {
        token.href = relink(token.href, source);
      }
    },
    renderer: {
      heading({ tokens, depth }) {
        const html = this.parser.parseInline(tokens);
        const text = unescapeHtml(this.parser.parseInline(tokens, this.parser.textRenderer));
        const id = slugger.slug(text);
        const label = escapeHtml(`Link to this section: ${text}`);
        return `<h${depth} id="${id}">${html}<a class="anchor" href="#${id}" aria-label="${label}">#</a></h${depth}>\n`;
      },
      table(token) {
        const header = token.header.map((cell) => this.parser.parseInline(cell.tokens, this.parser.textRenderer));
        const label = escapeHtml(`Table: ${header.join(", ")}`);
        // A focusable region, so a keyboard can scroll a table that is wider than the screen.
        return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">${Renderer.prototype.table.call(this, token)}</div>\n`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · flink-rest-client</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body>${nav(file)}<main>${body}</main></body></html>\n`;
}
