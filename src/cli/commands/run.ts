/** `flink-rest run`: `flink run -d` over REST, with every check before the upload. */
import { submitJar } from "../../jobs/submit.js";
import type { Diagnostic } from "../../options/diagnostics.js";
import { usageError } from "../invocation.js";
import { programInput } from "../program-input.js";
import { createProgressReporter } from "../progress.js";
import type { CommandContext } from "./context.js";
import { targetOptions } from "./target-options.js";

/** Default of --upload-timeout, in seconds: the whole upload's budget (a stall ends it sooner). */
export const UPLOAD_TIMEOUT_S = 3600;

export function printDiagnostics(ctx: CommandContext, diagnostics: readonly Diagnostic[]): void {
  if (!ctx.out.json) {
    for (const d of diagnostics) {
      ctx.out.note(`${d.severity}: ${d.message}`);
    }
  }
}

export async function runCommand(ctx: CommandContext): Promise<void> {
  const { values } = ctx;
  const { jar, options } = programInput(values, ctx.args, "run");
  const wait = values.flag("wait");
  if (wait && values.has("detached")) {
    throw usageError("--wait and -d/--detached contradict each other: choose one.", "--wait");
  }
  const jobId = values.own("job-id");
  const waitTimeout = values.integer(values.own("wait-timeout"), "--wait-timeout", 1, 86_400) ?? 300;
  const uploadTimeout = values.integer(values.own("upload-timeout"), "--upload-timeout", 1, 86_400) ?? UPLOAD_TIMEOUT_S;
  const target = targetOptions(values);
  const client = await ctx.client();
  const progress = ctx.out.json ? undefined : createProgressReporter(`uploading ${jar}`);
  const result = await submitJar(
    client,
    { path: jar },
    {
      ...options,
      ...(jobId !== undefined ? { jobId } : {}),
      ...target,
      signal: ctx.signal,
      ...(ctx.timeoutMs !== undefined ? { timeoutMs: ctx.timeoutMs } : {}),
      upload: {
        ...(progress ? { onProgress: (p) => progress.update(p) } : {}),
        timeoutMs: uploadTimeout * 1000,
        ...(ctx.timeoutMs !== undefined ? { stallTimeoutMs: ctx.timeoutMs } : {}),
      },
      ...(wait ? { wait: { timeoutMs: waitTimeout * 1000 } } : {}),
      deleteJar: !values.flag("keep-jar"),
    },
  ).finally(() => progress?.done());
  printDiagnostics(ctx, result.diagnostics);
  if (result.cleanupError) {
    ctx.out.warn(
      `the job was submitted, but deleting the uploaded jar ${result.jarId} failed (${result.cleanupError.message}); delete it with DELETE /jars/${result.jarId}.`,
    );
  }
  ctx.out.result(
    {
      jobId: result.jobId,
      jarId: result.jarId,
      applicationId: result.applicationId,
      state: result.state,
      jarDeleted: result.jarDeleted,
      diagnostics: result.diagnostics,
    },
    () =>
      `Job has been submitted with JobID ${result.jobId}${result.state ? ` (${result.state})` : ""}` +
      `${result.jarDeleted ? "" : `\nThe jar stays on the cluster as ${result.jarId}.`}`,
  );
}
