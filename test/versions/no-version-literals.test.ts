/**
 * Facts about Flink versions live in one table (generated/contract-facts.ts, from openapi.yaml)
 * and the option catalog (generated/options/): code asks them, never a version literal of its
 * own. This test fails on any string in src/ that is a release ("1.20", "2.3.0"): what version
 * logic would compare with. Comments and examples inside messages are not version logic.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
/** A string that is a release and nothing else: what version logic compares with (`isAtLeast(v, "1.20")`). */
const VERSION = /^\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every string literal and template text of a file (comments are not nodes, so they are skipped). */
function literals(file: string): Array<{ text: string; line: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: Array<{ text: string; line: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

describe("no Flink version literal in src/", () => {
  it("given every module of src/, then no string names a release line: the facts table does", () => {
    const found = sources(join(ROOT, "src")).flatMap((file) =>
      literals(file)
        .filter(({ text }) => VERSION.test(text))
        .map(({ text, line }) => `${relative(ROOT, file)}:${line} ${JSON.stringify(text)}`),
    );
    expect(found).toEqual([]);
  });

  it("given a module with a version literal, then the check finds it (the check can fail)", () => {
    const probe = join(ROOT, "test", "versions", "fixtures", "with-literal.ts.txt");
    const file = probe.replace(/\.txt$/, "");
    const source = ts.createSourceFile(file, readFileSync(probe, "utf8"), ts.ScriptTarget.Latest, true);
    const texts: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
        texts.push(node.text);
      }
      node.forEachChild(visit);
    };
    visit(source);
    expect(texts.filter((t) => VERSION.test(t))).toEqual(["1.20", "2.3.0"]);
  });
});
