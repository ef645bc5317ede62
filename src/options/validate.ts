/**
 * Key-by-key validation of a `flinkConfiguration`: what Flink would silently ignore (unknown,
 * cluster-scope, forced, shadowed keys) and what it would fail to read (values it cannot parse,
 * null, objects, arrays). Findings only: Flink itself accepts all of it, so nothing here refuses
 * a request unless the caller asks for `validation: "error"`.
 */
import { FlinkInputError } from "../errors.js";
import type { FlinkVersion } from "../versions/flink-version.js";
import { forcedKeys } from "./builtin-catalog.js";
import { type ClusterConfigInput, clusterEntries } from "./cluster-config.js";
import type { Diagnostic, ValidationMode } from "./diagnostics.js";
import type { CatalogLine, OptionCatalog, OptionMatch, OptionScope } from "./option-catalog.js";
import { HIDDEN_CONTENT, isSensitiveKey, quoteValue } from "./redaction.js";
import { catalogFor, scopeOfKey } from "./scope.js";

export interface ValidateOptions {
  /** The cluster's Flink version (`GET /config` → `flink-version`). */
  flinkVersion: FlinkVersion;
  /**
   * Option facts. Without one only the built-in /run facts apply, and nothing is reported as
   * unknown; `flink-rest-client/options` passes its full catalog by default.
   */
  catalog?: OptionCatalog;
  /** The cluster's configuration, when known: shows old spellings shadowed by the canonical key. */
  clusterConfig?: ClusterConfigInput;
}

