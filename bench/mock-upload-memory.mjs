/**
 * `node bench/mock-upload-memory.mjs [sizeMiB]`: a jar (default 1 GiB) uploaded with `curl -F` to
 * `flink-rest mock`, which streams uploads to disk, and to the fake cluster served through its msw
 * handlers alone (bench/mock-in-memory.ts: formData(), as the mock did before), alternating, 3 runs
 * each. Reports each server process's peak RSS (VmHWM) and the upload time. Goal: the mock's peak
 * memory does not grow with the jar (under 150 MB for 1 GiB).
 */
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const sizeMiB = Number(process.argv[2] ?? 1024);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const out = (line = "") => process.stdout.write(`${line}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), "flink-mock-upload-bench-"));
let server;
process.once("exit", () => {
  server?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const jar = join(dir, "big.jar");
spawnSync("truncate", ["-s", `${sizeMiB}M`, jar]);

const variants = {
  "flink-rest mock (streams to disk)": ["--import", "tsx", "src/cli/main.ts", "mock", "--port", "0"],
  "msw handlers alone (formData)": ["--import", "tsx", "bench/mock-in-memory.ts"],
};

/** Starts a server, uploads the jar once, and returns its peak RSS and the upload's time. */
async function measure(args) {
  server = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: server.stdout });
  let url;
  for await (const line of lines) {
    const match = /listening on (http:\/\/[^\s]+)/.exec(line);
    if (match) {
      url = match[1];
      break;
    }
  }
  const start = process.hrtime.bigint();
  const curl = spawnSync(
    "curl",
    ["-sS", "-o", "/dev/null", "-w", "%{http_code}", "-F", `jarfile=@${jar}`, `${url}/jars/upload`],
    {
      encoding: "utf8",
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
  const peakKiB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  const exited = once(server, "exit");
  server.kill("SIGTERM");
  await exited;
  server = undefined;
  if (curl.stdout !== "200") {
    throw new Error(`upload answered ${curl.stdout} ${curl.stderr}`);
  }
  return { peakMiB: peakKiB / 1024, seconds };
}

const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(variants)) {
    results[name].push(await measure(args));
  }
}
out(`${sizeMiB} MiB jar, ${runs} runs each, alternating; Node ${process.version}`);
out("| server | median peak RSS MiB | max peak RSS MiB | median upload s |");
out("|---|---|---|---|");
for (const [name, rs] of Object.entries(results)) {
  out(
    `| ${name} | ${median(rs.map((r) => r.peakMiB)).toFixed(0)} | ${Math.max(...rs.map((r) => r.peakMiB)).toFixed(0)} | ${median(rs.map((r) => r.seconds)).toFixed(1)} |`,
  );
}
