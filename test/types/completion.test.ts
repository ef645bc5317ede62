/**
 * What an editor offers inside `flinkConfiguration`, asked from TypeScript's language service as
 * VS Code asks it: the target line's keys, no internal options, old spellings marked deprecated
 * and listed after the current keys, and a key's facts on hover.
 */
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const file = join(root, "test", "types", "completion-probe.ts");

function languageService(text: string): ts.LanguageService {
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const content = name === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

/** The completions at `|` in a runJar call for `version` (or none). */
function completionsIn(version: string | undefined, inside = '"|"'): ts.CompletionEntry[] {
  const call = `runJar(flink, "a.jar", { ${version ? `flinkVersion: "${version}", ` : ""}flinkConfiguration: { ${inside} } });`;
  const head = `import { createFlinkClient, runJar } from "../../src/index.js";
const flink = createFlinkClient({ baseUrl: "http://localhost:8081" });
`;
  const text = `${head}${call.replace("|", "")}\n`;
  const position = head.length + call.indexOf("|");
  const service = languageService(text);
  const result = service.getCompletionsAtPosition(file, position, { includeCompletionsWithInsertText: true });
  return result?.entries ?? [];
}

describe("completion inside flinkConfiguration", () => {
  const v23 = completionsIn("2.3");

  it("offers the line's keys and no internal option", () => {
    const names = v23.map((e) => e.name);
    expect(names).toContain("execution.checkpointing.interval");
    expect(names).toContain("application-result-store.storage-path"); // new in 2.3
    expect(names).not.toContain("execution.checkpointing.force"); // gone in 2.0
    expect(names.filter((n) => n.startsWith("$internal."))).toEqual([]);
  });

  it("marks old spellings deprecated and lists them after the current keys", () => {
    const deprecated = v23.filter((e) => e.kindModifiers?.includes("deprecated"));
    const current = v23.filter((e) => !e.kindModifiers?.includes("deprecated"));
    expect(deprecated.map((e) => e.name)).toEqual(expect.arrayContaining(["state.backend", "akka.ask.timeout"]));
    expect(current.map((e) => e.name)).not.toContain("akka.ask.timeout");
    const sortTexts = (entries: ts.CompletionEntry[]) => entries.map((e) => e.sortText).sort();
    const lastCurrent = sortTexts(current).at(-1) ?? "";
    const firstDeprecated = sortTexts(deprecated)[0] ?? "";
    expect(lastCurrent < firstDeprecated).toBe(true);
  });

  it("offers another line's keys for another line", () => {
    const v117 = completionsIn("1.17").map((e) => e.name);
    expect(v117).toContain("execution.checkpointing.force");
    expect(v117).not.toContain("application-result-store.storage-path");
    // In 1.17, akka.* are Flink's current keys, not old spellings.
    expect(completionsIn("1.17").find((e) => e.name === "akka.ask.timeout")?.kindModifiers ?? "").not.toContain(
      "deprecated",
    );
  });

  it("shows a key's kind, default and scope on hover", () => {
    const text = `import { createFlinkClient, runJar } from "../../src/index.js";
const flink = createFlinkClient({ baseUrl: "http://localhost:8081" });
runJar(flink, "a.jar", { flinkVersion: "2.3", flinkConfiguration: { "taskmanager.numberOfTaskSlots": 2 } });
`;
    const info = languageService(text).getQuickInfoAtPosition(file, text.indexOf("taskmanager.numberOfTaskSlots") + 3);
    const doc = ts.displayPartsToString(info?.documentation);
    expect(doc).toContain("int, default `1`");
    expect(doc).toContain("Cluster setting");
  });
});
