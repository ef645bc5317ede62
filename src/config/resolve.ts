/**
 * The effective configuration of a job submitted with `POST /jars/{jarid}/run`, computed the way
 * Flink's `JarRunHandler` computes it, with the source of every key. This is the one source of
 * truth for precedence: the SDK's `explain`, the request builder's diagnostics and the fake
 * cluster all call it.
 *
 * Flink's order (lowest to highest): option default < cluster < flinkConfiguration < query < body
 * < user code in main(); with the exceptions Flink has (see README "Where real Flink differs").
 */
import { FlinkInputError, type FlinkOutcome } from "../errors.js";
import { type FlinkVersion, isAtLeast, releaseLine } from "../internal/flink-version.js";
import { droppedKeyMessage, keepUnderPolicy } from "./cluster-keys.js";
import type { ClusterKeyPolicy, Diagnostic } from "./diagnostics.js";
import { findOption, getOption, knownKeys, lookup, savepointKeys, scopeOfKey, suggestKeys } from "./options.js";
import { type BodyKind, type ParsedRunBody, parseRunBody } from "./run-body.js";
import { CLAIM_MODES, type ClaimMode } from "./run-fields.js";
import { parseFlinkBoolean, parseFlinkEnum, parseFlinkInt } from "./value-parsers.js";

/** Where an effective value came from. `handler` = set or forced by Flink's /run handler itself. */
export type ConfigSource = "default" | "cluster" | "flinkConfiguration" | "query" | "body" | "handler";

export interface EffectiveEntry {
  readonly key: string;
  readonly value: string;
  readonly source: ConfigSource;
  /** Values from lower layers that this one replaced, oldest first. */
  readonly replaced?: ReadonlyArray<{ readonly source: ConfigSource; readonly value: string }>;
}

/** Query parameters of `/jars/{jarid}/run`, as strings (as on the wire) or typed values. */
export interface RunQuery {
  "entry-class"?: string;
  parallelism?: number | string;
  savepointPath?: string;
  allowNonRestoredState?: boolean | string;
  programArg?: string | readonly string[];
  /** Removed in Flink 2.0. */
  "program-args"?: string;
}

/** The cluster configuration: a map, or `GET /jobmanager/config`'s list of `{ key, value }`. */
export type ClusterConfigInput = Readonly<Record<string, string>> | ReadonlyArray<{ key: string; value: string }>;

export interface ResolveRunInput {
  flinkVersion: FlinkVersion;
  /** The JobManager's configuration (`GET /jobmanager/config`). */
  clusterConfig?: ClusterConfigInput;
  /** The JSON body of the run request, as sent. */
  body?: unknown;
  query?: RunQuery;
  /** Absolute path of the jar on the JobManager (upload `filename`), for `pipeline.jars`. */
  jarPath?: string;
  /** Cluster-scope keys in `flinkConfiguration`: report (default), drop, or refuse. */
  clusterKeys?: ClusterKeyPolicy;
  /** Add entries for known options that nothing sets, with their defaults (default true). */
  includeDefaults?: boolean;
  /** `/run` (default) or `/plan`, whose body has no restore fields and which applies no restore settings. */
  kind?: BodyKind;
}

/** The settings /run derives from the request before running `main()`. */
export interface RunSettings {
  entryClass: string | undefined;
  programArgs: string[];
  parallelism: number;
  jobId: string | undefined;
  /** The restore settings; `undefined` when no savepoint path was found anywhere. */
  savepoint: { path: string; allowNonRestoredState: boolean; claimMode: ClaimMode } | undefined;
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

const SERVER_ERROR: FlinkOutcome = { status: 500, message: "Internal server error." };

class Layers {
  readonly entries = new Map<string, EffectiveEntry>();
  readonly values = new Map<string, string>();

