/**
 * The fake cluster for bench/fleet.ts, in a process of its own (so its CPU is not the client's):
 * serves `createFlinkMock` over loopback HTTP, counts the requests it answers, and takes orders
 * from its parent over IPC: `setup` (N running jobs), `cancel` (every job, noting when each one
 * changed), `stats` (requests by route and its own CPU time).
 */
import { createFlinkMock } from "../src/msw/index.js";
import { startHttpServer } from "../src/node/http-server.js";

const port = Number(process.argv[2] ?? 0);
const mock = createFlinkMock();
const counts = new Map<string, number>();
const server = await startHttpServer(
  (request) => {
    const path = new URL(request.url).pathname;
    const route = path === "/jobs/overview" ? path : path.replace(/[0-9a-f]{32}/g, ":id");
    counts.set(route, (counts.get(route) ?? 0) + 1);
    return mock.handle(request);
  },
  { port, host: "127.0.0.1" },
);

type Order = { kind: "setup"; jobs: number } | { kind: "cancel" } | { kind: "stats" } | { kind: "stop" };

process.on("message", (order: Order) => {
  if (order.kind === "setup") {
    const upload = mock.cluster.uploadJar([{ name: "bench.jar", size: 22 }]);
    const jarId = String((upload.body as { filename: string }).filename.split("/").pop());
    for (let i = 0; i < order.jobs; i++) {
      mock.cluster.runJar(jarId, {}, {});
    }
    process.send?.({ kind: "ready", url: server.url, jobIds: [...mock.cluster.jobs.keys()] });
  } else if (order.kind === "cancel") {
    const changedAt: Record<string, number> = {};
    for (const id of mock.cluster.jobs.keys()) {
      mock.cluster.cancelJob(id);
      changedAt[id] = Date.now();
    }
    process.send?.({ kind: "cancelled", changedAt });
  } else if (order.kind === "stats") {
    const cpu = process.cpuUsage();
    process.send?.({ kind: "stats", counts: Object.fromEntries(counts), cpuUs: cpu.user + cpu.system });
  } else if (order.kind === "stop") {
    server.close().then(() => process.exit(0));
  }
});
// Ends with its parent, also when the parent crashed.
process.once("disconnect", () => process.exit(0));
process.send?.({ kind: "listening", url: server.url });