/** Validation refused a configuration (`validation: "error"`): every finding of severity `error` is listed. */
export class FlinkConfigurationError extends FlinkInputError {
  override name = "FlinkConfigurationError";
  /** Every finding, the refused ones (severity `error`) first. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const keys = errors.map((d) => `"${d.key}"`).join(", ");
    super(
      "invalid-config",
      `flinkConfiguration: ${errors.length} ${errors.length === 1 ? "entry" : "entries"} Flink would fail on or silently ignore (${keys}):\n${errors
        .map((d) => `  - ${d.message}`)
        .join("\n")}`,
      { field: errors[0]?.key ?? "flinkConfiguration" },
    );
    this.diagnostics = [...errors, ...diagnostics.filter((d) => d.severity !== "error")];
  }
}

/** Throws {@link FlinkConfigurationError} in `error` mode when a finding has severity `error`. */
export function enforceValidation(diagnostics: readonly Diagnostic[], mode: ValidationMode): void {
  if (mode === "error" && diagnostics.some((d) => d.severity === "error")) {
    throw new FlinkConfigurationError(diagnostics);
  }
}

interface Context {
  readonly version: FlinkVersion;
  readonly catalog: OptionCatalog;
  readonly line: CatalogLine;
  readonly request: ReadonlyMap<string, unknown>;
  readonly cluster: ReadonlyMap<string, string>;
  readonly forced: readonly string[];
}

/**
 * Checks every entry of a configuration against the option facts of `flinkVersion`. Returns the
 * findings (one per key and code), in the order of the keys.
 *
 * @example
 * import { flinkOptionCatalog } from "flink-rest-client/options";
 * validateFlinkConfiguration(
 *   { "execution.checkpointing.intervall": "10s", "pipeline.object-reuse": "yes" },
 *   { flinkVersion: "2.3", catalog: flinkOptionCatalog },
 * );
 * // [{ code: "unknown-key", key: "execution.checkpointing.intervall", suggestion: "execution.checkpointing.interval", ... },
 * //  { code: "invalid-value", key: "pipeline.object-reuse", ... }]
 */
export function validateFlinkConfiguration(
  config: ReadonlyMap<string, unknown> | object,
  options: ValidateOptions,
): Diagnostic[] {
  const request = config instanceof Map ? config : new Map(Object.entries(config));
  return validateEntries(request, options);
}

/** {@link validateFlinkConfiguration} over a map (the resolver's request configuration). */
export function validateEntries(request: ReadonlyMap<string, unknown>, options: ValidateOptions): Diagnostic[] {
  const version = options.flinkVersion;
  const catalog = catalogFor(version, options.catalog);
  const ctx: Context = {
    version,
    catalog,
    line: catalog.line(version) as CatalogLine,
    request,
    cluster: new Map(clusterEntries(options.clusterConfig)),
    forced: forcedKeys(version),
  };
  const out: Diagnostic[] = [];
  for (const [key, value] of request) {
    if (value !== undefined) {
      checkEntry(key, value, ctx, out);
    }
  }
  return out;
}

function checkEntry(key: string, value: unknown, ctx: Context, out: Diagnostic[]): void {
  const text = valueText(key, value, out);
  const match = ctx.catalog.find(key, ctx.version);
  if (!match) {
    unmatchedKey(key, ctx, out);
    return;
  }
  const option = match.option;
  const shadowed = checkSpelling(key, match, ctx, out);
  const forced = ctx.forced.includes(option.key);
  if (forced) {
    out.push({
      code: "forced-key",
      severity: "warning",
      key,
      message: `"${key}" is set by Flink's /run handler itself; the request's value is overwritten or has no effect.`,
    });
  } else {
    pushScopeFinding(key, option.scope, out);
  }
  if (text === undefined || match.via === "map-entry") {
    return;
  }
  const problem = ctx.catalog.checkValue?.(option, text, ctx.version);
  if (problem !== undefined) {
    // Flink fails only when something reads the value: not for keys the job never reads.
    const read = !forced && !shadowed && (option.scope === "job" || option.scope === "submission");
    out.push({
      code: "invalid-value",
      severity: read ? "error" : "warning",
      key,
      message: `"${key}" = ${quoteValue(key, text)}: Flink ${ctx.line.line} cannot read it, expected ${problem.expected}${
        problem.element ? `; element ${problem.element.index} (${quoteValue(key, problem.element.text)}) is not` : ""
      }.${problem.hint ? ` ${problem.hint}` : ""}${read ? "" : " (Nothing in the job reads it, so Flink will not fail on it.)"}`,
    });
  }
}

/** The value as the string Flink receives, or undefined (with a finding) when Flink refuses its type. */
function valueText(key: string, value: unknown, out: Diagnostic[]): string | undefined {
  switch (typeof value) {
    case "string":
      return value;
    case "boolean":
    case "bigint":
      return String(value);
    case "number":
      if (Number.isFinite(value)) {
        return String(value);
      }
      out.push({
        code: "unsupported-value-type",
        severity: "error",
        key,
        message: `"${key}" is ${isSensitiveKey(key) ? HIDDEN_CONTENT : String(value)}, which JSON cannot carry (it is sent as null): Flink answers 500.`,
      });
      return undefined;
    default:
      break;
  }
  const what =
    value === null
      ? "null"
      : Array.isArray(value)
        ? "an array"
        : `a${typeof value === "object" ? "n object" : ` ${typeof value}`}`;
  out.push({
    code: "unsupported-value-type",
    severity: "error",
    key,
    message:
      value === null
        ? `"${key}" is null: Flink answers 500 (its Configuration refuses null values). Leave the key out to keep the cluster's value.`
        : `"${key}" is ${what}: Flink takes only string, number or boolean values and answers 400. Write lists as "a;b" and maps as "k1:v1,k2:v2".`,
  });
  return undefined;
}

/** Deprecated spellings and deprecated options; returns true when the entry is shadowed (never read). */
function checkSpelling(key: string, match: OptionMatch, ctx: Context, out: Diagnostic[]): boolean {
  const option = match.option;
  if (match.via === "deprecated-key") {
    // Configuration#get reads the canonical key, then the old spellings in order: any of those set
    // before this one wins, in the request or in the cluster's configuration.
    const order = [option.key, ...option.deprecatedKeys];
    const earlier = order.slice(0, Math.max(0, order.indexOf(key)));
    const winner = earlier.find((k) => ctx.request.get(k) !== undefined || ctx.cluster.has(k));
    if (winner !== undefined) {
      const where = ctx.request.get(winner) !== undefined ? "this request" : "the cluster configuration";
      out.push({
        code: "deprecated-key-shadowed",
        severity: "error",
        key,
        message: `"${key}" is an old spelling of "${option.key}", and ${where} also sets "${winner}", which Flink reads first: this entry has no effect.`,
        suggestion: option.key,
      });
      return true;
    }
    out.push({
      code: "deprecated-key",
      severity: "warning",
      key,
      message: `"${key}" is deprecated in Flink ${ctx.line.line}; use "${option.key}".`,
      suggestion: option.key,
    });
  } else if (match.via === "key" && option.deprecated) {
    const replacement = ctx.catalog.replacementOf(key);
    out.push({
      code: "deprecated-key",
      severity: "warning",
      key,
      message: `"${key}" is a deprecated option in Flink ${ctx.line.line}${replacement ? `; use "${replacement}"` : " and may be removed"}.`,
      ...(replacement ? { suggestion: replacement } : {}),
    });
  }
  return false;
}

/** The finding for a key whose scope makes it ineffective for the job, if any. */
function pushScopeFinding(key: string, scope: OptionScope, out: Diagnostic[]): void {
  if (scope === "cluster") {
    out.push({
      code: "cluster-scope-key",
      severity: "warning",
      key,
      message: `"${key}" configures the running cluster's processes: Flink accepts it in flinkConfiguration but it has no effect on the job.`,
    });
  } else if (scope === "ignored") {
    out.push({
      code: "ignored-key",
      severity: "warning",
      key,
      message: `"${key}" is not read by /jars/{jarid}/run (it applies to application mode only).`,
    });
  }
}

/** A key no option matches: unknown when the catalog covers it, else judged by the scope rule only. */
function unmatchedKey(key: string, ctx: Context, out: Diagnostic[]): void {
  if (!ctx.catalog.covers(key, ctx.version)) {
    pushScopeFinding(key, scopeOfKey(key, ctx.version, ctx.catalog), out);
    return;
  }
  out.push(
    ctx.catalog.unknownKey?.(key, ctx.version) ?? {
      code: "unknown-key",
      severity: "info",
      key,
      message: `"${key}" is not a Flink ${ctx.line.line} option: Flink passes it to the job's main() unchanged, and nothing else reads it.`,
    },
  );
}
