/**
 * The effective configuration of a job submitted with `POST /jars/{jarid}/run`, computed the way
 * Flink's `JarRunHandler` computes it, with the source of every key. This is the one source of
 * truth for precedence: the SDK's `explain`, the request builder and the fake cluster all call it.
 *
 * Flink's order (lowest to highest): option default < cluster < flinkConfiguration < query < body
 * < user code in main(); with the exceptions Flink has (see README "Where real Flink differs").
 */

import { CONFIGURED_CLASSPATHS_KEPT_LINES } from "../../generated/contract-facts.js";
import { runOptionKey } from "../options/builtin-catalog.js";
import { type ClusterConfigInput, clusterEntries } from "../options/cluster-config.js";
import type { Diagnostic, ValidationMode } from "../options/diagnostics.js";
import { parseFlinkInt } from "../options/java-parsers.js";
import type { OptionCatalog } from "../options/option-catalog.js";
import { quoteValue } from "../options/redaction.js";
import { enforceValidation, validateEntries } from "../options/validate.js";
import { inLines } from "../versions/contract.js";
import { type FlinkVersion, releaseLine } from "../versions/flink-version.js";
import { forcesDetached, type RequestKind, restores } from "./fields.js";
import {
  applyClusterKeyPolicy,
  type ClusterKeyPolicy,
  clusterParallelismIgnored,
  diagnoseRequestKeys,
  mergeDiagnostics,
} from "./findings.js";
import { addDefaults, type ConfigSource, decodeList, type EffectiveEntry, encodeList, Layers } from "./layers.js";
import { parseRunBody } from "./parse-body.js";
import { type ParsedQuery, parseRunQuery, type RunQuery } from "./parse-query.js";
import { resolveProgramArgs } from "./program-args.js";
import { INTERNAL_SERVER_ERROR, refuse } from "./refusal.js";
import { nonEmpty, type RequestParts } from "./request-parts.js";
import { type RestoreSettings, resolveSavepoint } from "./savepoint.js";

export type { ConfigSource, EffectiveEntry } from "./layers.js";

/** The context of a request: the target cluster and what the caller wants checked. */
export interface ResolveContext {
  flinkVersion: FlinkVersion;
  /** The JobManager's configuration (`GET /jobmanager/config`). */
  clusterConfig?: ClusterConfigInput;
  /** Absolute path of the jar on the JobManager (upload `filename`), for `pipeline.jars`. */
  jarPath?: string;
  /** Cluster-scope keys in `flinkConfiguration`: report (default), drop, or refuse. */
  clusterKeys?: ClusterKeyPolicy;
  /** Add entries for known options that nothing sets, with their defaults (default true). */
  includeDefaults?: boolean;
  /**
   * `/run` (default), `/run-application` (`application`: the same resolution, but
   * `execution.attached` is not forced) or `/plan` (no restore fields, no restore settings).
   */
  kind?: RequestKind;
  /**
   * Option facts: defaults, deprecated spellings, scopes and value types of every option. Without
   * one, only the built-in /run facts apply (no unknown-key findings, defaults of the /run keys
   * only). Pass `flinkOptionCatalog` from `flink-rest-client/options` or `await loadFlinkOptionCatalog()`.
   */
  catalog?: OptionCatalog;
  /** Key-by-key validation of flinkConfiguration: `warn` (default) reports, `error` throws, `off` skips. */
  validation?: ValidationMode;
}

export interface ResolveRunInput extends ResolveContext {
  /** The JSON body of the run request, as sent. */
  body?: unknown;
  query?: RunQuery;
}

/** The settings /run derives from the request before running `main()`. */
export interface RunSettings {
  entryClass: string | undefined;
  programArgs: string[];
  parallelism: number;
  jobId: string | undefined;
  /** The restore settings; `undefined` when no savepoint path was found anywhere. */
  savepoint: RestoreSettings | undefined;
}

