/**
 * The configuration main() sees once it built its environment. Flink's environment reads the
 * options it configures itself from (the "env" reads of generated/run-failures.ts) and writes
 * them back through its setters: under the option's own key (a deprecated spelling adds it) and
 * in Flink's canonical text ("TRUE" → "true", "at_least_once" → "AT_LEAST_ONCE", "30000" → "30 s";
 * seen on real 1.19 and 2.3 through the echo job).
 */
import { parseFlinkBoolean, parseFlinkEnum, parseFlinkInt, parseFlinkLong } from "../../options/java-parsers.js";
import { durationRules } from "../../options/line-facts.js";
import type { OptionCatalog, OptionInfo } from "../../options/option-catalog.js";
import { parseFlinkDurationNanos } from "../../options/value-parsers.js";
import { environmentReads } from "./run-failures.js";

const UNITS: ReadonlyArray<[bigint, string]> = [
  [86_400_000_000_000n, "d"],
  [3_600_000_000_000n, "h"],
  [60_000_000_000n, "min"],
  [1_000_000_000n, "s"],
  [1_000_000n, "ms"],
  [1_000n, "µs"],
  [1n, "ns"],
];

/** Flink's TimeUtils.formatWithHighestUnit: the largest unit the duration is a whole number of. */
export function formatDuration(nanos: bigint): string {
  if (nanos === 0n) {
    return "0 ms";
  }
  const [size, label] = UNITS.find(([unit]) => nanos % unit === 0n) ?? [1n, "ns"];
  return `${nanos / size} ${label}`;
}

/** The text Flink writes for a value it read as the option's type; undefined: left as it was. */
function canonical(option: OptionInfo, text: string, version: string): string | undefined {
  switch (option.type) {
    case "boolean":
      return parseFlinkBoolean(text)?.toString();
    case "int":
      return parseFlinkInt(text)?.toString();
    case "long":
      return parseFlinkLong(text)?.toString();
    case "enum":
      return option.enumValues ? parseFlinkEnum(text, option.enumValues) : undefined;
    case "duration": {
      const nanos = parseFlinkDurationNanos(text, durationRules(version));
      return nanos === undefined ? undefined : formatDuration(nanos);
    }
    default:
      return undefined;
  }
}

/** The configuration after main()'s environment wrote back the options it read. */
export function environmentConfiguration(
  values: Readonly<Record<string, string>>,
  version: string,
  catalog: OptionCatalog,
): Record<string, string> {
  const out = { ...values };
  for (const { key, optionKey } of environmentReads(version)) {
    const text = values[key];
    const option = catalog.find(optionKey, version)?.option;
    const written = text === undefined || !option ? undefined : canonical(option, text, version);
    // The option's own key wins where the request also set it (Flink reads it first).
    if (written !== undefined && (key === optionKey || values[optionKey] === undefined)) {
      out[optionKey] = written;
    }
  }
  timeCharacteristicWatermarks(out);
  return out;
}

/**
 * Setting a time characteristic (1.x) also sets the watermark interval, as
 * StreamExecutionEnvironment#setStreamTimeCharacteristic does: 0 for processing time, 200 ms for
 * event or ingestion time unless one is set (real 1.20).
 */
function timeCharacteristicWatermarks(config: Record<string, string>): void {
  const characteristic = config["pipeline.time-characteristic"];
  if (characteristic === undefined) {
    return;
  }
  const interval = "pipeline.auto-watermark-interval";
  if (characteristic === "ProcessingTime") {
    config[interval] = "0 ms";
  } else if (config[interval] === undefined || config[interval] === "0 ms") {
    config[interval] = "200 ms";
  }
}
