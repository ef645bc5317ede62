/** `flink-rest list | cancel | stop | savepoint | checkpoint | jars`: Flink's CLI actions over REST. */
import { unwrap } from "../../client/result.js";
import { answerId } from "../../jobs/answer-checks.js";
import { cancelJob } from "../../jobs/cancel.js";
import { isNotStartedJobState, isTerminalJobState } from "../../jobs/job-state.js";
import { disposeSavepoint, stopWithSavepoint, triggerCheckpoint, triggerSavepoint } from "../../jobs/snapshots.js";
import { usageError } from "../invocation.js";
import type { OptionValues } from "../option-values.js";
import { table } from "../output.js";
import { checkTarget } from "../program-input.js";
import { type CommandContext, JOB_ID_ARG } from "./context.js";

const time = (ms: number | undefined) => (ms && ms > 0 ? new Date(ms).toISOString().replace(".000Z", "Z") : "-");

/** The job id argument, checked as Flink's CLI checks it, before anything is sent. */
function jobIdArg(ctx: CommandContext, action: string, fallback?: string): string {
  const jobId = ctx.args[0] ?? fallback;
  if (jobId === undefined) {
    throw usageError(`Missing JobID: flink-rest ${action} <jobId>`, "jobId");
  }
  if (!JOB_ID_ARG.test(jobId)) {
    throw usageError(
      `${JSON.stringify(jobId)} is not a job id: expected 32 hexadecimal characters, e.g. fd72014d4c864993a2e5a9287b4a9c5d.`,
      "jobId",
    );
  }
  return jobId.toLowerCase();
}

function formatType(values: OptionValues): "CANONICAL" | "NATIVE" | undefined {
  return values.choice(values.value("formatType"), "-type/--type", ["CANONICAL", "NATIVE"] as const);
}

function waitTimeoutMs(values: OptionValues, fallbackS: number): number {
  return (values.integer(values.own("wait-timeout"), "--wait-timeout", 1, 86_400) ?? fallbackS) * 1000;
}

/** What every action that only talks to a cluster checks: -t, and -D keys that it would ignore. */
export function checkClusterOptions(ctx: CommandContext): void {
  checkTarget(ctx.values);
  const ignored = [...ctx.values.defines().keys()].filter((k) => k !== "rest.address" && k !== "rest.port");
  if (ignored.length > 0) {
    ctx.out.warn(`-D ${ignored.join(", ")}: ignored; only run, info and explain send a configuration.`);
  }
}

export async function listCommand(ctx: CommandContext): Promise<void> {
  checkClusterOptions(ctx);
  const { values } = ctx;
  // As Flink: running and scheduled jobs unless -r, -s or -a says otherwise.
  const none = !values.has("showRunning") && !values.has("showScheduled") && !values.has("showAll");
  const all = values.has("showAll");
  const running = none || all || values.has("showRunning");
  const scheduled = none || all || values.has("showScheduled");
  const client = await ctx.client();
  const jobs = unwrap(await client.GET("/jobs/overview", { signal: ctx.signal }), "GET /jobs/overview")?.jobs ?? [];
  const shown = jobs.filter((j) => {
    const state = j.state ?? "";
    return isNotStartedJobState(state) ? scheduled : isTerminalJobState(state) ? all : running;
  });
  const sorted = [...shown].sort((a, b) => (b["start-time"] ?? 0) - (a["start-time"] ?? 0));
  ctx.out.result({ jobs: sorted }, () =>
    sorted.length === 0
      ? `No ${all ? "" : "running or scheduled "}jobs.`
      : table(
          ["JOB ID", "STATE", "STARTED", "NAME"],
          sorted.map((j) => [j.jid ?? "", j.state ?? "", time(j["start-time"]), j.name ?? ""]),
        ),
  );
}

export async function jarsCommand(ctx: CommandContext): Promise<void> {
  checkClusterOptions(ctx);
  const client = await ctx.client();
  const files = unwrap(await client.GET("/jars", { signal: ctx.signal }), "GET /jars")?.files ?? [];
  ctx.out.result({ jars: files }, () =>
    files.length === 0
      ? "No jars."
      : table(
          ["JAR ID", "UPLOADED", "ENTRY CLASS"],
          files.map((f) => [f.id ?? "", time(f.uploaded), (f.entry ?? []).map((e) => e.name).join(", ")]),
        ),
  );
}

