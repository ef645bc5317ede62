/**
 * `npx tsx bench/upload.ts [sizeMiB]`: a 1 GiB jar uploaded to a local byte-counting server by the
 * SDK (uploadJar) and by `curl -F`, alternating, 5 runs each: wall time, throughput and peak RSS.
 * Goals: SDK peak memory under 150 MB, throughput at least 0.9x curl's.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { build } from "esbuild";

const out = (line = "") => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const sizeMiB = Number(process.argv[2] ?? 1024);
const runs = Number(process.env.BENCH_RUNS ?? 5);

const dir = mkdtempSync(join(tmpdir(), "flink-upload-bench-"));
let server: ChildProcess | undefined;
const cleanup = () => {
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
};
process.once("exit", cleanup);
try {
  const jar = join(dir, "big.jar");
  execFileSync("truncate", ["-s", `${sizeMiB}M`, jar]);
  const client = join(dir, "upload-client.mjs");
  await build({
    entryPoints: [new URL("./upload-client.ts", import.meta.url).pathname],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: client,
    logLevel: "error",
  });
  server = spawn(process.execPath, [new URL("./count-server.mjs", import.meta.url).pathname], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(createInterface({ input: server.stdout as NodeJS.ReadableStream }), "line")) as [string];
  const url = `http://127.0.0.1:${JSON.parse(line).port}`;

  /** Runs a command under GNU time: wall seconds and peak RSS (KB) of that process. */
  const measure = (command: string, args: string[]) => {
    const started = performance.now();
    const result = spawnSync("/usr/bin/time", ["-f", "TIME %M", command, ...args], { encoding: "utf8" });
    const seconds = (performance.now() - started) / 1000;
    const rss = /TIME (\d+)/.exec(result.stderr ?? "");
    if (result.status !== 0 || !rss) {
      throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
    }
    // The SDK client reports the upload's own duration (without Node's start-up) on stdout.
    const inProcess = command === process.execPath ? (JSON.parse(result.stdout).seconds as number) : seconds;
    return { seconds, transferSeconds: inProcess, rssMb: Number(rss[1]) / 1024 };
  };
  type Sample = { seconds: number; transferSeconds: number; rssMb: number };
  const results: Record<"sdk" | "curl", Sample[]> = { sdk: [], curl: [] };
  for (let i = 0; i < runs; i++) {
    // Alternate the order so that neither always runs on a warmer page cache.
    for (const which of i % 2 === 0 ? (["sdk", "curl"] as const) : (["curl", "sdk"] as const)) {
      results[which].push(
        which === "sdk"
          ? measure(process.execPath, [client, url, jar])
          : measure("curl", ["-sS", "-o", "/dev/null", "-F", `jarfile=@${jar}`, `${url}/jars/upload`]),
      );
    }
  }
  const row = (name: string, xs: Sample[]) => {
    const seconds = median(xs.map((x) => x.seconds));
    const transfer = median(xs.map((x) => x.transferSeconds));
    return {
      name,
      seconds,
      mibPerS: sizeMiB / seconds,
      transferMibPerS: sizeMiB / transfer,
      rssMb: median(xs.map((x) => x.rssMb)),
    };
  };
  const sdkRow = row(`uploadJar (SDK, Node ${process.version})`, results.sdk);
  const curlRow = row("curl -F", results.curl);
  out(`### Upload: a ${sizeMiB} MiB jar to a local byte-counting server, ${runs} runs each, alternating\n`);
  out("| client | median process wall s | MiB/s, whole process | MiB/s, upload only | median peak RSS MB |");
  out("|---|---|---|---|---|");
  for (const r of [sdkRow, curlRow]) {
    const cells = [
      r.name,
      r.seconds.toFixed(2),
      r.mibPerS.toFixed(0),
      r.transferMibPerS.toFixed(0),
      r.rssMb.toFixed(0),
    ];
    out(`| ${cells.join(" | ")} |`);
  }
  const whole = sdkRow.mibPerS / curlRow.mibPerS;
  const upload = sdkRow.transferMibPerS / curlRow.transferMibPerS;
  out(
    `\nThroughput SDK/curl: ${whole.toFixed(2)}x whole process, ${upload.toFixed(2)}x upload only (goal >= 0.9x). ` +
      `SDK peak RSS: ${sdkRow.rssMb.toFixed(0)} MB (goal < 150 MB). curl starts in a few ms: its two figures are one measurement.`,
  );
} finally {
  cleanup();
}
