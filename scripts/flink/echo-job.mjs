/** Builds the config-echo job (test/flink-job) with Maven, only when the jar is older than its sources. */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { root } from "./cluster.mjs";

const moduleDir = join(root, "test", "flink-job");
export const echoJobJar = join(moduleDir, "target", "config-echo-job.jar");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export async function buildEchoJob({ log = () => {} } = {}) {
  const sources = Math.max(newestSource(join(moduleDir, "src")), statSync(join(moduleDir, "pom.xml")).mtimeMs);
  if (existsSync(echoJobJar) && statSync(echoJobJar).mtimeMs >= sources) {
    return echoJobJar;
  }
  log("building the config-echo job with Maven...");
  try {
    await promisify(execFile)("mvn", ["-q", "-B", "-f", join(moduleDir, "pom.xml"), "package"], {
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`Maven could not build test/flink-job: ${error.stdout ?? ""}${error.stderr ?? error.message}`);
  }
  return echoJobJar;
}
