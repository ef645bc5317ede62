#!/usr/bin/env node
/**
 * `node scripts/flink/ha-soak.mjs --rounds 5 --version 2.3 --port 29000 [--seed N]`: the failover
 * suite (test/ha/failover.test.ts) with many rounds per kill point, then its figures per point
 * (rounds, jobs, duplicates, lost, typed errors, time from the kill to the next successful call
 * and to the result: median and max) as the Markdown table of docs/high-availability.md.
 * `--summary` only prints the table of the last run's .cache/ha-failover-results.json.
 *
 * The suite starts and stops its HA cluster by pid; if it is killed before its teardown, this
 * script stops the cluster it recorded on --port, and only one started after this script did.
 */
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readState, root, runsDir, stopCluster } from "./cluster.mjs";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    version: { type: "string", default: "2.3" },
    port: { type: "string", default: "29000" },
    seed: { type: "string" },
    summary: { type: "boolean" },
  },
});
const resultsFile = join(runsDir, "..", "ha-failover-results.json");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? undefined
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seconds = (ms) => (ms === undefined ? "-" : `${(ms / 1000).toFixed(1)} s`);

/** The summary table: one line per kill point. */
export function summarize({ version, rounds, seed, results }) {
  const lines = [
    `Flink ${version}, ${rounds} round(s) per point, FLINK_HA_SEED=${seed}`,
    "",
    "| leader SIGKILLed | rounds passed | jobs per submission | duplicates | lost | typed errors | kill → next successful call, median / max | kill → result, median / max | outcomes |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  const names = { a: "(a) during the upload", b: "(b) between upload and run", c: "(c) run request in flight" };
  Object.assign(names, { d: "(d) while `waitForJob` polls", e: "(e) during `stopWithSavepoint`" });
  for (const point of ["a", "b", "c", "d", "e"]) {
    const rs = results.filter((r) => r.point === point);
    if (rs.length === 0) {
      continue;
    }
    const passed = rs.filter((r) => r.passed === true);
    const jobs = [...new Set(rs.map((r) => r.jobs ?? "?"))].join(", ");
    const duplicates = rs.filter((r) => r.jobs > 1).length;
    const lost = rs.filter((r) => r.jobs === 0 && !r.outcome?.startsWith("Flink")).length;
    const errors = rs.filter((r) => r.outcome?.startsWith("Flink")).length;
    const ok = rs.map((r) => r.firstOkMs).filter((x) => x !== undefined);
    const done = rs.map((r) => r.doneMs).filter((x) => x !== undefined);
    const outcomes = Object.entries(
      rs.reduce((acc, r) => Object.assign(acc, { [r.outcome]: (acc[r.outcome] ?? 0) + 1 }), {}),
    )
      .map(([o, n]) => `${n}× ${o}`)
      .join("; ");
    lines.push(
      `| ${names[point]} | ${passed.length}/${rs.length} | ${jobs} | ${duplicates} | ${lost} | ${errors} | ${seconds(median(ok))} / ${seconds(ok.length ? Math.max(...ok) : undefined)} | ${seconds(median(done))} / ${seconds(done.length ? Math.max(...done) : undefined)} | ${outcomes} |`,
    );
  }
  // The suite's other cases (a refused address, ZooKeeper down 10 s) run once per suite.
  for (const r of results.filter((x) => x.case)) {
    lines.push(
      `| ${r.case} | - | - | - | - | - | - | ${seconds(r.killToSuccessMs)} | ${r.outcome ?? "one job RUNNING"} |`,
    );
  }
  return lines.join("\n");
}

if (values.summary) {
  console.log(summarize(JSON.parse(readFileSync(resultsFile, "utf8"))));
  process.exit(0);
}

const port = Number(values.port);
const began = Date.now();
const env = {
  ...process.env,
  FLINK_HA_ROUNDS: values.rounds,
  FLINK_HA_VERSION: values.version,
  FLINK_HA_PORT: String(port),
  ...(values.seed ? { FLINK_HA_SEED: values.seed } : {}),
};
const child = spawn(join(root, "node_modules", ".bin", "vitest"), ["run", "--config", "vitest.ha.config.ts"], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
const code = await new Promise((resolve) => child.on("exit", (c, s) => resolve(c ?? (s ? 1 : 0))));
// The suite's teardown stops its cluster; if it did not run, stop the one this run started.
const left = readState(port);
if (left?.ha && Date.parse(left.startedAt) >= began) {
  await stopCluster(port);
  console.error(`ha-soak: stopped the cluster the suite left on port ${port}`);
}
try {
  if (statSync(resultsFile).mtimeMs < began) {
    throw new Error("stale");
  }
  const data = JSON.parse(readFileSync(resultsFile, "utf8"));
  console.log(`\n${summarize(data)}\n\n(${((Date.now() - began) / 1000).toFixed(0)} s in all; ${resultsFile})`);
} catch {
  console.error(`ha-soak: no results in ${resultsFile}`);
}
process.exit(code);
