/**
 * Flink's own CLI (bin/flink's CliFrontend, through RestClusterClient) against a cluster: the
 * classes come from the Maven artifacts the cluster tool resolves (scripts/flink/cluster.mjs), so
 * no distribution is needed. `flinkCliSession` runs the same commands against a real cluster and
 * against the fake, and returns what each printed, made comparable (ids, dates and paths replaced).
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JVM_OPENS, resolveClasspath, versionInfo } from "../../../scripts/flink/cluster.mjs";

export interface CliOutcome {
  readonly command: string;
  readonly code: number | null;
  /** stdout with job ids, dates and savepoint names replaced by placeholders. */
  readonly lines: readonly string[];
}

interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `flink <args>` with the line's classes and a configuration directory of its own. */
async function flink(classpath: string, confDir: string, args: readonly string[]): Promise<RunResult> {
  const child = spawn("java", [...JVM_OPENS, "-XX:TieredStopAtLevel=1", "-cp", classpath, CLI_MAIN, ...args], {
    env: { ...process.env, FLINK_CONF_DIR: confDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

const CLI_MAIN = "org.apache.flink.client.cli.CliFrontend";

/** What differs between two clusters however alike they are: ids, times, savepoint names. */
function comparable(stdout: string, root: string): string[] {
  return stdout
    .split("\n")
    .map((line) =>
      line
        .replaceAll(root, "<dir>")
        .replace(/[0-9a-f]{32}/g, "<job>")
        .replace(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}/g, "<time>")
        .replace(/savepoint-[0-9a-f]{6}-[0-9a-f]{12}/g, "savepoint-<id>")
        .trimEnd(),
    )
    .filter((line) => line !== "");
}

/**
 * `flink run -d`, `list`, `savepoint`, `stop -p`, `run -d`, `cancel`, `list -a` against the
 * cluster at `url` (host:port), as a user of bin/flink would type them. A listing shows only the
 * session's own jobs (a shared cluster may hold others).
 */
export async function flinkCliSession(line: string, url: string, jar: string): Promise<CliOutcome[]> {
  const { confFile } = versionInfo(line);
  const classpath = await resolveClasspath(line);
  const root = mkdtempSync(join(tmpdir(), "flink-cli-"));
  const confDir = join(root, "conf");
  mkdirSync(confDir);
  writeFileSync(join(confDir, confFile), "parallelism.default: 1\n");
  const address = new URL(url).host;
  const outcomes: CliOutcome[] = [];
  const ours = new Set<string>();
  const step = async (name: string, args: string[]) => {
    const result = await flink(classpath, confDir, [args[0] as string, "-m", address, ...args.slice(1)]);
    for (const id of result.stdout.match(/submitted with JobID ([0-9a-f]{32})/g) ?? []) {
      ours.add(id.slice(-32));
    }
    const stdout = name.startsWith("list")
      ? result.stdout
          .split("\n")
          .filter((l) => !/[0-9a-f]{32}/.test(l) || [...ours].some((id) => l.includes(id)))
          .join("\n")
      : result.stdout;
    const command = comparable(`flink ${args.join(" ")}`, root).join(" ");
    outcomes.push({ command, code: result.code, lines: comparable(stdout, root) });
    if (result.code !== 0) {
      outcomes.push({ command: `${name} (stderr)`, code: result.code, lines: [result.stderr.slice(-2000)] });
    }
    return result.stdout;
  };
  try {
    const first = /JobID ([0-9a-f]{32})/.exec(await step("run", ["run", "-d", jar]))?.[1] ?? "none";
    await step("list", ["list"]);
    await step("savepoint", ["savepoint", first, join(root, "savepoints")]);
    await step("stop", ["stop", "-p", join(root, "savepoints"), first]);
    const second = /JobID ([0-9a-f]{32})/.exec(await step("run", ["run", "-d", jar]))?.[1] ?? "none";
    await step("cancel", ["cancel", second]);
    await step("list -a", ["list", "-a"]);
    return outcomes;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
