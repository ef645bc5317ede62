/**
 * `flink-rest run` and `flink-rest explain`: the flags of `flink run`, over REST.
 */
import { FLINK_LINES } from "../../generated/contract-facts.js";
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkInputError } from "../errors.js";
import type { ApplicationState } from "../jobs/application-state.js";
import { getFlinkVersion } from "../jobs/cluster-version.js";
import { submitJar } from "../jobs/submit.js";
import type { Diagnostic } from "../options/diagnostics.js";
import { loadFlinkOptionCatalog } from "../options/load-catalog.js";
import { redactConfiguration, redactValue } from "../options/redaction.js";
import { buildRunRequest } from "../run/build.js";
import { CLAIM_MODES, type ClaimMode } from "../run/fields.js";
import type { RunJarOptions } from "../run/from-options.js";
import { resolveRunConfiguration } from "../run/resolve.js";
import type { Output } from "./output.js";
import { table } from "./output.js";
import { createProgressReporter } from "./progress.js";

/** Flags shared by `run` and `explain` (commander's parsed options). */
export interface RunFlags {
  validation?: "warn" | "error" | "off";
  class?: string;
  parallelism?: number;
  fromSavepoint?: string;
  allowNonRestoredState?: boolean;
  claimMode?: string;
  define?: Record<string, string>;
  jobId?: string;
  clusterKeys?: "report" | "drop" | "error";
}

export function parseClaimMode(value: string): ClaimMode {
  const upper = value.toUpperCase().replaceAll("-", "_");
  if (!(CLAIM_MODES as readonly string[]).includes(upper)) {
    throw new FlinkInputError(
      "invalid-field",
      `--claim-mode must be one of ${CLAIM_MODES.join(", ")}, got ${JSON.stringify(value)}.`,
      {
        field: "claimMode",
      },
    );
  }
  return upper as ClaimMode;
}

export function runOptionsFrom(flags: RunFlags, programArgs: readonly string[]): RunJarOptions {
  return {
    ...(flags.class !== undefined ? { entryClass: flags.class } : {}),
    ...(flags.parallelism !== undefined ? { parallelism: flags.parallelism } : {}),
    ...(flags.fromSavepoint !== undefined ? { savepointPath: flags.fromSavepoint } : {}),
    ...(flags.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
    ...(flags.claimMode !== undefined ? { claimMode: parseClaimMode(flags.claimMode) } : {}),
    ...(flags.jobId !== undefined ? { jobId: flags.jobId } : {}),
    ...(programArgs.length > 0 ? { programArgs: [...programArgs] } : {}),
    ...(flags.define && Object.keys(flags.define).length > 0 ? { flinkConfiguration: flags.define } : {}),
  };
}

export function printDiagnostics(out: Output, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    out.note(`${d.severity}: ${d.message}`);
  }
}

export interface RunCommandFlags extends RunFlags {
  wait?: boolean;
  detached?: boolean;
  keepJar?: boolean;
  waitTimeout?: number;
  /** Application flags (`run --application`, ./application-commands.ts): refused here without it. */
  applicationId?: string;
  waitUntil?: ApplicationState[];
}

/** `flink-rest run <jar> [args...]`. */
export async function runCommand(
  client: FlinkClient,
  out: Output,
  jar: string,
  programArgs: readonly string[],
  flags: RunCommandFlags,
): Promise<void> {
  if ((flags.wait || flags.waitUntil) && flags.detached) {
    throw new FlinkInputError("invalid-option", "--wait and --detached contradict each other: choose one.", {
      field: "wait",
    });
  }
  for (const [flag, value] of [
    ["--application-id", flags.applicationId],
    ["--wait-until", flags.waitUntil],
  ] as const) {
    if (value !== undefined) {
      throw new FlinkInputError("invalid-option", `${flag} needs --application.`, { field: flag.slice(2) });
    }
  }
  const options = runOptionsFrom(flags, programArgs);
  const progress = out.json ? undefined : createProgressReporter(`uploading ${jar}`);
  const result = await submitJar(
    client,
    { path: jar },
    {
      ...options,
      ...(flags.clusterKeys ? { clusterKeys: flags.clusterKeys } : {}),
      ...(flags.validation ? { validation: flags.validation } : {}),
      upload: progress ? { onProgress: (p) => progress.update(p) } : {},
      ...(flags.wait ? { wait: { timeoutMs: (flags.waitTimeout ?? 300) * 1000 } } : {}),
      deleteJar: !flags.keepJar,
    },
  );
  progress?.done();
  if (!out.json) {
    printDiagnostics(out, result.diagnostics);
  }
  out.result(
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

export interface ExplainFlags extends RunFlags {
  flinkVersion?: string;
  clusterConf?: Record<string, string>;
  offline?: boolean;
  showAll?: boolean;
}

/** `flink-rest explain <jar> [args...]`: the effective configuration and diagnostics, nothing submitted. */
export async function explainCommand(
  client: FlinkClient | undefined,
  out: Output,
  jar: string,
  programArgs: readonly string[],
  flags: ExplainFlags,
): Promise<void> {
  const options = runOptionsFrom(flags, programArgs);
  let flinkVersion = flags.flinkVersion;
  let clusterConfig: Record<string, string> = { ...(flags.clusterConf ?? {}) };
  if (!flags.offline) {
    if (!client) {
      throw new FlinkInputError("invalid-option", "explain needs a cluster (--url) or --offline with --flink-version.");
    }
    flinkVersion ??= await getFlinkVersion(client);
    const entries = unwrap(await client.GET("/jobmanager/config"), "GET /jobmanager/config") ?? [];
    clusterConfig = { ...Object.fromEntries(entries.map((e) => [e.key, e.value])), ...clusterConfig };
  }
  if (!flinkVersion) {
    throw new FlinkInputError(
      "invalid-option",
      `--offline needs --flink-version (e.g. --flink-version ${FLINK_LINES[FLINK_LINES.length - 1]}).`,
      {
        field: "flinkVersion",
      },
    );
  }
  const catalog = flags.validation === "off" ? undefined : await loadFlinkOptionCatalog();
  const { body, diagnostics } = buildRunRequest(options, {
    flinkVersion,
    clusterConfig,
    ...(flags.clusterKeys ? { clusterKeys: flags.clusterKeys } : {}),
    ...(catalog ? { catalog } : {}),
    ...(flags.validation ? { validation: flags.validation } : {}),
  });
  const resolved = resolveRunConfiguration({
    flinkVersion,
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
  const entries = [...resolved.entries.values()]
    .filter((e) => flags.showAll || e.source !== "cluster" || e.replaced !== undefined)
    .sort((a, b) => a.key.localeCompare(b.key));
  out.result(
    {
      flinkVersion,
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
        `Flink ${flinkVersion}: the job's main() would see this configuration (key, value, where it comes from).`,
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
