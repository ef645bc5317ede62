#!/usr/bin/env node
/**
 * `npm run flink -- <command>`: real local Flink session clusters, from Maven Central artifacts.
 *
 *   start --version 2.3 [--port 18081] [--slots 4] [--conf key=value ...]
 *   stop --port 18081          stop-all          status [--port 18081]
 *   logs --port 18081          resolve --version 2.3          build-job
 *
 * Clusters bind to 127.0.0.1; their pids, logs and config live in .cache/flink-runs/<port>/,
 * and stop ends exactly those pids.
 */
import { readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  logTail,
  readState,
  resolveClasspath,
  runsDir,
  startCluster,
  stopCluster,
  supportedLines,
} from "./cluster.mjs";
import { buildEchoJob } from "./echo-job.mjs";

const usage = `usage: flink.mjs start --version <${supportedLines().join("|")}> [--port N] [--slots N] [--conf key=value ...]
       flink.mjs stop --port N | stop-all | status [--port N] | logs --port N | resolve --version V | build-job`;

function fail(message) {
  process.stderr.write(`flink: ${message}\n${usage}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      version: { type: "string" },
      port: { type: "string" },
      slots: { type: "string" },
      conf: { type: "string", multiple: true },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
const command = positionals[0];
const port = values.port === undefined ? undefined : Number(values.port);
if (values.port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  fail(`--port must be a port number, got ${values.port}`);
}
const log = (line) => process.stderr.write(`${line}\n`);
const recorded = () =>
  readdirSync(runsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => Number(d.name))
    .filter((p) => readState(p));

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
      conf[pair.slice(0, at)] = pair.slice(at + 1);
    }
    const started = Date.now();
    try {
      const state = await startCluster({
        version: values.version,
        port,
        conf,
        slots: values.slots ? Number(values.slots) : 4,
        log,
      });
      log(
        `Flink ${state.version} is up in ${((Date.now() - started) / 1000).toFixed(1)} s (pids ${state.pids.join(", ")}, logs in ${state.runDir})`,
      );
      process.stdout.write(
        `${JSON.stringify({ url: state.url, port: state.port, version: state.version, pids: state.pids, runDir: state.runDir })}\n`,
      );
    } catch (error) {
      process.stderr.write(`flink: ${error.message}\n`);
      process.exit(1);
    }
    break;
  }
  case "stop":
    if (port === undefined) {
      fail("stop needs --port");
    }
    log((await stopCluster(port)) ? `stopped the cluster on port ${port}` : `no cluster recorded on port ${port}`);
    break;
  case "stop-all": {
    let ports = [];
    try {
      ports = recorded();
    } catch {
      ports = [];
    }
    for (const p of ports) {
      await stopCluster(p);
      log(`stopped the cluster on port ${p}`);
    }
    break;
  }
  case "status": {
    let ports = [];
    try {
      ports = port === undefined ? recorded() : [port];
    } catch {
      ports = [];
    }
    const rows = ports
      .map((p) => readState(p))
      .filter(Boolean)
      .map((s) => ({ url: s.url, version: s.version, pids: s.pids }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    break;
  }
  case "logs": {
    const state = port === undefined ? undefined : readState(port);
    if (!state) {
      fail(`no cluster recorded on port ${values.port}`);
    }
    process.stdout.write(`${logTail(state.runDir, 200)}\n`);
    break;
  }
  case "resolve":
    if (!values.version) {
      fail("resolve needs --version");
    }
    await resolveClasspath(values.version, { log });
    log(`Flink ${values.version} resolved`);
    break;
  case "build-job":
    process.stdout.write(`${await buildEchoJob({ log })}\n`);
    break;
  default:
    fail(command ? `unknown command ${command}` : "missing command");
}
