/**
 * What a browser page loads for some code of this package: esbuild bundles it for the browser
 * (minified, ESM, code splitting) and this sorts the chunks into those loaded up front (the entry
 * and what it imports statically) and those the loaded code can import later. Shared by the size
 * budget test and bench/bundle-size.mjs, so both count the same bytes.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const base = (path) => path.split("/").pop();

/** `source`: `{ entry }` (a path from the repository root) or `{ contents }` (a module's text). */
export async function bundleForBrowser(source) {
  const result = await build({
    ...(source.entry !== undefined
      ? { entryPoints: [join(root, source.entry)] }
      : { stdin: { contents: source.contents, resolveDir: root, loader: "ts" } }),
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    splitting: true,
    outdir: "/virtual-out",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
  });
  const outputs = new Map(Object.entries(result.metafile.outputs).map(([path, meta]) => [base(path), meta]));
  const entry = [...outputs].find(([, meta]) => meta.entryPoint !== undefined)?.[0];
  const initial = new Set([entry]);
  for (const name of initial) {
    for (const imp of outputs.get(name)?.imports ?? []) {
      if (imp.kind === "import-statement") {
        initial.add(base(imp.path));
      }
    }
  }
  const upFront = result.outputFiles.filter((f) => initial.has(base(f.path)));
  // esbuild emits a chunk for every dynamic import it saw, even in tree-shaken code: keep only
  // those the loaded code can still import.
  const onDemand = result.outputFiles.filter(
    (f) => !initial.has(base(f.path)) && upFront.some((u) => u.text.includes(base(f.path))),
  );
  const inputs = [...new Set([...initial].flatMap((name) => Object.keys(outputs.get(name)?.inputs ?? {})))];
  return { initial: upFront, onDemand, inputs };
}
