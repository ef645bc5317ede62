/**
 * Where the failover suite SIGKILLs the leading JobManager: points (a) to (e) of issue 12, each
 * with a window the delay is drawn from (seeded), and a client whose fetch fires the kill.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { killHaProcess } from "../../scripts/flink/ha-cluster.mjs";
import { createFlinkClient } from "../../src/index.js";

/** mulberry32: a small seeded generator, so a failing round can be replayed with FLINK_HA_SEED. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type PointKey = "a" | "b" | "c" | "d" | "e";

/** What the kill waits for, and the window its delay is drawn from (ms). */
export const killPoints: Record<PointKey, { name: string; windowMs: [number, number] }> = {
  a: { name: "(a) during the upload", windowMs: [0, 40] },
  // The run is held back this long after the kill: it meets the dead leader, the 503s or the new leader.
  b: { name: "(b) between upload and run", windowMs: [0, 3000] },
  // A run answers in 50 to 400 ms on this machine; a later kill lands after the answer (recorded).
  c: { name: "(c) while the run request is in flight", windowMs: [0, 400] },
  // After the 1st to 3rd poll of waitForJob (GET /jobs/overview), plus up to 200 ms.
  d: { name: "(d) while waitForJob polls", windowMs: [0, 200] },
  // After the stop request, or as soon as the savepoint's _metadata is written, whichever is first:
  // later, the job FINISHES and a Flink 2.3 leader that dies then leaves a cluster whose every
  // JobManager crashes on takeover (docs/high-availability.md).
  e: { name: "(e) during stopWithSavepoint", windowMs: [0, 500] },
};

export interface KillStats {
  requests: number;
  afterKill: number;
  /** When the leader was killed (0: not yet). */
  killedAt: number;
  /** The first 2xx answer after the kill: the client's next successful call. */
  firstOkAt: number;
  /** (e): whether the stop's savepoint had its _metadata on disk at the kill. */
  savepointOnDisk?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isRun = (m: string, u: string) => m === "POST" && /\/jars\/[^/]+\/run$/.test(u);

/** Whether a completed savepoint of this job (a savepoint-<jid6>-* directory with _metadata) is on disk. */
export function savepointsOnDisk(savepointDir: string, jobId: string): string[] {
  if (!existsSync(savepointDir)) {
    return [];
  }
  return readdirSync(savepointDir)
    .filter((d) => d.startsWith(`savepoint-${jobId.slice(0, 6)}-`) && existsSync(join(savepointDir, d, "_metadata")))
    .map((d) => join(savepointDir, d));
}

/**
 * A client over both JobManagers, the leader first, whose fetch SIGKILLs the leader (by pid) at
 * `point` after `delayMs`. `armD()` starts point (d)'s count of polls (after the submission).
 */
export function clientKillingLeader(options: {
  port: number;
  urls: string[];
  leader: { url: string; name: "jm-a" | "jm-b" };
  point: PointKey;
  delayMs: number;
  /** (d): kill after this poll (1-based). */
  pollIndex: number;
  savepointDir: string;
}) {
  const { port, leader, point, delayMs } = options;
  const stats: KillStats = { requests: 0, afterKill: 0, killedAt: 0, firstOkAt: 0 };
  let polls = 0;
  let dArmed = false;
  const kill = () => {
    if (stats.killedAt === 0) {
      stats.killedAt = Date.now();
      killHaProcess(port, leader.name, "SIGKILL");
    }
  };
  // A kill still pending when the round's calls are done must land before the checks and the
  // cleanup: one that lands right after a cancel leaves a 2.3 cluster whose takeover crashes.
  let pending: Promise<void> = Promise.resolve();
  const later = (ms: number) => {
    pending = new Promise((resolve) => setTimeout(() => resolve(kill()), ms));
  };
  const watchSavepoint = (jobId: string) => {
    // Polled every 2 ms: the kill must land before the job FINISHES (see killPoints.e).
    const timer = setInterval(() => {
      if (stats.killedAt !== 0) {
        clearInterval(timer);
      } else if (savepointsOnDisk(options.savepointDir, jobId).length > 0) {
        stats.savepointOnDisk = true;
        kill();
        clearInterval(timer);
      }
    }, 2);
    setTimeout(() => clearInterval(timer), delayMs + 10);
  };
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    stats.requests++;
    if (stats.killedAt > 0) {
      stats.afterKill++;
    }
    if (stats.killedAt === 0 && point === "b" && isRun(method, url)) {
      kill();
      await sleep(delayMs);
    }
    const sent = globalThis.fetch(input, init);
    if (stats.killedAt === 0) {
      if (point === "a" && method === "POST" && url.endsWith("/jars/upload")) {
        later(delayMs);
      } else if (point === "c" && isRun(method, url)) {
        later(delayMs);
      } else if (point === "d" && dArmed && method === "GET" && url.endsWith("/jobs/overview")) {
        polls++;
        if (polls === options.pollIndex) {
          later(delayMs);
        }
      } else if (point === "e" && method === "POST" && /\/jobs\/[0-9a-f]{32}\/stop$/.test(url)) {
        watchSavepoint(url.split("/jobs/")[1]?.slice(0, 32) ?? "");
        pending = new Promise((resolve) =>
          setTimeout(() => {
            if (stats.killedAt === 0) {
              stats.savepointOnDisk = savepointsOnDisk(options.savepointDir, url.split("/jobs/")[1] ?? "").length > 0;
              kill();
            }
            resolve();
          }, delayMs),
        );
      }
    }
    const response = await sent;
    if (stats.killedAt > 0 && stats.firstOkAt === 0 && response.ok) {
      stats.firstOkAt = Date.now();
    }
    return response;
  };
  const urls = [leader.url, ...options.urls.filter((u) => u !== leader.url)];
  const flink = createFlinkClient({ baseUrl: urls, fetch: fetcher as typeof fetch, timeoutMs: 90_000 });
  return {
    flink,
    stats,
    armD: () => {
      dArmed = true;
    },
    /** Kills the leader now (when the point's request did not come: a wait that ended early). */
    killNow: kill,
    /** Resolves once a scheduled kill has happened (at once when none is scheduled). */
    settled: () => pending,
  };
}