export async function cancelCommand(ctx: CommandContext): Promise<void> {
  checkClusterOptions(ctx);
  const { values } = ctx;
  const type = formatType(values);
  if (values.has("withSavepoint")) {
    // As Flink: `cancel -s <jobId>` alone takes the value as the job id and the default directory.
    const dir = values.value("withSavepoint");
    const jobId = jobIdArg(ctx, "cancel", dir);
    ctx.out.warn("cancelling with a savepoint is deprecated in Flink; `flink-rest stop` does the same more safely.");
    const client = await ctx.client();
    const { location } = await triggerSavepoint(client, jobId, {
      cancelJob: true,
      ...(ctx.args[0] !== undefined && dir !== undefined ? { targetDirectory: dir } : {}),
      ...(type ? { formatType: type } : {}),
      signal: ctx.signal,
      timeoutMs: waitTimeoutMs(values, 600),
    });
    ctx.out.result({ jobId, location }, () => `Cancelled job ${jobId}. Savepoint stored in ${location}.`);
    return;
  }
  const jobId = jobIdArg(ctx, "cancel");
  const client = await ctx.client();
  const state = await cancelJob(client, jobId, {
    wait: !values.flag("no-wait"),
    signal: ctx.signal,
    timeoutMs: waitTimeoutMs(values, 60),
  });
  ctx.out.result({ jobId, state: state ?? "CANCELLING" }, () => `Cancelled job ${jobId}${state ? ` (${state})` : ""}.`);
}

export async function stopCommand(ctx: CommandContext): Promise<void> {
  checkClusterOptions(ctx);
  const { values } = ctx;
  // As Flink: `stop -p <jobId>` alone takes the value as the job id and the default directory.
  const dir = values.value("stopSavepointPath");
  const jobId = jobIdArg(ctx, "stop", dir);
  const targetDirectory = ctx.args[0] !== undefined ? dir : undefined;
  const type = formatType(values);
  const body = {
    ...(targetDirectory ? { targetDirectory } : {}),
    ...(values.has("drain") ? { drain: true } : {}),
    ...(type ? { formatType: type } : {}),
  };
  const client = await ctx.client();
  if (values.has("triggerDetached")) {
    const request = `POST /jobs/${jobId}/stop`;
    const answer = unwrap(
      await client.POST("/jobs/{jobid}/stop", { params: { path: { jobid: jobId } }, body, signal: ctx.signal }),
      request,
    );
    const triggerId = answerId(answer?.["request-id"], request, "a trigger id");
    ctx.out.result(
      { jobId, triggerId },
      () => `Stop-with-savepoint of job ${jobId} triggered (trigger id ${triggerId}).`,
    );
    return;
  }
  const { location, triggerId } = await stopWithSavepoint(client, jobId, {
    ...body,
    signal: ctx.signal,
    timeoutMs: waitTimeoutMs(values, 600),
  });
  ctx.out.result({ jobId, location, triggerId }, () => `Suspended job ${jobId} with a savepoint. Path: ${location}`);
}

export async function savepointCommand(ctx: CommandContext): Promise<void> {
  checkClusterOptions(ctx);
  const { values } = ctx;
  const client = await ctx.client();
  const dispose = values.value("dispose");
  if (dispose !== undefined) {
    await disposeSavepoint(client, dispose, { signal: ctx.signal, timeoutMs: waitTimeoutMs(values, 600) });
    ctx.out.result({ disposed: dispose }, () => `Savepoint '${dispose}' disposed.`);
    return;
  }
  const jobId = jobIdArg(ctx, "savepoint");
  const targetDirectory = ctx.args[1];
  const type = formatType(values);
  const body = {
    ...(targetDirectory ? { "target-directory": targetDirectory } : {}),
    ...(type ? { formatType: type } : {}),
  };
  if (values.has("triggerDetached")) {
    const request = `POST /jobs/${jobId}/savepoints`;
    const answer = unwrap(
      await client.POST("/jobs/{jobid}/savepoints", { params: { path: { jobid: jobId } }, body, signal: ctx.signal }),
      request,
    );
    const triggerId = answerId(answer?.["request-id"], request, "a trigger id");
    ctx.out.result({ jobId, triggerId }, () => `Savepoint of job ${jobId} triggered (trigger id ${triggerId}).`);
    return;
  }
  const { location, triggerId } = await triggerSavepoint(client, jobId, {
    ...(targetDirectory ? { targetDirectory } : {}),
    ...(type ? { formatType: type } : {}),
    signal: ctx.signal,
    timeoutMs: waitTimeoutMs(values, 600),
  });
  ctx.out.result({ jobId, location, triggerId }, () => `Savepoint completed. Path: ${location}`);
}

export async function checkpointCommand(ctx: CommandContext): Promise<void> {
  checkClusterOptions(ctx);
  const { values } = ctx;
  const jobId = jobIdArg(ctx, "checkpoint");
  const client = await ctx.client();
  const { checkpointId, triggerId } = await triggerCheckpoint(client, jobId, {
    ...(values.has("fullCheckpoint") ? { checkpointType: "FULL" as const } : {}),
    signal: ctx.signal,
    timeoutMs: waitTimeoutMs(values, 600),
  });
  ctx.out.result({ jobId, checkpointId, triggerId }, () => `Checkpoint ${checkpointId} for job ${jobId} completed.`);
}
