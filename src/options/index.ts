/**
 * `flink-rest-client/options`: Flink's options as typed data. The full catalog (every option of
 * every supported Flink line, read from Flink's jars), a constant per option, the
 * `FlinkConfiguration` type, what a key does (`scopeOfKey`) and validation against the catalog.
 * Its own entry, so the core bundle does not carry the data.
 *
 * @module flink-rest-client/options
 */
import type { FlinkConfiguration } from "./configuration-type.js";
import type { Diagnostic } from "./diagnostics.js";
import { flinkOptionCatalog } from "./full-catalog.js";
import type { OptionCatalog } from "./option-catalog.js";
import { type OptionScope, scopeOfKey as scopeWith } from "./scope.js";
import { type ValidateOptions, validateFlinkConfiguration as validateWith } from "./validate.js";

export type {
  FlinkOptionEnumValues,
  FlinkOptionKey,
  FlinkOptionKinds,
  FlinkOptionVersion,
} from "../../generated/options/catalog.js";
export { FLINK_OPTION_VERSIONS } from "../../generated/options/catalog.js";
export type {
  CheckedFlinkVersion,
  FlinkConfiguration,
  FlinkOptionValue,
  FlinkValueOfKind,
  SupportedFlinkVersion,
  UntypedFlinkConfiguration,
} from "./configuration-type.js";
export { type FlinkOptionConstant, type FlinkOptionConstants, FlinkOptions } from "./constants.js";
export type { Diagnostic, DiagnosticCode, DiagnosticSeverity } from "./diagnostics.js";
export { flinkOptionCatalog } from "./full-catalog.js";
export type {
  CatalogLine,
  OptionCatalog,
  OptionInfo,
  OptionMatch,
  OptionMatchKind,
  OptionScope,
  OptionValueType,
  ValueProblem,
} from "./option-catalog.js";
export { FlinkConfigurationError } from "./validate.js";

/**
 * What a key does when sent in `flinkConfiguration` to /run in `flinkVersion`: `job` (the job
 * reads it), `cluster` (accepted, no effect), `submission` (forced or ignored by /run) or
 * `ignored` (application mode only). The catalog defaults to the full one.
 *
 * @example
 * scopeOfKey("jobmanager.rpc.port", "2.3"); // "cluster"
 * scopeOfKey("execution.checkpointing.interval", "2.3"); // "job"
 */
export function scopeOfKey(
  key: string,
  flinkVersion: string,
  catalog: OptionCatalog = flinkOptionCatalog,
): OptionScope {
  return scopeWith(key, flinkVersion, catalog);
}

/** Options of {@link validateFlinkConfiguration}: the catalog defaults to the full one. */
export interface ValidateFlinkConfigurationOptions extends Omit<ValidateOptions, "catalog"> {
  catalog?: OptionCatalog;
}

/**
 * Checks a configuration against Flink `flinkVersion`'s options: unknown keys (with the closest
 * ones, and the versions that do have them), values Flink cannot parse, cluster-scope, forced and
 * deprecated keys, shadowed old spellings, null/object/array values. Returns the findings.
 *
 * @example
 * const findings = validateFlinkConfiguration(
 *   { "execution.checkpointing.intervall": "10s", "state.backend": "rocksdb" },
 *   { flinkVersion: "2.3" },
 * );
 * // unknown-key (did you mean "execution.checkpointing.interval"?), deprecated-key (use "state.backend.type")
 */
export function validateFlinkConfiguration(
  config: ReadonlyMap<string, unknown> | object,
  options: ValidateFlinkConfigurationOptions,
): Diagnostic[] {
  return validateWith(config, { ...options, catalog: options.catalog ?? flinkOptionCatalog });
}

/**
 * Types a configuration literal as {@link FlinkConfiguration} for Flink `V` (every line's keys
 * when left out): keys complete in the editor, and a misspelled key, a key the line does not have
 * or a value of the wrong kind is a compile error. Returns its argument.
 *
 * @example
 * const flinkConfiguration = defineFlinkConfiguration<"2.3">({
 *   "execution.checkpointing.interval": "30 s",
 *   "pipeline.object-reuse": true,
 * });
 * // Keys only your main() reads are named explicitly:
 * defineFlinkConfiguration<"2.3", "acme.tenant">({ "acme.tenant": "blue", "pipeline.name": "orders" });
 */
export function defineFlinkConfiguration<V extends string = string, Extra extends string = never>(
  config: FlinkConfiguration<V, NotInferred<Extra>>,
): FlinkConfiguration<V, Extra> {
  return config;
}

/** Blocks inference (as TypeScript 5.4's `NoInfer`): extra keys must be named, not taken from the literal. */
type NotInferred<T> = [T][T extends unknown ? 0 : never];
