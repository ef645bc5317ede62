/**
 * How each Flink release line reads and shows option values (hidden keys, ISO-8601 durations,
 * YAML list values), as its own classes answered when the catalog was generated. A version
 * outside the supported lines gets the nearest line's facts.
 */
import { CORE_OPTION_CATALOG } from "../../generated/options/core.js";
import type { FlinkLineFacts } from "../../generated/options/format.js";
import { lineOf } from "./catalog-data.js";

export type { FlinkLineFacts } from "../../generated/options/format.js";

const FACTS = CORE_OPTION_CATALOG.facts;

/** The facts of the line that `version` belongs to (or the nearest supported one). */
export function lineFacts(version: string): FlinkLineFacts {
  const bit = 1 << (lineOf(CORE_OPTION_CATALOG, version, true)?.index ?? 0);
  return {
    sensitiveKeys: Object.keys(FACTS.sensitiveKeys).filter((k) => ((FACTS.sensitiveKeys[k] ?? 0) & bit) !== 0),
    isoDurations: (FACTS.isoDurations & bit) !== 0,
    bigDurationCounts: (FACTS.bigDurationCounts & bit) !== 0,
    yamlListValues: (FACTS.yamlListValues & bit) !== 0,
  };
}

/** Every key fragment any supported line hides: the strictest rule, for what the SDK prints. */
export const ANY_LINE_SENSITIVE_KEYS: readonly string[] = Object.keys(FACTS.sensitiveKeys);

/** How `TimeUtils.parseDuration` of `version` reads durations. */
export function durationRules(version: string): { iso: boolean; bigCount: boolean } {
  const facts = lineFacts(version);
  return { iso: facts.isoDurations, bigCount: facts.bigDurationCounts };
}

/** The first supported line with a fact, for messages ("read from Flink 2.1 on"). */
export function firstLineWith(fact: "isoDurations" | "bigDurationCounts" | "yamlListValues"): string {
  const mask = FACTS[fact];
  return CORE_OPTION_CATALOG.versions.find((_, i) => (mask >> i) & 1) ?? "a later release";
}
