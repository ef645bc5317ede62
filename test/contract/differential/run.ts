/**
 * Differential testing: the same generated requests to real Flink and to the fake cluster built
 * with the real cluster's own configuration, compared answer by answer.
 */
import { freePort } from "../../../scripts/flink/cluster.mjs";
import { createFlinkClient } from "../../../src/client/create-client.js";
import type { FlinkClient } from "../../../src/client/flink-client.js";
import { uploadJar } from "../../../src/jobs/upload.js";
import { createFlinkMock } from "../../../src/msw/index.js";
import { startHttpServer } from "../../../src/node/http-server.js";
import { emptyJar } from "../../support/flink-mock-server.js";
import { type GeneratedRequest, generateRequests } from "./generate.js";
import { type LifecycleStep, lifecycleDifferences, runLifecycle } from "./lifecycle.js";
import { differences, type Observation, observe } from "./observe.js";

export interface Difference {
  readonly index: number;
  readonly request: GeneratedRequest;
  readonly found: readonly string[];
  readonly fake: Observation;
  readonly real: Observation;
}

export interface DifferentialResult {
  readonly line: string;
  readonly seed: number;
  readonly requests: number;
  readonly differences: readonly Difference[];
  readonly seconds: number;
}

/** The seed: FLINK_DIFF_SEED, else a fixed one (CI is reproducible; set the variable to explore). */
export function diffSeed(): number {
  const raw = process.env.FLINK_DIFF_SEED;
  return raw === undefined ? 20261202 : raw === "random" ? Math.floor(Math.random() * 2 ** 31) : Number(raw);
}

/**
 * Sends `count` generated requests (from `seed`) to the real cluster at `realUrl` and to a fake of
 * the same line with the real cluster's configuration; returns every difference.
 */
export async function runDifferential(options: {
  line: string;
  realUrl: string;
  echoJar: string;
  seed: number;
  count: number;
  onProgress?: (done: number) => void;
}): Promise<DifferentialResult> {
  const started = Date.now();
  const real = createFlinkClient({ baseUrl: options.realUrl, timeoutMs: 60_000 });
  const entries = (await real.GET("/jobmanager/config")).data ?? [];
  const clusterConfig = Object.fromEntries(entries.map((e) => [e.key, e.value]));
  const mock = createFlinkMock({ flinkVersion: options.line, clusterConfig });
  const server = await startHttpServer(mock.handle, { port: await freePort() });
  try {
    const fake = createFlinkClient({ baseUrl: server.url, timeoutMs: 60_000 });
    const fakeJar: [FlinkClient, string] = [fake, (await uploadJar(fake, emptyJar())).jarId];
    const realJar: [FlinkClient, string] = [real, (await uploadJar(real, { path: options.echoJar })).jarId];
    const requests = generateRequests(options.line, options.seed, options.count);
    const found: Difference[] = [];
    for (const [index, request] of requests.entries()) {
      const [f, r] = [await observe(...fakeJar, request), await observe(...realJar, request)];
      const diff = differences(f, r);
      if (diff.length > 0) {
        found.push({ index, request, found: diff, fake: f, real: r });
      }
      options.onProgress?.(index + 1);
    }
    return {
      line: options.line,
      seed: options.seed,
      requests: requests.length,
      differences: found,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await server.close();
  }
}

/** A difference as a report line: the request and what differed. */
export function describeDifference(d: Difference): string {
  const request = JSON.stringify({ kind: d.request.kind, body: d.request.body, query: d.request.query });
  return `#${d.index} ${request}\n  (${d.request.labels.join("; ")})\n  ${d.found.join("\n  ")}`;
}

/**
 * The lifecycle (./lifecycle.ts) on the real cluster at `realUrl` with the echo job and on a fake
 * of the same line with the real cluster's configuration; returns both records and their differences.
 */
export async function runLifecycleDifferential(options: { line: string; realUrl: string; echoJar: string }): Promise<{
  fake: LifecycleStep[];
  real: LifecycleStep[];
  differences: string[];
}> {
  const real = createFlinkClient({ baseUrl: options.realUrl, timeoutMs: 60_000 });
  const entries = (await real.GET("/jobmanager/config")).data ?? [];
  const clusterConfig = Object.fromEntries(entries.map((e) => [e.key, e.value]));
  const mock = createFlinkMock({ flinkVersion: options.line, clusterConfig });
  const server = await startHttpServer(mock.handle, { port: await freePort() });
  try {
    const fake = createFlinkClient({ baseUrl: server.url, timeoutMs: 60_000 });
    const onFake = await runLifecycle(fake, emptyJar(), options.line);
    const onReal = await runLifecycle(real, { path: options.echoJar }, options.line);
    return { fake: onFake, real: onReal, differences: lifecycleDifferences(onFake, onReal) };
  } finally {
    await server.close();
  }
}
