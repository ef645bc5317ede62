/**
 * Failover on a real ZooKeeper HA cluster (scripts/flink/ha-cluster.mjs): the leading JobManager
 * is SIGKILLed by pid at each point of a submission, and each case ends with exactly one job for
 * the submission, RUNNING, or a typed error that says what exists. Every case records the time
 * from the kill to the client's success and the requests it sent: the figures of
 * docs/high-availability.md (written to .cache/ha-failover-results.json).
 *
 * FLINK_HA_VERSION (default: the newest cluster line), FLINK_HA_PORT (default 28300; uses 5 ports).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runsDir, stopCluster, supportedLines } from "../../scripts/flink/cluster.mjs";
import {
  type HaClusterState,
  haLogTail,
  killHaProcess,
  leaderUrl,
  restartHaProcess,
  startHaCluster,
} from "../../scripts/flink/ha-cluster.mjs";
import {
  createFlinkClient,
  type FlinkClient,
  FlinkError,
  stopWithSavepoint,
  submitJar,
  waitForJob,
} from "../../src/index.js";
import { echoJobJar } from "../support/flink-cluster.js";

const version = process.env.FLINK_HA_VERSION ?? (supportedLines().at(-1) as string);
const port = Number(process.env.FLINK_HA_PORT ?? 28300);
let cluster: HaClusterState;
let jar: string;
const results: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  jar = await echoJobJar();
  cluster = await startHaCluster({
    version,
    port,
    conf: {
      // Failover takes as long as ZooKeeper's session of the dead leader: 8 s instead of 40 s.
      "high-availability.zookeeper.client.session-timeout": "8 s",
      // A request sent in the first seconds after the leader's death waits for web.timeout (default 10 min).
      "web.timeout": "10 s",
    },
  });
});
afterAll(async () => {
  // Only a cluster this run started (another run's on the same port is left alone).
  if (cluster) {
    writeFileSync(join(runsDir, "..", "ha-failover-results.json"), JSON.stringify({ version, results }, null, 2));
    await stopCluster(port);
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Both JobManagers up (a killed one restarted), and which leads. */
async function bothUp(): Promise<{ leader: string; name: "jm-a" | "jm-b" }> {
  for (const name of ["jm-a", "jm-b"] as const) {
    if (killHaProcess(port, name, 0 as unknown as NodeJS.Signals) === undefined) {
      restartHaProcess(port, name);
    }
  }
  const deadline = Date.now() + 180_000;
  for (;;) {
    const up = await Promise.all(
      cluster.urls.map((url) =>
        fetch(`${url}/overview`, { signal: AbortSignal.timeout(3000) })
          .then(async (r) => r.ok && ((await r.json()) as { "slots-total": number })["slots-total"] > 0)
          .catch(() => false),
      ),
    );
    const leader = up.every(Boolean) ? await leaderUrl(cluster) : undefined;
    if (leader) {
      return { leader, name: leader === cluster.urls[0] ? "jm-a" : "jm-b" };
    }
    if (Date.now() > deadline) {
      throw new Error(`the HA cluster did not recover: ${haLogTail(cluster, 20)}`);
    }
    await sleep(500);
  }
}

/** A client over both JobManagers, the leader first, whose fetch kills the leader when `when` matches a request. */
function clientKillingLeader(
  leader: { leader: string; name: "jm-a" | "jm-b" },
  when: (method: string, url: string) => boolean,
  delayMs: number,
) {
  const stats = { requests: 0, killedAt: 0, afterKill: 0 };
  const urls = [leader.leader, ...cluster.urls.filter((u) => u !== leader.leader)];
  const fetcher = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    stats.requests++;
    if (stats.killedAt > 0) {
      stats.afterKill++;
    }
    if (stats.killedAt === 0 && delayMs < 0 && when(method, url)) {
      // Killed before this request is sent: the request meets a dead JobManager.
      stats.killedAt = Date.now();
      killHaProcess(port, leader.name, "SIGKILL");
      return sleep(300).then(() => globalThis.fetch(input, init));
    }
    const sent = globalThis.fetch(input, init);
    if (stats.killedAt === 0 && when(method, url)) {
      stats.killedAt = Date.now() + delayMs;
      setTimeout(() => killHaProcess(port, leader.name, "SIGKILL"), delayMs);
    }
    return sent;
  };
  const flink = createFlinkClient({ baseUrl: urls, fetch: fetcher as typeof fetch, timeoutMs: 90_000 });
  return { flink, stats };
}

