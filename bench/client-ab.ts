/**
 * createFlinkClient before and after a change, side by side in one process with bare openapi-fetch
 * (the order rotated each round; medians): run from the checkout with the change, naming the
 * other checkout (e.g. a worktree of main).
 *   BEFORE=/work/main npx tsx bench/client-ab.ts          # loopback server, as bench/run.ts
 *   BEFORE=/work/main NET=0 npx tsx bench/client-ab.ts    # in-memory fetch: the layers' own cost in µs
 * ROUNDS and REQUESTS set the rounds and the requests per round.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { createFlinkClient } from "../src/client/create-client.js";

const before = process.env.BEFORE;
if (!before) {
  throw new Error("BEFORE=<the other checkout's directory> is required");
}
const old = (await import(pathToFileURL(resolve(before, "src/client/create-client.ts")).href)) as {
  createFlinkClient: typeof createFlinkClient;
};
const net = process.env.NET !== "0";
const body = new TextEncoder().encode(
  JSON.stringify({
    jobs: Array.from({ length: 4 }, (_, i) => ({
      jid: `${i}`.padStart(32, "0"),
      name: `job-${i}`,
      state: "RUNNING",
      "start-time": 1700000000000,
      "end-time": -1,
      duration: 1234,
      "last-modification": 1700000000000,
      tasks: { total: 2, running: 2 },
    })),
  }),
);
const inMemory = async () =>
  new Response(body, {
    status: 200,
    headers: { "content-type": "application/json", "content-length": String(body.length) },
  });
let url = "http://127.0.0.1:1";
let child: ChildProcess | undefined;
if (net) {
  child = spawn(process.execPath, [new URL("./json-server.mjs", import.meta.url).pathname], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(createInterface({ input: child.stdout as NodeJS.ReadableStream }), "line")) as [string];
  url = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;
}
const fetchOption = net ? {} : { fetch: inMemory };
const bare = createClient<paths>({ baseUrl: url, ...fetchOption });
const was = old.createFlinkClient({ baseUrl: url, ...fetchOption });
const now = createFlinkClient({ baseUrl: url, ...fetchOption });
const variants: Record<string, () => Promise<unknown>> = {
  "openapi-fetch (bare)": async () => (await bare.GET("/jobs/overview")).data,
  "createFlinkClient before": async () => (await was.GET("/jobs/overview")).data,
  "createFlinkClient after": async () => (await now.GET("/jobs/overview")).data,
};
const names = Object.keys(variants);
const rounds = Number(process.env.ROUNDS ?? 21);
const requests = Number(process.env.REQUESTS ?? (net ? 500 : 3000));
const wall = new Map(names.map((n) => [n, [] as number[]]));
const cpu = new Map(names.map((n) => [n, [] as number[]]));
for (const run of Object.values(variants)) {
  for (let i = 0; i < 1000; i++) {
    await run();
  }
}
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(r + k) % names.length] as string;
    const run = variants[name] as () => Promise<unknown>;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < requests; i++) {
      await run();
    }
    const used = process.cpuUsage(cpuStart);
    wall.get(name)?.push(((performance.now() - start) * 1000) / requests);
    cpu.get(name)?.push((used.user + used.system) / requests);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const bareWall = median(wall.get(names[0] as string) ?? []);
const bareCpu = median(cpu.get(names[0] as string) ?? []);
process.stdout.write(
  `${net ? "loopback server" : "in-memory fetch"}, ${requests} requests x ${rounds} rounds\n\n| client | median wall µs | vs bare | median client CPU µs | CPU vs bare |\n|---|---|---|---|---|\n`,
);
for (const name of names) {
  const w = median(wall.get(name) ?? []);
  const c = median(cpu.get(name) ?? []);
  process.stdout.write(
    `| ${name} | ${w.toFixed(1)} | ${(w / bareWall).toFixed(3)}x | ${c.toFixed(1)} | ${(c / bareCpu).toFixed(3)}x |\n`,
  );
}
if (child) {
  child.kill("SIGTERM");
  await once(child, "exit");
}
