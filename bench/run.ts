/**
 * `npm run bench`: side-by-side measurements in one run (median of rounds, ratios printed).
 *  1. Per-request cost on loopback: plain fetch(url) vs bare openapi-fetch vs createFlinkClient.
 *  2. resolveRunConfiguration as the configuration grows from 10 to 100,000 keys.
 * The machine is shared and noisy: read the medians and the ratios, not single numbers.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { createFlinkClient } from "../src/client/create-client.js";
import { resolveRunConfiguration } from "../src/run/resolve.js";

const out = (line = "") => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function startServer(): Promise<{ child: ChildProcess; url: string; bytes: number }> {
  const child = spawn(process.execPath, [new URL("./json-server.mjs", import.meta.url).pathname], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = () => child.kill("SIGTERM");
  process.once("exit", stop);
  const [line] = (await once(createInterface({ input: child.stdout as NodeJS.ReadableStream }), "line")) as [string];
  const { port, bytes } = JSON.parse(line) as { port: number; bytes: number };
  return { child, url: `http://127.0.0.1:${port}`, bytes };
}

async function clientOverhead(rounds: number, requests: number): Promise<void> {
  const server = await startServer();
  try {
    const bare = createClient<paths>({ baseUrl: server.url });
    const ours = createFlinkClient({ baseUrl: server.url });
    const variants: Record<string, () => Promise<unknown>> = {
      "fetch(url)": async () => (await fetch(`${server.url}/jobs/overview`)).json(),
      "openapi-fetch (bare)": async () => (await bare.GET("/jobs/overview")).data,
      createFlinkClient: async () => (await ours.GET("/jobs/overview")).data,
    };
    const names = Object.keys(variants);
    const samples = new Map(names.map((n) => [n, [] as number[]]));
    const cpu = new Map(names.map((n) => [n, [] as number[]]));
    for (const run of Object.values(variants)) {
      for (let i = 0; i < 300; i++) {
        await run(); // warm up connections and JIT
      }
    }
    for (let r = 0; r < rounds; r++) {
      // Rotate the order each round so that no variant always runs first or last.
      for (let k = 0; k < names.length; k++) {
        const name = names[(r + k) % names.length] as string;
        const run = variants[name] as () => Promise<unknown>;
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        for (let i = 0; i < requests; i++) {
          await run();
        }
        const used = process.cpuUsage(cpuStart);
        samples.get(name)?.push(((performance.now() - start) * 1000) / requests);
        cpu.get(name)?.push((used.user + used.system) / requests);
      }
    }
    const base = median(samples.get("fetch(url)") ?? []);
    const bareMedian = median(samples.get("openapi-fetch (bare)") ?? []);
    const bareCpu = median(cpu.get("openapi-fetch (bare)") ?? []);
    out(
      `### Client overhead (GET /jobs/overview, ${server.bytes} B JSON, loopback, ${requests} requests x ${rounds} rounds)\n`,
    );
    out("Wall time per request, and the client process's CPU time per request (the server runs in its own process).\n");
    out(
      "| client | median wall µs | vs fetch(url) | vs bare openapi-fetch | median client CPU µs | CPU vs bare openapi-fetch |",
    );
    out("|---|---|---|---|---|---|");
    for (const name of names) {
      const m = median(samples.get(name) ?? []);
      const c = median(cpu.get(name) ?? []);
      const row = [
        name,
        m.toFixed(1),
        `${(m / base).toFixed(3)}x`,
        `${(m / bareMedian).toFixed(3)}x`,
        c.toFixed(1),
        `${(c / bareCpu).toFixed(3)}x`,
      ];
      out(`| ${row.join(" | ")} |`);
    }
  } finally {
    server.child.kill("SIGTERM");
    await once(server.child, "exit");
  }
}

function resolverScaling(rounds: number): void {
  out("\n### resolveRunConfiguration as the configuration grows (half cluster, half request keys)\n");
  out("| keys | median ms | µs per key |");
  out("|---|---|---|");
  for (const size of [10, 100, 1000, 10_000, 100_000]) {
    const cluster: Record<string, string> = {};
    const request: Record<string, string> = {};
    for (let i = 0; i < size; i++) {
      (i % 2 ? cluster : request)[`bench.group${i % 97}.key-${i}`] = `value-${i}`;
    }
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      resolveRunConfiguration({ flinkVersion: "2.3", clusterConfig: cluster, body: { flinkConfiguration: request } });
      times.push(performance.now() - start);
    }
    const m = median(times);
    out(`| ${size.toLocaleString("en")} | ${m.toFixed(2)} | ${((m * 1000) / size).toFixed(2)} |`);
  }
}

out(`Node ${process.version}, ${new Date().toISOString()}\n`);
await clientOverhead(Number(process.env.BENCH_ROUNDS ?? 7), Number(process.env.BENCH_REQUESTS ?? 3000));
resolverScaling(Number(process.env.BENCH_RESOLVER_ROUNDS ?? 7));
