#!/usr/bin/env node
/**
 * `node bench/typecheck-cost.mjs`: what the SDK's types cost a user's type-check. Consumer files
 * that import the built package (dist/*.d.ts, as installed) are type-checked with `tsc --noEmit`,
 * 5 times each, alternating with a file that imports nothing; medians are printed, with the
 * counts `--extendedDiagnostics` gives (types, instantiations: the same on every run, so they
 * compare across busy and quiet machines). Goal: under 2 s.
 *
 * - consumer: a dozen operations and three helpers;
 * - configuration: `runJar`, `submitJar` and `buildRunRequest` with 20-key `flinkConfiguration`
 *   literals for two versions and for none, the part of the types that grows with the catalog.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), "flink-rest-client-typecheck-"));
try {
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "ignore" });
  const core = join(root, "dist", "src", "index.js");
  writeFileSync(
    join(dir, "consumer.ts"),
    `import { createFlinkClient, runJar, uploadJar, waitForJob } from ${JSON.stringify(core)};

const flink = createFlinkClient({ baseUrl: "http://localhost:8081" });
export async function main(jar: Blob): Promise<void> {
  const overview = await flink.GET("/overview");
  const jobs = await flink.GET("/jobs/overview");
  const config = await flink.GET("/config");
  const jars = await flink.GET("/jars");
  const { jarId } = await uploadJar(flink, jar);
  const run = await flink.POST("/jars/{jarid}/run", { params: { path: { jarid: jarId } }, body: { parallelism: 2 } });
  const jobid = run.data?.jobid ?? "";
  const details = await flink.GET("/jobs/{jobid}", { params: { path: { jobid } } });
  const jobConfig = await flink.GET("/jobs/{jobid}/config", { params: { path: { jobid } } });
  const checkpoints = await flink.GET("/jobs/{jobid}/checkpoints", { params: { path: { jobid } } });
  const savepoint = await flink.POST("/jobs/{jobid}/savepoints", { params: { path: { jobid } }, body: { "target-directory": "file:///sp" } });
  const taskmanagers = await flink.GET("/taskmanagers");
  await flink.PATCH("/jobs/{jobid}", { params: { path: { jobid }, query: { mode: "cancel" } } });
  const second = await runJar(flink, jarId, { flinkConfiguration: { "pipeline.name": "x" } });
  await waitForJob(flink, second.jobId, { until: ["RUNNING"] });
  console.log(overview.data?.["flink-version"], jobs.data?.jobs?.length, config.data, jars.data?.files, details.data?.name,
    jobConfig.data?.["execution-config"], checkpoints.data?.counts, savepoint.data?.["request-id"], taskmanagers.data);
}
`,
  );
  writeFileSync(join(dir, "configuration.ts"), configurationConsumer(core));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2023", "DOM"],
        skipLibCheck: true,
        noEmit: true,
        types: [],
      },
      files: ["consumer.ts"],
    }),
  );
  // The baseline: the same compiler and settings on a file that imports nothing (tsc's own start
  // and the DOM/ES libs), so the difference is what the SDK's types add.
  writeFileSync(join(dir, "baseline.ts"), "export const answer: number = 42;\n");
  writeFileSync(
    join(dir, "tsconfig.baseline.json"),
    JSON.stringify({ extends: "./tsconfig.json", files: ["baseline.ts"] }),
  );
  writeFileSync(
    join(dir, "tsconfig.configuration.json"),
    JSON.stringify({ extends: "./tsconfig.json", files: ["configuration.ts"] }),
  );
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const check = (project) => {
    const started = performance.now();
    execFileSync(process.execPath, [tsc, "-p", join(dir, project)], { stdio: "inherit" });
    return (performance.now() - started) / 1000;
  };
  const times = { consumer: [], configuration: [], baseline: [] };
  for (let i = 0; i < runs; i++) {
    // Alternate, so the machine's noise hits all alike.
    times.consumer.push(check("tsconfig.json"));
    times.configuration.push(check("tsconfig.configuration.json"));
    times.baseline.push(check("tsconfig.baseline.json"));
  }
  const counts = (project) => {
    const out = execFileSync(process.execPath, [tsc, "-p", join(dir, project), "--extendedDiagnostics"], {
      encoding: "utf8",
    });
    const read = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(out)?.[1] ?? Number.NaN);
    return `${read("Types").toLocaleString("en")} types, ${read("Instantiations").toLocaleString("en")} instantiations`;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const version = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).trim();
  const c = median(times.consumer);
  const b = median(times.baseline);
  console.log(`### Type-check cost for users (${version}, ${runs} runs each, alternating)\n`);
  console.log("| file | median | min–max | checker work |");
  console.log("|---|---|---|---|");
  const row = (label, xs, project) =>
    `| ${label} | ${median(xs).toFixed(2)} s | ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} s | ${counts(project)} |`;
  console.log(
    row("consumer: 14 operations and 3 helpers through the installed types", times.consumer, "tsconfig.json"),
  );
  console.log(
    row(
      "configuration: 4 helper calls with 20-key flinkConfiguration literals",
      times.configuration,
      "tsconfig.configuration.json",
    ),
  );
  console.log(row("baseline: a file that imports nothing", times.baseline, "tsconfig.baseline.json"));
  console.log(
    `\nThe SDK's types add **${(c - b).toFixed(2)} s** (${(c / b).toFixed(2)}× the baseline); the whole check takes ${c.toFixed(2)} s against the goal of 2 s.`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** 20 keys of the kinds users set (durations, sizes, numbers, booleans, enums, lists, maps, suffix options). */
function configurationLiteral() {
  return `{
      "execution.checkpointing.interval": "30 s",
      "execution.checkpointing.timeout": "10 min",
      "execution.checkpointing.min-pause": "5 s",
      "execution.checkpointing.max-concurrent-checkpoints": 1,
      "execution.checkpointing.tolerable-failed-checkpoints": 3,
      "execution.runtime-mode": "STREAMING",
      "execution.buffer-timeout.interval": "100 ms",
      "pipeline.name": "orders",
      "pipeline.object-reuse": true,
      "pipeline.max-parallelism": 128,
      "pipeline.auto-watermark-interval": "200 ms",
      "pipeline.global-job-parameters.team": "data",
      "parallelism.default": 4,
      "restart-strategy.type": "exponential-delay",
      "restart-strategy.exponential-delay.initial-backoff": "1 s",
      "restart-strategy.exponential-delay.max-backoff": "1 min",
      "state.backend.type": "rocksdb",
      "execution.checkpointing.incremental": true,
      "taskmanager.memory.managed.fraction": 0.4,
      "metrics.reporter.prom.factory.class": "org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
    }`;
}

function configurationConsumer(core) {
  return `import { buildRunRequest, createFlinkClient, runJar, submitJar } from ${JSON.stringify(core)};

const flink = createFlinkClient({ baseUrl: "http://localhost:8081" });
export async function main(jar: Blob, jarId: string): Promise<void> {
  const a = await runJar(flink, jarId, { flinkVersion: "2.3", parallelism: 2, flinkConfiguration: ${configurationLiteral()} });
  const b = await submitJar(flink, jar, { flinkVersion: "1.20", wait: true, flinkConfiguration: ${configurationLiteral()} });
  const c = buildRunRequest({ flinkConfiguration: ${configurationLiteral()} }, { flinkVersion: "2.3" });
  const d = await runJar(flink, jarId, { flinkConfiguration: ${configurationLiteral()} });
  console.log(a.jobId, b.jobId, c.body, d.diagnostics);
}
`;
}
