/**
 * `FlinkOptions`: one constant per option, keyed by the option's name exactly as Flink writes it
 * (no camelCase aliases that could drift from Flink's docs). Built once from the catalog.
 */
import {
  FLINK_OPTION_CATALOG,
  FLINK_OPTION_VERSIONS,
  type FlinkOptionEnumValues,
  type FlinkOptionKey,
  type FlinkOptionKinds,
  type FlinkOptionVersion,
} from "../../generated/options/catalog.js";
import { optionFacts } from "./catalog-data.js";
import type { OptionInfo } from "./option-catalog.js";

/** The facts of one option, over the release lines the catalog covers. */
export interface FlinkOptionConstant<K extends FlinkOptionKey = FlinkOptionKey> {
  /** The key, as Flink writes it. */
  readonly key: K;
  /** Value kind (`"duration"`, `"list<string>"`, ...) in the newest line that has it; `in(version)` gives others. */
  readonly kind: FlinkOptionKinds[K];
  /** Release lines that have the option. */
  readonly versions: readonly FlinkOptionVersion[];
  /** Enum constants (any version), for enum and list-of-enum options. */
  readonly enumValues: K extends keyof FlinkOptionEnumValues ? readonly FlinkOptionEnumValues[K][] : undefined;
  /** The option's facts in one supported line (type, default, old spellings, scope, ...), if it exists there. */
  in(version: string): OptionInfo | undefined;
}

export type FlinkOptionConstants = { readonly [K in FlinkOptionKey]: FlinkOptionConstant<K> };

/** The kind in the newest line that has the option. */
function kindOf(key: string): string {
  const variants = FLINK_OPTION_CATALOG.options[key] ?? [];
  const newest = variants.reduce((a, b) => (Math.clz32(a.v) <= Math.clz32(b.v) ? a : b));
  return newest.t === "list" ? `list<${newest.e}>` : newest.t;
}

/** One constant before its key and kinds are narrowed to the catalog's literal types. */
interface ConstantData {
  readonly key: string;
  readonly kind: string;
  readonly versions: readonly string[];
  readonly enumValues: readonly string[] | undefined;
  in(version: string): OptionInfo | undefined;
}

function build(): FlinkOptionConstants {
  const out: Record<string, ConstantData> = {};
  for (const [key, variants] of Object.entries(FLINK_OPTION_CATALOG.options)) {
    const mask = variants.reduce((m, x) => m | x.v, 0);
    const enumValues = [...new Set(variants.flatMap((x) => x.n ?? []))];
    out[key] = Object.freeze({
      key,
      kind: kindOf(key),
      versions: Object.freeze(FLINK_OPTION_VERSIONS.filter((_, i) => (mask >> i) & 1)),
      enumValues: enumValues.length > 0 ? Object.freeze(enumValues) : undefined,
      in: (version: string) => optionFacts(FLINK_OPTION_CATALOG, key, version),
    });
  }
  // The data is the catalog's; its literal types are the generated FlinkOptionKinds/EnumValues.
  return Object.freeze(out) as unknown as FlinkOptionConstants;
}

/**
 * Every Flink option 1.17–2.3 by its key.
 *
 * @example
 * FlinkOptions["execution.checkpointing.interval"].kind; // "duration"
 * FlinkOptions["execution.runtime-mode"].enumValues; // ["STREAMING", "BATCH", "AUTOMATIC"]
 * FlinkOptions["state.backend.type"].in("2.3")?.deprecatedKeys; // ["state.backend"]
 * const conf = { [FlinkOptions["pipeline.name"].key]: "orders" };
 */
export const FlinkOptions: FlinkOptionConstants = build();
