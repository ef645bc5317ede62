/**
 * Every ```ts example of the README and the guide pages type-checks and runs, against the fake
 * cluster.
 *
 * Each block becomes a module: imports of the package's entries point at the sources, names the
 * prose leaves to the reader (`jarBlob`, `options`, `flinkVersion`, ...) get a value in a small
 * preamble, and a fake Flink answers on http://localhost:8081 (unless the block sets up its own
 * msw server). The working directory holds the files the examples name (target/*.jar, *.pem).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setupServer } from "msw/node";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFlinkMock } from "../../src/msw/index.js";
import { makeTestCertificates } from "../support/test-ca.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const SOURCES = [
  "README.md",
  "CONTRIBUTING.md",
  "docs/architecture.md",
  "docs/options.md",
  "docs/option-catalog.md",
  "examples/web-submit/README.md",
];
const MODULES = join(ROOT, "test", "docs", ".examples");

const ENTRIES: Record<string, string> = {
  "flink-rest-client": "src/index.ts",
  "flink-rest-client/options": "src/options/index.ts",
  "flink-rest-client/msw": "src/msw/index.ts",
  "flink-rest-client/node": "src/node/index.ts",
};

/** Values for names an example uses without defining (the surrounding prose defines them). */
const CONTEXT: Record<string, string> = {
  jarBlob: 'new File([new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])], "job.jar")',
  options: "{ parallelism: 2 }",
  flinkVersion: '"2.3"',
  clusterConfig: "{}",
  jobId: '"0123456789abcdef0123456789abcdef"',
};

function blocks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1] as string);
}

function declares(code: string, name: string): boolean {
  return new RegExp(
    `(?:const|let|var|function|class)\\s+(?:\\{[^}]*\\b${name}\\b[^}]*\\}|${name}\\b)|^import\\s[^;]*\\b${name}\\b[^;]*\\sfrom\\s`,
    "m",
  ).test(code);
}

function toModule(code: string): string {
  let body = code;
  for (const [entry, path] of Object.entries(ENTRIES)) {
    body = body.replaceAll(`from "${entry}"`, `from ${JSON.stringify(join(ROOT, path))}`);
  }
  const preamble = Object.entries(CONTEXT)
    .filter(([name, _]) => new RegExp(`\\b${name}\\b`).test(code) && !declares(code, name))
    .map(([name, value]) => `const ${name} = ${value};`);
  if (/\bexpect\(/.test(code) && !declares(code, "expect")) {
    preamble.unshift('import { expect } from "vitest";');
  }
  // Imports must come first in a module: keep the block's own, then the preamble.
  const imports = [...body.matchAll(/^import\s[\s\S]*?from\s+["'][^"']+["'];?[ \t]*$/gm)];
  const last = imports.at(-1);
  const cut = last ? (last.index ?? 0) + last[0].length : 0;
  return [body.slice(0, cut), ...preamble, body.slice(cut), "export {};"].join("\n");
}

const examples = SOURCES.flatMap((file) =>
  blocks(file).map((code, i) => ({
    file,
    index: i + 1,
    code,
    module: join(MODULES, `${file.replaceAll(/[/.]/g, "-")}-${i + 1}.ts`),
  })),
);

/** The compiler's complaints about the example modules, with the project's own settings. */
function typeErrors(files: string[]): string[] {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, join(ROOT, "tsconfig.json"));
  // The examples import the sources by path (.ts), as the package's entries would be imported.
  const options = { ...parsed.options, noEmit: true, allowImportingTsExtensions: true };
  const host = ts.createCompilerHost(options);
  host.getCurrentDirectory = () => ROOT; // the tests run in a temporary directory
  const program = ts.createProgram(files, options, host);
  // Only the examples' own diagnostics: the checker then reads just the declarations they use,
  // not every body of src/ (npm run typecheck does that).
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((file) => {
      const source = program.getSourceFile(file);
      if (!source) {
        throw new Error(`${file} is not in the program`);
      }
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    }),
  ].map((d) => {
    const where = d.file
      ? `${d.file.fileName.slice(MODULES.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

let cwd: string;
const previousCwd = process.cwd();
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "flink-rest-examples-"));
  mkdirSync(join(cwd, "target"));
  const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
  for (const jar of ["orders.jar", "orders-v2.jar"]) {
    writeFileSync(join(cwd, "target", jar), emptyZip);
  }
  // Certificates for the TLS example (ca.pem, client.pem, client-key.pem).
  makeTestCertificates(cwd);
  mkdirSync(MODULES, { recursive: true });
  for (const { code, module } of examples) {
    writeFileSync(module, toModule(code));
  }
  process.chdir(cwd);
});
afterAll(() => {
  process.chdir(previousCwd);
  rmSync(cwd, { recursive: true, force: true });
  rmSync(MODULES, { recursive: true, force: true });
});

describe("the documentation's examples run", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
  });

  it("type-checks every example with the project's compiler settings (no `any` escapes, no `!`)", () => {
    expect(typeErrors(examples.map((e) => e.module))).toEqual([]);
    for (const { file, index, code } of examples) {
      expect(code, `${file}, example ${index}`).not.toMatch(/[\w)\]]!(?=[.;,)\s[])/);
    }
    // One program over the examples and the sources they import: slow on a busy 2-core machine.
  }, 300_000);

  for (const { file, index, code, module } of examples) {
    it(`${file}, example ${index}`, async () => {
      const ownServer = /\bsetupServer\(/.test(code);
      const server = ownServer ? undefined : setupServer(...createFlinkMock({ flinkVersion: "2.3" }).handlers);
      server?.listen({ onUnhandledRequest: "error" });
      try {
        await import(module);
      } finally {
        server?.close();
      }
    }, 30_000);
  }
});

describe("the README's main command (npm start)", () => {
  it("submits the example job to the embedded fake cluster and cleans up after itself", () => {
    const env = { ...process.env };
    delete env.FLINK_URL;
    delete env.FLINK_JAR;
    const out = execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "examples", "submit.ts")], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out).toMatch(/Using an embedded fake Flink cluster at http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toMatch(/parallelism\.default = 2 {2}\[body; replaced cluster=4\]/);
    expect(out).toMatch(/warning cluster-scope-key jobmanager\.rpc\.port/);
    expect(out).toMatch(/Submitted job [0-9a-f]{32}: "flink-rest-client example" is RUNNING with parallelism 2/);
    expect(out).toContain("cancelled the job and deleted the jar");
  }, 90_000);
});
