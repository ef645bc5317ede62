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
import { parseFlinkBoolean, parseFlinkEnum, parseFlinkInt } from "./basic-parsers.js";
import { type ClusterConfigInput, clusterEntries } from "./cluster-config.js";
import { droppedKeyMessage, keepUnderPolicy } from "./cluster-keys.js";
import { type ClusterKeyPolicy, type Diagnostic, mergeDiagnostics, type ValidationMode } from "./diagnostics.js";
import type { OptionCatalog } from "./option-catalog.js";
import { runFieldDeprecatedKeys } from "./option-keys.js";
import { catalogFor, findOption, lookup, savepointKeys } from "./options.js";
import { quoteValue } from "./redact.js";
import { type BodyKind, type ParsedRunBody, parseRunBody } from "./run-body.js";
import { CLAIM_MODES, type ClaimMode } from "./run-fields.js";
import { enforceValidation, validateEntries } from "./validate.js";

export type { ClusterConfigInput } from "./cluster-config.js";

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
  /**
   * Option facts: defaults, deprecated spellings, scopes and value types of every option. Without
   * one, only the built-in /run facts apply (no unknown-key findings, defaults of the /run keys
   * only). Pass `flinkOptionCatalog` from `flink-rest-client/options` or `await loadFlinkOptionCatalog()`.
   */
  catalog?: OptionCatalog;
  /** Key-by-key validation of flinkConfiguration: `warn` (default) reports, `error` throws, `off` skips. */
  validation?: ValidationMode;
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

  remove(key: string): void {
    this.entries.delete(key);
    this.values.delete(key);
  }

  set(key: string, value: string, source: ConfigSource): void {
    const prev = this.entries.get(key);
    const replaced = prev ? [...(prev.replaced ?? []), { source: prev.source, value: prev.value }] : undefined;
    this.entries.set(key, replaced ? { key, value, source, replaced } : { key, value, source });
    this.values.set(key, value);
  }
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
  const version = input.flinkVersion;
  releaseLine(version); // validates the version string up front
  const diagnostics: Diagnostic[] = [];
  const kind = input.kind ?? "run";
  const body = parseRunBody(input.body, version, kind);
  const query = parseRunQuery(input.query ?? {}, version);
  const requestConf = requestConfiguration(body, version, input.clusterKeys ?? "report", diagnostics, input.catalog);

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
  const jar = input.jarPath ? `file:${input.jarPath}` : "file:<uploaded jar>";
  layers.set("pipeline.jars", encodeList([jar], version) ?? jar, "handler");
  // Up to 1.19 the handler erased configured classpaths; from 1.20 it keeps them (FLINK-34580).
  const configured = layers.values.get("pipeline.classpaths");
  const classpaths = encodeList(
    isAtLeast(version, "1.20") && configured !== undefined ? decodeList(configured) : [],
    version,
  );
  if (classpaths === undefined) {
    layers.remove("pipeline.classpaths");
  } else {
    layers.set("pipeline.classpaths", classpaths, "handler");
  }

  // 4. Savepoint restore settings, written back under the version's canonical keys.
  const savepoint = kind === "run" ? resolveSavepoint(body, query, layers, version) : undefined;
  // DetachedApplicationRunner sets execution.attached=false again before main() runs, whatever
  // the request's flinkConfiguration said (reference §3 step 7).
  if (kind === "run" && layers.values.get("execution.attached") !== "false") {
    layers.set("execution.attached", "false", "handler");
  }

  // 5. Findings: key by key (the validator), then what the request as a whole does to them.
  const validation = input.validation ?? "warn";
  const keyFindings =
    validation === "off"
      ? []
      : validateEntries(requestConf, {
          flinkVersion: version,
          ...(input.catalog ? { catalog: input.catalog } : {}),
          ...(input.clusterConfig ? { clusterConfig: input.clusterConfig } : {}),
        });
  diagnoseRequestKeys(requestConf, layers, body, query, version, diagnostics);
  diagnoseClusterParallelism(input.clusterConfig, parallelismSource, diagnostics);
  const allDiagnostics = mergeDiagnostics(keyFindings, diagnostics);
  enforceValidation(allDiagnostics, validation);

  const entries = new Map(layers.entries);
  if (input.includeDefaults ?? true) {
    addDefaults(entries, layers.values, version, input.catalog);
  }
  return {
    flinkVersion: version,
    values: Object.fromEntries(layers.values),
    entries,
    settings: { entryClass, programArgs, parallelism, jobId: body.jobId, savepoint },
    diagnostics: allDiagnostics,
    ignoredFields: body.ignoredFields,
  };
}

