#!/usr/bin/env node
/**
 * `npm run test:package`: the package as a user gets it from the registry.
 *
 *   1. Packs it as `npm publish` would, with no dist/ beforehand: the prepack script must build it
 *      (what a fresh clone's `npm pack` gets), and the tarball must hold what `exports`, `bin` and
 *      `files` promise and nothing else.
 *   2. Installs the tarball into fresh projects: Node 20 with msw 2, Node 22 and 24 with msw 3
 *      (msw 3 needs Node 22.12+), and Node 20 without msw. In each it imports every entry (ESM and
 *      require), type-checks a downstream test (scripts/pack-smoke/flow.ts) against the installed
 *      msw and runs it under msw's setupServer, runs a downstream vitest suite of the kit
 *      (scripts/pack-smoke/kit.test.ts; Node 20 + msw 2, Node 24 + msw 3), the bin's --help and `flink-rest mock` over
 *      HTTP; without msw the mock must say how to get it.
 *   3. Runs the README's npx lines from an empty directory, with the tarball in place of the
 *      registry name.
 *
 * Servers bind to loopback on ports 58000-58999 and are ended by their process group, also when a
 * step fails. Fails loudly; removes its temporary folders.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { nodeBinary } from "./node-runtimes.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const consumerFiles = join(root, "scripts", "pack-smoke");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
/** msw 2 is the project's own devDependency; msw 3 is pinned here (its peer range allows both). */
const MSW2 = pkg.devDependencies.msw;
const MSW3 = "3.0.5";
/** The loopback ports this project's servers may use on a shared machine. */
const PORTS = { from: 58000, to: 58999 };

const SCENARIOS = [
  { name: "Node 20 + msw 2", node: () => process.execPath, msw: MSW2, withVitest: true },
  { name: "Node 22 + msw 3", node: () => nodeBinary(22), msw: MSW3 },
  { name: "Node 24 + msw 3", node: () => nodeBinary(24), msw: MSW3, withVitest: true },
  { name: "Node 20 without msw", node: () => process.execPath, msw: undefined },
];

const work = mkdtempSync(join(tmpdir(), "flink-rest-client-pack-"));
const npxCache = join(root, ".cache", "npm-pack-smoke");
/** Process groups started here and still running: ended on any exit. */
const groups = new Set();
process.once("exit", () => {
  for (const pid of groups) {
    killGroup(pid, "SIGKILL");
  }
});

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
}

let lastStep = Date.now();
function step(text) {
  const now = Date.now();
  console.log(`  ✓ ${text} (${((now - lastStep) / 1000).toFixed(1)} s)`);
  lastStep = now;
}

// ---- 1. the tarball ------------------------------------------------------------------------------

/** Files the tarball may hold: the build of src/ and generated/ (no sources, no tests), and the docs. */
const ALLOWED = /^(dist\/(src|generated)\/.+\.(js|d\.ts)|openapi\.yaml|README\.md|LICENSE|package\.json)$/;