  set(key: string, value: string, source: ConfigSource): void {
    const prev = this.entries.get(key);
    const replaced = prev ? [...(prev.replaced ?? []), { source: prev.source, value: prev.value }] : undefined;
    this.entries.set(key, replaced ? { key, value, source, replaced } : { key, value, source });
    this.values.set(key, value);
  }
}

/** Computes what a job submitted with this request will see. Throws FlinkInputError where Flink fails. */
export function resolveRunConfiguration(input: ResolveRunInput): ResolvedRun {
  const version = input.flinkVersion;
  releaseLine(version); // validates the version string up front
  const diagnostics: Diagnostic[] = [];
  const kind = input.kind ?? "run";
  const body = parseRunBody(input.body, version, kind);
  const query = parseRunQuery(input.query ?? {}, version);
  const requestConf = requestConfiguration(body, version, input.clusterKeys ?? "report", diagnostics);

  const layers = new Layers();
  // 1. The handler starts from a copy of the JobManager's configuration ...
  for (const [key, value] of clusterEntries(input.clusterConfig)) {
    layers.set(key, value, "cluster");
  }
  // ... and forces the two deployment keys of its embedded executor.
  layers.set("execution.attached", "false", "handler");
  layers.set("execution.target", "embedded", "handler");

  // 2. JarHandlerContext.fromRequest: the request-only configuration is the parallelism fallback,
  //    evaluated eagerly (a bad value fails even when the body has a parallelism).
  const confParallelism = readRequestParallelism(requestConf);
  const entryClass = nonEmpty(body.entryClass) ?? nonEmpty(query.entryClass);
  const programArgs = resolveProgramArgs(body, query);
  const parallelism = body.parallelism ?? query.parallelism ?? confParallelism ?? 1;
  const parallelismSource: ConfigSource =
    body.parallelism !== undefined
      ? "body"
      : query.parallelism !== undefined
        ? "query"
        : confParallelism !== undefined
          ? "flinkConfiguration"
          : "handler";

  // 3. applyToConfiguration: every request entry on top of the cluster copy, key by key.
  for (const [key, value] of requestConf) {
    layers.set(key, value, "flinkConfiguration");
  }
  if (body.jobId !== undefined) {
    layers.set("$internal.pipeline.job-id", body.jobId, "body");
  }
  layers.set("parallelism.default", String(parallelism), parallelismSource);
  layers.set("pipeline.jars", input.jarPath ? `file:${input.jarPath}` : "file:<uploaded jar>", "handler");
  // Up to 1.19 the handler erased configured classpaths; from 1.20 it keeps them (FLINK-34580).
  const classpaths = isAtLeast(version, "1.20") ? (layers.values.get("pipeline.classpaths") ?? "") : "";
  layers.set("pipeline.classpaths", classpaths, "handler");

  // 4. Savepoint restore settings, written back under the version's canonical keys.
  const savepoint = kind === "run" ? resolveSavepoint(body, query, layers, version) : undefined;

  diagnoseRequestKeys(requestConf, layers, body, query, version, diagnostics);
  diagnoseClusterParallelism(input.clusterConfig, parallelismSource, diagnostics);

  const entries = new Map(layers.entries);
  if (input.includeDefaults ?? true) {
    addDefaults(entries, layers.values, version);
  }
  return {
    flinkVersion: version,
    values: Object.fromEntries(layers.values),
    entries,
    settings: { entryClass, programArgs, parallelism, jobId: body.jobId, savepoint },
    diagnostics,
    ignoredFields: body.ignoredFields,
  };
}

function* clusterEntries(config: ClusterConfigInput | undefined): Iterable<[string, string]> {
  if (!config) {
    return;
  }
  if (Array.isArray(config)) {
    for (const { key, value } of config as ReadonlyArray<{ key: string; value: string }>) {
      yield [key, value];
    }
    return;
  }
  yield* Object.entries(config as Readonly<Record<string, string>>);
}

/** The request's flinkConfiguration as Flink builds it (`Configuration.fromMap`): a null value fails with 500. */
function requestConfiguration(
  body: ParsedRunBody,
  version: FlinkVersion,
  policy: ClusterKeyPolicy,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const conf = new Map<string, string>();
  for (const [key, value] of Object.entries(body.flinkConfiguration ?? {})) {
    if (value === null) {
      throw new FlinkInputError(
        "null-config-value",
        `flinkConfiguration["${key}"] is null: Flink answers 500 (its Configuration refuses null values).`,
        { field: key, flinkOutcome: SERVER_ERROR },
      );
    }
    if (!keepUnderPolicy(key, version, policy)) {
      diagnostics.push({ code: "cluster-scope-key-dropped", severity: "info", key, message: droppedKeyMessage(key) });
      continue;
    }
    conf.set(key, value);
  }
  return conf;
}

function readRequestParallelism(requestConf: ReadonlyMap<string, string>): number | undefined {
  const raw = requestConf.get("parallelism.default");
  if (raw === undefined) {
    return undefined;
  }
  const n = parseFlinkInt(raw);
  if (n === undefined) {
    throw new FlinkInputError(
      "invalid-config-value",
      `flinkConfiguration["parallelism.default"] = ${JSON.stringify(raw)} is not an integer: Flink answers 500, even when the body sets "parallelism".`,
      { field: "parallelism.default", flinkOutcome: SERVER_ERROR },
    );
  }
  return n;
}

interface ParsedQuery {
  entryClass?: string;
  parallelism?: number;
  savepointPath?: string;
  allowNonRestoredState?: boolean;
  programArg: string[];
  programArgs?: string;
}

function badQuery(name: string, value: string): FlinkInputError {
  return new FlinkInputError("invalid-field", `Query parameter ${name}=${JSON.stringify(value)} is invalid.`, {
    field: name,
    flinkOutcome: {
      status: 400,
      message: `Bad request, could not parse parameters: Cannot resolve query parameter (${name}) from value "${value}".`,
    },
  });
}

/** Query parameters as Flink's message parameters read them. */
export function parseRunQuery(query: RunQuery, version: FlinkVersion): ParsedQuery {
  const parsed: ParsedQuery = { programArg: [] };
  if (query["entry-class"] !== undefined) {
    parsed.entryClass = query["entry-class"];
  }
  if (query.parallelism !== undefined) {
    const text = String(query.parallelism);
    if (text.includes(",")) {
      throw new FlinkInputError("invalid-field", `Query parameter parallelism=${text} has several values.`, {
        field: "parallelism",
        flinkOutcome: { status: 400, message: `Expected only one value [${text.split(",").join(", ")}].` },
      });
    }
    const n = parseFlinkInt(text);
    if (n === undefined) {
      throw badQuery("parallelism", text);
    }
    parsed.parallelism = n;
  }
  if (query.savepointPath !== undefined) {
    parsed.savepointPath = query.savepointPath;
  }
  if (query.allowNonRestoredState !== undefined) {
    // Flink reads anything but "true" (any case) as false, without an error.
    parsed.allowNonRestoredState = String(query.allowNonRestoredState).toLowerCase() === "true";
  }
  if (query.programArg !== undefined) {
    const list = typeof query.programArg === "string" ? [query.programArg] : [...query.programArg];
    parsed.programArg = list.flatMap((v) => v.split(","));
  }
  if (query["program-args"] !== undefined && !isAtLeast(version, "2.0")) {
    parsed.programArgs = query["program-args"];
  }
  return parsed;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

/** Flink's tokenizer for the old `programArgs` string: whitespace-separated, quotes group words. */
export function tokenizeProgramArgs(args: string | undefined): string[] {
  if (args === undefined) {
    return [];
  }
  const tokens: string[] = [];
  for (const m of args.matchAll(/([^"']\S*|".+?"|'.+?')\s*/g)) {
    tokens.push(m[0].trim().replaceAll('"', "").replaceAll("'", ""));
  }
  return tokens;
}

function resolveProgramArgs(body: ParsedRunBody, query: ParsedQuery): string[] {
  const list = body.programArgsList ?? query.programArg;
  const old = tokenizeProgramArgs(nonEmpty(body.programArgs) ?? query.programArgs);
  if (list.length > 0 && old.length > 0) {
    throw new FlinkInputError(
      "conflicting-fields",
      "programArgs and programArgsList are both given: Flink answers 400. Use programArgsList only.",
      {
        field: "programArgs",
        flinkOutcome: {
          status: 400,
          message: "Confusing request: programArgs and programArgsList are specified, please, use only programArgsList",
        },
      },
    );
  }
  return list.length > 0 ? list : old;
}

function sourceOf(layers: Layers, key: string | undefined): ConfigSource {
  return (key && layers.entries.get(key)?.source) || "handler";
}

function resolveSavepoint(
  body: ParsedRunBody,
  query: ParsedQuery,
  layers: Layers,
  version: FlinkVersion,
): RunSettings["savepoint"] {
  const keys = savepointKeys(version);
  // allowNonRestoredState: the config fallback is read eagerly, so a bad value fails with 500.
  const confIgnore = lookup(layers.values, keys.ignoreUnclaimedState, version);
  let confIgnoreValue = false;
  if (confIgnore) {
    const parsed = parseFlinkBoolean(confIgnore.value);
    if (parsed === undefined) {
      throw new FlinkInputError(
        "invalid-config-value",
        `"${confIgnore.key}" = ${JSON.stringify(confIgnore.value)} is not a boolean: Flink answers 500.`,
        { field: confIgnore.key, flinkOutcome: SERVER_ERROR },
      );
    }
    confIgnoreValue = parsed;
  }
  const allowNonRestoredState = body.allowNonRestoredState ?? query.allowNonRestoredState ?? confIgnoreValue;
  const allowSource: ConfigSource =
    body.allowNonRestoredState !== undefined
      ? "body"
      : query.allowNonRestoredState !== undefined
        ? "query"
        : sourceOf(layers, confIgnore?.key);

  // Before 1.18 an empty body path counted as a path (FLINK-31812).
  const bodyPath = isAtLeast(version, "1.18") ? nonEmpty(body.savepointPath) : body.savepointPath;
  const confPath = lookup(layers.values, keys.path, version);
  const path = bodyPath ?? nonEmpty(query.savepointPath) ?? confPath?.value;
  const pathSource: ConfigSource =
    bodyPath !== undefined
      ? "body"
      : nonEmpty(query.savepointPath) !== undefined
        ? "query"
        : sourceOf(layers, confPath?.key);

  if (path === undefined) {
    // SavepointRestoreSettings.none(): the defaults are written back, whatever the config said.
    layers.set(keys.ignoreUnclaimedState, "false", "handler");
    layers.set(keys.claimMode, "NO_CLAIM", "handler");
    return undefined;
  }
  let claimMode: ClaimMode;
  let claimSource: ConfigSource;
  const bodyClaim = body.claimMode ?? body.restoreMode;
  if (bodyClaim !== undefined) {
    claimMode = bodyClaim;
    claimSource = "body";
  } else {
    const confClaim = lookup(layers.values, keys.claimMode, version);
    if (confClaim) {
      const parsed = parseFlinkEnum(confClaim.value, CLAIM_MODES);
      if (parsed === undefined) {
        throw new FlinkInputError(
          "invalid-config-value",
          `"${confClaim.key}" = ${JSON.stringify(confClaim.value)} is not one of ${CLAIM_MODES.join(", ")}: Flink answers 500.`,
          { field: confClaim.key, flinkOutcome: SERVER_ERROR },
        );
      }
      claimMode = parsed;
      claimSource = sourceOf(layers, confClaim.key);
    } else {
      claimMode = "NO_CLAIM";
      claimSource = "handler";
    }
  }
  layers.set(keys.ignoreUnclaimedState, String(allowNonRestoredState), allowSource);
  layers.set(keys.claimMode, claimMode, claimSource);
  layers.set(keys.path, path, pathSource);
  return { path, allowNonRestoredState, claimMode };
}

function diagnoseRequestKeys(
  requestConf: ReadonlyMap<string, string>,
  layers: Layers,
  body: ParsedRunBody,
  query: ParsedQuery,
  version: FlinkVersion,
  diagnostics: Diagnostic[],
): void {
  const keys = savepointKeys(version);
  const restoreKeys = new Set([keys.path, keys.ignoreUnclaimedState, keys.claimMode]);
  for (const key of requestConf.keys()) {
    const match = findOption(key, version);
    const scope = match ? match.option.scope : scopeOfKey(key, version);
    if (!match) {
      if (scope === "cluster") {
        diagnostics.push(clusterScope(key));
        continue;
      }
      const suggestions = suggestKeys(key, version);
      diagnostics.push({
        code: "unknown-key",
        severity: suggestions.length > 0 ? "warning" : "info",
        key,
        message:
          suggestions.length > 0
            ? `"${key}" is not a Flink ${releaseLine(version)} option; Flink ignores it silently. Did you mean "${suggestions[0]}"?`
            : `"${key}" is not a known Flink ${releaseLine(version)} option; Flink ignores keys that nothing reads.`,
        ...(suggestions[0] ? { suggestion: suggestions[0] } : {}),
      });
      continue;
    }
    const option = match.option;
    if (match.deprecated) {
      // Flink reads the canonical key before deprecated ones: if the cluster (or the request
      // itself) sets it, this entry is never read.
      const shadowedBy = requestConf.has(option.key)
        ? "request"
        : layers.entries.get(option.key)?.source === "cluster"
          ? "cluster"
          : undefined;
      diagnostics.push(
        shadowedBy
          ? {
              code: "deprecated-key-shadowed",
              severity: "warning",
              key,
              message: `"${key}" is an old spelling of "${option.key}", which the ${shadowedBy} configuration also sets; Flink reads the canonical key first, so this entry has no effect.`,
              suggestion: option.key,
            }
          : {
              code: "deprecated-key",
              severity: "warning",
              key,
              message: `"${key}" is deprecated in Flink ${releaseLine(version)}; use "${option.key}".`,
              suggestion: option.key,
            },
      );
    }
    if ("forced" in option && option.forced) {
      diagnostics.push({
        code: "forced-key",
        severity: "warning",
        key,
        message: `"${key}" is set by Flink's /run handler itself; the request's value is overwritten or has no effect.`,
      });
    } else if (scope === "cluster") {
      diagnostics.push(clusterScope(key));
    } else if (scope === "ignored") {
      diagnostics.push({
        code: "ignored-key",
        severity: "warning",
        key,
        message: `"${key}" is not read by /jars/{jarid}/run (it applies to application mode only).`,
      });
    }
    const field = overridingField(option.key, restoreKeys, keys, body, query);
    if (field) {
      diagnostics.push({
        code: "overridden-by-request-field",
        severity: "info",
        key,
        message: `"${key}" loses to the request's ${field}, which Flink applies after flinkConfiguration.`,
        suggestion: field,
      });
    }
  }
  const restoreWithoutPath =
    body.claimMode !== undefined || body.restoreMode !== undefined || body.allowNonRestoredState !== undefined;
  if (restoreWithoutPath && layers.values.get(keys.path) === undefined) {
    diagnostics.push({
      code: "restore-setting-without-path",
      severity: "info",
      key:
        body.claimMode !== undefined
          ? "claimMode"
          : body.restoreMode !== undefined
            ? "restoreMode"
            : "allowNonRestoredState",
      message: "Restore settings apply only with a savepoint path; without one Flink uses NO_CLAIM and false.",
    });
  }
}

function clusterScope(key: string): Diagnostic {
  return {
    code: "cluster-scope-key",
    severity: "warning",
    key,
    message: `"${key}" configures the running cluster's processes: Flink accepts it in flinkConfiguration but it has no effect on the job.`,
  };
}

function overridingField(
  canonicalKey: string,
  restoreKeys: ReadonlySet<string>,
  keys: ReturnType<typeof savepointKeys>,
  body: ParsedRunBody,
  query: ParsedQuery,
): string | undefined {
  if (canonicalKey === "parallelism.default") {
    return body.parallelism !== undefined
      ? "body field parallelism"
      : query.parallelism !== undefined
        ? "query parameter parallelism"
        : undefined;
  }
  if (!restoreKeys.has(canonicalKey)) {
    return undefined;
  }
  if (canonicalKey === keys.path) {
    return nonEmpty(body.savepointPath) !== undefined
      ? "body field savepointPath"
      : nonEmpty(query.savepointPath) !== undefined
        ? "query parameter savepointPath"
        : undefined;
  }
  if (canonicalKey === keys.ignoreUnclaimedState) {
    return body.allowNonRestoredState !== undefined
      ? "body field allowNonRestoredState"
      : query.allowNonRestoredState !== undefined
        ? "query parameter allowNonRestoredState"
        : undefined;
  }
  return body.claimMode !== undefined
    ? "body field claimMode"
    : body.restoreMode !== undefined
      ? "body field restoreMode"
      : undefined;
}

function diagnoseClusterParallelism(
  clusterConfig: ClusterConfigInput | undefined,
  parallelismSource: ConfigSource,
  diagnostics: Diagnostic[],
): void {
  if (parallelismSource !== "handler" || !clusterConfig) {
    return;
  }
  const clusterValue = new Map(clusterEntries(clusterConfig)).get("parallelism.default");
  if (clusterValue !== undefined && clusterValue !== "1") {
    diagnostics.push({
      code: "cluster-parallelism-ignored",
      severity: "warning",
      key: "parallelism.default",
      message: `The cluster sets parallelism.default=${clusterValue}, but /run never uses the cluster's value: this job gets parallelism 1. Set "parallelism" in the request.`,
      suggestion: "parallelism",
    });
  }
}

function addDefaults(
  entries: Map<string, EffectiveEntry>,
  values: ReadonlyMap<string, string>,
  version: FlinkVersion,
): void {
  for (const key of knownKeys(version)) {
    const option = getOption(key, version);
    if (option?.default === undefined || entries.has(key) || lookup(values, key, version)) {
      continue;
    }
    entries.set(key, { key, value: option.default, source: "default" });
  }
}
