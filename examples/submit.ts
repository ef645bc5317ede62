/**
 * `npm start`: upload a jar and submit it with a flinkConfiguration (FLIP-256), then print the
 * effective configuration with the source of every key, the diagnostics, and the job Flink ran.
 *
 * By default it runs against an embedded fake cluster on loopback. Set FLINK_URL to use a real
 * cluster, and FLINK_JAR (or pass a path) to choose the jar.
 *
 *   npm start                                    # embedded fake Flink 2.3
 *   FLINK_URL=http://localhost:8081 FLINK_JAR=job.jar npm start
 */
import { existsSync, openAsBlob } from "node:fs";
import { basename } from "node:path";
import { createFlinkClient } from "../src/client/create-client.js";
import type { FlinkClient } from "../src/client/flink-client.js";
import { FlinkApiError } from "../src/errors.js";
import { buildRunRequest } from "../src/run/build.js";
import { resolveRunConfiguration } from "../src/run/resolve.js";

const out = (line = "") => process.stdout.write(`${line}\n`);

async function startEmbeddedFakeCluster(): Promise<{ url: string; close(): Promise<void> }> {
  const { createFlinkMock } = await import("../src/msw/index.js");
  const { startHttpServer } = await import("../src/node/http-server.js");
  const mock = createFlinkMock({
    flinkVersion: "2.3",
    clusterConfig: { "parallelism.default": "4", "pipeline.name": "cluster-default-name", "rest.port": "8081" },
  });
  const server = await startHttpServer(mock.handle, { port: 0 });
  return server;
}

async function jarToUpload(): Promise<File> {
  const path = process.argv[2] ?? process.env.FLINK_JAR ?? "test/flink-job/target/config-echo-job.jar";
  if (existsSync(path)) {
    return new File([await openAsBlob(path)], basename(path), { type: "application/java-archive" });
  }
  if (process.env.FLINK_URL) {
    throw new Error(`No jar at ${path}: pass a jar path (npm start -- job.jar) or set FLINK_JAR.`);
  }
  // The fake cluster runs its simulated config-echo program for any jar: an empty archive will do.
  const emptyZip = new Uint8Array(22);
  emptyZip.set([0x50, 0x4b, 0x05, 0x06]);
  return new File([emptyZip], "config-echo-job.jar", { type: "application/java-archive" });
}

function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw FlinkApiError.fromResult(result.error, result.response);
  }
  return result.data;
}

async function main(client: FlinkClient): Promise<void> {
  const dashboard = ok(await client.GET("/config"));
  const flinkVersion = dashboard["flink-version"] as string;
  const clusterConfig = ok(await client.GET("/jobmanager/config"));
  out(`Flink ${flinkVersion}: ${clusterConfig.length} cluster settings`);

  const jar = await jarToUpload();
  const upload = ok(await client.POST("/jars/upload", { body: { jarfile: jar } }));
  const jarid = (upload.filename ?? "").split("/").pop() as string;
  out(`uploaded ${jar.name} (${jar.size} bytes) as ${jarid}`);

  const options = {
    parallelism: 2,
    flinkConfiguration: {
      "pipeline.name": "flink-rest-client example",
      "execution.checkpointing.interval": "10 s",
      "restart-strategy.type": "fixed-delay",
      "restart-strategy.fixed-delay.attempts": 3,
      "jobmanager.rpc.port": 6124, // a cluster key: accepted by Flink, no effect on the job
      "pipeline.object-reuse": true,
    },
  };
  const { body, diagnostics } = buildRunRequest(options, { flinkVersion, clusterConfig });
  const explained = resolveRunConfiguration({
    flinkVersion,
    clusterConfig,
    body,
    jarPath: upload.filename,
    includeDefaults: false,
  });

  out("\nEffective configuration of the job (key = value  [source]):");
  const interesting = [...explained.entries.values()].filter((e) => e.source !== "cluster");
  for (const entry of interesting.sort((a, b) => a.key.localeCompare(b.key))) {
    const replaced = entry.replaced?.map((r) => `${r.source}=${r.value}`).join(", ");
    out(`  ${entry.key} = ${entry.value}  [${entry.source}${replaced ? `; replaced ${replaced}` : ""}]`);
  }
  out(`  (+ ${explained.entries.size - interesting.length} unchanged cluster settings)`);
  out("\nDiagnostics:");
  for (const d of diagnostics) {
    out(`  ${d.severity} ${d.code} ${d.key}: ${d.message}`);
  }

  const run = ok(await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body }));
  const jobid = run.jobid as string;
  const job = ok(await client.GET("/jobs/{jobid}", { params: { path: { jobid } } }));
  const config = ok(await client.GET("/jobs/{jobid}/config", { params: { path: { jobid } } }));
  out(
    `\nSubmitted job ${jobid}: "${job.name}" is ${job.state} with parallelism ${config["execution-config"]?.["job-parallelism"]}`,
  );

  ok(await client.PATCH("/jobs/{jobid}", { params: { path: { jobid }, query: { mode: "cancel" } } }));
  ok(await client.DELETE("/jars/{jarid}", { params: { path: { jarid } } }));
  out("cancelled the job and deleted the jar");
}

const url = process.env.FLINK_URL;
const embedded = url ? undefined : await startEmbeddedFakeCluster();
try {
  out(url ? `Using the Flink cluster at ${url}` : `Using an embedded fake Flink cluster at ${embedded?.url}`);
  await main(createFlinkClient({ baseUrl: url ?? (embedded?.url as string) }));
} catch (error) {
  process.stderr.write(`example failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await embedded?.close();
}
