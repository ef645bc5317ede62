/**
 * `flink-rest info`: the plan of a jar, like `flink info`: the request is built and checked first,
 * then the jar is uploaded, planned (`POST /jars/{jarid}/plan` with the flinkConfiguration) and
 * deleted again, also when planning fails or the user interrupts.
 */
import { unwrap } from "../../client/result.js";
import { getFlinkVersion } from "../../jobs/cluster-version.js";
import { uploadJar } from "../../jobs/upload.js";
import { loadFlinkOptionCatalog } from "../../options/load-catalog.js";
import { buildPlanRequest } from "../../run/build.js";
import { table } from "../output.js";
import { programInput } from "../program-input.js";
import type { CommandContext } from "./context.js";
import { printDiagnostics, UPLOAD_TIMEOUT_S } from "./run.js";
import { targetOptions } from "./target-options.js";

interface PlanNode {
  id?: string;
  parallelism?: number;
  description?: string;
  operator?: string;
}

export async function infoCommand(ctx: CommandContext): Promise<void> {
  const { values } = ctx;
  const { jar, options } = programInput(values, ctx.args, "info");
  const { savepointPath, allowNonRestoredState, claimMode, ...planOptions } = options;
  const target = targetOptions(values);
  const uploadTimeout = values.integer(values.own("upload-timeout"), "--upload-timeout", 1, 86_400) ?? UPLOAD_TIMEOUT_S;
  const client = await ctx.client();
  const call = { signal: ctx.signal, ...(ctx.timeoutMs !== undefined ? { timeoutMs: ctx.timeoutMs } : {}) };
  const flinkVersion = await getFlinkVersion(client, call);
  const catalog = target.validation === "off" ? undefined : await loadFlinkOptionCatalog();
  const { body, diagnostics } = buildPlanRequest(planOptions, {
    flinkVersion,
    ...(catalog ? { catalog } : {}),
    ...target,
  });
  const { jarId } = await uploadJar(
    client,
    { path: jar },
    {
      signal: ctx.signal,
      timeoutMs: uploadTimeout * 1000,
      ...(ctx.timeoutMs !== undefined ? { stallTimeoutMs: ctx.timeoutMs } : {}),
    },
  );
  let plan: { nodes?: PlanNode[] } & Record<string, unknown>;
  try {
    const answer = unwrap(
      await client.POST("/jars/{jarid}/plan", { params: { path: { jarid: jarId } }, body, ...call }),
      `POST /jars/${jarId}/plan`,
    );
    plan = (answer?.plan ?? {}) as typeof plan;
  } finally {
    // Not with the interrupt's signal: the jar goes also when the user stopped the command.
    await client.DELETE("/jars/{jarid}", { params: { path: { jarid: jarId } } }).catch(() => undefined);
  }
  printDiagnostics(ctx, diagnostics);
  const nodes = Array.isArray(plan.nodes) ? plan.nodes : [];
  ctx.out.result({ flinkVersion, plan, diagnostics }, () =>
    [
      `Execution plan of ${jar} (Flink ${flinkVersion}), ${nodes.length} operator${nodes.length === 1 ? "" : "s"}:`,
      table(
        ["ID", "PARALLELISM", "OPERATOR"],
        nodes.map((n) => [String(n.id ?? ""), String(n.parallelism ?? ""), String(n.description ?? n.operator ?? "")]),
      ),
      "(--json prints the whole plan)",
    ].join("\n"),
  );
}
