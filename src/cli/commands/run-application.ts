/**
 * `flink-rest run --application <jar> [arguments...]` (Flink 2.3+): the jar runs as an application,
 * whose program may submit several jobs. The program reads the jar for every job it submits, so
 * the jar is deleted only after waiting for an end state (`--wait-until FINISHED`).
 */
import { ENUMS } from "../../../generated/contract-facts.js";
import { type ApplicationState, isTerminalApplicationState } from "../../jobs/application-state.js";
import { submitJar } from "../../jobs/submit.js";
import { usageError } from "../invocation.js";
import type { OptionValues } from "../option-values.js";
import { programInput } from "../program-input.js";
import { createProgressReporter } from "../progress.js";
import type { CommandContext } from "./context.js";
import { printDiagnostics, runCommand, UPLOAD_TIMEOUT_S } from "./run.js";
import { targetOptions } from "./target-options.js";

/** Application states as Flink spells them, read in any case ("finished" → FINISHED). */
export function applicationStates(values: OptionValues, name: string): ApplicationState[] | undefined {
  const given = values.ownValues(name);
  if (given.length === 0) {
    return undefined;
  }
  return given.map((value) => {
    const state = ENUMS.ApplicationState.find((s) => s === value.toUpperCase());
    if (!state) {
      throw usageError(
        `--${name} expects one of ${ENUMS.ApplicationState.join(", ")}, got ${JSON.stringify(value)}.`,
        `--${name}`,
      );
    }
    return state;
  });
}

/** `flink-rest run`: as an application with --application, else a job (refusing the application flags). */
export async function runOrApplicationCommand(ctx: CommandContext): Promise<void> {
  if (ctx.values.flag("application")) {
    return runApplicationCommand(ctx);
  }
  refuseApplicationFlags(ctx.values);
  return runCommand(ctx);
}

/** The application flags of `run`, refused without --application (checked before anything is sent). */
function refuseApplicationFlags(values: OptionValues): void {
  for (const flag of ["application-id", "wait-until"]) {
    if (values.own(flag) !== undefined) {
      throw usageError(`--${flag} needs --application.`, `--${flag}`);
    }
  }
}

export async function runApplicationCommand(ctx: CommandContext): Promise<void> {
  const { values } = ctx;
  const { jar, options } = programInput(values, ctx.args, "run");
  const until = applicationStates(values, "wait-until");
  const wait = values.flag("wait") || until !== undefined;
  if (wait && values.has("detached")) {
    throw usageError("--wait/--wait-until and -d/--detached contradict each other: choose one.", "--wait");
  }
  const applicationId = values.own("application-id");
  const jobId = values.own("job-id");
  const waitTimeout = values.integer(values.own("wait-timeout"), "--wait-timeout", 1, 86_400) ?? 300;
  const uploadTimeout = values.integer(values.own("upload-timeout"), "--upload-timeout", 1, 86_400) ?? UPLOAD_TIMEOUT_S;
  // The program reads the jar per job: it may go only once the application has ended.
  const deleteJar = !values.flag("keep-jar") && until !== undefined && until.every(isTerminalApplicationState);
  const client = await ctx.client();
  const progress = ctx.out.json ? undefined : createProgressReporter(`uploading ${jar}`);
  const result = await submitJar(
    client,
    { path: jar },
    {
      application: true,
      ...options,
      ...(applicationId !== undefined ? { applicationId } : {}),
      ...(jobId !== undefined ? { jobId } : {}),
      ...targetOptions(values),
      signal: ctx.signal,
      ...(ctx.timeoutMs !== undefined ? { timeoutMs: ctx.timeoutMs } : {}),
      upload: {
        ...(progress ? { onProgress: (p) => progress.update(p) } : {}),
        timeoutMs: uploadTimeout * 1000,
        ...(ctx.timeoutMs !== undefined ? { stallTimeoutMs: ctx.timeoutMs } : {}),
      },
      ...(wait
        ? {
            wait: {
              ...(until ? { until } : {}),
              timeoutMs: waitTimeout * 1000,
              ...(ctx.out.json ? {} : { onState: (state: ApplicationState) => ctx.out.note(`application: ${state}`) }),
            },
          }
        : {}),
      deleteJar,
    },
  ).finally(() => progress?.done());
  printDiagnostics(ctx, result.diagnostics);
  if (result.cleanupError) {
    ctx.out.warn(
      `the application ended, but deleting the uploaded jar ${result.jarId} failed (${result.cleanupError.message}); delete it with DELETE /jars/${result.jarId}.`,
    );
  }
  const jobs = result.application?.jobs ?? [];
  ctx.out.result(
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