function pack() {
  rmSync(join(root, "dist", "src"), { recursive: true, force: true });
  rmSync(join(root, "dist", "generated"), { recursive: true, force: true });
  // npm pack runs prepack, whose build log shares stdout with the JSON report.
  const out = run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root });
  const [info] = JSON.parse(out.slice(out.search(/^\[$/m)));
  const files = new Map(info.files.map((f) => [f.path, f]));
  const promised = [
    "LICENSE",
    "README.md",
    "package.json",
    ...Object.values(pkg.bin),
    ...Object.values(pkg.exports).flatMap((e) => (typeof e === "string" ? [e] : Object.values(e))),
  ].map((p) => p.replace(/^\.\//, ""));
  const missing = [...new Set(promised)].filter((p) => !files.has(p));
  if (missing.length > 0) {
    throw new Error(`the tarball lacks files that package.json promises: ${missing.join(", ")}`);
  }
  const extra = [...files.keys()].filter((p) => !ALLOWED.test(p));
  if (extra.length > 0) {
    throw new Error(`the tarball holds files it should not: ${extra.join(", ")}`);
  }
  for (const bin of Object.values(pkg.bin)) {
    const file = files.get(bin.replace(/^\.\//, ""));
    if ((file.mode & 0o111) === 0 || !readFileSync(join(root, bin), "utf8").startsWith("#!/usr/bin/env node\n")) {
      throw new Error(`${bin} is not an executable script with a node shebang`);
    }
  }
  step(
    `npm pack built dist/ itself (prepack): ${info.entryCount} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked`,
  );
  return join(work, info.filename);
}

// ---- servers -------------------------------------------------------------------------------------

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function freePort() {
  for (let i = 0; i < 100; i++) {
    const port = PORTS.from + Math.floor(Math.random() * (PORTS.to - PORTS.from + 1));
    if (await portIsFree(port)) {
      return port;
    }
  }
  throw new Error(`no free port in ${PORTS.from}-${PORTS.to}`);
}

/**
 * Starts a long-running command in its own process group, waits for its "listening on" line and
 * hands the URL to `use`; then ends the group with SIGTERM and returns the exit code.
 */
async function serve(command, args, options, use) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  groups.add(child.pid);
  let output = "";
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening on" line within 120 s:\n${output}`)), 120_000);
      const read = (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.setEncoding("utf8").on("data", read);
      child.stderr.setEncoding("utf8").on("data", read);
      exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`exited (${code}) before it listened:\n${output}`));
      });
    });
    await use(url);
  } finally {
    killGroup(child.pid, "SIGTERM");
    const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    groups.delete(child.pid);
  }
  return exited;
}

/** The fake cluster over HTTP answers as the `--flink-version` and first `--conf` of its arguments say. */
async function checkMock(url, args) {
  const version = args[args.indexOf("--flink-version") + 1];
  const [key, value] = (args[args.indexOf("--conf") + 1] ?? "").split("=");
  const config = await (await fetch(`${url}/config`)).json();
  const cluster = await (await fetch(`${url}/jobmanager/config`)).json();
  const versionOk = !args.includes("--flink-version") || config["flink-version"]?.startsWith(`${version}.`);
  const confOk = !args.includes("--conf") || cluster.some((e) => e.key === key && e.value === value);
  if (!versionOk || !confOk) {
    throw new Error(
      `the mock started with ${args.join(" ")} answered ${JSON.stringify(config)} and ${JSON.stringify(cluster)}`,
    );
  }
}

// ---- 2. fresh projects ---------------------------------------------------------------------------

function tsconfig() {
  return {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023", "DOM", "DOM.Iterable"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      // Libraries' .d.ts are not checked themselves (@types/node and msw's take minutes on a busy
      // machine); flow.ts checks what ours take from msw instead.
      skipLibCheck: true,
      outDir: "out",
      typeRoots: [join(root, "node_modules", "@types")],
      types: ["node"],
    },
    files: ["flow.ts"],
  };
}

