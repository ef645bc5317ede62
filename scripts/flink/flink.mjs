#!/usr/bin/env node
/**
 * `node scripts/flink/flink.mjs <command>` (or `npm run flink -- <command>`): real local Flink
 * session clusters from Maven Central artifacts. See docs/flink-local.md.
 *
 *   start --version 2.3 [--port 18081] [--slots 4] [--conf key=value ...] [--timeout 180]
 *   start --ha --version 2.3 --port 18081 ...   ZooKeeper, two JobManagers (REST 18081, 18082), a TaskManager
 *   stop --port 18081 | stop-all | status [--port 18081] | logs --port 18081 [--lines 200]
 *   resolve --version 1.19[,1.20,2.3|all] [--force] | build-job | versions
 *
 * Clusters bind to 127.0.0.1; their pids, logs and config live in .cache/flink-runs/<port>/,
 * and stop ends exactly those pids. `start` prints one JSON line (url, port, pids, files) on stdout.
 */
import { parseArgs } from "node:util";
import {
  clusterStatus,
  logTail,
  readState,
  recordedPorts,
  resolveRelease,
  startCluster,
  stopAllClusters,
  stopCluster,
  supportedLines,
  versionInfo,
} from "./cluster.mjs";
import { buildEchoJob } from "./echo-job.mjs";
import { startHaCluster } from "./ha-cluster.mjs";

const usage = `usage: flink.mjs start [--ha] --version <${supportedLines().join("|")}> [--port N] [--slots N] [--conf key=value ...] [--timeout S]
       (--ha: ZooKeeper, JobManagers on N and N+1, a TaskManager; ports N..N+4; --port required)
       flink.mjs stop --port N | stop-all | status [--port N] | logs --port N [--lines N]
       flink.mjs resolve --version V[,V...|all] [--force] | build-job | versions`;

function fail(message, code = 2) {
  process.stderr.write(`flink: ${message}\n${code === 2 ? `${usage}\n` : ""}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      version: { type: "string", short: "v" },
      port: { type: "string", short: "p" },
      slots: { type: "string" },
      conf: { type: "string", short: "D", multiple: true },
      timeout: { type: "string" },
      lines: { type: "string" },
      force: { type: "boolean" },
      ha: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const [command, ...extra] = positionals;
if (extra.length > 0) {
  fail(`unexpected argument ${extra[0]}`);
}
const positiveInt = (name, text) => {
  const n = Number(text);
  if (!(Number.isInteger(n) && n > 0)) {
    fail(`--${name} must be a positive integer, got ${text}`);
  }
  return n;
};
const port = values.port === undefined ? undefined : positiveInt("port", values.port);
if (port !== undefined && port > 65535) {
  fail(`--port must be a port number, got ${values.port}`);
}
const log = (line) => process.stderr.write(`${line}\n`);
const needPort = () => {
  if (port === undefined) {
    fail(`${command} needs --port`);
  }
  return port;
};
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function main() {
  switch (command) {
    case "start": {
      if (!values.version) {
        fail("start needs --version");
      }
      const conf = {};
      for (const pair of values.conf ?? []) {
        const at = pair.indexOf("=");
        if (at <= 0) {
          fail(`--conf expects key=value, got ${pair}`);
        }
        conf[pair.slice(0, at).trim()] = pair.slice(at + 1);
      }
      if (values.ha) {
        if (port === undefined) {
          fail("start --ha needs --port (JobManager a's REST port; the next four ports are used too)");
        }
        const state = await startHaCluster({
          version: values.version,
          port,
          conf,
          slots: values.slots === undefined ? 2 : positiveInt("slots", values.slots),
          log,
          ...(values.timeout === undefined ? {} : { timeoutMs: positiveInt("timeout", values.timeout) * 1000 }),
        });
        log(
          `Flink ${state.version} HA is up at ${state.urls.join(", ")} in ${state.startSeconds.toFixed(1)} s (ZooKeeper serving after ${state.zkSeconds.toFixed(1)} s; RSS MiB ${JSON.stringify(state.rssMiB)}; logs in ${state.runDir})`,
        );
        const { url, urls, version, pids, runDir, zkPort, rssMiB, startSeconds } = state;
        process.stdout.write(
          `${JSON.stringify({ url, urls, port, zkPort, version, pids, runDir, startSeconds, rssMiB })}\n`,
        );
        return;
      }
      const state = await startCluster({
        version: values.version,
        port,
        conf,
        slots: values.slots === undefined ? 4 : positiveInt("slots", values.slots),
        log,
        ...(values.timeout === undefined ? {} : { timeoutMs: positiveInt("timeout", values.timeout) * 1000 }),
      });
      log(
        `Flink ${state.version} is up at ${state.url} in ${state.startSeconds.toFixed(1)} s (pids ${state.pids.join(", ")}; logs in ${state.runDir})`,
      );
      const { url, version, pids, runDir, logFiles } = state;
      process.stdout.write(`${JSON.stringify({ url, port: state.port, version, pids, runDir, logFiles })}\n`);
      return;
    }
    case "stop": {
      const p = needPort();
      log((await stopCluster(p)) ? `stopped the cluster on port ${p}` : `no cluster recorded on port ${p}`);
      return;
    }
    case "stop-all": {
      const ports = await stopAllClusters();
      log(ports.length ? `stopped the clusters on ports ${ports.join(", ")}` : "no cluster recorded");
      return;
    }
    case "status": {
      const ports = port === undefined ? recordedPorts() : [port];
      const rows = (await Promise.all(ports.map(clusterStatus))).filter(Boolean);
      if (port !== undefined && rows.length === 0) {
        fail(`no cluster recorded on port ${port}`, 1);
      }
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    case "logs": {
      const state = readState(needPort());
      if (!state) {
        fail(`no cluster recorded on port ${port}`, 1);
      }
      const lines = values.lines === undefined ? 200 : positiveInt("lines", values.lines);
      process.stdout.write(`${logTail(state.runDir, lines)}\n`);
      return;
    }
    case "resolve": {
      if (!values.version) {
        fail("resolve needs --version (a line, a release, a comma-separated list, or all)");
      }
      const versions = values.version === "all" ? supportedLines() : values.version.split(",").map((v) => v.trim());
      for (const version of versions) {
        versionInfo(version);
      }
      for (const version of versions) {
        const r = await resolveRelease(version, { log, force: values.force });
        log(
          `Flink ${versionInfo(version).release}: ${r.jars.length} jars, ${mib(r.bytes)}${r.cached ? " (cached)" : `, resolved in ${r.seconds.toFixed(1)} s`}`,
        );
      }
      return;
    }
    case "build-job":
      process.stdout.write(`${await buildEchoJob({ log })}\n`);
      return;
    case "versions":
      for (const line of supportedLines()) {
        const info = versionInfo(line);
        process.stdout.write(`${line}\t${info.release}\t${info.confFile}\n`);
      }
      return;
    default:
      fail(command ? `unknown command ${command}` : "missing command");
  }
}

main().catch((error) => fail(error.message, 1));
