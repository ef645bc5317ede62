/**
 * A focused loop for profiling the per-request cost of one client (bench/run.ts compares them):
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/client-profile.ts [variant] [requests]
 *   node bench/cpuprofile-summary.mjs /tmp/prof/*.cpuprofile
 * Variants: bare (openapi-fetch), ours (createFlinkClient), ours-no-deadline (timeoutMs 0).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { createFlinkClient } from "../src/client/create-client.js";

const variant = process.argv[2] ?? "ours";
const requests = Number(process.argv[3] ?? 20_000);
const child: ChildProcess = spawn(process.execPath, [new URL("./json-server.mjs", import.meta.url).pathname], {
  stdio: ["ignore", "pipe", "inherit"],
});
const [line] = (await once(createInterface({ input: child.stdout as NodeJS.ReadableStream }), "line")) as [string];
const url = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;
const bare = createClient<paths>({ baseUrl: url });
const ours = createFlinkClient({ baseUrl: url });
const oursNoDeadline = createFlinkClient({ baseUrl: url, timeoutMs: 0 });
const runs: Record<string, () => Promise<unknown>> = {
  bare: async () => (await bare.GET("/jobs/overview")).data,
  ours: async () => (await ours.GET("/jobs/overview")).data,
  "ours-no-deadline": async () => (await oursNoDeadline.GET("/jobs/overview")).data,
};
const run = runs[variant];
if (!run) {
  throw new Error(`unknown variant ${variant}; one of ${Object.keys(runs).join(", ")}`);
}
for (let i = 0; i < 500; i++) {
  await run();
}
const start = performance.now();
const cpu = process.cpuUsage();
for (let i = 0; i < requests; i++) {
  await run();
}
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${variant}: ${(((performance.now() - start) * 1000) / requests).toFixed(1)} µs wall, ${((used.user + used.system) / requests).toFixed(1)} µs CPU per request\n`,
);
child.kill("SIGTERM");
await once(child, "exit");
