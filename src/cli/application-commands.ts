/**
 * `flink-rest applications [list | show | wait | cancel]`: Flink 2.3's applications (FLIP-549).
 * `flink-rest run --application` is in ./run-command.ts.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { ENUMS } from "../../generated/contract-facts.js";
import type { FlinkClient } from "../client/flink-client.js";
import { FlinkInputError } from "../errors.js";
import {
  type ApplicationDetails,
  getApplication,
  getApplicationExceptions,
  listApplications,
} from "../jobs/application-info.js";
import { type ApplicationState, isTerminalApplicationState } from "../jobs/application-state.js";
import { cancelApplication } from "../jobs/cancel-application.js";
import { submitJar } from "../jobs/submit.js";
import { waitForApplication } from "../jobs/wait-application.js";
import { type Output, table } from "./output.js";
import { createProgressReporter } from "./progress.js";
import { printDiagnostics, type RunFlags, runOptionsFrom } from "./run-command.js";

const time = (ms: number | undefined) => (ms && ms > 0 ? new Date(ms).toISOString().replace(".000Z", "Z") : "-");
const counts = (jobs: Record<string, number> | undefined) =>
  Object.entries(jobs ?? {})
    .map(([state, n]) => `${n} ${state}`)
    .join(", ") || "none";

/** Reads an application state as Flink spells it, in any case ("finished" → FINISHED). */
export function parseApplicationState(value: string): ApplicationState {
  const state = ENUMS.ApplicationState.find((s) => s === value.toUpperCase());
  if (!state) {
    throw new InvalidArgumentError(
      `expected one of ${ENUMS.ApplicationState.join(", ")}, got ${JSON.stringify(value)}.`,
    );
  }
  return state;
}

function describeApplication(app: ApplicationDetails, exceptions: readonly string[]): string {
  const lines = [
    `Application ${app.id}: ${app.status} (${app.name ?? "unnamed"})`,
    `Started ${time(app["start-time"])}${(app["end-time"] ?? -1) > 0 ? `, ended ${time(app["end-time"])}` : ""}`,
  ];
  const jobs = app.jobs ?? [];
  lines.push(
    jobs.length === 0
      ? "No jobs."
      : table(
          ["JOB ID", "STATE", "TYPE", "NAME"],
          jobs.map((j) => [j.jid ?? "", j.state ?? "", j.jobType ?? "", j.name ?? ""]),
        ),
  );
  for (const trace of exceptions) {
    lines.push(
      `\n${trace
        .split("\n")
        .filter((l) => !l.startsWith("\tat ") && !/^\t\.\.\. \d+ more$/.test(l))
        .join("\n")}`,
    );
  }
  return lines.join("\n");
}

export interface RunApplicationFlags extends RunFlags {
  applicationId?: string;
  wait?: boolean;
  detached?: boolean;
  waitUntil?: ApplicationState[];
  waitTimeout?: number;
  keepJar?: boolean;
}

/**
 * `flink-rest run --application <jar> [args...]` (Flink 2.3+). The program reads the jar for
 * every job it submits, so the jar is deleted only after waiting for an end state.
 */
export async function runApplicationCommand(
  client: FlinkClient,
  out: Output,
  jar: string,
  programArgs: readonly string[],
  flags: RunApplicationFlags,
): Promise<void> {
  if ((flags.wait || flags.waitUntil) && flags.detached) {
    throw new FlinkInputError("invalid-option", "--wait and --detached contradict each other: choose one.", {
      field: "wait",
    });
  }
  const until = flags.waitUntil;
  const waits = flags.wait === true || until !== undefined;
  const deleteJar = !flags.keepJar && until !== undefined && until.every(isTerminalApplicationState);
  const progress = out.json ? undefined : createProgressReporter(`uploading ${jar}`);
  const result = await submitJar(
    client,
    { path: jar },
    {
      application: true,
      ...runOptionsFrom(flags, programArgs),
      ...(flags.applicationId !== undefined ? { applicationId: flags.applicationId } : {}),
      ...(flags.clusterKeys ? { clusterKeys: flags.clusterKeys } : {}),
      ...(flags.validation ? { validation: flags.validation } : {}),
      upload: progress ? { onProgress: (p) => progress.update(p) } : {},
      ...(waits
        ? {
            wait: {
              ...(until ? { until } : {}),
              timeoutMs: (flags.waitTimeout ?? 300) * 1000,
              ...(out.json ? {} : { onState: (state: ApplicationState) => out.note(`application: ${state}`) }),
            },
          }
        : {}),
      deleteJar,
    },
  );
  progress?.done();
  if (!out.json) {
    printDiagnostics(out, result.diagnostics);
  }
  const jobs = result.application?.jobs ?? [];
  out.result(
    {
      applicationId: result.applicationId,
      jarId: result.jarId,
      state: result.state,
      jobIds: jobs.map((j) => j.jid),
      jarDeleted: result.jarDeleted,
      diagnostics: result.diagnostics,
    },
    () =>
      [
        `Application has been submitted with ApplicationID ${result.applicationId}${result.state ? ` (${result.state})` : ""}`,
        ...jobs.map((j) => `  job ${j.jid} ${j.state} ${j.name ?? ""}`.trimEnd()),
        ...(result.jarDeleted
          ? []
          : [
              `The jar stays on the cluster as ${result.jarId}: the program reads it for each job it submits (delete it once the application has ended, or use --wait-until FINISHED).`,
            ]),
      ].join("\n"),
  );
}

