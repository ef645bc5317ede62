/**
 * docs/testing.md's examples are vitest files: each ```ts block is written as a module (the
 * package's entries pointing at the sources) and imported while this file is collected, so its
 * describe/it/beforeEach register here and run as a downstream suite's would. One more test
 * type-checks them with the project's settings.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const DIR = join(ROOT, "test", "docs", ".testing-guide");
const ENTRIES: Record<string, string> = {
  "flink-rest-client": "src/index.ts",
  "flink-rest-client/msw": "src/msw/index.ts",
  "flink-rest-client/schema": "generated/schema.ts",
};

const text = readFileSync(join(ROOT, "docs", "testing.md"), "utf8");
const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1] as string);
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const modules = blocks.map((code, i) => {
  let body = code;
  for (const [entry, path] of Object.entries(ENTRIES)) {
    body = body.replaceAll(`from "${entry}"`, `from ${JSON.stringify(join(ROOT, path))}`);
  }
  const file = join(DIR, `example-${i + 1}.ts`);
  writeFileSync(file, `${body}\nexport {};\n`);
  return file;
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe("docs/testing.md", () => {
  it("has an example for each part of the kit", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const api of ["mock.reset()", "mock.requests.runs()", "mock.faults.leaderChange", "mock.jobs.scriptNext"]) {
      expect(
        blocks.some((b) => b.includes(api)),
        api,
      ).toBe(true);
    }
  });

  it("type-checks every example with the project's compiler settings", () => {
    const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), (path) => ts.sys.readFile(path));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const options = { ...parsed.options, noEmit: true, allowImportingTsExtensions: true };
    const program = ts.createProgram(modules, options, ts.createCompilerHost(options));
    const errors = modules.flatMap((file) => {
      const source = program.getSourceFile(file);
      return source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    });
    expect(errors.map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`)).toEqual(
      [],
    );
  }, 300_000);
});

for (const [i, module] of modules.entries()) {
  describe(`docs/testing.md, example ${i + 1}`, async () => {
    await import(module);
  });
}
