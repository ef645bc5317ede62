/**
 * The configuration values that make Flink's /run fail, as Flink itself reported them
 * (generated/run-failures.ts, written by scripts/generate-run-failures.mjs from each line's own
 * JarRunHandler): a spelling listed there fails where Flink reads it, when its value is one that
 * Flink's parser refuses (or whatever the value, for the few that Flink refuses always).
 */
import { RUN_FAILURES, type RunFailure, type RunFailureStage } from "../../../generated/run-failures.js";
import type { OptionCatalog } from "../../options/option-catalog.js";
import type { EffectiveEntry } from "../../run/layers.js";
import { compareLines } from "../../versions/flink-version.js";

/** One value Flink fails on, with where and how. */
export interface RunFailureHit {
  readonly key: string;
  readonly value: string;
  readonly failure: RunFailure;
  /** Flink's cause lines with the value filled in. */
  readonly causes: readonly string[];
}

/** Flink reads the stages in this order: the first failing one is the one it reports. */
const STAGES: readonly RunFailureStage[] = [
  "handler",
  "program",
  "env",
  "stream-graph",
  "job-graph",
  "submit",
  "jobmanager",
  "runtime",
];

/** Stages /plan reaches: it runs main() and builds the job graph, but submits nothing. */
const PLAN_STAGES: ReadonlySet<RunFailureStage> = new Set(["handler", "program", "env", "stream-graph", "job-graph"]);

/** The probed line whose facts apply: the newest one at or below `version`, else the oldest. */
function spellingsFor(version: string): Readonly<Record<string, RunFailure>> {
  const lines = Object.keys(RUN_FAILURES).sort(compareLines);
  const line = lines.filter((l) => compareLines(l, version) <= 0).at(-1) ?? lines[0];
  return line === undefined ? {} : (RUN_FAILURES[line]?.spellings ?? {});
}

/** What Flink `version` does with a bad value of `key`, if it reads it on /run. */
export function failureOf(key: string, version: string): RunFailure | undefined {
  return spellingsFor(version)[key];
}

/**
 * The value a stage reads: the handler reads the request's own flinkConfiguration (the resolver
 * replaces those keys afterwards); later stages read the effective configuration.
 */
function valueAt(stage: RunFailureStage, key: string, entries: ReadonlyMap<string, EffectiveEntry>) {
  const entry = entries.get(key);
  if (stage !== "handler" || entry === undefined) {
    return entry?.value;
  }
  return entry.source === "flinkConfiguration"
    ? entry.value
    : entry.replaced?.findLast((r) => r.source === "flinkConfiguration")?.value;
}

/**
 * The first value of the configuration that Flink `version` fails on, in Flink's order of reading.
 * String options are listed for what Flink did with one odd value; their failures depend on the
 * value's meaning, which the fake does not model, so only typed options count.
 */
export function findRunFailure(
  entries: ReadonlyMap<string, EffectiveEntry>,
  version: string,
  catalog: OptionCatalog,
  kind: "run" | "plan",
): RunFailureHit | undefined {
  const hits: RunFailureHit[] = [];
  for (const [key, failure] of Object.entries(spellingsFor(version))) {
    if (failure.at === "none" || (kind === "plan" && !PLAN_STAGES.has(failure.at))) {
      continue;
    }
    const value = valueAt(failure.at, key, entries);
    if (value === undefined || failure.type === "string") {
      continue;
    }
    const option = catalog.find(key, version)?.option;
    // A value the parser refuses fails; so does the default where Flink refused it when it was set.
    const refused =
      option !== undefined &&
      (catalog.checkValue?.(option, value, version) !== undefined ||
        (failure.defaultFails === true && value === option.defaultValue));
    if (refused) {
      hits.push({ key, value, failure, causes: failure.causes.map((c) => c.replaceAll("{value}", value)) });
    }
  }
  hits.sort((a, b) => STAGES.indexOf(a.failure.at) - STAGES.indexOf(b.failure.at) || a.key.localeCompare(b.key));
  return hits[0];
}
