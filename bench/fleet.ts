/**
 * Many jobs waited on at once: the fleet watcher (every `waitForJob` on a client shares one
 * `GET /jobs/overview` per interval) side by side with per-job polling (one `GET /jobs/{id}/status`
 * per job per interval: what `waitForJob` did before, written here with the same `poll`).
 *
 *   npx tsx bench/fleet.ts fake [--jobs 1000] [--rounds 3] [--seconds 10] [--port 48610]
 *   npx tsx bench/fleet.ts flink --url http://127.0.0.1:48620 --jm-pid <pid> --jar <echo.jar> [--jobs 50]
 *   npx tsx bench/fleet.ts overview [--sizes 1000,2500,5000,10000]
 *
 * Both ways wait with a fixed 1 s interval for every job to be CANCELED. Measured over a steady
 * window while nothing changes: requests per second that reach the server (counted by the client's
 * fetch), the client's CPU time, and the server's (the fake's process, or the JobManager's from
 * /proc); then every job is cancelled and each delay between the job's change (the fake's clock,
 * or Flink's end-time of the job) and its wait returning is recorded.
 */
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createFlinkClient } from "../src/client/create-client.js";
import type { FlinkClient } from "../src/client/flink-client.js";
import { unwrap } from "../src/client/result.js";
import { runJar, uploadJar, waitForJob } from "../src/index.js";
import { poll } from "../src/jobs/poll.js";
import { createFlinkMock } from "../src/msw/index.js";

const INTERVAL_MS = 1000;
const { positionals, values: flags } = parseArgs({
  allowPositionals: true,
  options: {
    jobs: { type: "string" },
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "48610" },
    url: { type: "string" },
    "jm-pid": { type: "string" },
    jar: { type: "string" },
    sizes: { type: "string", default: "1000,2500,5000,10000" },
  },
});

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cpuUs = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

/**
 * At most this many requests in flight per client. Unbounded, 1,000 per-job polls open 1,000
 * connections at once and the server's listen backlog (511) overflows into ECONNRESET.
 */
const IN_FLIGHT = 100;

/** A client whose fetch counts the requests it sends (what reaches the server). */
function countingClient(baseUrl: string): { client: FlinkClient; sent: () => number } {
  let sent = 0;
  let running = 0;
  const queued: Array<() => void> = [];
  const client = createFlinkClient({
    baseUrl,
    // A saturated server answers late, not wrongly: measure that instead of failing the round.
    timeoutMs: 600_000,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      if (running >= IN_FLIGHT) {
        await new Promise<void>((resolve) => queued.push(resolve));
      }
      running++;
      sent++;
      try {
        return await fetch(input, init);
      } finally {
        running--;
        queued.shift()?.();
      }
    },
  });
  return { client, sent: () => sent };
}

/** The per-job poll waitForJob used to do: GET /jobs/{id}/status per job per interval. */
function perJobWait(client: FlinkClient, jobId: string): Promise<string> {
  return poll(
    `job ${jobId}`,
    async () => {
      const result = await client.GET("/jobs/{jobid}/status", { params: { path: { jobid: jobId } } });
      const state = unwrap(result, "GET /jobs/{jobid}/status")?.status;
      return state === "CANCELED" ? { done: true, value: state } : { done: false, state: String(state) };
    },
    { timeoutMs: 0, intervalMs: INTERVAL_MS, maxIntervalMs: INTERVAL_MS },
  );
}

function fleetWait(client: FlinkClient, jobId: string): Promise<string> {
  return waitForJob(client, jobId, {
    until: ["CANCELED"],
    timeoutMs: 0,
    intervalMs: INTERVAL_MS,
    maxIntervalMs: INTERVAL_MS,
  });
}

type Way = "fleet" | "per-job";
interface Round {
  way: Way;
  requestsPerS: number;
  clientCpuMsPerS: number;
  serverCpuMsPerS: number;
  delaysMs: number[];
}

interface Target {
  jobIds: string[];
  client: { client: FlinkClient; sent: () => number };
  serverCpuUs(): Promise<number>;
  /** Cancels every job; resolves to when each one changed (epoch ms). */
  cancelAll(): Promise<Record<string, number>>;
}