/** The request's flinkConfiguration as Flink builds it (`Configuration.fromMap`): a null value fails with 500. */
function requestConfiguration(
  body: ParsedRunBody,
  version: FlinkVersion,
  policy: ClusterKeyPolicy,
  diagnostics: Diagnostic[],
  catalog: OptionCatalog | undefined,
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
    if (!keepUnderPolicy(key, version, policy, catalog)) {
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
      `flinkConfiguration["parallelism.default"] = ${quoteValue("parallelism.default", raw)} is not an integer: Flink answers 500, even when the body sets "parallelism".`,
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
  const older = runFieldDeprecatedKeys(version);
  // allowNonRestoredState: the config fallback is read eagerly, so a bad value fails with 500.
  const confIgnore = lookup(layers.values, keys.ignoreUnclaimedState, older[keys.ignoreUnclaimedState] ?? []);
  let confIgnoreValue = false;
  if (confIgnore) {
    const parsed = parseFlinkBoolean(confIgnore.value);
    if (parsed === undefined) {
      throw new FlinkInputError(
        "invalid-config-value",
        `"${confIgnore.key}" = ${quoteValue(confIgnore.key, confIgnore.value)} is not a boolean: Flink answers 500.`,
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
  const confPath = lookup(layers.values, keys.path, older[keys.path] ?? []);
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
    const confClaim = lookup(layers.values, keys.claimMode, older[keys.claimMode] ?? []);
    if (confClaim) {
      const parsed = parseFlinkEnum(confClaim.value, CLAIM_MODES);
      if (parsed === undefined) {
        throw new FlinkInputError(
          "invalid-config-value",
          `"${confClaim.key}" = ${quoteValue(confClaim.key, confClaim.value)} is not one of ${CLAIM_MODES.join(", ")}: Flink answers 500.`,
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

/** Request-level findings: entries that lose to a body field or query parameter, restore settings without a path. */
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
    // The built-in /run facts, whatever the catalog: these rules are the handler's own.
    const canonicalKey = findOption(key, version)?.option.key;
    if (canonicalKey === undefined) {
      continue;
    }
    const field = overridingField(canonicalKey, restoreKeys, keys, body, query);
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
  catalog: OptionCatalog | undefined,
): void {
  const facts = catalogFor(version, catalog);
  for (const key of facts.keys(version)) {
    const option = facts.find(key, version)?.option;
    // A deprecated option that is also an old spelling of another one has no default of its own.
    if (option?.key !== key || option.defaultValue === undefined || entries.has(key)) {
      continue;
    }
    if (lookup(values, key, option.deprecatedKeys)) {
      continue;
    }
    entries.set(key, { key, value: option.defaultValue, source: "default" });
  }
}

/**
 * A list option as the job's configuration map shows it: `a;b` up to 1.20; from 2.0 Flink writes
 * lists in YAML flow style, `['a', 'b']`, and an empty list is left out (seen on real 2.3).
 */
function encodeList(items: readonly string[], version: FlinkVersion): string | undefined {
  if (!isAtLeast(version, "2.0")) {
    return items.join(";");
  }
  return items.length === 0 ? undefined : `[${items.map((i) => `'${i.replaceAll("'", "''")}'`).join(", ")}]`;
}

/** Reads a list option written either way. */
function decodeList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") {
    return [];
  }
  if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
    return [...trimmed.slice(1, -1).matchAll(/'((?:[^']|'')*)'|([^,\s][^,]*)/g)].map((m) =>
      m[1] !== undefined ? m[1].replaceAll("''", "'") : (m[2] ?? "").trim(),
    );
  }
  return trimmed.split(";").filter((i) => i !== "");
}
