/**
 * A job's lifecycle, step by step, on the fake and on real Flink of the same line: upload, run,
 * savepoint, stop with savepoint, restore with each claim mode, cancel, delete the jar (a job of it
 * still running), delete it again, run and plan the deleted jar. Each step records its status,
 * what it returned (normalized: ids, upload folders, savepoint names) and the exception lines of an
 * error; the two records must agree step by step, with the rule of the generated requests (the
 * fake's exception lines are Flink's, in order, from the same first line; it may leave out wrappers).
 */
import type { FlinkClient } from "../../../src/client/flink-client.js";
import { isFlinkErrorBody } from "../../../src/errors.js";
import { stopWithSavepoint, triggerSavepoint } from "../../../src/jobs/snapshots.js";
import { uploadJar } from "../../../src/jobs/upload.js";
import { waitForJob } from "../../../src/jobs/wait.js";
import { isAtLeast } from "../../../src/versions/flink-version.js";
import { chainOf, normalize, subsequence } from "./observe.js";

export interface LifecycleStep {
  readonly step: string;
  readonly status: number | undefined;
  /** What the step returned, normalized (a location, a state, a body). */
  readonly value: string | undefined;
  readonly chain: readonly string[];
}

/** Savepoint names carry random ids: `savepoint-<6 hex of the job>-<12 hex>`. */
const normalizeLocation = (text: string) =>
  normalize(text).replace(/savepoint-[0-9a-f]{6}-[0-9a-f]{12}/g, "savepoint-<id>");

/** The claim modes a line restores with (LEGACY is gone from 2.0), CLAIM last: it takes the savepoint over. */
export function claimModes(line: string): string[] {
  return isAtLeast(line, "2.0") ? ["NO_CLAIM", "CLAIM"] : ["NO_CLAIM", "LEGACY", "CLAIM"];
}

/** Runs the lifecycle on the cluster behind `client` with `jar` and records every step. */
export async function runLifecycle(
  client: FlinkClient,
  jar: Blob | { path: string },
  line: string,
): Promise<LifecycleStep[]> {
  const steps: LifecycleStep[] = [];
  const record = (step: string, status: number | undefined, value?: unknown, error?: unknown) => {
    const errors = isFlinkErrorBody(error) ? error.errors : [];
    steps.push({
      step,
      status,
      value:
        value === undefined ? undefined : normalizeLocation(typeof value === "string" ? value : JSON.stringify(value)),
      chain: errors.length > 0 ? chainOf(errors).map(normalizeLocation) : [],
    });
  };
  const state = async (jobid: string) =>
    (await client.GET("/jobs/{jobid}/status", { params: { path: { jobid } } })).data?.status;
  const run = async (step: string, body: Record<string, unknown>, jarid: string) => {
    const r = await client.POST("/jars/{jarid}/run", {
      params: { path: { jarid } },
      body: body as never,
      retry: false,
    });
    record(step, r.response.status, r.data ? "job id" : undefined, r.error);
    return r.data?.jobid;
  };
  const cancel = async (step: string, jobid: string) => {
    const r = await client.PATCH("/jobs/{jobid}", {
      params: { path: { jobid }, query: { mode: "cancel" } },
      retry: false,
    });
    record(step, r.response.status, r.data, r.error);
    record(
      `${step}: the job's state`,
      undefined,
      await waitForJob(client, jobid, { until: ["CANCELED"], timeoutMs: 60_000 }),
    );
  };

  const { jarId } = await uploadJar(client, jar);
  record("upload", 200, jarId.endsWith(".jar") ? "<uuid>_<name>.jar" : jarId);

  const first = await run(
    "run with checkpoints every second",
    { flinkConfiguration: { "execution.checkpointing.interval": "1 s" } },
    jarId,
  );
  if (!first) {
    return steps;
  }
  await waitForJob(client, first, { until: ["RUNNING"], tasksRunning: true, timeoutMs: 60_000 });
  const savepoint = await triggerSavepoint(client, first, { timeoutMs: 90_000 });
  record("savepoint", undefined, savepoint.location);
  const stopped = await stopWithSavepoint(client, first, { timeoutMs: 90_000 });
  record("stop with savepoint", undefined, stopped.location);
  record(
    "stop with savepoint: the job's state",
    undefined,
    await waitForJob(client, first, { until: ["FINISHED"], timeoutMs: 60_000 }),
  );

  for (const mode of claimModes(line)) {
    const claim = isAtLeast(line, "1.20") ? { claimMode: mode } : { restoreMode: mode };
    const restored = await run(`restore with ${mode}`, { savepointPath: stopped.location, ...claim }, jarId);
    if (!restored) {
      continue;
    }
    await waitForJob(client, restored, { until: ["RUNNING"], timeoutMs: 60_000 });
    const checkpoints = await client.GET("/jobs/{jobid}/checkpoints", { params: { path: { jobid: restored } } });
    record(
      `restore with ${mode}: restored from`,
      checkpoints.response.status,
      checkpoints.data?.latest?.restored?.external_path,
    );
    await cancel(`restore with ${mode}: cancel`, restored);
  }

  // The jar goes while a job of it runs: the job keeps running, the jar is gone for good.
  const running = await run("run before the jar is deleted", {}, jarId);
  const deleted = await client.DELETE("/jars/{jarid}", { params: { path: { jarid: jarId } }, retry: false });
  record("delete the jar", deleted.response.status, deleted.data, deleted.error);
  const listed = (await client.GET("/jars")).data?.files ?? [];
  record(
    "the jar in GET /jars",
    200,
    listed.some((f) => f.id === jarId),
  );
  if (running) {
    record("a job of the deleted jar", undefined, await state(running));
  }
  const again = await client.DELETE("/jars/{jarid}", { params: { path: { jarid: jarId } }, retry: false });
  record("delete the jar again", again.response.status, again.data, again.error);
  await run("run the deleted jar", {}, jarId);
  const plan = await client.POST("/jars/{jarid}/plan", {
    params: { path: { jarid: jarId } },
    body: {} as never,
    retry: false,
  });
  record("the deleted jar's plan", plan.response.status, plan.data ? "a plan" : undefined, plan.error);
  if (running) {
    await cancel("cancel the job of the deleted jar", running);
  }
  return steps;
}

/** The steps on which the fake and Flink disagree, each as a report line. */
export function lifecycleDifferences(fake: readonly LifecycleStep[], real: readonly LifecycleStep[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(fake.length, real.length); i++) {
    const f = fake[i];
    const r = real[i];
    if (!f || !r || f.step !== r.step) {
      out.push(`step ${i + 1}: fake "${f?.step ?? "nothing"}", Flink "${r?.step ?? "nothing"}"`);
      break;
    }
    if (f.status !== r.status) {
      out.push(`${r.step}: status fake ${f.status}, Flink ${r.status}`);
    }
    if (f.value !== r.value) {
      out.push(`${r.step}: fake ${f.value}, Flink ${r.value}`);
    }
    if (r.chain.length > 0 || f.chain.length > 0) {
      if (f.chain[0] !== r.chain[0] || !subsequence(f.chain, r.chain)) {
        out.push(`${r.step}: message: fake\n    ${f.chain.join("\n    ")}\n  Flink\n    ${r.chain.join("\n    ")}`);
      }
    }
  }
  return out;
}
