/**
 * `FlinkConfiguration<V>`: a `flinkConfiguration` map typed by Flink's own option catalog for the
 * release line of `V`, so editors complete that line's keys and a misspelled key, a key the line
 * does not have or a value of the wrong kind is a compile error. Types only (the data stays out).
 *
 * What a value may be follows what Flink reads: every option takes a string (Flink parses it);
 * numeric options also take a number and boolean options a boolean, which the SDK sends as text.
 * Durations and memory sizes take strings only: a bare number there means milliseconds or
 * bytes, an easy mistake, so write the unit ("10 s", "512 mb").
 *
 * Left out of the keys: Flink's internal options (`$internal.*`, set by Flink itself) and, in a
 * line, the old spellings it reads only as a fallback of another option (`akka.*` in 2.x: write
 * `pekko.*`). Keys the catalog does not know go through {@link UntypedFlinkConfiguration}.
 */
import type {
  FLINK_OPTION_VERSIONS,
  FlinkLineKeys,
  FlinkLinePatterns,
  FlinkOptionEnumValues,
  FlinkOptionKey,
  FlinkOptionKindChanges,
  FlinkOptionKinds,
  FlinkOptionVersion,
} from "../../generated/options/catalog.js";
import type { FlinkVersion } from "../versions/flink-version.js";

/** A value accepted in `flinkConfiguration` (Flink's field is a string map; numbers and booleans are sent as text). */
export type FlinkConfigValue = string | number | boolean;

/**
 * A `flinkConfiguration` with any keys: the escape hatch for keys the option catalog does not
 * know (those your `main()` reads, a connector's, a file system plugin's) and for maps built at
 * run time. Its keys are not checked at compile time; validation checks them at run time (an
 * unknown key is a finding, with the closest known ones). `undefined` means "no opinion".
 *
 * @example
 * const custom: UntypedFlinkConfiguration = { "acme.tenant": "blue", "s3.endpoint": "http://minio:9000" };
 * await runJar(flink, jarId, {
 *   flinkVersion: "2.3",
 *   flinkConfiguration: { ...custom, "execution.checkpointing.interval": "10 s" }, // these keys are checked
 * });
 */
export type UntypedFlinkConfiguration = Readonly<Record<string, FlinkConfigValue | undefined>>;

/** The value a key of kind `K` takes (`K` may be a union where the kind changed between versions). */
export type FlinkValueOfKind<K extends string> = K extends "boolean"
  ? boolean | string
  : K extends "int" | "long" | "float" | "double"
    ? number | string
    : string;

/** Enum constants as Flink matches them (any case), offered first by editors; any string still type-checks. */
type EnumHint<E extends string> = E | Lowercase<E> | (string & {});

/** The value a key of kind `Kind` takes, with its enum constants offered first. */
type ValueOf<Key, Kind extends string> = Key extends keyof FlinkOptionEnumValues
  ? EnumHint<FlinkOptionEnumValues[Key]> | Exclude<FlinkValueOfKind<Kind>, string>
  : FlinkValueOfKind<Kind>;

/** The value type of a known option key, in any version. */
export type FlinkOptionValue<Key extends FlinkOptionKey> = ValueOf<Key, FlinkOptionKinds[Key]>;

type NewestLine = typeof FLINK_OPTION_VERSIONS extends readonly [...unknown[], infer L extends FlinkOptionVersion]
  ? L
  : never;

/**
 * The release line whose options type a configuration for Flink `V`: the line of a supported
 * line or release ("1.20", "1.20.3"), else the newest line (a version known only at run time,
 * or a line newer than the catalog: the options current Flink has).
 */
export type FlinkOptionLineOf<V extends string> = V extends FlinkOptionVersion
  ? V
  : V extends `${infer Major}.${infer Minor}.${string}`
    ? `${Major}.${Minor}` extends FlinkOptionVersion
      ? `${Major}.${Minor}`
      : NewestLine
    : NewestLine;

/** The kind of a key in line `L`: its only kind, or the one of its `[lines, kind]` pairs that holds `L`. */
type KindIn<K extends FlinkOptionKey, L> = K extends keyof FlinkOptionKindChanges
  ? FlinkOptionKindChanges[K] extends infer Pairs
    ? Pairs extends readonly [infer Lines, infer Kind extends string]
      ? L extends Lines
        ? Kind
        : never
      : never
    : never
  : FlinkOptionKinds[K];

/**
 * The configuration of line `L`: its keys by exact spelling with their value kinds there; suffix
 * options (`metrics.reporter.prom.factory.class`) and map entries in prefix notation
 * (`pipeline.global-job-parameters.team`) by pattern, with any scalar (patterns overlap, and a
 * map from {@link UntypedFlinkConfiguration} can then be passed whole). One mapped type over
 * keys the generator listed per line: computing a line's keys here (`keyof` over lines) makes
 * the compiler multiply key unions when it compares two lines' configurations (TS2590).
 */
type LineConfiguration<L extends FlinkOptionVersion> = {
  [K in FlinkLineKeys[L] | FlinkLinePatterns[L]]?: K extends FlinkOptionKey
    ? ValueOf<K, KindIn<K, L>> | undefined
    : FlinkConfigValue | undefined;
};

/**
 * A `flinkConfiguration` typed for Flink `V` (a supported line or release; a version known only
 * at run time, typed `string`, gets the newest line's options): that line's keys with their value
 * kinds. A misspelled key, a key the line does not have, or a boolean for a duration is a type
 * error. Keys the catalog does not know go in an {@link UntypedFlinkConfiguration} spread into it.
 *
 * @example
 * const conf: FlinkConfiguration<"2.3"> = { "execution.checkpointing.interval": "10 s", "pipeline.object-reuse": true };
 */
export type FlinkConfiguration<V extends string = FlinkVersion> = LineConfiguration<FlinkOptionLineOf<V>>;