export interface ResolvedRun {
  flinkVersion: string;
  /** Exactly the configuration the job's `main()` receives (no defaults): key → value. */
  values: Record<string, string>;
  /** `values` plus unset known options with their defaults, each with its source. */
  entries: Map<string, EffectiveEntry>;
  settings: RunSettings;
  diagnostics: Diagnostic[];
  /** Top-level body fields Flink dropped without a word (1.20+ only; up to 1.19 they are a 400). */
  ignoredFields: string[];
}

/**
 * Computes what a job submitted with this request will see. Throws FlinkInputError where Flink
 * fails (and, with `validation: "error"`, where the validator finds an error).
 *
 * @example
 * const { values, entries, diagnostics } = resolveRunConfiguration({
 *   flinkVersion: "2.3",
 *   clusterConfig: { "parallelism.default": "4" },
 *   body: { flinkConfiguration: { "pipeline.name": "orders" } },
 *   catalog: await loadFlinkOptionCatalog(),
 * });
 * entries.get("parallelism.default"); // { value: "1", source: "handler", replaced: [{ source: "cluster", value: "4" }] }
 */
export function resolveRunConfiguration(input: ResolveRunInput): ResolvedRun {
  releaseLine(input.flinkVersion); // validates the version string up front
  const kind = input.kind ?? "run";
  const parts = parseRunBody(input.body, input.flinkVersion, kind);
  const query = parseRunQuery(input.query ?? {}, input.flinkVersion, kind);
  return resolveParts(parts, query, input).resolved;
}

/**
 * The resolver over a request already read (by the body parser, or built by the request
 * builder): returns the resolution and the `flinkConfiguration` Flink will get (after the caller's
 * cluster-key policy).
 */