/** One round: steady window, then every job cancelled and each delivery timed. */
async function round(way: Way, target: Target, seconds: number): Promise<Round> {
  const { client, sent } = target.client;
  const deliveredAt: Record<string, number> = {};
  const waits = target.jobIds.map((id) =>
    (way === "fleet" ? fleetWait(client, id) : perJobWait(client, id)).then(() => {
      deliveredAt[id] = Date.now();
    }),
  );
  await sleep(2 * INTERVAL_MS); // warm up: every wait has polled at least once
  const [sent0, cpu0, server0, t0] = [sent(), cpuUs(), await target.serverCpuUs(), performance.now()];
  await sleep(seconds * 1000);
  const [sent1, cpu1, server1, t1] = [sent(), cpuUs(), await target.serverCpuUs(), performance.now()];
  const changedAt = await target.cancelAll();
  await Promise.all(waits);
  const s = (t1 - t0) / 1000;
  return {
    way,
    requestsPerS: (sent1 - sent0) / s,
    clientCpuMsPerS: (cpu1 - cpu0) / 1000 / s,
    serverCpuMsPerS: (server1 - server0) / 1000 / s,
    delaysMs: target.jobIds.map((id) => (deliveredAt[id] as number) - (changedAt[id] as number)),
  };
}

function report(rounds: Round[], jobs: number): void {
  const rows = (["per-job", "fleet"] as const).map((way) => {
    const mine = rounds.filter((r) => r.way === way);
    const delays = mine.flatMap((r) => r.delaysMs);
    return {
      way,
      rps: median(mine.map((r) => r.requestsPerS)),
      client: median(mine.map((r) => r.clientCpuMsPerS)),
      server: median(mine.map((r) => r.serverCpuMsPerS)),
      d50: median(delays),
      d99: quantile(delays, 0.99),
      dmax: Math.max(...delays),
      within: delays.filter((d) => d <= INTERVAL_MS).length / delays.length,
    };
  });
  const [perJob, fleet] = rows as [(typeof rows)[0], (typeof rows)[0]];
  console.log(`\n${jobs} jobs, ${rounds.length / 2} rounds per way, interval ${INTERVAL_MS} ms`);
  console.log(
    "| way | requests/s (median) | client CPU ms/s | server CPU ms/s | delay p50 ms | p99 ms | max ms | within one interval |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.way} | ${r.rps.toFixed(1)} | ${r.client.toFixed(1)} | ${r.server.toFixed(1)} | ${r.d50.toFixed(0)} | ${r.d99.toFixed(0)} | ${r.dmax.toFixed(0)} | ${(r.within * 100).toFixed(1)}% |`,
    );
  }
  console.log(
    `| fleet / per-job | ${(fleet.rps / perJob.rps).toFixed(4)}x | ${(fleet.client / perJob.client).toFixed(3)}x | ${(fleet.server / perJob.server).toFixed(3)}x | | | | |`,
  );
  console.log(`raw: ${JSON.stringify(rounds.map(({ delaysMs: _, ...r }) => r))}`);
}

// ---- the fake over loopback HTTP ---------------------------------------------------------------

function ask<T>(child: ChildProcess, order: object | undefined, answer: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (message: { kind: string }) => {
      if (message.kind === answer) {
        child.off("message", on);
        resolve(message as T);
      }
    };
    child.on("message", on);
    if (order) {
      child.send(order);
    }
  });
}

async function fakeRounds(): Promise<void> {
  const jobs = Number(flags.jobs ?? 1000);
  const rounds: Round[] = [];
  for (let i = 0; i < Number(flags.rounds); i++) {
    for (const way of (i % 2 === 0 ? ["per-job", "fleet"] : ["fleet", "per-job"]) as Way[]) {
      const child = fork(fileURLToPath(new URL("fleet-fake-server.ts", import.meta.url)), [flags.port as string], {
        execArgv: ["--import", "tsx"],
      });
      try {
        await ask(child, undefined, "listening");
        const { url, jobIds } = await ask<{ url: string; jobIds: string[] }>(child, { kind: "setup", jobs }, "ready");
        const target: Target = {
          jobIds,
          client: countingClient(url),
          serverCpuUs: async () => (await ask<{ cpuUs: number }>(child, { kind: "stats" }, "stats")).cpuUs,
          cancelAll: async () =>
            (await ask<{ changedAt: Record<string, number> }>(child, { kind: "cancel" }, "cancelled")).changedAt,
        };
        const r = await round(way, target, Number(flags.seconds));
        rounds.push(r);
        console.error(`${way}: ${r.requestsPerS.toFixed(1)} req/s, p50 delay ${median(r.delaysMs).toFixed(0)} ms`);
      } finally {
        child.send({ kind: "stop" });
        await new Promise((r) => child.once("exit", r));
      }
    }
  }
  report(rounds, jobs);
}

