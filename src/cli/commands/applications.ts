/**
 * `flink-rest applications [list] | show | wait | cancel <applicationId>`: Flink 2.3's applications
 * (FLIP-549). `flink-rest run --application` is in ./run-application.ts.
 */
import {
  type ApplicationDetails,
  getApplication,
  getApplicationExceptions,
  listApplications,
} from "../../jobs/application-info.js";
import type { ApplicationState } from "../../jobs/application-state.js";
import { cancelApplication } from "../../jobs/cancel-application.js";
import { waitForApplication } from "../../jobs/wait-application.js";
import { usageError } from "../invocation.js";
import { table } from "../output.js";
import type { CommandContext } from "./context.js";
import { checkClusterOptions } from "./jobs.js";
import { applicationStates } from "./run-application.js";

const time = (ms: number | undefined) => (ms && ms > 0 ? new Date(ms).toISOString().replace(".000Z", "Z") : "-");
const counts = (jobs: Record<string, number> | undefined) =>
  Object.entries(jobs ?? {})
    .map(([state, n]) => `${n} ${state}`)
    .join(", ") || "none";

/** A stack trace without its frames: the exception lines and their causes. */
const withoutFrames = (trace: string) =>
  trace
    .split("\n")
    .filter((l) => !l.startsWith("\tat ") && !/^\t\.\.\. \d+ more$/.test(l))
    .join("\n");

function describeApplication(app: ApplicationDetails, exceptions: readonly string[]): string {
  const ended = (app["end-time"] ?? -1) > 0 ? `, ended ${time(app["end-time"])}` : "";
  const jobs = app.jobs ?? [];
  return [
    `Application ${app.id}: ${app.status} (${app.name ?? "unnamed"})`,
    `Started ${time(app["start-time"])}${ended}`,
    jobs.length === 0
      ? "No jobs."
      : table(
          ["JOB ID", "STATE", "TYPE", "NAME"],
          jobs.map((j) => [j.jid ?? "", j.state ?? "", j.jobType ?? "", j.name ?? ""]),
        ),
    ...exceptions.map((trace) => `\n${withoutFrames(trace)}`),
  ].join("\n");
}

const SUBCOMMANDS = ["list", "show", "wait", "cancel"] as const;

export async function applicationsCommand(ctx: CommandContext): Promise<void> {
  checkClusterOptions(ctx);
  const [sub = "list", id, ...extra] = ctx.args;
  if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
    throw usageError(
      `"${sub}" is not an applications subcommand: flink-rest ${SUBCOMMANDS.map((s) => `applications ${s}`).join(", ")}.`,
      "subcommand",
    );
  }
  if (sub === "list") {
    if (id !== undefined) {
      throw usageError(`applications list takes no argument, got ${JSON.stringify(id)}.`, "applicationId");
    }
    return listCommand(ctx);
  }
  if (id === undefined) {
    throw usageError(`Missing ApplicationID: flink-rest applications ${sub} <applicationId>`, "applicationId");
  }
  if (extra.length > 0) {
    throw usageError(`applications ${sub} takes one application id, got ${JSON.stringify(ctx.args.slice(1))}.`);
  }
  // The helpers check the id (32 hexadecimal characters) before anything is sent.
  if (sub === "show") {
    return showCommand(ctx, id);
  }
  if (sub === "wait") {
    return waitCommand(ctx, id);
  }
  return cancelCommand(ctx, id);
}

function waitTimeoutMs(ctx: CommandContext, fallbackS: number): number {
  return (ctx.values.integer(ctx.values.own("wait-timeout"), "--wait-timeout", 1, 86_400) ?? fallbackS) * 1000;
}

async function listCommand(ctx: CommandContext): Promise<void> {
  const apps = await listApplications(await ctx.client(), { signal: ctx.signal });
  const sorted = [...apps].sort((a, b) => (b["start-time"] ?? 0) - (a["start-time"] ?? 0));
  ctx.out.result(sorted, () =>
    sorted.length === 0
      ? "No applications."
      : table(
          ["APPLICATION ID", "STATUS", "STARTED", "JOBS", "NAME"],
          sorted.map((a) => [a.id ?? "", a.status ?? "", time(a["start-time"]), counts(a.jobs), a.name ?? ""]),
        ),
  );
}

async function showCommand(ctx: CommandContext, id: string): Promise<void> {
  const client = await ctx.client();
  const app = await getApplication(client, id, { signal: ctx.signal });
  const exceptions = await getApplicationExceptions(client, id, { signal: ctx.signal });
  ctx.out.result({ ...app, exceptions }, () =>
    describeApplication(
      app,
      exceptions.map((e) => e.stacktrace ?? ""),
    ),
  );
}

async function waitCommand(ctx: CommandContext, id: string): Promise<void> {
  const until = applicationStates(ctx.values, "until");
  const timeoutMs = waitTimeoutMs(ctx, 300);
  const app = await waitForApplication(await ctx.client(), id, {
    ...(until ? { until } : {}),
    timeoutMs,
    signal: ctx.signal,
    ...(ctx.out.json ? {} : { onState: (state: ApplicationState) => ctx.out.note(`application ${id}: ${state}`) }),
  });
  ctx.out.result(app, () => describeApplication(app, []));
}

async function cancelCommand(ctx: CommandContext, id: string): Promise<void> {
  const timeoutMs = waitTimeoutMs(ctx, 60);
  const state = await cancelApplication(await ctx.client(), id, {
    wait: !ctx.values.flag("no-wait"),
    timeoutMs,
    signal: ctx.signal,
  });
  ctx.out.result(
    { applicationId: id, state: state ?? "CANCELING" },
    () => `Cancelled application ${id}${state ? ` (${state})` : ""}.`,
  );
}
