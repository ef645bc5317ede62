/**
 * `FlinkConfiguration`: a `flinkConfiguration` map typed by Flink's own option catalog, so editors
 * complete the keys and flag a value of the wrong kind. Types only (the data stays out).
 *
 * What a value may be follows what Flink reads: every option takes a string (Flink parses it);
 * numeric options also take a number and boolean options a boolean, which the SDK sends as text.
 * Durations and memory sizes take strings only: a bare number there means milliseconds or
 * bytes, an easy mistake, so write the unit ("10 s", "512 mb").
 */
import type { FlinkOptionEnumValues, FlinkOptionKey, FlinkOptionKinds } from "../../generated/options/catalog.js";

/** A value accepted in `flinkConfiguration` (Flink's field is a string map; numbers and booleans are sent as text). */
export type FlinkConfigValue = string | number | boolean;

/** `flinkConfiguration` as callers may write it: `undefined` means "no opinion" (the key is not sent). */
export type FlinkConfigurationInput = Readonly<Record<string, FlinkConfigValue | undefined>>;

/** The value a key of kind `K` takes (`K` may be a union where the kind changed between versions). */
export type FlinkValueOfKind<K extends string> = K extends "boolean"
  ? boolean | string
  : K extends "int" | "long" | "float" | "double"
    ? number | string
    : string;

/** Enum constants as Flink matches them (any case), offered first by editors; any string still type-checks. */
type EnumHint<E extends string> = E | Lowercase<E> | (string & {});

/** The value type of a known option key. */
export type FlinkOptionValue<Key extends FlinkOptionKey> = Key extends keyof FlinkOptionEnumValues
  ? EnumHint<FlinkOptionEnumValues[Key]> | Exclude<FlinkValueOfKind<FlinkOptionKinds[Key]>, string>
  : FlinkValueOfKind<FlinkOptionKinds[Key]>;

/** `metrics.reporter.<name>.factory.class` → `metrics.reporter.${string}.factory.class`. */
type TemplatePattern<K extends string> = K extends `${infer Head}<${string}>${infer Tail}`
  ? `${Head}${string}${TemplatePattern<Tail>}`
  : K;

type TemplateKey = { [K in FlinkOptionKey]: K extends `${string}<${string}` ? K : never }[FlinkOptionKey];
type MapKey = { [K in FlinkOptionKey]: FlinkOptionKinds[K] extends "map" ? K : never }[FlinkOptionKey];

/** Every known key by its exact spelling. */
type KnownOptions = { [K in Exclude<FlinkOptionKey, TemplateKey>]?: FlinkOptionValue<K> };
/** Suffix options (`metrics.reporter.prom.factory.class`) by pattern. */
type TemplateOptions = { [K in TemplateKey as TemplatePattern<K>]?: FlinkOptionValue<K> };
/** Map options in prefix notation (`pipeline.global-job-parameters.team`): any scalar per entry. */
type MapEntryOptions = { [K in MapKey as `${K}.${string}`]?: FlinkConfigValue };

/**
 * A `flinkConfiguration` with Flink's keys (1.17 to 2.3) and value kinds. A misspelled key is a
 * type error; keys Flink does not know are allowed only when named in `Extra` (a literal or a
 * pattern), so the escape is explicit:
 *
 * @example
 * const conf: FlinkConfiguration = { "execution.checkpointing.interval": "10 s", "pipeline.object-reuse": true };
 * // Keys your own main() reads:
 * const mine: FlinkConfiguration<"acme.tenant" | `acme.feature.${string}`> = { "acme.tenant": "blue" };
 */
export type FlinkConfiguration<Extra extends string = never> = KnownOptions &
  TemplateOptions &
  MapEntryOptions & { [K in Extra]?: FlinkConfigValue };
