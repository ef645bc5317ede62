#!/usr/bin/env node
/**
 * `node bench/typecheck-cost.mjs`: what the SDK's types cost a user's type-check. A consumer file
 * that imports the built package (dist/*.d.ts, as installed) and calls a dozen operations is
 * type-checked with `tsc --noEmit`, 5 times; the median is printed. Goal: under 2 s.
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
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const check = (project) => {
    const started = performance.now();
    execFileSync(process.execPath, [tsc, "-p", join(dir, project)], { stdio: "inherit" });
    return (performance.now() - started) / 1000;
  };
  const times = { consumer: [], baseline: [] };
  for (let i = 0; i < runs; i++) {
    // Alternate, so the machine's noise hits both alike.
    times.consumer.push(check("tsconfig.json"));
    times.baseline.push(check("tsconfig.baseline.json"));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const version = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).trim();
  const c = median(times.consumer);
  const b = median(times.baseline);
  console.log(`### Type-check cost for users (${version}, ${runs} runs each, alternating)\n`);
  console.log("| file | median | min–max |");
  console.log("|---|---|---|");
  const row = (label, xs) =>
    `| ${label} | ${median(xs).toFixed(2)} s | ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} s |`;
  console.log(row("consumer: 14 operations and 3 helpers through the installed types", times.consumer));
  console.log(row("baseline: a file that imports nothing", times.baseline));
  console.log(
    `\nThe SDK's types add **${(c - b).toFixed(2)} s** (${(c / b).toFixed(2)}× the baseline); the whole check takes ${c.toFixed(2)} s against the goal of 2 s.`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
