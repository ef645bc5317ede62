/**
 * `FlinkConfiguration<V>`: a `flinkConfiguration` map typed by Flink's own option catalog for the
 * release line of Flink `V`, so editors complete that line's keys and a misspelled key, a key the
 * line does not have or a value of the wrong kind is a compile error. Types only (the data stays
 * out); the per-line interfaces are generated (generated/options/configuration.ts).
 *
 * What a value may be follows what Flink reads: every option takes a string (Flink parses it);
 * numeric options also take a number and boolean options a boolean, which the SDK sends as text.
 * Durations and memory sizes take strings only: a bare number there means milliseconds or
 * bytes, an easy mistake, so write the unit ("10 s", "512 mb"). Left out: Flink's internal
 * options (`$internal.*`). Old spellings Flink still reads (`state.backend`, `akka.*` in 2.x)
 * are typed but marked deprecated, so editors strike them through and list them last.
 */

import type { FlinkOptionVersion } from "../../generated/options/catalog.js";
import type {
  FlinkConfigurationAnyLine,
  FlinkConfigurationByVersion,
  FlinkConfigValue,
} from "../../generated/options/configuration.js";

export type { FlinkConfigValue } from "../../generated/options/configuration.js";

/**
 * A `flinkConfiguration` with any keys, checked at run time only: the escape hatch for maps built
 * at run time and for keys the option catalog does not know. `undefined` means "no opinion" (the
 * key is not sent). A `Record<string, string>` is accepted wherever a typed configuration is.
 */
export type UntypedFlinkConfiguration = Readonly<Record<string, FlinkConfigValue | undefined>>;

/** The value a key of kind `K` takes (`K` may be a union where the kind changed between versions). */
export type FlinkValueOfKind<K extends string> = K extends "boolean"
  ? boolean | string
  : K extends "int" | "long" | "float" | "double"
    ? number | string
    : string;

/** The release lines the option catalog types: "1.17" to the newest. */
export type FlinkLine = FlinkOptionVersion;

/** A supported line ("2.3") or a release of one ("1.20.3"): what `flinkVersion` takes as a literal. */
export type SupportedFlinkVersion = FlinkLine | `${FlinkLine}.${number}`;

/**
 * `flinkVersion` as the helpers check it: a {@link SupportedFlinkVersion} literal, or a `string`
 * known only at run time. Any other literal ("3.9") is refused: "not assignable to type
 * 'SupportedFlinkVersion'", whose hover lists the supported lines. A line newer than this SDK is written as a plain string on purpose, `"2.4" as string`:
 * its configuration is then typed with the keys of every supported line.
 */
export type CheckedFlinkVersion<V extends string> = string extends V
  ? V
  : V extends SupportedFlinkVersion
    ? V
    : SupportedFlinkVersion;

/** Keys named by the caller: Flink does not know them, the program's `main()` or a plugin does. */
type ExtraKeys<Extra extends string> = { [K in Extra]?: FlinkConfigValue | undefined };

/**
 * A `flinkConfiguration` typed for Flink `V`: that line's keys with their value kinds. A version
 * known only at run time (`string`, the default) gets the keys of every supported line. Keys
 * Flink does not know are allowed when named in `Extra` (a literal or a pattern), so the escape
 * is explicit; a map built at run time goes as an {@link UntypedFlinkConfiguration}.
 *
 * @example
 * const conf: FlinkConfiguration<"2.3"> = { "execution.checkpointing.interval": "10 s", "pipeline.object-reuse": true };
 * // Keys your own main() reads:
 * const mine: FlinkConfiguration<"2.3", "acme.tenant" | `acme.feature.${string}`> = { "acme.tenant": "blue" };
 */
export type FlinkConfiguration<
  V extends string = string,
  Extra extends string = never,
> = FlinkConfigurationByVersion[V] & ExtraKeys<Extra>;

/** The value type of a known option key (over every line). */
export type FlinkOptionValue<Key extends keyof FlinkConfigurationAnyLine> = Exclude<
  FlinkConfigurationAnyLine[Key],
  undefined
>;
