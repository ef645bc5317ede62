/**
 * Sends a generated request to one cluster and records what can be compared: the status, the
 * exception lines of an error answer, whether a refused run left a job behind, and for a job that
 * runs its name, parallelism, object reuse, restart strategy, the configuration the echo job
 * publishes and its checkpoint settings; for a plan its vertices. Then cancels what it started.
 */
import type { FlinkClient } from "../../../src/client/flink-client.js";
import { isFlinkErrorBody } from "../../../src/errors.js";
import type { GeneratedRequest } from "./generate.js";

export interface JobObservation {
  readonly state: string;
  readonly name: string;
  readonly parallelism: number | undefined;
  readonly objectReuse: boolean | undefined;
  readonly restartStrategy: string | undefined;
  readonly userConfig: Readonly<Record<string, string>>;
  readonly checkpoints: Readonly<Record<string, unknown>>;
}

export interface Observation {
  readonly status: number;
  /** The error's exception lines: the first line, then every "Caused by:" line, frames dropped. */
  readonly chain: readonly string[];
  /** A refused run left a job (FAILED) in the cluster's job list. */
  readonly leftJob: string | undefined;
  readonly job: JobObservation | undefined;
  readonly plan: { readonly name: string; readonly parallelism: readonly number[] } | undefined;
}

/** The exception lines of Flink's error text. */
export function chainOf(errors: readonly string[]): string[] {
  const text = errors.find((e) => e !== "Internal server error.") ?? "";
  const lines = text
    .replace(/^<Exception on server side:\n/, "")
    .replace(/\n*End of exception on server side>$/, "")
    .split("\n");
  const first = lines[0] ?? "";
  return [first, ...lines.filter((l) => l.startsWith("Caused by: ")).map((l) => l.slice("Caused by: ".length))];
}

const HEX32 = /(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])/g;
const UUID = /(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])/g;

/** Ids and upload folders differ between two clusters: they are replaced by placeholders. */
export function normalize(text: string): string {
  return text
    .replace(UUID, "<uuid>")
    .replace(HEX32, "<id>")
    .replace(/flink-web-[^/]*\//g, "flink-web-<dir>/");
}

async function jobIds(client: FlinkClient): Promise<Set<string>> {
  return new Set(((await client.GET("/jobs")).data?.jobs ?? []).map((j) => j.id as string));
}

async function settledState(client: FlinkClient, jobid: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const state = (await client.GET("/jobs/{jobid}/status", { params: { path: { jobid } } })).data?.status ?? "?";
    if (!["INITIALIZING", "CREATED"].includes(state) || Date.now() > deadline) {
      return state;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function jobOf(client: FlinkClient, jobid: string): Promise<JobObservation> {
  const state = await settledState(client, jobid);
  const params = { params: { path: { jobid } } };
  const config = (await client.GET("/jobs/{jobid}/config", params)).data;
  const checkpoints = (await client.GET("/jobs/{jobid}/checkpoints/config", params)).data ?? {};
  const execution = config?.["execution-config"];
  const userConfig = Object.fromEntries(
    Object.entries(execution?.["user-config"] ?? {}).map(([k, v]) => [k, normalize(String(v))]),
  );
  return {
    state,
    name: config?.name ?? "?",
    parallelism: execution?.["job-parallelism"],
    objectReuse: execution?.["object-reuse-mode"],
    restartStrategy: execution?.["restart-strategy"],
    userConfig,
    checkpoints: checkpoints as Record<string, unknown>,
  };
}

/** Sends one generated request to the cluster behind `client` and records the outcome. */
export async function observe(client: FlinkClient, jarid: string, request: GeneratedRequest): Promise<Observation> {
  const before = request.kind === "run" ? await jobIds(client) : new Set<string>();
  const init = {
    params: { path: { jarid }, query: request.query as never },
    ...(request.body === undefined ? {} : { body: request.body as never }),
    retry: false as const,
  };
  const result =
    request.kind === "run"
      ? await client.POST("/jars/{jarid}/run", init)
      : await client.POST("/jars/{jarid}/plan", init);
  const status = result.response.status;
  const errors = isFlinkErrorBody(result.error) ? result.error.errors : [];
  let job: JobObservation | undefined;
  let leftJob: string | undefined;
  let plan: Observation["plan"];
  if (request.kind === "run") {
    const jobid = (result.data as { jobid?: string } | undefined)?.jobid;
    if (jobid) {
      job = await jobOf(client, jobid);
      await client.PATCH("/jobs/{jobid}", { params: { path: { jobid }, query: { mode: "cancel" } } });
    } else {
      const added = [...(await jobIds(client))].find((id) => !before.has(id));
      leftJob = added
        ? (await client.GET("/jobs/{jobid}/status", { params: { path: { jobid: added } } })).data?.status
        : undefined;
    }
  } else if (status === 200) {
    const p = (result.data as { plan?: { name?: string; nodes?: Array<{ parallelism?: number }> } } | undefined)?.plan;
    plan = { name: p?.name ?? "?", parallelism: (p?.nodes ?? []).map((n) => n.parallelism ?? 0).sort() };
  }
  return { status, chain: status === 200 ? [] : chainOf(errors).map(normalize), leftJob, job, plan };
}

/** Whether `part` appears in `whole` in order (the fake may leave out wrapper exceptions, never add or change one). */
export function subsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const line of whole) {
    if (i < part.length && line === part[i]) {
      i++;
    }
  }
  return i === part.length;
}

/**
 * The differences between the fake's and real Flink's observation of the same request. The fake's
 * exception lines must be Flink's, in Flink's order, starting with the same first line; it may
 * leave out the wrappers in between.
 */
export function differences(fake: Observation, real: Observation): string[] {
  const out: string[] = [];
  if (fake.status !== real.status) {
    out.push(`status: fake ${fake.status}, Flink ${real.status}`);
  }
  if (real.status !== 200 && fake.status === real.status) {
    if (fake.chain[0] !== real.chain[0] || !subsequence(fake.chain, real.chain)) {
      out.push(`message: fake\n    ${fake.chain.join("\n    ")}\n  Flink\n    ${real.chain.join("\n    ")}`);
    }
  }
  if (fake.leftJob !== real.leftJob) {
    out.push(`job left by a refused run: fake ${fake.leftJob ?? "none"}, Flink ${real.leftJob ?? "none"}`);
  }
  if (fake.plan && real.plan && JSON.stringify(fake.plan) !== JSON.stringify(real.plan)) {
    out.push(`plan: fake ${JSON.stringify(fake.plan)}, Flink ${JSON.stringify(real.plan)}`);
  }
  if (fake.job && real.job) {
    for (const field of ["state", "name", "parallelism", "objectReuse", "restartStrategy"] as const) {
      if (fake.job[field] !== real.job[field]) {
        out.push(`job ${field}: fake ${fake.job[field]}, Flink ${real.job[field]}`);
      }
    }
    const keys = new Set([...Object.keys(fake.job.userConfig), ...Object.keys(real.job.userConfig)]);
    for (const key of [...keys].sort()) {
      if (fake.job.userConfig[key] !== real.job.userConfig[key]) {
        out.push(`echoed ${key}: fake ${fake.job.userConfig[key]}, Flink ${real.job.userConfig[key]}`);
      }
    }
    for (const key of Object.keys(real.job.checkpoints)) {
      const a = JSON.stringify(fake.job.checkpoints[key]);
      const b = JSON.stringify(real.job.checkpoints[key]);
      if (a !== b) {
        out.push(`checkpoint ${key}: fake ${a}, Flink ${b}`);
      }
    }
  }
  return out;
}