// ---- real Flink --------------------------------------------------------------------------------

/** The JobManager's CPU time from /proc (utime + stime, in µs). */
function procCpuUs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks / 100) * 1e6; // USER_HZ is 100 on Linux
}

async function flinkRounds(): Promise<void> {
  const url = flags.url as string;
  const pid = Number(flags["jm-pid"]);
  const jobs = Number(flags.jobs ?? 50);
  const admin = createFlinkClient({ baseUrl: url });
  const { jarId } = await uploadJar(admin, { path: flags.jar as string });
  const rounds: Round[] = [];
  for (let i = 0; i < Number(flags.rounds); i++) {
    for (const way of (i % 2 === 0 ? ["per-job", "fleet"] : ["fleet", "per-job"]) as Way[]) {
      const jobIds: string[] = [];
      for (let j = 0; j < jobs; j++) {
        jobIds.push((await runJar(admin, jarId, { programArgs: ["--job-name", `bench-${j}`] })).jobId);
      }
      await Promise.all(jobIds.map((id) => waitForJob(admin, id, { timeoutMs: 120_000 })));
      const target: Target = {
        jobIds,
        client: countingClient(url),
        serverCpuUs: async () => procCpuUs(pid),
        async cancelAll() {
          await Promise.all(
            jobIds.map(async (id) =>
              unwrap(await admin.PATCH("/jobs/{jobid}", { params: { path: { jobid: id } } }), "PATCH"),
            ),
          );
          // When each job changed, by the JobManager's clock (same machine): its end-time.
          await Promise.all(jobIds.map((id) => waitForJob(admin, id, { until: ["CANCELED"], timeoutMs: 60_000 })));
          const rows = unwrap(await admin.GET("/jobs/overview"), "GET /jobs/overview")?.jobs ?? [];
          return Object.fromEntries(rows.map((r) => [r.jid as string, r["end-time"] as number]));
        },
      };
      const r = await round(way, target, Number(flags.seconds));
      rounds.push(r);
      console.error(`${way}: ${r.requestsPerS.toFixed(1)} req/s, p50 delay ${median(r.delaysMs).toFixed(0)} ms`);
    }
  }
  await admin.DELETE("/jars/{jarid}", { params: { path: { jarid: jarId } } });
  report(rounds, jobs);
}

// ---- the fake's /jobs/overview as the job count grows ------------------------------------------

async function overviewCost(): Promise<void> {
  console.log(
    "| jobs | first call ms (median) | repeated call ms (median) | µs per job, first | µs per job, repeated | bytes |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const size of (flags.sizes as string).split(",").map(Number)) {
    const first: number[] = [];
    const repeated: number[] = [];
    let bytes = 0;
    for (let r = 0; r < 7; r++) {
      const mock = createFlinkMock();
      const upload = mock.cluster.uploadJar([{ name: "bench.jar", size: 22 }]);
      const jarId = String((upload.body as { filename: string }).filename.split("/").pop());
      for (let i = 0; i < size; i++) {
        mock.cluster.runJar(jarId, {}, {});
      }
      // Through the handler, as a request is answered: routing, serializing, the body read.
      const get = async () => {
        const t = performance.now();
        const text = await (await mock.handle(new Request("http://localhost:8081/jobs/overview"))).text();
        bytes = text.length;
        return performance.now() - t;
      };
      first.push(await get());
      const again: number[] = [];
      for (let k = 0; k < 5; k++) {
        again.push(await get());
      }
      repeated.push(median(again));
    }
    const f = median(first);
    const g = median(repeated);
    console.log(
      `| ${size} | ${f.toFixed(1)} | ${g.toFixed(1)} | ${((f * 1000) / size).toFixed(1)} | ${((g * 1000) / size).toFixed(1)} | ${bytes} |`,
    );
  }
}

const mode = positionals[0];
if (mode === "fake") {
  await fakeRounds();
} else if (mode === "flink") {
  await flinkRounds();
} else if (mode === "overview") {
  await overviewCost();
} else {
  console.error("usage: npx tsx bench/fleet.ts fake|flink|overview [options] (see the file's header)");
  process.exitCode = 2;
}
