/**
 * The contract cases of the fleet watcher: what it relies on in `GET /jobs/overview` (ended jobs
 * stay listed, `last-modification` moves with the state, task counts), checked on real Flink and
 * the fake alike, and that waits and a watch on one client send nothing but that one request.
 */
import { expect } from "vitest";
import { createFlinkClient } from "../../src/client/create-client.js";
import { cancelJob } from "../../src/jobs/cancel.js";
import { waitForJob } from "../../src/jobs/wait.js";
import { type JobChange, watchJobs } from "../../src/jobs/watch-jobs.js";
import type { ContractCase } from "./cases.js";

export const FLEET_CASES: readonly ContractCase[] = [
  {
    name: "fleet: waits and a watch on one client send only GET /jobs/overview; ended jobs stay listed, and last-modification is when the state changed",
    timeoutMs: 120_000,
    async run(ctx) {
      const sent: string[] = [];
      const client = createFlinkClient({ baseUrl: ctx.target.url, timeoutMs: 60_000 });
      client.use({
        onRequest({ request }) {
          sent.push(`${request.method} ${new URL(request.url).pathname.replace(/[0-9a-f]{32}/g, "{id}")}`);
        },
      });
      const runs = await Promise.all([1, 2, 3].map((i) => ctx.run({ programArgsList: ["--job-name", `fleet-${i}`] })));
      const ids = runs.map((r) => r.jobId as string);
      const changes: JobChange[] = [];
      const controller = new AbortController();
      const watching = (async () => {
        for await (const change of watchJobs(client, { intervalMs: 200, existing: false, signal: controller.signal })) {
          changes.push(change);
        }
      })().catch(() => undefined);
      expect(
        await Promise.all(ids.map((id) => waitForJob(client, id, { tasksRunning: true, timeoutMs: 60_000 }))),
      ).toEqual(["RUNNING", "RUNNING", "RUNNING"]);
      const cancelled = Promise.all(
        ids.map((id) => waitForJob(client, id, { until: ["CANCELED"], timeoutMs: 60_000 })),
      );
      for (const id of ids) {
        await cancelJob(ctx.client, id, { wait: false });
      }
      expect(await cancelled).toEqual(["CANCELED", "CANCELED", "CANCELED"]);
      await new Promise((resolve) => setTimeout(resolve, 600));
      controller.abort();
      await watching;
      expect(new Set(sent)).toEqual(new Set(["GET /jobs/overview"]));
      const ends = changes.filter((c) => c.kind === "state" && c.state === "CANCELED" && ids.includes(c.jobId));
      expect(ends.map((c) => c.jobId).sort()).toEqual([...ids].sort());
      const overview = (await ctx.client.GET("/jobs/overview")).data?.jobs ?? [];
      for (const change of ends) {
        if (change.kind !== "state") {
          continue;
        }
        const row = overview.find((j) => j.jid === change.jobId);
        expect(row?.state).toBe("CANCELED");
        // The change was seen after Flink made it, within a poll interval and a request's time.
        expect(change.changedAt).toBe(row?.["last-modification"]);
        expect(change.seenAt).toBeGreaterThanOrEqual(change.changedAt as number);
        expect(change.seenAt - (change.changedAt as number)).toBeLessThan(5_000);
      }
    },
  },
];