export function resolveParts(
  parts: RequestParts,
  query: ParsedQuery,
  context: ResolveContext,
): { resolved: ResolvedRun; sent: ReadonlyMap<string, string> } {
  const version = context.flinkVersion;
  const kind = context.kind ?? "run";
  const diagnostics: Diagnostic[] = [];
  const requestConf = requestConfiguration(parts, context, diagnostics);
  const key = (role: Parameters<typeof runOptionKey>[0]) => runOptionKey(role, version);

  const layers = new Layers();
  // 1. The handler starts from a copy of the JobManager's configuration ...
  for (const [k, value] of clusterEntries(context.clusterConfig)) {
    layers.set(k, value, "cluster");
  }
  // ... and forces the deployment keys of its embedded executor (/run-application only the target).
  if (forcesDetached(kind)) {
    layers.set(key("attached"), "false", "handler");
  }
  layers.set(key("target"), "embedded", "handler");

  // 2. JarHandlerContext.fromRequest: the request-only configuration is the parallelism fallback,
  //    evaluated eagerly (a bad value fails even when the body has a parallelism).
  const confParallelism = readRequestParallelism(requestConf, key("parallelism"));
  const entryClass = nonEmpty(parts.entryClass) ?? nonEmpty(query.entryClass);
  const programArgs = resolveProgramArgs(
    parts.programArgsList,
    query.programArg,
    nonEmpty(parts.programArgs) ?? query.programArgs,
  );
  const parallelism = parts.parallelism ?? query.parallelism ?? confParallelism ?? 1;
  const parallelismSource: ConfigSource =
    parts.parallelism !== undefined
      ? "body"
      : query.parallelism !== undefined
        ? "query"
        : confParallelism !== undefined
          ? "flinkConfiguration"
          : "handler";

  // 3. applyToConfiguration: every request entry on top of the cluster copy, key by key.
  for (const [k, value] of requestConf) {
    layers.set(k, value, "flinkConfiguration");
  }
  if (parts.jobId !== undefined) {
    layers.set(key("jobId"), parts.jobId, "body");
  }
  layers.set(key("parallelism"), String(parallelism), parallelismSource);
  const jar = context.jarPath ? `file:${context.jarPath}` : "file:<uploaded jar>";
  layers.set(key("jars"), encodeList([jar], version) ?? jar, "handler");
  // Lines that keep configured classpaths extend them (FLINK-34580); older ones erase them.
  const configured = layers.values.get(key("classpaths"));
  const kept = inLines(version, CONFIGURED_CLASSPATHS_KEPT_LINES) && configured !== undefined;
  const classpaths = encodeList(kept ? decodeList(configured) : [], version);
  if (classpaths === undefined) {
    layers.remove(key("classpaths"));
  } else {
    layers.set(key("classpaths"), classpaths, "handler");
  }

  // 4. Savepoint restore settings, written back under the version's canonical keys.
  const savepoint = restores(kind) ? resolveSavepoint(parts, query, layers, version) : undefined;
  // DetachedApplicationRunner sets execution.attached=false again before main() runs, whatever
  // the request's flinkConfiguration said (reference §3 step 7).
  if (kind === "run" && layers.values.get(key("attached")) !== "false") {
    layers.set(key("attached"), "false", "handler");
  }

  // 5. Findings: key by key (the validator), then what the request as a whole does to them.
  const validation = context.validation ?? "warn";
  const keyFindings =
    validation === "off"
      ? []
      : validateEntries(requestConf, {
          flinkVersion: version,
          ...(context.catalog ? { catalog: context.catalog } : {}),
          ...(context.clusterConfig ? { clusterConfig: context.clusterConfig } : {}),
        });
  diagnoseRequestKeys(requestConf, layers, parts, query, version, diagnostics);
  if (parallelismSource === "handler") {
    const clusterValue = new Map(clusterEntries(context.clusterConfig)).get(key("parallelism"));
    if (clusterValue !== undefined && clusterValue !== "1") {
      diagnostics.push(clusterParallelismIgnored(clusterValue));
    }
  }
  const allDiagnostics = mergeDiagnostics(keyFindings, diagnostics);
  enforceValidation(allDiagnostics, validation);

  const entries = new Map(layers.entries);
  if (context.includeDefaults ?? true) {
    addDefaults(entries, layers.values, version, context.catalog);
  }
  const resolved: ResolvedRun = {
    flinkVersion: version,
    values: Object.fromEntries(layers.values),
    entries,
    settings: { entryClass, programArgs, parallelism, jobId: parts.jobId, savepoint },
    diagnostics: allDiagnostics,
    ignoredFields: parts.ignoredFields,
  };
  return { resolved, sent: requestConf };
}

/**
 * The request's flinkConfiguration as Flink builds it (`Configuration.fromMap`), after the
 * caller's cluster-key policy: a null value fails with 500.
 */
function requestConfiguration(
  parts: RequestParts,
  context: ResolveContext,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const conf = new Map<string, string>();
  for (const [key, value] of parts.flinkConfiguration ?? []) {
    if (value === null) {
      throw refuse(
        "null-config-value",
        `flinkConfiguration["${key}"] is null: Flink answers 500 (its Configuration refuses null values). Leave the key out (or set it to undefined) to keep the cluster's value.`,
        { field: key, answer: INTERNAL_SERVER_ERROR },
      );
    }
    const dropped = applyClusterKeyPolicy(key, context.flinkVersion, context.clusterKeys ?? "report", context.catalog);
    if (dropped) {
      diagnostics.push(dropped);
      continue;
    }
    conf.set(key, value);
  }
  return conf;
}

function readRequestParallelism(requestConf: ReadonlyMap<string, string>, key: string): number | undefined {
  const raw = requestConf.get(key);
  if (raw === undefined) {
    return undefined;
  }
  const n = parseFlinkInt(raw);
  if (n === undefined) {
    throw refuse(
      "invalid-config-value",
      `flinkConfiguration["${key}"] = ${quoteValue(key, raw)} is not an integer: Flink answers 500, even when the body sets "parallelism".`,
      { field: key, answer: INTERNAL_SERVER_ERROR },
    );
  }
  return n;
}