async function jobIds(flink: FlinkClient): Promise<Array<{ jid: string; state: string }>> {
  const { data } = await flink.GET("/jobs/overview");
  return (data?.jobs ?? []).map((j) => ({ jid: j.jid as string, state: j.state as string }));
}

/** Exactly one new job since `before`: the submission's, RUNNING. Cancels it afterwards. */
async function exactlyOneRunning(flink: FlinkClient, before: Set<string>, jobId: string) {
  expect(await waitForJob(flink, jobId, { timeoutMs: 120_000 })).toBe("RUNNING");
  const added = (await jobIds(flink)).filter((j) => !before.has(j.jid));
  expect(added.map((j) => j.jid)).toEqual([jobId]);
  await flink.PATCH("/jobs/{jobid}", { params: { path: { jobid: jobId }, query: { mode: "cancel" } } });
}

const killPoints: Array<[string, (method: string, url: string) => boolean, number]> = [
  ["(a) during the upload", (m, u) => m === "POST" && u.endsWith("/jars/upload"), 5],
  ["(b) between upload and run", (m, u) => m === "POST" && u.endsWith("/run"), -1],
  ["(c) while the run request is in flight", (m, u) => m === "POST" && u.endsWith("/run"), 400],
  ["(d) while waitForJob polls", (m, u) => m === "GET" && /\/jobs\/[0-9a-f]{32}\/status$/.test(u), 0],
];

describe(`failover on a Flink ${version} HA cluster`, () => {
  for (const [name, when, delay] of killPoints) {
    it(`given the leader SIGKILLed ${name}, then one job, RUNNING`, async () => {
      const leader = await bothUp();
      const { flink, stats } = clientKillingLeader(leader, when, delay);
      const before = new Set((await jobIds(flink)).map((j) => j.jid));
      const result = await submitJar(flink, { path: jar }, { validation: "off" });
      await waitForJob(flink, result.jobId, { tasksRunning: true, timeoutMs: 120_000 });
      const done = Date.now();
      await exactlyOneRunning(flink, before, result.jobId);
      results.push({ case: name, killToSuccessMs: stats.killedAt ? done - stats.killedAt : undefined, ...stats });
    });
  }

  it("given the leader SIGKILLed during stopWithSavepoint, then a savepoint and a stopped job, or a typed error naming the job, which runs", async () => {
    const leader = await bothUp();
    const { flink, stats } = clientKillingLeader(
      leader,
      (m, u) => m === "GET" && /\/savepoints\/[0-9a-f]{32}$/.test(u),
      0,
    );
    const { jobId } = await submitJar(flink, { path: jar }, { validation: "off" });
    await waitForJob(flink, jobId, { tasksRunning: true, timeoutMs: 120_000 });
    const outcome: Error | { location: string } = await stopWithSavepoint(flink, jobId, { timeoutMs: 120_000 }).catch(
      (e: Error) => e,
    );
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(FlinkError);
      expect(outcome.message).toContain(jobId);
      expect(await waitForJob(flink, jobId, { timeoutMs: 120_000 })).toBe("RUNNING");
      await flink.PATCH("/jobs/{jobid}", { params: { path: { jobid: jobId }, query: { mode: "cancel" } } });
    } else {
      expect(outcome.location).toMatch(/savepoint/);
    }
    results.push({
      case: "(e) during stopWithSavepoint",
      outcome: outcome instanceof Error ? outcome.name : "savepoint",
      ...stats,
    });
  });

  it("given a JobManager whose REST port refuses, then the submission goes to another, one job", async () => {
    await bothUp();
    const flink = createFlinkClient({ baseUrl: [`http://127.0.0.1:${port + 5}`, ...cluster.urls], timeoutMs: 60_000 });
    const before = new Set((await jobIds(flink)).map((j) => j.jid));
    const { jobId } = await submitJar(flink, { path: jar }, { validation: "off" });
    await exactlyOneRunning(flink, before, jobId);
  });

  it("given ZooKeeper down for 10 s during a submission, then the client waits the election out: one job, RUNNING", async () => {
    await bothUp();
    const flink = createFlinkClient({ baseUrl: cluster.urls, timeoutMs: 120_000 });
    const before = new Set((await jobIds(flink)).map((j) => j.jid));
    killHaProcess(port, "zk", "SIGKILL");
    const killed = Date.now();
    const restart = sleep(10_000).then(() => restartHaProcess(port, "zk"));
    const { jobId } = await submitJar(flink, { path: jar }, { validation: "off", timeoutMs: 120_000 });
    await restart;
    results.push({ case: "ZooKeeper down 10 s", killToSuccessMs: Date.now() - killed });
    await exactlyOneRunning(flink, before, jobId);
  });
});
