/**
 * The configuration values that make Flink's /run fail, as Flink itself reported them
 * (generated/run-failures.ts, written by scripts/generate-run-failures.mjs from each line's own
 * JarRunHandler): a spelling listed there fails where Flink reads it, when its value is one that
 * Flink's parser refuses (or whatever the value, for the few that Flink refuses always).
 */
import { RUN_FAILURES, type RunFailure, type RunFailureStage } from "../../../generated/run-failures.js";
import { runOptionKey } from "../../options/builtin-catalog.js";
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

const RESOLVER_ROLES = ["parallelism", "savepointPath", "allowNonRestoredState", "claimMode"] as const;

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

/** The option key Flink names in its message ("Could not parse value ... for key 'K'."). */
function namedKey(failure: RunFailure): string | undefined {
  return /for key '([^']+)'/.exec(failure.causes.join("\n"))?.[1];
}

/**
 * Read by /run's StreamContextEnvironment to check the program's configuration, not by the
 * environment's own configure(): not written back, and not read by /plan (real 1.20, 2.3).
 */
function readByContextCheck(failure: RunFailure): boolean {
  return namedKey(failure)?.startsWith("execution.program-config.") ?? false;
}

/**
 * The spellings main()'s environment reads while it is built and writes back through its
 * setters, with the option key each is read as.
 */
export function environmentReads(version: string): Array<{ key: string; optionKey: string }> {
  return Object.entries(spellingsFor(version))
    .filter(([, failure]) => failure.at === "env" && !readByContextCheck(failure))
    .flatMap(([key, failure]) => {
      const optionKey = namedKey(failure);
      return optionKey ? [{ key, optionKey }] : [];
    });
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
    // /plan's environment (StreamPlanEnvironment) does not check the program configuration as
    // /run's StreamContextEnvironment does (real 2.3 accepts a bad value of it on /plan).
    if (kind === "plan" && readByContextCheck(failure)) {
      continue;
    }
    // The resolver reads the handler's own options (parallelism, restore settings) as Flink does,
    // lazily where Flink is lazy; the data covers the rest of what the handler reads.
    // (/plan reads the restore settings too, unresolved: the data covers them there.)
    const resolved = kind === "run" || namedKey(failure) === runOptionKey("parallelism", version);
    if (
      failure.at === "handler" &&
      resolved &&
      RESOLVER_ROLES.some((role) => runOptionKey(role, version) === namedKey(failure))
    ) {
      continue;
    }
    const value = valueAt(failure.at, key, entries);
    // A string spelling can be an old name of a typed option: the message names the one Flink parsed.
    const option = catalog.find(namedKey(failure) ?? key, version)?.option;
    if (value === undefined || option === undefined || option.type === "string") {
      continue;
    }
    // A value the parser refuses fails; so does the default where Flink refused it when it was set.
    const refused =
      catalog.checkValue?.(option, value, version) !== undefined ||
      (failure.defaultFails === true && value === option.defaultValue);
    if (refused) {
      // /plan meets the restore settings (all the handler reads but the parallelism) in main()'s
      // execute(), when the stream graph is built: after the environment, and not at all when
      // main() never executes (real 1.19, 1.20, 2.3).
      const stage =
        kind === "plan" && failure.at === "handler" && namedKey(failure) !== runOptionKey("parallelism", version)
          ? { ...failure, at: "stream-graph" as const }
          : failure;
      hits.push({ key, value, failure: stage, causes: failure.causes.map((c) => c.replaceAll("{value}", value)) });
    }
  }
  hits.sort((a, b) => STAGES.indexOf(a.failure.at) - STAGES.indexOf(b.failure.at) || a.key.localeCompare(b.key));
  return hits[0];
}

/** Whether Flink meets the value before it loads the program (/plan reads the restore settings after). */
export function beforeProgram(hit: RunFailureHit, kind: "run" | "plan", parallelismKey: string): boolean {
  if (hit.failure.at === "program") {
    return true;
  }
  return hit.failure.at === "handler" && (kind === "run" || hit.key === parallelismKey);
}
