/**
 * Builds the config-echo job (test/flink-job) with Maven, only when the jar is older than its
 * sources. Maven runs offline first (nothing to download once ~/.m2 has the build's plugins and
 * Flink's API jars) and online only if that fails. Concurrent callers wait for one build.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { root } from "./cluster.mjs";

const moduleDir = join(root, "test", "flink-job");
export const echoJobJar = join(moduleDir, "target", "config-echo-job.jar");
const lockDir = join(moduleDir, "target", ".build-lock");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const upToDate = () =>
  existsSync(echoJobJar) &&
  statSync(echoJobJar).mtimeMs >=
    Math.max(newestSource(join(moduleDir, "src")), statSync(join(moduleDir, "pom.xml")).mtimeMs);

const mvn = (args) =>
  new Promise((resolve, reject) => {
    execFile(process.env.MVN ?? "mvn", args, { maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${stdout}${stderr}`.trim() || error.message)) : resolve(),
    );
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Returns the jar's path, building it first when a source or the pom is newer than the jar. */
export async function buildEchoJob({ log = () => {} } = {}) {
  if (upToDate()) {
    return echoJobJar;
  }
  mkdirSync(join(moduleDir, "target"), { recursive: true });
  // mkdir is atomic: whoever creates the lock builds; the others wait for it (a lock older than
  // ten minutes is a crashed build's and is taken over).
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs > 600_000) {
        rmSync(lockDir, { recursive: true, force: true });
      }
      await sleep(500);
    }
  }
  try {
    if (upToDate()) {
      return echoJobJar;
    }
    log("building the config-echo job with Maven (test/flink-job)...");
    const base = ["-q", "-B", "-f", join(moduleDir, "pom.xml"), "package"];
    try {
      await mvn(["-o", ...base]);
    } catch {
      try {
        await mvn(["-Dmaven.wagon.http.retryHandler.count=3", ...base]);
      } catch (error) {
        throw new Error(`Maven could not build test/flink-job:\n${error.message}`);
      }
    }
    if (!existsSync(echoJobJar)) {
      throw new Error(`Maven built test/flink-job but ${echoJobJar} is missing`);
    }
    return echoJobJar;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