async function scenario({ name, node: nodeOf, msw, withVitest }, tarball) {
  console.log(`\n${name}`);
  const node = nodeOf();
  lastStep = Date.now();
  const project = join(work, name.replaceAll(/\W+/g, "-"));
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` };
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, ...(msw ? [`msw@${msw}`] : [])], {
    cwd: project,
  });
  step(`npm install <tarball>${msw ? ` msw@${msw}` : ""} resolves (${run(node, ["--version"]).trim()})`);

  for (const file of ["entries.mjs", "entries.cjs", "flow.ts"]) {
    copyFileSync(join(consumerFiles, file), join(project, file));
  }
  const flag = msw ? [] : ["no-msw"];
  step(run(node, ["entries.mjs", ...flag], { cwd: project, env }).trim());
  step(run(node, ["entries.cjs", ...flag], { cwd: project, env }).trim());

  const bin = join(project, "node_modules", ".bin", "flink-rest");
  const help = run(bin, ["--help"], { cwd: project, env });
  if (!/Usage: flink-rest/.test(help) || !/\brun\b/.test(help)) {
    throw new Error(`flink-rest --help printed:\n${help}`);
  }
  step("node_modules/.bin/flink-rest --help");

  if (!msw) {
    let failure;
    try {
      run(bin, ["mock", "--port", String(await freePort())], { cwd: project, env });
    } catch (error) {
      failure = error;
    }
    if (
      !failure ||
      !/npm install/.test(failure.stderr) ||
      !/npx --yes -p flink-rest-client -p msw@2 flink-rest mock/.test(failure.stderr)
    ) {
      throw new Error(`flink-rest mock without msw should fail with the install hint; it printed:\n${failure?.stderr}`);
    }
    step(`flink-rest mock without msw: ${failure.stderr.trim().split("\n")[0]}`);
    return;
  }

  writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig(), null, 2));
  run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], {
    cwd: project,
  });
  step(`tsc: flow.ts type-checks against the installed package and msw@${msw}`);
  step(run(node, [join("out", "flow.js")], { cwd: project, env }).trim());

  if (withVitest) {
    // A downstream vitest suite (docs/testing.md's per-test pattern) with the project's own vitest.
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", `vitest@${pkg.devDependencies.vitest}`], {
      cwd: project,
    });
    copyFileSync(join(consumerFiles, "kit.test.ts"), join(project, "kit.test.ts"));
    run(node, [join(project, "node_modules", "vitest", "vitest.mjs"), "run", "kit.test.ts"], { cwd: project, env });
    step(
      `vitest ${pkg.devDependencies.vitest}: a downstream suite of the kit (reset per test, overrides, faults) passes`,
    );
  }

  const mockArgs = [
    "mock",
    "--port",
    String(await freePort()),
    "--flink-version",
    "1.20",
    "--conf",
    "pipeline.name=smoke",
  ];
  const code = await serve(bin, mockArgs, { cwd: project, env }, (url) => checkMock(url, mockArgs));
  if (code !== 0) {
    throw new Error(`flink-rest mock ended with ${code} on SIGTERM, not 0`);
  }
  step("flink-rest mock serves the fake over HTTP and stops cleanly on SIGTERM");
}

// ---- 3. the README's npx lines -------------------------------------------------------------------

/** The `npx -p flink-rest-client ...` lines of the README's Install section. */
function documentedNpxLines() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const install = /^## Install\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? "";
  const lines = [...install.matchAll(/^npx ((?:--yes )?-p flink-rest-client .*?)(?:\s+#.*)?$/gm)].map((m) =>
    m[1].trim(),
  );
  if (!lines.some((l) => / --help$/.test(l)) || !lines.some((l) => / mock\b/.test(l))) {
    throw new Error(`the README's Install section should show the npx lines for --help and mock; found ${lines}`);
  }
  return lines;
}

async function npxLines(tarball) {
  console.log("\nthe README's npx lines, from an empty directory");
  const clean = join(work, "clean");
  mkdirSync(clean);
  // A cache of its own, so what npx installs lands in .cache/, not in the npm cache of the user,
  // and its _npx folder is removed afterwards.
  const env = { ...process.env, npm_config_cache: npxCache, npm_config_update_notifier: "false" };
  try {
    for (const line of documentedNpxLines()) {
      const port = String(await freePort());
      const args = line
        .split(/\s+/)
        .map((word) => (word === "flink-rest-client" ? tarball : word))
        .map((word) => (/^msw(@2)?$/.test(word) ? `msw@${MSW2}` : word))
        .map((word) => (word === "8081" ? port : word));
      if (args.includes("mock")) {
        await serve("npx", args, { cwd: clean, env }, (url) => checkMock(url, args));
      } else {
        const out = run("npx", args, { cwd: clean, env });
        if (!/Usage: flink-rest/.test(out)) {
          throw new Error(`npx ${line} printed:\n${out}`);
        }
      }
      step(`npx ${line}`);
    }
  } finally {
    rmSync(join(npxCache, "_npx"), { recursive: true, force: true });
  }
}

const started = Date.now();
try {
  console.log("pack");
  const tarball = pack();
  for (const s of SCENARIOS) {
    await scenario(s, tarball);
  }
  await npxLines(tarball);
  console.log(
    `\npackage smoke test passed in ${Math.round((Date.now() - started) / 1000)} s (${tarball.split("/").pop()})`,
  );
} catch (error) {
  console.error(`\npackage smoke test FAILED: ${error.stderr ?? ""}${error.stdout ?? ""}${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
