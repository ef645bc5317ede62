/**
 * Failover on a real ZooKeeper HA cluster (scripts/flink/ha-cluster.mjs): the leading JobManager
 * is SIGKILLed by pid at each point of a submission (test/ha/kill-points.ts), FLINK_HA_ROUNDS times
 * per point with a delay drawn from the point's window (seeded: FLINK_HA_SEED, printed), and each
 * round must end within its deadline with exactly one job of the submission's unique name,
 * RUNNING on the new leader, or a typed error that says what exists. Every round records the time
 * from the kill to the client's next successful call and to its result: the figures of
 * docs/high-availability.md (.cache/ha-failover-results.json; `node scripts/flink/ha-soak.mjs`
 * runs many rounds and prints the summary).
 *
 * FLINK_HA_VERSION (default: the newest cluster line), FLINK_HA_PORT (default 28300; uses 5 ports),
 * FLINK_HA_ROUNDS (default 1), FLINK_HA_SEED (default: random).
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
  FlinkOperationLostError,
  stopWithSavepoint,
  submitJar,
  waitForJob,
} from "../../src/index.js";
import { echoJobJar } from "../support/flink-cluster.js";
import { clientKillingLeader, killPoints, type PointKey, savepointsOnDisk, seededRandom } from "./kill-points.js";

const version = process.env.FLINK_HA_VERSION ?? (supportedLines().at(-1) as string);
const port = Number(process.env.FLINK_HA_PORT ?? 28300);
const rounds = Number(process.env.FLINK_HA_ROUNDS ?? 1);
const seed = Number(process.env.FLINK_HA_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** A round (both JobManagers up, a submission through a failover, the checks) must end within this. */
const ROUND_DEADLINE_MS = 300_000;
console.log(`failover suite: Flink ${version}, ${rounds} round(s) per kill point, FLINK_HA_SEED=${seed}`);
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
      // As production jobs have (with checkpointing on, Flink's default restarts): without one, a
      // task that loses its slot during the failover fails the recovered job for good (seen once in
      // 32 rounds on 2.3: "TaskExecutor ... has no more allocated slots for job").
      "restart-strategy.type": "fixed-delay",
      "restart-strategy.fixed-delay.attempts": "10",
      "restart-strategy.fixed-delay.delay": "1 s",
    },
  });
});
afterAll(async () => {
  // Only a cluster this run started (another run's on the same port is left alone).
  if (cluster) {
    const file = join(runsDir, "..", "ha-failover-results.json");
    writeFileSync(file, JSON.stringify({ version: cluster.version, rounds, seed, results }, null, 2));
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

async function jobsNamed(flink: FlinkClient, name: string): Promise<Array<{ jid: string; state: string }>> {
  const { data } = await flink.GET("/jobs/overview", { timeoutMs: 30_000 });
  return (data?.jobs ?? [])
    .filter((j) => j.name === name)
    .map((j) => ({ jid: j.jid as string, state: j.state as string }));
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

const cancel = (flink: FlinkClient, jobId: string) =>
  flink.PATCH("/jobs/{jobid}", { params: { path: { jobid: jobId }, query: { mode: "cancel" } } }).catch(() => {});

/**
 * One round at one point: a submission (and for (e) a stop) with the leader killed in the
 * point's window; then exactly one job of the submission's unique name, RUNNING (or FINISHED
 * after a stop), or a typed error that says what exists.
 */
async function round(point: PointKey, index: number, delayMs: number, pollIndex: number) {
  const started = Date.now();
  const leader = await bothUp();
  const savepointDir = join(cluster.runDir, "savepoints");
  const { flink, stats, armD, killNow, settled } = clientKillingLeader({
    port,
    urls: cluster.urls,
    leader: { url: leader.leader, name: leader.name },
    point,
    delayMs,
    pollIndex,
    savepointDir,
  });
  // Unique per submission: the job list is counted by it (a second job would have another id).
  const jobName = `ha-${seed}-r${index}-${point}`;
  const record: Record<string, unknown> = { point, round: index, delayMs, ...(point === "d" ? { pollIndex } : {}) };
  let jobId: string | undefined;
  let outcome = "one job RUNNING";
  try {
    const submitted = await submitJar(
      flink,
      { path: jar },
      { validation: "off", programArgs: ["--job-name", jobName], timeoutMs: 120_000 },
    ).catch((error: unknown) => error as FlinkError);
    if (submitted instanceof Error) {
      // A typed error must say what exists: the job id it chose and whether the run was sent.
      expect(submitted).toBeInstanceOf(FlinkError);
      expect(submitted.submission?.jobId).toMatch(/^[0-9a-f]{32}$/);
      jobId = submitted.submission?.jobId;
      outcome = `${submitted.name} (runRequestSent ${submitted.submission?.runRequestSent})`;
      // What exists must be what the error says: no job, or one job with its id after a sent run.
      const jobs = await jobsNamed(flink, jobName);
      record.jobs = jobs.length;
      expect(jobs.length <= 1 && (jobs.length === 0 || submitted.submission?.runRequestSent === true)).toBe(true);
      expect(jobs.map((j) => j.jid)).toEqual(jobs.length === 0 ? [] : [jobId]);
      expect(stats.killedAt).toBeGreaterThan(0);
      record.passed = true;
      return;
    }
    jobId = submitted.jobId;
    armD();
    let state = await waitForJob(flink, jobId as string, { tasksRunning: true, timeoutMs: 120_000 }).catch(
      (error: Error) => error,
    );
    if (point !== "d" && point !== "e" && !(state instanceof Error) && stats.killedAt === 0) {
      // The submission and the wait ended before the drawn delay: the kill lands on the running job.
      record.killedAfterResult = true;
      await settled();
      state = await waitForJob(flink, jobId as string, { tasksRunning: true, timeoutMs: 120_000 }).catch(
        (error: Error) => error,
      );
    }
    if (point === "d" && stats.killedAt === 0 && !(state instanceof Error)) {
      // The wait saw the tasks running before the drawn poll: kill now and wait through the failover.
      record.killedBeforeSecondWait = true;
      killNow();
      state = await waitForJob(flink, jobId as string, { tasksRunning: true, timeoutMs: 120_000 }).catch(
        (error: Error) => error,
      );
    }
    if (point === "e" && !(state instanceof Error)) {
      const stopped = await stopWithSavepoint(flink, jobId as string, { timeoutMs: 120_000 }).catch(
        (error: Error) => error,
      );
      outcome = await judgeStop(flink, jobId as string, stopped, savepointDir);
    } else if (state instanceof Error) {
      throw state;
    }
    record.doneMs = Date.now() - (stats.killedAt || started);
    // The kill must have happened at this point, or the round proves nothing.
    expect(stats.killedAt).toBeGreaterThan(0);
    const jobs = await jobsNamed(flink, jobName);
    record.jobs = jobs.length;
    expect(jobs.map((j) => j.jid)).toEqual([jobId]);
    if (point !== "e") {
      expect(await waitForJob(flink, jobId as string, { timeoutMs: 120_000 })).toBe("RUNNING");
    }
    const now = await leaderUrl(cluster);
    record.newLeader = now !== leader.leader;
    expect(now).not.toBe(leader.leader);
    record.passed = true;
  } finally {
    await settled();
    record.outcome = outcome;
    record.firstOkMs = stats.firstOkAt ? stats.firstOkAt - stats.killedAt : undefined;
    record.requests = stats.requests;
    record.afterKill = stats.afterKill;
    if (stats.savepointOnDisk !== undefined) {
      record.savepointOnDisk = stats.savepointOnDisk;
    }
    record.roundMs = Date.now() - started;
    results.push(record);
    if (jobId) {
      await cancel(createFlinkClient({ baseUrl: cluster.urls, timeoutMs: 30_000 }), jobId);
    }
  }
}

/**
 * (e)'s outcome: a savepoint on disk and the job FINISHED, or FlinkOperationLostError naming the
 * job, whose pattern matches any savepoint of the job on disk, and the job recovered RUNNING
 * (FINISHED only when it says the savepoint completed).
 */
async function judgeStop(
  flink: FlinkClient,
  jobId: string,
  stopped: Error | { location: string },
  savepointDir: string,
): Promise<string> {
  const onDisk = savepointsOnDisk(savepointDir, jobId);
  // Flink writes file:/x for the file:///x it was configured with: compare plain paths.
  const plain = (uri: string) => uri.replace(/^file:\/*/, "/");
  if (!(stopped instanceof Error)) {
    expect(onDisk).toContain(plain(stopped.location));
    expect(await waitForJob(flink, jobId, { until: ["FINISHED"], timeoutMs: 60_000 })).toBe("FINISHED");
    return "savepoint, job FINISHED";
  }
  expect(stopped).toBeInstanceOf(FlinkOperationLostError);
  const lost = stopped as FlinkOperationLostError;
  expect(lost.jobId).toBe(jobId);
  const pattern = plain(lost.savepointPattern ?? "");
  expect(pattern).toBe(`${savepointDir}/savepoint-${jobId.slice(0, 6)}-*`);
  for (const dir of onDisk) {
    expect(dir.startsWith(pattern.slice(0, -1))).toBe(true);
  }
  const until = lost.savepointCompleted ? (["FINISHED"] as const) : (["RUNNING"] as const);
  expect(await waitForJob(flink, jobId, { until, timeoutMs: 120_000 })).toBe(until[0]);
  return `FlinkOperationLostError (job ${lost.jobState}, savepoint on disk: ${onDisk.length > 0})`;
}

describe(`failover on a Flink ${version} HA cluster, ${rounds} round(s) per point, seed ${seed}`, () => {
  const random = seededRandom(seed);
  for (let r = 1; r <= rounds; r++) {
    for (const point of ["a", "b", "c", "d", "e"] as const) {
      const [low, high] = killPoints[point].windowMs;
      const delayMs = Math.round(low + random() * (high - low));
      const pollIndex = 1 + Math.floor(random() * 3);
      // The deadline of a round: past it, the round counts as a hang.
      it(
        `round ${r}: the leader SIGKILLed ${killPoints[point].name} after ${delayMs} ms: one job, or a typed error saying what exists`,
        () => round(point, r, delayMs, pollIndex),
        ROUND_DEADLINE_MS,
      );
    }
  }

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
