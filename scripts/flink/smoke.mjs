#!/usr/bin/env node
/**
 * `node scripts/flink/smoke.mjs [--version 2.3] ...`: the local cluster tool and the config-echo
 * job checked end to end on real Flink, one version after the other: start a cluster with a
 * cluster-level configuration, upload the echo jar, run it with flinkConfiguration and query
 * parameters, read /jobs/{id}/config and /checkpoints/config, take a savepoint, stop with a
 * savepoint, resubmit from it, probe the run handler's error answers, cancel, stop the cluster
 * and check its pids are gone. Prints what Flink answered as JSON (stdout) and a summary
 * (stderr); exits 1 when an expectation fails. docs/flink-local.md lists what it found.
 */
import { openAsBlob, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freePort, isAlive, runsDir, startCluster, stopCluster, supportedLines } from "./cluster.mjs";
import { buildEchoJob } from "./echo-job.mjs";

const { values } = parseArgs({ options: { version: { type: "string", multiple: true } } });
const versions = values.version?.flatMap((v) => v.split(",")) ?? supportedLines();
const log = (line) => process.stderr.write(`${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The cluster-level configuration requests are checked against. */
const CLUSTER_CONF = {
  "parallelism.default": "3",
  "pipeline.object-reuse": "true",
  "restart-strategy.type": "fixed-delay",
  "restart-strategy.fixed-delay.attempts": "7",
  "restart-strategy.fixed-delay.delay": "2 s",
};

const failures = [];
function expect(version, what, actual, expected) {
  const ok = JSON.stringify(actual) === JSON.stringify(expected);
  if (!ok) {
    failures.push(`${version}: ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  return actual;
}

function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : undefined;
}

