/**
 * `npx tsx bench/cli-vs-flink.ts [version]`: the config-echo jar submitted to one real local Flink
 * cluster by `flink-rest run` and by Flink's own CLI (`CliFrontend run -d`, from the same Maven
 * artifacts as the cluster), alternating, 5 runs each: wall time until the process reports the
 * submitted job, and the client process's peak RSS.
 * Goals: flink-rest at most 0.2x the wall time and 0.25x the memory of Flink's CLI.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { JVM_OPENS, resolveClasspath, startCluster, stopCluster, versionInfo } from "../scripts/flink/cluster.mjs";
import { buildEchoJob } from "../scripts/flink/echo-job.mjs";

const out = (line = "") => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const version = process.argv[2] ?? "2.3";
const runs = Number(process.env.BENCH_RUNS ?? 5);
const log = (line: string) => process.stderr.write(`${line}\n`);

const dir = mkdtempSync(join(tmpdir(), "flink-cli-bench-"));
let port: number | undefined;
try {
  const jar = await buildEchoJob({ log });
  const classpath = await resolveClasspath(version, { log });
  const cluster = await startCluster({ version, log });
  port = cluster.port;

  // flink-rest, bundled into one file and run with plain node (as an installed bin would be).
  const cli = join(dir, "flink-rest.mjs");
  await build({
    entryPoints: ["src/cli/main.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: cli,
    logLevel: "error",
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });

  // Flink's CLI reads the cluster's address from FLINK_CONF_DIR.
  const info = versionInfo(version);
  const confDir = join(dir, "conf");
  mkdirSync(confDir);
  const conf = {
    "rest.address": "127.0.0.1",
    "rest.port": String(cluster.port),
    "execution.target": "remote",
    "jobmanager.rpc.address": "127.0.0.1",
  };
  writeFileSync(
    join(confDir, info.confFile),
    Object.entries(conf)
      .map(([k, v]) => `${k}: ${info.confFile === "config.yaml" ? JSON.stringify(v) : v}`)
      .join("\n"),
  );
  writeFileSync(join(confDir, "log4j-cli.properties"), "rootLogger.level = WARN\n");

  const measure = (command: string, args: string[], env: NodeJS.ProcessEnv, submitted: RegExp) => {
    const started = performance.now();
    const result = spawnSync("/usr/bin/time", ["-f", "TIME %M", command, ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    const seconds = (performance.now() - started) / 1000;
    const rss = /TIME (\d+)/.exec(result.stderr ?? "");
    const jobId = submitted.exec(`${result.stdout}${result.stderr}`)?.[1];
    if (result.status !== 0 || !rss || !jobId) {
      throw new Error(`${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    return { seconds, rssMb: Number(rss[1]) / 1024, jobId };
  };
  const cancel = async (jobId: string) => {
    await fetch(`${cluster.url}/jobs/${jobId}?mode=cancel`, { method: "PATCH" });
  };
  const results: Record<"flink-rest" | "flink CLI", Array<{ seconds: number; rssMb: number }>> = {
    "flink-rest": [],
    "flink CLI": [],
  };
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 === 0 ? (["flink-rest", "flink CLI"] as const) : (["flink CLI", "flink-rest"] as const)) {
      const r =
        which === "flink-rest"
          ? measure(
              process.execPath,
              [cli, "--url", cluster.url, "run", "-d", "--keep-jar", jar],
              {},
              /JobID ([0-9a-f]{32})/,
            )
          : measure(
              "java",
              [
                ...JVM_OPENS,
                `-Dlog4j.configurationFile=file:${join(confDir, "log4j-cli.properties")}`,
                "-cp",
                classpath,
                "org.apache.flink.client.cli.CliFrontend",
                "run",
                "-d",
                jar,
              ],
              { FLINK_CONF_DIR: confDir },
              /JobID ([0-9a-f]{32})/,
            );
      results[which].push(r);
      await cancel(r.jobId);
    }
  }
  const rest = {
    seconds: median(results["flink-rest"].map((r) => r.seconds)),
    rssMb: median(results["flink-rest"].map((r) => r.rssMb)),
  };
  const flink = {
    seconds: median(results["flink CLI"].map((r) => r.seconds)),
    rssMb: median(results["flink CLI"].map((r) => r.rssMb)),
  };
  out(
    `### Submitting the echo jar to a local Flink ${cluster.version}: flink-rest vs Flink's CLI (${runs} runs each, alternating)\n`,
  );
  out('| client | median wall s (to "job submitted") | median peak RSS MB |');
  out("|---|---|---|");
  out(`| flink-rest run -d (Node ${process.version}) | ${rest.seconds.toFixed(2)} | ${rest.rssMb.toFixed(0)} |`);
  out(
    `| CliFrontend run -d (Java, Flink ${cluster.version}) | ${flink.seconds.toFixed(2)} | ${flink.rssMb.toFixed(0)} |`,
  );
  out(
    `\nflink-rest / Flink CLI: ${(rest.seconds / flink.seconds).toFixed(2)}x wall time (goal <= 0.2x), ${(rest.rssMb / flink.rssMb).toFixed(2)}x peak memory (goal <= 0.25x).`,
  );
} finally {
  if (port !== undefined) {
    await stopCluster(port);
  }
  rmSync(dir, { recursive: true, force: true });
}