export async function listApplicationsCommand(client: FlinkClient, out: Output): Promise<void> {
  const apps = await listApplications(client);
  const sorted = [...apps].sort((a, b) => (b["start-time"] ?? 0) - (a["start-time"] ?? 0));
  out.result(sorted, () =>
    sorted.length === 0
      ? "No applications."
      : table(
          ["APPLICATION ID", "STATUS", "STARTED", "JOBS", "NAME"],
          sorted.map((a) => [a.id ?? "", a.status ?? "", time(a["start-time"]), counts(a.jobs), a.name ?? ""]),
        ),
  );
}

export async function showApplicationCommand(client: FlinkClient, out: Output, id: string): Promise<void> {
  const app = await getApplication(client, id);
  const exceptions = await getApplicationExceptions(client, id);
  out.result({ ...app, exceptions }, () =>
    describeApplication(
      app,
      exceptions.map((e) => e.stacktrace ?? ""),
    ),
  );
}

export async function waitApplicationCommand(
  client: FlinkClient,
  out: Output,
  id: string,
  flags: { until?: ApplicationState[]; timeout?: number },
): Promise<void> {
  const app = await waitForApplication(client, id, {
    ...(flags.until ? { until: flags.until } : {}),
    timeoutMs: (flags.timeout ?? 300) * 1000,
    ...(out.json ? {} : { onState: (state: ApplicationState) => out.note(`application ${id}: ${state}`) }),
  });
  out.result(app, () => describeApplication(app, []));
}

export async function cancelApplicationCommand(
  client: FlinkClient,
  out: Output,
  id: string,
  flags: { wait?: boolean },
): Promise<void> {
  const state = await cancelApplication(client, id, { wait: flags.wait !== false });
  out.result(
    { applicationId: id, state: state ?? "CANCELING" },
    () => `Cancelled application ${id}${state ? ` (${state})` : ""}.`,
  );
}

/** Adds `applications` and its subcommands; `context` gives each action its output and client. */
export function addApplicationCommands(
  program: Command,
  context: (command: Command) => { out: Output; client: FlinkClient },
  seconds: (value: string) => number,
): void {
  const applications = program
    .command("applications")
    .description("list and manage the cluster's applications (Flink 2.3+)");
  applications
    .command("list", { isDefault: true })
    .description("list the applications, newest first, with their jobs per state")
    .action(async (_: unknown, command: Command) => {
      const ctx = context(command);
      await listApplicationsCommand(ctx.client, ctx.out);
    });
  applications
    .command("show")
    .description("an application's status, jobs and exceptions")
    .argument("<applicationId>", "the application's id")
    .action(async (id: string, _: unknown, command: Command) => {
      const ctx = context(command);
      await showApplicationCommand(ctx.client, ctx.out, id);
    });
  applications
    .command("wait")
    .description("wait until an application is RUNNING with its jobs running (or --until another state)")
    .argument("<applicationId>", "the application's id")
    .addOption(
      new Option("--until <state>", "a state to wait for (repeatable), e.g. FINISHED").argParser(
        (value: string, previous: ApplicationState[] = []) => [...previous, parseApplicationState(value)],
      ),
    )
    .option("--wait-timeout <seconds>", "how long to wait (default 300)", seconds)
    .action(async (id: string, options: { until?: ApplicationState[]; waitTimeout?: number }, command: Command) => {
      const ctx = context(command);
      await waitApplicationCommand(ctx.client, ctx.out, id, {
        ...(options.until ? { until: options.until } : {}),
        ...(options.waitTimeout ? { timeout: options.waitTimeout } : {}),
      });
    });
  applications
    .command("cancel")
    .description("cancel an application and its running jobs")
    .argument("<applicationId>", "the application's id")
    .option("--no-wait", "return without waiting for CANCELED")
    .action(async (id: string, options: { wait?: boolean }, command: Command) => {
      const ctx = context(command);
      await cancelApplicationCommand(ctx.client, ctx.out, id, options);
    });
}