async function smoke(version, jar) {
  const facts = { version };
  // The savepoint directory in its 1.19 spelling, which 1.20+ read as a deprecated key: the tool
  // must leave its own default out, or the canonical key would win over this one.
  const port = await freePort();
  const savepointDir = join(runsDir, String(port), "savepoints-from-conf");
  const conf = { ...CLUSTER_CONF, "state.savepoints.dir": `file://${savepointDir}` };
  const cluster = await startCluster({ version, port, conf, log });
  facts.release = cluster.version;
  facts.startSeconds = Number(cluster.startSeconds.toFixed(1));
  const call = async (method, path, body) => {
    const response = await fetch(`${cluster.url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : body instanceof FormData
          ? { body }
          : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: response.status, json };
  };
  // The first line that names an exception or a message, past Flink's generic headers.
  const firstError = (json) =>
    (json?.errors ?? [])
      .flatMap((e) => String(e).split("\n"))
      .map((l) => l.trim())
      .find((l) => l && l !== "Internal server error." && l !== "<Exception on server side:") ?? "";
  const until = async (what, probe, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) {
        return value;
      }
      if (Date.now() > deadline) {
        throw new Error(`${version}: timed out waiting for ${what}`);
      }
      await sleep(250);
    }
  };
  const tasksRunning = (jobId) =>
    until(`${jobId}'s tasks`, async () => {
      const { json } = await call("GET", `/jobs/${jobId}`);
      return json.state === "RUNNING" && json.vertices.every((v) => v.status === "RUNNING") && json;
    });
  const savepointDone = (jobId, requestId) =>
    until(`savepoint ${requestId}`, async () => {
      const { json } = await call("GET", `/jobs/${jobId}/savepoints/${requestId}`);
      return json.status?.id === "COMPLETED" && json.operation;
    });
  const jobState = async (jobId, state) =>
    until(`${jobId} ${state}`, async () => (await call("GET", `/jobs/${jobId}`)).json.state === state && state);
  try {
    const overview = await call("GET", "/overview");
    facts.overview = overview.json;
    expect(version, "slots-total", overview.json["slots-total"], 4);
    facts.jarsStatus = expect(version, "GET /jars", (await call("GET", "/jars")).status, 200);
    const form = new FormData();
    form.append("jarfile", await openAsBlob(jar), "config-echo-job.jar");
    const upload = await call("POST", "/jars/upload", form);
    facts.upload = { status: upload.status, keys: Object.keys(upload.json) };
    const jarId = upload.json.filename.split("/").at(-1);
    const run = (body, query = "") => call("POST", `/jars/${jarId}/run${query}`, body);

    // A: flinkConfiguration and ?parallelism over the cluster's configuration.
    const a = await run(
      {
        flinkConfiguration: {
          "pipeline.name": "smoke-request",
          "execution.checkpointing.interval": "2s",
          "restart-strategy.fixed-delay.attempts": "3",
        },
      },
      "?parallelism=2",
    );
    facts.runAnswer = { status: a.status, keys: Object.keys(a.json) };
    const jobA = a.json.jobid;
    await tasksRunning(jobA);
    const config = (await call("GET", `/jobs/${jobA}/config`)).json;
    const userConfig = config["execution-config"]["user-config"];
    facts.jobConfig = {
      name: expect(version, "name from flinkConfiguration", config.name, "smoke-request"),
      "job-parallelism": expect(version, "?parallelism", config["execution-config"]["job-parallelism"], 2),
      "object-reuse-mode": expect(
        version,
        "cluster object reuse",
        config["execution-config"]["object-reuse-mode"],
        true,
      ),
      "restart-strategy": config["execution-config"]["restart-strategy"],
      userConfigKeys: Object.keys(userConfig).length,
      "user-config[pipeline.name]": userConfig["pipeline.name"],
      "user-config[execution.checkpointing.interval]": userConfig["execution.checkpointing.interval"],
      "user-config[restart-strategy.fixed-delay.attempts]": userConfig["restart-strategy.fixed-delay.attempts"],
      "user-config[parallelism.default]": userConfig["parallelism.default"],
      "user-config[execution.target]": userConfig["execution.target"],
      "user-config[pipeline.jars]": userConfig["pipeline.jars"],
    };
    expect(version, "user-config echoes pipeline.name", userConfig["pipeline.name"], "smoke-request");
    const checkpoints = (await call("GET", `/jobs/${jobA}/checkpoints/config`)).json;
    facts.checkpointConfig = { interval: checkpoints.interval, mode: checkpoints.mode };
    expect(version, "checkpoint interval", checkpoints.interval, 2000);
    facts.rssMiB = Object.fromEntries(cluster.processes.map((p) => [p.role, rssMiB(p.pid)]));

    // Savepoint into a given directory, then stop with a savepoint into the default directory.
    const target = `file://${join(cluster.runDir, "savepoints-explicit")}`;
    const trigger = await call("POST", `/jobs/${jobA}/savepoints`, { "target-directory": target, "cancel-job": false });
    facts.savepointTrigger = { status: trigger.status, keys: Object.keys(trigger.json) };
    facts.savepoint = (await savepointDone(jobA, trigger.json["request-id"])).location;
    const stop = await call("POST", `/jobs/${jobA}/stop`, { drain: false });
    facts.stopTrigger = stop.status;
    facts.stopSavepoint = (await savepointDone(jobA, stop.json["request-id"])).location;
    facts.stateAfterStop = await jobState(jobA, "FINISHED");
    expect(version, "stop-with-savepoint into state.savepoints.dir", facts.stopSavepoint.includes(savepointDir), true);

    // Resubmit from it: claimMode from 1.20, restoreMode before.
    const mode = version.startsWith("1.19") ? { restoreMode: "NO_CLAIM" } : { claimMode: "NO_CLAIM" };
    const resumed = await run({ savepointPath: facts.stopSavepoint, allowNonRestoredState: true, ...mode });
    facts.resume = { status: resumed.status, body: Object.keys(mode)[0] };
    await tasksRunning(resumed.json.jobid);
    const restored = await until(
      "restore",
      async () => (await call("GET", `/jobs/${resumed.json.jobid}/checkpoints`)).json.latest?.restored,
    );
    facts.restoredFrom = restored.external_path;
    const cancel = await call("PATCH", `/jobs/${resumed.json.jobid}?mode=cancel`);
    facts.cancel = { status: cancel.status, body: cancel.json };
    await jobState(resumed.json.jobid, "CANCELED");

    // B: no configuration in the request: the cluster's settings and the default name.
    const b = await run({});
    const bConfig = (await call("GET", `/jobs/${b.json.jobid}/config`)).json;
    facts.defaults = {
      name: bConfig.name,
      "job-parallelism": bConfig["execution-config"]["job-parallelism"],
      "restart-strategy": bConfig["execution-config"]["restart-strategy"],
    };
    await call("PATCH", `/jobs/${b.json.jobid}?mode=cancel`);

    // C: user code (program arguments) over the request.
    const c = await run(
      {
        programArgsList: ["--parallelism", "1", "--job-name", "named-in-main", "--max-parallelism", "64"],
        flinkConfiguration: { "pipeline.name": "ignored", "pipeline.max-parallelism": "32" },
      },
      "?parallelism=2",
    );
    const cJob = (await call("GET", `/jobs/${c.json.jobid}`)).json;
    const cConfig = (await call("GET", `/jobs/${c.json.jobid}/config`)).json;
    facts.userCode = {
      name: expect(version, "main()'s job name wins", cConfig.name, "named-in-main"),
      "job-parallelism": expect(
        version,
        "main()'s parallelism wins",
        cConfig["execution-config"]["job-parallelism"],
        1,
      ),
      maxParallelism: cJob.maxParallelism,
    };
    await call("PATCH", `/jobs/${c.json.jobid}?mode=cancel`);

    // D: RocksDB (flink-statebackend-rocksdb on the classpath, as in a distribution's lib/).
    const d = await run({
      flinkConfiguration: { "state.backend.type": "rocksdb", "execution.checkpointing.interval": "1s" },
    });
    await tasksRunning(d.json.jobid);
    const dCheckpoint = await until("a RocksDB checkpoint", async () => {
      const { json } = await call("GET", `/jobs/${d.json.jobid}/checkpoints`);
      return json.latest?.completed;
    });
    facts.rocksdb = {
      state_backend: (await call("GET", `/jobs/${d.json.jobid}/checkpoints/config`)).json.state_backend,
      checkpoint: dCheckpoint.external_path,
    };
    facts.rssMiBWithRocksDB = Object.fromEntries(cluster.processes.map((p) => [p.role, rssMiB(p.pid)]));
    expect(version, "RocksDB state backend", facts.rocksdb.state_backend, "EmbeddedRocksDBStateBackend");
    await call("PATCH", `/jobs/${d.json.jobid}?mode=cancel`);

    // The run handler's answers to bad requests and failing programs.
    const probe = async (body, query = "", id = jarId) => {
      const r = await call("POST", `/jars/${id}/run${query}`, body);
      if (r.json?.jobid) {
        await call("PATCH", `/jobs/${r.json.jobid}?mode=cancel`);
      }
      const text = JSON.stringify(r.json);
      return {
        status: r.status,
        ...(r.status === 200 ? {} : { error: firstError(r.json) }),
        ...(text.includes("on purpose") ? { mentionsMainsException: true } : {}),
      };
    };
    facts.probes = {
      "null flinkConfiguration value": await probe({ flinkConfiguration: { "pipeline.name": null } }),
      "object flinkConfiguration value": await probe({ flinkConfiguration: { "pipeline.name": { a: 1 } } }),
      "unknown top-level field": await probe({ bogusField: 1 }),
      "main() returns without execute (--no-execute)": await probe({ programArgsList: ["--no-execute"] }),
      "main() throws (--fail)": await probe({ programArgsList: ["--fail"] }),
      "parallelism 0": await probe({ parallelism: 0 }),
      "missing jar": await probe({}, "", "00000000-0000-0000-0000-000000000000_missing.jar"),
    };
    expect(version, "null value", facts.probes["null flinkConfiguration value"].status, 500);
  } finally {
    await stopCluster(cluster.port);
    facts.leftAlive = cluster.pids.filter(isAlive);
    expect(version, "pids left alive after stop", facts.leftAlive, []);
  }
  return facts;
}

const jar = await buildEchoJob({ log });
const report = [];
for (const version of versions) {
  log(`--- Flink ${version} ---`);
  try {
    const facts = await smoke(version, jar);
    report.push(facts);
    log(
      `Flink ${facts.release}: up in ${facts.startSeconds} s, RSS JM ${facts.rssMiB.jobmanager} MiB / TM ${facts.rssMiB.taskmanager} MiB, default name "${facts.defaults.name}"`,
    );
  } catch (error) {
    failures.push(`${version}: ${error.message}`);
  }
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
for (const failure of failures) {
  log(`FAILED ${failure}`);
}
const failed = versions.filter((v) => failures.some((f) => f.startsWith(`${v}:`))).length;
log(`smoke: ${versions.length - failed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
