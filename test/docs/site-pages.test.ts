/**
 * The docs site's guide pages (scripts/site-pages.mjs), rendered in memory: every heading has an
 * id and a link to it, every link between the pages lands on a page and heading that exist, and
 * the repository is named the same way everywhere a user meets it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGES, REPOSITORY, relink, renderPage } from "../../scripts/site-pages.mjs";

const ROOT = new URL("../..", import.meta.url).pathname;
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const rendered = new Map(PAGES.map(([source, file]) => [file, renderPage(read(source), source)]));

function headings(html: string): Array<{ tag: string; id: string | undefined; inner: string }> {
  return [...html.matchAll(/<(h[1-6])([^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => ({
    tag: m[1] as string,
    id: /\sid="([^"]+)"/.exec(m[2] as string)?.[1],
    inner: m[3] as string,
  }));
}

const ids = (html: string) => new Set(headings(html).map((h) => h.id));

describe("the guide pages", () => {
  it.each(PAGES.map(([source, file]) => [source, file] as const))(
    "given %s, then every heading has a unique id and a link to itself",
    (_source, file) => {
      const html = rendered.get(file) as string;
      const found = headings(html);
      expect(found.length).toBeGreaterThan(1);
      for (const heading of found) {
        expect(heading.id, heading.inner).toMatch(/^[a-z0-9_-]+$/);
        expect(heading.inner).toContain(`<a class="anchor" href="#${heading.id}"`);
      }
      expect(ids(html).size).toBe(found.length);
    },
  );

  it("given a heading, then its id is the one GitHub gives it, so README.md#... links work on both", () => {
    const html = rendered.get("index.html") as string;
    expect(ids(html)).toContain("install");
    expect(ids(html)).toContain("the-flink-rest-command-line");
    expect(ids(html)).toContain("precedence-what-a-job-submitted-with-jarsjaridrun-sees");
    expect(ids(html)).toContain("testing-your-code-with-the-fake-cluster-flink-rest-clientmsw");
  });

  it("given every link of every page, then it lands on a page and a heading that exist, or leaves the site", () => {
    const broken: string[] = [];
    for (const [file, html] of rendered) {
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g) as Iterable<[string, string]>) {
        if (/^(https?:|mailto:|data:)/.test(href)) {
          continue;
        }
        const [page, fragment] = href.startsWith("#") ? [file, href.slice(1)] : href.split("#");
        if (page === "api/index.html" || page === "reference/index.html") {
          continue; // built by Redocly and TypeDoc; the e2e test opens them
        }
        const target = rendered.get(page as string);
        if (!target || (fragment !== undefined && !ids(target).has(fragment))) {
          broken.push(`${file}: ${href}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("given links to Markdown files and other files of the repository, then they point at pages and at the repository", () => {
    expect(relink("docs/options.md", "README.md")).toBe("options.html");
    expect(relink("benchmarks.md#option-catalog-bundle-size-and-validation-speed", "docs/options.md")).toBe(
      "benchmarks.html#option-catalog-bundle-size-and-validation-speed",
    );
    expect(relink("../README.md", "docs/architecture.md")).toBe("index.html");
    expect(relink("LICENSE", "README.md")).toBe(`${REPOSITORY}/blob/main/LICENSE`);
    expect(relink("../scripts/flink", "docs/architecture.md")).toBe(`${REPOSITORY}/tree/main/scripts/flink`);
    expect(relink("#errors", "README.md")).toBe("#errors");
    expect(relink("https://flink.apache.org", "README.md")).toBe("https://flink.apache.org");
    expect(relink("no-such-file.md", "README.md")).toBe("no-such-file.md");
  });

  it("given a table, then it sits in a focusable region that scrolls sideways on a narrow screen", () => {
    const html = rendered.get("compatibility.html") as string;
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(0);
    expect(
      html.match(/<div class="table-scroll" role="region" tabindex="0" aria-label="Table: [^"]+"><table>/g),
    ).toHaveLength(tables);
  });
});

describe("the repository's address", () => {
  const pkg = JSON.parse(read("package.json"));

  it("given package.json, then repository, homepage and bugs name one repository and its docs site", () => {
    expect(REPOSITORY).toBe("https://github.com/flink-rest-client/flink-rest-client");
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPOSITORY}.git` });
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    expect(pkg.homepage).toBe("https://flink-rest-client.github.io/flink-rest-client/");
  });

  it.each(["openapi.yaml", ...PAGES.map(([source]) => source)])(
    "given %s, then every GitHub address in it is the package's repository or its docs site",
    (file) => {
      const addresses = read(file).match(/https:\/\/[a-z0-9.-]*github\.(com|io)[^\s)"'`>]*/g) ?? [];
      for (const address of addresses) {
        expect(address.startsWith(REPOSITORY) || address.startsWith(pkg.homepage), address).toBe(true);
      }
    },
  );

  it("given the LICENSE file, then it is the Apache License 2.0 that package.json names", () => {
    expect(pkg.license).toBe("Apache-2.0");
    const license = read("LICENSE");
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain("END OF TERMS AND CONDITIONS");
  });
});
