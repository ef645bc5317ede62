/** `flink-rest explain`: the configuration a job would run with, with the source of every key; submits nothing. */
import { FLINK_LINES } from "../../../generated/contract-facts.js";
import { unwrap } from "../../client/result.js";
import { getFlinkVersion } from "../../jobs/cluster-version.js";
import { loadFlinkOptionCatalog } from "../../options/load-catalog.js";
import { redactConfiguration, redactValue } from "../../options/redaction.js";
import { buildRunRequest } from "../../run/build.js";
import { resolveRunConfiguration } from "../../run/resolve.js";
import { usageError } from "../invocation.js";
import { table } from "../output.js";
import { programInput } from "../program-input.js";
import type { CommandContext } from "./context.js";
import { targetOptions } from "./target-options.js";

export async function explainCommand(ctx: CommandContext): Promise<void> {
  const { values } = ctx;
  const { jar, options } = programInput(values, ctx.args, "explain");
  const jobId = values.own("job-id");
  const target = targetOptions(values);
  const offline = values.flag("offline");
  let flinkVersion = values.own("flink-version");
  const given = values.pairs("cluster-conf");
  let clusterConfig: Record<string, string> = Object.fromEntries(given);
  if (offline && flinkVersion === undefined) {
    throw usageError(
      `--offline needs --flink-version (e.g. --flink-version ${FLINK_LINES[FLINK_LINES.length - 1]}).`,
      "--flink-version",
    );
  }
  if (!offline) {
    const client = await ctx.client();
    const call = { signal: ctx.signal, ...(ctx.timeoutMs !== undefined ? { timeoutMs: ctx.timeoutMs } : {}) };
    flinkVersion ??= await getFlinkVersion(client, call);
    const entries = unwrap(await client.GET("/jobmanager/config", call), "GET /jobmanager/config") ?? [];
    clusterConfig = { ...Object.fromEntries(entries.map((e) => [e.key, e.value])), ...Object.fromEntries(given) };
  }
  const version = flinkVersion as string;
  const catalog = target.validation === "off" ? undefined : await loadFlinkOptionCatalog();
  const { body, diagnostics } = buildRunRequest(
    { ...options, ...(jobId !== undefined ? { jobId } : {}) },
    { flinkVersion: version, clusterConfig, ...(catalog ? { catalog } : {}), ...target },
  );
  const resolved = resolveRunConfiguration({
    flinkVersion: version,
    clusterConfig,
    body,
    jarPath: jar,
    includeDefaults: false,
    ...(catalog ? { catalog } : {}),
    validation: "off",
  });
  // Values of sensitive keys (passwords, tokens, ...) never reach the terminal or a log.
  const shown = (key: string, value: string) => String(redactValue(key, value));
  const safeBody = body.flinkConfiguration
    ? { ...body, flinkConfiguration: redactConfiguration(body.flinkConfiguration) }
    : body;
  const showAll = values.flag("all");
  const entries = [...resolved.entries.values()]
    .filter((e) => showAll || e.source !== "cluster" || e.replaced !== undefined)
    .sort((a, b) => a.key.localeCompare(b.key));
  ctx.out.result(
    {
      flinkVersion: version,
      request: safeBody,
      settings: resolved.settings,
      configuration: Object.fromEntries(
        [...resolved.entries.values()].map((e) => [e.key, { value: shown(e.key, e.value), source: e.source }]),
      ),
      diagnostics,
    },
    () => {
      const rows = entries.map((e) => [
        e.key,
        shown(e.key, e.value),
        e.source + (e.replaced ? ` (over ${e.replaced.map((r) => r.source).join(", ")})` : ""),
      ]);
      const hidden = resolved.entries.size - entries.length;
      const lines = [
        `Flink ${version}: the job's main() would see this configuration (key, value, where it comes from).`,
        table(["KEY", "VALUE", "SOURCE"], rows),
      ];
      if (hidden > 0) {
        lines.push(`(${hidden} more keys come unchanged from the cluster; --all shows them)`);
      }
      lines.push(`\nRequest body: ${JSON.stringify(safeBody)}`);
      lines.push(
        diagnostics.length === 0
          ? "No diagnostics."
          : `\nDiagnostics:\n${diagnostics.map((d) => `  ${d.severity} [${d.code}] ${d.message}`).join("\n")}`,
      );
      return lines.join("\n");
    },
  );
}
